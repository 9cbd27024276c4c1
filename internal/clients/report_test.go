package clients

import (
	"bytes"
	"encoding/csv"
	"reflect"
	"strings"
	"testing"
)

func TestFileNames(t *testing.T) {
	rows := func(numbers ...int) List {
		var l List
		for _, n := range numbers {
			l.Rows = append(l.Rows, Row{Number: n})
		}
		return l
	}
	tests := []struct {
		name string
		list List
		row  Row
		ext  string
		want string
	}{
		{"padded to the widest row number", rows(2, 17, 140), Row{Number: 17, Name: "Ola Hansen"}, "pdf", "017-ola-hansen.pdf"},
		{"fewer rows, fewer digits", rows(2, 9, 17), Row{Number: 9, Name: "Ola Hansen"}, "txt", "09-ola-hansen.txt"},
		{"letters outside ASCII spelled out", rows(2, 3), Row{Number: 3, Name: "Bjørn Ærø-Åsheim"}, "eml", "3-bjorn-aero-asheim.eml"},
		{"unsafe characters dropped", rows(1, 12), Row{Number: 12, Name: `../../etc/passwd "x" <y>`}, "docx", "12-etc-passwd-x-y.docx"},
		{"a name with no ASCII letters keeps its number", rows(5), Row{Number: 5, Name: "李雷"}, "pdf", "5.pdf"},
		{"a formula is just letters", rows(7), Row{Number: 7, Name: `=HYPERLINK("http://x","y")`}, "pdf", "7-hyperlink-http-x-y.pdf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.list.FileName(tt.row, tt.ext); got != tt.want {
				t.Errorf("FileName = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFileNamesAreUniqueForClientsOfTheSameName(t *testing.T) {
	l, err := Parse("Navn\nOla Hansen\nOla Hansen\nola hansen\n")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, r := range l.Rows {
		name := l.FileName(r, "pdf")
		if seen[name] {
			t.Errorf("%q given twice", name)
		}
		seen[name] = true
	}
}

func TestWriteReport(t *testing.T) {
	labels := ReportLabels{Comma: ';', Row: "Rad", Name: "Navn", Email: "E-post", File: "Fil", Skipped: "Hoppet over fordi"}
	entries := []ReportEntry{
		{Row: 2, Name: "Ola Hansen", Email: "ola@fjord.no", File: "02-ola-hansen.pdf"},
		{Row: 3, Name: `=HYPERLINK("http://x","y")`, Email: "x", Skipped: "e-postadressen er ikke gyldig"},
		{Row: 4, Name: "+47 912 34 567", Email: "@ola", Skipped: "-"},
		{Row: 5, Name: "-1+1", Email: "\tola@fjord.no", Skipped: "\r\nlinje"},
		{Row: 6, Name: "Åse; Ødegård", Email: "ase@fjord.no", File: "06-ase-odegard.pdf"},
	}
	var buf bytes.Buffer
	if err := WriteReport(&buf, labels, entries); err != nil {
		t.Fatal(err)
	}
	out := buf.Bytes()
	if !bytes.HasPrefix(out, []byte("\xef\xbb\xbf")) {
		t.Errorf("the report starts %q, want a UTF-8 byte-order mark for Excel", out[:min(3, len(out))])
	}
	if !bytes.Contains(out, []byte("Rad;Navn;E-post;Fil;Hoppet over fordi\r\n")) {
		t.Errorf("header row with ; and CRLF missing from %q", out)
	}

	r := csv.NewReader(bytes.NewReader(out[3:]))
	r.Comma = ';'
	got, err := r.ReadAll()
	if err != nil {
		t.Fatalf("reading the report back: %v", err)
	}
	want := [][]string{
		{"Rad", "Navn", "E-post", "Fil", "Hoppet over fordi"},
		{"2", "Ola Hansen", "ola@fjord.no", "02-ola-hansen.pdf", ""},
		{"3", `'=HYPERLINK("http://x","y")`, "x", "", "e-postadressen er ikke gyldig"},
		{"4", "'+47 912 34 567", "'@ola", "", "'-"},
		{"5", "'-1+1", "'\tola@fjord.no", "", "'\nlinje"},
		{"6", "Åse; Ødegård", "ase@fjord.no", "06-ase-odegard.pdf", ""},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("report:\n got %q\nwant %q", got, want)
	}
	for _, line := range got {
		for _, cell := range line {
			if cell != "" && strings.ContainsRune("=+-@\t\r\n", rune(cell[0])) {
				t.Errorf("cell %q would run as a formula", cell)
			}
		}
	}
}

func TestNeutralize(t *testing.T) {
	for in, want := range map[string]string{
		"":             "",
		"Ola":          "Ola",
		"=1+1":         "'=1+1",
		"+1":           "'+1",
		"-1":           "'-1",
		"@SUM(A1)":     "'@SUM(A1)",
		"\t=1":         "'\t=1",
		"\r=1":         "'\r=1",
		"\n=1":         "'\n=1",
		"Ola=1":        "Ola=1",
		"'already":     "'already",
		"Ødegård=HACK": "Ødegård=HACK",
	} {
		if got := neutralize(in); got != want {
			t.Errorf("neutralize(%q) = %q, want %q", in, got, want)
		}
	}
}
