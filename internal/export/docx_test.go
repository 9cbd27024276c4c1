package export

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"html"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/farvel/farvel/internal/allocbudget"
)

const wordNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// unzipWord returns the parts of a .docx by name, failing t unless it is a
// zip archive.
func unzipWord(t testing.TB, docx []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatalf("the .docx is not a zip archive: %v", err)
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		parts[f.Name] = b
	}
	return parts
}

// wordPara is one w:p as Word reads it: its style and its text, line breaks
// as "\n" and tabs as "\t".
type wordPara struct {
	style, text string
}

func wordAttr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local && (a.Name.Space == wordNS || a.Name.Space == "") {
			return a.Value
		}
	}
	return ""
}

// wordParagraphs reads the paragraphs of a WordprocessingML part in order.
func wordParagraphs(t testing.TB, part []byte) []wordPara {
	t.Helper()
	var out []wordPara
	inText, inRun := false, false
	dec := xml.NewDecoder(bytes.NewReader(part))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("the part is not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Space != wordNS {
				continue
			}
			switch tok.Name.Local {
			case "p":
				out = append(out, wordPara{})
			case "pStyle":
				out[len(out)-1].style = wordAttr(tok, "val")
			case "r":
				inRun = true
			case "t":
				inText = true
			case "br":
				out[len(out)-1].text += "\n"
			case "tab":
				if inRun {
					out[len(out)-1].text += "\t"
				}
			}
		case xml.EndElement:
			switch tok.Name.Local {
			case "t":
				inText = false
			case "r":
				inRun = false
			}
		case xml.CharData:
			if inText {
				out[len(out)-1].text += string(tok)
			}
		}
	}
}

// wordWellFormed fails t unless every XML part of parts parses.
func wordWellFormed(t testing.TB, parts map[string][]byte) {
	t.Helper()
	for name, b := range parts {
		dec := xml.NewDecoder(bytes.NewReader(b))
		for {
			_, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s is not well-formed: %v\n%s", name, err, b)
			}
		}
	}
}

// wantWordText is the text of a letter's paragraphs as Word should show
// them: sender, address, date, subject, then the body's paragraphs.
func wantWordText(d Document) []wordPara {
	var want []wordPara
	for _, s := range d.Sender {
		want = append(want, wordPara{"FarvelSender", s})
	}
	for _, s := range d.Recipient {
		want = append(want, wordPara{"FarvelRecipient", s})
	}
	want = append(want, wordPara{"FarvelDate", d.DateLine}, wordPara{"FarvelSubject", d.Subject})
	for _, p := range d.Paragraphs() {
		style := "Normal"
		if p.SignatureGap {
			style = "FarvelSignature"
		}
		want = append(want, wordPara{style, strings.Join(p.Lines, "\n")})
	}
	return want
}

