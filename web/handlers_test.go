package web

import (
	"context"
	"errors"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/a-h/templ"
	"github.com/farvel/farvel/internal/export"
	"github.com/farvel/farvel/internal/letter"
)

func TestHealthz(t *testing.T) {
	h, _ := newTestHandler(t)
	rec := get(t, h, "/healthz")
	if rec.Code != http.StatusOK || rec.Body.String() != "ok\n" {
		t.Fatalf("got %d %q, want 200 ok", rec.Code, rec.Body.String())
	}
}

func TestFormLanguage(t *testing.T) {
	tests := []struct {
		name, target, acceptLanguage, wantLang, wantText string
	}{
		{"default", "/", "", "nb", "Skriv avskjedsbrevet"},
		{"query", "/?lang=en", "nb", "en", "Write the letter"},
		{"Accept-Language English", "/", "en-GB,en;q=0.9", "en", "Write the letter"},
		{"Accept-Language prefers Norwegian", "/", "en;q=0.5, nb-NO", "nb", "Skriv avskjedsbrevet"},
		{"Accept-Language nynorsk", "/", "nn", "nn", "Skriv avskilsbrevet"},
		{"Accept-Language nynorsk with region", "/", "nn-NO,nb;q=0.8", "nn", "Skriv avskilsbrevet"},
		{"Accept-Language Norwegian at large is bokmål", "/", "no", "nb", "Skriv avskjedsbrevet"},
		{"query nynorsk", "/?lang=nn", "en", "nn", "Skriv avskilsbrevet"},
		{"Accept-Language unknown", "/", "de-DE", "nb", "Skriv avskjedsbrevet"},
		{"unknown query falls back to header", "/?lang=xx", "en", "en", "Write the letter"},
	}
	h, _ := newTestHandler(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, h, tt.target, "Accept-Language", tt.acceptLanguage)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d", rec.Code)
			}
			doc := parseHTML(t, rec.Body)
			if lang, _ := doc.Find("html").Attr("lang"); lang != tt.wantLang {
				t.Errorf("html lang = %q, want %q", lang, tt.wantLang)
			}
			if h1 := doc.Find("h1").Text(); !strings.Contains(h1, tt.wantText) {
				t.Errorf("h1 = %q, want it to contain %q", h1, tt.wantText)
			}
			if v, _ := doc.Find("#lang-" + tt.wantLang).Attr("checked"); v != "" {
				t.Errorf("letter language radio %s should be checked", tt.wantLang)
			}
		})
	}
}

