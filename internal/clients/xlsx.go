package clients

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// maxUnzipped bounds what an uploaded workbook may unzip to. A thousand
// clients in a sheet with fifty columns unzip to about 3 MiB; a zip bomb,
// refused before a byte is inflated, to gigabytes.
const maxUnzipped = 8 << 20

// parseZip reads a zip that should be an XLSX workbook: its first sheet.
func parseZip(filename string, data []byte) (list List, err error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return List{}, &Error{Code: notAList(filename)}
	}
	switch zipKind(zr) {
	case zipOther:
		return List{}, &Error{Code: NotAList}
	case zipSpreadsheet:
		return List{}, &Error{Code: OtherSpreadsheet}
	}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if total > maxUnzipped {
			return List{}, &Error{Code: TooLarge, Limit: maxUnzipped}
		}
	}
	if !intact(zr) {
		return List{}, &Error{Code: BrokenWorkbook}
	}

	// excelize parses a hostile file: whatever it trips on, the answer is a
	// workbook that cannot be read, not a crashed request.
	defer func() {
		if recover() != nil {
			list, err = List{}, &Error{Code: BrokenWorkbook}
		}
	}()
	// The XML limit equal to the whole keeps every part in memory: a sheet
	// is never spilled to a temporary file on the server.
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit:    maxUnzipped,
		UnzipXMLSizeLimit: maxUnzipped,
	})
	if err != nil {
		return List{}, &Error{Code: BrokenWorkbook}
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return List{}, &Error{Code: BrokenWorkbook}
	}
	rows, err := f.Rows(sheets[0])
	if err != nil {
		return List{}, &Error{Code: BrokenWorkbook}
	}
	defer rows.Close()
	var b builder
	// A formula cell gives the value Excel saved with it, what the user
	// sees; nothing is ever calculated here.
	for number := 1; rows.Next(); number++ {
		cells, err := rows.Columns()
		if err != nil {
			return List{}, &Error{Code: BrokenWorkbook}
		}
		if err := b.add(number, cells); err != nil {
			return List{}, err
		}
	}
	if rows.Error() != nil {
		return List{}, &Error{Code: BrokenWorkbook}
	}
	return b.finish()
}

// intact inflates every part once, to nowhere, to check it is the size the
// zip declares and has the right checksum. The sizes are only what the zip
// says: archive/zip stops an entry that inflates past its declared size,
// but excelize would take the part cut short as if it were whole.
func intact(zr *zip.Reader) bool {
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return false
		}
		n, err := io.Copy(io.Discard, rc)
		rc.Close()
		if err != nil || uint64(n) != f.UncompressedSize64 {
			return false
		}
	}
	return true
}

type zipType int

const (
	zipOther zipType = iota
	zipWorkbook
	zipSpreadsheet // OpenDocument or Numbers: to be saved as XLSX or CSV
)

// zipKind tells an XLSX workbook from other zips by the parts they hold.
func zipKind(zr *zip.Reader) zipType {
	kind := zipOther
	for _, f := range zr.File {
		name := strings.ToLower(strings.ReplaceAll(f.Name, `\`, "/"))
		switch {
		case name == "xl/workbook.xml":
			return zipWorkbook
		case name == "index/document.iwa":
			kind = zipSpreadsheet
		case name == "mimetype" && isODS(f):
			kind = zipSpreadsheet
		}
	}
	return kind
}

// isODS reads an OpenDocument file's mimetype entry.
func isODS(f *zip.File) bool {
	if f.UncompressedSize64 > 100 {
		return false
	}
	rc, err := f.Open()
	if err != nil {
		return false
	}
	defer rc.Close()
	b, _ := io.ReadAll(io.LimitReader(rc, 100))
	return strings.HasPrefix(string(b), "application/vnd.oasis.opendocument.spreadsheet")
}
