package web

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

func TestAcceptedEncoding(t *testing.T) {
	tests := []struct {
		header   string
		brotliOK bool
		want     string
	}{
		{"", true, ""},
		{"gzip, deflate, br, zstd", true, "br"},
		{"gzip, deflate, br", false, "gzip"},
		{"br;q=0, gzip", true, "gzip"},
		{"gzip;q=0", true, ""},
		{"identity", true, ""},
		{"*", true, "br"},
		{"GZIP", true, "gzip"},
		{"x-gzip", true, "gzip"},
		{"br;q=oops, gzip;q=0.5", true, "gzip"},
		{"deflate", true, ""},
	}
	for _, tt := range tests {
		if got := acceptedEncoding(tt.header, tt.brotliOK); got != tt.want {
			t.Errorf("acceptedEncoding(%q, %v) = %q, want %q", tt.header, tt.brotliOK, got, tt.want)
		}
	}
}

// decode undoes the response's Content-Encoding.
func decode(t *testing.T, rec *httptest.ResponseRecorder) string {
	t.Helper()
	var r io.Reader = rec.Body
	switch rec.Header().Get("Content-Encoding") {
	case "gzip":
		gz, err := gzip.NewReader(rec.Body)
		if err != nil {
			t.Fatal(err)
		}
		r = gz
	case "br":
		r = brotli.NewReader(rec.Body)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestResponsesAreCompressed(t *testing.T) {
	h, _ := newTestHandler(t)
	plainPage := get(t, h, "/").Body.String()
	css, _ := parseHTML(t, strings.NewReader(plainPage)).Find(`link[rel="stylesheet"]`).Attr("href")
	requests := []struct {
		name     string
		do       func(encoding string) *httptest.ResponseRecorder
		encoding string // asked for
		want     string // Content-Encoding expected
	}{
		{"form, brotli", func(e string) *httptest.ResponseRecorder { return get(t, h, "/", "Accept-Encoding", e) }, "gzip, br", "br"},
		{"form, gzip", func(e string) *httptest.ResponseRecorder { return get(t, h, "/", "Accept-Encoding", e) }, "gzip", "gzip"},
		{"form, none", func(e string) *httptest.ResponseRecorder { return get(t, h, "/", "Accept-Encoding", e) }, "", ""},
		{"stylesheet, brotli", func(e string) *httptest.ResponseRecorder { return get(t, h, css, "Accept-Encoding", e) }, "br, gzip", "br"},
		{"preview, gzip", func(e string) *httptest.ResponseRecorder { return postEncoded(t, h, "/preview", e) }, "gzip, br", "gzip"},
		{"download, gzip", func(e string) *httptest.ResponseRecorder { return postEncoded(t, h, "/download", e) }, "gzip", "gzip"},
		{"download, none", func(e string) *httptest.ResponseRecorder { return postEncoded(t, h, "/download", e) }, "", ""},
	}
	for _, tt := range requests {
		t.Run(tt.name, func(t *testing.T) {
			plain := tt.do("")
			rec := tt.do(tt.encoding)
			if got := rec.Header().Get("Content-Encoding"); got != tt.want {
				t.Fatalf("Content-Encoding %q, want %q", got, tt.want)
			}
			if !strings.Contains(rec.Header().Get("Vary"), "Accept-Encoding") {
				t.Error("no Vary: Accept-Encoding")
			}
			if tt.want != "" && rec.Body.Len() >= plain.Body.Len()/2 {
				t.Errorf("%d bytes compressed, %d plain", rec.Body.Len(), plain.Body.Len())
			}
			if cl := rec.Header().Get("Content-Length"); cl != strconv.Itoa(rec.Body.Len()) {
				t.Errorf("Content-Length %s for %d bytes", cl, rec.Body.Len())
			}
			if got := decode(t, rec); got != plain.Body.String() {
				t.Error("the decoded body differs from the plain one")
			}
		})
	}
	if rec := get(t, h, "/healthz", "Accept-Encoding", "gzip"); rec.Header().Get("Content-Encoding") != "" {
		t.Error("a two-byte answer was compressed")
	}
}

func TestStaticETagPerEncoding(t *testing.T) {
	h, _ := newTestHandler(t)
	css, _ := parseHTML(t, get(t, h, "/").Body).Find(`link[rel="stylesheet"]`).Attr("href")
	br := get(t, h, css, "Accept-Encoding", "br").Header().Get("ETag")
	plain := get(t, h, css).Header().Get("ETag")
	if br == plain {
		t.Fatalf("brotli and plain share the ETag %s", br)
	}
	if rec := get(t, h, css, "Accept-Encoding", "br", "If-None-Match", br); rec.Code != http.StatusNotModified {
		t.Errorf("revalidating brotli: %d", rec.Code)
	} else if !strings.Contains(rec.Header().Get("Vary"), "Accept-Encoding") {
		t.Error("a 304 without Vary: Accept-Encoding")
	}
	if rec := get(t, h, css, "If-None-Match", br); rec.Code != http.StatusOK {
		t.Errorf("a plain client holding the brotli ETag got %d, want the plain body", rec.Code)
	}
}

// postEncoded posts the valid form, with an edited letter long enough to
// be worth compressing.
func postEncoded(t *testing.T, h http.Handler, path, encoding string) *httptest.ResponseRecorder {
	t.Helper()
	form := validForm()
	form.Set("letter", strings.Repeat("Takk for et godt samarbeid.\n", 60))
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	if encoding != "" {
		req.Header.Set("Accept-Encoding", encoding)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}
