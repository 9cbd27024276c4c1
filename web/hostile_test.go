package web

import (
	"fmt"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/farvel/farvel/internal/i18n"
	"github.com/farvel/farvel/internal/letter"
)

// The tests in this file send what a hostile or careless client might, and
// check that every answer is a 4xx that says what is wrong in the page's
// language and gives back everything else that was typed.

// oneLineFields are the text fields that must stay on one line.
var oneLineFields = []string{
	letter.FieldSenderName, letter.FieldSenderTitle, letter.FieldCompany, letter.FieldClientName,
	letter.FieldClientEmail, letter.FieldReplacementName, letter.FieldReplacementTitle,
	letter.FieldReplacementEmail, letter.FieldReplacementPhone, letter.FieldNewEmployer,
	letter.FieldClientCompany, letter.FieldPlace,
}

// textFields are every free-text field of the form.
var textFields = append(slices.Clone(oneLineFields), letter.FieldPersonalNote, letter.FieldClientAddress)

// limits are the length limits of the text fields, in characters.
var limits = map[string]int{
	letter.FieldSenderName:       letter.MaxNameLen,
	letter.FieldSenderTitle:      letter.MaxTitleLen,
	letter.FieldCompany:          letter.MaxCompanyLen,
	letter.FieldClientName:       letter.MaxCompanyLen,
	letter.FieldClientEmail:      letter.MaxEmailLen,
	letter.FieldReplacementName:  letter.MaxNameLen,
	letter.FieldReplacementTitle: letter.MaxTitleLen,
	letter.FieldReplacementEmail: letter.MaxEmailLen,
	letter.FieldReplacementPhone: letter.MaxPhoneLen,
	letter.FieldNewEmployer:      letter.MaxCompanyLen,
	letter.FieldPersonalNote:     letter.MaxNoteLen,
	letter.FieldClientCompany:    letter.MaxCompanyLen,
	letter.FieldClientAddress:    letter.MaxAddressLen,
	letter.FieldPlace:            letter.MaxPlaceLen,
	letter.FieldSubject:          letter.MaxSubjectLen,
	letter.FieldLetter:           letter.MaxLetterLen,
}

// badInput is a submission with something wrong, and the errors it must get.
type badInput struct {
	name string
	path string // /preview unless set
	edit func(url.Values)
	want []letter.FieldError
}

func fieldErr(field string, code letter.Code) letter.FieldError {
	return letter.FieldError{Field: field, Code: code}
}

