package clients

import (
	"archive/zip"
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"
	"time"
)

// File is one entry of the ZIP.
type File struct {
	Name string
	Body []byte
	// Compress deflates the body: worth it for text; a PDF or a DOCX is
	// compressed already and is stored as it is.
	Compress bool
	Modified time.Time
}

// WriteZip writes a ZIP to w with n files, made by makeFile(0) to
// makeFile(n-1) and written in that order, then the extra files (the
// report). The files are made on every core while the ZIP is written: each
// is written and flushed to w (and w's own Flush called, if it has one, as
// an http.ResponseWriter does) as soon as it and those before it are made,
// so the first bytes leave before the last file is made, and no more than
// a few files per core are held at once, however large n is.
//
// WriteZip returns when the ZIP is written, or at the first error from
// makeFile, from w (the client has gone) or from ctx, after the files being
// made have been: no goroutine outlives it. makeFile is called from several
// goroutines at once and must not block for long. After an error w holds a
// ZIP cut short.
func WriteZip(ctx context.Context, w io.Writer, n int, makeFile func(i int) (File, error), extra ...File) error {
	return writeZip(ctx, w, n, runtime.GOMAXPROCS(0), makeFile, extra)
}

// made is a file made, or why it could not be.
type made struct {
	file File
	err  error
}

type job struct {
	i    int
	done chan<- made
}

func writeZip(ctx context.Context, w io.Writer, n, workers int, makeFile func(int) (File, error), extra []File) error {
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() {
		cancel()
		wg.Wait()
	}()

	// pending holds, in file order, the files being made or made and not
	// yet written: its capacity is how far the makers may run ahead of the
	// writer, and so bounds the memory.
	pending := make(chan chan made, 2*workers)
	jobs := make(chan job)
	wg.Go(func() {
		defer close(pending)
		defer close(jobs)
		for i := range n {
			done := make(chan made, 1)
			select {
			case pending <- done:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{i, done}:
			case <-ctx.Done():
				return
			}
		}
	})
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				if ctx.Err() != nil {
					j.done <- made{err: ctx.Err()}
					continue
				}
				f, err := makeFile(j.i)
				j.done <- made{f, err}
			}
		})
	}

	zw := zip.NewWriter(w)
	flush := flusher(w)
	i := 0
	for done := range pending {
		var m made
		select {
		case m = <-done:
		case <-ctx.Done():
			return ctx.Err()
		}
		if m.err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("clients: file %d: %w", i, m.err)
		}
		if err := writeEntry(zw, m.file, flush); err != nil {
			return err
		}
		i++
	}
	if i < n {
		return ctx.Err() // the dispatcher stopped early
	}
	for _, f := range extra {
		if err := writeEntry(zw, f, flush); err != nil {
			return err
		}
	}
	return zw.Close()
}

// flusher returns what sends w's buffered bytes on: an
// http.ResponseWriter buffers too, and only its Flush makes the ZIP stream.
func flusher(w io.Writer) func() error {
	switch f := w.(type) {
	case interface{ Flush() error }:
		return f.Flush
	case interface{ Flush() }:
		return func() error { f.Flush(); return nil }
	}
	return func() error { return nil }
}

// writeEntry writes one file and flushes it to the client.
func writeEntry(zw *zip.Writer, f File, flush func() error) error {
	method := zip.Store
	if f.Compress {
		method = zip.Deflate
	}
	ew, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: method, Modified: f.Modified})
	if err != nil {
		return err
	}
	if _, err := ew.Write(f.Body); err != nil {
		return err
	}
	if err := zw.Flush(); err != nil {
		return err
	}
	return flush()
}
