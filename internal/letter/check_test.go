package letter

import (
	"strings"
	"testing"
	"time"
)

// validDraft is a draft that passes every rule; each case below breaks one.
func validDraft() Draft {
	return Draft{
		SenderName:       "Kari Nordmann",
		Company:          "Fjordkontor",
		DepartureDate:    "2027-10-08",
		ReplacementName:  "Jonas Berg",
		ReplacementEmail: "jonas@fjord.no",
		ManagerOK:        true,
	}
}

func TestCheckRules(t *testing.T) {
	long := func(n int) string { return strings.Repeat("æ", n) }
	tests := []struct {
		name   string
		edit   func(*Draft)
		field  string
		code   Code
		limit  int
		passes bool // the edit is allowed: no error at all
	}{
		{name: "valid", edit: func(d *Draft) {}, passes: true},
		{name: "sender name missing", edit: func(d *Draft) { d.SenderName = "" }, field: FieldSenderName, code: Required},
		{name: "sender name only spaces", edit: func(d *Draft) { d.SenderName = " \t " }, field: FieldSenderName, code: Required},
		{name: "company missing", edit: func(d *Draft) { d.Company = "" }, field: FieldCompany, code: Required},
		{name: "replacement missing", edit: func(d *Draft) { d.ReplacementName = "" }, field: FieldReplacementName, code: Required},
		{name: "departure date missing", edit: func(d *Draft) { d.DepartureDate = "" }, field: FieldDepartureDate, code: Required},
		{name: "sender name at limit in characters", edit: func(d *Draft) { d.SenderName = long(100) }, passes: true},
		{name: "sender name over limit", edit: func(d *Draft) { d.SenderName = long(101) }, field: FieldSenderName, code: TooLong, limit: 100},
		{name: "sender title over limit", edit: func(d *Draft) { d.SenderTitle = long(101) }, field: FieldSenderTitle, code: TooLong, limit: 100},
		{name: "company over limit", edit: func(d *Draft) { d.Company = long(121) }, field: FieldCompany, code: TooLong, limit: 120},
		{name: "client name over limit", edit: func(d *Draft) { d.ClientName = long(121) }, field: FieldClientName, code: TooLong, limit: 120},
		{name: "replacement over limit", edit: func(d *Draft) { d.ReplacementName = long(101) }, field: FieldReplacementName, code: TooLong, limit: 100},
		{name: "replacement title over limit", edit: func(d *Draft) { d.ReplacementTitle = long(101) }, field: FieldReplacementTitle, code: TooLong, limit: 100},
		{name: "new employer over limit", edit: func(d *Draft) { d.NewEmployer = long(121) }, field: FieldNewEmployer, code: TooLong, limit: 120},
		{name: "note at limit", edit: func(d *Draft) { d.PersonalNote = long(400) }, passes: true},
		{name: "note over limit", edit: func(d *Draft) { d.PersonalNote = long(401) }, field: FieldPersonalNote, code: TooLong, limit: 400},
		{name: "client company over limit", edit: func(d *Draft) { d.ClientCompany = long(121) }, field: FieldClientCompany, code: TooLong, limit: 120},
		{name: "client company on two lines", edit: func(d *Draft) { d.ClientCompany = "Fjord\nAS" }, field: FieldClientCompany, code: ControlChars},
		{name: "address of four lines", edit: func(d *Draft) { d.ClientAddress = "c/o Ola\r\nStrandgata 12\r\nPostboks 4\r\n6004 Ålesund" }, passes: true},
		{name: "address of five lines", edit: func(d *Draft) { d.ClientAddress = "a\nb\nc\nd\ne" }, field: FieldClientAddress, code: TooManyLines, limit: 4},
		{name: "address with blank lines between four", edit: func(d *Draft) { d.ClientAddress = "a\n\n b \n\nc\nd\n\n" }, passes: true},
		{name: "address at limit", edit: func(d *Draft) { d.ClientAddress = long(200) }, passes: true},
		{name: "address over limit", edit: func(d *Draft) { d.ClientAddress = long(201) }, field: FieldClientAddress, code: TooLong, limit: 200},
		{name: "address with a control character", edit: func(d *Draft) { d.ClientAddress = "Strandgata\x0c12" }, field: FieldClientAddress, code: ControlChars},
		{name: "place over limit", edit: func(d *Draft) { d.Place = long(61) }, field: FieldPlace, code: TooLong, limit: 60},
		{name: "place with a line break", edit: func(d *Draft) { d.Place = "Ålesund\nBcc: x@y.no" }, field: FieldPlace, code: ControlChars},
		{name: "10 000 characters", edit: func(d *Draft) { d.SenderName = strings.Repeat("a", 10000) }, field: FieldSenderName, code: TooLong, limit: 100},
		{name: "10 000 character note", edit: func(d *Draft) { d.PersonalNote = strings.Repeat("a ", 5000) }, field: FieldPersonalNote, code: TooLong, limit: 400},
		{name: "invalid UTF-8", edit: func(d *Draft) { d.Company = "Fjord\xffkontor" }, field: FieldCompany, code: InvalidUTF8},
		{name: "invalid UTF-8 in note", edit: func(d *Draft) { d.PersonalNote = "\xc3\x28" }, field: FieldPersonalNote, code: InvalidUTF8},
		{name: "LF in one-line field", edit: func(d *Draft) { d.SenderName = "Kari\nBcc: x@y.no" }, field: FieldSenderName, code: ControlChars},
		{name: "CR in one-line field", edit: func(d *Draft) { d.ReplacementName = "Jonas\rBerg" }, field: FieldReplacementName, code: ControlChars},
		{name: "NUL", edit: func(d *Draft) { d.Company = "Fjord\x00kontor" }, field: FieldCompany, code: ControlChars},
		{name: "escape sequence", edit: func(d *Draft) { d.SenderTitle = "\x1b[31mRød" }, field: FieldSenderTitle, code: ControlChars},
		{name: "C1 control", edit: func(d *Draft) { d.ClientName = "O\u0085la" }, field: FieldClientName, code: ControlChars},
		{name: "bidi override", edit: func(d *Draft) { d.Company = "Fjord\u202ekontor" }, field: FieldCompany, code: ControlChars},
		{name: "line separator", edit: func(d *Draft) { d.Company = "Fjord\u2028kontor" }, field: FieldCompany, code: ControlChars},
		{name: "paragraph separator", edit: func(d *Draft) { d.SenderTitle = "Senior\u2029rådgiver" }, field: FieldSenderTitle, code: ControlChars},
		{name: "bidi isolate", edit: func(d *Draft) { d.ClientName = "\u2067Ola" }, field: FieldClientName, code: ControlChars},
		{name: "first bidi embedding", edit: func(d *Draft) { d.ClientName = "\u202aOla" }, field: FieldClientName, code: ControlChars},
		{name: "first bidi isolate", edit: func(d *Draft) { d.ClientName = "\u2066Ola" }, field: FieldClientName, code: ControlChars},
		{name: "pop directional isolate", edit: func(d *Draft) { d.ClientName = "Ola\u2069" }, field: FieldClientName, code: ControlChars},
		{name: "CRLF in note", edit: func(d *Draft) { d.PersonalNote = "Takk for alt.\r\nHils alle." }, passes: true},
		{name: "tab in note", edit: func(d *Draft) { d.PersonalNote = "Takk\tfor alt" }, field: FieldPersonalNote, code: ControlChars},
		{name: "NUL in note", edit: func(d *Draft) { d.PersonalNote = "Takk\x00" }, field: FieldPersonalNote, code: ControlChars},
		{name: "unknown language", edit: func(d *Draft) { d.Lang = "sv" }, field: FieldLang, code: InvalidChoice},
		{name: "unknown tone", edit: func(d *Draft) { d.Tone = "angry" }, field: FieldTone, code: InvalidChoice},
		{name: "English and warm", edit: func(d *Draft) { d.Lang, d.Tone = "en", "warm" }, passes: true},
		{name: "impossible date", edit: func(d *Draft) { d.DepartureDate = "2027-02-30" }, field: FieldDepartureDate, code: InvalidDate},
		{name: "month 13", edit: func(d *Draft) { d.DepartureDate = "2027-13-01" }, field: FieldDepartureDate, code: InvalidDate},
		{name: "five-digit year", edit: func(d *Draft) { d.DepartureDate = "99999-01-01" }, field: FieldDepartureDate, code: InvalidDate},
		{name: "all zeros", edit: func(d *Draft) { d.DepartureDate = "0000-00-00" }, field: FieldDepartureDate, code: InvalidDate},
		{name: "Norwegian date style", edit: func(d *Draft) { d.DepartureDate = "08.10.2027" }, field: FieldDepartureDate, code: InvalidDate},
		{name: "date with time", edit: func(d *Draft) { d.DepartureDate = "2027-10-08T10:00:00Z" }, field: FieldDepartureDate, code: InvalidDate},
		{name: "year zero", edit: func(d *Draft) { d.DepartureDate = "0000-01-01" }, field: FieldDepartureDate, code: DateInPast},
		{name: "yesterday", edit: func(d *Draft) { d.DepartureDate = "2027-08-31" }, field: FieldDepartureDate, code: DateInPast},
		{name: "today", edit: func(d *Draft) { d.DepartureDate = "2027-09-01" }, passes: true},
		{name: "two years ahead", edit: func(d *Draft) { d.DepartureDate = "2029-08-31" }, passes: true},
		{name: "too far ahead", edit: func(d *Draft) { d.DepartureDate = "2029-09-01" }, field: FieldDepartureDate, code: DateTooFar, limit: 730},
		{name: "email with name", edit: func(d *Draft) { d.ReplacementEmail = "Jonas <jonas@fjord.no>" }, field: FieldReplacementEmail, code: InvalidEmail},
		{name: "email without at", edit: func(d *Draft) { d.ReplacementEmail = "jonas.fjord.no" }, field: FieldReplacementEmail, code: InvalidEmail},
		{name: "email without dot in domain", edit: func(d *Draft) { d.ReplacementEmail = "jonas@localhost" }, field: FieldReplacementEmail, code: InvalidEmail},
		{name: "email at an IP address", edit: func(d *Draft) { d.ReplacementEmail = "jonas@[10.0.0.1]" }, field: FieldReplacementEmail, code: InvalidEmail},
		{name: "email domain ending in a dot", edit: func(d *Draft) { d.ReplacementEmail = "jonas@fjord.no." }, field: FieldReplacementEmail, code: InvalidEmail},
		{name: "email domain starting with a dot", edit: func(d *Draft) { d.ReplacementEmail = "jonas@.fjord.no" }, field: FieldReplacementEmail, code: InvalidEmail},
		{name: "email with header injection", edit: func(d *Draft) { d.ClientEmail = "ola@kunde.no\r\nBcc: x@y.no" }, field: FieldClientEmail, code: ControlChars},
		{name: "two emails", edit: func(d *Draft) { d.ClientEmail = "a@b.no, c@d.no" }, field: FieldClientEmail, code: InvalidEmail},
		{name: "email in angle brackets", edit: func(d *Draft) { d.ClientEmail = "<ola@kunde.no>" }, field: FieldClientEmail, code: InvalidEmail},
		{name: "email with needless quotes", edit: func(d *Draft) { d.ClientEmail = `"ola"@kunde.no` }, field: FieldClientEmail, code: InvalidEmail},
		{name: "client email valid", edit: func(d *Draft) { d.ClientEmail = "ola.nordmann+farvel@kunde.no" }, passes: true},
		{name: "no email or phone", edit: func(d *Draft) { d.ReplacementEmail = "" }, field: FieldReplacementEmail, code: NeedEmailOrPhone},
		{name: "email only spaces, no phone", edit: func(d *Draft) { d.ReplacementEmail = "   " }, field: FieldReplacementEmail, code: NeedEmailOrPhone},
		{name: "phone only spaces, no email", edit: func(d *Draft) { d.ReplacementEmail, d.ReplacementPhone = "", " \t " }, field: FieldReplacementEmail, code: NeedEmailOrPhone},
		{name: "phone only", edit: func(d *Draft) { d.ReplacementEmail, d.ReplacementPhone = "", "412 34 567" }, passes: true},
		{name: "foreign phone with plus", edit: func(d *Draft) { d.ReplacementPhone = "+46 8 123 456 78" }, passes: true},
		{name: "phone too short", edit: func(d *Draft) { d.ReplacementPhone = "1234" }, field: FieldReplacementPhone, code: InvalidPhone},
		{name: "phone letters", edit: func(d *Draft) { d.ReplacementPhone = "ring meg" }, field: FieldReplacementPhone, code: InvalidPhone},
		{name: "phone too long", edit: func(d *Draft) { d.ReplacementPhone = strings.Repeat("9", 41) }, field: FieldReplacementPhone, code: TooLong, limit: 40},
		{name: "years zero", edit: func(d *Draft) { d.Years = "0" }, passes: true},
		{name: "years sixty", edit: func(d *Draft) { d.Years = "60" }, passes: true},
		{name: "years negative", edit: func(d *Draft) { d.Years = "-1" }, field: FieldYears, code: OutOfRange, limit: 60},
		{name: "years too many", edit: func(d *Draft) { d.Years = "61" }, field: FieldYears, code: OutOfRange, limit: 60},
		{name: "years huge", edit: func(d *Draft) { d.Years = strings.Repeat("9", 10000) }, field: FieldYears, code: OutOfRange, limit: 60},
		{name: "years exponent", edit: func(d *Draft) { d.Years = "1e9" }, field: FieldYears, code: NotANumber},
		{name: "years word", edit: func(d *Draft) { d.Years = "six" }, field: FieldYears, code: NotANumber},
		{name: "years decimal", edit: func(d *Draft) { d.Years = "2.5" }, field: FieldYears, code: NotANumber},
		{name: "years minus only", edit: func(d *Draft) { d.Years = "-" }, field: FieldYears, code: NotANumber},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := validDraft()
			tt.edit(&d)
			_, _, errs := Check(d, today)
			if tt.passes {
				if len(errs) > 0 {
					t.Fatalf("want no errors, got %v", errs)
				}
				return
			}
			if len(errs) != 1 {
				t.Fatalf("want exactly one error on %s, got %v", tt.field, errs)
			}
			want := FieldError{Field: tt.field, Code: tt.code, Limit: tt.limit}
			if errs[0] != want {
				t.Fatalf("got %+v, want %+v", errs[0], want)
			}
		})
	}
}

