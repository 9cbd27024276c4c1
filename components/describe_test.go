package components

import (
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/a-h/templ"
	"github.com/farvel/farvel/internal/i18n"
	"github.com/farvel/farvel/internal/letter"
)

// attr returns the attribute name of the element matched by sel, and
// whether the element has it; it fails when sel matches no single element.
func attr(t *testing.T, doc *goquery.Document, sel, name string) (string, bool) {
	t.Helper()
	s := doc.Find(sel)
	if s.Length() != 1 {
		t.Fatalf("%s matches %d elements, want 1", sel, s.Length())
	}
	return s.Attr(name)
}

// TestFormDescribesEachControl checks what a screen reader hears with each
// control: its hint and its error, by aria-describedby, and nothing that is
// not there.
func TestFormDescribesEachControl(t *testing.T) {
	errs := letter.Errors{{Field: letter.FieldSenderTitle, Code: letter.TooLong, Limit: 100}}
	doc, _ := render(t, FormView(formPage(letter.English, fullDraft(), errs)))
	for sel, want := range map[string]string{
		"#sender_title":                 "sender_title-hint sender_title-error", // a hint and an error
		"#departure_date":               "departure_date-hint",                  // a hint only
		"#personal_note":                "personal_note-hint",                   // a textarea with a hint
		"#sender_name":                  "",                                     // neither
		"#same_industry":                "same_industry-hint",                   // a checkbox with a hint
		"#manager_ok":                   "",                                     // a checkbox without one
		"#tone-warm":                    "tone-warm-hint",                       // a radio with a hint
		"#lang-nb":                      "",                                     // a radio without one
		"fieldset.radios:has(#lang-nb)": "",                                     // a group without an error
	} {
		got, ok := attr(t, doc, sel, "aria-describedby")
		if got != want || ok != (want != "") {
			t.Errorf("%s: aria-describedby = %q (present %v), want %q", sel, got, ok, want)
		}
	}
}

// TestFormMarksRequiredAndOptional checks that a required input is marked
// required and an optional one says so beside its label, and not the other
// way round.
func TestFormMarksRequiredAndOptional(t *testing.T) {
	for _, lang := range letter.Langs {
		cat := i18n.For(lang)
		doc, _ := render(t, FormView(formPage(lang, letter.Draft{}, nil)))
		for _, name := range []string{letter.FieldSenderName, letter.FieldCompany, letter.FieldDepartureDate, letter.FieldReplacementName} {
			if _, ok := attr(t, doc, "#"+name, "required"); !ok {
				t.Errorf("%s: #%s is not marked required", lang, name)
			}
			if n := doc.Find(`label[for="` + name + `"] .optional`).Length(); n != 0 {
				t.Errorf("%s: required #%s is labelled optional", lang, name)
			}
		}
		for _, name := range []string{letter.FieldSenderTitle, letter.FieldClientName, letter.FieldReplacementEmail, letter.FieldYears, letter.FieldPersonalNote} {
			if _, ok := attr(t, doc, "#"+name, "required"); ok {
				t.Errorf("%s: optional #%s is marked required", lang, name)
			}
			if got := doc.Find(`label[for="` + name + `"] .optional`).Text(); got != "("+cat.Optional()+")" {
				t.Errorf("%s: #%s label says %q, want %q", lang, name, got, "("+cat.Optional()+")")
			}
		}
	}
}

// TestFormInputKinds checks the keyboard each input asks for: years is
// text with a numeric keyboard, so "six" stays as typed to be corrected.
func TestFormInputKinds(t *testing.T) {
	doc, _ := render(t, FormView(formPage(letter.Norwegian, letter.Draft{}, nil)))
	for _, c := range []struct{ sel, typ, mode string }{
		{"#years", "text", "numeric"},
		{"#replacement_phone", "tel", "tel"},
		{"#replacement_email", "email", ""},
		{"#client_email", "email", ""},
		{"#departure_date", "date", ""},
		{"#sender_name", "text", ""},
	} {
		typ, _ := attr(t, doc, c.sel, "type")
		mode, _ := attr(t, doc, c.sel, "inputmode")
		if typ != c.typ || mode != c.mode {
			t.Errorf("%s: type %q inputmode %q, want %q and %q", c.sel, typ, mode, c.typ, c.mode)
		}
	}
}