// badInputs lists the cases: each one a form that is valid but for the
// edit.
func badInputs() []badInput {
	var cases []badInput
	set := func(field, value string) func(url.Values) {
		return func(v url.Values) { v.Set(field, value) }
	}
	add := func(name string, edit func(url.Values), want ...letter.FieldError) {
		cases = append(cases, badInput{name: name, edit: edit, want: want})
	}

	// Every required field missing, one at a time, blank, and all at once.
	for _, field := range []string{letter.FieldSenderName, letter.FieldCompany, letter.FieldDepartureDate, letter.FieldReplacementName} {
		add(field+" missing", func(v url.Values) { v.Del(field) }, fieldErr(field, letter.Required))
		add(field+" blank", set(field, " \t "), fieldErr(field, letter.Required))
	}
	add("neither email nor phone", func(v url.Values) {
		v.Del(letter.FieldReplacementEmail)
		v.Set(letter.FieldReplacementPhone, "  ")
	}, fieldErr(letter.FieldReplacementEmail, letter.NeedEmailOrPhone))
	add("every required field missing", func(v url.Values) {
		for _, f := range []string{letter.FieldSenderName, letter.FieldCompany, letter.FieldDepartureDate,
			letter.FieldReplacementName, letter.FieldReplacementEmail, letter.FieldReplacementPhone} {
			v.Del(f)
		}
	},
		fieldErr(letter.FieldSenderName, letter.Required), fieldErr(letter.FieldCompany, letter.Required),
		fieldErr(letter.FieldDepartureDate, letter.Required), fieldErr(letter.FieldReplacementName, letter.Required),
		fieldErr(letter.FieldReplacementEmail, letter.NeedEmailOrPhone))

	// Every length limit plus one character. "ø" is two bytes: the limits
	// count characters.
	for _, field := range textFields {
		limit := limits[field]
		value := strings.Repeat("ø", limit+1)
		switch field {
		case letter.FieldClientEmail, letter.FieldReplacementEmail:
			value = strings.Repeat("o", limit+1-len("@kunde.no")) + "@kunde.no"
		case letter.FieldReplacementPhone:
			value = strings.Repeat("4", limit+1)
		}
		add(fmt.Sprintf("%s of %d characters", field, limit+1), set(field, value),
			letter.FieldError{Field: field, Code: letter.TooLong, Limit: limit})
	}

	// Invalid UTF-8 in every field.
	for _, field := range textFields {
		add(field+" not UTF-8", set(field, "Kari \xff\xfe Nordmann"), fieldErr(field, letter.InvalidUTF8))
	}
	add("date not UTF-8", set(letter.FieldDepartureDate, "2027-10-0\xff"), fieldErr(letter.FieldDepartureDate, letter.InvalidDate))
	add("years not UTF-8", set(letter.FieldYears, "\xc36"), fieldErr(letter.FieldYears, letter.NotANumber))
	add("tone not UTF-8", set(letter.FieldTone, "formal\xff"), fieldErr(letter.FieldTone, letter.InvalidChoice))
	add("lang not UTF-8", set(letter.FieldLang, "n\xffb"), fieldErr(letter.FieldLang, letter.InvalidChoice))

	// Control characters, and line breaks where one line belongs: a
	// header injection in an email address or a name.
	for _, field := range oneLineFields {
		add(field+" with CR LF", set(field, "ola@kunde.no\r\nBcc: alle@example.com"), fieldErr(field, letter.ControlChars))
		add(field+" with a NUL", set(field, "Kari\x00Nordmann"), fieldErr(field, letter.ControlChars))
	}
	for name, value := range map[string]string{
		"LF": "Kari\nNordmann", "CR": "Kari\rNordmann", "escape": "Kari\x1b[2J", "DEL": "Kari\x7f",
		"C1 control": "Kari\u0085Nordmann", "line separator": "Kari\u2028Nordmann", "bidi override": "Kari \u202enamdroN",
	} {
		add("sender_name with "+name, set(letter.FieldSenderName, value), fieldErr(letter.FieldSenderName, letter.ControlChars))
	}
	add("personal_note with a NUL", set(letter.FieldPersonalNote, "Takk!\nHilsen\x00"), fieldErr(letter.FieldPersonalNote, letter.ControlChars))

	// Characters that show nothing are no value, and refused in an email
	// address; so is a domain that mixes look-alike alphabets.
	for _, field := range []string{letter.FieldSenderName, letter.FieldCompany, letter.FieldReplacementName} {
		add(field+" of invisible characters", set(field, "\u200b \ufeff\u3164\u2800\u00ad"), fieldErr(field, letter.Required))
	}
	add("zero-width space in an email", set(letter.FieldReplacementEmail, "kari\u200b@fjord.no"), fieldErr(letter.FieldReplacementEmail, letter.InvalidEmail))
	add("email domain with a Cyrillic о", set(letter.FieldClientEmail, "ola@kunde.nо"), fieldErr(letter.FieldClientEmail, letter.MixedScript))

	// Markup and template syntax in every field: the text fields take it as
	// text (and must give it back as typed, so it is escaped); the others
	// reject it.
	for _, markup := range []string{`<script>alert(1)</script>`, `"><img src=x onerror=alert(1)>`, `{{.SenderName}} {{template "x"}}`} {
		add("markup "+markup, func(v url.Values) {
			for _, f := range append(slices.Clone(textFields), letter.FieldLang, letter.FieldTone, letter.FieldDepartureDate, letter.FieldYears) {
				v.Set(f, markup)
			}
		},
			fieldErr(letter.FieldLang, letter.InvalidChoice), fieldErr(letter.FieldTone, letter.InvalidChoice),
			fieldErr(letter.FieldClientEmail, letter.InvalidEmail), fieldErr(letter.FieldDepartureDate, letter.InvalidDate),
			fieldErr(letter.FieldReplacementEmail, letter.InvalidEmail), fieldErr(letter.FieldReplacementPhone, letter.InvalidPhone),
			fieldErr(letter.FieldYears, letter.NotANumber))
	}

	// Impossible, malformed, past and far-off dates (the tests run on
	// 1 September 2027).
	for _, date := range []string{"2027-02-30", "2027-13-01", "99999-01-01", "0000-00-00", "2027-10-8", "08.10.2027", "2027-10-08T00:00:00Z", "i morgen"} {
		add("date "+date, set(letter.FieldDepartureDate, date), fieldErr(letter.FieldDepartureDate, letter.InvalidDate))
	}
	for _, date := range []string{"2027-08-31", "1970-01-01", "0001-01-01"} {
		add("date in the past "+date, set(letter.FieldDepartureDate, date), fieldErr(letter.FieldDepartureDate, letter.DateInPast))
	}
	add("date too far ahead", set(letter.FieldDepartureDate, "2029-09-02"),
		letter.FieldError{Field: letter.FieldDepartureDate, Code: letter.DateTooFar, Limit: letter.MaxDaysAhead})

	// Choices Farvel does not have.
	for _, tone := range []string{"rude", "FORMAL", "formal,warm"} {
		add("tone "+tone, set(letter.FieldTone, tone), fieldErr(letter.FieldTone, letter.InvalidChoice))
	}
	for _, lang := range []string{"sv", "nb-NO", "EN", "../en"} {
		add("lang "+lang, set(letter.FieldLang, lang), fieldErr(letter.FieldLang, letter.InvalidChoice))
	}
	for _, format := range []string{"exe", "PDF", "doc", "eml\r\nX: y", "../../etc/passwd", "txt\x00"} {
		cases = append(cases, badInput{name: "format " + strings.TrimSpace(format), path: "/download",
			edit: set(letter.FieldFormat, format), want: []letter.FieldError{fieldErr(letter.FieldFormat, letter.InvalidChoice)}})
	}

	// Numbers out of range and not numbers.
	for _, years := range []string{"-1", "61", "99999999999999999999"} {
		add("years="+years, set(letter.FieldYears, years), letter.FieldError{Field: letter.FieldYears, Code: letter.OutOfRange, Limit: letter.MaxYears})
	}
	for _, years := range []string{"six", "1e9", "6.5", "0x10", "+6", "٦", "6 år"} {
		add("years="+years, set(letter.FieldYears, years), fieldErr(letter.FieldYears, letter.NotANumber))
	}

	// A duplicated key: the last value counts, as everywhere in the form.
	add("duplicated key, last blank", func(v url.Values) { v.Add(letter.FieldSenderName, "") }, fieldErr(letter.FieldSenderName, letter.Required))
	add("duplicated key, last not a number", func(v url.Values) { v.Add(letter.FieldYears, "six") }, fieldErr(letter.FieldYears, letter.NotANumber))

	// 150 keys the form does not know, beside a missing field. (Far more
	// is no form: the 400 page, see TestTooManyFieldsAreRefused.)
	add("150 unknown keys", func(v url.Values) {
		for i := range 150 {
			v.Set(fmt.Sprintf("x%d", i), "")
		}
		v.Del(letter.FieldCompany)
	}, fieldErr(letter.FieldCompany, letter.Required))

	// The edited text on download: too long, not UTF-8, a header injection.
	for _, field := range []string{letter.FieldSubject, letter.FieldLetter} {
		limit := limits[field]
		cases = append(cases,
			badInput{name: fmt.Sprintf("%s of %d characters", field, limit+1), path: "/download",
				edit: set(field, strings.Repeat("å", limit+1)), want: []letter.FieldError{{Field: field, Code: letter.TooLong, Limit: limit}}},
			badInput{name: field + " not UTF-8", path: "/download",
				edit: set(field, "Hei \xff"), want: []letter.FieldError{fieldErr(field, letter.InvalidUTF8)}},
		)
	}
	cases = append(cases, badInput{name: "subject with CR LF", path: "/download",
		edit: set(letter.FieldSubject, "Hei\r\nBcc: alle@example.com"), want: []letter.FieldError{fieldErr(letter.FieldSubject, letter.ControlChars)}})
	return cases
}

