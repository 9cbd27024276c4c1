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
		letter.InvalidDate, letter.DateInPast, letter.DateTooFar, letter.InvalidEmail, letter.InvalidPhone,
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
	}
	for _, tt := range tests {
		if got := Negotiate(tt.header); got != tt.want {
			t.Errorf("Negotiate(%.40q) = %s, want %s", tt.header, got, tt.want)
		}
	}
}
