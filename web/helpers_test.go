package web

import (
	"bytes"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/farvel/farvel/internal/sample"
)

// testToday is the date every test runs on: Wednesday 1 September 2027,
// late in the evening in Oslo (already the 2nd in some zones, still the 1st
// in Oslo).
var testToday = time.Date(2027, time.September, 1, 21, 30, 0, 0, time.UTC)

// syncBuffer is a log sink the server's goroutines may write to while a test
// reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func slogTo(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// newTestHandler returns the app's handler on the test date, and its log.
func newTestHandler(t testing.TB) (http.Handler, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	oslo, err := time.LoadLocation("Europe/Oslo")
	if err != nil {
		t.Fatal(err)
	}
	h := NewHandler(Config{
		Logger:   slogTo(logs),
		Now:      func() time.Time { return testToday },
		Location: oslo,
	})
	return h, logs
}

// validForm is a complete, valid submission with every field filled in.
func validForm() url.Values {
	return sample.Form(time.Date(2027, time.October, 8, 0, 0, 0, 0, time.UTC))
}

// post sends form to path as a browser on the same site would.
func post(t testing.TB, h http.Handler, path string, form url.Values) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func get(t testing.TB, h http.Handler, target string, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func parseHTML(t testing.TB, body io.Reader) *goquery.Document {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(body)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// formValues reads the values a browser would submit from the form with the
// given id: text inputs, hidden inputs, textareas, ticked checkboxes and
// checked radios. Buttons are left out.
func formValues(doc *goquery.Document, formID string) url.Values {
	values := url.Values{}
	doc.Find("#" + formID + " input, #" + formID + " textarea").Each(func(_ int, s *goquery.Selection) {
		name, _ := s.Attr("name")
		if name == "" {
			return
		}
		if goquery.NodeName(s) == "textarea" {
			// The HTML parser drops one newline right after <textarea>.
			values.Add(name, s.Text())
			return
		}
		switch typ, _ := s.Attr("type"); typ {
		case "checkbox", "radio":
			if _, checked := s.Attr("checked"); !checked {
				return
			}
		case "submit", "button":
			return
		}
		v, _ := s.Attr("value")
		values.Add(name, v)
	})
	return values
}

// withoutEmpty drops empty values, as a comparison of forms should, and the
// page's own interface language, which the ui_lang tests check on their own.
func withoutEmpty(v url.Values) url.Values {
	out := url.Values{}
	for k, vs := range v {
		if k == "ui_lang" {
			continue
		}
		for _, s := range vs {
			if s != "" {
				out.Add(k, s)
			}
		}
	}
	return out
}