// TestBadInput sends each bad submission in every language and checks the
// answer: 422, each error beside its field and in the summary, worded in the
// page's language, and every other value given back as typed.
func TestBadInput(t *testing.T) {
	h, _ := newTestHandler(t)
	for _, lang := range letter.Langs {
		cat := i18n.For(lang)
		for _, tc := range badInputs() {
			t.Run(string(lang)+"/"+tc.name, func(t *testing.T) {
				form := validForm()
				form.Set(letter.FieldLang, string(lang))
				tc.edit(form)
				path := tc.path
				if path == "" {
					path = "/preview"
				}
				// The browser's language is the page's: it decides when
				// the form's lang is itself the bad input.
				rec := send(t, h, http.MethodPost, path, formType, form.Encode(), lang)
				if rec.Code != http.StatusUnprocessableEntity {
					t.Fatalf("status %d, want 422", rec.Code)
				}
				if cd := rec.Header().Get("Content-Disposition"); cd != "" {
					t.Fatalf("a file was sent: %s", cd)
				}
				doc := parseHTML(t, rec.Body)
				checkPageLang(t, doc, lang)

				var errFields []string
				for _, want := range tc.want {
					errFields = append(errFields, want.Field)
					wantMsg := i18n.FieldMessage(cat, want)
					if got := doc.Find("#" + want.Field + "-error").Text(); !strings.Contains(got, wantMsg) {
						t.Errorf("beside %s: %q, want %q", want.Field, strings.TrimSpace(got), wantMsg)
					}
					if !strings.Contains(doc.Find(".error-summary").Text(), wantMsg) {
						t.Errorf("the summary lacks %q", wantMsg)
					}
				}
				if n := doc.Find(".field-error:not([aria-hidden])").Length(); n != len(tc.want) {
					t.Errorf("%d field errors, want %d: %s", n, len(tc.want), doc.Find(".error-summary").Text())
				}

				// Every other value comes back as typed. The form page holds
				// the draft; a failed download's page holds it hidden beside
				// the edited text.
				formID := "letter-form"
				if path == "/download" {
					formID = "download-form"
				}
				got := except(formValues(doc, formID), errFields)
				want := except(known(form, formID), errFields)
				if got.Encode() != want.Encode() {
					t.Errorf("values not kept:\n got %v\nwant %v", got, want)
				}
				for _, field := range []string{letter.FieldSenderName, letter.FieldYears} {
					if n := len(formValues(doc, formID)[field]); n > 1 {
						t.Errorf("%s is in the form %d times", field, n)
					}
				}
				checkNoInjectedMarkup(t, doc)
			})
		}
	}
}