func TestSecurityHeaders(t *testing.T) {
	h, _ := newTestHandler(t)
	for _, rec := range []*httptest.ResponseRecorder{
		get(t, h, "/"),
		post(t, h, "/preview", validForm()),
		post(t, h, "/download", validForm()),
		get(t, h, "/missing"),
	} {
		hdr := rec.Header()
		csp := hdr.Get("Content-Security-Policy")
		for _, want := range []string{
			"default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'",
			"connect-src 'self'", // the live preview fetches from the app
			"form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'",
		} {
			if !strings.Contains(csp, want) {
				t.Errorf("CSP %q lacks %q", csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") {
			t.Errorf("CSP allows inline code: %q", csp)
		}
		for k, want := range map[string]string{
			"X-Content-Type-Options":     "nosniff",
			"X-Frame-Options":            "DENY",
			"Referrer-Policy":            "no-referrer",
			"Cross-Origin-Opener-Policy": "same-origin",
			"Permissions-Policy":         "camera=(), microphone=(), geolocation=(), interest-cohort=()",
			"Cache-Control":              "no-store",
		} {
			if got := hdr.Get(k); got != want {
				t.Errorf("%s = %q, want %q (status %d)", k, got, want, rec.Code)
			}
		}
	}
}

func TestPreview(t *testing.T) {
	h, _ := newTestHandler(t)
	rec := post(t, h, "/preview", validForm())
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d, want 200:\n%s", rec.Code, rec.Body)
	}
	doc := parseHTML(t, rec.Body)
	letterText := doc.Find("article.letter").Text()
	for _, want := range []string{"Kjære Ola,", "fredag 8. oktober 2027", "mandag 11. oktober", "Jonas Berg", "41 23 45 67", "Med vennlig hilsen"} {
		if !strings.Contains(letterText, want) {
			t.Errorf("the letter lacks %q", want)
		}
	}
	if n := doc.Find(".reminders li").Length(); n != 0 {
		t.Errorf("%d reminders, want none for a cleared, timely letter", n)
	}
	if subject, _ := doc.Find("#subject").Attr("value"); !strings.HasPrefix(subject, "Ny kontaktperson hos Fjord Kontorinteriør AS") {
		t.Errorf("editable subject = %q", subject)
	}
	if body := doc.Find("#letter").Text(); !strings.HasPrefix(body, "Kjære Ola,\n\n") {
		t.Errorf("editable body starts %q", body[:min(len(body), 40)])
	}
}

func TestPreviewReminders(t *testing.T) {
	h, _ := newTestHandler(t)
	form := validForm()
	form.Del("manager_ok")
	form.Set("departure_date", "2027-09-06") // five days after the test date
	form.Set("competitor", "on")
	rec := post(t, h, "/preview", form)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	doc := parseHTML(t, rec.Body)
	reminders := doc.Find(".reminders").Text()
	for _, want := range []string{"kundeklausul", "bare 5 dager", "konkurrent"} {
		if !strings.Contains(reminders, want) {
			t.Errorf("reminders lack %q:\n%s", want, reminders)
		}
	}
	if strings.Contains(doc.Find("article.letter").Text(), "Lysverket") {
		t.Error("the letter names the new employer although it is a competitor")
	}
}

func TestPreviewInvalid(t *testing.T) {
	h, _ := newTestHandler(t)
	form := validForm()
	form.Set("sender_name", "")
	form.Set("departure_date", "2027-02-30")
	form.Set("replacement_email", "not an address")
	form.Set("years", "six")
	form.Set("lang", "en")
	rec := post(t, h, "/preview", form)
	if rec.Code != http.StatusUnprocessableEntity {
		t.Fatalf("status %d, want 422", rec.Code)
	}
	if cc := rec.Header().Get("Cache-Control"); cc != "no-store" {
		t.Errorf("Cache-Control %q", cc)
	}
	doc := parseHTML(t, rec.Body)
	summary := doc.Find(".error-summary a")
	wantLinks := []string{"#sender_name", "#departure_date", "#replacement_email", "#years"}
	if summary.Length() != len(wantLinks) {
		t.Fatalf("summary has %d links, want %d: %s", summary.Length(), len(wantLinks), doc.Find(".error-summary").Text())
	}
	summary.Each(func(i int, s *goquery.Selection) {
		if href, _ := s.Attr("href"); href != wantLinks[i] {
			t.Errorf("summary link %d = %q, want %q", i, href, wantLinks[i])
		}
	})
	for field, want := range map[string]string{
		"sender_name":       "Enter your name.",
		"departure_date":    "Enter a real date",
		"replacement_email": "Enter an email address",
		"years":             "whole number",
	} {
		if got := doc.Find("#" + field + "-error").Text(); !strings.Contains(got, want) {
			t.Errorf("%s error = %q, want it to contain %q", field, got, want)
		}
	}
	// Everything typed comes back, the wrong values too.
	got := withoutEmpty(formValues(doc, "letter-form"))
	want := withoutEmpty(form)
	if got.Encode() != want.Encode() {
		t.Errorf("values not kept:\n got %v\nwant %v", got, want)
	}
}

func TestEditKeepsEveryValue(t *testing.T) {
	h, _ := newTestHandler(t)
	form := validForm()
	form.Set("personal_note", "Første linje.\nAndre linje med <b>tegn</b> & \"sitater\".")
	form.Set("competitor", "on")
	form.Set("tone", "warm")
	form.Set("lang", "en")
	rec := post(t, h, "/edit", form)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	doc := parseHTML(t, rec.Body)
	got := withoutEmpty(formValues(doc, "letter-form"))
	if got.Encode() != form.Encode() {
		t.Errorf("edit lost values:\n got %v\nwant %v", got, form)
	}
	if lang, _ := doc.Find("html").Attr("lang"); lang != "en" {
		t.Errorf("page language %q, want the form's en", lang)
	}
}

// TestLanguageSwitchKeepsValues switches the interface to English on a
// Norwegian letter: the page answers in English, every value comes back,
// and the letter stays Norwegian.
func TestLanguageSwitchKeepsValues(t *testing.T) {
	h, _ := newTestHandler(t)
	form := validForm()
	form.Set("ui_lang", "nb")
	rec := post(t, h, "/edit?ui_lang=en", form)
	doc := parseHTML(t, rec.Body)
	if lang, _ := doc.Find("html").Attr("lang"); lang != "en" {
		t.Fatalf("page language %q, want en", lang)
	}
	posted := formValues(doc, "letter-form")
	if got := withoutEmpty(posted); got.Encode() != withoutEmpty(form).Encode() {
		t.Errorf("switching language lost values:\n got %v\nwant %v", got, form)
	}
	if got := posted.Get("lang"); got != "nb" {
		t.Errorf("the letter's language became %q, want it to stay nb", got)
	}
	if got := posted.Get("ui_lang"); got != "en" {
		t.Errorf("the form carries interface language %q, want en", got)
	}
	var offered []string
	doc.Find(".lang-switch button").Each(func(_ int, b *goquery.Selection) {
		a, _ := b.Attr("formaction")
		offered = append(offered, a)
		if f, _ := b.Attr("form"); f != "letter-form" {
			t.Errorf("the %s button posts form %q, want letter-form", a, f)
		}
	})
	if got := strings.Join(offered, " "); got != "/edit?ui_lang=nb /edit?ui_lang=nn" {
		t.Errorf("the switch on an English page posts to %q, want /edit?ui_lang=nb and nn", got)
	}
}

// TestInterfaceAndLetterLanguage: ui_lang decides the page, lang the letter,
// on every route; a post without ui_lang (a script's) gets a page in the
// letter's language, and one without lang a letter in the page's.
func TestInterfaceAndLetterLanguage(t *testing.T) {
	h, _ := newTestHandler(t)
	tests := []struct {
		name, path, query, uiLang, lang string
		wantPage, wantLetter            string
	}{
		{"preview: Norwegian page, English letter", "/preview", "", "nb", "en", "nb", "en"},
		{"preview: English page, Norwegian letter", "/preview", "", "en", "nb", "en", "nb"},
		{"preview: the switch wins over the posted page language", "/preview", "?ui_lang=en", "nb", "nb", "en", "nb"},
		{"preview: a script's post without ui_lang", "/preview", "", "", "en", "en", "en"},
		{"preview: without lang the letter follows the page", "/preview", "", "en", "", "en", "en"},
		{"preview: an unknown ui_lang falls back to the letter's", "/preview", "", "sv", "en", "en", "en"},
		{"edit: English page, Norwegian letter", "/edit", "", "en", "nb", "en", "nb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			form := validForm()
			form.Set("lang", tt.lang)
			if tt.uiLang != "" {
				form.Set("ui_lang", tt.uiLang)
			}
			rec := post(t, h, tt.path+tt.query, form)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d", rec.Code)
			}
			doc := parseHTML(t, rec.Body)
			if got, _ := doc.Find("html").Attr("lang"); got != tt.wantPage {
				t.Errorf("page in %q, want %q", got, tt.wantPage)
			}
			formID := "download-form"
			if tt.path == "/edit" {
				formID = "letter-form"
			}
			v := formValues(doc, formID)
			if got := v.Get("ui_lang"); got != tt.wantPage {
				t.Errorf("the page carries ui_lang %q, want %q", got, tt.wantPage)
			}
			if tt.path == "/preview" {
				if got, _ := doc.Find("article.letter").Attr("lang"); got != tt.wantLetter {
					t.Errorf("letter in %q, want %q", got, tt.wantLetter)
				}
			} else if got := v.Get("lang"); got != tt.wantLetter {
				t.Errorf("letter language %q in the form, want %q", got, tt.wantLetter)
			}
		})
	}
}