func TestCheckReportsEveryFieldInFormOrder(t *testing.T) {
	_, _, errs := Check(Draft{Lang: "xx", Years: "x"}, today)
	var got []string
	for _, e := range errs {
		got = append(got, e.Field+":"+string(e.Code))
	}
	want := "lang:invalid_choice sender_name:required company:required departure_date:required " +
		"replacement_name:required replacement_email:need_email_or_phone years:not_a_number"
	if strings.Join(got, " ") != want {
		t.Fatalf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestCheckNormalises(t *testing.T) {
	d := validDraft()
	d.SenderName = "  Kari \u00a0  Nordmann "
	d.PersonalNote = "  Takk for alt.\r\n\r\n  Hils teamet!  "
	d.ReplacementPhone = "+47 412 34 567"
	d.Lang = " en "
	d.Years = " 6 "
	d.DepartureDate = " 2027-10-08 "
	f, _, errs := Check(d, today)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, c := range []struct{ name, got, want string }{
		{"sender name", f.SenderName, "Kari Nordmann"},
		{"note", f.PersonalNote, "Takk for alt. Hils teamet!"},
		{"phone in English letter", f.ReplacementPhone, "+47 41 23 45 67"},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, c.got, c.want)
		}
	}
	if f.Lang != English || f.Tone != Formal {
		t.Errorf("lang, tone = %s, %s; want en, formal (the default tone)", f.Lang, f.Tone)
	}
	if f.Years != 6 || !f.LastDay.Equal(date("2027-10-08")) {
		t.Errorf("years, last day = %d, %s; want 6, 2027-10-08", f.Years, f.LastDay.Format(time.DateOnly))
	}

	d.Lang = ""
	f, _, _ = Check(d, today)
	if f.Lang != Norwegian || f.ReplacementPhone != "41 23 45 67" {
		t.Errorf("default language: got %s with phone %q, want nb with the national format", f.Lang, f.ReplacementPhone)
	}
}

