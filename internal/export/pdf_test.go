package export

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/font/gofont/goregular"
)

// The golden PDFs are rewritten with -update. Another file of this package
// may define the same flag, so it is registered only once, by whichever
// comes first (package variables are set before any init runs).
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files in testdata")
	}
}

func updating() bool {
	g, ok := flag.Lookup("update").Value.(flag.Getter)
	return ok && g.Get() == true
}

var letterDate = time.Date(2027, 10, 8, 9, 30, 0, 0, time.UTC)

func norwegianLetter() Document {
	return Document{
		Tag:     "nb-NO",
		Subject: "Ny kontaktperson fra 11. oktober: Jonas Berg",
		Body: "Hei Kari,\n\n" +
			"Jeg slutter i Fjord Kontorinteriør AS, og min siste arbeidsdag er fredag 8. oktober. " +
			"Takk for et godt samarbeid gjennom mange år – det har vært en glede å jobbe med dere.\n\n" +
			"Fra mandag 11. oktober er Jonas Berg kontaktpersonen deres. Han når dere på telefon 912\u00a034\u00a0567 " +
			"eller e-post jonas.berg@fjordkontor.no, og han kjenner avtalene deres godt.\n" +
			"Bestillingen til kontoret i Kárášjohka, med «šiellu» og «đuoddar» på skiltene, blir levert som avtalt.\n\n" +
			"Med vennlig hilsen\nOla Nordmann\nKundeansvarlig\nFjord Kontorinteriør AS\n",
		SenderName: "Ola Nordmann",
		Sender:     []string{"Fjord Kontorinteriør AS", "Ola Nordmann", "Kundeansvarlig"},
		Recipient:  []string{"Kari Nordmann", "Fjord Kontor AS", "Strandgata 12", "6004 Ålesund"},
		DateLine:   "Ålesund, 8. oktober 2027",
		PageLabel:  "Side %d av %d",
		Created:    letterDate,
	}
}

func englishLetter() Document {
	return Document{
		Tag:     "en-GB",
		Subject: "Your new contact from 11 October: Jonas Berg",
		Body: "Dear Mr O’Brien,\n\n" +
			"I am leaving Fjord Kontorinteriør AS; my last day is Friday 8 October. " +
			"Thank you for six good years — it has been a pleasure to work with you.\n\n" +
			"From Monday 11 October, Jonas Berg is your contact: “he knows your agreements well”, " +
			"and he can be reached on +47 912 34 567.\n\n" +
			"Best wishes,\nOla Nordmann\nAccount Manager\nFjord Kontorinteriør AS\n",
		SenderName: "Ola Nordmann",
		Sender:     []string{"Fjord Kontorinteriør AS", "Ola Nordmann", "Account Manager"},
		Recipient:  []string{"Seán O’Brien", "Harbour Office Ltd", "12 Quay Street", "Galway H91 X2Y3", "Ireland"},
		DateLine:   "Ålesund, 8 October 2027",
		PageLabel:  "Page %d of %d",
		Created:    letterDate,
	}
}

// longLetter runs onto several pages.
func longLetter(paragraphs int) Document {
	d := norwegianLetter()
	var b strings.Builder
	b.WriteString("Hei Kari,\n\n")
	for i := range paragraphs {
		fmt.Fprintf(&b, "Avsnitt %d: Vi har levert møbler til kontorene deres i Ålesund, Ørsta og Kárášjohka – "+
			"šiellu, đuoddar, ŋuovva og ŧ er med – og takker for tilliten.", i+1)
		if i%3 == 0 {
			b.WriteString(" Den neste leveransen kommer som avtalt, og Jonas Berg følger den opp.\nEn linje til.")
		}
		b.WriteString("\n\n")
	}
	b.WriteString("Med vennlig hilsen\nOla Nordmann\nKundeansvarlig\nFjord Kontorinteriør AS\n")
	d.Body = b.String()
	return d
}

