package export

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"hash/crc32"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// The page of a Word letter, in twentieths of a point (twips; 1 mm is
// about 56.7): A4 with 25 mm side margins, as the PDF.
const (
	wordPageWidth    = 11906
	wordPageHeight   = 16838
	wordMarginSide   = 1418 // 25 mm
	wordMarginTop    = 1134 // 20 mm
	wordMarginBottom = 1134
	wordTextWidth    = wordPageWidth - 2*wordMarginSide

	// The sender block and the address block have exact line heights, so
	// where the address lands does not depend on the font's metrics.
	wordSenderLine  = 240 // 12 pt
	wordAddressLine = 260 // 13 pt
	// The address block starts 46 mm from the top edge: C5, C65 and E65
	// windows show about 45 to 70 mm, room for five lines of 13 pt.
	wordAddressTop = 2608
	// The address block is at most 85 mm wide (DIN 5008); the date takes
	// the rest of the line.
	wordAddressWidth = 4819
	wordDateWidth    = wordTextWidth - wordAddressWidth
)

// Word is the letter as a .docx file laid out as a business letter on A4:
// the sender at the top, the address where a window envelope shows it, the
// date on the address block's last line, the subject in bold, the body in
// real paragraphs with room to sign, and on later pages a small header with
// the sender's name and the page. Every part has a paragraph style a user
// can restyle to their letterhead, and the letter's language for the
// spell-checker. The output is the same for the same Document.
func Word(d Document) ([]byte, error) {
	var out bytes.Buffer
	out.Grow(len(d.Body)*2 + 12<<10)
	zw := zip.NewWriter(&out)
	date, clock := zipTime(d.Created)
	w := &wordWriter{}
	w.Grow(len(d.Body)*2 + 4<<10)
	lang := languageTag(d.Tag)
	for _, part := range wordParts {
		w.Reset()
		part.write(w, &d, lang)
		// Stored, not deflated: a letter's parts are a few kilobytes, and
		// deflate took ten times as long as the rest of the work. With the
		// sizes and checksum known up front there is no data descriptor,
		// which some zip readers refuse on a stored entry; CreateRaw takes
		// the MS-DOS time fields as they are.
		f, err := zw.CreateRaw(&zip.FileHeader{
			Name:               part.name,
			Method:             zip.Store,
			CRC32:              crc32.ChecksumIEEE(w.Bytes()),
			CompressedSize64:   uint64(w.Len()),
			UncompressedSize64: uint64(w.Len()),
			ModifiedDate:       date,
			ModifiedTime:       clock,
		})
		if err != nil {
			return nil, err
		}
		if _, err := f.Write(w.Bytes()); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// wordParts are the parts of a .docx in the order they are written,
// [Content_Types].xml first as readers expect.
var wordParts = []struct {
	name  string
	write func(w *wordWriter, d *Document, lang string)
}{
	{"[Content_Types].xml", wordConstant(wordContentTypes)},
	{"_rels/.rels", wordConstant(wordPackageRels)},
	{"docProps/core.xml", (*wordWriter).coreProperties},
	{"word/_rels/document.xml.rels", wordConstant(wordDocumentRels)},
	{"word/document.xml", (*wordWriter).document},
	{"word/styles.xml", (*wordWriter).styles},
	{"word/settings.xml", wordConstant(wordSettings)},
	{"word/header1.xml", (*wordWriter).header},
}

func wordConstant(part string) func(*wordWriter, *Document, string) {
	return func(w *wordWriter, _ *Document, _ string) { w.WriteString(part) }
}

// zipTime is the MS-DOS date and time stamped on every file in the
// archive: the letter's date, so the output is the same each time, or a
// fixed date when it has none the format can hold (1980 to 2107).
func zipTime(t time.Time) (date, clock uint16) {
	t = t.UTC()
	if t.Year() < 1980 || t.Year() > 2107 {
		t = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	date = uint16((t.Year()-1980)<<9 | int(t.Month())<<5 | t.Day())
	clock = uint16(t.Hour()<<11 | t.Minute()<<5 | t.Second()/2)
	return date, clock
}

// languageTag keeps what a BCP 47 tag is made of, so it can go into an
// attribute as it is.
func languageTag(tag string) string {
	var b strings.Builder
	for i := 0; i < len(tag) && b.Len() < 35; i++ {
		if c := tag[i]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// wordWriter builds one XML part.
type wordWriter struct {
	bytes.Buffer
	scratch []byte
}

// text writes s escaped for XML, without the characters XML 1.0 does not
// allow and the other control characters.
func (w *wordWriter) text(s string) {
	w.scratch = appendXMLText(w.scratch[:0], s)
	xml.EscapeText(w, w.scratch) // a bytes.Buffer never fails
}

// appendXMLText appends s to b without the characters a Word file must not
// hold: invalid UTF-8, controls but the tab, and the non-characters XML 1.0
// leaves out.
func appendXMLText(b []byte, s string) []byte {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		switch {
		case r == utf8.RuneError && size == 1,
			r < 0x20 && r != '\t', 0x7F <= r && r <= 0x9F,
			0xD800 <= r && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF:
		default:
			b = append(b, s[:size]...)
		}
		s = s[size:]
	}
	return b
}

// runText writes one line as run content; tabs become Word's tabs.
func (w *wordWriter) runText(line string) {
	for i := 0; ; i++ {
		part, rest, tab := strings.Cut(line, "\t")
		if i > 0 {
			w.WriteString(`<w:tab/>`)
		}
		if part != "" {
			w.WriteString(`<w:t xml:space="preserve">`)
			w.text(part)
			w.WriteString(`</w:t>`)
		}
		if !tab {
			return
		}
		line = rest
	}
}

// paragraph writes one paragraph of style with its lines joined by line
// breaks. props are further paragraph properties, in schema order after
// w:pStyle.
func (w *wordWriter) paragraph(style, props string, lines ...string) {
	w.WriteString(`<w:p><w:pPr><w:pStyle w:val="`)
	w.WriteString(style)
	w.WriteString(`"/>`)
	w.WriteString(props)
	w.WriteString(`</w:pPr>`)
	if len(lines) > 0 {
		w.WriteString(`<w:r>`)
		for i, line := range lines {
			if i > 0 {
				w.WriteString(`<w:br/>`)
			}
			w.runText(line)
		}
		w.WriteString(`</w:r>`)
	}
	w.WriteString(`</w:p>`)
}

const wordNamespaces = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

const xmlDeclaration = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

func (w *wordWriter) document(d *Document, _ string) {
	w.WriteString(xmlDeclaration + `<w:document ` + wordNamespaces + `><w:body>`)

	senderLines := 0
	for _, line := range d.Sender {
		if strings.TrimSpace(line) != "" {
			w.paragraph("FarvelSender", "", line)
			senderLines++
		}
	}

	w.WriteString(wordAddressTable)
	// Room above the address block brings its first line to the window.
	room := `<w:spacing w:before="` + strconv.Itoa(max(0, wordAddressTop-wordMarginTop-senderLines*wordSenderLine)) + `"/>`
	recipients := 0
	for _, line := range d.Recipient {
		if strings.TrimSpace(line) == "" {
			continue
		}
		props := ""
		if recipients == 0 {
			props = room
		}
		w.paragraph("FarvelRecipient", props, line)
		recipients++
	}
	if recipients == 0 {
		w.paragraph("FarvelRecipient", room)
	}
	w.WriteString(wordDateCell)
	if strings.TrimSpace(d.DateLine) != "" {
		w.paragraph("FarvelDate", "", d.DateLine)
	} else {
		w.paragraph("FarvelDate", "")
	}
	w.WriteString(`</w:tc></w:tr></w:tbl>`)

	w.paragraph("FarvelSubject", "", d.Subject)

	paragraphs := d.Paragraphs()
	for i, p := range paragraphs {
		style, props := "Normal", ""
		switch {
		case p.SignatureGap:
			style = "FarvelSignature"
		case i+1 < len(paragraphs) && paragraphs[i+1].SignatureGap:
			props = `<w:keepNext/>` // the closing stays with the signature
		}
		w.paragraph(style, props, p.Lines...)
	}
	w.WriteString(wordSection + `</w:body></w:document>`)
}

// wordAddressTable opens the address block and the date: the two cells of
// a borderless table, the date's aligned to the bottom, so the date stands
// on the address block's last line however many lines it has.
var wordAddressTable = `<w:tbl><w:tblPr>` +
	`<w:tblW w:w="` + strconv.Itoa(wordTextWidth) + `" w:type="dxa"/>` +
	`<w:tblInd w:w="0" w:type="dxa"/>` +
	`<w:tblLayout w:type="fixed"/>` +
	`<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>` +
	`<w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>` +
	`</w:tblPr><w:tblGrid>` +
	`<w:gridCol w:w="` + strconv.Itoa(wordAddressWidth) + `"/>` +
	`<w:gridCol w:w="` + strconv.Itoa(wordDateWidth) + `"/>` +
	`</w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(wordAddressWidth) + `" w:type="dxa"/></w:tcPr>`

var wordDateCell = `</w:tc><w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(wordDateWidth) + `" w:type="dxa"/>` +
	`<w:vAlign w:val="bottom"/></w:tcPr>`

// wordSection is the page: A4, its margins, and the running header on
// every page but the first.
var wordSection = `<w:sectPr>` +
	`<w:headerReference w:type="default" r:id="rIdHeader"/>` +
	`<w:pgSz w:w="` + strconv.Itoa(wordPageWidth) + `" w:h="` + strconv.Itoa(wordPageHeight) + `"/>` +
	`<w:pgMar w:top="` + strconv.Itoa(wordMarginTop) + `" w:right="` + strconv.Itoa(wordMarginSide) +
	`" w:bottom="` + strconv.Itoa(wordMarginBottom) + `" w:left="` + strconv.Itoa(wordMarginSide) +
	`" w:header="567" w:footer="567" w:gutter="0"/>` +
	`<w:cols w:space="708"/>` +
	`<w:titlePg/>` +
	`</w:sectPr>`

// header writes the running header of the second page on: the sender's
// name, and the page label with Word's page fields where it says %d.
func (w *wordWriter) header(d *Document, _ string) {
	w.WriteString(xmlDeclaration + `<w:hdr ` + wordNamespaces + `><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r>`)
	w.runText(d.SenderName)
	w.WriteString(`<w:tab/></w:r>`)
	fields := []string{"PAGE", "NUMPAGES"}
	for i, part := range strings.SplitN(d.PageLabel, "%d", len(fields)+1) {
		if i > 0 {
			w.WriteString(`<w:fldSimple w:instr=" ` + fields[i-1] + ` "><w:r><w:t xml:space="preserve">2</w:t></w:r></w:fldSimple>`)
		}
		if part != "" {
			w.WriteString(`<w:r>`)
			w.runText(part)
			w.WriteString(`</w:r>`)
		}
	}
	w.WriteString(`</w:p></w:hdr>`)
}

func (w *wordWriter) coreProperties(d *Document, lang string) {
	w.WriteString(xmlDeclaration + `<cp:coreProperties ` +
		`xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
		`xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>`)
	w.text(d.Subject)
	w.WriteString(`</dc:title><dc:creator>`)
	w.text(d.SenderName)
	w.WriteString(`</dc:creator>`)
	if lang != "" {
		w.WriteString(`<dc:language>` + lang + `</dc:language>`)
	}
	if !d.Created.IsZero() {
		w.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + d.Created.UTC().Format(time.RFC3339) + `</dcterms:created>`)
	}
	w.WriteString(`</cp:coreProperties>`)
}

// styles writes the paragraph styles. Each Farvel style is based on
// Normal, so a user who restyles Normal to their letterhead's font
// restyles the whole letter.
func (w *wordWriter) styles(_ *Document, lang string) {
	w.WriteString(xmlDeclaration + `<w:styles ` + wordNamespaces + `><w:docDefaults><w:rPrDefault><w:rPr>` +
		`<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>` +
		`<w:sz w:val="22"/><w:szCs w:val="22"/>`)
	if lang != "" {
		w.WriteString(`<w:lang w:val="` + lang + `"/>`)
	}
	w.WriteString(`</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
		wordStyles + `</w:styles>`)
}

// wordStyles are the styles after the defaults. Child elements keep the
// schema's order, which Word insists on: in w:style name, basedOn, next,
// uiPriority, qFormat, pPr, rPr; in w:pPr keepNext, keepLines,
// widowControl, tabs, spacing, jc; in w:rPr b, bCs, color, sz, szCs.
var wordStyles = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>` +
	`<w:pPr><w:widowControl/><w:spacing w:after="200" w:line="276" w:lineRule="auto"/></w:pPr></w:style>` +

	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="FarvelSender"><w:name w:val="Farvel Sender"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
	`<w:pPr><w:spacing w:after="0" w:line="` + strconv.Itoa(wordSenderLine) + `" w:lineRule="exact"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>` +

	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="FarvelRecipient"><w:name w:val="Farvel Recipient"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
	`<w:pPr><w:spacing w:after="0" w:line="` + strconv.Itoa(wordAddressLine) + `" w:lineRule="exact"/></w:pPr></w:style>` +

	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="FarvelDate"><w:name w:val="Farvel Date"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
	`<w:pPr><w:spacing w:after="0" w:line="` + strconv.Itoa(wordAddressLine) + `" w:lineRule="exact"/><w:jc w:val="right"/></w:pPr></w:style>` +

	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="FarvelSubject"><w:name w:val="Farvel Subject"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
	`<w:pPr><w:keepNext/><w:spacing w:before="720" w:after="240"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>` +

	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="FarvelSignature"><w:name w:val="Farvel Signature"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
	`<w:pPr><w:keepLines/><w:spacing w:before="850"/></w:pPr></w:style>` +

	`<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>` +
	`<w:pPr><w:tabs><w:tab w:val="right" w:pos="` + strconv.Itoa(wordTextWidth) + `"/></w:tabs><w:spacing w:after="0"/></w:pPr>` +
	`<w:rPr><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>` +

	`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>` +
	`<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>` +
	`<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`

const wordContentTypes = xmlDeclaration +
	`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
	`<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`</Types>`

const wordPackageRels = xmlDeclaration +
	`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`</Relationships>`

const wordDocumentRels = xmlDeclaration +
	`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
	`<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>` +
	`</Relationships>`

// wordSettings opens the file in Word's current mode rather than
// "Compatibility Mode".
const wordSettings = xmlDeclaration + `<w:settings ` + wordNamespaces + `>` +
	`<w:defaultTabStop w:val="709"/>` +
	`<w:characterSpacingControl w:val="doNotCompress"/>` +
	`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
	`</w:settings>`
