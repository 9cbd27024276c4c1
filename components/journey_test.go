package components

import (
	"strings"
	"testing"
	"time"

	"github.com/a-h/templ"
	"github.com/farvel/farvel/internal/i18n"
	"github.com/farvel/farvel/internal/letter"
)

// TestLetterLabelsInItsOwnLanguage: a printed Norwegian letter says "Emne"
// on an English page; the heading a screen reader hears before it is in
// the page's language and marked so.
func TestLetterLabelsInItsOwnLanguage(t *testing.T) {
	for _, c := range []struct{ page, letter letter.Lang }{
		{letter.English, letter.Norwegian}, {letter.Norwegian, letter.English}, {letter.Norwegian, letter.Norwegian},
	} {
		doc := previewDoc(t, c.page, letter.Letter{Lang: c.letter, Subject: "S", Greeting: "G"}, "G", nil)
		if got, want := doc.Find("#shown-letter .letter__subject-label").Text(), i18n.For(c.letter).SubjectHeading()+":"; got != want {
			t.Errorf("page %s, letter %s: the subject is labelled %q, want %q", c.page, c.letter, got, want)
		}
		lang, marked := doc.Find("#shown-letter h2").Attr("lang")
		if c.page != c.letter && lang != string(c.page) || c.page == c.letter && marked {
			t.Errorf("page %s, letter %s: the letter's heading has lang %q (set: %v)", c.page, c.letter, lang, marked)
		}
	}
}

// TestJourneyMarkupWaitsForTheScript: what only the script makes work (the
// start-over question, the jump to the letter and back, the new employer's
// note, the copy buttons) is there, hidden, on every page.
func TestJourneyMarkupWaitsForTheScript(t *testing.T) {
	form, _ := render(t, FormView(formPage(letter.English, fullDraft(), nil)))
	d, l := fullLetter(t)
	preview, _ := render(t, PreviewView(NewPreviewPage(Page{T: i18n.For(letter.English)}, d, l, l.Subject, l.Body(), nil, nil)))
	for _, c := range []struct {
		page, css string
	}{
		{"form", ".start-over__confirm"},
		{"form", ".jump-to-letter"},
		{"form", ".back-to-field"},
		{"form", "#new_employer-omitted"},
		{"preview", "button[data-copy]"},
		{"preview", ".mailto-long"},
	} {
		doc := form
		if c.page == "preview" {
			doc = preview
		}
		s := doc.Find(c.css)
		if s.Length() == 0 {
			t.Errorf("%s: no %s", c.page, c.css)
		}
		for i := range s.Length() {
			if _, hidden := s.Eq(i).Attr("hidden"); !hidden {
				t.Errorf("%s: %s shows before the script", c.page, c.css)
			}
		}
	}
}

// TestEnterPressesTheFormsOwnButton: the first submit button of a form in
// the page is the one Enter presses. On the form it sends the form to its
// own action; on the preview it is disabled, so Enter sends nothing. It
// comes before the language switch's, and is out of the Tab order.
func TestEnterPressesTheFormsOwnButton(t *testing.T) {
	d, l := fullLetter(t)
	for _, c := range []struct {
		name, form string
		page       templ.Component
		disabled   bool
	}{
		{"form", formID, FormView(formPage(letter.Norwegian, d, nil)), false},
		{"preview", downloadFormID, PreviewView(NewPreviewPage(Page{T: i18n.For(letter.Norwegian)}, d, l, l.Subject, l.Body(), nil, nil)), true},
	} {
		doc, _ := render(t, c.page)
		first := doc.Find(`button[form="` + c.form + `"], #` + c.form + ` button[type=submit]`).First()
		if _, ok := first.Attr("data-default-button"); !ok {
			html, _ := first.Html()
			t.Fatalf("%s: Enter would press %q", c.name, html)
		}
		if _, ok := first.Attr("formaction"); ok {
			t.Errorf("%s: the default button posts elsewhere than the form's action", c.name)
		}
		if _, disabled := first.Attr("disabled"); disabled != c.disabled {
			t.Errorf("%s: the default button disabled %v, want %v", c.name, disabled, c.disabled)
		}
		if v, _ := first.Attr("tabindex"); v != "-1" {
			t.Errorf("%s: the default button is in the Tab order", c.name)
		}
	}
}

// TestLiveErrorNamesBothFields: the live fragment says which second field
// a message is about, so the script shows it there too.
func TestLiveErrorNamesBothFields(t *testing.T) {
	d := fullDraft()
	d.ReplacementEmail, d.ReplacementPhone = "", ""
	_, _, errs := letter.Check(d, time.Date(2027, 9, 1, 0, 0, 0, 0, time.UTC))
	cat := i18n.For(letter.Norwegian)
	doc, _ := render(t, LiveView(LivePage{T: cat, Errors: Messages(cat, errs)}))
	item := doc.Find(`li[data-field="` + letter.FieldReplacementEmail + `"]`)
	if also, _ := item.Attr("data-also"); also != letter.FieldReplacementPhone {
		t.Errorf("the email-or-phone message names %q as its second field, want %q", also, letter.FieldReplacementPhone)
	}
	if n := doc.Find("li[data-also]").Length(); n != 1 {
		t.Errorf("%d messages name a second field, want 1", n)
	}
	if !strings.Contains(item.AttrOr("data-message", ""), "e-post eller telefon") {
		t.Errorf("message %q", item.AttrOr("data-message", ""))
	}
}