// TestDuplicatedKeyLastCounts: of two values for one field, the last is
// used, also when it is the valid one.
func TestDuplicatedKeyLastCounts(t *testing.T) {
	h, _ := newTestHandler(t)
	form := validForm()
	form[letter.FieldYears] = []string{"six", "6"}
	form[letter.FieldSenderName] = []string{"Ola", "Kari Nordmann"}
	rec := post(t, h, "/preview", form)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d, want 200", rec.Code)
	}
	text := parseHTML(t, rec.Body).Find("article.letter").Text()
	if !strings.Contains(text, "Kari Nordmann") || strings.Contains(text, "Ola\n") {
		t.Errorf("the letter does not use the last sender_name:\n%s", text)
	}
}

// TestLongestFormFits: every text field at its limit, in four-byte
// characters (twelve bytes each, percent-encoded), passes: the limits count
// characters, and the body limit never refuses a form within them. The
// character is a letter (a name needs one): U+2070E, a CJK ideograph.
func TestLongestFormFits(t *testing.T) {
	h, _ := newTestHandler(t)
	form := validForm()
	for _, field := range []string{letter.FieldSenderName, letter.FieldSenderTitle, letter.FieldCompany, letter.FieldClientName,
		letter.FieldReplacementName, letter.FieldReplacementTitle, letter.FieldNewEmployer, letter.FieldPersonalNote,
		letter.FieldSubject, letter.FieldLetter} {
		form.Set(field, strings.Repeat("\U0002070e", limits[field]))
	}
	form.Set(letter.FieldClientEmail, strings.Repeat("o", letter.MaxEmailLen-len("@kunde.no"))+"@kunde.no")
	for _, path := range []string{"/preview", "/edit", "/download"} {
		if rec := post(t, h, path, form); rec.Code != http.StatusOK {
			t.Fatalf("%s of %d bytes: status %d, want 200: %s", path, len(form.Encode()), rec.Code,
				parseHTML(t, rec.Body).Find(".error-summary").Text())
		}
	}
}

