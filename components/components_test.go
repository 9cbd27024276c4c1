package components

import (
	"bytes"
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/a-h/templ"
	"github.com/farvel/farvel/internal/i18n"
	"github.com/farvel/farvel/internal/letter"
)

var today = time.Date(2027, time.September, 1, 0, 0, 0, 0, time.UTC)

func render(t testing.TB, c templ.Component) (*goquery.Document, string) {
	t.Helper()
	var buf bytes.Buffer
	if err := c.Render(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	html := buf.String()
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(html))
	if err != nil {
		t.Fatal(err)
	}
	return doc, html
}

func fullDraft() letter.Draft {
	return letter.Draft{
		Lang: "nb", Tone: "warm", SenderName: "Kari Nordmann", SenderTitle: "Rådgiver", Company: "Fjordkontor",
		ClientName: "Ola", ClientEmail: "ola@kunde.no", DepartureDate: "2027-10-08", ReplacementName: "Jonas Berg",
		ReplacementTitle: "Seniorrådgiver", ReplacementEmail: "jonas@fjord.no", ReplacementPhone: "41234567",
		Years: "6", SameIndustry: true, Competitor: true, NewEmployer: "Rival", PhoneFollowup: true,
		PersonalNote: "Takk for alt.\nHils.", ManagerOK: true,
	}
}

// fullLetter checks fullDraft and composes its letter.
func fullLetter(tb testing.TB) (letter.Draft, letter.Letter) {
	tb.Helper()
	d := fullDraft()
	facts, _, errs := letter.Check(d, today)
	if len(errs) > 0 {
		tb.Fatal(errs)
	}
	return d, letter.Compose(facts)
}

// everyField puts value into every text field of a draft.
func everyField(value string) letter.Draft {
	return letter.Draft{
		Lang: value, Tone: value, SenderName: value, SenderTitle: value, Company: value, ClientName: value,
		ClientEmail: value, DepartureDate: value, ReplacementName: value, ReplacementTitle: value,
		ReplacementEmail: value, ReplacementPhone: value, Years: value, NewEmployer: value, PersonalNote: value,
	}
}

func formPage(lang letter.Lang, d letter.Draft, errs letter.Errors) FormPage {
	t := i18n.For(lang)
	return NewFormPage(Page{T: t}, d, Messages(t, errs))
}

func TestFormLabelsAreTiedToInputs(t *testing.T) {
	for _, lang := range letter.Langs {
		doc, _ := render(t, FormView(formPage(lang, letter.Draft{}, nil)))
		controls := doc.Find("form input:not([type=hidden]), form textarea")
		if controls.Length() < 19 {
			t.Fatalf("%s: only %d controls in the form", lang, controls.Length())
		}
		controls.Each(func(_ int, s *goquery.Selection) {
			id, _ := s.Attr("id")
			if id == "" {
				t.Errorf("%s: a control without id: %v", lang, s.Nodes[0].Attr)
				return
			}
			label := doc.Find(`label[for="` + id + `"]`)
			if label.Length() != 1 || strings.TrimSpace(label.Text()) == "" {
				t.Errorf("%s: #%s has %d labels", lang, id, label.Length())
			}
			if ids, ok := s.Attr("aria-describedby"); ok {
				for _, ref := range strings.Fields(ids) {
					if doc.Find("#"+ref).Length() != 1 {
						t.Errorf("%s: #%s is described by missing #%s", lang, id, ref)
					}
				}
			}
		})
		if n := doc.Find(".error-summary").Length(); n != 0 {
			t.Errorf("%s: an empty form shows an error summary", lang)
		}
	}
}

