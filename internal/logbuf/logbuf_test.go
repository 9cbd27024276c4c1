package logbuf

import (
	"bytes"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
)

// recorder counts the writes that reach it.
type recorder struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	writes int
	fail   bool
}

func (r *recorder) Write(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.writes++
	if r.fail {
		return 0, errors.New("disk full")
	}
	return r.buf.Write(p)
}

func (r *recorder) state() (string, int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.buf.String(), r.writes
}

func TestWritesAreBatched(t *testing.T) {
	out := &recorder{}
	w := New(out, time.Hour)
	for i := range 100 {
		w.Write([]byte("line " + string(rune('a'+i%26)) + "\n"))
	}
	if _, writes := out.state(); writes != 0 {
		t.Fatalf("%d writes reached the output before a flush", writes)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	text, writes := out.state()
	if writes != 1 || strings.Count(text, "\n") != 100 || !strings.HasPrefix(text, "line a\nline b\n") {
		t.Fatalf("%d writes of %d lines, want 1 of 100 in order", writes, strings.Count(text, "\n"))
	}
}

func TestFlushesOnItsOwn(t *testing.T) {
	out := &recorder{}
	w := New(out, 5*time.Millisecond)
	defer w.Close()
	w.Write([]byte("listening\n"))
	deadline := time.Now().Add(5 * time.Second)
	for {
		if text, _ := out.state(); text == "listening\n" {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the line was never written out")
		}
		time.Sleep(time.Millisecond)
	}
}

func TestFullBufferFlushesFirst(t *testing.T) {
	out := &recorder{}
	w := New(out, time.Hour)
	line := []byte(strings.Repeat("x", 1000) + "\n")
	for range 100 { // about 100 KB: more than the buffer holds
		w.Write(line)
	}
	if _, writes := out.state(); writes == 0 {
		t.Fatal("a full buffer was not flushed")
	}
	huge := bytes.Repeat([]byte("y"), maxBuffered+1)
	w.Write(huge)
	w.Close()
	text, _ := out.state()
	if len(text) != 100*len(line)+len(huge) || !strings.HasSuffix(text, string(huge)) {
		t.Fatalf("%d bytes written, want %d in order", len(text), 100*len(line)+len(huge))
	}
}

// TestHugeWriteGoesStraightOut checks that a write larger than the buffer
// is not held in memory: it reaches the output at once, after what was
// buffered before it.
func TestHugeWriteGoesStraightOut(t *testing.T) {
	out := &recorder{}
	w := New(out, time.Hour)
	defer w.Close()
	w.Write([]byte("first\n"))
	huge := bytes.Repeat([]byte("y"), maxBuffered+1)
	w.Write(huge)
	text, writes := out.state()
	if writes != 2 || text != "first\n"+string(huge) {
		t.Fatalf("before any flush: %d writes of %d bytes, want 2 of %d", writes, len(text), len("first\n")+len(huge))
	}
}

// TestBufferHoldsExactlyMaxBuffered checks the bound: writes that fill the
// buffer exactly wait; the next byte flushes them first.
func TestBufferHoldsExactlyMaxBuffered(t *testing.T) {
	out := &recorder{}
	w := New(out, time.Hour)
	defer w.Close()
	w.Write(bytes.Repeat([]byte("x"), maxBuffered-1))
	w.Write([]byte("x"))
	if _, writes := out.state(); writes != 0 {
		t.Fatalf("%d writes with the buffer just full, want 0", writes)
	}
	w.Write([]byte("z"))
	if text, writes := out.state(); writes != 1 || len(text) != maxBuffered || strings.Contains(text, "z") {
		t.Fatalf("%d writes of %d bytes after one byte more, want 1 of %d without it", writes, len(text), maxBuffered)
	}
}

func TestHugeWriteErrorIsReported(t *testing.T) {
	out := &recorder{fail: true}
	w := New(out, time.Hour)
	w.Write(bytes.Repeat([]byte("y"), maxBuffered+1))
	if err := w.Close(); err == nil {
		t.Fatal("Close hid the error of a write that went straight out")
	}
}

func TestWriteErrorIsReported(t *testing.T) {
	out := &recorder{fail: true}
	w := New(out, time.Hour)
	if _, err := w.Write([]byte("x\n")); err != nil {
		t.Fatalf("Write: %v; a write only buffers", err)
	}
	if err := w.Close(); err == nil {
		t.Fatal("Close hid the output's error")
	}
}

func TestConcurrentWritesKeepLinesWhole(t *testing.T) {
	out := &recorder{}
	w := New(out, time.Millisecond)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for range 500 {
				w.Write([]byte(strings.Repeat(string(rune('a'+g)), 40) + "\n"))
			}
		})
	}
	wg.Wait()
	w.Close()
	text, _ := out.state()
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	if len(lines) != 8*500 {
		t.Fatalf("%d lines, want %d", len(lines), 8*500)
	}
	for _, l := range lines {
		if len(l) != 40 || strings.Trim(l, l[:1]) != "" {
			t.Fatalf("a torn line: %q", l)
		}
	}
}

func BenchmarkWrite(b *testing.B) {
	w := New(discard{}, 100*time.Millisecond)
	defer w.Close()
	line := []byte(`time=2027-10-08T10:00:00Z level=INFO msg=request method=POST route=/preview status=200 bytes=6631 duration=152µs request_id=abc-000001` + "\n")
	b.ReportAllocs()
	for b.Loop() {
		w.Write(line)
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
