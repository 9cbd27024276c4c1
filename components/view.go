// Package components renders Farvel's pages with templ. Components take the
// typed view models of this file, never a request.
package components

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/farvel/farvel/internal/export"
	"github.com/farvel/farvel/internal/i18n"
	"github.com/farvel/farvel/internal/letter"
)

// Page is what every page needs: its language, its text and its title.
type Page struct {
	T     i18n.Catalog
	Title string
	// LangSwitch is how the language switch keeps what the user typed: when
	// set, the switch re-posts this form (by id) to Action; when empty, it
	// links to the front page in another language.
	LangSwitch FormRef
}

// FormRef names a form on the page and where the language switch posts it.
type FormRef struct {
	ID, Action string
	// EnterSends: Enter in a field of the form sends it to its own action.
	// Otherwise Enter sends nothing.
	EnterSends bool
}

// Lang is the page's language.
func (p Page) Lang() string { return string(p.T.Lang()) }

// LangChoice is one language of the switch.
type LangChoice struct {
	Lang    string // "nn"
	Name    string // in its own language: "Nynorsk"
	Current bool   // the page's own: shown, not offered
}

// SwitchLangs are every language, each in its own name, in the order of
// letter.Langs, so the switch looks the same on every page.
func (p Page) SwitchLangs() []LangChoice {
	out := make([]LangChoice, 0, len(letter.Langs))
	for _, l := range letter.Langs {
		out = append(out, LangChoice{Lang: string(l), Name: i18n.For(l).LangName(), Current: l == p.T.Lang()})
	}
	return out
}

// FieldMessage is a field error, worded.
type FieldMessage struct {
	Field   string
	Label   string
	Message string
	// Also is a second field the message is about ("give an email or a
	// phone"): it is shown there too, and announced once.
	Also string
}

// Target is the id of the input the error summary links to.
func (m FieldMessage) Target() string {
	switch m.Field {
	case letter.FieldLang:
		return inputID(m.Field, string(letter.Norwegian))
	case letter.FieldTone:
		return inputID(m.Field, string(letter.Formal))
	}
	return m.Field
}

// formOrder is the order in which the form asks for its fields; the error
// summary lists errors in it. A test holds it to the rendered form.
var formOrder = []string{
	letter.FieldSenderName, letter.FieldSenderTitle, letter.FieldCompany, letter.FieldDepartureDate,
	letter.FieldReplacementName, letter.FieldReplacementTitle, letter.FieldReplacementEmail, letter.FieldReplacementPhone,
	letter.FieldClientName, letter.FieldClientEmail, letter.FieldYears,
	letter.FieldClientCompany, letter.FieldClientAddress, letter.FieldPlace,
	letter.FieldLang, letter.FieldTone, letter.FieldSameIndustry, letter.FieldCompetitor, letter.FieldNewEmployer,
	letter.FieldPhoneFollowup, letter.FieldPersonalNote, letter.FieldManagerOK,
	letter.FieldSubject, letter.FieldLetter, letter.FieldFormat,
}

// Messages words errs in t's language, in the order the page shows the
// fields.
func Messages(t i18n.Catalog, errs letter.Errors) []FieldMessage {
	out := make([]FieldMessage, 0, len(errs))
	for _, e := range errs {
		m := FieldMessage{Field: e.Field, Label: i18n.SummaryLabel(t, e.Field), Message: i18n.FieldMessage(t, e)}
		if e.Code == letter.NeedEmailOrPhone {
			m.Also = letter.FieldReplacementPhone
		}
		out = append(out, m)
	}
	slices.SortStableFunc(out, func(a, b FieldMessage) int {
		return cmp.Compare(fieldRank(a.Field), fieldRank(b.Field))
	})
	return out
}

func fieldRank(field string) int {
	if i := slices.Index(formOrder, field); i >= 0 {
		return i
	}
	return len(formOrder)
}

// FormPage is the form, empty or filled in, with the errors to fix.
type FormPage struct {
	Page
	Draft  letter.Draft
	Errors []FieldMessage
	// Edit is the subject and text the user edited on the preview, carried
	// along unseen so that coming back to the form loses none of it.
	Edit Edit
	// Restore lets the script fill in the draft saved in the browser: only
	// on the empty form, never over values the server sent back.
	Restore bool
	values  map[string]string
}

// NewFormPage builds the form page for d.
func NewFormPage(p Page, d letter.Draft, errs []FieldMessage) FormPage {
	values := make(map[string]string, 20)
	for _, pair := range d.Pairs() {
		values[pair.Name] = pair.Value
	}
	p.Title = p.T.FormTitle()
	p.LangSwitch = FormRef{ID: formID, Action: "/edit", EnterSends: true}
	return FormPage{Page: p, Draft: d, Errors: errs, values: values}
}

