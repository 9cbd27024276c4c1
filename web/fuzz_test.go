package web

import (
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/farvel/farvel/internal/letter"
)

// The fuzz targets go through the whole app, as a client does: decode →
// validate → compose → render or export. Whatever comes in, the answer is
// never a 5xx (a panic is one: recoverPanics turns it into a 500), never
// markup the user wrote, never a file name outside [a-z0-9._-], and never
// much larger than what was sent.

// fileNameRE is what a download's file name may be.
var fileNameRE = regexp.MustCompile(`^[a-z0-9._-]+$`)

// maxResponse bounds the answer to a request of n bytes: the page itself,
// and each value shown a few times, escaped.
func maxResponse(n int) int { return 32<<10 + 16*n }

var fuzzRoutes = []string{"/preview", "/edit", "/download"}

// marker is added to the fields shown on every page, so that each page
// carries user text with a "<": it must always come out escaped.
const marker = "<fz-"

// FuzzForm posts a form built from fuzzed values.
func FuzzForm(f *testing.F) {
	f.Add("nb", "formal", "Kari Nordmann", "Fjord Kontor AS", "2027-10-08", "Jonas Berg", "jonas@fjord.no", "41234567", "6",
		"Hilsen alle!", "", "", "txt", uint8(15), uint8(0))
	f.Add("en", "warm", "Sofie", "Acme Inc.", "2028-04-12", "Ahmed", "", "+44 20 7946 0958", "",
		"", "Nytt fra meg", "Hei,\r\n\r\nTakk.", "", uint8(3), uint8(2))
	f.Add("en", "brief", `"><img src=x onerror=alert(1)>`, "<script>alert(1)</script>", "2027-09-01", "{{.X}}",
		"a@b.no", "", "0", "</textarea><b>", "</title>", "<!--", "txt", uint8(255), uint8(2))
	f.Add("xx", "", "\xff\xfe", "Kari\r\nBcc: x@y.no", "2027-02-30", "\x00", "a@b", "12", "1e9",
		"\u202e", "\r\n", "\x00", "exe", uint8(0), uint8(0))
	f.Add("nb", "brief", strings.Repeat("ø", 101), "Æ", "99999-01-01", " ", "ola@kunde.no\r\n", "+47 41234567", "-1",
		strings.Repeat("a", 401), strings.Repeat("s", 301), "Hei", "", uint8(8), uint8(1))
	f.Add("nb", "warm", "Kari", "Fjord", "2027-10-08", "Jonas", "", "41234567", "60",
		"", "Emne\twith tab", "Hei\n\n\n\nKari", "txt", uint8(6), uint8(2))
	f.Add("en ", " brief", "Kari\u200b No\u0308rdmann", "\ufeffFjord\u00ad", "2027-10-08", "\u3164", "kari@fjоrd.no", "412\u200b34567", "6",
		"A\u030a\u2060", "Emne\u200b", "Hei\u2800", "txt", uint8(8), uint8(0))

	h, _ := newTestHandler(f)
	f.Fuzz(func(t *testing.T, lang, tone, name, company, date, replacement, email, phone, years, note, subject, body, format string, flags, route uint8) {
		form := url.Values{
			letter.FieldLang: {lang}, letter.FieldTone: {tone},
			letter.FieldSenderName: {name}, letter.FieldSenderTitle: {marker + "sender_title>" + name},
			letter.FieldCompany: {company}, letter.FieldClientName: {replacement + marker + "client>"},
			letter.FieldClientEmail: {email}, letter.FieldDepartureDate: {date},
			letter.FieldReplacementName: {replacement}, letter.FieldReplacementTitle: {marker + "title>"},
			letter.FieldReplacementEmail: {email}, letter.FieldReplacementPhone: {phone},
			letter.FieldYears: {years}, letter.FieldNewEmployer: {company + marker + "employer>"},
			letter.FieldPersonalNote: {note},
			letter.FieldSubject:      {subject}, letter.FieldLetter: {body}, letter.FieldFormat: {format},
		}
		for i, box := range []string{letter.FieldSameIndustry, letter.FieldCompetitor, letter.FieldPhoneFollowup, letter.FieldManagerOK} {
			if flags&(1<<i) != 0 {
				form.Set(box, "on")
			}
		}
		path := fuzzRoutes[int(route)%len(fuzzRoutes)]
		encoded := form.Encode()
		rec := send(t, h, http.MethodPost, path, formType, encoded, letter.Norwegian)
		checkAnswer(t, rec, len(encoded))

		if rec.Code != http.StatusOK && rec.Code != http.StatusUnprocessableEntity ||
			!strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
			return // a file, or a page that could not read the form
		}
		out := rec.Body.String()
		if !strings.Contains(out, "&lt;fz-") {
			t.Fatalf("%s %d: the user's text is not on the page", path, rec.Code)
		}
		// Every clean value comes back exactly as typed: nothing broke out
		// of its attribute or textarea.
		doc := parseHTML(t, strings.NewReader(out))
		formID := "letter-form"
		if doc.Find("#"+formID).Length() == 0 {
			formID = "download-form"
		}
		got := formValues(doc, formID)
		for _, field := range textFields {
			if want := form.Get(field); clean(want) && got.Get(field) != want {
				t.Fatalf("%s: %s came back as %q, typed %q", path, field, got.Get(field), want)
			}
		}
	})
}

