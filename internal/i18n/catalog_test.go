package i18n

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/farvel/farvel/internal/letter"
)

// TestEveryTextIsWritten calls every method of every catalog and checks
// that it says something: the compiler makes sure each text exists, this
// makes sure none is left empty.
func TestEveryTextIsWritten(t *testing.T) {
	iface := reflect.TypeFor[Catalog]()
	for _, lang := range letter.Langs {
		c := reflect.ValueOf(For(lang))
		for i := range iface.NumMethod() {
			m := iface.Method(i)
			for _, args := range sampleCalls(m.Type) {
				out := c.MethodByName(m.Name).Call(args)[0]
				if empty := emptyText(out); empty != "" {
					t.Errorf("%s.%s%v: %s is empty", lang, m.Name, args, empty)
				}
			}
		}
	}
}

// sampleCalls are the arguments to call a catalog method of type m with:
// every combination of the cases a text words apart, by parameter type.
func sampleCalls(m reflect.Type) [][]reflect.Value {
	samples := map[reflect.Type][]any{
		reflect.TypeFor[int]():       {0, 1, 2, 7, 730},
		reflect.TypeFor[bool]():      {false, true},
		reflect.TypeFor[string]():    {"NO", "GB", "SE", "BR"},                                    // regions: home, named, generic
		reflect.TypeFor[time.Time](): {time.Date(2027, 12, 5, 0, 0, 0, 0, time.UTC), time.Time{}}, // a Sunday; none
	}
	calls := [][]reflect.Value{nil}
	for a := range m.NumIn() {
		values, ok := samples[m.In(a)]
		if !ok {
			panic("no samples for a parameter of type " + m.In(a).String())
		}
		var next [][]reflect.Value
		for _, call := range calls {
			for _, v := range values {
				next = append(next, append(slices.Clone(call), reflect.ValueOf(v)))
			}
		}
		calls = next
	}
	return calls
}

// emptyText names the first empty text in v, or returns "".
func emptyText(v reflect.Value) string {
	switch x := v.Interface().(type) {
	case string:
		if strings.TrimSpace(x) == "" {
			return "the text"
		}
	case []string:
		if len(x) == 0 {
			return "the list"
		}
		for _, s := range x {
			if strings.TrimSpace(s) == "" {
				return "an item"
			}
		}
	case Field:
		if x.Label == "" {
			return "the label"
		}
	case Choice:
		if x.Label == "" || x.Hint == "" {
			return "the label or hint"
		}
	case Problem:
		if x.Title == "" || x.Text == "" {
			return "the title or text"
		}
	}
	return ""
}

func TestCatalogLanguages(t *testing.T) {
	names := map[letter.Lang]string{letter.Norwegian: "Bokmål", letter.Nynorsk: "Nynorsk", letter.English: "English"}
	titles := map[string]letter.Lang{}
	for _, lang := range letter.Langs {
		if _, ok := catalogs[lang]; !ok {
			t.Errorf("%s has no catalog: its pages would be in bokmål", lang)
			continue
		}
		c := For(lang)
		if got := c.Lang(); got != lang {
			t.Errorf("For(%s).Lang() = %s", lang, got)
		}
		if got := c.LangName(); got != names[lang] {
			t.Errorf("%s calls itself %q, want %q", lang, got, names[lang])
		}
		if other, dup := titles[c.FormTitle()]; dup {
			t.Errorf("%s and %s say the same: %q", other, lang, c.FormTitle())
		}
		titles[c.FormTitle()] = lang
	}
	if got := For("sv").Lang(); got != letter.Norwegian {
		t.Errorf("an unknown language gives %s, want nb", got)
	}
}

// otherStandard lists words of the other written standard of Norwegian that
// must never appear in a catalog: bokmål-only words in the nynorsk one, and
// the reverse.
var otherStandard = map[letter.Lang][]string{
	letter.Nynorsk: {"jeg", "ikke", "hva", "hvem", "hvordan", "bare", "hvis", "også", "sammen", "videre", "noe", "mye",
		"en", "et", "fra", "navn", "navnet", "leder", "lederen", "nettleser", "nettleseren", "ble", "dere", "mer", "tar"},
	letter.Norwegian: {"eg", "ikkje", "kva", "kven", "korleis", "berre", "viss", "òg", "saman", "vidare", "noko", "mykje",
		"ein", "eit", "frå", "namn", "namnet", "leiar", "leiaren", "nettlesar", "nettlesaren", "vart", "meir", "tek"},
}

var quoted = regexp.MustCompile(`«[^»]*»`)