func TestDownload(t *testing.T) {
	h, _ := newTestHandler(t)
	rec := post(t, h, "/download", validForm())
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d:\n%s", rec.Code, rec.Body)
	}
	hdr := rec.Header()
	if ct := hdr.Get("Content-Type"); ct != "text/plain; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	wantName := `attachment; filename=farvel-fjord-kontorinterior-as-ola-2027-10-08.txt`
	if cd := hdr.Get("Content-Disposition"); cd != wantName {
		t.Errorf("Content-Disposition %q, want %q", cd, wantName)
	}
	body := rec.Body.String()
	if !strings.HasPrefix(body, "Emne: Ny kontaktperson hos Fjord Kontorinteriør AS fra 11. oktober: Jonas Berg\n\nKjære Ola,\n\n") {
		t.Errorf("file starts %q", body[:min(80, len(body))])
	}
	if !strings.HasSuffix(body, "Kundeansvarlig\nFjord Kontorinteriør AS\n") {
		t.Errorf("file ends %q", body[max(0, len(body)-60):])
	}
}

func TestDownloadUsesEditedText(t *testing.T) {
	h, _ := newTestHandler(t)
	form := validForm()
	form.Set("subject", "Nytt fra meg")
	form.Set("letter", "Hei Ola,\r\n\r\nJeg har skrevet om alt. Æ, ø og å står.\r\n")
	form.Set("lang", "en")
	rec := post(t, h, "/download", form)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	want := "Subject: Nytt fra meg\n\nHei Ola,\n\nJeg har skrevet om alt. Æ, ø og å står.\n"
	if got := rec.Body.String(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestDownloadInvalid(t *testing.T) {
	h, _ := newTestHandler(t)
	tests := []struct {
		name      string
		edit      func(url.Values)
		wantField string
	}{
		{"missing field", func(v url.Values) { v.Del("company") }, "company"},
		{"date in the past", func(v url.Values) { v.Set("departure_date", "2027-08-31") }, "departure_date"},
		{"header injection in subject", func(v url.Values) { v.Set("subject", "Hei\r\nBcc: x@y.no") }, "subject"},
		{"control character in letter", func(v url.Values) { v.Set("letter", "Hei\x00") }, "letter"},
		{"unknown format", func(v url.Values) { v.Set("format", "exe") }, "format"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			form := validForm()
			tt.edit(form)
			rec := post(t, h, "/download", form)
			if rec.Code != http.StatusUnprocessableEntity {
				t.Fatalf("status %d, want 422", rec.Code)
			}
			if cd := rec.Header().Get("Content-Disposition"); cd != "" {
				t.Errorf("an invalid download still sent a file: %q", cd)
			}
			doc := parseHTML(t, rec.Body)
			if doc.Find("#"+tt.wantField+"-error").Length() != 1 {
				t.Errorf("no error beside %s:\n%s", tt.wantField, doc.Find(".error-summary").Text())
			}
			// The posted text comes back for correcting.
			if s := form.Get("subject"); s != "" {
				// (HTML reads CRLF in an attribute as LF.)
				if v, _ := doc.Find("#subject").Attr("value"); v != letter.NormalizeNewlines(s) {
					t.Errorf("subject %q not kept, got %q", s, v)
				}
			}
		})
	}
}

// TestRoundTrip goes through the flow as a browser does: the preview's own
// form, posted to /download, gives the letter the preview showed; posted to
// /edit, it gives back every value.
func TestRoundTrip(t *testing.T) {
	h, _ := newTestHandler(t)
	for _, lang := range letter.Langs {
		t.Run(string(lang), func(t *testing.T) {
			form := validForm()
			form.Set("lang", string(lang))
			form.Set("personal_note", "Takk for alt.\nVi ses!")
			preview := parseHTML(t, post(t, h, "/preview", form).Body)
			posted := formValues(preview, "download-form")
			subject, body := posted.Get("subject"), posted.Get("letter")

			dl := post(t, h, "/download", posted)
			if dl.Code != http.StatusOK {
				t.Fatalf("download status %d", dl.Code)
			}
			word := map[letter.Lang]string{letter.Norwegian: "Emne", letter.Nynorsk: "Emne", letter.English: "Subject"}[lang]
			if got, want := dl.Body.String(), string(export.PlainText(word, subject, body)); got != want {
				t.Errorf("downloaded\n%s\nwant the previewed\n%s", got, want)
			}

			edit := parseHTML(t, post(t, h, "/edit", posted).Body)
			if got := withoutEmpty(formValues(edit, "letter-form")); got.Encode() != form.Encode() {
				t.Errorf("back to edit lost values:\n got %v\nwant %v", got, form)
			}
		})
	}
}

func TestMultipartAccepted(t *testing.T) {
	h, _ := newTestHandler(t)
	var body strings.Builder
	mw := multipart.NewWriter(&body)
	for k, vs := range validForm() {
		mw.WriteField(k, vs[0])
	}
	fw, _ := mw.CreateFormFile("attachment", "evil.exe")
	fw.Write([]byte("MZ not a letter"))
	mw.Close()
	req := httptest.NewRequest(http.MethodPost, "/preview", strings.NewReader(body.String()))
	req.Header.Set("Content-Type", mw.FormDataContentType())
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "Jonas Berg") {
		t.Fatalf("multipart preview: status %d", rec.Code)
	}
}