func TestWordParagraphs(t *testing.T) {
	long := kariLetterEN()
	long.Body = "Dear Kari,\n\n" + strings.Repeat("A paragraph of the long letter, to be kept whole.\nIts second line.\n\n", 200)[:10000] + "\n\nBest wishes,\nOla Nordmann\n"
	bare := Document{Tag: "nb-NO", Subject: "Hei", Body: "Hei Kari,\n\n\tInnrykk og  to mellomrom.\n\nMed vennlig hilsen\nOla", SenderName: "Ola"}
	for _, tt := range []struct {
		name string
		doc  Document
		want []wordPara
	}{
		{"a Norwegian letter", kariLetterNB(), wantWordText(kariLetterNB())},
		{"an English letter", kariLetterEN(), wantWordText(kariLetterEN())},
		{"a 10 000-character body", long, wantWordText(long)},
		{
			"no sender, address or date: empty cells, tabs and spaces kept",
			bare,
			[]wordPara{
				{"FarvelRecipient", ""}, {"FarvelDate", ""}, {"FarvelSubject", "Hei"},
				{"Normal", "Hei Kari,"}, {"Normal", "\tInnrykk og  to mellomrom."},
				{"Normal", "Med vennlig hilsen"}, {"FarvelSignature", "Ola"},
			},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			docx, err := Word(tt.doc)
			if err != nil {
				t.Fatal(err)
			}
			parts := unzipWord(t, docx)
			wordWellFormed(t, parts)
			got := wordParagraphs(t, parts["word/document.xml"])
			if !slices.Equal(got, tt.want) {
				t.Errorf("paragraphs\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// wordDocumentXML is the part of word/document.xml the layout tests read.
type wordDocumentXML struct {
	Body struct {
		Paragraphs []struct {
			Props struct {
				KeepNext *struct{} `xml:"keepNext"`
			} `xml:"pPr"`
		} `xml:"p"`
		Table struct {
			Grid []struct {
				W int `xml:"w,attr"`
			} `xml:"tblGrid>gridCol"`
			Cells []struct {
				Props struct {
					VAlign struct {
						Val string `xml:"val,attr"`
					} `xml:"vAlign"`
				} `xml:"tcPr"`
				Paragraphs []struct {
					Spacing struct {
						Before string `xml:"before,attr"`
					} `xml:"pPr>spacing"`
				} `xml:"p"`
			} `xml:"tr>tc"`
		} `xml:"tbl"`
		Section struct {
			Size struct {
				W int `xml:"w,attr"`
				H int `xml:"h,attr"`
			} `xml:"pgSz"`
			Margins struct {
				Left  int `xml:"left,attr"`
				Right int `xml:"right,attr"`
			} `xml:"pgMar"`
			Header struct {
				Type string `xml:"type,attr"`
				ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
			} `xml:"headerReference"`
			TitlePage *struct{} `xml:"titlePg"`
		} `xml:"sectPr"`
	} `xml:"body"`
}

func TestWordLayout(t *testing.T) {
	docx, err := Word(kariLetterNB())
	if err != nil {
		t.Fatal(err)
	}
	parts := unzipWord(t, docx)
	var doc wordDocumentXML
	if err := xml.Unmarshal(parts["word/document.xml"], &doc); err != nil {
		t.Fatal(err)
	}
	sec := doc.Body.Section
	if sec.Size.W != 11906 || sec.Size.H != 16838 {
		t.Errorf("page %d × %d twips, want A4, 11906 × 16838", sec.Size.W, sec.Size.H)
	}
	// 25 mm is 1417.3 twips.
	if sec.Margins.Left != 1418 || sec.Margins.Right != 1418 {
		t.Errorf("side margins %d and %d twips, want 1418 (25 mm)", sec.Margins.Left, sec.Margins.Right)
	}
	if sec.Header.Type != "default" || sec.Header.ID == "" || sec.TitlePage == nil {
		t.Errorf("the running header is %+v with title page %v; want a default header and none on the first page", sec.Header, sec.TitlePage != nil)
	}
	tbl := doc.Body.Table
	if len(tbl.Grid) != 2 || tbl.Grid[0].W > 4820 || len(tbl.Cells) != 2 {
		t.Fatalf("the address table is %+v; want two cells, the address at most 85 mm wide", tbl)
	}
	if got := tbl.Cells[1].Props.VAlign.Val; got != "bottom" {
		t.Errorf("the date cell is aligned %q, want bottom, on the address block's last line", got)
	}
	// Three sender lines of 12 pt from 20 mm; the address starts at 46 mm.
	if got, want := tbl.Cells[0].Paragraphs[0].Spacing.Before, strconv.Itoa(2608-1134-3*240); got != want {
		t.Errorf("room above the address %s twips, want %s", got, want)
	}
	// The closing ("Med vennlig hilsen") stays on the page of the signature.
	ps := doc.Body.Paragraphs
	if ps[len(ps)-2].Props.KeepNext == nil {
		t.Errorf("the closing paragraph does not keep with the signature")
	}

	header := wordParagraphs(t, parts["word/header1.xml"])
	if want := []wordPara{{"Header", "Ola Nordmann\tSide 2 av 2"}}; !slices.Equal(header, want) {
		t.Errorf("running header %q, want %q", header, want)
	}
	if !bytes.Contains(parts["word/header1.xml"], []byte(`w:instr=" PAGE "`)) || !bytes.Contains(parts["word/header1.xml"], []byte(`w:instr=" NUMPAGES "`)) {
		t.Errorf("the running header has no page fields:\n%s", parts["word/header1.xml"])
	}
}

// wordStylesXML is the part of word/styles.xml the tests read.
type wordStylesXML struct {
	Lang struct {
		Val string `xml:"val,attr"`
	} `xml:"docDefaults>rPrDefault>rPr>lang"`
	Styles []struct {
		Type    string `xml:"type,attr"`
		ID      string `xml:"styleId,attr"`
		Default string `xml:"default,attr"`
		Name    struct {
			Val string `xml:"val,attr"`
		} `xml:"name"`
		BasedOn struct {
			Val string `xml:"val,attr"`
		} `xml:"basedOn"`
		Bold *struct{} `xml:"rPr>b"`
	} `xml:"style"`
}

func TestWordStyles(t *testing.T) {
	for _, d := range []Document{kariLetterNB(), kariLetterEN()} {
		t.Run(d.Tag, func(t *testing.T) {
			docx, err := Word(d)
			if err != nil {
				t.Fatal(err)
			}
			parts := unzipWord(t, docx)
			var styles wordStylesXML
			if err := xml.Unmarshal(parts["word/styles.xml"], &styles); err != nil {
				t.Fatal(err)
			}
			if styles.Lang.Val != d.Tag {
				t.Errorf("the default language is %q, want %q", styles.Lang.Val, d.Tag)
			}
			names := map[string]string{}
			for _, s := range styles.Styles {
				names[s.ID] = s.Name.Val
			}
			for _, s := range styles.Styles {
				if s.BasedOn.Val != "" && names[s.BasedOn.Val] == "" {
					t.Errorf("style %s is based on %q, which is not defined", s.ID, s.BasedOn.Val)
				}
				if strings.HasPrefix(s.ID, "Farvel") && (s.BasedOn.Val != "Normal" || !strings.HasPrefix(s.Name.Val, "Farvel ")) {
					t.Errorf("style %s is named %q and based on %q; want a readable name, based on Normal", s.ID, s.Name.Val, s.BasedOn.Val)
				}
				if s.ID == "FarvelSubject" && s.Bold == nil {
					t.Errorf("the subject is not bold")
				}
			}
			for _, part := range []string{"word/document.xml", "word/header1.xml"} {
				for _, p := range wordParagraphs(t, parts[part]) {
					if names[p.style] == "" {
						t.Errorf("%s uses style %q, which styles.xml does not define", part, p.style)
					}
				}
			}
		})
	}
}

func TestWordPackage(t *testing.T) {
	d := kariLetterNB()
	docx, err := Word(d)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatal(err)
	}
	if zr.File[0].Name != "[Content_Types].xml" {
		t.Errorf("the first part is %s; readers expect [Content_Types].xml", zr.File[0].Name)
	}
	parts := unzipWord(t, docx)
	for _, want := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "docProps/core.xml"} {
		if parts[want] == nil {
			t.Errorf("no part %s", want)
		}
	}

	var types struct {
		Defaults []struct {
			Extension string `xml:",attr"`
		} `xml:"Default"`
		Overrides []struct {
			PartName    string `xml:",attr"`
			ContentType string `xml:",attr"`
		} `xml:"Override"`
	}
	if err := xml.Unmarshal(parts["[Content_Types].xml"], &types); err != nil {
		t.Fatal(err)
	}
	defaults := map[string]bool{}
	for _, d := range types.Defaults {
		defaults[d.Extension] = true
	}
	listed := map[string]string{}
	for _, o := range types.Overrides {
		listed[strings.TrimPrefix(o.PartName, "/")] = o.ContentType
		if parts[strings.TrimPrefix(o.PartName, "/")] == nil {
			t.Errorf("content types list %s, which is not in the archive", o.PartName)
		}
	}
	for name := range parts {
		if strings.HasSuffix(name, ".rels") {
			if !defaults["rels"] {
				t.Errorf("no content type for %s", name)
			}
			continue
		}
		if name != "[Content_Types].xml" && listed[name] == "" {
			t.Errorf("content types do not list %s", name)
		}
	}
	if got := listed["word/document.xml"]; got != "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" {
		t.Errorf("word/document.xml has content type %q", got)
	}

	// Every relationship points at a part that is there, with the type Word
	// looks for.
	const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	wantTypes := map[string]string{
		"word/document.xml": rel + "officeDocument",
		"docProps/core.xml": "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
		"word/styles.xml":   rel + "styles",
		"word/settings.xml": rel + "settings",
		"word/header1.xml":  rel + "header",
	}
	for relsName, dir := range map[string]string{"_rels/.rels": "", "word/_rels/document.xml.rels": "word"} {
		var rels struct {
			Relationships []struct {
				Type   string `xml:",attr"`
				Target string `xml:",attr"`
			} `xml:"Relationship"`
		}
		if err := xml.Unmarshal(parts[relsName], &rels); err != nil {
			t.Fatal(err)
		}
		for _, r := range rels.Relationships {
			target := path.Join(dir, r.Target)
			if parts[target] == nil {
				t.Errorf("%s points at %s, which is not in the archive", relsName, target)
			}
			if wantTypes[target] != r.Type {
				t.Errorf("%s: %s has relationship type %q, want %q", relsName, target, r.Type, wantTypes[target])
			}
			delete(wantTypes, target)
		}
	}
	if len(wantTypes) > 0 {
		t.Errorf("no relationship to %v", wantTypes)
	}

	var core struct {
		Title    string `xml:"http://purl.org/dc/elements/1.1/ title"`
		Creator  string `xml:"http://purl.org/dc/elements/1.1/ creator"`
		Language string `xml:"http://purl.org/dc/elements/1.1/ language"`
		Created  string `xml:"http://purl.org/dc/terms/ created"`
	}
	if err := xml.Unmarshal(parts["docProps/core.xml"], &core); err != nil {
		t.Fatal(err)
	}
	if core.Title != d.Subject || core.Creator != d.SenderName || core.Language != d.Tag || core.Created != "2027-10-08T00:00:00Z" {
		t.Errorf("core properties %+v; want the subject, the sender, %s and the letter's date", core, d.Tag)
	}

	again, _ := Word(d)
	if !bytes.Equal(docx, again) {
		t.Error("the same letter gives a different file the second time")
	}
	for _, f := range zr.File {
		if !f.Modified.Equal(d.Created) {
			t.Errorf("%s is stamped %v, want the letter's date %v", f.Name, f.Modified, d.Created)
		}
	}
}

// wordSchemaOrder is the order the WordprocessingML schema gives the
// children of the elements Farvel writes; names joined by "|" may come in
// any order among themselves. Word refuses a file that breaks it, where
// LibreOffice does not.
var wordSchemaOrder = map[string][]string{
	"body":      {"p|tbl", "sectPr"},
	"p":         {"pPr", "r|fldSimple"},
	"r":         {"rPr", "t|br|tab"},
	"fldSimple": {"r"},
	"pPr": {"pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
		"suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
		"overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
		"snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
		"textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
		"sectPr", "pPrChange"},
	"rPr": {"rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
		"outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color",
		"spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd",
		"fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"},
	"sectPr": {"headerReference|footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
		"paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
		"titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange"},
	"tbl": {"tblPr", "tblGrid", "tr"},
	"tblPr": {"tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
		"tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
		"tblLayout", "tblCellMar", "tblLook"},
	"tblCellMar": {"top", "left|start", "bottom", "right|end"},
	"tr":         {"tblPrEx", "trPr", "tc"},
	"tc":         {"tcPr", "p|tbl"},
	"tcPr": {"cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
		"textDirection", "tcFitText", "vAlign", "hideMark"},
	"styles":      {"docDefaults", "latentStyles", "style"},
	"docDefaults": {"rPrDefault", "pPrDefault"},
	"style": {"name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority",
		"semiHidden", "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose",
		"personalReply", "rsid", "pPr", "rPr", "tblPr", "trPr", "tcPr", "tblStylePr"},
	"hdr":      {"p|tbl"},
	"settings": {"defaultTabStop", "characterSpacingControl", "compat"},
}

// checkWordSchemaOrder fails t when an element of part has a child the list
// above does not know, or children out of order.
func checkWordSchemaOrder(t *testing.T, name string, part []byte) {
	t.Helper()
	type open struct {
		name string
		rank int
	}
	var stack []open
	dec := xml.NewDecoder(bytes.NewReader(part))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Space != wordNS {
				t.Errorf("%s: <%s> is not in the WordprocessingML namespace", name, tok.Name.Local)
			}
			if len(stack) > 0 {
				parent := &stack[len(stack)-1]
				if order, ok := wordSchemaOrder[parent.name]; ok {
					rank := slices.IndexFunc(order, func(names string) bool {
						return slices.Contains(strings.Split(names, "|"), tok.Name.Local)
					})
					switch {
					case rank < 0:
						t.Errorf("%s: <%s> in <%s> is not in the list of children it may have", name, tok.Name.Local, parent.name)
					case rank < parent.rank:
						t.Errorf("%s: <%s> comes after <%s> in <%s>; the schema has it before", name, tok.Name.Local, order[parent.rank], parent.name)
					default:
						parent.rank = rank
					}
				}
			}
			stack = append(stack, open{name: tok.Name.Local})
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		}
	}
}

func TestWordSchemaOrder(t *testing.T) {
	docx, err := Word(kariLetterNB())
	if err != nil {
		t.Fatal(err)
	}
	parts := unzipWord(t, docx)
	for _, name := range []string{"word/document.xml", "word/styles.xml", "word/header1.xml", "word/settings.xml"} {
		t.Run(name, func(t *testing.T) {
			checkWordSchemaOrder(t, name, parts[name])
			// Word drops the spaces at the ends of a w:t without it.
			if n := bytes.Count(parts[name], []byte("<w:t>")); n > 0 {
				t.Errorf("%d w:t without xml:space=\"preserve\"", n)
			}
		})
	}
}

func TestWordHostileInput(t *testing.T) {
	long := strings.Repeat("<w:p>&amp;]]>\x00æøå\n", 800)[:10000]
	tests := []struct {
		name string
		doc  Document
		want []wordPara
	}{
		{
			name: "markup, entities and a CDATA end",
			doc: Document{
				Tag: "nb-NO", Subject: `<b>Tom & "Jerry"</b> ]]> 'x'`, Body: "<w:p/>&lt;\n\n]]>&",
				Sender: []string{"A & B <AS>"}, Recipient: []string{"</w:t></w:r>"}, DateLine: "&#0;",
			},
			want: []wordPara{
				{"FarvelSender", "A & B <AS>"}, {"FarvelRecipient", "</w:t></w:r>"}, {"FarvelDate", "&#0;"},
				{"FarvelSubject", `<b>Tom & "Jerry"</b> ]]> 'x'`}, {"Normal", "<w:p/>&lt;"}, {"Normal", "]]>&"},
			},
		},
		{
			name: "controls, invalid UTF-8 and non-characters are dropped",
			doc: Document{
				Subject: "a\x00b\x1bc\x7fd\u0085e\uFFFEf\xffg\rh", Body: "x\x0by\x0cz\r\n\nq\u0000",
				Recipient: []string{"Kari\x08"}, DateLine: "\x01",
			},
			want: []wordPara{
				{"FarvelRecipient", "Kari"}, {"FarvelDate", ""}, {"FarvelSubject", "abcdefgh"},
				{"Normal", "xyz"}, {"Normal", "q"},
			},
		},
		{
			name: "a hostile language tag cannot leave its attribute",
			doc:  Document{Tag: `nb"/><w:b/><x a="`, Subject: "s", Body: "b"},
			want: []wordPara{{"FarvelRecipient", ""}, {"FarvelDate", ""}, {"FarvelSubject", "s"}, {"Normal", "b"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docx, err := Word(tt.doc)
			if err != nil {
				t.Fatal(err)
			}
			parts := unzipWord(t, docx)
			wordWellFormed(t, parts)
			if got := wordParagraphs(t, parts["word/document.xml"]); !slices.Equal(got, tt.want) {
				t.Errorf("paragraphs\n%q\nwant\n%q", got, tt.want)
			}
			checkWordSchemaOrder(t, "word/styles.xml", parts["word/styles.xml"])
		})
	}
	t.Run("a 10 000-character body of markup", func(t *testing.T) {
		docx, err := Word(Document{Subject: "s", Body: long})
		if err != nil {
			t.Fatal(err)
		}
		parts := unzipWord(t, docx)
		wordWellFormed(t, parts)
		var text strings.Builder
		// After the empty address, the empty date and the subject.
		for _, p := range wordParagraphs(t, parts["word/document.xml"])[3:] {
			text.WriteString(p.text + "\n")
		}
		want := strings.ReplaceAll(strings.TrimRight(long, "\n"), "\x00", "") + "\n"
		if text.String() != want {
			t.Errorf("the body does not come back whole: %d characters, want %d", len(text.String()), len(want))
		}
	})
}

func FuzzWord(f *testing.F) {
	f.Add("nb-NO", "Ny kontakt", "Hei Kari,\n\nTakk.\n\nMed vennlig hilsen\nOla\n", "Ola", "Storgata 1", "%d av %d")
	f.Add("x\"<", "<&>]]>\x00", "\t\r\n\xff\uFFFE", "\x1b", "</w:t>", "%d%d%d%s")
	f.Fuzz(func(t *testing.T, tag, subject, body, name, line, label string) {
		d := Document{
			Tag: tag, Subject: subject, Body: body, SenderName: name,
			Sender: []string{line, name}, Recipient: []string{name, line}, DateLine: line, PageLabel: label,
		}
		docx, err := Word(d)
		if err != nil {
			t.Fatal(err)
		}
		parts := unzipWord(t, docx)
		wordWellFormed(t, parts)
		if ps := wordParagraphs(t, parts["word/document.xml"]); len(ps) < 3 {
			t.Fatalf("%d paragraphs; want at least the address, the date and the subject", len(ps))
		}
	})
}

func TestWordAllocations(t *testing.T) {
	d := kariLetterNB()
	allocbudget.Check(t, "Word", 109, func() { Word(d) })
}

func BenchmarkWord(b *testing.B) {
	d := kariLetterNB()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Word(d); err != nil {
			b.Fatal(err)
		}
	}
}

// needWordTools skips t when a program the LibreOffice test runs is
// missing, and fails it when FARVEL_E2E=1.
func needWordTools(t *testing.T, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("FARVEL_E2E") == "1" {
				t.Fatalf("%s is missing and FARVEL_E2E=1: %v", tool, err)
			}
			t.Skipf("%s is missing (install libreoffice-writer-nogui and poppler-utils, or set FARVEL_E2E=1 to fail)", tool)
		}
	}
}

