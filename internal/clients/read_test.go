package clients

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func cp1252(t *testing.T, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q as Windows-1252: %v", s, err)
	}
	return b
}

func utf16(t *testing.T, s string, order unicode.Endianness) []byte {
	t.Helper()
	b, err := unicode.UTF16(order, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// listCase is a list as some program writes it, and the rows it must give.
type listCase struct {
	name    string
	data    []byte
	rows    []Row
	header  map[Column]string // the user's headers; nil: no header row
	ignored []IgnoredColumn
	skipped []int
}

func TestParseDialects(t *testing.T) {
	ola := Row{Number: 2, Name: "Ola Hansen", Email: "ola@fjord.no"}
	kari := Row{Number: 3, Name: "Kari Berg", Email: "kari@berg.no"}
	withNumber := func(r Row, n int) Row { r.Number = n; return r }
	tests := []listCase{
		{
			name:   "paste from a spreadsheet: tabs, Norwegian header",
			data:   []byte("Navn\tE-post\tÅr\tPersonlig hilsen\nOla Hansen\tola@fjord.no\t6\tTakk for turen til Geiranger.\nKari Berg\tkari@berg.no\t\t\n"),
			rows:   []Row{{Number: 2, Name: "Ola Hansen", Email: "ola@fjord.no", Years: "6", Note: "Takk for turen til Geiranger."}, kari},
			header: map[Column]string{ColName: "Navn", ColEmail: "E-post", ColYears: "År", ColNote: "Personlig hilsen"},
		},
		{
			name:   "Excel in Norway: semicolons, UTF-8 BOM, CRLF",
			data:   []byte("\uFEFFNavn;E-post;Firma;Språk\r\nOla Hansen;ola@fjord.no;Fjord AS;en\r\nKari Berg;kari@berg.no;;\r\n"),
			rows:   []Row{{Number: 2, Name: "Ola Hansen", Email: "ola@fjord.no", Company: "Fjord AS", Lang: "en"}, kari},
			header: map[Column]string{ColName: "Navn", ColEmail: "E-post", ColCompany: "Firma", ColLang: "Språk"},
		},
		{
			name:   "Windows-1252, as Excel writes plain CSV in Norway",
			data:   cp1252(t, "Navn;E-post;Adresse\r\nBjørn Ås;bjorn@as.no;Ærfuglveien 5\r\n"),
			rows:   []Row{{Number: 2, Name: "Bjørn Ås", Email: "bjorn@as.no", Address: "Ærfuglveien 5"}},
			header: map[Column]string{ColName: "Navn", ColEmail: "E-post", ColAddress: "Adresse"},
		},
		{
			name:   "UTF-16 with a BOM, Excel's Unicode text",
			data:   utf16(t, "Navn\tE-post\r\nÅse Ødegård\tase@fjord.no\r\n", unicode.LittleEndian),
			rows:   []Row{{Number: 2, Name: "Åse Ødegård", Email: "ase@fjord.no"}},
			header: map[Column]string{ColName: "Navn", ColEmail: "E-post"},
		},
		{
			name:   "UTF-16 big-endian",
			data:   utf16(t, "Navn\tE-post\r\nÅse Ødegård\tase@fjord.no\r\n", unicode.BigEndian),
			rows:   []Row{{Number: 2, Name: "Åse Ødegård", Email: "ase@fjord.no"}},
			header: map[Column]string{ColName: "Navn", ColEmail: "E-post"},
		},
		{
			name: "commas, English header, quoted cells with commas, quotes and line breaks",
			data: []byte("Name,Email,Company,Address,Years,Note,Language\n" +
				"\"Hansen, Ola\",ola@fjord.no,\"Fjord \"\"Kontor\"\" AS\",\"Storgata 1\n6002 Ålesund\",3,\"Thanks, Ola.\",English\n" +
				"Kari Berg,kari@berg.no,,,,,\n"),
			rows: []Row{
				{Number: 2, Name: "Hansen, Ola", Email: "ola@fjord.no", Company: `Fjord "Kontor" AS`, Address: "Storgata 1\n6002 Ålesund", Years: "3", Note: "Thanks, Ola.", Lang: "English"},
				kari,
			},
			header: map[Column]string{ColName: "Name", ColEmail: "Email", ColCompany: "Company", ColAddress: "Address", ColYears: "Years", ColNote: "Note", ColLang: "Language"},
		},
		{
			name:   "header in capitals, Kunde and Bedrift",
			data:   []byte("KUNDE;E-POST;BEDRIFT\nOla Hansen;ola@fjord.no;Fjord AS\n"),
			rows:   []Row{{Number: 2, Name: "Ola Hansen", Email: "ola@fjord.no", Company: "Fjord AS"}},
			header: map[Column]string{ColName: "KUNDE", ColEmail: "E-POST", ColCompany: "BEDRIFT"},
		},
		{
			name:   "header spelled Epost, E-mail, Hilsen, Lang",
			data:   []byte("navn,e-mail,hilsen,lang\nOla Hansen,ola@fjord.no,Hei!,nb\n"),
			rows:   []Row{{Number: 2, Name: "Ola Hansen", Email: "ola@fjord.no", Note: "Hei!", Lang: "nb"}},
			header: map[Column]string{ColName: "navn", ColEmail: "e-mail", ColNote: "hilsen", ColLang: "lang"},
		},
		{
			name:    "CRM export: First Name + Last Name, Email Address, Company Name; phone ignored",
			data:    []byte("First Name,Last Name,Email Address,Company Name,Phone Number\nOla,Hansen,ola@fjord.no,Fjord AS,+47 912 34 567\nKari,Berg,kari@berg.no,,\n"),
			rows:    []Row{{Number: 2, Name: "Ola Hansen", Email: "ola@fjord.no", Company: "Fjord AS"}, kari},
			header:  map[Column]string{ColName: "First Name + Last Name", ColEmail: "Email Address", ColCompany: "Company Name"},
			ignored: []IgnoredColumn{{Index: 5, Header: "Phone Number"}},
		},
		{
			name: "Salesforce contacts: Account Name and a mailing address in parts",
			data: []byte("First Name,Last Name,Account Name,Email,Mailing Street,Mailing City,Mailing Zip/Postal Code\n" +
				"Ola,Hansen,Fjord AS,ola@fjord.no,Storgata 1,Ålesund,6002\n"),
			rows:   []Row{{Number: 2, Name: "Ola Hansen", Company: "Fjord AS", Email: "ola@fjord.no", Address: "Storgata 1\n6002 Ålesund"}},
			header: map[Column]string{ColName: "First Name + Last Name", ColCompany: "Account Name", ColEmail: "Email", ColAddress: "Mailing Street + Mailing Zip/Postal Code + Mailing City"},
		},
		{
			name:   "Norwegian address in parts: Adresse, Postnr, Sted",
			data:   []byte("Navn;Adresse;Postnr;Sted\nOla Hansen;Storgata 1;0150;Oslo\nKari Berg;;;Bergen\n"),
			rows:   []Row{{Number: 2, Name: "Ola Hansen", Address: "Storgata 1\n0150 Oslo"}, {Number: 3, Name: "Kari Berg", Address: "Bergen"}},
			header: map[Column]string{ColName: "Navn", ColAddress: "Adresse + Postnr + Sted"},
		},
		{
			name:   "Pipedrive: Person - Name",
			data:   []byte("Person - Name,Person - Email - Work,Organization - Name\nOla Hansen,ola@fjord.no,Fjord AS\n"),
			rows:   []Row{{Number: 2, Name: "Ola Hansen", Email: "ola@fjord.no", Company: "Fjord AS"}},
			header: map[Column]string{ColName: "Person - Name", ColEmail: "Person - Email - Work", ColCompany: "Organization - Name"},
		},
		{
			name:   "a name column and name parts: the name column wins, parts fill an empty one",
			data:   []byte("Navn;Fornavn;Etternavn\nOla Hansen;X;Y\n;Kari;Berg\n"),
			rows:   []Row{{Number: 2, Name: "Ola Hansen"}, {Number: 3, Name: "Kari Berg"}},
			header: map[Column]string{ColName: "Navn + Fornavn + Etternavn"},
		},
		{
			name:    "two email columns: the first wins, the second is ignored",
			data:    []byte("Navn;E-post;Email\nOla Hansen;ola@fjord.no;ola@privat.no\n"),
			rows:    []Row{{Number: 2, Name: "Ola Hansen", Email: "ola@fjord.no"}},
			header:  map[Column]string{ColName: "Navn", ColEmail: "E-post"},
			ignored: []IgnoredColumn{{Index: 3, Header: "Email"}},
		},
		{
			name:    "unknown columns and a notes column are ignored",
			data:    []byte("Navn;Telefon;Notes;E-post\nOla Hansen;912 34 567;Skylder penger;ola@fjord.no\n"),
			rows:    []Row{{Number: 2, Name: "Ola Hansen", Email: "ola@fjord.no"}},
			header:  map[Column]string{ColName: "Navn", ColEmail: "E-post"},
			ignored: []IgnoredColumn{{Index: 2, Header: "Telefon"}, {Index: 3, Header: "Notes"}},
		},
		{
			name:    "data under an empty header cell is reported as ignored",
			data:    []byte("Navn;;E-post\nOla Hansen;noe;ola@fjord.no\n"),
			rows:    []Row{{Number: 2, Name: "Ola Hansen", Email: "ola@fjord.no"}},
			header:  map[Column]string{ColName: "Navn", ColEmail: "E-post"},
			ignored: []IgnoredColumn{{Index: 2}},
		},
		{
			name: "no header: name, email, years, note; a fifth column ignored",
			data: []byte("Ola Hansen,ola@fjord.no,6,Takk for sist\nKari Berg,kari@berg.no\nPer,,,,x\n"),
			rows: []Row{
				{Number: 1, Name: "Ola Hansen", Email: "ola@fjord.no", Years: "6", Note: "Takk for sist"},
				{Number: 2, Name: "Kari Berg", Email: "kari@berg.no"},
				{Number: 3, Name: "Per"},
			},
			ignored: []IgnoredColumn{{Index: 5}},
		},
		{
			name: "names only, one a line: a comma further down is part of a name",
			data: []byte("Ola Hansen\nBerg, Kari\n"),
			rows: []Row{{Number: 1, Name: "Ola Hansen"}, {Number: 2, Name: "Berg, Kari"}},
		},
		{
			name: "a tab in the first line wins over commas",
			data: []byte("Hansen, Ola\tola@fjord.no\n"),
			rows: []Row{{Number: 1, Name: "Hansen, Ola", Email: "ola@fjord.no"}},
		},
		{
			name: "a semicolon wins over commas in the first line",
			data: []byte("Hansen, Ola;ola@fjord.no;;Takk, og lykke til\n"),
			rows: []Row{{Number: 1, Name: "Hansen, Ola", Email: "ola@fjord.no", Note: "Takk, og lykke til"}},
		},
		{
			name: "a separator inside quotes in the first line does not count",
			data: []byte("\"Ola; Hansen\",ola@fjord.no\n"),
			rows: []Row{{Number: 1, Name: "Ola; Hansen", Email: "ola@fjord.no"}},
		},
		{
			name:   "Excel's sep= line decides the separator and is no row",
			data:   []byte("sep=,\r\nNavn,E-post\r\n\"Hansen; Ola\",ola@fjord.no\r\n"),
			rows:   []Row{{Number: 2, Name: "Hansen; Ola", Email: "ola@fjord.no"}},
			header: map[Column]string{ColName: "Navn", ColEmail: "E-post"},
		},
		{
			name:   "old Mac line ends (CR alone)",
			data:   []byte("Navn;E-post\rOla Hansen;ola@fjord.no\rKari Berg;kari@berg.no\r"),
			rows:   []Row{ola, kari},
			header: map[Column]string{ColName: "Navn", ColEmail: "E-post"},
		},
		{
			name:   "empty rows are skipped, and rows keep their spreadsheet numbers",
			data:   []byte("\n\nNavn;E-post\n\nOla Hansen;ola@fjord.no\n ; \n;;\nKari Berg;kari@berg.no\n\n"),
			rows:   []Row{withNumber(ola, 5), withNumber(kari, 8)},
			header: map[Column]string{ColName: "Navn", ColEmail: "E-post"},
		},
		{
			name:   "a cell with line breaks is one row: the rows after it keep the spreadsheet's numbers",
			data:   []byte("Navn;Adresse\n\"Ola Hansen\";\"Storgata 1\n\n6002 Ålesund\"\nKari Berg;\n"),
			rows:   []Row{{Number: 2, Name: "Ola Hansen", Address: "Storgata 1\n\n6002 Ålesund"}, {Number: 3, Name: "Kari Berg"}},
			header: map[Column]string{ColName: "Navn", ColAddress: "Adresse"},
		},
		{
			name:   "CRLF inside a quoted cell becomes LF",
			data:   []byte("Navn;Adresse\r\nOla Hansen;\"Storgata 1\r\n6002 Ålesund\"\r\n"),
			rows:   []Row{{Number: 2, Name: "Ola Hansen", Address: "Storgata 1\n6002 Ålesund"}},
			header: map[Column]string{ColName: "Navn", ColAddress: "Adresse"},
		},
		{
			name:   "a bare quote inside a cell is text",
			data:   []byte("Navn;E-post\nOla \"Tiger\" Hansen;ola@fjord.no\n"),
			rows:   []Row{{Number: 2, Name: `Ola "Tiger" Hansen`, Email: "ola@fjord.no"}},
			header: map[Column]string{ColName: "Navn", ColEmail: "E-post"},
		},
		{
			name:   "a formula is kept as text",
			data:   []byte("Navn;E-post\n=HYPERLINK(\"http://x\",\"y\");ola@fjord.no\n"),
			rows:   []Row{{Number: 2, Name: `=HYPERLINK("http://x","y")`, Email: "ola@fjord.no"}},
			header: map[Column]string{ColName: "Navn", ColEmail: "E-post"},
		},
		{
			name:   "a quoted formula is kept as text",
			data:   []byte("Navn;E-post\n\"=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\";ola@fjord.no\n"),
			rows:   []Row{{Number: 2, Name: `=HYPERLINK("http://x";"y")`, Email: "ola@fjord.no"}},
			header: map[Column]string{ColName: "Navn", ColEmail: "E-post"},
		},
		{
			name:    "two files pasted together: the second BOM is dropped, the repeated header skipped",
			data:    []byte("\uFEFFNavn;E-post\nOla Hansen;ola@fjord.no\n\uFEFFNavn;E-post\nKari Berg;kari@berg.no\n"),
			rows:    []Row{ola, withNumber(kari, 4)},
			header:  map[Column]string{ColName: "Navn", ColEmail: "E-post"},
			skipped: []int{3},
		},
		{
			name:   "a BOM in the middle of a cell is dropped",
			data:   []byte("Navn;E-post\nOla\uFEFF Hansen;ola@fjord.no\n"),
			rows:   []Row{ola},
			header: map[Column]string{ColName: "Navn", ColEmail: "E-post"},
		},
		{
			name: "a row with an @ is data, however its cells read",
			data: []byte("Navn;navn@fjord.no\n"),
			rows: []Row{{Number: 1, Name: "Navn", Email: "navn@fjord.no"}},
		},
		{
			name:   "a row with data only in ignored columns is no client",
			data:   []byte("Navn;Telefon\nOla Hansen;1\n;912 34 567\n"),
			rows:   []Row{{Number: 2, Name: "Ola Hansen"}},
			header: map[Column]string{ColName: "Navn"},
			ignored: []IgnoredColumn{
				{Index: 2, Header: "Telefon"},
			},
		},
		{
			name:   "cells are kept as typed, spaces and all",
			data:   []byte("Navn;E-post\n  Ola Hansen ; ola@fjord.no\n"),
			rows:   []Row{{Number: 2, Name: "  Ola Hansen ", Email: " ola@fjord.no"}},
			header: map[Column]string{ColName: "Navn", ColEmail: "E-post"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := ParseFile("kunder.csv", tt.data)
			if err != nil {
				t.Fatalf("ParseFile: %v, want rows", err)
			}
			checkList(t, l, tt)
			roundTrip(t, l)
		})
	}
}

// checkList compares a list with what its case wants.
func checkList(t *testing.T, l List, tt listCase) {
	t.Helper()
	if !reflect.DeepEqual(l.Rows, tt.rows) {
		t.Errorf("rows:\n got %+v\nwant %+v", l.Rows, tt.rows)
	}
	if l.HasHeader != (tt.header != nil) {
		t.Errorf("HasHeader = %v, want %v", l.HasHeader, tt.header != nil)
	}
	if tt.header != nil && !reflect.DeepEqual(l.Headers, tt.header) {
		t.Errorf("headers: got %q, want %q", l.Headers, tt.header)
	}
	if !reflect.DeepEqual(l.Ignored, tt.ignored) || l.IgnoredCount != len(tt.ignored) {
		t.Errorf("ignored: got %+v (%d), want %+v", l.Ignored, l.IgnoredCount, tt.ignored)
	}
	if !slices.Equal(l.Skipped, tt.skipped) {
		t.Errorf("skipped: got %v, want %v", l.Skipped, tt.skipped)
	}
}

// roundTrip checks that the list written back as text reads as the same
// rows, numbers and all.
func roundTrip(t *testing.T, l List) {
	t.Helper()
	text := l.Text()
	back, err := Parse(text)
	if err != nil {
		t.Fatalf("Parse(Text()): %v\ntext: %q", err, text)
	}
	if !reflect.DeepEqual(back.Rows, l.Rows) {
		t.Errorf("Parse(Text()) rows:\n got %+v\nwant %+v\ntext: %q", back.Rows, l.Rows, text)
	}
	if !slices.Equal(back.Used, l.Used) {
		t.Errorf("Parse(Text()) columns: got %v, want %v\ntext: %q", back.Used, l.Used, text)
	}
}

func TestTextIsTabSeparatedWithTheUsersHeader(t *testing.T) {
	l, err := Parse("Navn;E-post;Telefon\nOla Hansen;ola@fjord.no;1\n")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := l.Text(), "Navn\tE-post\nOla Hansen\tola@fjord.no\n"; got != want {
		t.Errorf("Text() = %q, want %q", got, want)
	}
}

func TestTextOfAHeaderlessListWhoseFirstClientReadsAsAHeader(t *testing.T) {
	// A client named "Kunde" first in a list without a header would read
	// back as a header row: Text must write one.
	l := List{Rows: []Row{{Number: 1, Name: "Kunde"}, {Number: 2, Name: "Ola"}}, Used: []Column{ColName}}
	back, err := Parse(l.Text())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, r := range back.Rows {
		names = append(names, r.Name)
	}
	if !slices.Equal(names, []string{"Kunde", "Ola"}) {
		t.Errorf("names read back from %q: %q, want [Kunde Ola]", l.Text(), names)
	}
}

func TestTextRenumbersWhenKeepingNumbersWouldTakeTooManyLines(t *testing.T) {
	l := List{HasHeader: true, headerRow: 1, Used: []Column{ColName}, Headers: map[Column]string{ColName: "Navn"},
		Rows: []Row{{Number: 2, Name: "Ola"}, {Number: 900000, Name: "Kari"}}}
	text := l.Text()
	if len(text) > 100 {
		t.Fatalf("Text() is %d bytes; want the rows one after the other", len(text))
	}
	back, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Rows) != 2 || back.Rows[1].Number != 3 || back.Rows[1].Name != "Kari" {
		t.Errorf("rows read back: %+v, want Kari renumbered to row 3", back.Rows)
	}
}

func parseError(t *testing.T, err error) *Error {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T), want an *Error", err, err)
	}
	return e
}

