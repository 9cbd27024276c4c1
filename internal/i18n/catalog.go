// Package i18n holds every sentence of the interface, one catalog per
// language. A catalog is a type that implements Catalog, so a language that
// lacks a text does not compile.
package i18n

import (
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/farvel/farvel/internal/letter"
)

// Field is what the form says about one input.
type Field struct {
	Label   string
	Hint    string // may be empty
	Missing string // the message when a required field is empty
}

// Choice is one option of a radio group.
type Choice struct {
	Label, Hint string
}

// Problem is the title and text of an error page.
type Problem struct {
	Title, Text string
}

// Catalog is the interface's text in one language.
type Catalog interface {
	Lang() letter.Lang
	LangName() string // the language's own name, for the switch: "Bokmål", "Nynorsk", "English"

	// Page shell.
	Tagline() string
	SkipToContent() string
	SwitchLanguage() string // the switch's accessible name
	Privacy() string

	// The form.
	FormTitle() string
	FormIntro() string
	AdviceTitle() string
	Advice() []string
	Optional() string
	GroupYou() string
	GroupReplacement() string
	GroupReplacementHint() string
	GroupClient() string
	GroupPrint() string
	GroupPrintHint() string
	GroupLetter() string
	GroupManager() string
	SenderName() Field
	SenderTitle() Field
	Company() Field
	ClientName() Field
	ClientEmail() Field
	ClientCompany() Field
	ClientAddress() Field
	Place() Field
	DepartureDate() Field
	ReplacementName() Field
	ReplacementTitle() Field
	ReplacementEmail() Field
	ReplacementPhone() Field
	// ReplacementPhoneHint says in which region ("GB") a number written
	// without + is read, as letter.Draft.PhoneRegion decides.
	ReplacementPhoneHint(region string) string
	Years() Field
	SameIndustry() Field
	Competitor() Field
	NewEmployer() Field
	PhoneFollowup() Field
	PersonalNote() Field
	ManagerOK() Field
	LangLegend() string
	ToneLegend() string
	Formal() Choice
	Warm() Choice
	Brief() Choice
	PreviewButton() string
	ErrorSummaryTitle() string
	ErrorPrefix() string // read before an error message: "Feil:"

	// Field error messages, by rule.
	TooLong(limit int) string
	InvalidUTF8() string
	ControlChars() string
	InvalidChoice() string
	InvalidDate() string
	DateInPast() string
	DateTooFar(days int) string
	InvalidEmail() string
	MixedScript() string // an email domain with look-alike letters of two alphabets
	InvalidPhone() string
	NeedEmailOrPhone() string
	NotANumber() string
	OutOfRange(max int) string
	TooManyLines(max int) string

	// The preview.
	PreviewTitle() string
	PreviewIntro() string
	RemindersTitle() string
	ShortNotice(days int) string
	// NotAWorkingDay: the last day is a weekend day or, when holiday is set,
	// a public holiday; suggested is the working day before it, zero when
	// that has passed.
	NotAWorkingDay(day, suggested time.Time, holiday bool) string
	ManagerReminder() string
	NewEmployerOmitted() string
	LetterHeading() string
	SubjectHeading() string
	EditTitle() string
	EditHint() string
	SubjectLabel() string
	LetterLabel() string
	DownloadsTitle() string
	DownloadTxt() string
	DownloadTxtHint() string
	DownloadEmail() string
	DownloadEmailHint() string
	DownloadPDF() string
	DownloadPDFHint() string
	DownloadWord() string
	DownloadWordHint() string
	FileFormat() string
	BackToEdit() string
	EditConflictTitle() string // the form changed under an edit: which text to keep
	EditConflictText() string
	KeepEdit() string
	RewriteFromForm() string
	FormLetter() string // the letter the form gives now, shown for comparison
	LiveEdited() string // the live preview, when the form carries an edited text
	NoScriptHistory() string

	// The journey in the browser: the advice in short, the way to the
	// letter on a phone, starting over, and a letter too long for a link.
	AdviceShort() string // the advice in a line, before the form
	AdviceMore() string  // opens the whole advice
	SeeLetter() string   // the phone's shortcut from the form to the letter so far
	BackToField() string // and back to the field the user was typing in
	StartOverQuestion() string
	StartOverYes() string
	StartOverNo() string
	MailtoTooLong() string     // in place of the mail link when the letter is too long for one
	NewEmployerHidden() string // in place of the new employer's field when it would not be used

	// The browser's extras: live preview, copying, the saved draft.
	LivePreviewTitle() string
	LivePreviewHint() string    // before the form says enough for a letter
	LivePreviewMissing() string // above what is still missing
	CopySubject() string
	CopyLetter() string
	Copied() string
	CopyFailed() string
	OpenInEmail() string
	Words() string // the length counter: "142 ord, 890 tegn"
	Characters() string
	LongLetter() string // the nudge when the letter grows long
	StartOver() string
	DraftRestored() string

	// The downloaded file.
	SubjectPrefix() string // "Emne", "Subject"
	PageLabel() string     // a printed letter's later pages: "Side %d av %d"

	// Letters for many clients.
	ManyClientsButton() string
	ManyClientsHint() string
	ClientsTitle() string
	ClientsIntro() string
	ClientsEditedNote() string // the single letter's text was edited: what the many letters use
	ClientsList() Field
	ClientsFile() Field
	ColumnsTitle() string
	ColumnsHint() string
	ColumnNames() [7]string   // name, company, email, address, years, note, lang
	ExampleRows() [][7]string // a small example list, in the columns' order
	LettersFormat() string    // the legend of the format choice
	SkipInvalid() Field
	ReviewButton() string
	DownloadZip() string
	BackToLetter() string
	ReviewTitle(letters int) string
	ReviewSkipped(rows int) string
	ShownClientLetter(name string, row int) string
	ClientsTableCaption() string
	TableRow() string
	TableName() string
	TableEmail() string
	TableOwn() string // what the client's letter has of its own
	TableStatus() string
	StatusReady() string
	StatusSkipped() string
	ReadLetter() string
	ListProblemsTitle() string
	FormProblemsTitle() string
	RowProblem(row int, column string) string // "Rad 17, E-post"
	ClientNameMissing() string
	DuplicateRow(row, of int) string
	IgnoredColumns(headers string) string
	ListTooLarge(limitBytes int) string
	ListTooManyClients(max int) string
	ListEmpty() string
	ListNoNameColumn() string
	ListUnclosedQuote(row int) string
	ListNotAList() string
	ListOtherSpreadsheet() string
	ListBrokenWorkbook() string
	ZipProgress() string // "Lager brevene …", followed by the bytes so far
	ZipDone() string
	ZipFailed() string
	ReportName() string // the report's file name, without .csv
	ReportComma() rune  // the report's separator, as the user's Excel expects it
	ReportFile() string
	ReportSkipped() string
	LettersWord() string // the ZIP's file name: "farvel-fjord-brev.zip"

	// Error pages.
	BadRequest() Problem
	Forbidden() Problem
	NotFound() Problem
	MethodNotAllowed() Problem
	TooLarge() Problem
	UnsupportedMediaType() Problem
	TooManyRequests() Problem
	ServerError() Problem
	BackToStart() string
}

