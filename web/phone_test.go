package web

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// postFrom sends form to path from a browser that says acceptLanguage.
func postFrom(t *testing.T, h http.Handler, path, acceptLanguage string, form url.Values, live bool) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	if acceptLanguage != "" {
		req.Header.Set("Accept-Language", acceptLanguage)
	}
	if live {
		req.Header.Set(liveHeader, "1")
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// TestPhoneReadInTheBrowsersRegion: a number without + is read in the
// region of the browser's language, else of the letter's, then as
// Norwegian; one with + passes everywhere. The preview, the live preview
// and the download read it alike.
func TestPhoneReadInTheBrowsersRegion(t *testing.T) {
	h, _ := newTestHandler(t)
	tests := []struct {
		name, lang, acceptLanguage, phone string
		written                           string // as the letter writes it; "" when refused
	}{
		{"UK number, English letter, en-GB", "en", "en-GB,en;q=0.9", "020 7946 0958", "+44 20 7946 0958"},
		{"UK number, English letter, en without region", "en", "en", "020 7946 0958", "+44 20 7946 0958"},
		{"UK number, English letter, no Accept-Language", "en", "", "020 7946 0958", "+44 20 7946 0958"},
		{"UK number, bokmål letter, en-GB", "nb", "en-GB", "020 7946 0958", "+44 20 7946 0958"},
		{"UK number, bokmål letter, nb-NO", "nb", "nb-NO,nb;q=0.9", "020 7946 0958", ""},
		{"UK number, English letter, nb-NO", "en", "nb-NO", "020 7946 0958", ""},
		{"Norwegian number, bokmål letter, nb-NO", "nb", "nb-NO", "412 34 567", "41 23 45 67"},
		{"Norwegian number, bokmål letter, en-US", "nb", "en-US,en;q=0.9", "412 34 567", "41 23 45 67"},
		{"Norwegian number, English letter, en-GB", "en", "en-GB", "412 34 567", "+47 41 23 45 67"},
		{"Swedish number, sv-SE", "nb", "sv-SE", "08-123 456 78", "+46 8 123 456 78"},
		{"German number, de-DE", "en", "de-DE", "030 123456", "+49 30 123456"},
	}
	for _, lang := range []string{"nb", "nn", "en"} {
		for _, al := range []string{"", "nb-NO", "en-GB", "en", "sv-SE", "de-DE", "en-US"} {
			tests = append(tests, struct{ name, lang, acceptLanguage, phone, written string }{
				"UK number with +, " + lang + ", " + al, lang, al, "+44 20 7946 0958", "+44 20 7946 0958"})
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			form := validForm()
			form.Set("lang", tt.lang)
			form.Set("replacement_phone", tt.phone)
			preview := postFrom(t, h, "/preview", tt.acceptLanguage, form, false)
			live := postFrom(t, h, "/preview", tt.acceptLanguage, form, true)
			download := postFrom(t, h, "/download", tt.acceptLanguage, form, false)
			if tt.written == "" {
				for name, rec := range map[string]*httptest.ResponseRecorder{"preview": preview, "live preview": live, "download": download} {
					if rec.Code != http.StatusUnprocessableEntity {
						t.Errorf("%s: status %d, want 422", name, rec.Code)
					}
				}
				if parseHTML(t, preview.Body).Find("#replacement_phone-error").Length() == 0 {
					t.Error("the preview's 422 shows no error beside the phone")
				}
				return
			}
			for name, rec := range map[string]*httptest.ResponseRecorder{"preview": preview, "live preview": live, "download": download} {
				if rec.Code != http.StatusOK {
					t.Fatalf("%s: status %d, want 200", name, rec.Code)
				}
			}
			if letter := parseHTML(t, preview.Body).Find("article.letter").Text(); !strings.Contains(letter, tt.written) {
				t.Errorf("the letter does not give the number as %q:\n%s", tt.written, letter)
			}
			if !strings.Contains(download.Body.String(), tt.written) {
				t.Errorf("the download does not give the number as %q", tt.written)
			}
		})
	}
}

