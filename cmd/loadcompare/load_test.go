package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestRunRound drives a test server that answers right, with a short body
// and with a 500 in turn: each wrong answer is a failure, each right one
// is counted with its latency.
func TestRunRound(t *testing.T) {
	var n atomic.Int64
	var gotForm atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		gotForm.Store(r.PostForm.Get("format") + " " + r.Header.Get("Sec-Fetch-Site") + " " + r.Header.Get("Accept-Encoding"))
		switch n.Add(1) % 3 {
		case 0:
			w.Write([]byte("short"))
		case 1:
			w.WriteHeader(http.StatusInternalServerError)
			w.Write([]byte("right size"))
		default:
			w.Write([]byte("right size"))
		}
	}))
	defer srv.Close()

	r := allRoutes(time.Now())[2] // POST /download
	target := loadTarget{Name: farvel, Base: srv.URL, Pid: os.Getpid(), Client: newLoadClient(2, 5*time.Second)}
	res := runRound(context.Background(), target, r, int64(len("right size")), 2, 200*time.Millisecond)

	total := int(n.Load())
	if res.OK == 0 || res.Errors == 0 || res.OK+res.Errors != total {
		t.Errorf("OK %d + errors %d, want both > 0 and %d in all", res.OK, res.Errors, total)
	}
	if d := res.OK - total/3; d < -1 || d > 1 {
		t.Errorf("OK %d of %d: want a third", res.OK, total)
	}
	if len(res.Latencies) != res.OK {
		t.Errorf("%d latencies for %d answers", len(res.Latencies), res.OK)
	}
	if res.Elapsed < 200*time.Millisecond || res.Elapsed > 2*time.Second {
		t.Errorf("elapsed %s for a 200ms round", res.Elapsed)
	}
	if !res.CPUKnown {
		t.Error("CPU time unknown")
	}
	errs := strings.Join(res.FirstErrs, "; ")
	if !strings.Contains(errs, "status 500") || !strings.Contains(errs, "body of 5 bytes, want 10") {
		t.Errorf("first errors %q", errs)
	}
	if got := gotForm.Load(); got != "txt same-origin " {
		t.Errorf("format, Sec-Fetch-Site and Accept-Encoding: %q", got)
	}

	// A server that is gone: every request fails, none is counted.
	srv.Close()
	res = runRound(context.Background(), target, r, 10, 2, 50*time.Millisecond)
	if res.OK != 0 || res.Errors == 0 {
		t.Errorf("against a closed server: OK %d, errors %d", res.OK, res.Errors)
	}
}
