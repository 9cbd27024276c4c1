package web

import (
	"bytes"
	stdgzip "compress/gzip"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/farvel/farvel/internal/floor"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
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

// BenchmarkRoutes runs each route through Farvel and through its floor
// (internal/floor: the standard library alone, the same pages), and
// Farvel's answer in each encoding a browser may take, side by side in one
// run. wire-B is the body's size as sent; cpu-ns/op the process's CPU time
// per request, which other work on a shared machine does not inflate as it
// does ns/op.
func BenchmarkRoutes(b *testing.B) {
	farvel := benchHandler()
	base := floor.Handler(func() time.Time { return testToday })
	form := validForm().Encode()
	routes := []struct {
		name, method, path, body string
		encodings                []string
	}{
		{"home", "GET", "/", "", []string{"gzip", "br"}},
		{"preview", "POST", "/preview", form, []string{"gzip"}},
		{"download", "POST", "/download", form, []string{"gzip"}},
	}
	for _, rt := range routes {
		type server struct {
			name     string
			h        http.Handler
			encoding string
		}
		servers := []server{{"farvel", farvel, ""}, {"floor", base, ""}}
		for _, enc := range rt.encodings {
			servers = append(servers, server{"farvel-" + enc, farvel, enc})
		}
		for _, s := range servers {
			b.Run(rt.name+"/"+s.name, func(b *testing.B) {
				b.ReportAllocs()
				var wire int
				cpu0, cpuOK := processCPU()
				for b.Loop() {
					req := httptest.NewRequest(rt.method, rt.path, strings.NewReader(rt.body))
					if rt.body != "" {
						req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
					}
					if s.encoding != "" {
						req.Header.Set("Accept-Encoding", s.encoding)
					}
					rec := httptest.NewRecorder()
					s.h.ServeHTTP(rec, req)
					if rec.Code != http.StatusOK {
						b.Fatalf("status %d", rec.Code)
					}
					wire = rec.Body.Len()
				}
				b.ReportMetric(float64(wire), "wire-B")
				if cpu1, ok := processCPU(); ok && cpuOK {
					b.ReportMetric(float64(cpu1-cpu0)/float64(b.N), "cpu-ns/op")
				}
			})
		}
	}
}

// BenchmarkGzipCost serves the preview plain and gzipped in turn, one of
// each per iteration, and reports each one's time and their ratio: taken
// side by side, a slower spell of a shared machine slows both alike, where
// two sub-benchmarks run one after the other see different spells. (CPU
// time is BenchmarkRoutes's: read per request, it would charge each
// request with the collector's work on the other core meanwhile, and the
// longer request with more of it.)
func BenchmarkGzipCost(b *testing.B) {
	h := benchHandler()
	form := validForm().Encode()
	type cost struct {
		wall  time.Duration
		bytes int
	}
	serve := func(encoding string, c *cost) {
		req := httptest.NewRequest("POST", "/preview", strings.NewReader(form))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		if encoding != "" {
			req.Header.Set("Accept-Encoding", encoding)
		}
		rec := httptest.NewRecorder()
		start := time.Now()
		h.ServeHTTP(rec, req)
		c.wall += time.Since(start)
		c.bytes = rec.Body.Len()
		if rec.Code != http.StatusOK || rec.Header().Get("Content-Encoding") != encoding {
			b.Fatalf("status %d, Content-Encoding %q", rec.Code, rec.Header().Get("Content-Encoding"))
		}
	}
	var plain, gzipped cost
	for b.Loop() {
		serve("", &plain)
		serve("gzip", &gzipped)
	}
	b.ReportMetric(float64(plain.wall.Nanoseconds())/float64(b.N), "plain-ns/op")
	b.ReportMetric(float64(gzipped.wall.Nanoseconds())/float64(b.N), "gzip-ns/op")
	b.ReportMetric(float64(gzipped.wall)/float64(plain.wall), "gzip/plain")
	b.ReportMetric(float64(plain.bytes), "plain-B")
	b.ReportMetric(float64(gzipped.bytes), "gzip-B")
}

// BenchmarkCompressors compresses the preview page with each candidate for
// pages made per request, side by side: what chose klauspost/compress's
// stateless gzip (B is the compressed size).
func BenchmarkCompressors(b *testing.B) {
	req := httptest.NewRequest("POST", "/preview", strings.NewReader(validForm().Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec := httptest.NewRecorder()
	benchHandler().ServeHTTP(rec, req)
	page := rec.Body.Bytes()
	stdGzip, _ := stdgzip.NewWriterLevel(nil, stdgzip.BestSpeed)
	fastGzip, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed)
	statelessGzip, _ := gzip.NewWriterLevel(nil, gzip.StatelessCompression)
	fastZstd, _ := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithEncoderConcurrency(1),
		zstd.WithWindowSize(1<<17), zstd.WithEncoderCRC(false))
	fastBrotli := brotli.NewWriterLevel(nil, 1)
	stream := func(w interface {
		io.WriteCloser
		Reset(io.Writer)
	}) func(*bytes.Buffer) {
		return func(out *bytes.Buffer) { w.Reset(out); w.Write(page); w.Close() }
	}
	compressors := []struct {
		name     string
		compress func(out *bytes.Buffer)
	}{
		{"stdlib-gzip-1", stream(stdGzip)},
		{"klauspost-gzip-1", stream(fastGzip)},
		{"klauspost-gzip-stateless", stream(statelessGzip)},
		{"klauspost-zstd-fastest", func(out *bytes.Buffer) { out.Write(fastZstd.EncodeAll(page, out.AvailableBuffer())) }},
		{"brotli-1", stream(fastBrotli)},
	}
	for _, c := range compressors {
		b.Run(c.name, func(b *testing.B) {
			var out bytes.Buffer
			b.ReportAllocs()
			b.SetBytes(int64(len(page)))
			for b.Loop() {
				out.Reset()
				c.compress(&out)
			}
			b.ReportMetric(float64(out.Len()), "B")
		})
	}
}
