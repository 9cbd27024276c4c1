package clients

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/farvel/farvel/internal/export"
)

// FileName names row r's letter in the ZIP: its row number, zero-padded to
// the list's widest, then its name in safe ASCII, as in
// "017-ola-hansen.pdf". The row number makes it unique even when two
// clients share a name, and finds the row in the report and the list.
func (l List) FileName(r Row, ext string) string {
	name := fmt.Sprintf("%0*d", l.numberWidth(), r.Number)
	if slug := export.Slug(r.Name); slug != "" {
		name += "-" + slug
	}
	return name + "." + ext
}

// ReportEntry is one row of the report: the letter made for it, or why
// none was.
type ReportEntry struct {
	Row     int
	Name    string
	Email   string
	File    string // the letter's name in the ZIP; empty when the row was skipped
	Skipped string // why the row has no letter, worded for the user
}

// ReportLabels are the report's words and its separator, in the user's
// language.
type ReportLabels struct {
	// Comma separates the cells: ';' where Excel's list separator is a
	// semicolon (as in Norway), ',' elsewhere.
	Comma                           rune
	Row, Name, Email, File, Skipped string
}

// WriteReport writes the report CSV: a header row, then every entry. It is
// UTF-8 with a byte-order mark, so Excel reads æøå, with CRLF line ends,
// and every cell that a spreadsheet would run as a formula gets a leading
// apostrophe (OWASP's advice on CSV injection).
func WriteReport(w io.Writer, labels ReportLabels, entries []ReportEntry) error {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma = labels.Comma
	if cw.Comma == 0 {
		cw.Comma = ','
	}
	cw.UseCRLF = true
	write := func(cells ...string) {
		for i, c := range cells {
			cells[i] = neutralize(c)
		}
		cw.Write(cells)
	}
	write(labels.Row, labels.Name, labels.Email, labels.File, labels.Skipped)
	for _, e := range entries {
		write(strconv.Itoa(e.Row), e.Name, e.Email, e.File, e.Skipped)
	}
	cw.Flush()
	return cw.Error()
}

// neutralize keeps a cell from being read as a formula by the spreadsheet
// that opens the report.
func neutralize(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r\n", rune(s[0])) {
		return "'" + s
	}
	return s
}