// FuzzBody posts raw bytes under each content type the app reads, and some
// it does not.
func FuzzBody(f *testing.F) {
	valid := validForm().Encode()
	f.Add([]byte(valid), uint8(0), uint8(0))
	f.Add([]byte(valid+"&sender_name=&years=six&x=1&x=2"), uint8(0), uint8(1))
	f.Add([]byte("sender_name=%zz&company=%"), uint8(0), uint8(2))
	f.Add([]byte("Draft=x&Draft.SenderName=y&sender_name.0=z&subject[0]=a&.=b&SENDER_NAME=c"), uint8(0), uint8(0))
	f.Add([]byte("--fuzzboundary\r\nContent-Disposition: form-data; name=\"sender_name\"\r\n\r\nKari\r\n"+
		"--fuzzboundary\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.exe\"\r\nContent-Type: application/octet-stream\r\n\r\nMZ\x00\x01\r\n"+
		"--fuzzboundary--\r\n"), uint8(1), uint8(0))
	f.Add([]byte("--fuzzboundary\r\nContent-Disposition: form-data; name=\"company\r\n\r\n"), uint8(1), uint8(2))
	f.Add([]byte(`{"sender_name":"Kari"}`), uint8(2), uint8(0))
	f.Add([]byte{}, uint8(3), uint8(1))

	contentTypes := []string{formType, "multipart/form-data; boundary=fuzzboundary", "application/json", "", "multipart/form-data"}
	h, _ := newTestHandler(f)
	f.Fuzz(func(t *testing.T, body []byte, contentType, route uint8) {
		ct := contentTypes[int(contentType)%len(contentTypes)]
		path := fuzzRoutes[int(route)%len(fuzzRoutes)]
		rec := send(t, h, http.MethodPost, path, ct, string(body), letter.English)
		checkAnswer(t, rec, len(body))
	})
}

// checkAnswer holds for every answer to a request of n bytes.
func checkAnswer(t *testing.T, rec *httptest.ResponseRecorder, n int) {
	t.Helper()
	switch rec.Code {
	case http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge,
		http.StatusUnsupportedMediaType, http.StatusUnprocessableEntity:
	default:
		t.Fatalf("status %d", rec.Code)
	}
	if size := rec.Body.Len(); size > maxResponse(n) {
		t.Fatalf("%d bytes in answer to %d", size, n)
	}
	cd := rec.Header().Get("Content-Disposition")
	if cd == "" {
		if ct := rec.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
			t.Fatalf("status %d with Content-Type %q", rec.Code, ct)
		}
		// A page: the user's markup is text in it. (A downloaded file is
		// plain text and holds it as typed.)
		if out := rec.Body.String(); strings.Contains(out, marker) {
			i := strings.Index(out, marker)
			t.Fatalf("unescaped user markup: …%s…", out[max(0, i-80):min(len(out), i+80)])
		}
		return
	}
	if rec.Code != http.StatusOK {
		t.Fatalf("a file with status %d", rec.Code)
	}
	disposition, params, err := mime.ParseMediaType(cd)
	if err != nil || disposition != "attachment" {
		t.Fatalf("Content-Disposition %q: %v", cd, err)
	}
	if name := params["filename"]; !fileNameRE.MatchString(name) {
		t.Fatalf("file name %q", name)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "text/plain; charset=utf-8" {
		t.Fatalf("a file of type %q", ct)
	}
	if !utf8.Valid(rec.Body.Bytes()) {
		t.Fatal("the file is not UTF-8")
	}
}

// clean reports a value that HTML gives back byte for byte: valid UTF-8
// without control characters (the parser turns NUL into U+FFFD, CR LF into
// LF, and drops a textarea's first newline).
func clean(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			return false
		}
	}
	return true
}

func TestFuzzHelpers(t *testing.T) {
	for name, ok := range map[string]bool{
		"farvel-fjord-kontor-ola-2027-10-08.txt": true, "farvel.txt": true,
		"Farvel.txt": false, "farvel ola.txt": false, "../farvel.txt": false, "farvel\".txt": false, "": false,
	} {
		if fileNameRE.MatchString(name) != ok {
			t.Errorf("file name %q: match %v, want %v", name, !ok, ok)
		}
	}
	if !clean("Kari <b>") || clean("Kari\n") || clean("\xff") {
		t.Error("clean")
	}
}