func TestFormErrorsAreTiedToFields(t *testing.T) {
	d := fullDraft()
	errs := letter.Errors{
		{Field: letter.FieldSenderName, Code: letter.TooLong, Limit: 100},
		{Field: letter.FieldTone, Code: letter.InvalidChoice},
		{Field: letter.FieldYears, Code: letter.OutOfRange, Limit: 60},
		{Field: letter.FieldPersonalNote, Code: letter.ControlChars},
	}
	doc, _ := render(t, FormView(formPage(letter.English, d, errs)))
	summary := doc.Find(".error-summary")
	if _, ok := summary.Attr("autofocus"); !ok {
		t.Error("the error summary does not take focus")
	}
	if got := summary.Find("li").Length(); got != len(errs) {
		t.Fatalf("summary lists %d errors, want %d", got, len(errs))
	}
	for _, e := range errs {
		msg := doc.Find("#" + e.Field + "-error")
		if msg.Length() != 1 {
			t.Errorf("%s: no message beside the field", e.Field)
			continue
		}
		if !strings.Contains(msg.Text(), "Error:") {
			t.Errorf("%s: message lacks its hidden prefix: %q", e.Field, msg.Text())
		}
		if e.Field == letter.FieldTone {
			if ids, _ := doc.Find("fieldset.radios:has(#tone-formal)").Attr("aria-describedby"); ids != "tone-error" {
				t.Errorf("tone fieldset aria-describedby = %q", ids)
			}
			continue
		}
		input := doc.Find("#" + e.Field)
		if v, _ := input.Attr("aria-invalid"); v != "true" {
			t.Errorf("%s: aria-invalid = %q", e.Field, v)
		}
		if ids, _ := input.Attr("aria-describedby"); !strings.Contains(ids, e.Field+"-error") {
			t.Errorf("%s: aria-describedby %q lacks the error", e.Field, ids)
		}
	}
	if v, ok := doc.Find("#company").Attr("aria-invalid"); ok {
		t.Errorf("a valid field is marked invalid: %q", v)
	}
	if got, _ := summary.Find("a").First().Attr("href"); got != "#sender_name" {
		t.Errorf("first summary link %q", got)
	}
	if summary.Find(`a[href="#tone-formal"]`).Length() != 1 {
		t.Error("the tone error does not link to the first radio")
	}
}

func TestFormKeepsValues(t *testing.T) {
	d := fullDraft()
	doc, _ := render(t, FormView(formPage(letter.Norwegian, d, nil)))
	for _, p := range d.Pairs() {
		switch p.Name {
		case letter.FieldLang, letter.FieldTone:
			if _, ok := doc.Find("#" + p.Name + "-" + p.Value).Attr("checked"); !ok {
				t.Errorf("%s=%s is not checked", p.Name, p.Value)
			}
		case letter.FieldPersonalNote:
			if got := doc.Find("#" + p.Name).Text(); got != p.Value {
				t.Errorf("%s = %q, want %q", p.Name, got, p.Value)
			}
		case letter.FieldSameIndustry, letter.FieldCompetitor, letter.FieldPhoneFollowup, letter.FieldManagerOK:
			if _, ok := doc.Find("#" + p.Name).Attr("checked"); !ok {
				t.Errorf("%s is not checked", p.Name)
			}
		default:
			if got, _ := doc.Find("#" + p.Name).Attr("value"); got != p.Value {
				t.Errorf("%s = %q, want %q", p.Name, got, p.Value)
			}
		}
	}
	if _, ok := doc.Find("#lang-en").Attr("checked"); ok {
		t.Error("two languages checked")
	}
}

// TestHostileValuesAreEscaped renders every page with markup in every field
// and checks that it stays text.
func TestHostileValuesAreEscaped(t *testing.T) {
	for _, hostile := range []string{
		`<script>alert(1)</script>`,
		`"><img src=x onerror=alert(1)>`,
		`'><svg onload=alert(1)>`,
		`{{ .Secret }}`,
		`</textarea><script>alert(1)</script>`,
	} {
		d := everyField(hostile)
		d.Competitor = true
		errs := letter.Errors{{Field: letter.FieldSenderName, Code: letter.Required}}
		l := letter.Letter{Lang: "nb", Subject: hostile, Greeting: hostile, Paragraphs: []string{hostile}, Closing: hostile, Signature: []string{hostile}}
		pages := map[string]templ.Component{
			"form":    FormView(formPage(letter.Norwegian, d, errs)),
			"preview": PreviewView(NewPreviewPage(Page{T: i18n.For(letter.English)}, d, l, hostile, hostile, []string{hostile}, nil)),
		}
		for name, c := range pages {
			doc, html := render(t, c)
			if n := doc.Find("img, svg").Length(); n != 0 {
				t.Errorf("%s with %q: %d injected elements", name, hostile, n)
			}
			doc.Find("script").Each(func(_ int, s *goquery.Selection) {
				if src, _ := s.Attr("src"); !strings.HasPrefix(src, "/static/app.") || s.Text() != "" {
					t.Errorf("%s with %q: a script that is not ours: %q", name, hostile, src)
				}
			})
			if strings.Contains(html, hostile) && strings.ContainsAny(hostile, "<>\"") {
				t.Errorf("%s: %q appears unescaped", name, hostile)
			}
			if name == "form" {
				if got, _ := doc.Find("#company").Attr("value"); got != hostile {
					t.Errorf("the value does not survive as text: %q", got)
				}
			}
		}
	}
}