func TestCheckWarnings(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Draft)
		want []Warning
	}{
		{name: "none", edit: func(d *Draft) {}},
		{name: "today", edit: func(d *Draft) { d.DepartureDate = "2027-09-01" }, want: []Warning{{Code: ShortNotice, Days: 0}}},
		{name: "13 days", edit: func(d *Draft) { d.DepartureDate = "2027-09-14" }, want: []Warning{{Code: ShortNotice, Days: 13}}},
		{name: "14 days", edit: func(d *Draft) { d.DepartureDate = "2027-09-15" }},
		{name: "manager not asked", edit: func(d *Draft) { d.ManagerOK = false }, want: []Warning{{Code: ManagerNotConfirmed}}},
		{name: "competitor named", edit: func(d *Draft) { d.Competitor, d.NewEmployer = true, "Rival AS" }, want: []Warning{{Code: NewEmployerOmitted}}},
		{name: "competitor not named", edit: func(d *Draft) { d.Competitor = true }},
		{name: "new employer, no competitor", edit: func(d *Draft) { d.NewEmployer = "Lysverket" }},
		{name: "all three", edit: func(d *Draft) {
			d.DepartureDate, d.ManagerOK, d.Competitor, d.NewEmployer = "2027-09-03", false, true, "Rival AS"
		}, want: []Warning{{Code: ShortNotice, Days: 2}, {Code: ManagerNotConfirmed}, {Code: NewEmployerOmitted}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := validDraft()
			tt.edit(&d)
			f, warnings, errs := Check(d, today)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			if len(warnings) != len(tt.want) {
				t.Fatalf("got %v, want %v", warnings, tt.want)
			}
			for i := range warnings {
				if warnings[i] != tt.want[i] {
					t.Fatalf("got %v, want %v", warnings, tt.want)
				}
			}
			if f.Competitor && f.NewEmployer != "" {
				t.Fatalf("moving to a competitor, yet the facts name %q", f.NewEmployer)
			}
		})
	}
}

