package export

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

// The printed letter's layout on A4, in millimetres from the page's top
// left corner, after DIN 5008 form A. Every y is a text baseline.
const (
	pageLeft  = 25.0
	pageRight = 190.0 // 20 mm right margin
	bodyWidth = pageRight - pageLeft

	senderTop   = 20.0 // the company's baseline
	senderPitch = 4.6
	senderLines = 4 // what fits above the envelope window

	// The address lies in the window that C5, C65 and E65 envelopes share
	// (44–70 mm from the top, 15–110 mm from the left), its first baseline
	// about 50 mm down; five lines of 10 pt glyphs end above 70 mm.
	addressTop   = 50.8
	addressPitch = 4.4
	addressLines = 5
	addressWidth = 85.0
	dateLeft     = pageLeft + addressWidth + 3 // the date line never reaches into the address

	subjectTop = 86.0
	bodyTop    = 28.0  // the first baseline on later pages, below the running header
	bodyBottom = 272.0 // the last baseline a page takes: 25 mm bottom margin

	linePitch     = 5.2  // 11 pt text at about 1.35
	paragraphGap  = 4.0  // a blank line between paragraphs, as in the preview
	subjectGap    = 6.0  // between the subject and the greeting
	signatureRoom = 16.0 // room to sign by hand above the sender's name

	headerTop = 13.0 // the running header's baseline on pages 2 and later
)

// Font sizes in points.
const (
	companySize = 12.0
	smallSize   = 10.0 // the sender's name and title, the address, the date
	bodySize    = 11.0
	headerSize  = 8.5
	minSize     = 8.0 // how far a long address line may shrink before it is cut
)

// fontSet is the pair of faces, regular and bold, a letter is set in.
type fontSet struct {
	family string
	add    func(pdf *fpdf.Fpdf)                     // registers both faces with a new document
	covers func(rune) bool                          // the runes both faces draw
	encode func(pdf *fpdf.Fpdf) func(string) string // from UTF-8 to what the font takes; nil for UTF-8 fonts
}

// goFonts embeds the Go fonts, which draw the Latin-1 and Latin Extended-A
// letters (æøå, the Sámi letters) and typographic quotes and dashes; fpdf
// puts only the glyphs a letter uses into the file.
var goFonts = fontSet{
	family: "go",
	add: func(pdf *fpdf.Fpdf) {
		pdf.AddUTF8FontFromBytes("go", "", goregular.TTF)
		pdf.AddUTF8FontFromBytes("go", "B", gobold.TTF)
	},
	covers: func(r rune) bool { return goFontRunes().has(r) },
}

// PDF lays the letter out as a print-ready A4 business letter: the sender
// at the top, the address in an envelope window, the date line beside its
// last line, the subject in bold, then the body with room to sign by hand.
// A long letter runs onto further pages under a small header. The same
// Document gives the same bytes, and PDF may be called from many
// goroutines at once.
func PDF(d Document) ([]byte, error) {
	return renderPDF(d, goFonts)
}

func renderPDF(d Document, fonts fontSet) ([]byte, error) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(d.Created.UTC()) // fpdf writes the date without its zone
	pdf.SetModificationDate(d.Created.UTC())
	pdf.SetTitle(metadataText(d.Subject), true)
	pdf.SetAuthor(metadataText(d.SenderName), true)
	pdf.SetCreator("Farvel", false)
	pdf.SetLang(pdfLang(d.Tag))
	pdf.SetAutoPageBreak(false, 0) // the layout below places every line itself
	fonts.add(pdf)

	l := &letterLayout{pdf: pdf, fonts: fonts, encode: func(s string) string { return s }}
	if fonts.encode != nil {
		l.encode = fonts.encode(pdf)
	}
	l.plan(d)
	l.draw(d)

	var out bytes.Buffer
	if err := pdf.Output(&out); err != nil {
		return nil, fmt.Errorf("export: PDF: %w", err)
	}
	return out.Bytes(), nil
}

// textRun is one line of text at its baseline.
type textRun struct {
	x, y  float64
	text  string
	bold  bool
	size  float64
	right bool // x is the right end
}

// letterLayout plans every line of the letter before a page is drawn, so
// paragraphs can be kept together and the pages counted.
type letterLayout struct {
	pdf    *fpdf.Fpdf
	fonts  fontSet
	encode func(string) string
	pages  [][]textRun

	next  float64 // the baseline of the next line on the current page, before any gap
	atTop bool    // nothing of the body is on the current page yet
}

// block is a run of lines kept as a unit: the subject or a paragraph.
type block struct {
	lines     []string
	bold      bool
	gap       float64 // extra space above it, unless it starts a page
	signature bool    // its gap is room to sign, kept even at a page's top
}