// TestErrorSummaryLinksToRadios checks that an error on a radio group links
// to its first option, which exists, and not to the group's name.
func TestErrorSummaryLinksToRadios(t *testing.T) {
	errs := letter.Errors{{Field: letter.FieldLang, Code: letter.InvalidChoice}, {Field: letter.FieldTone, Code: letter.InvalidChoice}}
	doc, _ := render(t, FormView(formPage(letter.Norwegian, letter.Draft{Lang: "sv", Tone: "sint"}, errs)))
	links := doc.Find(".error-summary a")
	for i, want := range []string{"#lang-nb", "#tone-formal"} {
		href, _ := links.Eq(i).Attr("href")
		if href != want || doc.Find(href).Length() != 1 {
			t.Errorf("summary link %d goes to %q (%d targets), want %q", i, href, doc.Find(href).Length(), want)
		}
	}
	cat := i18n.For(letter.Norwegian)
	if got, want := links.Eq(1).Text(), cat.ToneLegend()+": "+cat.InvalidChoice(); got != want {
		t.Errorf("summary item %q, want %q: the field's label, then the message", got, want)
	}
	if ids, _ := attr(t, doc, "fieldset.radios:has(#lang-nb)", "aria-describedby"); ids != "lang-error" {
		t.Errorf("language fieldset aria-describedby = %q, want lang-error", ids)
	}
}

// TestEmptyFormChecksThePageLanguage checks that the empty form offers the
// letter in the language the page is in, and a draft's own language wins.
func TestEmptyFormChecksThePageLanguage(t *testing.T) {
	for _, c := range []struct {
		page  letter.Lang
		draft string
		want  letter.Lang
	}{
		{letter.English, "", letter.English},
		{letter.Norwegian, "", letter.Norwegian},
		{letter.Nynorsk, "", letter.Nynorsk},
		{letter.English, "nb", letter.Norwegian},
		{letter.Norwegian, "en", letter.English},
		{letter.Norwegian, "nn", letter.Nynorsk},
		{letter.Nynorsk, "nb", letter.Norwegian},
	} {
		doc, _ := render(t, FormView(formPage(c.page, letter.Draft{Lang: c.draft}, nil)))
		for _, l := range letter.Langs {
			if _, on := attr(t, doc, "#lang-"+string(l), "checked"); on != (l == c.want) {
				t.Errorf("page %s, draft lang %q: #lang-%s checked %v, want %v", c.page, c.draft, l, on, l == c.want)
			}
		}
	}
}

// TestLanguageSwitchListsEveryLanguage checks the switch on a page without
// a form and on one with: every language in the same order, each in its
// own name and marked in its own language, the page's own shown as current
// and not offered.
func TestLanguageSwitchListsEveryLanguage(t *testing.T) {
	names := []string{"Bokmål", "Nynorsk", "English"}
	for _, page := range letter.Langs {
		cat := i18n.For(page)
		for kind, c := range map[string]templ.Component{
			"error page": ErrorView(NewErrorPage(Page{T: cat}, 404, cat.NotFound())),
			"form":       FormView(formPage(page, letter.Draft{}, nil)),
		} {
			t.Run(string(page)+"/"+kind, func(t *testing.T) {
				doc, _ := render(t, c)
				items := doc.Find(".lang-switch").Children()
				if items.Length() != len(letter.Langs) {
					t.Fatalf("the switch has %d items, want %d", items.Length(), len(letter.Langs))
				}
				items.Each(func(i int, item *goquery.Selection) {
					lang := letter.Langs[i]
					if got := item.Text(); got != names[i] {
						t.Errorf("item %d reads %q, want %q", i, got, names[i])
					}
					current, _ := item.Attr("aria-current")
					if lang == page {
						if current != "true" || !item.Is("span") {
							t.Errorf("%s, the page's own, is <%s aria-current=%q>, want a span marked current", lang, goquery.NodeName(item), current)
						}
						return
					}
					if current != "" {
						t.Errorf("%s is marked current on a %s page", lang, page)
					}
					if l, _ := item.Attr("lang"); l != string(lang) {
						t.Errorf("%s is marked lang %q", lang, l)
					}
					want := "a"
					if kind == "form" {
						want = "button"
					}
					if !item.Is(want) {
						t.Errorf("%s is a <%s>, want <%s>", lang, goquery.NodeName(item), want)
					}
					if a, _ := item.Attr("formaction"); kind == "form" && !strings.HasSuffix(a, "?ui_lang="+string(lang)) {
						t.Errorf("the %s button posts to %q, want ui_lang=%s", lang, a, lang)
					}
					if href, _ := item.Attr("href"); kind != "form" && href != "/?lang="+string(lang) {
						t.Errorf("the %s link goes to %q", lang, href)
					}
				})
			})
		}
	}
}

func previewDoc(t *testing.T, page letter.Lang, l letter.Letter, body string, errs letter.Errors) *goquery.Document {
	t.Helper()
	cat := i18n.For(page)
	doc, _ := render(t, PreviewView(NewPreviewPage(Page{T: cat}, fullDraft(), l, l.Subject, body, nil, Messages(cat, errs))))
	return doc
}

