// Package letter turns what a departing employee typed into a finished
// letter to a client: it validates the draft, reports what to fix and what to
// consider, and composes the letter in Norwegian (bokmål or nynorsk) or
// English in one of three tones. It knows nothing about HTTP.
package letter

import "strings"

// Draft is the form contract as typed: every value is raw text, parsed and
// checked by Check. The schema tags are the contract's field names, which are
// also the keys of field errors.
type Draft struct {
	Lang             string `schema:"lang"`
	Tone             string `schema:"tone"`
	SenderName       string `schema:"sender_name"`
	SenderTitle      string `schema:"sender_title"`
	Company          string `schema:"company"`
	ClientName       string `schema:"client_name"`
	ClientEmail      string `schema:"client_email"`
	ClientCompany    string `schema:"client_company"`
	ClientAddress    string `schema:"client_address"`
	Place            string `schema:"place"`
	DepartureDate    string `schema:"departure_date"`
	ReplacementName  string `schema:"replacement_name"`
	ReplacementTitle string `schema:"replacement_title"`
	ReplacementEmail string `schema:"replacement_email"`
	ReplacementPhone string `schema:"replacement_phone"`
	Years            string `schema:"years"`
	SameIndustry     bool   `schema:"same_industry"`
	Competitor       bool   `schema:"competitor"`
	NewEmployer      string `schema:"new_employer"`
	PhoneFollowup    bool   `schema:"phone_followup"`
	PersonalNote     string `schema:"personal_note"`
	ManagerOK        bool   `schema:"manager_ok"`

	// Region is no field of the form: the caller sets it to the region
	// (ISO 3166-1, "GB") the user most likely writes phone numbers in, as
	// the browser's language says. Empty: the letter's language decides.
	// See PhoneRegion.
	Region string `schema:"-"`
}

// Field names of the form contract, in the order the form asks for them.
const (
	FieldLang             = "lang"
	FieldTone             = "tone"
	FieldSenderName       = "sender_name"
	FieldSenderTitle      = "sender_title"
	FieldCompany          = "company"
	FieldClientName       = "client_name"
	FieldClientEmail      = "client_email"
	FieldClientCompany    = "client_company"
	FieldClientAddress    = "client_address"
	FieldPlace            = "place"
	FieldDepartureDate    = "departure_date"
	FieldReplacementName  = "replacement_name"
	FieldReplacementTitle = "replacement_title"
	FieldReplacementEmail = "replacement_email"
	FieldReplacementPhone = "replacement_phone"
	FieldYears            = "years"
	FieldNewEmployer      = "new_employer"
	FieldPersonalNote     = "personal_note"
	FieldSameIndustry     = "same_industry"
	FieldCompetitor       = "competitor"
	FieldPhoneFollowup    = "phone_followup"
	FieldManagerOK        = "manager_ok"
	FieldSubject          = "subject" // on download: the edited subject
	FieldLetter           = "letter"  // on download: the edited body
	FieldFormat           = "format"  // on download: txt, eml, pdf or docx
)

// Lang is a language the letter (and the interface) can be written in.
type Lang string

const (
	Norwegian Lang = "nb" // bokmål
	Nynorsk   Lang = "nn"
	English   Lang = "en"
)

// Langs lists the supported languages, the default first, in the order the
// form and the language switch offer them.
var Langs = []Lang{Norwegian, Nynorsk, English}

// ParseLang returns the language named by s, and false when s names none.
// It is the one reading of a language: the check, the pages and the web
// layer all use it.
func ParseLang(s string) (Lang, bool) { return parseChoice(s, Langs) }

// ParseTone returns the tone s names, and the default (formal) and false
// when s names none.
func ParseTone(s string) (Tone, bool) { return parseChoice(s, Tones) }

// parseChoice returns the option s names, spaces around it ignored (as
// every field's are), or the first (the default) and false.
func parseChoice[T ~string](s string, options []T) (T, bool) {
	s = strings.TrimSpace(s)
	for _, o := range options {
		if string(o) == s {
			return o, true
		}
	}
	return options[0], false
}

// Tone is how the letter sounds.
type Tone string

const (
	Formal Tone = "formal" // polite and respectful
	Warm   Tone = "warm"   // personal and grateful
	Brief  Tone = "brief"  // short and factual
)

// Tones lists the supported tones, the default first.
var Tones = []Tone{Formal, Warm, Brief}

// Limits, in characters, of the free-text fields.
const (
	MaxNameLen      = 100
	MaxTitleLen     = 100
	MaxCompanyLen   = 120
	MaxEmailLen     = 254
	MaxPhoneLen     = 40
	MaxNoteLen      = 400
	MaxAddressLen   = 200
	MaxAddressLines = 4 // what fits in an envelope's window under the name and company
	MaxPlaceLen     = 60
	MaxSubjectLen   = 300
	MaxLetterLen    = 10000
	MaxYears        = 60
	MinNoticeDays   = 14  // less than this gives a short-notice warning
	MaxDaysAhead    = 730 // a departure further away is surely a typo
)

// Pair is one field of a draft as the form posts it.
type Pair struct{ Name, Value string }

// Pairs lists every field of d under its contract name, in form order, as a
// form posts it: a checkbox that is off is left out, one that is on is "on".
func (d Draft) Pairs() []Pair {
	pairs := []Pair{
		{FieldLang, d.Lang},
		{FieldTone, d.Tone},
		{FieldSenderName, d.SenderName},
		{FieldSenderTitle, d.SenderTitle},
		{FieldCompany, d.Company},
		{FieldClientName, d.ClientName},
		{FieldClientEmail, d.ClientEmail},
		{FieldClientCompany, d.ClientCompany},
		{FieldClientAddress, d.ClientAddress},
		{FieldPlace, d.Place},
		{FieldDepartureDate, d.DepartureDate},
		{FieldReplacementName, d.ReplacementName},
		{FieldReplacementTitle, d.ReplacementTitle},
		{FieldReplacementEmail, d.ReplacementEmail},
		{FieldReplacementPhone, d.ReplacementPhone},
		{FieldYears, d.Years},
		{FieldNewEmployer, d.NewEmployer},
		{FieldPersonalNote, d.PersonalNote},
	}
	for _, box := range []struct {
		name string
		on   bool
	}{
		{FieldSameIndustry, d.SameIndustry},
		{FieldCompetitor, d.Competitor},
		{FieldPhoneFollowup, d.PhoneFollowup},
		{FieldManagerOK, d.ManagerOK},
	} {
		if box.on {
			pairs = append(pairs, Pair{box.name, "on"})
		}
	}
	return pairs
}
