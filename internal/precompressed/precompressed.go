// Package precompressed holds bodies that are sent many times — the
// stylesheet, the script, the empty form — with their gzip and brotli forms,
// compressed once, and compresses the rest on the fly with pooled writers.
package precompressed

import (
	"bytes"
	"compress/gzip"
	"sync"

	"github.com/andybalholm/brotli"
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

// Body is one body in each encoding.
type Body struct {
	Identity, Gzip, Brotli []byte
}

// New compresses b both ways.
func New(b []byte) Body {
	var gz, br bytes.Buffer
	gw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	gw.Write(b)
	gw.Close()
	bw := brotli.NewWriterLevel(&br, brotliQuality)
	bw.Write(b)
	bw.Close()
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

var gzipWriters = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed)
	return w
}}

// AppendGzip appends b, gzipped for speed, to dst: the encoding for pages
// that differ every time. (Brotli at a comparable speed compresses no
// better.)
func AppendGzip(dst *bytes.Buffer, b []byte) {
	w := gzipWriters.Get().(*gzip.Writer)
	w.Reset(dst)
	w.Write(b)
	w.Close()
	gzipWriters.Put(w)
}
