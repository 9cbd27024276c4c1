package web

import (
	"log/slog"
	"net/http"
	"strings"
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

// TestProbesAreQuiet: a probe that finds all well is not logged at the
// default level; one that finds the server unready is.
func TestProbesAreQuiet(t *testing.T) {
	var stopping atomic.Bool
	logs := &syncBuffer{}
	h := NewHandler(Config{Logger: slog.New(slog.NewTextHandler(logs, nil)), Now: func() time.Time { return testToday },
		Ready: func() bool { return !stopping.Load() }})
	get(t, h, "/healthz")
	get(t, h, "/readyz")
	if out := logs.String(); out != "" {
		t.Errorf("healthy probes logged:\n%s", out)
	}
	stopping.Store(true)
	get(t, h, "/readyz")
	get(t, h, "/")
	if out := logs.String(); !strings.Contains(out, "route=/readyz status=503") || !strings.Contains(out, "route=/ status=200") {
		t.Errorf("want the unready probe and the page logged:\n%s", out)
	}
}