func TestCheckPrintFields(t *testing.T) {
	d := validDraft()
	d.ClientCompany = "  Fjord   Kontor AS "
	d.ClientAddress = " Strandgata  12 \r\n\r\n\r\n 6004   Ålesund \r\n"
	d.Place = " Ålesund "
	f, _, errs := Check(d, date("2027-09-01"))
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	if f.ClientCompany != "Fjord Kontor AS" || f.Place != "Ålesund" {
		t.Errorf("company %q, place %q: want them trimmed and folded", f.ClientCompany, f.Place)
	}
	if want := []string{"Strandgata 12", "6004 Ålesund"}; strings.Join(f.ClientAddress, "|") != strings.Join(want, "|") {
		t.Errorf("address lines %q, want %q", f.ClientAddress, want)
	}
}

// TestParseChoices: the one reading of lang and tone ignores the spaces
// around a value, as Check does, and names no option for anything else.
func TestParseChoices(t *testing.T) {
	for _, tt := range []struct {
		in   string
		lang Lang
		ok   bool
	}{
		{"en", English, true}, {" en ", English, true}, {"nb\t", Norwegian, true},
		{"", Norwegian, false}, {"EN", Norwegian, false}, {"e n", Norwegian, false}, {"en\u200b", Norwegian, false},
	} {
		if lang, ok := ParseLang(tt.in); lang != tt.lang || ok != tt.ok {
			t.Errorf("ParseLang(%q) = %s, %v; want %s, %v", tt.in, lang, ok, tt.lang, tt.ok)
		}
	}
	for _, tt := range []struct {
		in   string
		tone Tone
		ok   bool
	}{
		{"brief", Brief, true}, {" brief", Brief, true}, {"warm \n", Warm, true},
		{"", Formal, false}, {"Brief", Formal, false}, {"angry", Formal, false},
	} {
		if tone, ok := ParseTone(tt.in); tone != tt.tone || ok != tt.ok {
			t.Errorf("ParseTone(%q) = %s, %v; want %s, %v", tt.in, tone, ok, tt.tone, tt.ok)
		}
	}
}

