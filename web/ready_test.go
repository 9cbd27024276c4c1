package web

import (
	"net/http"
	"sync/atomic"
	"testing"
	"time"
)

func TestReadyz(t *testing.T) {
	var stopping atomic.Bool
	h := NewHandler(Config{Logger: slogTo(&syncBuffer{}), Now: func() time.Time { return testToday },
		Ready: func() bool { return !stopping.Load() }})
	check := func(target string, status int, body string) {
		t.Helper()
		rec := get(t, h, target)
		if rec.Code != status || rec.Body.String() != body {
			t.Errorf("%s: %d %q, want %d %q", target, rec.Code, rec.Body.String(), status, body)
		}
		if cc := rec.Header().Get("Cache-Control"); cc != "no-store" {
			t.Errorf("%s: Cache-Control %q", target, cc)
		}
	}
	check("/readyz", http.StatusOK, "ready\n")
	stopping.Store(true)
	check("/readyz", http.StatusServiceUnavailable, "shutting down\n")
	check("/healthz", http.StatusOK, "ok\n") // alive: no reason to restart it
	if rec := get(t, h, "/"); rec.Code != http.StatusOK {
		t.Errorf("the form while draining: %d, want 200", rec.Code)
	}
}

func TestReadyzByDefault(t *testing.T) {
	h, _ := newTestHandler(t)
	if rec := get(t, h, "/readyz"); rec.Code != http.StatusOK {
		t.Fatalf("with no Ready func: %d, want 200", rec.Code)
	}
}
