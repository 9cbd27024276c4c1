package precompressed

import (
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestNewRoundTrips(t *testing.T) {
	text := []byte(strings.Repeat("Farvel, og takk for samarbeidet. ", 200))
	b := New(text)
	if !bytes.Equal(b.In(Identity), text) {
		t.Error("identity changed")
	}
	if got := gunzip(t, b.In(Gzip)); !bytes.Equal(got, text) {
		t.Error("gzip does not round-trip")
	}
	got, err := io.ReadAll(brotli.NewReader(bytes.NewReader(b.In(Brotli))))
	if err != nil || !bytes.Equal(got, text) {
		t.Errorf("brotli does not round-trip: %v", err)
	}
	if len(b.Brotli) >= len(b.Gzip) || len(b.Gzip) >= len(text)/4 {
		t.Errorf("sizes: %d plain, %d gzip, %d brotli", len(text), len(b.Gzip), len(b.Brotli))
	}
}

func TestAppendGzip(t *testing.T) {
	var buf bytes.Buffer
	// The last is larger than a stateless block (32 KiB), as a review of
	// many clients' letters is.
	for _, s := range []string{"første", strings.Repeat("andre ", 500), strings.Repeat("Kjære kunde, takk for samarbeidet. ", 6000)} {
		buf.Reset()
		AppendGzip(&buf, []byte(s))
		if got := string(gunzip(t, buf.Bytes())); got != s {
			t.Errorf("got %q, want %q", got, s)
		}
	}
}

// TestAppendGzipKeepsWhatIsThere checks that AppendGzip appends: what the
// buffer held before stays in front of the gzip stream.
func TestAppendGzipKeepsWhatIsThere(t *testing.T) {
	var buf bytes.Buffer
	buf.WriteString("head")
	AppendGzip(&buf, []byte("body"))
	b := buf.Bytes()
	if !bytes.HasPrefix(b, []byte("head")) {
		t.Fatalf("the buffer lost what it held: %q", b)
	}
	if got := string(gunzip(t, b[len("head"):])); got != "body" {
		t.Errorf("got %q, want %q", got, "body")
	}
}

func BenchmarkAppendGzip(b *testing.B) {
	page := bytes.Repeat([]byte("<p class=\"hint\">Skriv navnet ditt.</p>\n"), 250)
	var buf bytes.Buffer
	b.ReportAllocs()
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		buf.Reset()
		AppendGzip(&buf, page)
	}
}

// FuzzAppendGzip: whatever the page, the standard library's reader gives
// it back, and what was in dst before is kept.
func FuzzAppendGzip(f *testing.F) {
	f.Add([]byte(""), 1)
	f.Add([]byte("<p>Kjære kunde</p>"), 3)
	f.Add([]byte{0, 0xff, 0x1f, 0x8b}, 40000) // repeated past a stateless block
	f.Fuzz(func(t *testing.T, chunk []byte, times int) {
		times = min(max(times, 1), 50000)
		if len(chunk)*times > 1<<20 {
			times = max(1, (1<<20)/max(len(chunk), 1))
		}
		page := bytes.Repeat(chunk, times)
		var dst bytes.Buffer
		dst.WriteString("before")
		AppendGzip(&dst, page)
		if !bytes.HasPrefix(dst.Bytes(), []byte("before")) {
			t.Fatal("what dst held is lost")
		}
		if got := gunzip(t, dst.Bytes()[len("before"):]); !bytes.Equal(got, page) {
			t.Fatalf("%d bytes in, %d out", len(page), len(got))
		}
	})
}