const formID = "letter-form"

// Edit is the letter's subject and text as the user edited them; empty
// means "as composed".
type Edit struct {
	Subject, Body string
	Base          string // the fingerprint of the composed letter it was edited from
}

func (f FormPage) errorFor(field string) string { return messageFor(f.Errors, field) }

// echoFor returns a message that belongs to another field but is about
// this one too.
func (f FormPage) echoFor(field string) string {
	for _, e := range f.Errors {
		if e.Also == field {
			return e.Message
		}
	}
	return ""
}

// messageFor returns the message about field, or "" when it has none.
func messageFor(errs []FieldMessage, field string) string {
	for _, e := range errs {
		if e.Field == field {
			return e.Message
		}
	}
	return ""
}

// input is one text-like input of the form.
type input struct {
	Name, Type   string
	Autocomplete string
	InputMode    string
	Required     bool
	Multiline    bool
	Rows         int // a textarea's height in lines
	Text         i18n.Field
	Value        string
	Error        string
	ErrorEcho    bool   // Error is another field's too, announced there: shown here, not read twice
	Optional     string // the word for "optional", shown beside the label
	ErrorPrefix  string
	DescribedBy  string // the ids of the hint and the error, for aria-describedby
}

func (f FormPage) input(name, typ, autocomplete string, required bool) input {
	in := input{
		Name:         name,
		Type:         typ,
		Autocomplete: autocomplete,
		Required:     required,
		Text:         i18n.FieldText(f.T, name),
		Value:        f.values[name],
		Error:        f.errorFor(name),
		ErrorPrefix:  f.T.ErrorPrefix(),
	}
	if in.Error == "" {
		in.Error = f.echoFor(name)
		in.ErrorEcho = in.Error != ""
	}
	if !required {
		in.Optional = f.T.Optional()
	}
	if name == letter.FieldReplacementPhone {
		in.Text.Hint = f.T.ReplacementPhoneHint(f.Draft.PhoneRegion())
	}
	switch typ {
	case "tel":
		in.InputMode = "tel"
	case "number":
		in.Type, in.InputMode = "text", "numeric" // a text input keeps "six" as typed, to be corrected
	case "textarea":
		in.Type, in.Multiline, in.Rows = "", true, 3
		if name == letter.FieldClientAddress {
			in.Rows = letter.MaxAddressLines
		}
	}
	var ids []string
	if in.Text.Hint != "" {
		ids = append(ids, name+"-hint")
	}
	if in.Error != "" {
		ids = append(ids, name+"-error")
	}
	in.DescribedBy = strings.Join(ids, " ")
	return in
}

// checkbox is one checkbox of the form.
type checkbox struct {
	Name    string
	Text    i18n.Field
	Checked bool
}

func (f FormPage) checkbox(name string) checkbox {
	return checkbox{Name: name, Text: i18n.FieldText(f.T, name), Checked: f.values[name] != ""}
}

// radio is one option of a radio group.
type radio struct {
	Name, Value string
	Text        i18n.Choice
	Checked     bool
}

func inputID(name, value string) string { return name + "-" + value }

func (f FormPage) langOptions() []radio {
	current, ok := letter.ParseLang(f.Draft.Lang)
	if !ok && strings.TrimSpace(f.Draft.Lang) == "" { // none chosen: the page's
		current = f.T.Lang()
	}
	var out []radio
	for _, l := range letter.Langs {
		out = append(out, radio{Name: letter.FieldLang, Value: string(l), Text: i18n.Choice{Label: i18n.For(l).LangName()}, Checked: l == current})
	}
	return out
}

func (f FormPage) toneOptions() []radio {
	current, _ := letter.ParseTone(f.Draft.Tone) // an unknown tone checks the default
	var out []radio
	for _, t := range letter.Tones {
		out = append(out, radio{Name: letter.FieldTone, Value: string(t), Text: i18n.ToneText(f.T, t), Checked: t == current})
	}
	return out
}

// PreviewPage is the finished letter, its reminders, and the form to edit
// and download it.
type PreviewPage struct {
	Page
	Draft     letter.Draft
	Letter    letter.Letter
	Subject   string // the subject in the edit box: as composed, or as the user edited it
	Body      string // likewise, the body
	Reminders []string
	Errors    []FieldMessage // errors in the edited subject or body
	// EditBase is the fingerprint of the composed letter the text boxes
	// start from, posted along so the next request can tell an edit.
	EditBase string
	// Conflict: the user edited the text, and the form has since changed in
	// a way that gives another letter. The page asks which to keep.
	Conflict bool

	downloads  []download
	mailto     string // the link that opens the letter in a mail program; "" when too long for one
	lengthText string // the length counter: "142 ord, 890 tegn"
	long       bool   // the letter is long enough to nudge
}