func (l *letterLayout) plan(d Document) {
	l.pages = [][]textRun{nil}

	for i, line := range fitLines(d.Sender, senderLines) {
		size := smallSize
		if i == 0 {
			size = companySize
		}
		text, size := l.shrinkToFit(line, i == 0, size, bodyWidth)
		l.add(textRun{x: pageLeft, y: senderTop + float64(i)*senderPitch, text: text, bold: i == 0, size: size})
	}

	address := fitLines(d.Recipient, addressLines)
	for i, line := range address {
		text, size := l.shrinkToFit(line, false, smallSize, addressWidth)
		l.add(textRun{x: pageLeft, y: addressTop + float64(i)*addressPitch, text: text, size: size})
	}
	if d.DateLine != "" {
		last := len(address) - 1
		if last < 0 {
			last = addressLines - 1 // where a full address would end
		}
		text, size := l.shrinkToFit(d.DateLine, false, smallSize, pageRight-dateLeft)
		l.add(textRun{x: pageRight, y: addressTop + float64(last)*addressPitch, text: text, size: size, right: true})
	}

	blocks := []block{{lines: l.wrap([]string{d.Subject}, true), bold: true}}
	for i, p := range d.Paragraphs() {
		b := block{lines: l.wrap(p.Lines, false), gap: paragraphGap, signature: p.SignatureGap}
		if i == 0 {
			b.gap = subjectGap
		}
		if p.SignatureGap {
			b.gap = signatureRoom
		}
		blocks = append(blocks, b)
	}

	l.next, l.atTop = subjectTop, true
	for i, b := range blocks {
		if i+1 < len(blocks) && blocks[i+1].signature && len(b.lines) <= 3 && !l.atTop {
			// The closing goes with the signature, so no page starts with a
			// lone name or an empty space to sign in.
			sig := blocks[i+1]
			end := l.next + b.gap + float64(len(b.lines)-1)*linePitch + linePitch + sig.gap + float64(len(sig.lines)-1)*linePitch
			if end > bodyBottom {
				l.newPage()
			}
		}
		l.place(b)
	}
}

// place sets a block's lines from the current position, moving to new pages
// as it must: a paragraph splits only where at least two of its lines stay
// on either side, and the signature never splits from its room to sign.
func (l *letterLayout) place(b block) {
	lines := b.lines
	gap := b.gap
	for len(lines) > 0 {
		g := gap
		if l.atTop && !b.signature {
			g = 0
		}
		n := min(l.capacity(g), len(lines))
		if n < len(lines) {
			switch {
			case b.signature:
				n = 0
			case n < 2:
				n = 0
			case len(lines)-n < 2:
				n = len(lines) - 2
				if n < 2 {
					n = 0
				}
			}
			if n == 0 && l.atTop {
				n = min(max(l.capacity(g), 1), len(lines)) // taller than a page: it must split somewhere
			}
		}
		for i, line := range lines[:n] {
			y := l.next + g + float64(i)*linePitch
			l.add(textRun{x: pageLeft, y: y, text: line, bold: b.bold, size: bodySize})
		}
		if n > 0 {
			l.next += g + float64(n)*linePitch
			l.atTop = false
		}
		lines = lines[n:]
		if len(lines) > 0 {
			l.newPage()
			gap = 0 // a paragraph's second part continues it
		}
	}
}

// capacity is how many body lines fit below the current position after a
// gap of g.
func (l *letterLayout) capacity(g float64) int {
	room := bodyBottom - l.next - g
	if room < 0 {
		return 0
	}
	return int(math.Floor(room/linePitch+1e-9)) + 1
}

func (l *letterLayout) newPage() {
	l.pages = append(l.pages, nil)
	l.next, l.atTop = bodyTop, true
}

func (l *letterLayout) add(r textRun) {
	last := len(l.pages) - 1
	l.pages[last] = append(l.pages[last], r)
}

// draw puts the planned pages into the PDF, with the running header on
// every page after the first. The plan has counted the pages, so the label
// needs no AliasNbPages, whose placeholder is wider than the number it
// stands for and would push a right-aligned label off the margin.
func (l *letterLayout) draw(d Document) {
	label := d.PageLabel
	if strings.Count(label, "%") != 2 || strings.Count(label, "%d") != 2 {
		label = "%d/%d"
	}
	name := printable(d.SenderName, l.fonts.covers)
	for i, runs := range l.pages {
		l.pdf.AddPage()
		if i > 0 {
			l.pdf.SetTextColor(90, 90, 90)
			page := printable(fmt.Sprintf(label, i+1, len(l.pages)), l.fonts.covers)
			l.font(false, headerSize)
			page, _ = l.cutToFit(page, bodyWidth/2-3)
			header, _ := l.cutToFit(name, bodyWidth/2-3)
			l.pdf.Text(pageLeft, headerTop, l.encode(header))
			l.pdf.Text(pageRight-l.width(page), headerTop, l.encode(page))
			l.pdf.SetTextColor(0, 0, 0)
		}
		for _, r := range runs {
			l.font(r.bold, r.size)
			x := r.x
			if r.right {
				x -= l.width(r.text)
			}
			l.pdf.Text(x, r.y, l.encode(r.text))
		}
	}
}

func (l *letterLayout) font(bold bool, size float64) {
	style := ""
	if bold {
		style = "B"
	}
	l.pdf.SetFont(l.fonts.family, style, size)
}