// TestTextIsCleaned: invisible characters are dropped from the letter and
// text typed decomposed is composed (and counted as composed); a Norwegian
// domain in an email address is an address like any other.
func TestTextIsCleaned(t *testing.T) {
	h, _ := newTestHandler(t)
	form := validForm()
	form.Set(letter.FieldSenderName, "\u200bKari\u00ad Nordmann\ufeff")
	form.Set(letter.FieldReplacementName, "Jonas A\u030asen")
	form.Set(letter.FieldReplacementEmail, "jonas@bjørnøya.no")
	form.Set(letter.FieldCompany, strings.Repeat("a\u030a", letter.MaxCompanyLen)) // 120 characters, 240 code points
	rec := post(t, h, "/preview", form)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d, want 200: %s", rec.Code, parseHTML(t, rec.Body).Find(".error-summary").Text())
	}
	text := parseHTML(t, rec.Body).Find("article.letter").Text()
	for _, want := range []string{"Kari Nordmann", "Jonas Åsen", "jonas@bjørnøya.no", strings.Repeat("å", letter.MaxCompanyLen)} {
		if !strings.Contains(text, want) {
			t.Errorf("the letter lacks %+q:\n%s", want, text)
		}
	}
	for _, invisible := range []string{"\u200b", "\u00ad", "\ufeff", "\u030a"} {
		if strings.Contains(text, invisible) {
			t.Errorf("the letter holds %+q", invisible)
		}
	}
}

// TestMarkupStaysText: markup in every text field of a valid form is shown
// in the letter as the characters typed, and never becomes an element.
func TestMarkupStaysText(t *testing.T) {
	h, _ := newTestHandler(t)
	const markup = `"><img src=x onerror=alert(1)><script>alert(2)</script>{{.X}}`
	form := validForm()
	for _, field := range []string{letter.FieldSenderName, letter.FieldSenderTitle, letter.FieldCompany,
		letter.FieldClientName, letter.FieldReplacementName, letter.FieldReplacementTitle, letter.FieldPersonalNote} {
		form.Set(field, markup)
	}
	rec := post(t, h, "/preview", form)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, parseHTML(t, rec.Body).Find(".error-summary").Text())
	}
	doc := parseHTML(t, rec.Body)
	checkNoInjectedMarkup(t, doc)
	if !strings.Contains(doc.Find("article.letter").Text(), markup) {
		t.Error("the letter does not show the typed text as text")
	}
	if got := formValues(doc, "download-form").Get(letter.FieldSenderName); got != markup {
		t.Errorf("the hidden sender_name is %q", got)
	}

	dl := post(t, h, "/download", form)
	if dl.Code != http.StatusOK || dl.Header().Get("Content-Type") != "text/plain; charset=utf-8" ||
		dl.Header().Get("X-Content-Type-Options") != "nosniff" {
		t.Fatalf("download: %d %q", dl.Code, dl.Header().Get("Content-Type"))
	}
	if cd := dl.Header().Get("Content-Disposition"); strings.ContainsAny(cd, `<>"{}`) {
		t.Errorf("the file name carries markup: %s", cd)
	}
}