// hostileDocuments are fields no form lets through, and some it does.
func hostileDocuments() map[string]Document {
	long := strings.Repeat("Ålesund", 3000)
	return map[string]Document{
		"PDF syntax in every field": {
			Tag: "nb-NO) /Evil (x", Subject: "a) Tj ET (b \\ %%EOF\r\nendobj", Body: "(\\)\n\nendstream\r\n%%EOF\n",
			SenderName: "Ola)", Sender: []string{"(", ")", "\\"}, Recipient: []string{"%%EOF", "endobj"},
			DateLine: ")", PageLabel: "%s %n %d", Created: letterDate,
		},
		"invalid UTF-8, controls, emoji and scripts the font lacks": {
			Tag: "nb", Subject: "\xff\xfe\x00 😀 中文 עברית", Body: "Hei\x00\x07\u200b\u202e,\n\n\xc3\n\n👍🏽 \U0010FFFF",
			SenderName: "\xed\xa0\x80", Sender: []string{"\u0000"}, Recipient: []string{"\u202e Kari"},
			DateLine: "\t", PageLabel: "", Created: letterDate,
		},
		"one endless word and a huge body": {
			Tag: "nb-NO", Subject: long, Body: long + "\n\n" + strings.Repeat("ord ", 20000),
			SenderName: long, Sender: []string{long, long, long, long, long, long}, Recipient: []string{long, long, long, long, long, long, long},
			DateLine: long, PageLabel: "Side %d av %d", Created: letterDate,
		},
		"everything empty": {},
	}
}

// tool finds a Debian tool the test needs: without it the test skips,
// unless FARVEL_E2E=1 says the tools must be there.
func tool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("FARVEL_E2E") == "1" {
			t.Fatalf("%s is needed with FARVEL_E2E=1: %v", name, err)
		}
		t.Skipf("%s is not installed", name)
	}
	return path
}

// run runs a tool and returns what it printed, failing the test if it fails.
func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(tool(t, name), args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}

func renderToFile(t *testing.T, d Document) (string, []byte) {
	t.Helper()
	b, err := PDF(d)
	if err != nil {
		t.Fatalf("PDF: %v", err)
	}
	path := filepath.Join(t.TempDir(), "letter.pdf")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, b
}

// letterLines is every line the printed letter must show, in order.
func letterLines(d Document) []string {
	lines := append(append([]string{}, d.Sender...), d.Recipient...)
	lines = append(lines, d.DateLine, d.Subject)
	for line := range strings.SplitSeq(d.Body, "\n") {
		if strings.TrimSpace(line) != "" {
			lines = append(lines, line)
		}
	}
	return lines
}

