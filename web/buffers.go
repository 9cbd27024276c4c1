package web

import (
	"bytes"
	"sync"
)

// Pages are rendered, and compressed, into buffers reused from request to
// request: a fresh one per request grew through several copies and was
// garbage a moment later.
var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledBuffer is the largest buffer kept for reuse; the rare larger
// page (a long edited letter) lets its buffer go.
const maxPooledBuffer = 256 << 10

func getBuffer() *bytes.Buffer { return buffers.Get().(*bytes.Buffer) }

// putBuffer returns b for reuse. Nothing may hold b's bytes after: the
// answer has been written.
func putBuffer(b *bytes.Buffer) {
	if b.Cap() > maxPooledBuffer {
		return
	}
	b.Reset()
	buffers.Put(b)
}