// width measures printable text in the current font, in millimetres.
func (l *letterLayout) width(s string) float64 { return l.pdf.GetStringWidth(l.encode(s)) }

// wrap breaks each line into lines that fit the body's width in the body
// font: at spaces, but not at no-break spaces, and within words longer
// than a line.
func (l *letterLayout) wrap(lines []string, bold bool) []string {
	l.font(bold, bodySize)
	var out []string
	for _, line := range lines {
		out = l.wrapLine(out, line, bodyWidth)
	}
	return out
}

func (l *letterLayout) wrapLine(out []string, line string, width float64) []string {
	if s := printable(line, l.fonts.covers); l.width(s) <= width {
		return append(out, s)
	}
	first := len(out)
	space := l.width(" ")
	var cur strings.Builder
	curWidth, started := 0.0, false
	for word := range strings.FieldsFuncSeq(line, isBreakingSpace) {
		word = printable(word, l.fonts.covers)
		w := l.width(word)
		switch {
		case started && curWidth+space+w <= width:
			cur.WriteByte(' ')
			cur.WriteString(word)
			curWidth += space + w
			continue
		case started:
			out = append(out, cur.String())
			cur.Reset()
			curWidth, started = 0, false
		}
		for w > width { // a word longer than the line: break it where it must
			head, rest := l.splitAt(word, width)
			out = append(out, head)
			word, w = rest, l.width(rest)
		}
		if len(out) == first {
			cur.WriteString(leadingSpaces(line)) // an indented line keeps its indent
			curWidth = l.width(cur.String())
		}
		cur.WriteString(word)
		curWidth, started = curWidth+w, true
	}
	if started {
		out = append(out, cur.String())
	}
	return out
}

// isBreakingSpace reports the spaces a line may break at: all but the
// no-break ones, which keep "912 34 567" or "8. oktober" whole.
func isBreakingSpace(r rune) bool {
	switch r {
	case '\u00A0', '\u2007', '\u202F', '\u2060', '\uFEFF':
		return false
	}
	return unicode.IsSpace(r)
}

// leadingSpaces is the indent of line, in plain spaces.
func leadingSpaces(line string) string {
	n := len(line) - len(strings.TrimLeftFunc(line, isBreakingSpace))
	return strings.Repeat(" ", utf8.RuneCountInString(line[:n]))
}

// splitAt cuts s after the last rune that fits width, and always after at
// least one rune.
func (l *letterLayout) splitAt(s string, width float64) (head, rest string) {
	sum := 0.0
	var buf [utf8.UTFMax]byte
	for i, r := range s {
		sum += l.width(string(buf[:utf8.EncodeRune(buf[:], r)]))
		if sum > width && i > 0 {
			return s[:i], s[i:]
		}
	}
	return s, ""
}

// shrinkToFit sets a line that must not wrap, in bold or not, at size
// points or smaller down to minSize; past that it is cut with an ellipsis.
func (l *letterLayout) shrinkToFit(line string, bold bool, size, width float64) (string, float64) {
	line = printable(line, l.fonts.covers)
	l.font(bold, size)
	if w := l.width(line); w > width {
		size = max(minSize, math.Floor(size*width/w*4)/4)
		l.font(bold, size)
		line, _ = l.cutToFit(line, width)
	}
	return line, size
}

// cutToFit cuts s in the current font so it fits width, ending it with an
// ellipsis when anything was cut.
func (l *letterLayout) cutToFit(s string, width float64) (string, bool) {
	if l.width(s) <= width {
		return s, false
	}
	ellipsis := printable("…", l.fonts.covers)
	head, _ := l.splitAt(s, width-l.width(ellipsis))
	if head == s { // not even one rune fits beside the ellipsis
		return ellipsis, true
	}
	return strings.TrimRightFunc(head, unicode.IsSpace) + ellipsis, true
}

// fitLines keeps at most n lines, joining the rest onto the last one so
// nothing is lost; blank lines are left out.
func fitLines(lines []string, n int) []string {
	var kept []string
	for _, line := range lines {
		if line = strings.TrimSpace(line); line != "" {
			kept = append(kept, line)
		}
	}
	if len(kept) > n {
		kept = append(kept[:n-1], strings.Join(kept[n-1:], ", "))
	}
	return kept
}

// metadataText makes s safe for fpdf's UTF-16 metadata strings, which take
// valid UTF-8 in the Basic Multilingual Plane only, and keeps it short.
func metadataText(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case unicode.IsControl(r) || unicode.Is(unicode.Zs, r):
			r = ' '
		case r > 0xFFFF || unicode.Is(unicode.Cs, r):
			r = '\uFFFD'
		}
		if n++; n > 500 {
			break
		}
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}

// pdfLang is the tag for the catalog's /Lang, which fpdf writes unescaped:
// a BCP 47 tag has only ASCII letters, digits and hyphens.
func pdfLang(tag string) string {
	if len(tag) > 35 {
		return ""
	}
	for _, c := range []byte(tag) {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-') {
			return ""
		}
	}
	return tag
}
