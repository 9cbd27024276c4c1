package web

import (
	"bytes"
	"net/http"
	"strconv"
	"strings"

	"github.com/farvel/farvel/internal/precompressed"
)

// acceptedEncoding picks the encoding to answer in from Accept-Encoding:
// brotli where a body is precompressed and the client takes it, else gzip,
// else none. A q of 0 refuses an encoding.
func acceptedEncoding(header string, brotliOK bool) string {
	if header == "" {
		return precompressed.Identity
	}
	var br, gz bool
	for part := range strings.SplitSeq(header, ",") {
		name, params, _ := strings.Cut(part, ";")
		if q, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			if v, err := strconv.ParseFloat(q, 64); err != nil || v <= 0 {
				continue
			}
		}
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "br":
			br = true
		case "gzip", "x-gzip":
			gz = true
		case "*":
			br, gz = true, true
		}
	}
	switch {
	case br && brotliOK:
		return precompressed.Brotli
	case gz:
		return precompressed.Gzip
	}
	return precompressed.Identity
}

// writeBody sends a body made for this request, gzipped when the client
// takes it and it is large enough to gain.
func writeBody(w http.ResponseWriter, r *http.Request, status int, body []byte) {
	h := w.Header()
	h.Add("Vary", "Accept-Encoding")
	if len(body) >= precompressed.MinSize && acceptedEncoding(r.Header.Get("Accept-Encoding"), false) == precompressed.Gzip {
		var buf bytes.Buffer
		buf.Grow(len(body) / 3)
		precompressed.AppendGzip(&buf, body)
		body = buf.Bytes()
		h.Set("Content-Encoding", precompressed.Gzip)
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	w.Write(body)
}

// writePrecompressed sends a body compressed ahead of time, in the best
// encoding the client takes.
func writePrecompressed(w http.ResponseWriter, r *http.Request, status int, body precompressed.Body) {
	enc := acceptedEncoding(r.Header.Get("Accept-Encoding"), true)
	b := body.In(enc)
	h := w.Header()
	h.Add("Vary", "Accept-Encoding")
	if enc != precompressed.Identity {
		h.Set("Content-Encoding", enc)
	}
	h.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	w.Write(b)
}
