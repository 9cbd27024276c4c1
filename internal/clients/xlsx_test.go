package clients

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// workbook builds an XLSX with excelize: rows on its first sheet, then
// whatever edit does.
func workbook(t testing.TB, rows [][]any, edit func(f *excelize.File, sheet string)) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sheet := f.GetSheetName(0)
	for i, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(sheet, cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	if edit != nil {
		edit(f, sheet)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// part is one file of a hand-made zip.
type part struct{ name, body string }

// zipOf writes parts into a zip, deflated.
func zipOf(t testing.TB, parts ...part) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(p.body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// workbookParts are the parts of the smallest XLSX, but its sheet.
var workbookParts = []part{
	{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`},
	{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
	{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Kunder" sheetId="1" r:id="rId1"/></sheets></workbook>`},
	{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`},
}

const (
	sheetHead = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`
	sheetTail = `</sheetData></worksheet>`
)

// handMadeWorkbook is an XLSX whose sheet data is written as XML, for
// cells excelize itself would not write (a formula with its saved value).
func handMadeWorkbook(t testing.TB, sheetData string) []byte {
	t.Helper()
	return zipOf(t, append(workbookParts[:len(workbookParts):len(workbookParts)], part{"xl/worksheets/sheet1.xml", sheetHead + sheetData + sheetTail})...)
}

func TestParseWorkbooks(t *testing.T) {
	header := []any{"Navn", "E-post", "År", "Postnr", "Sted"}
	tests := []listCase{
		{
			name: "first sheet, Norwegian header, numbers as typed",
			data: workbook(t, [][]any{header, {"Ola Hansen", "ola@fjord.no", 6, "", "Ålesund"}, {"Kari Berg", "kari@berg.no"}}, nil),
			rows: []Row{
				{Number: 2, Name: "Ola Hansen", Email: "ola@fjord.no", Years: "6", Address: "Ålesund"},
				{Number: 3, Name: "Kari Berg", Email: "kari@berg.no"},
			},
			header: map[Column]string{ColName: "Navn", ColEmail: "E-post", ColYears: "År", ColAddress: "Postnr + Sted"},
		},
		{
			name: "a postcode shown with its leading zero",
			data: workbook(t, [][]any{{"Navn", "Postnr", "Sted"}, {"Ola Hansen", 150, "Oslo"}}, func(f *excelize.File, sheet string) {
				format := "0000"
				style, err := f.NewStyle(&excelize.Style{CustomNumFmt: &format})
				if err != nil {
					t.Fatal(err)
				}
				f.SetCellStyle(sheet, "B2", "B2", style)
			}),
			rows:   []Row{{Number: 2, Name: "Ola Hansen", Address: "0150 Oslo"}},
			header: map[Column]string{ColName: "Navn", ColAddress: "Postnr + Sted"},
		},
		{
			name: "later sheets are not read",
			data: workbook(t, [][]any{{"Navn"}, {"Ola Hansen"}}, func(f *excelize.File, _ string) {
				f.NewSheet("Arkiv")
				f.SetSheetRow("Arkiv", "A1", &[]any{"Navn"})
				f.SetSheetRow("Arkiv", "A2", &[]any{"Gammel Kunde"})
			}),
			rows:   []Row{{Number: 2, Name: "Ola Hansen"}},
			header: map[Column]string{ColName: "Navn"},
		},
		{
			name: "empty rows and a header further down keep the sheet's row numbers",
			data: workbook(t, nil, func(f *excelize.File, sheet string) {
				f.SetSheetRow(sheet, "B3", &[]any{"Name", "Email"})
				f.SetSheetRow(sheet, "B4", &[]any{"Ola Hansen", "ola@fjord.no"})
				f.SetSheetRow(sheet, "B9", &[]any{"Kari Berg", "kari@berg.no"})
			}),
			rows:    []Row{{Number: 4, Name: "Ola Hansen", Email: "ola@fjord.no"}, {Number: 9, Name: "Kari Berg", Email: "kari@berg.no"}},
			header:  map[Column]string{ColName: "Name", ColEmail: "Email"},
			ignored: nil,
		},
		{
			name: "a cell with line breaks, CRLF or LF",
			data: workbook(t, [][]any{{"Navn", "Adresse"}, {"Ola Hansen", "Storgata 1\r\n6002 Ålesund"}, {"Kari Berg", "Bryggen 2\n5003 Bergen"}}, nil),
			rows: []Row{
				{Number: 2, Name: "Ola Hansen", Address: "Storgata 1\n6002 Ålesund"},
				{Number: 3, Name: "Kari Berg", Address: "Bryggen 2\n5003 Bergen"},
			},
			header: map[Column]string{ColName: "Navn", ColAddress: "Adresse"},
		},
		{
			name: "a text cell that looks like a formula is kept as text",
			data: workbook(t, [][]any{{"Navn"}}, func(f *excelize.File, sheet string) {
				f.SetCellStr(sheet, "A2", `=HYPERLINK("http://x","y")`)
			}),
			rows:   []Row{{Number: 2, Name: `=HYPERLINK("http://x","y")`}},
			header: map[Column]string{ColName: "Navn"},
		},
		{
			name: "a formula gives the value Excel saved with it and is never calculated",
			data: handMadeWorkbook(t, `<row r="1"><c r="A1" t="inlineStr"><is><t>Navn</t></is></c><c r="B1" t="inlineStr"><is><t>År</t></is></c></row>`+
				`<row r="2"><c r="A2" t="str"><f>HYPERLINK("http://x","Ola Hansen")</f><v>Ola Hansen</v></c><c r="B2"><f>1+1</f></c></row>`),
			rows:   []Row{{Number: 2, Name: "Ola Hansen"}},
			header: map[Column]string{ColName: "Navn", ColYears: "År"},
		},
		{
			name: "a CRM export saved as XLSX, with columns to ignore",
			data: workbook(t, [][]any{
				{"First Name", "Last Name", "Email Address", "Company Name", "Lead Status"},
				{"Ola", "Hansen", "ola@fjord.no", "Fjord AS", "Open"},
			}, nil),
			rows:    []Row{{Number: 2, Name: "Ola Hansen", Email: "ola@fjord.no", Company: "Fjord AS"}},
			header:  map[Column]string{ColName: "First Name + Last Name", ColEmail: "Email Address", ColCompany: "Company Name"},
			ignored: []IgnoredColumn{{Index: 5, Header: "Lead Status"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := ParseFile("kunder.xlsx", tt.data)
			if err != nil {
				t.Fatalf("ParseFile: %v, want rows", err)
			}
			checkList(t, l, tt)
			roundTrip(t, l)
		})
	}
}

func TestWorkbooksAreKnownByContentNotName(t *testing.T) {
	data := workbook(t, [][]any{{"Navn"}, {"Ola Hansen"}}, nil)
	for _, name := range []string{"kunder.csv", "kunder", "kunder.txt"} {
		l, err := ParseFile(name, data)
		if err != nil || len(l.Rows) != 1 || l.Rows[0].Name != "Ola Hansen" {
			t.Errorf("an XLSX named %q: rows %+v, error %v; want it read as a workbook", name, l.Rows, err)
		}
	}
	l, err := ParseFile("kunder.xlsx", []byte("Navn;E-post\nOla Hansen;ola@fjord.no\n"))
	if err != nil || len(l.Rows) != 1 {
		t.Errorf("a CSV named .xlsx: rows %+v, error %v; want it read as CSV", l.Rows, err)
	}
}

func TestParseFileRefuses(t *testing.T) {
	valid := workbook(t, [][]any{{"Navn"}, {"Ola Hansen"}}, nil)
	manyRows := make([][]any, MaxClients+2)
	manyRows[0] = []any{"Navn"}
	for i := 1; i < len(manyRows); i++ {
		manyRows[i] = []any{"Kunde"}
	}
	tests := []struct {
		name     string
		filename string
		data     []byte
		want     Error
	}{
		{"a PNG image", "kunder.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), Error{Code: NotAList}},
		{"a JPEG image", "bilde.jpg", []byte("\xff\xd8\xff\xe0\x00\x10JFIF"), Error{Code: NotAList}},
		{"a PDF", "kunder.pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), Error{Code: NotAList}},
		{"a gzip file", "kunder.csv.gz", []byte("\x1f\x8b\x08\x00"), Error{Code: NotAList}},
		{"an image named .xlsx", "kunder.xlsx", []byte("\x89PNG\r\n\x1a\n"), Error{Code: BrokenWorkbook}},
		{"a zip of text files", "kunder.zip", zipOf(t, part{"kunder.csv", "Navn\nOla\n"}), Error{Code: NotAList}},
		{"a Word document", "brev.docx", zipOf(t, part{"[Content_Types].xml", "<Types/>"}, part{"word/document.xml", "<w:document/>"}), Error{Code: NotAList}},
		{"an empty zip", "kunder.zip", zipOf(t), Error{Code: NotAList}},
		{"an OpenDocument spreadsheet", "kunder.ods", zipOf(t, part{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, part{"content.xml", "<x/>"}), Error{Code: OtherSpreadsheet}},
		{"a Numbers file", "kunder.numbers", zipOf(t, part{"Index/Document.iwa", "x"}), Error{Code: OtherSpreadsheet}},
		{"an old .xls (or a workbook with a password)", "kunder.xls", append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 512)...), Error{Code: OtherSpreadsheet}},
		{"half a workbook", "kunder.xlsx", valid[:len(valid)/2], Error{Code: BrokenWorkbook}},
		{"half a workbook, named otherwise", "kunder", valid[:len(valid)/2], Error{Code: NotAList}},
		{"a workbook without sheets", "kunder.xlsx", zipOf(t, part{"xl/workbook.xml", "<workbook/>"}), Error{Code: BrokenWorkbook}},
		{"a workbook whose sheet is not XML reads as empty", "kunder.xlsx", zipOf(t, append(workbookParts[:len(workbookParts):len(workbookParts)], part{"xl/worksheets/sheet1.xml", "\x00\x01 not xml <<<"})...), Error{Code: NoClients}},
		{"a sheet with a header alone", "kunder.xlsx", workbook(t, [][]any{{"Navn", "E-post"}}, nil), Error{Code: NoClients}},
		{"a sheet over MaxClients", "kunder.xlsx", workbook(t, manyRows, nil), Error{Code: TooManyClients, Limit: MaxClients}},
		{"a workbook over MaxBytes", "kunder.xlsx", append(append([]byte(nil), valid...), make([]byte, MaxBytes)...), Error{Code: TooLarge, Limit: MaxBytes}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseFile(tt.filename, tt.data)
			if got := parseError(t, err); *got != tt.want {
				t.Errorf("ParseFile: %+v, want %+v", *got, tt.want)
			}
		})
	}
}

// bombSheet is a worksheet of about 300 MiB that deflates to well under
// MaxBytes: one mebibyte of rows deflated once, its blocks repeated (each
// copy refers only to itself, so the copies make one valid stream).
func bombSheet(t testing.TB) (compressed []byte, size uint64, crc uint32) {
	t.Helper()
	deflate := func(s string, final bool) []byte {
		var buf bytes.Buffer
		w, _ := flate.NewWriter(&buf, flate.BestCompression)
		w.Write([]byte(s))
		if final {
			w.Close()
		} else {
			w.Flush()
		}
		return buf.Bytes()
	}
	row := `<row><c t="inlineStr"><is><t>Ola Hansen</t></is></c></row>`
	chunk := strings.Repeat(row, (1<<20)/len(row))
	const copies = 300

	var out bytes.Buffer
	out.Write(deflate(sheetHead, false))
	crc = crc32.Update(0, crc32.IEEETable, []byte(sheetHead))
	block := deflate(chunk, false)
	for range copies {
		out.Write(block)
		crc = crc32.Update(crc, crc32.IEEETable, []byte(chunk))
	}
	out.Write(deflate(sheetTail, true))
	crc = crc32.Update(crc, crc32.IEEETable, []byte(sheetTail))
	size = uint64(len(sheetHead) + copies*len(chunk) + len(sheetTail))
	return out.Bytes(), size, crc
}

// bombWorkbook is an XLSX whose sheet unzips to hundreds of MiB; declared
// is the size its zip directory gives for the sheet.
func bombWorkbook(t testing.TB, compressed []byte, declared uint64, crc uint32) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range workbookParts {
		w, _ := zw.Create(p.name)
		w.Write([]byte(p.body))
	}
	w, err := zw.CreateRaw(&zip.FileHeader{
		Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate,
		CRC32: crc, CompressedSize64: uint64(len(compressed)), UncompressedSize64: declared,
	})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(compressed)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestZipBombsAreRefusedWithoutInflating(t *testing.T) {
	compressed, size, crc := bombSheet(t)
	if size < 256<<20 {
		t.Fatalf("the bomb's sheet is %d bytes; the test wants hundreds of MiB", size)
	}
	tests := []struct {
		name     string
		declared uint64
		want     ErrorCode
	}{
		{"the zip tells the sheet's size", size, TooLarge},
		{"the zip lies that the sheet is small", 4096, BrokenWorkbook},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := bombWorkbook(t, compressed, tt.declared, crc)
			if len(data) > MaxBytes {
				t.Fatalf("the bomb is %d bytes, over MaxBytes: it would not test the unzip limit", len(data))
			}
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			_, err := ParseFile("kunder.xlsx", data)
			runtime.ReadMemStats(&after)
			if got := parseError(t, err); got.Code != tt.want {
				t.Errorf("code %q, want %q", got.Code, tt.want)
			}
			if allocated := after.TotalAlloc - before.TotalAlloc; allocated > 16<<20 {
				t.Errorf("refusing the bomb allocated %d MiB; want a few at most", allocated>>20)
			}
		})
	}
}

func TestWorkbookCellsAreCleaned(t *testing.T) {
	data := workbook(t, [][]any{{"\uFEFFNavn"}, {"Ola\uFEFF Hansen"}}, nil)
	l, err := ParseFile("kunder.xlsx", data)
	if err != nil {
		t.Fatal(err)
	}
	if want := []Row{{Number: 2, Name: "Ola Hansen"}}; !reflect.DeepEqual(l.Rows, want) {
		t.Errorf("rows %+v, want %+v", l.Rows, want)
	}
}
