package i18n

import (
	"reflect"
	"strings"
	"testing"

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
			var args []reflect.Value
			for a := range m.Type.NumIn() {
				args = append(args, reflect.ValueOf(7).Convert(m.Type.In(a)))
			}
			out := c.MethodByName(m.Name).Call(args)[0]
			if empty := emptyText(out); empty != "" {
				t.Errorf("%s.%s: %s is empty", lang, m.Name, empty)
			}
		}
	}
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
	for _, lang := range letter.Langs {
		if got := For(lang).Lang(); got != lang {
			t.Errorf("For(%s).Lang() = %s", lang, got)
		}
	}
	if got := For("sv").Lang(); got != letter.Norwegian {
		t.Errorf("an unknown language gives %s, want nb", got)
	}
	if For(letter.Norwegian).FormTitle() == For(letter.English).FormTitle() {
		t.Error("the two catalogs say the same")
	}
}

// TestEveryErrorIsWorded checks each rule's message on each field, in both
// languages: a required field says what is missing.
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
		{"nn-NO", letter.Norwegian},
		{"sv-SE,en;q=0.7", letter.English},
		{"de, fr;q=0.9", letter.Norwegian},
		{"en;q=0.3, nb;q=0.8", letter.Norwegian},
		{"EN-gb", letter.English},
		{"en;q=0, nb;q=0", letter.Norwegian},
		{"en;q=bogus", letter.Norwegian},
		{"*", letter.Norwegian},
		{strings.Repeat("x,", 5000) + "en", letter.English},
		{"nn-NO,en;q=0.5", letter.Norwegian},       // nynorsk, preferred to English
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
		for tone, w := range map[letter.Tone]Choice{letter.Formal: c.Formal(), letter.Warm: c.Warm(), letter.Brief: c.Brief(), "loud": c.Formal()} {
			if got := ToneText(c, tone); got != w {
				t.Errorf("%s: ToneText(%s) = %+v, want %+v", lang, tone, got, w)
			}
		}
	}
}