// TestBodyLimitBoundary pins the documented limit: a form of exactly
// 256 KiB is read (and answered on its merits), one byte more is refused.
func TestBodyLimitBoundary(t *testing.T) {
	h, _ := newTestHandler(t)
	const limit = 256 << 10
	form := validForm()
	form.Set("personal_note", "")
	pad := limit - len(form.Encode())
	for _, tt := range []struct {
		size   int
		status int
	}{
		{limit, http.StatusUnprocessableEntity}, // the note is far too long, but it was read
		{limit + 1, http.StatusRequestEntityTooLarge},
	} {
		form.Set("personal_note", strings.Repeat("a", pad+tt.size-limit))
		if n := len(form.Encode()); n != tt.size {
			t.Fatalf("built a body of %d bytes, want %d", n, tt.size)
		}
		if rec := post(t, h, "/preview", form); rec.Code != tt.status {
			t.Errorf("%d-byte body: status %d, want %d", tt.size, rec.Code, tt.status)
		}
	}
}

func TestErrorStatuses(t *testing.T) {
	h, _ := newTestHandler(t)
	huge := validForm()
	huge.Set("personal_note", strings.Repeat("a", maxBodyBytes))
	tests := []struct {
		name     string
		req      func() *http.Request
		status   int
		wantText string
		header   string // a header that must be set, as "Name: value"
	}{
		{"unknown path", func() *http.Request { return httptest.NewRequest("GET", "/nope", nil) }, 404, "Siden finnes ikke", ""},
		{"unknown path in English", func() *http.Request { return httptest.NewRequest("GET", "/nope?lang=en", nil) }, 404, "Page not found", ""},
		{"unknown asset", func() *http.Request { return httptest.NewRequest("GET", "/static/app.css", nil) }, 404, "Siden finnes ikke", ""},
		{"GET on a POST route", func() *http.Request { return httptest.NewRequest("GET", "/preview", nil) }, 405, "Siden kan ikke åpnes slik", "Allow: POST"},
		{"DELETE on the form", func() *http.Request { return httptest.NewRequest("DELETE", "/", nil) }, 405, "Siden kan ikke åpnes slik", "Allow: GET, HEAD"},
		{"PUT on download", func() *http.Request { return httptest.NewRequest("PUT", "/download", nil) }, 405, "", "Allow: POST"},
		{"body over the limit", func() *http.Request {
			r := httptest.NewRequest("POST", "/preview", strings.NewReader(huge.Encode()))
			r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			return r
		}, 413, "For mye tekst", ""},
		{"cross-site post", func() *http.Request {
			r := httptest.NewRequest("POST", "/download", strings.NewReader(validForm().Encode()))
			r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			r.Header.Set("Sec-Fetch-Site", "cross-site")
			return r
		}, 403, "Skjemaet ble avvist", ""},
		{"cross-origin post, old browser", func() *http.Request {
			r := httptest.NewRequest("POST", "/preview", strings.NewReader(validForm().Encode()))
			r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			r.Header.Set("Origin", "https://evil.example")
			return r
		}, 403, "Skjemaet ble avvist", ""},
		{"JSON body", func() *http.Request {
			r := httptest.NewRequest("POST", "/preview", strings.NewReader(`{"sender_name":"x"}`))
			r.Header.Set("Content-Type", "application/json")
			r.Header.Set("Accept-Language", "en")
			return r
		}, 415, "Unknown form format", ""},
		{"broken multipart", func() *http.Request {
			r := httptest.NewRequest("POST", "/preview", strings.NewReader("--x\r\nnot a part"))
			r.Header.Set("Content-Type", "multipart/form-data; boundary=x")
			return r
		}, 400, "kunne ikke leses", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, tt.req())
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d", rec.Code, tt.status)
			}
			if ct := rec.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
				t.Errorf("Content-Type %q", ct)
			}
			if !strings.Contains(rec.Body.String(), tt.wantText) {
				t.Errorf("page lacks %q", tt.wantText)
			}
			if tt.header != "" {
				name, value, _ := strings.Cut(tt.header, ": ")
				if got := rec.Header().Get(name); got != value {
					t.Errorf("%s = %q, want %q", name, got, value)
				}
			}
		})
	}
}