var catalogs = map[letter.Lang]Catalog{
	letter.Norwegian: norwegian{},
	letter.Nynorsk:   nynorsk{},
	letter.English:   english{},
}

// For returns the catalog of lang, or the bokmål one for a language Farvel
// does not speak.
func For(lang letter.Lang) Catalog {
	if c, ok := catalogs[lang]; ok {
		return c
	}
	return norwegian{}
}

// FieldMessage words a field error in the catalog's language.
func FieldMessage(t Catalog, e letter.FieldError) string {
	switch e.Code {
	case letter.Required:
		if m := FieldText(t, e.Field).Missing; m != "" {
			return m
		}
		return FieldText(t, e.Field).Label
	case letter.TooLong:
		return t.TooLong(e.Limit)
	case letter.InvalidUTF8:
		return t.InvalidUTF8()
	case letter.ControlChars:
		return t.ControlChars()
	case letter.InvalidChoice:
		return t.InvalidChoice()
	case letter.InvalidDate:
		return t.InvalidDate()
	case letter.DateInPast:
		return t.DateInPast()
	case letter.DateTooFar:
		return t.DateTooFar(e.Limit)
	case letter.InvalidEmail:
		return t.InvalidEmail()
	case letter.MixedScript:
		return t.MixedScript()
	case letter.InvalidPhone:
		return t.InvalidPhone()
	case letter.NeedEmailOrPhone:
		return t.NeedEmailOrPhone()
	case letter.NotANumber:
		return t.NotANumber()
	case letter.OutOfRange:
		return t.OutOfRange(e.Limit)
	case letter.TooManyLines:
		return t.TooManyLines(e.Limit)
	}
	return t.InvalidChoice()
}