func TestParseRefuses(t *testing.T) {
	rows := func(n int) string {
		var b strings.Builder
		b.WriteString("Navn;E-post\n")
		for i := range n {
			fmt.Fprintf(&b, "Kunde %d;kunde%d@fjord.no\n", i, i)
		}
		return b.String()
	}
	tests := []struct {
		name string
		data string
		want Error
	}{
		{"nothing", "", Error{Code: NoClients}},
		{"blank lines and spaces", "\n \n;;\n ; \n", Error{Code: NoClients}},
		{"a header alone", "Navn;E-post\n", Error{Code: NoClients}},
		{"a header without a name column", "E-post;Firma\nola@fjord.no;Fjord AS\n", Error{Code: NoNameColumn}},
		{"over the byte limit", strings.Repeat("a", MaxBytes+1), Error{Code: TooLarge, Limit: MaxBytes}},
		{"one client too many", rows(MaxClients + 1), Error{Code: TooManyClients, Limit: MaxClients}},
		{"far too many clients", strings.Repeat("Ola\n", 200000), Error{Code: TooManyClients, Limit: MaxClients}},
		{"a quote never closed", "Navn;E-post\nOla Hansen;ola@fjord.no\n\"Kari Berg;kari@berg.no\nPer;per@fjord.no\n", Error{Code: UnclosedQuote, Row: 3}},
		{"a cell starting with a quote that is not closed", "\"Tiger\" Ola;ola@fjord.no\n", Error{Code: UnclosedQuote, Row: 1}},
		{"a quote opened after line breaks inside a cell", "Navn;Adresse\nOla;\"a\nb\"\n\"Kari;x\n", Error{Code: UnclosedQuote, Row: 4}},
		{"NUL bytes", "Navn;E-post\nOla\x00Hansen;ola@fjord.no\n", Error{Code: NotAList}},
		{"control characters", "Navn\x01\x02\x03\x04\n", Error{Code: NotAList}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.data)
			if got := parseError(t, err); *got != tt.want {
				t.Errorf("Parse: %+v, want %+v", *got, tt.want)
			}
		})
	}
}

