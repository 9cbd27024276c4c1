package web

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// benchHandler is the app as benchmarks and budgets measure it: logging
// to nowhere and no rate limit, so the figures are the app's own work.
func benchHandler() http.Handler {
	return NewHandler(Config{
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Now:    func() time.Time { return testToday },
	})
}

func benchRequests(b *testing.B, method, target, body string) {
	h := benchHandler()
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(method, target, strings.NewReader(body))
		if body != "" {
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
}

func BenchmarkShowForm(b *testing.B) { benchRequests(b, "GET", "/", "") }

func BenchmarkPreviewHandler(b *testing.B) {
	benchRequests(b, "POST", "/preview", validForm().Encode())
}

func BenchmarkDownloadHandler(b *testing.B) {
	benchRequests(b, "POST", "/download", validForm().Encode())
}

func BenchmarkEditHandler(b *testing.B) {
	benchRequests(b, "POST", "/edit", validForm().Encode())
}

func BenchmarkLivePreviewHandler(b *testing.B) {
	h := benchHandler()
	body := validForm().Encode()
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest("POST", "/preview", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set(liveHeader, "1")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
}