// FieldText returns what the catalog says about the form field named name.
func FieldText(t Catalog, name string) Field {
	switch name {
	case letter.FieldSenderName:
		return t.SenderName()
	case letter.FieldSenderTitle:
		return t.SenderTitle()
	case letter.FieldCompany:
		return t.Company()
	case letter.FieldClientName:
		return t.ClientName()
	case letter.FieldClientEmail:
		return t.ClientEmail()
	case letter.FieldClientCompany:
		return t.ClientCompany()
	case letter.FieldClientAddress:
		return t.ClientAddress()
	case letter.FieldPlace:
		return t.Place()
	case letter.FieldDepartureDate:
		return t.DepartureDate()
	case letter.FieldReplacementName:
		return t.ReplacementName()
	case letter.FieldReplacementTitle:
		return t.ReplacementTitle()
	case letter.FieldReplacementEmail:
		return t.ReplacementEmail()
	case letter.FieldReplacementPhone:
		return t.ReplacementPhone()
	case letter.FieldYears:
		return t.Years()
	case letter.FieldSameIndustry:
		return t.SameIndustry()
	case letter.FieldCompetitor:
		return t.Competitor()
	case letter.FieldNewEmployer:
		return t.NewEmployer()
	case letter.FieldPhoneFollowup:
		return t.PhoneFollowup()
	case letter.FieldPersonalNote:
		return t.PersonalNote()
	case letter.FieldManagerOK:
		return t.ManagerOK()
	case letter.FieldLang:
		return Field{Label: t.LangLegend()}
	case letter.FieldTone:
		return Field{Label: t.ToneLegend()}
	case letter.FieldSubject:
		return Field{Label: t.SubjectLabel()}
	case letter.FieldLetter:
		return Field{Label: t.LetterLabel()}
	case letter.FieldFormat:
		return Field{Label: t.FileFormat()}
	}
	return Field{Label: name}
}

// Reminders words the warnings of a checked draft, in their order.
func Reminders(t Catalog, warnings []letter.Warning) []string {
	out := make([]string, 0, len(warnings))
	for _, w := range warnings {
		switch w.Code {
		case letter.ManagerNotConfirmed:
			out = append(out, t.ManagerReminder())
		case letter.ShortNotice:
			out = append(out, t.ShortNotice(w.Days))
		case letter.NewEmployerOmitted:
			out = append(out, t.NewEmployerOmitted())
		case letter.NotAWorkingDay:
			out = append(out, t.NotAWorkingDay(w.Date, w.Suggested, w.Holiday))
		}
	}
	return out
}

// SummaryLabel names a field in the error summary, away from its group:
// the replacement's fields say whose they are ("Den som tar over: e-post"),
// or they would read like the client's.
func SummaryLabel(t Catalog, field string) string {
	label := FieldText(t, field).Label
	switch field {
	case letter.FieldReplacementName, letter.FieldReplacementTitle, letter.FieldReplacementEmail, letter.FieldReplacementPhone:
		r, size := utf8.DecodeRuneInString(label)
		return t.GroupReplacement() + ": " + string(unicode.ToLower(r)) + label[size:]
	}
	return label
}

// ToneText returns what the catalog says about tone.
func ToneText(t Catalog, tone letter.Tone) Choice {
	switch tone {
	case letter.Warm:
		return t.Warm()
	case letter.Brief:
		return t.Brief()
	}
	return t.Formal()
}