// TestCatalogKeepsToItsStandard checks every text of the two Norwegian
// catalogs for words of the other standard.
func TestCatalogKeepsToItsStandard(t *testing.T) {
	for lang, banned := range otherStandard {
		var words []string
		for _, s := range texts(For(lang)) {
			s = quoted.ReplaceAllString(s, "") // «en» is a value to type, not a word
			words = append(words, strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })...)
		}
		for _, w := range banned {
			if slices.Contains(words, w) {
				t.Errorf("the %s catalog has %q", lang, w)
			}
		}
	}
}

// texts calls every method of c and returns every text it says.
func texts(c Catalog) []string {
	var out []string
	iface := reflect.TypeFor[Catalog]()
	v := reflect.ValueOf(c)
	for i := range iface.NumMethod() {
		m := iface.Method(i)
		for _, args := range sampleCalls(m.Type) {
			switch x := v.MethodByName(m.Name).Call(args)[0].Interface().(type) {
			case string:
				out = append(out, x)
			case []string:
				out = append(out, x...)
			case [7]string:
				out = append(out, x[:]...)
			case [][7]string:
				// An example list is data as a user types it, not prose.
			case Field:
				out = append(out, x.Label, x.Hint, x.Missing)
			case Choice:
				out = append(out, x.Label, x.Hint)
			case Problem:
				out = append(out, x.Title, x.Text)
			}
		}
	}
	return out
}

// TestEveryErrorIsWorded checks each rule's message on each field, in every
// language: a required field says what is missing.
func TestEveryErrorIsWorded(t *testing.T) {
	codes := []letter.Code{
		letter.Required, letter.TooLong, letter.InvalidUTF8, letter.ControlChars, letter.InvalidChoice,
		letter.InvalidDate, letter.DateInPast, letter.DateTooFar, letter.InvalidEmail, letter.MixedScript, letter.InvalidPhone,
		letter.NeedEmailOrPhone, letter.NotANumber, letter.OutOfRange,
	}
	for _, lang := range letter.Langs {
		c := For(lang)
		seen := map[string]letter.Code{}
		for _, code := range codes {
			msg := FieldMessage(c, letter.FieldError{Field: letter.FieldCompany, Code: code, Limit: 120})
			if msg == "" {
				t.Errorf("%s: %s has no message", lang, code)
			}
			if other, dup := seen[msg]; dup {
				t.Errorf("%s: %s and %s share the message %q", lang, code, other, msg)
			}
			seen[msg] = code
		}
		if msg := FieldMessage(c, letter.FieldError{Field: letter.FieldCompany, Code: letter.TooLong, Limit: 120}); !strings.Contains(msg, "120") {
			t.Errorf("%s: too_long does not say the limit: %q", lang, msg)
		}
		if msg := FieldMessage(c, letter.FieldError{Field: letter.FieldYears, Code: letter.OutOfRange, Limit: 60}); !strings.Contains(msg, "60") {
			t.Errorf("%s: out_of_range does not say the limit: %q", lang, msg)
		}
		if msg := FieldMessage(c, letter.FieldError{Field: letter.FieldDepartureDate, Code: letter.DateTooFar, Limit: 730}); !strings.Contains(msg, " 2 ") {
			t.Errorf("%s: date_too_far does not say the limit of 730 days as 2 years: %q", lang, msg)
		}
		for field, want := range map[string]string{
			letter.FieldSenderName:      c.SenderName().Missing,
			letter.FieldDepartureDate:   c.DepartureDate().Missing,
			letter.FieldReplacementName: c.ReplacementName().Missing,
			letter.FieldClientEmail:     c.ClientEmail().Label, // has no message of its own: the label stands in
		} {
			if got := FieldMessage(c, letter.FieldError{Field: field, Code: letter.Required}); got != want {
				t.Errorf("%s: required %s says %q, want %q", lang, field, got, want)
			}
		}
		for _, field := range []string{letter.FieldSenderName, letter.FieldCompany, letter.FieldDepartureDate, letter.FieldReplacementName} {
			if FieldText(c, field).Missing == "" {
				t.Errorf("%s: required field %s has no message for when it is missing", lang, field)
			}
		}
	}
}

