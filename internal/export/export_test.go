package export

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Fjord Kontorinteriør AS", "fjord-kontorinterior-as"},
		{"Ærlige Åse & Søn", "aerlige-ase-son"},
		{"Café Müller GmbH", "cafe-muller-gmbh"},
		{"  --ACME--  Office  ", "acme-office"},
		{"Straße", "strasse"},
		{"<script>alert(1)</script>", "script-alert-1-script"},
		{"../../etc/passwd", "etc-passwd"},
		{"名前", ""},
		{"", ""},
		{strings.Repeat("abc ", 30), "abc-abc-abc-abc-abc-abc-abc-abc-abc-abc"},
		{strings.Repeat("a", 45), strings.Repeat("a", 40)},
		{strings.Repeat("a", 38) + " bbbb", strings.Repeat("a", 38) + "-b"},
		{"Łódź", "lodz"},
		{"Þórshöfn", "thorshofn"},
		{"Guðrún", "gudrun"},
		{"Đorđević", "dordevic"},
		{"Işık", "isik"},
		{"Œuvre", "oeuvre"},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

var safeName = regexp.MustCompile(`^[a-z0-9._-]+$`)

func TestFileName(t *testing.T) {
	day := time.Date(2027, 10, 8, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		company, client string
		want            string
	}{
		{"ACME Office Interiors", "", "farvel-acme-office-interiors-2027-10-08.txt"},
		{"Fjord AS", "Ola Nordmann", "farvel-fjord-as-ola-nordmann-2027-10-08.txt"},
		{"名前", "\"; rm -rf /", "farvel-rm-rf-2027-10-08.txt"},
		{"", "", "farvel-2027-10-08.txt"},
	}
	if got, want := FileName("Fjord AS", "", time.Time{}, FormatText), "farvel-fjord-as.txt"; got != want {
		t.Errorf("without a last day: got %q, want %q", got, want)
	}
	for _, tt := range tests {
		got := FileName(tt.company, tt.client, day, FormatText)
		if got != tt.want {
			t.Errorf("FileName(%q, %q) = %q, want %q", tt.company, tt.client, got, tt.want)
		}
		if !safeName.MatchString(got) {
			t.Errorf("%q is not a safe file name", got)
		}
	}
}

func TestPlainText(t *testing.T) {
	if got, want := string(PlainText("Emne", "Ny kontakt", "Hei,\n\nTekst.\n")), "Emne: Ny kontakt\n\nHei,\n\nTekst.\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := string(PlainText("Emne", "", "Hei")), "Hei\n"; got != want {
		t.Errorf("without subject: got %q, want %q", got, want)
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"": FormatText, "txt": FormatText, " txt ": FormatText, "eml": FormatEmail, "pdf": FormatPDF, " docx": FormatWord, "exe": "", "TXT": "", "doc": "", "pdf\x00": ""} {
		got, ok := ParseFormat(in)
		if got != want || ok != (want != "") {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestMailto(t *testing.T) {
	link, ok := Mailto("ola@kunde.no", "Ny kontakt fra 11. oktober", "Hei Ola,\n\nJonas tar over & svarer på +47 41 23 45 67.\n")
	want := "mailto:ola%40kunde.no?subject=Ny%20kontakt%20fra%2011.%20oktober&body=Hei%20Ola%2C%0D%0A%0D%0AJonas%20tar%20over%20%26%20svarer%20p%C3%A5%20%2B47%2041%2023%2045%2067.%0D%0A"
	if !ok || link != want {
		t.Errorf("got %q (ok %v)\nwant %q", link, ok, want)
	}
	if _, ok := Mailto("", "x", strings.Repeat("ø", 400)); ok {
		t.Error("a link longer than the limit is offered")
	}
	// "mailto:?subject=&body=" is 22 bytes: a body of 1978 makes a link of
	// exactly MaxMailtoLen, which is still offered.
	if link, ok := Mailto("", "", strings.Repeat("a", MaxMailtoLen-22)); !ok || len(link) != MaxMailtoLen {
		t.Errorf("a link of %d bytes is not offered (limit %d)", len(link), MaxMailtoLen)
	}
	if link, ok := Mailto("", "", strings.Repeat("a", MaxMailtoLen-21)); ok {
		t.Errorf("a link of %d bytes is offered (limit %d)", len(link), MaxMailtoLen)
	}
	if link, ok := Mailto("", "Hei", "Tekst"); !ok || !strings.HasPrefix(link, "mailto:?subject=Hei") {
		t.Errorf("without a recipient: %q", link)
	}
}