// pdfWord is one word pdftotext -bbox found, its box in millimetres from
// the page's top left corner.
type pdfWord struct {
	text                   string
	page                   int
	xMin, yMin, xMax, yMax float64
}

var (
	docxBboxPage = regexp.MustCompile(`<page `)
	docxBboxWord = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
)

func pdfWords(t *testing.T, pdf string) []pdfWord {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	var words []pdfWord
	page := 0
	pages := docxBboxPage.FindAllIndex(out, -1)
	for _, m := range docxBboxWord.FindAllSubmatchIndex(out, -1) {
		for page < len(pages) && pages[page][0] < m[0] {
			page++
		}
		mm := func(i int) float64 {
			v, _ := strconv.ParseFloat(string(out[m[2*i]:m[2*i+1]]), 64)
			return v * 25.4 / 72
		}
		words = append(words, pdfWord{html.UnescapeString(string(out[m[10]:m[11]])), page, mm(1), mm(2), mm(3), mm(4)})
	}
	return words
}

// findWords returns the words of lines where they come in order in words,
// starting at from, and the index after the last; nil when they do not.
func findWords(words []pdfWord, from int, lines ...string) ([]pdfWord, int) {
	want := strings.Fields(strings.Join(lines, " "))
	for i := from; i+len(want) <= len(words); i++ {
		match := true
		for j, w := range want {
			if words[i+j].text != w {
				match = false
				break
			}
		}
		if match {
			return words[i : i+len(want)], i + len(want)
		}
	}
	return nil, from
}

