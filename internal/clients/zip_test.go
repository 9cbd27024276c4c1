package clients

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// entry is a file read back from a ZIP.
type entry struct {
	name   string
	method uint16
	body   string
}

func readZip(t *testing.T, data []byte) []entry {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("reading the ZIP: %v", err)
	}
	var out []entry
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(rc) // checks the CRC
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		out = append(out, entry{f.Name, f.Method, string(body)})
	}
	return out
}

// noLeak fails t when goroutines started during the test outlive it.
func noLeak(t *testing.T) {
	t.Helper()
	before := runtime.NumGoroutine()
	t.Cleanup(func() {
		deadline := time.Now().Add(5 * time.Second)
		for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond) // an exiting goroutine is counted until it is gone
		}
		if n := runtime.NumGoroutine(); n > before {
			t.Errorf("%d goroutines before, %d after: WriteZip leaked", before, n)
		}
	})
}

func letterFile(i int) File {
	return File{Name: fmt.Sprintf("%03d.txt", i), Body: []byte(fmt.Sprintf("Brev nummer %d\n", i)), Compress: i%2 == 0}
}

func TestWriteZipInClientOrder(t *testing.T) {
	for _, workers := range []int{1, 2, 8} {
		t.Run(fmt.Sprintf("%d workers", workers), func(t *testing.T) {
			noLeak(t)
			const n = 60
			var buf bytes.Buffer
			report := File{Name: "rapport.csv", Body: []byte("Rad;Fil\r\n"), Compress: true}
			err := writeZip(context.Background(), &buf, n, workers, func(i int) (File, error) {
				for range (n - i) % 7 * 100 { // later files often finish first
					runtime.Gosched()
				}
				return letterFile(i), nil
			}, []File{report})
			if err != nil {
				t.Fatal(err)
			}
			got := readZip(t, buf.Bytes())
			if len(got) != n+1 {
				t.Fatalf("%d files in the ZIP, want %d", len(got), n+1)
			}
			for i := range n {
				want := letterFile(i)
				method := zip.Store
				if want.Compress {
					method = zip.Deflate
				}
				if got[i] != (entry{want.Name, method, string(want.Body)}) {
					t.Errorf("file %d: %+v, want %s stored with method %d", i, got[i], want.Name, method)
				}
			}
			if last := got[n]; last.name != "rapport.csv" || last.body != "Rad;Fil\r\n" {
				t.Errorf("last file %+v, want the report", last)
			}
		})
	}
}

func TestWriteZipWithNoLetters(t *testing.T) {
	var buf bytes.Buffer
	err := WriteZip(context.Background(), &buf, 0, func(int) (File, error) {
		t.Error("makeFile called for an empty list")
		return File{}, nil
	}, File{Name: "rapport.csv", Body: []byte("x")})
	if err != nil {
		t.Fatal(err)
	}
	if got := readZip(t, buf.Bytes()); len(got) != 1 || got[0].name != "rapport.csv" {
		t.Errorf("files %+v, want the report alone", got)
	}
}

// gatedWriter holds every Write until the gate opens.
type gatedWriter struct {
	gate    chan struct{}
	written atomic.Int64
}

func (w *gatedWriter) Write(p []byte) (int, error) {
	<-w.gate
	w.written.Add(int64(len(p)))
	return len(p), nil
}

func TestWriteZipBoundsTheFilesInFlight(t *testing.T) {
	noLeak(t)
	const workers, n = 3, 1000
	w := &gatedWriter{gate: make(chan struct{})}
	var calls, active, maxActive atomic.Int64
	done := make(chan error, 1)
	go func() {
		done <- writeZip(context.Background(), w, n, workers, func(i int) (File, error) {
			calls.Add(1)
			a := active.Add(1)
			for {
				m := maxActive.Load()
				if a <= m || maxActive.CompareAndSwap(m, a) {
					break
				}
			}
			defer active.Add(-1)
			return letterFile(i), nil
		}, nil)
	}()

	// The writer holds file 0, blocked on the client; the makers may fill
	// the window behind it, and no more.
	bound := int64(2*workers + 1)
	deadline := time.Now().Add(10 * time.Second)
	for calls.Load() < bound && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond) // room for a maker that does not stop
	if got := calls.Load(); got != bound {
		t.Errorf("%d files made while the client read nothing, want %d (2 × %d workers + the one being written)", got, bound, workers)
	}
	close(w.gate)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got := calls.Load(); got != n {
		t.Errorf("%d files made in all, want %d", got, n)
	}
	if got := maxActive.Load(); got > workers {
		t.Errorf("%d files made at once, want at most %d workers", got, workers)
	}
}