// TestPhoneHintNamesTheRegion: the hint under the phone field says in which
// region a number without + is read: on the empty form, the form back from
// the preview and the form with errors.
func TestPhoneHintNamesTheRegion(t *testing.T) {
	h, _ := newTestHandler(t)
	hint := func(t *testing.T, rec *httptest.ResponseRecorder) string {
		t.Helper()
		doc := parseHTML(t, rec.Body)
		if by, _ := doc.Find("#replacement_phone").Attr("aria-describedby"); !strings.Contains(by, "replacement_phone-hint") {
			t.Errorf("the phone field is not described by its hint: %q", by)
		}
		return doc.Find("#replacement_phone-hint").Text()
	}
	tests := []struct {
		target, acceptLanguage, want string
	}{
		{"/", "nb-NO,nb;q=0.9", "Uten +, leses nummeret som norsk. Andre land med +, for eksempel +44."},
		{"/", "", "Uten +, leses nummeret som norsk."},
		{"/", "nn-NO", "Utan +, blir nummeret tolka som norsk."},
		{"/", "en-GB", "Without +, a number is read as British (+44), or else as Norwegian."},
		{"/", "en", "Without +, a number is read as British (+44)"},
		{"/", "en-US,en;q=0.9", "Without +, a number is read as American (+1), or else as Norwegian."},
		{"/", "sv-SE,en;q=0.5", "Without +, a number is read as Swedish (+46)"}, // the interface in English, numbers Swedish
		{"/", "de-DE,de;q=0.9", "Uten +, leses nummeret som tysk (+49), ellers som norsk."},
		{"/", "pt-BR", "Uten +, leses nummeret med landskode +55, ellers som norsk."},
		{"/?lang=en", "nb-NO", "Without +, a number is read as Norwegian (+47)."},
		{"/?lang=nb", "en-GB", "Uten +, leses nummeret som britisk (+44), ellers som norsk."},
	}
	for _, tt := range tests {
		t.Run("GET "+tt.target+" "+tt.acceptLanguage, func(t *testing.T) {
			rec := get(t, h, tt.target, "Accept-Language", tt.acceptLanguage)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d", rec.Code)
			}
			if cc := rec.Header().Get("Cache-Control"); cc != "no-store" {
				t.Errorf("Cache-Control %q", cc)
			}
			if got := hint(t, rec); !strings.Contains(got, tt.want) {
				t.Errorf("hint %q, want it to hold %q", got, tt.want)
			}
		})
	}
	t.Run("back to the form, English letter", func(t *testing.T) {
		form := validForm()
		form.Set("lang", "en")
		form.Set("ui_lang", "nb")
		for al, want := range map[string]string{"": "britisk (+44)", "en-US": "amerikansk (+1)", "nb-NO": "som norsk."} {
			if got := hint(t, postFrom(t, h, "/edit", al, form, false)); !strings.Contains(got, want) {
				t.Errorf("Accept-Language %q: hint %q, want it to hold %q", al, got, want)
			}
		}
	})
	t.Run("the form with errors", func(t *testing.T) {
		form := validForm()
		form.Set("lang", "nb")
		form.Set("replacement_phone", "020 7946 0958")
		rec := postFrom(t, h, "/preview", "nb-NO", form, false)
		if rec.Code != http.StatusUnprocessableEntity {
			t.Fatalf("status %d, want 422", rec.Code)
		}
		if got := hint(t, rec); !strings.Contains(got, "som norsk") {
			t.Errorf("hint %q, want it to say numbers are read as Norwegian", got)
		}
	})
}

// TestEmptyFormStaysPrecompressed: a browser whose region is its form
// language's own, or that names none, gets the form compressed at start-up
// (brotli is only sent from there); another region gets a form of its own,
// compressed as it is sent.
func TestEmptyFormStaysPrecompressed(t *testing.T) {
	h, _ := newTestHandler(t)
	for al, want := range map[string]string{
		"nb-NO,nb;q=0.9": "br", "no": "br", "nn-NO": "br", "en-GB": "br", "en": "br", "": "br",
		"en-US": "gzip", "sv-SE": "gzip",
	} {
		rec := get(t, h, "/", "Accept-Language", al, "Accept-Encoding", "gzip, br")
		if got := rec.Header().Get("Content-Encoding"); got != want {
			t.Errorf("Accept-Language %q: Content-Encoding %q, want %q", al, got, want)
		}
	}
}

// BenchmarkShowFormOwnRegion is the empty form for a browser whose region
// is not its language's (en-US): rendered and compressed per request, where
// BenchmarkShowForm's is sent as compressed at start-up.
func BenchmarkShowFormOwnRegion(b *testing.B) {
	h := benchHandler()
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest("GET", "/", nil)
		req.Header.Set("Accept-Language", "en-US,en;q=0.9")
		req.Header.Set("Accept-Encoding", "gzip, br")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
}
