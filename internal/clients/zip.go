package clients

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"runtime"
	"sync"
	"time"
	"unicode/utf8"
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

// made is a file made and packed, or why it could not be.
type made struct {
	entry packed
	err   error
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
			var p packer
			for j := range jobs {
				if ctx.Err() != nil {
					j.done <- made{err: ctx.Err()}
					continue
				}
				f, err := makeFile(j.i)
				if err != nil {
					j.done <- made{err: err}
					continue
				}
				j.done <- made{entry: p.pack(f)}
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
		if err := writeEntry(zw, m.entry, flush); err != nil {
			return err
		}
		i++
	}
	if i < n {
		return ctx.Err() // the dispatcher stopped early
	}
	var p packer
	for _, f := range extra {
		if err := writeEntry(zw, p.pack(f), flush); err != nil {
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

// packed is a file as the ZIP holds it: compressed and summed by a
// worker, so the one goroutine that writes only copies bytes.
type packed struct {
	header zip.FileHeader
	data   []byte
}

// packer packs files, with one deflate state kept from file to file.
type packer struct{ fw *flate.Writer }

func (p *packer) pack(f File) packed {
	h := zip.FileHeader{
		Name:               f.Name,
		Method:             zip.Store,
		CRC32:              crc32.ChecksumIEEE(f.Body),
		UncompressedSize64: uint64(len(f.Body)),
		CreatorVersion:     zipVersion20,
		ReaderVersion:      zipVersion20,
	}
	data := f.Body
	if f.Compress {
		var buf bytes.Buffer
		buf.Grow(len(f.Body)/2 + 64)
		if p.fw == nil {
			p.fw, _ = flate.NewWriter(&buf, flate.BestSpeed) // letters are small: the Huffman tables cost more than matching harder saves
		} else {
			p.fw.Reset(&buf)
		}
		p.fw.Write(f.Body) // a bytes.Buffer does not fail
		p.fw.Close()
		h.Method, data = zip.Deflate, buf.Bytes()
	}
	h.CompressedSize64 = uint64(len(data))
	// What CreateHeader would set, and CreateRaw does not.
	if utf8.ValidString(f.Name) && !isASCII(f.Name) {
		h.Flags |= 0x800
	}
	if !f.Modified.IsZero() {
		setModified(&h, f.Modified)
	}
	return packed{h, data}
}

const zipVersion20 = 20 // the version archive/zip writes: deflate, no zip64

// setModified writes t as the MS-DOS date and time, and in the extended
// timestamp that Info-ZIP writes and unzip programs read.
func setModified(h *zip.FileHeader, t time.Time) {
	h.Modified = t
	h.ModifiedDate = uint16(t.Day() + int(t.Month())<<5 + (t.Year()-1980)<<9)
	h.ModifiedTime = uint16(t.Second()/2 + t.Minute()<<5 + t.Hour()<<11)
	extra := make([]byte, 9)
	binary.LittleEndian.PutUint16(extra[0:], 0x5455) // extended timestamp
	binary.LittleEndian.PutUint16(extra[2:], 5)
	extra[4] = 1 // the modification time alone
	binary.LittleEndian.PutUint32(extra[5:], uint32(t.Unix()))
	h.Extra = extra
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// writeEntry copies one packed file into the ZIP and flushes it to the
// client.
func writeEntry(zw *zip.Writer, p packed, flush func() error) error {
	ew, err := zw.CreateRaw(&p.header)
	if err != nil {
		return err
	}
	if _, err := ew.Write(p.data); err != nil {
		return err
	}
	if err := zw.Flush(); err != nil {
		return err
	}
	return flush()
}
