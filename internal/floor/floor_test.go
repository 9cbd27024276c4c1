package floor_test

import (
	"bytes"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/farvel/farvel/internal/floor"
	"github.com/farvel/farvel/internal/sample"
	"github.com/farvel/farvel/web"
)

var today = time.Date(2027, time.March, 1, 12, 0, 0, 0, time.UTC)

// TestSameAnswersAsFarvel holds the floor to Farvel's own bytes: a baseline
// that answered less would flatter it.
func TestSameAnswersAsFarvel(t *testing.T) {
	farvel := web.NewHandler(web.Config{
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Now:    func() time.Time { return today },
	})
	base := floor.Handler(func() time.Time { return today })
	form := func(edit func(url.Values)) string {
		f := sample.Form(today.AddDate(0, 0, 60))
		if edit != nil {
			edit(f)
		}
		return f.Encode()
	}
	tests := []struct {
		name, method, target, body string
		header                     []string
	}{
		{"the empty form", "GET", "/", "", nil},
		{"the empty form in English", "GET", "/", "", []string{"Accept-Language", "en-GB,en;q=0.9"}},
		{"the empty form by ?lang=", "GET", "/?lang=en", "", nil},
		{"preview", "POST", "/preview", form(nil), nil},
		{"preview, English, warm", "POST", "/preview", form(func(f url.Values) { f.Set("lang", "en"); f.Set("tone", "warm") }), nil},
		{"preview with every reminder", "POST", "/preview", form(func(f url.Values) {
			f.Del("manager_ok")
			f.Set("competitor", "on")
			f.Set("departure_date", today.AddDate(0, 0, 5).Format(time.DateOnly))
		}), nil},
		{"preview, interface language switched", "POST", "/preview", form(func(f url.Values) { f.Set("ui_lang", "en") }), nil},
		{"download", "POST", "/download", form(nil), nil},
		{"download, brief", "POST", "/download", form(func(f url.Values) { f.Set("tone", "brief"); f.Set("format", "txt") }), nil},
		{"download, edited", "POST", "/download", form(func(f url.Values) {
			f.Set("subject", "Ny kontakt fra mars")
			f.Set("letter", "Hei Ola,\r\n\r\nJonas tar over.\r\n")
		}), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			do := func(h http.Handler) *httptest.ResponseRecorder {
				req := httptest.NewRequest(tt.method, tt.target, strings.NewReader(tt.body))
				if tt.body != "" {
					req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				}
				for i := 0; i+1 < len(tt.header); i += 2 {
					req.Header.Set(tt.header[i], tt.header[i+1])
				}
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				return rec
			}
			want, got := do(farvel), do(base)
			if want.Code != http.StatusOK || got.Code != http.StatusOK {
				t.Fatalf("status: Farvel %d, floor %d; want 200 from both", want.Code, got.Code)
			}
			if !bytes.Equal(got.Body.Bytes(), want.Body.Bytes()) {
				t.Errorf("the floor's body (%d bytes) differs from Farvel's (%d bytes) at byte %d",
					got.Body.Len(), want.Body.Len(), firstDifference(got.Body.Bytes(), want.Body.Bytes()))
			}
			for _, k := range []string{"Content-Type", "Content-Disposition", "Content-Length", "Cache-Control"} {
				if g, w := got.Header().Get(k), want.Header().Get(k); g != w {
					t.Errorf("%s: floor %q, Farvel %q", k, g, w)
				}
			}
		})
	}
}

func firstDifference(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