func pdfPages(t *testing.T, pdf string) int {
	t.Helper()
	out, err := exec.Command("pdfinfo", pdf).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("pdfinfo gives no page count:\n%s", out)
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

// TestWordInLibreOffice opens the files for real: LibreOffice converts a
// short and a long letter to PDF in one run, and the PDFs are read back
// for their text, pages and where the address lands.
func TestWordInLibreOffice(t *testing.T) {
	needWordTools(t, "soffice", "pdftotext", "pdfinfo")
	long := kariLetterEN()
	long.Body = "Dear Kari,\n\n" + strings.Repeat("This paragraph is here so that the letter runs on to a second page, where the running header shows the page.\n\n", 30) +
		"Best wishes,\nOla Nordmann\nAccount Manager\n"
	letters := map[string]Document{"short": kariLetterNB(), "long": long}

	dir := t.TempDir()
	args := []string{"-env:UserInstallation=file://" + filepath.ToSlash(filepath.Join(dir, "profile")),
		"--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir}
	for name, d := range letters {
		docx, err := Word(d)
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(dir, name+".docx")
		if err := os.WriteFile(file, docx, 0o600); err != nil {
			t.Fatal(err)
		}
		args = append(args, file)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if out, err := exec.CommandContext(ctx, "soffice", args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}

	for name, d := range letters {
		t.Run(name, func(t *testing.T) {
			pdf := filepath.Join(dir, name+".pdf")
			words := pdfWords(t, pdf)

			// Every line of the letter is there, in order, æøå intact.
			at := 0
			var lines []string
			lines = append(lines, d.Sender...)
			lines = append(lines, d.Recipient...)
			lines = append(lines, d.DateLine, d.Subject)
			for _, p := range d.Paragraphs() {
				lines = append(lines, p.Lines...)
			}
			for _, line := range lines {
				found, next := findWords(words, at, line)
				if found == nil {
					t.Fatalf("%q is not in the PDF after word %d", line, at)
				}
				at = next
			}

			pages := pdfPages(t, pdf)
			header, _ := findWords(words, 0, d.SenderName, fmt.Sprintf(d.PageLabel, 2, pages))
			switch name {
			case "short":
				if pages != 1 {
					t.Errorf("%d pages, want 1", pages)
				}
			case "long":
				if pages < 2 {
					t.Errorf("%d pages, want at least 2", pages)
				}
				if len(header) == 0 || header[0].page != 2 || header[0].yMax > 20 {
					t.Errorf("no running header %q at the top of page 2: %+v", d.PageLabel, header)
				}
			}
			for _, w := range words {
				if w.page == 1 && w.yMin < 19 {
					t.Errorf("%q stands %.1f mm from the top of the first page, above the margin; the first page has no running header", w.text, w.yMin)
				}
			}

			// The address lies in the window of a C5, C65 or E65 envelope,
			// and the date on its last line, right-aligned at the margin.
			address, next := findWords(words, 0, d.Recipient...)
			date, _ := findWords(words, next, d.DateLine)
			if address == nil || date == nil {
				t.Fatalf("the address %q or the date %q is missing", d.Recipient, d.DateLine)
			}
			for _, w := range address {
				if w.page != 1 || w.xMin < 15 || w.xMax > 110 || w.yMin < 44 || w.yMax > 70 {
					t.Errorf("address word %q at x %.1f–%.1f mm, y %.1f–%.1f mm on page %d; want it in the window, 15–110 mm from the left, 44–70 mm from the top",
						w.text, w.xMin, w.xMax, w.yMin, w.yMax, w.page)
				}
			}
			last := address[len(address)-1]
			end := date[len(date)-1]
			if d := date[0].yMin - last.yMin; d < -0.5 || d > 0.5 {
				t.Errorf("the date is at %.1f mm from the top, the address's last line at %.1f mm; want the same line", date[0].yMin, last.yMin)
			}
			if end.xMax < 183 || end.xMax > 185.5 {
				t.Errorf("the date ends %.1f mm from the left; want it right-aligned at the margin, 185 mm", end.xMax)
			}
		})
	}
}
