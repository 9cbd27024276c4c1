package letter

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fillers are letters and symbols that show as blank space.
var fillers = []rune{'\u115f', '\u1160', '\u2800', '\u3164', '\uffa0'}

var contractFields = []string{
	FieldLang, FieldTone, FieldSenderName, FieldSenderTitle, FieldCompany, FieldClientName,
	FieldClientEmail, FieldDepartureDate, FieldReplacementName, FieldReplacementTitle,
	FieldReplacementEmail, FieldReplacementPhone, FieldYears, FieldNewEmployer, FieldPersonalNote,
}

// fuzzRegions are the phone regions a caller may give: none, a known one
// in either case, and one no number is read in.
var fuzzRegions = [...]string{"", "GB", "se", "XX"}

// fuzzDraft builds a draft from fuzzed values: the text fields a user types
// most, the checkboxes from the low bits of flags and the phone region from
// the next two.
func fuzzDraft(lang, tone, name, company, date, replacement, email, phone, years, employer, note string, flags uint8) Draft {
	return Draft{
		Lang: lang, Tone: tone, SenderName: name, SenderTitle: name, Company: company,
		ClientName: replacement, ClientEmail: email, DepartureDate: date,
		ReplacementName: replacement, ReplacementTitle: company, ReplacementEmail: email,
		ReplacementPhone: phone, Years: years, NewEmployer: employer, PersonalNote: note,
		SameIndustry: flags&1 != 0, Competitor: flags&2 != 0, PhoneFollowup: flags&4 != 0, ManagerOK: flags&8 != 0,
		Region: fuzzRegions[flags>>4&3],
	}
}

func addSeeds(f *testing.F) {
	f.Add("nb", "formal", "Kari Nordmann", "Fjordkontor AS", "2027-10-08", "Jonas Berg", "jonas@fjord.no", "41234567", "6", "Lysverket", "Hils alle!", uint8(15))
	f.Add("nn", "warm", "Kari Nordmann", "Fjordkontor AS", "2027-12-31", "Jonas", "", "+47 41234567", "12", "", "hugs meg", uint8(7))
	f.Add("en", "brief", "Sofie", "Acme Inc.", "2028-04-12", "Ahmed", "", "+44 20 7946 0958", "1", "Rival", "", uint8(3))
	f.Add("en", "warm", " Å ", "A.", "2027-09-01", "B", "a@b.no", "", "", "", "\r\nthanks\r\n", uint8(0))
	f.Add("xx", "", "\xff", "<script>", "2027-02-30", "\n", "a@b", "12", "1e9", "{{", "\x00", uint8(255))
	f.Add("nb ", " warm", "Kari\u200b Nordmann", "\ufeffFjord\u00adkontor", "2027-10-08", "Jo\u2060nas A\u030asen \u3164", "jonas@a\u030alesund.no",
		"412\u200b34567", "6", "Lys\U000e0041verket", "Ta\u030akk \u2800", uint8(9))
	f.Add("nb", "brief", "\u200b", "Fjord", "2027-10-08", "Jonas", "kari\u200b@fjord.no", "\u200b", "", "", "", uint8(0))
	f.Add("en", "formal", "A\u030asa", "o\u0308\u0301\u0323", "2027-10-08", "\u115f\u1160", "ola@fjоrd.no", "", "", "\u202e", "a\u200d\u0301", uint8(1))
}

// FuzzCheck: validation never panics, reports only contract fields, at most
// once each, and what it lets through is clean.
func FuzzCheck(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, lang, tone, name, company, date, replacement, email, phone, years, employer, note string, flags uint8) {
		d := fuzzDraft(lang, tone, name, company, date, replacement, email, phone, years, employer, note, flags)
		facts, _, errs := Check(d, today)
		seen := map[string]bool{}
		for _, e := range errs {
			if !slices.Contains(contractFields, e.Field) {
				t.Fatalf("error on unknown field %q", e.Field)
			}
			if seen[e.Field] {
				t.Fatalf("two errors on %s: %v", e.Field, errs)
			}
			seen[e.Field] = true
		}
		if len(errs) > 0 {
			return
		}
		for _, s := range []string{facts.SenderName, facts.Company, facts.ReplacementName} {
			if s == "" {
				t.Fatal("a required value is empty, yet no error")
			}
		}
		if facts.ReplacementEmail == "" && facts.ReplacementPhone == "" {
			t.Fatal("neither email nor phone, yet no error")
		}
		for _, s := range []string{facts.SenderName, facts.Company, facts.ReplacementName} {
			if strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
				t.Fatalf("a required value %+q has no letter or digit, yet no error", s)
			}
		}
		for _, s := range []string{facts.SenderName, facts.SenderTitle, facts.Company, facts.ClientName, facts.ClientEmail, facts.ReplacementName,
			facts.ReplacementTitle, facts.ReplacementEmail, facts.ReplacementPhone, facts.NewEmployer, facts.PersonalNote} {
			if !utf8.ValidString(s) || strings.IndexFunc(s, isControl) >= 0 || s != strings.TrimSpace(s) {
				t.Fatalf("unclean value %q let through", s)
			}
			if i := strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Cf, r) || slices.Contains(fillers, r) }); i >= 0 {
				t.Fatalf("an invisible character in %+q let through", s)
			}
			if !norm.NFC.IsNormalString(s) {
				t.Fatalf("%+q let through not in NFC", s)
			}
		}
		if utf8.RuneCountInString(facts.PersonalNote) > MaxNoteLen || utf8.RuneCountInString(facts.Company) > MaxCompanyLen {
			t.Fatal("an over-long value let through")
		}
		if facts.Years < 0 || facts.Years > MaxYears {
			t.Fatalf("years %d let through", facts.Years)
		}
		if days := daysBetween(today, facts.LastDay); days < 0 || days > MaxDaysAhead {
			t.Fatalf("last day %s let through", facts.LastDay)
		}
	})
}

// FuzzCompose: any draft that checks composes into a letter that reads as
// written by a person and states the facts it was given.
func FuzzCompose(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, lang, tone, name, company, date, replacement, email, phone, years, employer, note string, flags uint8) {
		d := fuzzDraft(lang, tone, name, company, date, replacement, email, phone, years, employer, note, flags)
		facts, _, errs := Check(d, today)
		if len(errs) > 0 {
			return
		}
		l := Compose(facts)
		if problems := checkHuman(l); len(problems) > 0 {
			t.Fatalf("%s\n\n%s\n%s", strings.Join(problems, "\n"), l.Subject, l.Body())
		}
		body := l.Body()
		for _, s := range []string{facts.SenderName, facts.Company, facts.ReplacementName, facts.ReplacementEmail, facts.ReplacementPhone} {
			if !strings.Contains(body, s) {
				t.Fatalf("the letter leaves out %q:\n%s", s, body)
			}
		}
		if facts.Competitor {
			d.NewEmployer = ""
			without, _, _ := Check(d, today)
			if other := Compose(without).Body(); other != body {
				t.Fatalf("moving to a competitor, the new employer changed the letter:\n%s\n---\n%s", body, other)
			}
		}
	})
}

func BenchmarkCompose(b *testing.B) {
	d := goldenDrafts["full"]
	facts, _, errs := Check(d, today)
	if len(errs) > 0 {
		b.Fatal(errs)
	}
	b.ReportAllocs()
	for b.Loop() {
		l := Compose(facts)
		_ = l.Body()
	}
}

func BenchmarkCheck(b *testing.B) {
	d := goldenDrafts["full"]
	b.ReportAllocs()
	for b.Loop() {
		Check(d, today)
	}
}