func TestPreviewShowsTheLetter(t *testing.T) {
	d, l := fullLetter(t)
	cat := i18n.For(letter.Norwegian)
	p := NewPreviewPage(Page{T: cat}, d, l, l.Subject, l.Body(), []string{"påminnelse"}, nil)
	doc, _ := render(t, PreviewView(p))
	article := doc.Find("article.letter")
	if got := article.Find("p").Length(); got != len(l.Paragraphs)+4 {
		t.Errorf("the letter has %d paragraphs, want %d (subject, greeting, body, closing, signature)", got, len(l.Paragraphs)+4)
	}
	if got, want := strings.Fields(article.Find("p.letter__signature").Text()), strings.Fields(strings.Join(l.Signature, " ")); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("the signature reads %q, want %q", got, want)
	}
	if !strings.Contains(article.Text(), l.Subject) {
		t.Error("the letter lacks its subject")
	}
	if got := doc.Find("#letter").Text(); got != l.Body() {
		t.Errorf("the edit box holds\n%q\nwant\n%q", got, l.Body())
	}
	if got := doc.Find(".reminders li").Text(); got != "påminnelse" {
		t.Errorf("reminders %q", got)
	}
	hidden := map[string]string{}
	doc.Find("#download-form input[type=hidden]").Each(func(_ int, s *goquery.Selection) {
		name, _ := s.Attr("name")
		hidden[name], _ = s.Attr("value")
	})
	for _, p := range d.Pairs() {
		if hidden[p.Name] != p.Value {
			t.Errorf("hidden %s = %q, want %q", p.Name, hidden[p.Name], p.Value)
		}
	}
	if action, _ := doc.Find("#download-form").Attr("action"); action != "/download" {
		t.Errorf("download form posts to %q", action)
	}
	if fa, _ := doc.Find(`#download-form button[formaction="/edit"]`).Attr("formaction"); fa != "/edit" {
		t.Error("no back-to-edit button")
	}
}

func TestErrorPage(t *testing.T) {
	cat := i18n.For(letter.English)
	doc, _ := render(t, ErrorView(NewErrorPage(Page{T: cat}, 404, cat.NotFound())))
	if got := doc.Find("h1").Text(); got != cat.NotFound().Title {
		t.Errorf("h1 %q", got)
	}
	if got, _ := doc.Find(".lang-switch a").Attr("href"); got != "/?lang=nb" {
		t.Errorf("language switch links to %q", got)
	}
	if got := doc.Find("title").Text(); got != "Page not found – Farvel" {
		t.Errorf("title %q", got)
	}
}

func BenchmarkFormView(b *testing.B) {
	p := formPage(letter.Norwegian, fullDraft(), nil)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		FormView(p).Render(context.Background(), &buf)
	}
}

func BenchmarkPreviewView(b *testing.B) {
	d, l := fullLetter(b)
	p := NewPreviewPage(Page{T: i18n.For(letter.Norwegian)}, d, l, l.Subject, l.Body(), nil, nil)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		PreviewView(p).Render(context.Background(), &buf)
	}
}

func BenchmarkLiveView(b *testing.B) {
	_, l := fullLetter(b)
	p := LivePage{T: i18n.For(letter.Norwegian), Letter: l}
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		LiveView(p).Render(context.Background(), &buf)
	}
}

func BenchmarkErrorView(b *testing.B) {
	cat := i18n.For(letter.Norwegian)
	p := NewErrorPage(Page{T: cat}, 404, cat.NotFound())
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		ErrorView(p).Render(context.Background(), &buf)
	}
}

// TestPreviewShowsTheEdit: the letter beside the text box is the text as
// edited, not the composed one, paragraph for paragraph.
func TestPreviewShowsTheEdit(t *testing.T) {
	d, l := fullLetter(t)
	cat := i18n.For(letter.Norwegian)
	body := "Hei Ola,\n\nJeg har skrevet dette selv.\nPå to linjer.\n\nHilsen\nKari Nordmann\n"
	doc, _ := render(t, PreviewView(NewPreviewPage(Page{T: cat}, d, l, "Mitt eget emne", body, nil, nil)))
	article := doc.Find("article.letter")
	if got := article.Find(".letter__subject-text").Text(); got != "Mitt eget emne" {
		t.Errorf("the letter's subject reads %q, want the edited one", got)
	}
	var paragraphs []string
	article.Find(".letter__body p").Each(func(_ int, p *goquery.Selection) {
		html, _ := p.Html()
		// Space around a line break shows as nothing.
		paragraphs = append(paragraphs, strings.TrimSpace(strings.ReplaceAll(html, "<br/> ", "<br/>")))
	})
	want := []string{"Hei Ola,", "Jeg har skrevet dette selv.<br/>På to linjer.", "Hilsen", "Kari Nordmann"}
	if strings.Join(paragraphs, "|") != strings.Join(want, "|") {
		t.Errorf("the letter shows %q, want %q", paragraphs, want)
	}
	if strings.Contains(article.Text(), l.Paragraphs[0]) {
		t.Error("the composed text still shows beside the edit")
	}
}

