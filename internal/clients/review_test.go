package clients

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/farvel/farvel/internal/letter"
)

var today = time.Date(2027, 9, 1, 0, 0, 0, 0, time.UTC)

// validBase is a form draft that passes every rule, as the single letter
// would post it, with a client of its own that the list must replace.
func validBase() letter.Draft {
	return letter.Draft{
		Lang:             "nb",
		SenderName:       "Kari Nordmann",
		Company:          "Fjordkontor",
		DepartureDate:    "2027-10-08",
		ReplacementName:  "Jonas Berg",
		ReplacementEmail: "jonas@fjord.no",
		ManagerOK:        true,
		ClientName:       "Skjemakunde",
		ClientEmail:      "skjema@kunde.no",
		ClientCompany:    "Skjema AS",
		ClientAddress:    "Skjemaveien 1",
		Years:            "9",
		PersonalNote:     "Hils Per.",
		Place:            "Ålesund",
	}
}

func TestRowDraftOverlaysOnlyTheClientsFields(t *testing.T) {
	base := validBase()
	base.NewEmployer = "Konkurrent AS"
	base.SenderTitle = "Rådgiver"
	row := Row{Number: 5, Name: "Ola Hansen", Company: "Fjord AS", Email: "ola@fjord.no",
		Address: "Storgata 1\n6002 Ålesund", Years: "3", Note: "Takk for sist.", Lang: "English"}
	got := row.Draft(base)

	want := base
	want.ClientName, want.ClientCompany, want.ClientEmail = "Ola Hansen", "Fjord AS", "ola@fjord.no"
	want.ClientAddress, want.Years, want.PersonalNote, want.Lang = "Storgata 1\n6002 Ålesund", "3", "Takk for sist.", "en"
	if got != want {
		t.Errorf("Draft:\n got %+v\nwant %+v", got, want)
	}

	t.Run("empty cells empty the client's fields but keep the form's language", func(t *testing.T) {
		got := Row{Name: "Ola"}.Draft(base)
		if got.Years != "" || got.PersonalNote != "" || got.ClientEmail != "" || got.ClientCompany != "" || got.ClientAddress != "" {
			t.Errorf("the form's own client fields leaked into a row's letter: %+v", got)
		}
		if got.Lang != "nb" {
			t.Errorf("lang %q, want the form's nb", got.Lang)
		}
	})
}

func TestLanguageCells(t *testing.T) {
	for cell, want := range map[string]string{
		"nb": "nb", "NB": "nb", "no": "nb", "Norsk": "nb", "bokmål": "nb", "nb-NO": "nb",
		"en": "en", "EN": "en", "English": "en", "engelsk": "en", "en-GB": "en", "en-US": "en",
		" en ": "en", "nn": "nn", "Nynorsk": "nn", "sv": "sv", "Svensk": "svensk",
	} {
		if got := (Row{Lang: cell}).Draft(validBase()).Lang; got != want {
			t.Errorf("lang cell %q: %q, want %q", cell, got, want)
		}
	}
}

func TestCheckReportsProblemsByRowAndColumn(t *testing.T) {
	l, err := Parse("Navn;E-post;År;Personlig hilsen;Språk\n" +
		"Ola Hansen;ola@fjord.no;3;Takk;en\n" + // row 2: fine
		"Kari Berg;kari(at)berg.no;fem;;\n" + // row 3: email and years
		";per@fjord.no;;;\n" + // row 4: no name
		"Per Ås;per@as.no;61;;sv\n" + // row 5: years out of range, unknown language
		"Liv Li;liv@li.no;;Linje\u202e;\n") // row 6: a bidi override in the note
	if err != nil {
		t.Fatal(err)
	}
	rev := Check(validBase(), l, today)
	want := []Problem{
		{Row: 3, Column: ColEmail, Header: "E-post", Code: letter.InvalidEmail},
		{Row: 3, Column: ColYears, Header: "År", Code: letter.NotANumber},
		{Row: 4, Column: ColName, Header: "Navn", Code: letter.Required},
		{Row: 5, Column: ColYears, Header: "År", Code: letter.OutOfRange, Limit: letter.MaxYears},
		{Row: 5, Column: ColLang, Header: "Språk", Code: letter.InvalidChoice},
		{Row: 6, Column: ColNote, Header: "Personlig hilsen", Code: letter.ControlChars},
	}
	if got := rev.Problems(); !reflect.DeepEqual(got, want) {
		t.Errorf("problems:\n got %+v\nwant %+v", got, want)
	}
	if len(rev.Form) != 0 {
		t.Errorf("form errors %+v, want none: the form is valid", rev.Form)
	}
	if rev.Ready() {
		t.Error("Ready() with problems in rows, want false")
	}
	valid := rev.Valid()
	if len(valid) != 1 || valid[0].Row.Number != 2 {
		t.Fatalf("valid clients %+v, want row 2 alone", valid)
	}
	f := valid[0].Facts
	if f.ClientName != "Ola Hansen" || f.Years != 3 || f.Lang != letter.English || f.PersonalNote != "Takk" || f.SenderName != "Kari Nordmann" {
		t.Errorf("facts of row 2: %+v", f)
	}
}

func TestCheckWithoutAHeaderNamesCanonicalColumns(t *testing.T) {
	l, err := Parse("Ola Hansen\tola(at)fjord.no\n")
	if err != nil {
		t.Fatal(err)
	}
	want := []Problem{{Row: 1, Column: ColEmail, Code: letter.InvalidEmail}}
	if got := Check(validBase(), l, today).Problems(); !reflect.DeepEqual(got, want) {
		t.Errorf("problems: %+v, want %+v", got, want)
	}
	if got := l.Header(ColEmail); got != "email" {
		t.Errorf("Header(email) without a header row: %q, want the column's own name", got)
	}
}

