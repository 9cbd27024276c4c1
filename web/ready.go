package web

import "net/http"

// readyz says whether this copy takes new traffic: 200 while it serves, 503
// once shutdown has begun, so a load balancer stops sending requests before
// the listener closes. Unlike /healthz, a 503 here is no reason to restart.
func (s *server) readyz(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	if !s.ready() {
		w.WriteHeader(http.StatusServiceUnavailable)
		w.Write([]byte("shutting down\n"))
		return
	}
	w.Write([]byte("ready\n"))
}