// TestCheckInvisibleCharacters: characters that show nothing (format
// characters and fillers) are no value. Text fields drop them, an email
// address is refused with them (dropping one would change the address), and
// a required field needs a letter or a digit.
func TestCheckInvisibleCharacters(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*Draft)
		field string
		code  Code
		// facts checks the facts of an edit that passes.
		facts func(Facts) (got, want string)
	}{
		{name: "zero-width space as the name", edit: func(d *Draft) { d.SenderName = "\u200b" }, field: FieldSenderName, code: Required},
		{name: "byte-order mark as the company", edit: func(d *Draft) { d.Company = "\ufeff" }, field: FieldCompany, code: Required},
		{name: "Hangul filler as the replacement", edit: func(d *Draft) { d.ReplacementName = "\u3164" }, field: FieldReplacementName, code: Required},
		{name: "Braille blank", edit: func(d *Draft) { d.SenderName = "\u2800\u2800" }, field: FieldSenderName, code: Required},
		{name: "Hangul choseong and jungseong fillers", edit: func(d *Draft) { d.SenderName = "\u115f\u1160" }, field: FieldSenderName, code: Required},
		{name: "halfwidth Hangul filler", edit: func(d *Draft) { d.Company = "\uffa0" }, field: FieldCompany, code: Required},
		{name: "soft hyphen", edit: func(d *Draft) { d.SenderName = "\u00ad" }, field: FieldSenderName, code: Required},
		{name: "word joiner and invisible operators", edit: func(d *Draft) { d.SenderName = "\u2060\u2061\u2062\u2063\u2064" }, field: FieldSenderName, code: Required},
		{name: "direction marks", edit: func(d *Draft) { d.SenderName = "\u200e\u200f\u061c" }, field: FieldSenderName, code: Required},
		{name: "tag characters", edit: func(d *Draft) { d.SenderName = "\U000e0041\U000e007f" }, field: FieldSenderName, code: Required},
		{name: "invisibles between spaces", edit: func(d *Draft) { d.ReplacementName = " \u200b \u200c\u200d \u2060 " }, field: FieldReplacementName, code: Required},
		{name: "punctuation only", edit: func(d *Draft) { d.SenderName = "- . -" }, field: FieldSenderName, code: Required},
		{name: "a combining mark only", edit: func(d *Draft) { d.Company = "\u0301" }, field: FieldCompany, code: Required},
		{name: "digits are a value", edit: func(d *Draft) { d.Company = "3M" },
			facts: func(f Facts) (string, string) { return f.Company, "3M" }},
		{name: "invisibles around a name are dropped", edit: func(d *Draft) { d.SenderName = "\u200b Kari\u00ad \ufeffNordmann \u2060" },
			facts: func(f Facts) (string, string) { return f.SenderName, "Kari Nordmann" }},
		{name: "a word joiner inside a word is dropped", edit: func(d *Draft) { d.Company = "Fjord\u2060kontor" },
			facts: func(f Facts) (string, string) { return f.Company, "Fjordkontor" }},
		{name: "invisibles in a note are dropped", edit: func(d *Draft) { d.PersonalNote = "Takk\u200b for\u3164 alt!" },
			facts: func(f Facts) (string, string) { return f.PersonalNote, "Takk for alt!" }},
		{name: "a note of invisibles is no note", edit: func(d *Draft) { d.PersonalNote = "\u200b\u2800" },
			facts: func(f Facts) (string, string) { return f.PersonalNote, "" }},
		{name: "invisibles in a phone number are dropped", edit: func(d *Draft) { d.ReplacementPhone = "412\u200b34\u200b567" },
			facts: func(f Facts) (string, string) { return f.ReplacementPhone, "41 23 45 67" }},
		{name: "a phone of invisibles and no email", edit: func(d *Draft) { d.ReplacementEmail, d.ReplacementPhone = "", "\u200b" },
			field: FieldReplacementEmail, code: NeedEmailOrPhone},
		{name: "bidi override is still refused", edit: func(d *Draft) { d.SenderName = "Kari \u202enamdroN" }, field: FieldSenderName, code: ControlChars},
		{name: "zero-width space in an email", edit: func(d *Draft) { d.ReplacementEmail = "kari\u200b@fjord.no" }, field: FieldReplacementEmail, code: InvalidEmail},
		{name: "byte-order mark before an email", edit: func(d *Draft) { d.ClientEmail = "\ufeffola@kunde.no" }, field: FieldClientEmail, code: InvalidEmail},
		{name: "soft hyphen in an email domain", edit: func(d *Draft) { d.ClientEmail = "ola@kun\u00adde.no" }, field: FieldClientEmail, code: InvalidEmail},
		{name: "an email of invisibles", edit: func(d *Draft) { d.ReplacementEmail = "\u200b" }, field: FieldReplacementEmail, code: InvalidEmail},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := validDraft()
			tt.edit(&d)
			f, _, errs := Check(d, today)
			if tt.facts != nil {
				if len(errs) > 0 {
					t.Fatalf("want no errors, got %v", errs)
				}
				if got, want := tt.facts(f); got != want {
					t.Fatalf("got %q, want %q", got, want)
				}
				return
			}
			want := FieldError{Field: tt.field, Code: tt.code}
			if len(errs) != 1 || errs[0] != want {
				t.Fatalf("got %v, want [%+v]", errs, want)
			}
		})
	}
}