func TestServerErrors(t *testing.T) {
	logs := &syncBuffer{}
	s := &server{log: slogTo(logs)}
	t.Run("panic", func(t *testing.T) {
		h := s.recoverPanics(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			panic("secret detail")
		}))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/?lang=en", nil))
		if rec.Code != http.StatusInternalServerError {
			t.Fatalf("status %d, want 500", rec.Code)
		}
		if body := rec.Body.String(); !strings.Contains(body, "Something went wrong") || strings.Contains(body, "secret detail") {
			t.Errorf("500 page should be generic, got:\n%s", body)
		}
		if !strings.Contains(logs.String(), "secret detail") {
			t.Error("the panic was not logged")
		}
	})
	t.Run("failing component", func(t *testing.T) {
		failing := templ.ComponentFunc(func(_ context.Context, w io.Writer) error {
			io.WriteString(w, "<p>half a page")
			return errors.New("template broke")
		})
		rec := httptest.NewRecorder()
		s.render(rec, httptest.NewRequest("GET", "/", nil), http.StatusOK, failing)
		if rec.Code != http.StatusInternalServerError {
			t.Fatalf("status %d, want 500", rec.Code)
		}
		if strings.Contains(rec.Body.String(), "half a page") {
			t.Error("half a page was sent")
		}
	})
}