// flatten writes every run of white space as one space, so a line wrapped
// on the page reads as the line that was written.
func flatten(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestPDFTextReadsBackInOrder(t *testing.T) {
	for name, d := range map[string]Document{
		"Norwegian":  norwegianLetter(),
		"English":    englishLetter(),
		"long":       longLetter(60),
		"no address": func() Document { d := norwegianLetter(); d.Recipient = nil; return d }(),
	} {
		t.Run(name, func(t *testing.T) {
			path, _ := renderToFile(t, d)
			text := flatten(run(t, "pdftotext", "-enc", "UTF-8", path, "-"))
			at := 0
			for _, line := range letterLines(d) {
				want := flatten(line)
				i := strings.Index(text[at:], want)
				if i < 0 {
					t.Fatalf("the line %q is missing or out of order; the text after the last line found:\n%.400s", want, text[at:])
				}
				at += i + len(want)
			}
		})
	}
}

func TestPDFPrintsNordicAndSamiLetters(t *testing.T) {
	d := norwegianLetter()
	d.Subject = "Æ Ø Å æ ø å – Čč Đđ Ŋŋ Šš Ŧŧ Žž Áá – «sitat» “sitat” ‘sitat’ — slutt"
	path, _ := renderToFile(t, d)
	text := run(t, "pdftotext", "-enc", "UTF-8", path, "-")
	if !strings.Contains(text, d.Subject) {
		t.Errorf("the subject does not read back as %q; the page reads:\n%s", d.Subject, text)
	}
}

func TestPDFMapsRunesTheFontLacks(t *testing.T) {
	d := norwegianLetter()
	d.Subject = "Møte kl.\u202f10 \u2011 11\u2009i dag"
	d.Body = "Hei\u00a0Kari,\n\nLigaturen \ufb00 og 😀 og 中 og \u200bskjult\u00adord.\n"
	path, _ := renderToFile(t, d)
	text := run(t, "pdftotext", "-enc", "UTF-8", path, "-")
	for _, want := range []string{"Møte kl. 10 - 11 i dag", "Hei Kari,", "Ligaturen ff og ? og ? og skjultord."} {
		if !strings.Contains(text, want) {
			t.Errorf("the page does not read %q; it reads:\n%s", want, text)
		}
	}
	for _, r := range text {
		if !unicode.IsSpace(r) && !goFontRunes().has(r) {
			t.Errorf("the page draws %U, which the Go fonts lack", r)
		}
	}
}

// word is one word pdftotext -bbox found, its box in millimetres from the
// page's top left corner.
type word struct {
	text                   string
	xMin, yMin, xMax, yMax float64
}

var (
	bboxPage = regexp.MustCompile(`<page [^>]*>`)
	bboxWord = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
)

// pageWords reads the words of each page with pdftotext -bbox.
func pageWords(t *testing.T, path string) [][]word {
	t.Helper()
	html := run(t, "pdftotext", "-bbox", "-enc", "UTF-8", path, "-")
	var pages [][]word
	for _, page := range bboxPage.Split(html, -1)[1:] {
		var words []word
		for _, m := range bboxWord.FindAllStringSubmatch(page, -1) {
			mm := func(s string) float64 {
				pt, err := strconv.ParseFloat(s, 64)
				if err != nil {
					t.Fatalf("pdftotext -bbox wrote %q as a coordinate", s)
				}
				return pt * 25.4 / 72
			}
			words = append(words, word{text: m[5], xMin: mm(m[1]), yMin: mm(m[2]), xMax: mm(m[3]), yMax: mm(m[4])})
		}
		pages = append(pages, words)
	}
	return pages
}

// The window C5, C65 and E65 envelopes share, in millimetres.
const (
	windowTop, windowBottom = 44.0, 70.0
	windowLeft, windowRight = 15.0, 110.0
)

func TestPDFAddressSitsInTheEnvelopeWindow(t *testing.T) {
	long := func() Document {
		d := englishLetter()
		d.Recipient = []string{
			"Kari Nordmann-Johansen Åsheim-Gundersen, daglig leder og styreleder",
			"Fjord Kontor AS, avdeling for innkjøp og logistikk i Møre og Romsdal",
			"c/o Kontorfellesskapet Strandgata",
			"Strandgata 12, 3. etasje, inngang fra bakgården ved siden av bakeriet",
			"6004 Ålesund",
			"NORGE",
		}
		d.DateLine = "Kárášjohka/Karasjok, onsdag 8. oktober 2027"
		return d
	}()
	tests := map[string]struct {
		doc       Document
		wantWords int // words in the address; 0 when lines are cut
	}{
		"four lines":                    {norwegianLetter(), 9},
		"five lines":                    {englishLetter(), 12},
		"six long lines, shrunk or cut": {long, 0},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			path, _ := renderToFile(t, tt.doc)
			words := pageWords(t, path)[0]
			var address, date []word
			for _, w := range words {
				overlapsWindow := w.yMax > windowTop && w.yMin < windowBottom && w.xMin < windowRight && w.xMax > windowLeft
				switch {
				case w.xMin >= windowRight && w.yMax > windowTop && w.yMin < windowBottom:
					date = append(date, w)
				case overlapsWindow:
					address = append(address, w)
				}
			}
			if tt.wantWords > 0 && len(address) != tt.wantWords {
				t.Errorf("%d words in the window, want the address's %d: %v", len(address), tt.wantWords, address)
			}
			lastLine := 0.0
			lines := map[float64]bool{}
			for _, w := range address {
				if w.yMin < windowTop || w.yMax > windowBottom || w.xMin < windowLeft || w.xMax > windowRight {
					t.Errorf("%q lies at x %.1f–%.1f mm, y %.1f–%.1f mm: outside the window (x %.0f–%.0f, y %.0f–%.0f)",
						w.text, w.xMin, w.xMax, w.yMin, w.yMax, windowLeft, windowRight, windowTop, windowBottom)
				}
				lines[w.yMax] = true
				lastLine = max(lastLine, w.yMax)
			}
			if len(lines) > 5 {
				t.Errorf("the address has %d lines, at most 5 fit the window", len(lines))
			}
			if len(date) == 0 {
				t.Fatalf("no date line to the right of the address on its height; page words: %v", words)
			}
			for _, w := range date {
				if w.yMax < lastLine-1.5 || w.yMax > lastLine+1.5 {
					t.Errorf("the date's %q ends at %.1f mm, the address's last line at %.1f mm", w.text, w.yMax, lastLine)
				}
				if w.xMax > 190.5 {
					t.Errorf("the date's %q reaches %.1f mm, past the right margin at 190 mm", w.text, w.xMax)
				}
			}
			if got, want := date[len(date)-1].xMax, 190.0; got < want-1 {
				t.Errorf("the date line ends at %.1f mm, want it right-aligned at %.0f mm", got, want)
			}
		})
	}
}

