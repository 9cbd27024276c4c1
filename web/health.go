package web

import "net/http"

// healthz says the process is up.
func (s *server) healthz(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.Write([]byte("ok\n"))
}