// TestPreviewEditErrorsAreTiedToFields checks the edit boxes: an error marks
// its box invalid and describes it; without one, the letter box is still
// described by its length counter.
func TestPreviewEditErrorsAreTiedToFields(t *testing.T) {
	l := letter.Letter{Lang: letter.Norwegian, Subject: "Emne", Greeting: "Hei,"}
	doc := previewDoc(t, letter.Norwegian, l, "Hei", letter.Errors{
		{Field: letter.FieldSubject, Code: letter.ControlChars},
		{Field: letter.FieldLetter, Code: letter.TooLong, Limit: letter.MaxLetterLen},
	})
	for sel, want := range map[string]string{"#subject": "subject-error", "#letter": "letter-error letter-length"} {
		if v, _ := attr(t, doc, sel, "aria-invalid"); v != "true" {
			t.Errorf("%s: aria-invalid = %q", sel, v)
		}
		if ids, _ := attr(t, doc, sel, "aria-describedby"); ids != want {
			t.Errorf("%s: aria-describedby = %q, want %q", sel, ids, want)
		}
		for _, id := range strings.Fields(want) {
			if doc.Find("#"+id).Length() != 1 {
				t.Errorf("%s is described by missing #%s", sel, id)
			}
		}
	}

	doc = previewDoc(t, letter.Norwegian, l, "Hei", nil)
	for sel, want := range map[string]string{"#subject": "", "#letter": "letter-length"} {
		if _, ok := attr(t, doc, sel, "aria-invalid"); ok {
			t.Errorf("%s is marked invalid without an error", sel)
		}
		if ids, ok := attr(t, doc, sel, "aria-describedby"); ids != want || ok != (want != "") {
			t.Errorf("%s: aria-describedby = %q, want %q", sel, ids, want)
		}
	}
}

// TestLetterIsInItsOwnLanguage checks that an English letter on a Norwegian
// page is marked English, so a screen reader reads it as English.
func TestLetterIsInItsOwnLanguage(t *testing.T) {
	for _, c := range []struct{ page, letter letter.Lang }{
		{letter.Norwegian, letter.English}, {letter.English, letter.Norwegian},
		{letter.Norwegian, letter.Nynorsk}, {letter.Nynorsk, letter.Norwegian}, {letter.English, letter.Nynorsk},
	} {
		doc := previewDoc(t, c.page, letter.Letter{Lang: c.letter, Subject: "S", Greeting: "G"}, "G", nil)
		if got, _ := attr(t, doc, "article.letter", "lang"); got != string(c.letter) {
			t.Errorf("page %s: the letter has lang %q, want %q", c.page, got, c.letter)
		}
	}
}

// TestLengthCounter checks the counter under the letter: words, and
// characters as a person counts them (not bytes), and the nudge past
// LongWords words but not at it.
func TestLengthCounter(t *testing.T) {
	l := letter.Letter{Lang: letter.Norwegian, Subject: "S", Greeting: "G"}
	doc := previewDoc(t, letter.Norwegian, l, "Hei på deg, Åse", nil)
	if got := doc.Find(".counter__count").Text(); got != "4 ord, 15 tegn" {
		t.Errorf("counter %q, want %q", got, "4 ord, 15 tegn")
	}
	for words, long := range map[int]bool{letter.LongWords: false, letter.LongWords + 1: true} {
		body := strings.TrimSpace(strings.Repeat("ord ", words))
		doc := previewDoc(t, letter.Norwegian, l, body, nil)
		if got := doc.Find("#letter-length.counter--long").Length() == 1; got != long {
			t.Errorf("%d words: long = %v, want %v", words, got, long)
		}
		if got := doc.Find(".counter__count").Text(); !strings.HasPrefix(got, strconv.Itoa(words)+" ord") {
			t.Errorf("%d words: counter %q", words, got)
		}
	}
}

// TestMailtoLink checks the link that opens the letter in a mail program:
// it goes to the client's address as typed, trimmed.
func TestMailtoLink(t *testing.T) {
	cat := i18n.For(letter.Norwegian)
	l := letter.Letter{Lang: letter.Norwegian, Subject: "Emne", Greeting: "Hei,"}
	d := fullDraft()
	d.ClientEmail = " ola@kunde.no "
	doc, _ := render(t, PreviewView(NewPreviewPage(Page{T: cat}, d, l, "Emne", "Hei", nil, nil)))
	if href, _ := attr(t, doc, "a.mailto", "href"); href != "mailto:ola%40kunde.no?subject=Emne&body=Hei" {
		t.Errorf("mailto link %q", href)
	}
	if to, _ := attr(t, doc, "a.mailto", "data-to"); to != "ola@kunde.no" {
		t.Errorf("data-to %q", to)
	}
}