func TestPDFDateLineWithoutAddress(t *testing.T) {
	d := norwegianLetter()
	d.Recipient = nil
	path, _ := renderToFile(t, d)
	var date []word
	for _, w := range pageWords(t, path)[0] {
		if w.text == "Ålesund," || w.text == "2027" {
			date = append(date, w)
		}
	}
	if len(date) != 2 {
		t.Fatalf("found %v, want the date line's first and last word", date)
	}
	for _, w := range date {
		if w.yMax < windowBottom-6 || w.yMax > windowBottom {
			t.Errorf("the date's %q ends at %.1f mm, want it where a full address would end, just above %.0f mm", w.text, w.yMax, windowBottom)
		}
	}
}

func TestPDFLongLetterRunsOntoPagesWithAHeader(t *testing.T) {
	d := longLetter(60)
	path, _ := renderToFile(t, d)
	pages := strings.Split(strings.TrimRight(run(t, "pdftotext", "-layout", "-enc", "UTF-8", path, "-"), "\f\n"), "\f")
	if len(pages) < 2 {
		t.Fatalf("%d page, want a long letter on two or more", len(pages))
	}
	for i, page := range pages {
		first := strings.Fields(strings.SplitN(strings.TrimLeft(page, "\n "), "\n", 2)[0])
		header := fmt.Sprintf("Ola Nordmann Side %d av %d", i+1, len(pages))
		got := strings.Join(first, " ")
		if i == 0 && got == header {
			t.Errorf("page 1 carries the running header %q", got)
		}
		if i > 0 && got != header {
			t.Errorf("page %d starts with %q, want the running header %q", i+1, got, header)
		}
	}
}

// TestPDFKeepsParagraphsTogether moves page breaks through five-line
// paragraphs: one split across pages keeps at least two lines on either
// side.
func TestPDFKeepsParagraphsTogether(t *testing.T) {
	line := regexp.MustCompile(`Avsnitt (\d+), linje (\d+)`)
	for shift := range 5 {
		t.Run(fmt.Sprintf("%d short paragraphs first", shift), func(t *testing.T) {
			d := norwegianLetter()
			var b strings.Builder
			b.WriteString("Hei Kari,\n\n")
			b.WriteString(strings.Repeat("Et kort avsnitt.\n\n", shift))
			for p := range 44 {
				for l := range 5 {
					fmt.Fprintf(&b, "Avsnitt %d, linje %d\n", p+1, l+1)
				}
				b.WriteString("\n")
			}
			d.Body = b.String()
			path, _ := renderToFile(t, d)
			pages := strings.Split(run(t, "pdftotext", "-enc", "UTF-8", path, "-"), "\f")
			for i, page := range pages {
				if m := line.FindStringSubmatch(page); i > 0 && m != nil && m[2] != "1" && m[2] != "3" && m[2] != "4" {
					t.Errorf("page %d starts with line %s of a five-line paragraph, leaving too few on one side", i+1, m[2])
				}
			}
		})
	}
}