// TestRequestsThatAreNotForms: what cannot be read as the form gets a page
// of its own, with the right status, in the browser's language, and never
// a 5xx.
func TestRequestsThatAreNotForms(t *testing.T) {
	h, _ := newTestHandler(t)
	big := validForm()
	big.Set(letter.FieldPersonalNote, strings.Repeat("a", 2<<20))
	manyKeys := func(n int) url.Values {
		form := validForm()
		for i := range n {
			form.Set(fmt.Sprintf("x%d", i), "")
		}
		return form
	}
	multiFile := func(size int) func() (string, string) {
		return func() (string, string) {
			var b strings.Builder
			mw := multipart.NewWriter(&b)
			for k, vs := range validForm() {
				mw.WriteField(k, vs[0])
			}
			fw, _ := mw.CreateFormFile("attachment", "evil.exe")
			fw.Write([]byte(strings.Repeat("M", size)))
			mw.Close()
			return mw.FormDataContentType(), b.String()
		}
	}
	multiFields := func(n int) func() (string, string) {
		return func() (string, string) {
			var b strings.Builder
			mw := multipart.NewWriter(&b)
			for k, vs := range validForm() {
				mw.WriteField(k, vs[0])
			}
			for i := range n {
				mw.WriteField(fmt.Sprintf("x%d", i), "")
			}
			mw.Close()
			return mw.FormDataContentType(), b.String()
		}
	}
	body := func(contentType, body string) func() (string, string) {
		return func() (string, string) { return contentType, body }
	}
	tests := []struct {
		name, method, path string
		body               func() (contentType, body string)
		status             int
		problem            func(i18n.Catalog) i18n.Problem // nil: a page of the app (200)
	}{
		{"2 MiB form", "POST", "/preview", body(formType, big.Encode()), 413, i18n.Catalog.TooLarge},
		{"2 MiB download", "POST", "/download", body(formType, big.Encode()), 413, i18n.Catalog.TooLarge},
		{"2 MiB multipart file", "POST", "/preview", multiFile(2 << 20), 413, i18n.Catalog.TooLarge},
		{"2 MiB of multipart fields", "POST", "/edit", multiFields(20000), 413, i18n.Catalog.TooLarge},
		{"valid form and 150 unknown keys", "POST", "/preview", body(formType, manyKeys(150).Encode()), 200, nil},
		{"valid form and 5000 unknown keys", "POST", "/preview", body(formType, manyKeys(5000).Encode()), 400, i18n.Catalog.BadRequest},
		{"valid multipart form and a small file", "POST", "/preview", multiFile(1000), 200, nil},
		{"JSON", "POST", "/preview", body("application/json", `{"sender_name":"Kari"}`), 415, i18n.Catalog.UnsupportedMediaType},
		{"plain text", "POST", "/download", body("text/plain", validForm().Encode()), 415, i18n.Catalog.UnsupportedMediaType},
		{"XML", "POST", "/edit", body("application/xml", "<form/>"), 415, i18n.Catalog.UnsupportedMediaType},
		{"no content type", "POST", "/preview", body("", validForm().Encode()), 415, i18n.Catalog.UnsupportedMediaType},
		{"unparsable content type", "POST", "/preview", body("form; ;;==", validForm().Encode()), 415, i18n.Catalog.UnsupportedMediaType},
		{"multipart without boundary", "POST", "/preview", body("multipart/form-data", "--x\r\n"), 400, i18n.Catalog.BadRequest},
		{"broken percent-encoding", "POST", "/preview", body(formType, "sender_name=%zz&company=%"), 400, i18n.Catalog.BadRequest},
	}
	for _, path := range []string{"/preview", "/edit", "/download"} {
		for _, method := range []string{"GET", "PUT", "DELETE", "PATCH"} {
			tests = append(tests, struct {
				name, method, path string
				body               func() (string, string)
				status             int
				problem            func(i18n.Catalog) i18n.Problem
			}{method + " " + path, method, path, body(formType, validForm().Encode()), 405, i18n.Catalog.MethodNotAllowed})
		}
	}
	for _, lang := range letter.Langs {
		for _, tt := range tests {
			t.Run(string(lang)+"/"+tt.name, func(t *testing.T) {
				contentType, b := tt.body()
				rec := send(t, h, tt.method, tt.path, contentType, b, lang)
				if rec.Code != tt.status {
					t.Fatalf("status %d, want %d", rec.Code, tt.status)
				}
				if ct := rec.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
					t.Errorf("Content-Type %q", ct)
				}
				doc := parseHTML(t, rec.Body)
				if tt.problem == nil {
					if doc.Find("article.letter").Length() != 1 {
						t.Error("no letter on the page")
					}
					return
				}
				// A body that cannot be read has no lang to go by: the
				// browser's language decides.
				checkPageLang(t, doc, lang)
				want := tt.problem(i18n.For(lang)).Title
				if got := doc.Find("h1").Text(); !strings.Contains(got, want) {
					t.Errorf("h1 %q, want %q", got, want)
				}
				if tt.status == http.StatusMethodNotAllowed && rec.Header().Get("Allow") != "POST" {
					t.Errorf("Allow %q, want POST", rec.Header().Get("Allow"))
				}
			})
		}
	}
}