// TestCheckNormalisesToNFC: text typed decomposed (a letter and a combining
// mark, as some keyboards and macOS file names send it) is composed before
// it is checked and counted: 100 "å" are 100 characters however typed.
func TestCheckNormalisesToNFC(t *testing.T) {
	const decomposed = "a\u030a" // a + combining ring above: å
	tests := []struct {
		name  string
		edit  func(*Draft)
		get   func(Facts) string
		want  string
		field string
		code  Code
		limit int
	}{
		{name: "100 decomposed å fit a name", edit: func(d *Draft) { d.SenderName = strings.Repeat(decomposed, 100) },
			get: func(f Facts) string { return f.SenderName }, want: strings.Repeat("å", 100)},
		{name: "101 decomposed å do not", edit: func(d *Draft) { d.SenderName = strings.Repeat(decomposed, 101) },
			field: FieldSenderName, code: TooLong, limit: MaxNameLen},
		{name: "a note at its limit, decomposed", edit: func(d *Draft) { d.PersonalNote = strings.Repeat("o\u0308", MaxNoteLen) },
			get: func(f Facts) string { return f.PersonalNote }, want: strings.Repeat("ö", MaxNoteLen)},
		{name: "a name is composed", edit: func(d *Draft) { d.ReplacementName = "Jonas A" + decomposed + "sen" },
			get: func(f Facts) string { return f.ReplacementName }, want: "Jonas Aåsen"},
		{name: "an email domain is composed", edit: func(d *Draft) { d.ClientEmail = "ola@" + decomposed + "lesund.no" },
			get: func(f Facts) string { return f.ClientEmail }, want: "ola@ålesund.no"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := validDraft()
			tt.edit(&d)
			f, _, errs := Check(d, today)
			if tt.get == nil {
				want := FieldError{Field: tt.field, Code: tt.code, Limit: tt.limit}
				if len(errs) != 1 || errs[0] != want {
					t.Fatalf("got %v, want [%+v]", errs, want)
				}
				return
			}
			if len(errs) > 0 {
				t.Fatalf("want no errors, got %v", errs)
			}
			if got := tt.get(f); got != tt.want {
				t.Fatalf("got %+q, want %+q", got, tt.want)
			}
		})
	}
}