// TestPDFKeepsTheClosingWithTheSignature moves the closing down the first
// page line by line: the closing, the room to sign and the name always
// share a page.
func TestPDFKeepsTheClosingWithTheSignature(t *testing.T) {
	for lines := 26; lines <= 36; lines++ {
		t.Run(fmt.Sprintf("%d lines before the closing", lines), func(t *testing.T) {
			d := norwegianLetter()
			d.Body = "Hei Kari,\n\n" + strings.Repeat("Takk for samarbeidet.\n", lines) +
				"\nMed vennlig hilsen\nOla Nordmann\nSignert rådgiver\n"
			path, _ := renderToFile(t, d)
			for i, page := range strings.Split(run(t, "pdftotext", "-enc", "UTF-8", path, "-"), "\f") {
				if strings.Contains(page, "Med vennlig hilsen") != strings.Contains(page, "Signert rådgiver") {
					t.Errorf("page %d has the closing or the signature without the other:\n%s", i+1, page)
				}
			}
		})
	}
}

func TestPDFPassesQpdfCheck(t *testing.T) {
	docs := hostileDocuments()
	docs["Norwegian"], docs["English"], docs["long"] = norwegianLetter(), englishLetter(), longLetter(60)
	for name, d := range docs {
		t.Run(name, func(t *testing.T) {
			path, b := renderToFile(t, d)
			if out := run(t, "qpdf", "--check", path); !strings.Contains(out, "No syntax or stream encoding errors") {
				t.Errorf("qpdf --check:\n%s", out)
			}
			run(t, "pdftotext", "-enc", "UTF-8", path, "-") // parses back
			if !bytes.HasPrefix(b, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimRight(b, "\r\n"), []byte("%%EOF")) {
				t.Errorf("the file does not start with %%PDF- and end with %%%%EOF")
			}
		})
	}
}

func TestPDFEmbedsASubsetOfTheGoFonts(t *testing.T) {
	path, b := renderToFile(t, norwegianLetter())
	out := run(t, "pdffonts", path)
	rows := strings.Split(strings.TrimSpace(out), "\n")[2:]
	if len(rows) != 2 {
		t.Fatalf("pdffonts lists %d fonts, want the regular and the bold face:\n%s", len(rows), out)
	}
	for _, row := range rows {
		f := strings.Fields(row)
		// name, type (two words), encoding, emb, sub, uni, object, generation
		if len(f) != 9 || f[1]+" "+f[2] != "CID TrueType" || f[4] != "yes" || f[6] != "yes" {
			t.Errorf("pdffonts: %q, want an embedded CID TrueType font with a Unicode map", row)
		}
	}
	// fpdf names its subsets without the ABCDEF+ tag pdffonts looks for, so
	// the subset shows in the size: two whole fonts would not fit.
	if len(b) > len(goregular.TTF)/3 {
		t.Errorf("the letter takes %d bytes; a subset of the fonts should keep it well under a third of one font's %d", len(b), len(goregular.TTF))
	}
}

func TestPDFMetadata(t *testing.T) {
	d := norwegianLetter()
	path, b := renderToFile(t, d)
	info := run(t, "pdfinfo", "-enc", "UTF-8", path)
	for _, want := range []string{"Title:           " + d.Subject, "Author:          Ola Nordmann", "Page size:       595.28 x 841.89 pts (A4)"} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo does not show %q:\n%s", want, info)
		}
	}
	if !bytes.Contains(b, []byte("/Lang (nb-NO)")) {
		t.Error("the catalog does not give the language as /Lang (nb-NO)")
	}
}

func TestPDFIsByteStable(t *testing.T) {
	first, err := PDF(longLetter(20))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 4 { // at the same time, as the letters for many clients are made
		wg.Go(func() {
			again, err := PDF(longLetter(20))
			if err != nil {
				t.Error(err)
				return
			}
			if !bytes.Equal(first, again) {
				t.Errorf("the same letter made %d and then %d bytes, first differing at byte %d", len(first), len(again), firstDifference(first, again))
			}
		})
	}
	wg.Wait()
}

func firstDifference(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

func TestPDFGolden(t *testing.T) {
	for name, d := range map[string]Document{
		"nb-letter":   norwegianLetter(),
		"en-letter":   englishLetter(),
		"long-letter": longLetter(60),
	} {
		t.Run(name, func(t *testing.T) {
			got, err := PDF(d)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "pdf", name+".pdf")
			if updating() {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run the test with -update to write it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s: %d bytes, the golden file %d, first differing at byte %d; if the change is meant, look at the PDF and run with -update",
					name, len(got), len(want), firstDifference(got, want))
			}
		})
	}
}