func TestParseAtTheLimits(t *testing.T) {
	var b strings.Builder
	b.WriteString("Navn;E-post\n")
	for i := range MaxClients {
		fmt.Fprintf(&b, "Kunde %d;kunde%d@fjord.no\n\n", i, i) // empty rows do not count
	}
	l, err := Parse(b.String())
	if err != nil {
		t.Fatalf("%d clients: %v, want them read", MaxClients, err)
	}
	if len(l.Rows) != MaxClients {
		t.Errorf("read %d clients, want %d", len(l.Rows), MaxClients)
	}

	exact := "Navn\n" + strings.Repeat("a", MaxBytes-len("Navn\n")-1) + "\n"
	if _, err := Parse(exact); err != nil {
		t.Errorf("a list of exactly MaxBytes: %v, want it read", err)
	}
}

func TestParseHostileButReadable(t *testing.T) {
	t.Run("10 000 columns", func(t *testing.T) {
		header := "Navn" + strings.Repeat(";Kolonne", 9999) + "\n"
		row := "Ola Hansen" + strings.Repeat(";x", 9999) + "\n"
		l, err := Parse(header + row)
		if err != nil {
			t.Fatalf("Parse: %v", err)
		}
		if len(l.Rows) != 1 || l.Rows[0].Name != "Ola Hansen" {
			t.Errorf("rows: %+v, want Ola Hansen alone", l.Rows)
		}
		if len(l.Ignored) != maxIgnored || l.IgnoredCount != 9999 {
			t.Errorf("ignored: %d named, %d counted; want %d named, 9999 counted", len(l.Ignored), l.IgnoredCount, maxIgnored)
		}
	})
	t.Run("a 100 000-character cell", func(t *testing.T) {
		long := strings.Repeat("æ", 100000)
		l, err := Parse("Navn;Personlig hilsen\nOla Hansen;" + long + "\n")
		if err != nil {
			t.Fatalf("Parse: %v", err)
		}
		if len(l.Rows) != 1 || l.Rows[0].Note != long {
			t.Fatalf("the long cell was not kept as typed")
		}
		rev := Check(validBase(), l, today)
		want := []Problem{{Row: 2, Column: ColNote, Header: "Personlig hilsen", Code: "too_long", Limit: 400}}
		if got := rev.Problems(); !reflect.DeepEqual(got, want) {
			t.Errorf("problems: %+v, want %+v", got, want)
		}
	})
	t.Run("random binary without NUL bytes", func(t *testing.T) {
		data := make([]byte, 4096)
		for i := range data {
			data[i] = byte(1 + i*7919%255)
		}
		_, err := ParseFile("kunder.csv", data)
		if got := parseError(t, err); got.Code != NotAList {
			t.Errorf("code %q, want %q", got.Code, NotAList)
		}
	})
}

func TestWindows1252IsDecodedOnlyWhenNotUTF8(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"UTF-8", []byte("Navn\nBjørn Ås\n"), "Bjørn Ås"},
		{"UTF-8 that would also be valid Windows-1252 mojibake", []byte("Navn\nÃ˜ystein\n"), "Ã˜ystein"},
		{"Windows-1252", cp1252(t, "Navn\nBjørn Ås – €\n"), "Bjørn Ås – €"},
		{"UTF-8 BOM, then bytes that are not UTF-8, stays UTF-8", []byte("\xef\xbb\xbfNavn\nBj\xf8rn\n"), "Bj\xf8rn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := ParseFile("kunder.csv", tt.data)
			if err != nil {
				t.Fatal(err)
			}
			if got := l.Rows[0].Name; got != tt.want {
				t.Errorf("name %q, want %q", got, tt.want)
			}
		})
	}
}
