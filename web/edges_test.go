package web

import (
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/farvel/farvel/internal/i18n"
	"github.com/farvel/farvel/internal/letter"
	"github.com/farvel/farvel/internal/precompressed"
)

// TestRequestLogLevels: an answer of 500 (not only above it) is logged as
// an error.
func TestRequestLogLevels(t *testing.T) {
	logs := &syncBuffer{}
	s := &server{log: slogTo(logs)}
	h := s.logRequests(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusInternalServerError)
	}))
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/", nil))
	if out := logs.String(); !strings.Contains(out, "level=ERROR") || !strings.Contains(out, "status=500") {
		t.Errorf("a 500 is not logged as an error:\n%s", out)
	}
}

// TestAbortedHandlerIsNotAnError: http.ErrAbortHandler is the way to cut a
// response off; it goes on to the server, which drops the connection,
// rather than becoming the 500 page.
func TestAbortedHandlerIsNotAnError(t *testing.T) {
	logs := &syncBuffer{}
	s := &server{log: slogTo(logs)}
	h := s.recoverPanics(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic(http.ErrAbortHandler) }))
	rec := httptest.NewRecorder()
	defer func() {
		if got := recover(); got != http.ErrAbortHandler {
			t.Errorf("recovered %v, want http.ErrAbortHandler passed on", got)
		}
		if rec.Code != http.StatusOK || rec.Body.Len() != 0 || logs.String() != "" {
			t.Errorf("an abort wrote a %d page of %d bytes and logged:\n%s", rec.Code, rec.Body.Len(), logs.String())
		}
	}()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
}

// TestRequestIDWhenTheProxySendsNone: a request through a trusted proxy
// that sends no X-Request-Id gets an id of Farvel's own, not an empty one.
func TestRequestIDWhenTheProxySendsNone(t *testing.T) {
	logs := &syncBuffer{}
	h := NewHandler(Config{Logger: slogTo(logs), Now: func() time.Time { return testToday },
		TrustedProxies: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}})
	from(h, "10.0.0.1:1", "/")
	if out := logs.String(); !strings.Contains(out, "request_id="+requestIDPrefix) {
		t.Errorf("want an id of Farvel's own:\n%s", out)
	}
}

// TestRateWindowDefaultsToAMinute: a limit set without a window counts per
// minute, rather than not at all.
func TestRateWindowDefaultsToAMinute(t *testing.T) {
	h := NewHandler(Config{Logger: slogTo(&syncBuffer{}), Now: func() time.Time { return testToday }, RateLimit: 2})
	use(t, h, 2, "203.0.113.7:1")
	checkLimited(t, from(h, "203.0.113.7:1", "/"), letter.Norwegian)
}

// TestRateLimitCountsEncodedPaths: the paths left out of the limit are
// judged as the router sees them, so a path that only decodes to one of
// them ("/static%2F…", which is no asset) is counted.
func TestRateLimitCountsEncodedPaths(t *testing.T) {
	h := limitedHandler(t, 2)
	const client = "203.0.113.7:1"
	for range 2 {
		if rec := from(h, client, "/static%2Fapp.css"); rec.Code != http.StatusNotFound {
			t.Fatalf("status %d, want 404", rec.Code)
		}
	}
	checkLimited(t, from(h, client, "/static%2Fapp.css"), letter.Norwegian)
}

// TestSmallBodiesAreNotCompressed: a body under precompressed.MinSize is
// sent as it is, even to a client that takes gzip.
func TestSmallBodiesAreNotCompressed(t *testing.T) {
	for _, n := range []int{precompressed.MinSize - 1, precompressed.MinSize} {
		body := strings.Repeat("a", n)
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		req.Header.Set("Accept-Encoding", "gzip")
		writeBody(rec, req, http.StatusOK, []byte(body))
		want := "gzip"
		if n < precompressed.MinSize {
			want = ""
		}
		if got := rec.Header().Get("Content-Encoding"); got != want {
			t.Errorf("%d bytes: Content-Encoding %q, want %q", n, got, want)
		}
		if got := decode(t, rec); got != body {
			t.Errorf("%d bytes: the body changed", n)
		}
	}
}