// TestErrorSummaryInPageOrder: the summary lists the errors as the page
// shows the fields, whatever order the rules ran in, and says whose field
// each of the replacement's is.
func TestErrorSummaryInPageOrder(t *testing.T) {
	var d letter.Draft
	d.Years = "six"
	d.ClientEmail = "ola@"
	_, _, errs := letter.Check(d, time.Date(2027, 9, 1, 0, 0, 0, 0, time.UTC))
	doc, _ := render(t, FormView(formPage(letter.Norwegian, d, errs)))
	var got []string
	doc.Find(".error-summary a").Each(func(_ int, a *goquery.Selection) {
		href, _ := a.Attr("href")
		got = append(got, strings.TrimPrefix(href, "#"))
	})
	var inPage []string
	doc.Find("#letter-form [id]").Each(func(_ int, el *goquery.Selection) {
		id, _ := el.Attr("id")
		if slices.Contains(got, id) {
			inPage = append(inPage, id)
		}
	})
	if strings.Join(got, " ") != strings.Join(inPage, " ") {
		t.Errorf("the summary links to\n%v\nbut the page shows the fields as\n%v", got, inPage)
	}
	if text := doc.Find(".error-summary").Text(); !strings.Contains(text, "Den som tar over: navn:") || !strings.Contains(text, "Den som tar over: e-post:") {
		t.Errorf("the replacement's errors do not say whose field they are:\n%s", text)
	}
}

// TestFormOrderIsThePage holds formOrder, which orders the summary, to the
// order in which the rendered form asks for its fields.
func TestFormOrderIsThePage(t *testing.T) {
	doc, _ := render(t, FormView(formPage(letter.Norwegian, fullDraft(), nil)))
	var names []string
	doc.Find("#letter-form input, #letter-form textarea").Each(func(_ int, el *goquery.Selection) {
		if typ, _ := el.Attr("type"); typ == "hidden" {
			return
		}
		if name, _ := el.Attr("name"); !slices.Contains(names, name) {
			names = append(names, name)
		}
	})
	var want []string
	for _, f := range formOrder {
		if slices.Contains(names, f) {
			want = append(want, f)
		}
	}
	if strings.Join(names, " ") != strings.Join(want, " ") || len(names) != len(want) {
		t.Errorf("the form asks for\n%v\nformOrder says\n%v", names, want)
	}
}

// TestEmailOrPhoneOnBoth: the "email or phone" error shows beside both
// fields and marks both, but only the email's is read out and summarised.
func TestEmailOrPhoneOnBoth(t *testing.T) {
	d := fullDraft()
	d.ReplacementEmail, d.ReplacementPhone = "", ""
	_, _, errs := letter.Check(d, time.Date(2027, 9, 1, 0, 0, 0, 0, time.UTC))
	doc, _ := render(t, FormView(formPage(letter.Norwegian, d, errs)))
	msg := i18n.For(letter.Norwegian).NeedEmailOrPhone()
	for _, id := range []string{"replacement_email", "replacement_phone"} {
		if got := doc.Find("#" + id + "-error").Text(); !strings.Contains(got, msg) {
			t.Errorf("beside %s: %q, want %q", id, got, msg)
		}
		if v, _ := doc.Find("#" + id).Attr("aria-invalid"); v != "true" {
			t.Errorf("%s is not marked invalid", id)
		}
	}
	if v, _ := doc.Find("#replacement_phone-error").Attr("aria-hidden"); v != "true" {
		t.Error("the phone's copy of the message would be read a second time")
	}
	if n := doc.Find(".error-summary li").Length(); n != 1 {
		t.Errorf("the summary lists %d errors, want the one", n)
	}
}

// TestShowComposedIsShowText: the letter as composed is laid out exactly
// as its own text would be, in every language, tone and draft.
func TestShowComposedIsShowText(t *testing.T) {
	for _, lang := range letter.Langs {
		for _, tone := range letter.Tones {
			for name, d := range map[string]letter.Draft{"full": fullDraft(), "minimal": {SenderName: "Kari", Company: "Fjord AS", DepartureDate: "2027-10-08", ReplacementName: "Jonas", ReplacementPhone: "41234567"}} {
				d.Lang, d.Tone = string(lang), string(tone)
				facts, _, errs := letter.Check(d, time.Date(2027, 9, 1, 0, 0, 0, 0, time.UTC))
				if len(errs) > 0 {
					t.Fatal(errs)
				}
				l := letter.Compose(facts)
				if got, want := showComposed(l), showText(l, l.Subject, l.Body()); !reflect.DeepEqual(got, want) {
					t.Errorf("%s %s %s: composed layout\n%#v\nwant\n%#v", lang, tone, name, got, want)
				}
			}
		}
	}
}
