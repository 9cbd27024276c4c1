package web

import (
	"net/http"

	"github.com/farvel/farvel/static"
	"github.com/go-chi/chi/v5"
)

// staticFile serves an embedded asset under its content-hashed name. The
// name changes whenever the content does, so browsers may keep it for a
// year without asking again.
func (s *server) staticFile(w http.ResponseWriter, r *http.Request) {
	a, ok := static.Lookup(chi.URLParam(r, "file"))
	if !ok {
		s.notFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.ContentType)
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	// Each encoding is its own representation, with its own strong ETag.
	enc := precompressedEncoding(r)
	etag := `"` + a.Hash + suffix(enc) + `"`
	h.Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		h.Add("Vary", "Accept-Encoding")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	writePrecompressed(w, r, http.StatusOK, a.Body)
}

func suffix(enc string) string {
	if enc == "" {
		return ""
	}
	return "-" + enc
}