// TestUntickedCheckboxSpellings: "off" and "no" leave a checkbox unticked,
// like its absence; the manager reminder then shows.
func TestUntickedCheckboxSpellings(t *testing.T) {
	h, _ := newTestHandler(t)
	reminder := i18n.For(letter.Norwegian).ManagerReminder()
	for value, wantReminder := range map[string]bool{"on": false, "yes": false, "off": true, "no": true, "OFF": true, "false": true} {
		form := validForm()
		form.Set("manager_ok", value)
		rec := post(t, h, "/preview", form)
		if rec.Code != http.StatusOK {
			t.Fatalf("manager_ok=%q: status %d", value, rec.Code)
		}
		if got := strings.Contains(parseHTML(t, rec.Body).Find(".reminders").Text(), reminder); got != wantReminder {
			t.Errorf("manager_ok=%q: manager reminder shown %v, want %v", value, got, wantReminder)
		}
	}
}

// TestQueryDoesNotFillTheForm: only the posted body is read; values in the
// URL of a POST (a link someone else made) neither add to nor override it.
func TestQueryDoesNotFillTheForm(t *testing.T) {
	h, _ := newTestHandler(t)
	form := validForm()
	form.Del("personal_note")
	rec := post(t, h, "/preview?sender_name=Mallory+Planted&personal_note=Planted+note", form)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	body := rec.Body.String()
	if strings.Contains(body, "Planted") || !strings.Contains(body, "Kari Nordmann") {
		t.Error("a value from the URL reached the letter")
	}
}

// TestFormLangIsTrimmed: a posted lang padded with spaces still chooses the
// page's language over the browser's.
func TestFormLangIsTrimmed(t *testing.T) {
	h, _ := newTestHandler(t)
	form := validForm()
	form.Set("lang", " en ")
	req := httptest.NewRequest(http.MethodPost, "/edit", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", formType)
	req.Header.Set("Accept-Language", "nb")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	checkPageLang(t, parseHTML(t, rec.Body), letter.English)
}

// TestHeadIsServed: every GET route answers HEAD as well, as its 405 page's
// Allow header promises; load balancers and link checkers send it.
func TestHeadIsServed(t *testing.T) {
	h, _ := newTestHandler(t)
	css, _ := parseHTML(t, get(t, h, "/").Body).Find(`link[rel="stylesheet"]`).Attr("href")
	for _, target := range []string{"/", "/healthz", "/readyz", css} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodHead, target, nil))
		if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") == "" {
			t.Errorf("HEAD %s: %d, Content-Type %q; want 200 and the GET's headers", target, rec.Code, rec.Header().Get("Content-Type"))
		}
	}
}

// TestChoicesWithSpacesSurviveA422: lang and tone padded with spaces are
// read the same way by the check and by the page: the 422 page keeps the
// language and tone chosen, rather than falling back to the defaults.
func TestChoicesWithSpacesSurviveA422(t *testing.T) {
	h, _ := newTestHandler(t)
	for _, path := range []string{"/preview", "/download", "/edit"} {
		t.Run(path, func(t *testing.T) {
			form := validForm()
			form.Set(letter.FieldLang, "en ")
			form.Set(letter.FieldTone, " brief")
			want := http.StatusUnprocessableEntity
			if path == "/edit" {
				want = http.StatusOK
			} else {
				form.Del(letter.FieldSenderName)
			}
			rec := send(t, h, http.MethodPost, path, formType, form.Encode(), letter.Norwegian)
			if rec.Code != want {
				t.Fatalf("status %d, want %d", rec.Code, want)
			}
			doc := parseHTML(t, rec.Body)
			checkPageLang(t, doc, letter.English)
			for name, value := range map[string]string{letter.FieldLang: "en", letter.FieldTone: "brief"} {
				checked := doc.Find(`input[name="` + name + `"][checked]`)
				if got, _ := checked.Attr("value"); checked.Length() != 1 || got != value {
					t.Errorf("%s: %d checked, value %q; want %q checked", name, checked.Length(), got, value)
				}
			}
		})
	}
}
