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

func TestParseQValue(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"0", 0, true}, {"1", 1000, true}, {"0.5", 500, true}, {"0.25", 250, true}, {"0.125", 125, true},
		{"0.001", 1, true}, {"0.000", 0, true}, {"0.", 0, true}, {"1.", 1000, true}, {"1.000", 1000, true},
		{"", 0, false}, {"1.001", 0, false}, {"1.5", 0, false}, {"2", 0, false}, {"-1", 0, false},
		{".5", 0, false}, {"0.1234", 0, false}, {"00", 0, false}, {"0,5", 0, false}, {"0.5x", 0, false},
		{"1e0", 0, false}, {"oops", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseQValue(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseQValue(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestChooseEncoding holds the negotiation to RFC 9110, section 12.5.3, for
// a page made per request (offered in gzip) and a body compressed ahead
// of time (brotli, then gzip).
func TestChooseEncoding(t *testing.T) {
	tests := []struct {
		name           string
		header         []string // the Accept-Encoding lines; nil: none sent
		dynamic, fixed string   // the coding chosen for each kind of body
	}{
		{"no header", nil, "", ""},
		{"an empty header: no coding wanted", []string{""}, "", ""},
		{"gzip", []string{"gzip"}, "gzip", "gzip"},
		{"codings are case-insensitive", []string{"GZip"}, "gzip", "gzip"},
		{"x-gzip is gzip", []string{"x-gzip"}, "gzip", "gzip"},
		{"a browser", []string{"gzip, deflate, br, zstd"}, "gzip", "br"},
		{"unknown codings only", []string{"deflate, compress"}, "", ""},
		{"q=0 refuses", []string{"gzip;q=0"}, "", ""},
		{"Q=0 refuses too", []string{"gzip;Q=0"}, "", ""},
		{"spaces around the weight", []string{"gzip ; q=0 , br ;q=0"}, "", ""},
		{"q after another parameter", []string{"gzip;level=9;q=0, br;x=y; q=0"}, "", ""},
		{"q=0.000 refuses", []string{"gzip;q=0.000"}, "", ""},
		{"a refusal on its own line", []string{"br", "gzip;q=0"}, "", "br"},
		{"refused, then star", []string{"gzip;q=0, *"}, "", "br"},
		{"star takes what is not listed", []string{"*"}, "gzip", "br"},
		{"star refused, gzip listed", []string{"*;q=0, gzip"}, "gzip", "gzip"},
		{"star at a low weight", []string{"br;q=0.4, *;q=0.5"}, "gzip", "gzip"},
		{"everything refused: sent as it is", []string{"*;q=0"}, "", ""},
		{"identity refused, nothing else offered", []string{"identity;q=0"}, "", ""},
		{"identity", []string{"identity"}, "", ""},
		{"identity weighed above gzip", []string{"gzip;q=0.5, identity"}, "", ""},
		{"gzip weighed above identity", []string{"gzip, identity;q=0.5"}, "gzip", "gzip"},
		{"gzip at any weight beats an unlisted identity", []string{"gzip;q=0.001"}, "gzip", "gzip"},
		{"the higher weight wins", []string{"br;q=0.5, gzip;q=0.8"}, "gzip", "gzip"},
		{"the higher weight wins, the other way", []string{"br;q=0.8, gzip;q=0.5"}, "gzip", "br"},
		{"a tie goes to Farvel's preference", []string{"gzip;q=0.7, br;q=0.7"}, "gzip", "br"},
		{"1.000 is the top weight", []string{"gzip;q=1.000"}, "gzip", "gzip"},
		{"a weight above 1 is ignored", []string{"gzip;q=1.001"}, "", ""},
		{"four decimals are ignored", []string{"gzip;q=0.0001"}, "", ""},
		{"a negative weight is ignored", []string{"gzip;q=-1"}, "", ""},
		{"an empty weight is ignored", []string{"gzip;q="}, "", ""},
		{"a malformed weight is ignored, not taken as 1", []string{"gzip;q=oops, br;q=0.5"}, "", "br"},
		{"an ignored member leaves its coding to star", []string{"gzip;q=oops, *"}, "gzip", "br"},
		{"listed twice, the lower weight holds", []string{"gzip, gzip;q=0"}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseAcceptEncoding(http.Header{"Accept-Encoding": tt.header})
			if got := a.choose(false, dynamicOffers); got != tt.dynamic {
				t.Errorf("page made per request: %q, want %q", got, tt.dynamic)
			}
			if got := a.choose(false, precompressedOffers); got != tt.fixed {
				t.Errorf("body compressed ahead of time: %q, want %q", got, tt.fixed)
			}
		})
	}
}

// TestChooseEncodingSmallBody: a body too small to gain goes as it is,
// unless the client refuses that and takes a coding.
func TestChooseEncodingSmallBody(t *testing.T) {
	for header, want := range map[string]string{
		"gzip":                   "",
		"gzip, identity;q=0":     "gzip",
		"gzip;q=0.5, *;q=0":      "gzip",
		"identity;q=0":           "",
		"gzip;q=0, identity;q=0": "",
	} {
		a := parseAcceptEncoding(http.Header{"Accept-Encoding": {header}})
		if got := a.choose(true, dynamicOffers); got != want {
			t.Errorf("Accept-Encoding %q, a small body: %q, want %q", header, got, want)
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
		{"form, gzip refused, star", func(e string) *httptest.ResponseRecorder { return get(t, h, "/", "Accept-Encoding", e) }, "gzip;q=0, *", "br"},
		{"form, brotli refused with Q", func(e string) *httptest.ResponseRecorder { return get(t, h, "/", "Accept-Encoding", e) }, "br;Q=0, gzip", "gzip"},
		{"stylesheet, brotli weighed lower", func(e string) *httptest.ResponseRecorder { return get(t, h, css, "Accept-Encoding", e) }, "br;q=0.1, gzip;q=0.9", "gzip"},
		{"preview, gzip refused, star", func(e string) *httptest.ResponseRecorder { return postEncoded(t, h, "/preview", e) }, "gzip;q=0, *", ""},
		{"preview, gzip refused with Q", func(e string) *httptest.ResponseRecorder { return postEncoded(t, h, "/preview", e) }, "gzip;Q=0", ""},
		{"preview, q after a parameter", func(e string) *httptest.ResponseRecorder { return postEncoded(t, h, "/preview", e) }, "gzip;level=1;q=0", ""},
		{"preview, star", func(e string) *httptest.ResponseRecorder { return postEncoded(t, h, "/preview", e) }, "*", "gzip"},
		{"download, identity weighed higher", func(e string) *httptest.ResponseRecorder { return postEncoded(t, h, "/download", e) }, "gzip;q=0.5, identity", ""},
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
