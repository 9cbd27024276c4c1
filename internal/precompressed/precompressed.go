// Package precompressed holds bodies that are sent many times — the
// stylesheet, the script, the empty form — with their gzip and brotli forms,
// compressed once, and compresses the rest on the fly with pooled writers.
package precompressed

import (
	"bytes"
	"sync"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/gzip"
)

// Encodings, by their Content-Encoding names.
const (
	Identity = ""
	Gzip     = "gzip"
	Brotli   = "br"
)

// brotliQuality is high enough to beat gzip clearly and low enough that
// compressing every asset at start-up takes a millisecond or two, not the
// tens that quality 11 would.
const brotliQuality = 6

// brotliWindowBits sizes brotli's window to what it compresses: 128 KiB
// holds any page or asset whole, and the default 4 MiB window would
// allocate megabytes at start-up for nothing.
const brotliWindowBits = 17

// Body is one body in each encoding.
type Body struct {
	Identity, Gzip, Brotli []byte
}

// The writers New uses hold megabytes of tables each: they are reused
// while start-up compresses one body after another, and pooled, so the
// garbage collector takes them once start-up is done.
var (
	bestGzip = sync.Pool{New: func() any {
		w, _ := gzip.NewWriterLevel(nil, gzip.BestCompression)
		return w
	}}
	bestBrotli = sync.Pool{New: func() any {
		return brotli.NewWriterOptions(nil, brotli.WriterOptions{Quality: brotliQuality, LGWin: brotliWindowBits})
	}}
)

// New compresses b both ways.
func New(b []byte) Body {
	var gz, br bytes.Buffer
	gw := bestGzip.Get().(*gzip.Writer)
	gw.Reset(&gz)
	gw.Write(b)
	gw.Close()
	bestGzip.Put(gw)
	bw := bestBrotli.Get().(*brotli.Writer)
	bw.Reset(&br)
	bw.Write(b)
	bw.Close()
	bestBrotli.Put(bw)
	return Body{Identity: b, Gzip: gz.Bytes(), Brotli: br.Bytes()}
}

// In returns the body in encoding enc.
func (b Body) In(enc string) []byte {
	switch enc {
	case Gzip:
		return b.Gzip
	case Brotli:
		return b.Brotli
	}
	return b.Identity
}

// MinSize is the smallest body worth compressing on the fly: below it, the
// headers cost more than the bytes saved.
const MinSize = 1024

// gzipWriters compress without state between calls
// (gzip.StatelessCompression): such a writer is a few hundred bytes, where
// one at BestSpeed holds 800 KB of tables and takes longer to make than a
// page takes to compress. A collection empties the pool; under load, with
// BestSpeed writers made again and again, a gzipped preview took 1.5 times
// a plain one's CPU, and 1.3 to 1.45 times without (go run ./cmd/loadcompare).
var gzipWriters = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(nil, gzip.StatelessCompression)
	return w
}}

// AppendGzip appends b, gzipped for speed, to dst: the encoding for pages
// that differ every time. klauspost/compress's stateless deflate takes a
// third of the time of the standard library's fastest level, for about 1 %
// more bytes (see BenchmarkCompressors); brotli and zstd at a comparable
// speed compress these pages no better.
func AppendGzip(dst *bytes.Buffer, b []byte) {
	w := gzipWriters.Get().(*gzip.Writer)
	w.Reset(dst)
	w.Write(b)
	w.Close()
	w.Reset(nil) // let go of dst
	gzipWriters.Put(w)
}