// signalWriter closes first on the first bytes it is given, and counts
// the calls to its Flush.
type signalWriter struct {
	once    sync.Once
	first   chan struct{}
	buf     bytes.Buffer
	flushes int
}

func (w *signalWriter) Write(p []byte) (int, error) {
	w.once.Do(func() { close(w.first) })
	return w.buf.Write(p)
}

func (w *signalWriter) Flush() { w.flushes++ }

func TestWriteZipSendsBytesBeforeTheLastFileIsMade(t *testing.T) {
	noLeak(t)
	const n = 20 // all of it smaller than any buffer on the way
	w := &signalWriter{first: make(chan struct{})}
	err := writeZip(context.Background(), w, n, 2, func(i int) (File, error) {
		if i == n-1 {
			select {
			case <-w.first:
			case <-time.After(10 * time.Second):
				return File{}, errors.New("no byte reached the client before the last file was made")
			}
		}
		return letterFile(i), nil
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := readZip(t, w.buf.Bytes()); len(got) != n {
		t.Errorf("%d files, want %d", len(got), n)
	}
	if w.flushes < n {
		t.Errorf("the writer's Flush was called %d times for %d files, want once a file at least", w.flushes, n)
	}
}

func TestWriteZipStops(t *testing.T) {
	const workers, n, stopAt = 2, 1000, 10
	boom := errors.New("boom")
	errClientGone := errors.New("connection reset")
	tests := []struct {
		name  string
		setup func(cancel context.CancelFunc) (makeFile func(int) (File, error), w io.Writer)
		want  error
	}{
		{
			name: "the request is cancelled",
			setup: func(cancel context.CancelFunc) (func(int) (File, error), io.Writer) {
				return func(i int) (File, error) {
					if i == stopAt {
						cancel()
					}
					return letterFile(i), nil
				}, io.Discard
			},
			want: context.Canceled,
		},
		{
			name: "a letter cannot be made",
			setup: func(context.CancelFunc) (func(int) (File, error), io.Writer) {
				return func(i int) (File, error) {
					if i == stopAt {
						return File{}, boom
					}
					return letterFile(i), nil
				}, io.Discard
			},
			want: boom,
		},
		{
			name: "the client is gone",
			setup: func(context.CancelFunc) (func(int) (File, error), io.Writer) {
				return func(i int) (File, error) { return letterFile(i), nil }, &failingWriter{after: 500, err: errClientGone}
			},
			want: errClientGone,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			noLeak(t)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			makeFile, w := tt.setup(cancel)
			var calls atomic.Int64
			err := writeZip(ctx, w, n, workers, func(i int) (File, error) {
				calls.Add(1)
				return makeFile(i)
			}, nil)
			if !errors.Is(err, tt.want) {
				t.Errorf("error %v, want %v", err, tt.want)
			}
			// Once stopped, no new file is started: those made are the ones
			// before the stop, the window behind it and one per worker.
			if got, most := calls.Load(), int64(stopAt+3*workers+2); got > most {
				t.Errorf("%d files made, want at most %d: the makers did not stop", got, most)
			}
		})
	}
}

// failingWriter fails every Write once it has taken after bytes.
type failingWriter struct {
	after, n int
	err      error
}

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.n+len(p) > w.after {
		return 0, w.err
	}
	w.n += len(p)
	return len(p), nil
}

func TestWriteZipKeepsEachFilesTimeAndName(t *testing.T) {
	modified := time.Date(2027, 10, 8, 14, 30, 10, 0, time.UTC)
	files := []File{
		{Name: "01-ola-hansen.pdf", Body: []byte("%PDF-1.7"), Modified: modified},
		{Name: "rapport-å.csv", Body: []byte("Rad;Fil\r\n"), Compress: true, Modified: modified},
	}
	var buf bytes.Buffer
	if err := WriteZip(context.Background(), &buf, 1, func(int) (File, error) { return files[0], nil }, files[1]); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range zr.File {
		if f.Name != files[i].Name {
			t.Errorf("file %d named %q, want %q", i, f.Name, files[i].Name)
		}
		if !f.Modified.Equal(modified) {
			t.Errorf("%s modified %v, want %v", f.Name, f.Modified, modified)
		}
		if f.NonUTF8 {
			t.Errorf("%s: name not marked as UTF-8", f.Name)
		}
	}
	if got := zr.File[1].Flags & 0x800; got == 0 {
		t.Errorf("the non-ASCII name lacks the UTF-8 flag")
	}
}
