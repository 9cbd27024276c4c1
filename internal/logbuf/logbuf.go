// Package logbuf buffers log output and writes it out in batches, so that
// logging a request costs a copy into memory, not a write to the terminal
// or the container runtime's pipe while the client waits.
package logbuf

import (
	"io"
	"sync"
	"time"
)

// maxBuffered is how much may wait in memory; a write that would pass it
// flushes first.
const maxBuffered = 64 << 10

// Writer collects writes and passes them on at least every interval, when
// the buffer fills, and on Close.
type Writer struct {
	out io.Writer

	mu  sync.Mutex
	buf []byte
	err error // the first write error, returned from Flush and Close

	stop chan struct{}
	done chan struct{}
}

// New starts a Writer that writes to out.
func New(out io.Writer, interval time.Duration) *Writer {
	w := &Writer{
		out:  out,
		buf:  make([]byte, 0, maxBuffered),
		stop: make(chan struct{}),
		done: make(chan struct{}),
	}
	go w.flushEvery(interval)
	return w
}

func (w *Writer) flushEvery(interval time.Duration) {
	defer close(w.done)
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for {
		select {
		case <-tick.C:
			w.Flush()
		case <-w.stop:
			return
		}
	}
}

// Write buffers p. It never blocks on out unless the buffer is full.
func (w *Writer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.buf)+len(p) > maxBuffered {
		w.flushLocked()
	}
	if len(p) > maxBuffered {
		if _, err := w.out.Write(p); err != nil && w.err == nil {
			w.err = err
		}
		return len(p), nil
	}
	w.buf = append(w.buf, p...)
	return len(p), nil
}

// Flush writes out what is buffered.
func (w *Writer) Flush() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.flushLocked()
	return w.err
}

func (w *Writer) flushLocked() {
	if len(w.buf) == 0 {
		return
	}
	if _, err := w.out.Write(w.buf); err != nil && w.err == nil {
		w.err = err
	}
	w.buf = w.buf[:0]
}

// Close stops the background flushes and writes out the rest.
func (w *Writer) Close() error {
	close(w.stop)
	<-w.done
	return w.Flush()
}