// TestLogsHoldNoUserData runs the whole flow with distinctive values and
// checks that none of them reaches the log.
func TestLogsHoldNoUserData(t *testing.T) {
	h, logs := newTestHandler(t)
	form := validForm()
	form.Set("sender_name", "Hemmelig Avsender")
	form.Set("personal_note", "hemmelig-notat")
	post(t, h, "/preview", form)
	post(t, h, "/edit", form)
	post(t, h, "/download", form)
	form.Set("years", "hemmelig-tall")
	post(t, h, "/preview", form)
	get(t, h, "/hemmelig-sti")
	out := logs.String()
	if strings.Count(out, "msg=request") != 5 {
		t.Fatalf("want 5 request lines, got:\n%s", out)
	}
	for _, secret := range []string{"Hemmelig", "hemmelig", "Kari", "Jonas", "Fjord"} {
		if strings.Contains(out, secret) {
			t.Errorf("the log holds %q:\n%s", secret, out)
		}
	}
}

func TestStaticAssets(t *testing.T) {
	h, _ := newTestHandler(t)
	doc := parseHTML(t, get(t, h, "/").Body)
	href, _ := doc.Find(`link[rel="stylesheet"]`).Attr("href")
	rec := get(t, h, href)
	if rec.Code != http.StatusOK || rec.Body.Len() == 0 {
		t.Fatalf("GET %s: %d, %d bytes", href, rec.Code, rec.Body.Len())
	}
	if cc := rec.Header().Get("Cache-Control"); !strings.Contains(cc, "immutable") || !strings.Contains(cc, "max-age=31536000") {
		t.Errorf("Cache-Control %q", cc)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "text/css; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	etag := rec.Header().Get("ETag")
	again := get(t, h, href, "If-None-Match", etag)
	if again.Code != http.StatusNotModified || again.Body.Len() != 0 {
		t.Errorf("revalidation: %d with %d bytes, want 304 and none", again.Code, again.Body.Len())
	}
}

// TestKeysNamingGoFieldsAreIgnored: only the contract's names are read;
// a key that names the Go struct or its fields changes nothing.
func TestKeysNamingGoFieldsAreIgnored(t *testing.T) {
	h, _ := newTestHandler(t)
	body := validForm().Encode() + "&Draft=x&Draft.SenderName=y&previewFields=z&Competitor=maybe"
	req := httptest.NewRequest(http.MethodPost, "/preview", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d, want 200", rec.Code)
	}
	if !strings.Contains(rec.Body.String(), "Kari Nordmann") {
		t.Error("the sender's name changed")
	}
}

func TestRequestIDs(t *testing.T) {
	a, b := newRequestID(), newRequestID()
	if a == b || !validRequestID(a) || !strings.HasPrefix(a, requestIDPrefix) {
		t.Errorf("ids %q and %q", a, b)
	}
	for id, ok := range map[string]bool{"abc-123": true, "a.b:c_d": true, "": true, strings.Repeat("a", 65): false, "Kari Nordmann": false, "x\ny": false, "æ": false} {
		if validRequestID(id) != ok {
			t.Errorf("validRequestID(%q) = %v, want %v", id, !ok, ok)
		}
	}
}

// TestEditedTextTravels follows an edit through the flow: back to the form
// and a download refused for a missing field both keep the edited subject
// and text, and the download after the fix sends them.
func TestEditedTextTravels(t *testing.T) {
	h, _ := newTestHandler(t)
	preview := parseHTML(t, post(t, h, "/preview", validForm()).Body)
	posted := formValues(preview, "download-form")
	posted.Set("subject", "Min egen overskrift")
	posted.Set("letter", "Hei Ola,\r\n\r\nDette skrev jeg selv, med æ, ø og å.\r\n")
	wantSubject, wantBody := "Min egen overskrift", "Hei Ola,\n\nDette skrev jeg selv, med æ, ø og å.\n"

	edit := formValues(parseHTML(t, post(t, h, "/edit", posted).Body), "letter-form")
	if edit.Get("subject") != wantSubject || edit.Get("letter") != wantBody {
		t.Fatalf("back to the form carries subject %q and letter %q, want the edit", edit.Get("subject"), edit.Get("letter"))
	}

	posted.Del("company")
	refused := post(t, h, "/download", posted)
	if refused.Code != http.StatusUnprocessableEntity {
		t.Fatalf("status %d, want 422", refused.Code)
	}
	kept := formValues(parseHTML(t, refused.Body), "letter-form")
	if kept.Get("subject") != wantSubject || kept.Get("letter") != wantBody {
		t.Fatalf("the refused download kept subject %q and letter %q, want the edit", kept.Get("subject"), kept.Get("letter"))
	}

	kept.Set("company", "Fjord Kontorinteriør AS")
	kept.Set("format", "txt")
	dl := post(t, h, "/download", kept)
	if got, want := dl.Body.String(), string(export.PlainText("Emne", wantSubject, wantBody)); got != want {
		t.Errorf("downloaded %q, want the edit %q", got, want)
	}
}

// TestUneditedTextIsNotCarried: the preview posts its text boxes even when
// untouched; the form must not hold on to them as an edit, or a changed
// tone would never reach the letter.
func TestUneditedTextIsNotCarried(t *testing.T) {
	h, _ := newTestHandler(t)
	preview := parseHTML(t, post(t, h, "/preview", validForm()).Body)
	posted := formValues(preview, "download-form")
	posted.Set("letter", strings.ReplaceAll(posted.Get("letter"), "\n", "\r\n"))
	edit := formValues(parseHTML(t, post(t, h, "/edit", posted).Body), "letter-form")
	if edit.Has("subject") || edit.Has("letter") {
		t.Errorf("the untouched letter came back as an edit: subject %q, letter %q", edit.Get("subject"), edit.Get("letter"))
	}
}

// editedForm previews the sample draft, edits its text as a user would and
// goes back to the form: it returns the form as that page would post it.
func editedForm(t *testing.T, h http.Handler, body string) url.Values {
	t.Helper()
	preview := formValues(parseHTML(t, post(t, h, "/preview", validForm()).Body), "download-form")
	preview.Set("letter", body)
	back := post(t, h, "/edit", preview)
	return formValues(parseHTML(t, back.Body), "letter-form")
}

// TestEditSurvivesTheForm: an edit comes back from the form. When the form
// changes in a way that gives another letter, the preview keeps the edit on
// show and asks; keep and rewrite do what they say. A change that leaves
// the letter as it was asks nothing.
func TestEditSurvivesTheForm(t *testing.T) {
	h, _ := newTestHandler(t)
	const edited = "Hei Ola,\n\nDette har jeg skrevet om selv.\n\nMed vennlig hilsen\nKari Nordmann\n"
	textOf := func(doc *goquery.Document) string { return doc.Find("#letter").Text() }
	conflict := func(doc *goquery.Document) bool { return doc.Find(".conflict").Length() == 1 }

	t.Run("the form carries the edit and its base", func(t *testing.T) {
		form := editedForm(t, h, edited)
		if form.Get("letter") != edited || form.Get("edit_base") == "" {
			t.Fatalf("the form carries letter %q and edit_base %q", form.Get("letter"), form.Get("edit_base"))
		}
	})
	t.Run("a change that does not touch the letter asks nothing", func(t *testing.T) {
		form := editedForm(t, h, edited)
		form.Set("place", "Molde")
		form.Del("manager_ok")
		doc := parseHTML(t, post(t, h, "/preview", form).Body)
		if conflict(doc) {
			t.Error("the preview asks, though the letter the form gives is the same")
		}
		if got := textOf(doc); got != edited {
			t.Errorf("the text box holds %q, want the edit", got)
		}
		if got := doc.Find("#shown-letter .letter__body").Text(); !strings.Contains(got, "Dette har jeg skrevet om selv.") {
			t.Errorf("the letter shown is not the edit: %q", got)
		}
	})
	t.Run("a change of tone asks, keeping the edit on show", func(t *testing.T) {
		form := editedForm(t, h, edited)
		form.Set("tone", "brief")
		rec := post(t, h, "/preview", form)
		doc := parseHTML(t, rec.Body)
		if rec.Code != http.StatusOK || !conflict(doc) {
			t.Fatalf("status %d, conflict shown %v: want 200 and the question", rec.Code, conflict(doc))
		}
		if got := textOf(doc); got != edited {
			t.Errorf("the text box holds %q while asking, want the edit", got)
		}
		if doc.Find(`button[name="edit_choice"][value="keep"]`).Length() != 1 || doc.Find(`button[name="edit_choice"][value="rewrite"]`).Length() != 1 {
			t.Error("the question lacks its keep and rewrite buttons")
		}
		if doc.Find("#form-letter").Length() != 1 {
			t.Error("the question does not show the letter the form gives now")
		}

		answer := formValues(doc, "download-form")
		answer.Set("edit_choice", "keep")
		kept := parseHTML(t, post(t, h, "/preview", answer).Body)
		if conflict(kept) || textOf(kept) != edited {
			t.Errorf("keep: conflict %v, text %q; want the edit and no question", conflict(kept), textOf(kept))
		}
		// Once kept, the same form does not ask again.
		again := parseHTML(t, post(t, h, "/edit", formValues(kept, "download-form")).Body)
		if conflict(parseHTML(t, post(t, h, "/preview", formValues(again, "letter-form")).Body)) {
			t.Error("the preview asks again about an edit the user chose to keep")
		}

		answer.Set("edit_choice", "rewrite")
		rewritten := parseHTML(t, post(t, h, "/preview", answer).Body)
		if conflict(rewritten) || textOf(rewritten) == edited || !strings.Contains(textOf(rewritten), "Jonas Berg") {
			t.Errorf("rewrite: conflict %v, text %q; want the brief letter from the form", conflict(rewritten), textOf(rewritten))
		}
	})
	t.Run("without an edit, a change of tone just rewrites", func(t *testing.T) {
		preview := formValues(parseHTML(t, post(t, h, "/preview", validForm()).Body), "download-form")
		form := formValues(parseHTML(t, post(t, h, "/edit", preview).Body), "letter-form")
		form.Set("tone", "brief")
		doc := parseHTML(t, post(t, h, "/preview", form).Body)
		if conflict(doc) || textOf(doc) == preview.Get("letter") {
			t.Errorf("conflict %v; the text box should hold the brief letter", conflict(doc))
		}
	})
	t.Run("a script's post of subject and letter without a base keeps them", func(t *testing.T) {
		form := validForm()
		form.Set("letter", edited)
		doc := parseHTML(t, post(t, h, "/preview", form).Body)
		if conflict(doc) || textOf(doc) != edited {
			t.Errorf("conflict %v, text %q; want the posted text", conflict(doc), textOf(doc))
		}
	})
}