func TestPrintable(t *testing.T) {
	covers := goFontRunes().has
	tests := []struct {
		name, in, want string
	}{
		{"Norwegian and Sámi letters print as they are", "æøå ÆØÅ ŋ ŧ đ š ž č á Ŋ Ŧ Đ", "æøå ÆØÅ ŋ ŧ đ š ž č á Ŋ Ŧ Đ"},
		{"typographic quotes and dashes print as they are", "«a» “b” ‘c’ – — …", "«a» “b” ‘c’ – — …"},
		{"narrow no-break space", "kl.\u202f10", "kl. 10"},
		{"thin space", "10\u200911", "10 11"},
		{"no-break space", "912\u00a034", "912 34"},
		{"ideographic and other spaces", "a\u3000b\u2002c", "a b c"},
		{"a tab", "a\tb", "a b"},
		{"non-breaking hyphen", "e\u2011post", "e-post"},
		{"hyphen, and a minus sign the font has", "a\u2010b \u22121", "a-b \u22121"},
		{"a figure dash and a two-em dash", "1\u20122 a\u2E3Ab", "1–2 a——b"},
		{"soft hyphen, zero-width space and direction marks vanish", "skjult\u00adord\u200b\u202e\u200f", "skjultord"},
		{"controls vanish", "a\x00b\x07c\x7f", "abc"},
		{"an accent typed apart composes", "a\u0301 o\u0308", "á ö"},
		{"a ligature the font lacks decomposes", "\ufb00 \ufb03", "ff ffi"},
		{"an accent that does not compose goes", "q\u0301 x\u0323", "q x"},
		{"Skolt Sámi letters the font lacks", "ǥ ǧ ǩ ǯ ʒ", "g g k ž z"},
		{"full-width letters decompose", "ＡＢ", "AB"},
		{"a script the font lacks", "中文", "??"},
		{"an emoji", "ok 👍🏽", "ok ??"},
		{"invalid UTF-8", "a\xffb", "a" + printable("\uFFFD", covers) + "b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := printable(tt.in, covers); got != tt.want {
				t.Errorf("printable(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestPrintableLeavesNothingTheFontLacks feeds every rune through the
// mapping: what comes out the font draws, or it is a plain space.
func TestPrintableLeavesNothingTheFontLacks(t *testing.T) {
	covers := goFontRunes().has
	var buf [utf8.UTFMax]byte
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r > 0xFFFF && r%61 != 0 { // the planes above the BMP in a sample
			continue
		}
		in := string(buf[:utf8.EncodeRune(buf[:], r)])
		for _, out := range printable(in, covers) {
			if !covers(out) {
				t.Errorf("printable(%U) gives %U, which the Go fonts lack", r, out)
				break
			}
		}
	}
}

func FuzzPDF(f *testing.F) {
	f.Add("Ny kontakt", "Hei Kari,\n\nTakk.\n\nMed vennlig hilsen\nOla", "Ola", "Fjord AS", "Kari\nStrandgata 12", "Ålesund, 8. oktober 2027", "nb-NO", "Side %d av %d")
	for _, d := range hostileDocuments() {
		if len(d.Body) > 10_000 {
			continue // a long seed slows every run made from it; TestPDFPassesQpdfCheck renders it
		}
		f.Add(d.Subject, d.Body, d.SenderName, strings.Join(d.Sender, "\n"), strings.Join(d.Recipient, "\n"), d.DateLine, d.Tag, d.PageLabel)
	}
	f.Fuzz(func(t *testing.T, subject, body, name, sender, recipient, date, tag, label string) {
		d := Document{
			Tag: tag, Subject: subject, Body: body, SenderName: name,
			Sender: strings.Split(sender, "\n"), Recipient: strings.Split(recipient, "\n"),
			DateLine: date, PageLabel: label, Created: letterDate,
		}
		b, err := PDF(d)
		if err != nil {
			t.Fatalf("PDF: %v", err)
		}
		if !bytes.HasPrefix(b, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimRight(b, "\r\n"), []byte("%%EOF")) {
			t.Fatalf("the output does not start with %%PDF- and end with %%%%EOF: %.40q … %q", b, b[max(0, len(b)-20):])
		}
	})
}