// NewPreviewPage builds the preview page.
func NewPreviewPage(p Page, d letter.Draft, l letter.Letter, subject, body string, reminders []string, errs []FieldMessage) PreviewPage {
	p.Title = p.T.PreviewTitle()
	p.LangSwitch = FormRef{ID: downloadFormID, Action: "/preview"}
	pp := PreviewPage{Page: p, Draft: d, Letter: l, Subject: subject, Body: body, Reminders: reminders, Errors: errs, downloads: downloadsIn[p.T.Lang()]}
	if link, ok := export.Mailto(strings.TrimSpace(d.ClientEmail), subject, body); ok {
		pp.mailto = link
	}
	words := letter.CountWords(body)
	pp.lengthText = strconv.Itoa(words) + " " + p.T.Words() + ", " + strconv.Itoa(utf8.RuneCountInString(body)) + " " + p.T.Characters()
	pp.long = words > letter.LongWords
	return pp
}

// download is one of the files the preview offers, with when to pick it.
// The first button is the field the error summary links to ("format").
type download struct {
	Format, Label, Hint string
	ID, HintID, Class   string
}

// downloadsIn holds each language's downloads, worded once at start-up:
// they are the same on every preview.
var downloadsIn = func() map[letter.Lang][]download {
	m := make(map[letter.Lang][]download, len(letter.Langs))
	for _, l := range letter.Langs {
		m[l] = downloads(i18n.For(l))
	}
	return m
}()

func downloads(t i18n.Catalog) []download {
	out := make([]download, 0, len(export.Formats))
	for _, f := range export.Formats {
		d := download{Format: string(f), ID: letter.FieldFormat + "-" + string(f), Class: "button"}
		if len(out) == 0 {
			d.ID, d.Class = letter.FieldFormat, "button button--primary"
		}
		d.HintID = d.ID + "-hint"
		switch f {
		case export.FormatEmail:
			d.Label, d.Hint = t.DownloadEmail(), t.DownloadEmailHint()
		case export.FormatPDF:
			d.Label, d.Hint = t.DownloadPDF(), t.DownloadPDFHint()
		case export.FormatWord:
			d.Label, d.Hint = t.DownloadWord(), t.DownloadWordHint()
		case export.FormatText:
			d.Label, d.Hint = t.DownloadTxt(), t.DownloadTxtHint()
		}
		out = append(out, d)
	}
	return out
}

// LivePage is the fragment the live preview swaps in beside the form: the
// letter and its reminders, or what is still missing.
type LivePage struct {
	T         i18n.Catalog
	Edited    bool // the form carries a text the user edited, which the preview will keep
	Letter    letter.Letter
	Reminders []string
	Errors    []FieldMessage
}

const downloadFormID = "download-form"

func (p PreviewPage) errorFor(field string) string { return messageFor(p.Errors, field) }

// ShownLetter is a letter as a page shows it: the text as the user edited
// it, or as composed, in paragraphs.
type ShownLetter struct {
	Lang       letter.Lang
	Subject    string
	SenderName string // marks the signature, and lets the script do the same
	Paragraphs []export.Paragraph
}

// showText lays out subject and body as the letter l shows them.
func showText(l letter.Letter, subject, body string) ShownLetter {
	var sender string
	if len(l.Signature) > 0 {
		sender = l.Signature[0]
	}
	return ShownLetter{Lang: l.Lang, Subject: subject, SenderName: sender, Paragraphs: export.Paragraphs(body, sender)}
}

// showComposed lays out the letter as composed: as showText lays out its
// Body (a test holds the two together), without writing the text out first.
func showComposed(l letter.Letter) ShownLetter {
	paras := make([]export.Paragraph, 0, len(l.Paragraphs)+3)
	paras = append(paras, export.Paragraph{Lines: []string{l.Greeting}})
	for _, p := range l.Paragraphs {
		paras = append(paras, export.Paragraph{Lines: strings.Split(p, "\n")})
	}
	paras = append(paras, export.Paragraph{Lines: []string{l.Closing}})
	shown := ShownLetter{Lang: l.Lang, Subject: l.Subject, Paragraphs: paras}
	if len(l.Signature) > 0 {
		shown.SenderName = l.Signature[0]
		shown.Paragraphs = append(paras, export.Paragraph{Lines: l.Signature, SignatureGap: true})
	}
	return shown
}

// ErrorPage is a page for a failed request.
type ErrorPage struct {
	Page
	Status  int
	Problem i18n.Problem
}

// NewErrorPage builds the page for status.
func NewErrorPage(p Page, status int, problem i18n.Problem) ErrorPage {
	p.Title = problem.Title
	return ErrorPage{Page: p, Status: status, Problem: problem}
}