func TestCheckKeepsTheFormsErrorsApart(t *testing.T) {
	l, err := Parse("Navn;E-post\nOla Hansen;ola@fjord.no\nKari Berg;kari@berg.no\n")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		edit func(*letter.Draft)
		want letter.Errors
	}{
		{"sender missing", func(d *letter.Draft) { d.SenderName = "" }, letter.Errors{{Field: letter.FieldSenderName, Code: letter.Required}}},
		{"date in the past", func(d *letter.Draft) { d.DepartureDate = "2027-08-01" }, letter.Errors{{Field: letter.FieldDepartureDate, Code: letter.DateInPast}}},
		{"the form's language unknown and no language column", func(d *letter.Draft) { d.Lang = "sv" }, letter.Errors{{Field: letter.FieldLang, Code: letter.InvalidChoice}}},
		{"the form's own client email is broken: the list replaces it", func(d *letter.Draft) { d.ClientEmail = "x" }, nil},
		{"the form's own note is too long: the list replaces it", func(d *letter.Draft) { d.PersonalNote = string(make([]byte, 500)) }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base := validBase()
			tt.edit(&base)
			rev := Check(base, l, today)
			if !reflect.DeepEqual(rev.Form, tt.want) {
				t.Errorf("form errors %+v, want %+v", rev.Form, tt.want)
			}
			if p := rev.Problems(); len(p) != 0 {
				t.Errorf("row problems %+v, want none: the rows are fine", p)
			}
			if rev.Ready() != (tt.want == nil) {
				t.Errorf("Ready() = %v, want %v", rev.Ready(), tt.want == nil)
			}
		})
	}
}

func TestCheckWarnsOfDuplicates(t *testing.T) {
	l, err := Parse("Navn;E-post\nOla Hansen;ola@fjord.no\nKari Berg;kari@berg.no\nola  hansen;OLA@fjord.no\nOla Hansen;ola@privat.no\n")
	if err != nil {
		t.Fatal(err)
	}
	rev := Check(validBase(), l, today)
	want := []Warning{{Row: 4, Code: Duplicate, Of: 2}}
	if !reflect.DeepEqual(rev.Warnings, want) {
		t.Errorf("warnings %+v, want %+v", rev.Warnings, want)
	}
	if !rev.Ready() {
		t.Error("a duplicate blocks the letters; it should only warn")
	}
}

func TestCheckPassesOnTheFormsReminders(t *testing.T) {
	base := validBase()
	base.ManagerOK = false
	l, err := Parse("Ola Hansen\n")
	if err != nil {
		t.Fatal(err)
	}
	rev := Check(base, l, today)
	if len(rev.FormWarnings) != 1 || rev.FormWarnings[0].Code != letter.ManagerNotConfirmed {
		t.Errorf("form warnings %+v, want the manager reminder", rev.FormWarnings)
	}
}

func TestFormulaCellsReachTheLetterAsText(t *testing.T) {
	l, err := Parse("Navn\n\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n")
	if err != nil {
		t.Fatal(err)
	}
	rev := Check(validBase(), l, today)
	if !rev.Ready() {
		t.Fatalf("problems %+v", rev.Problems())
	}
	if got, want := rev.Clients[0].Facts.ClientName, `=HYPERLINK("http://x","y")`; got != want {
		t.Errorf("client name %q, want the formula as typed %q", got, want)
	}
}

func TestCheckReportsCharactersThatCouldNotBeRead(t *testing.T) {
	l, err := ParseFile("kunder.csv", []byte("\xef\xbb\xbfNavn;Personlig hilsen\nBj\xf8rn;Takk\nKari;Hei \xff\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Problem{
		{Row: 2, Column: ColName, Header: "Navn", Code: letter.InvalidUTF8},
		{Row: 3, Column: ColNote, Header: "Personlig hilsen", Code: letter.InvalidUTF8},
	}
	if got := Check(validBase(), l, today).Problems(); !reflect.DeepEqual(got, want) {
		t.Errorf("problems %+v, want %+v", got, want)
	}
}

func TestCheckReportsAddressAndCompanyProblems(t *testing.T) {
	l, err := Parse("Navn;Firma;Adresse\n" +
		"Ola Hansen;Fjord AS;\"Storgata 1\n6002 Ålesund\"\n" +
		"Kari Berg;" + strings.Repeat("x", letter.MaxCompanyLen+1) + ";\"a\nb\nc\nd\ne\"\n")
	if err != nil {
		t.Fatal(err)
	}
	rev := Check(validBase(), l, today)
	want := []Problem{
		{Row: 3, Column: ColCompany, Header: "Firma", Code: letter.TooLong, Limit: letter.MaxCompanyLen},
		{Row: 3, Column: ColAddress, Header: "Adresse", Code: letter.TooManyLines, Limit: letter.MaxAddressLines},
	}
	if got := rev.Problems(); !reflect.DeepEqual(got, want) {
		t.Errorf("problems:\n got %+v\nwant %+v", got, want)
	}
	f := rev.Clients[0].Facts
	if f.ClientCompany != "Fjord AS" || !slices.Equal(f.ClientAddress, []string{"Storgata 1", "6002 Ålesund"}) || f.Place != "Ålesund" {
		t.Errorf("row 2's printed-letter facts: company %q, address %q, place %q", f.ClientCompany, f.ClientAddress, f.Place)
	}
}