const formType = "application/x-www-form-urlencoded"

// send makes a request as a browser on the same site whose language is lang.
func send(t testing.TB, h http.Handler, method, path, contentType, body string, lang letter.Lang) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	req.Header.Set("Accept-Language", string(lang))
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func checkPageLang(t *testing.T, doc *goquery.Document, lang letter.Lang) {
	t.Helper()
	if got, _ := doc.Find("html").Attr("lang"); got != string(lang) {
		t.Errorf("page language %q, want %q", got, lang)
	}
}

// checkNoInjectedMarkup fails when the page has an element or an event
// handler the app does not write: an image, an inline script, an on…
// attribute.
func checkNoInjectedMarkup(t *testing.T, doc *goquery.Document) {
	t.Helper()
	if n := doc.Find("img").Length(); n > 0 {
		t.Errorf("%d img elements on the page", n)
	}
	doc.Find("script").Each(func(_ int, s *goquery.Selection) {
		if src, _ := s.Attr("src"); !strings.HasPrefix(src, "/static/") || strings.TrimSpace(s.Text()) != "" {
			html, _ := goquery.OuterHtml(s)
			t.Errorf("a script that is not the app's: %s", html)
		}
	})
	doc.Find("*").Each(func(_ int, s *goquery.Selection) {
		for _, a := range s.Nodes[0].Attr {
			if strings.HasPrefix(strings.ToLower(a.Key), "on") {
				t.Errorf("an event handler attribute: %s=%q", a.Key, a.Val)
			}
		}
	})
}

// known keeps the values of form a page is expected to give back: the draft
// on the form page, and also the edited text on the preview. Empty values
// and keys the form does not have are left out.
func known(form url.Values, formID string) url.Values {
	fields := []string{letter.FieldLang, letter.FieldTone, letter.FieldSameIndustry, letter.FieldCompetitor,
		letter.FieldPhoneFollowup, letter.FieldManagerOK, letter.FieldDepartureDate, letter.FieldYears}
	fields = append(fields, textFields...)
	if formID == "download-form" {
		fields = append(fields, letter.FieldSubject, letter.FieldLetter)
	}
	out := url.Values{}
	for _, f := range fields {
		if vs := form[f]; len(vs) > 0 && vs[len(vs)-1] != "" {
			out.Set(f, vs[len(vs)-1]) // the last value counts
		}
	}
	return out
}

// except drops fields, and empty values, from v.
func except(v url.Values, fields []string) url.Values {
	out := withoutEmpty(v)
	for _, f := range fields {
		out.Del(f)
	}
	return out
}