func TestNegotiate(t *testing.T) {
	tests := []struct {
		header string
		want   letter.Lang
	}{
		{"", letter.Norwegian},
		{"en", letter.English},
		{"en-US,en;q=0.9", letter.English},
		{"nb-NO,nb;q=0.9,en;q=0.8", letter.Norwegian},
		{"no", letter.Norwegian},
		{"nn-NO", letter.Nynorsk},
		{"nn", letter.Nynorsk},
		{"NN-no", letter.Nynorsk},
		{"nb;q=0.5, nn", letter.Nynorsk},
		{"nn;q=0.5, nb", letter.Norwegian},
		{"nn;q=0.5, en;q=0.9", letter.English},
		{"no-NO", letter.Norwegian},
		{"sv-SE,en;q=0.7", letter.English},
		{"de, fr;q=0.9", letter.Norwegian},
		{"en;q=0.3, nb;q=0.8", letter.Norwegian},
		{"EN-gb", letter.English},
		{"en;q=0, nb;q=0", letter.Norwegian},
		{"en;q=bogus", letter.Norwegian},
		{"*", letter.Norwegian},
		{strings.Repeat("x,", 5000) + "en", letter.English},
		{"nn-NO,en;q=0.5", letter.Nynorsk},         // nynorsk, preferred to English
		{"no,en;q=0.5", letter.Norwegian},          // as is plain Norwegian
		{"en, nb", letter.English},                 // equal preference: the first listed wins
		{"nb;q=0.5, en;q=0.5", letter.Norwegian},   // likewise
		{"en;q=0", letter.Norwegian},               // q=0 means not acceptable
		{"en;q=2, nb;q=0.5", letter.Norwegian},     // a q above 1 is invalid: the tag is skipped
		{"en;q=-0.5, nb;q=0.5", letter.Norwegian},  // as is one below 0
		{"en; q=0.3, nb; q=0.8", letter.Norwegian}, // white space before q
		{"nb;q=0.3 , en;q=0.8 ", letter.English},   // and after it
	}
	for _, tt := range tests {
		if got := Negotiate(tt.header); got != tt.want {
			t.Errorf("Negotiate(%.40q) = %s, want %s", tt.header, got, tt.want)
		}
	}
}

// TestFieldTextNamesEachField checks that each field of the contract gets
// its own text, the one the catalog has for it.
func TestFieldTextNamesEachField(t *testing.T) {
	for _, lang := range letter.Langs {
		c := For(lang)
		want := map[string]Field{
			letter.FieldLang:             {Label: c.LangLegend()},
			letter.FieldTone:             {Label: c.ToneLegend()},
			letter.FieldSenderName:       c.SenderName(),
			letter.FieldSenderTitle:      c.SenderTitle(),
			letter.FieldCompany:          c.Company(),
			letter.FieldClientName:       c.ClientName(),
			letter.FieldClientEmail:      c.ClientEmail(),
			letter.FieldDepartureDate:    c.DepartureDate(),
			letter.FieldReplacementName:  c.ReplacementName(),
			letter.FieldReplacementTitle: c.ReplacementTitle(),
			letter.FieldReplacementEmail: c.ReplacementEmail(),
			letter.FieldReplacementPhone: c.ReplacementPhone(),
			letter.FieldYears:            c.Years(),
			letter.FieldSameIndustry:     c.SameIndustry(),
			letter.FieldCompetitor:       c.Competitor(),
			letter.FieldNewEmployer:      c.NewEmployer(),
			letter.FieldPhoneFollowup:    c.PhoneFollowup(),
			letter.FieldPersonalNote:     c.PersonalNote(),
			letter.FieldManagerOK:        c.ManagerOK(),
			letter.FieldSubject:          {Label: c.SubjectLabel()},
			letter.FieldLetter:           {Label: c.LetterLabel()},
			letter.FieldFormat:           {Label: c.FileFormat()},
			"unknown_field":              {Label: "unknown_field"},
		}
		for name, w := range want {
			if got := FieldText(c, name); got != w {
				t.Errorf("%s: FieldText(%s) = %+v, want %+v", lang, name, got, w)
			}
		}
		seen := map[Choice]letter.Tone{}
		for _, tone := range letter.Tones { // a new tone needs its own text, not the formal one's
			got := ToneText(c, tone)
			if other, dup := seen[got]; dup {
				t.Errorf("%s: the tones %s and %s read the same: %+v", lang, other, tone, got)
			}
			seen[got] = tone
		}
		for tone, w := range map[letter.Tone]Choice{letter.Formal: c.Formal(), letter.Warm: c.Warm(), letter.Brief: c.Brief(), "loud": c.Formal()} {
			if got := ToneText(c, tone); got != w {
				t.Errorf("%s: ToneText(%s) = %+v, want %+v", lang, tone, got, w)
			}
		}
	}
}