// TestCheckEmailScripts: a domain label that mixes Latin with Cyrillic or
// Greek letters that look alike is refused as mixed_script; a domain in one
// script per label, such as Norwegian letters or a Cyrillic name, passes.
func TestCheckEmailScripts(t *testing.T) {
	tests := []struct {
		email string
		code  Code // "" passes
	}{
		{"kari@bjørnøya.no", ""},
		{"kari@ærlig-øl.no", ""},
		{"kari@sámediggi.no", ""},
		{"kari@пример.рф", ""},
		{"kari@пример.no", ""}, // one script per label
		{"kari@παράδειγμα.gr", ""},
		{"kari@fjоrd.no", MixedScript},  // Cyrillic о
		{"kari@fjοrd.no", MixedScript},  // Greek ο
		{"kari@аpple.com", MixedScript}, // Cyrillic а
		{"kari@fjord.nо", MixedScript},  // in the last label too
		{"kari@bjørnоya.no", MixedScript},
		{"kari@пример.рфx", MixedScript},
	}
	for _, tt := range tests {
		t.Run(tt.email, func(t *testing.T) {
			d := validDraft()
			d.ReplacementEmail = tt.email
			f, _, errs := Check(d, today)
			if tt.code == "" {
				if len(errs) > 0 || f.ReplacementEmail != tt.email {
					t.Fatalf("got %q and %v, want %q to pass", f.ReplacementEmail, errs, tt.email)
				}
				return
			}
			want := FieldError{Field: FieldReplacementEmail, Code: tt.code}
			if len(errs) != 1 || errs[0] != want {
				t.Fatalf("got %v, want [%+v]", errs, want)
			}
		})
	}
}
