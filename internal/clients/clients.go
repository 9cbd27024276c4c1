// Package clients reads a list of clients (pasted, or uploaded as CSV or
// XLSX) into rows, checks each row's letter with the same rules as the
// single letter, and writes the letters into a ZIP as they are made, with a
// report of every row. It knows nothing about HTTP and nothing about file
// formats: the caller makes each letter's file.
package clients

import (
	"fmt"
	"strconv"
)

// Limits of a list, checked before any per-row work.
const (
	MaxClients = 1000    // client rows, not counting the header and empty rows
	MaxBytes   = 1 << 20 // of the pasted text or the uploaded file
)

// Column is a column of the client list as the form contract names it.
type Column string

const (
	ColName    Column = "name"
	ColCompany Column = "company"
	ColEmail   Column = "email"
	ColAddress Column = "address"
	ColYears   Column = "years"
	ColNote    Column = "note"
	ColLang    Column = "lang"
)

// Columns lists every column in the order Text writes them.
var Columns = []Column{ColName, ColCompany, ColEmail, ColAddress, ColYears, ColNote, ColLang}

// defaultColumns are the columns of a list without a header row.
var defaultColumns = []Column{ColName, ColEmail, ColYears, ColNote}

// Row is one client as the list gives it: every value as typed (line
// breaks as LF), each filling one field of that client's letter.
type Row struct {
	Number  int // the row as the user's spreadsheet numbers it: a header is row 1
	Name    string
	Company string
	Email   string
	Address string // may hold line breaks
	Years   string
	Note    string
	Lang    string
}

// Get returns the value of column c.
func (r Row) Get(c Column) string {
	switch c {
	case ColName:
		return r.Name
	case ColCompany:
		return r.Company
	case ColEmail:
		return r.Email
	case ColAddress:
		return r.Address
	case ColYears:
		return r.Years
	case ColNote:
		return r.Note
	case ColLang:
		return r.Lang
	}
	return ""
}

// List is a client list read into rows.
type List struct {
	Rows []Row // the client rows in list order; empty rows and a header left out

	// HasHeader reports whether the list began with a header row.
	HasHeader bool
	// Used lists the columns the list fills: in the order of Columns when
	// the list has a header, else name, email, years, note as far as its
	// widest row goes.
	Used []Column
	// Headers holds, for each used column, the header as the user wrote it
	// ("E-post", "First Name + Last Name"); empty without a header row.
	Headers map[Column]string
	// Ignored names the first columns that were left out because no header
	// names a client column, at most maxIgnored of them; IgnoredCount counts
	// them all.
	Ignored      []IgnoredColumn
	IgnoredCount int
	// Skipped holds rows left out on purpose: a header repeated further down
	// (two files pasted together).
	Skipped []int

	headerRow int // the header's row number, for Text to keep every row's number
}

// IgnoredColumn is a column of the user's list that fills no field.
type IgnoredColumn struct {
	Index  int    // 1-based, as a spreadsheet counts columns (A is 1)
	Header string // as the user wrote it; empty when the list has no header
}

// maxIgnored bounds List.Ignored: a page names a few, not ten thousand.
const maxIgnored = 20

// Header returns the header the user wrote for column c, or the column's
// own name when the list has no header.
func (l List) Header(c Column) string {
	if h := l.Headers[c]; h != "" {
		return h
	}
	return string(c)
}

// numberWidth is how many digits the list's largest row number has.
func (l List) numberWidth() int {
	if len(l.Rows) == 0 {
		return 1
	}
	return len(strconv.Itoa(l.Rows[len(l.Rows)-1].Number))
}

// ErrorCode names why a list cannot be read at all. Codes are stable: the
// web layer words them in the user's language.
type ErrorCode string

const (
	// TooLarge: over MaxBytes, or an XLSX that unzips to more than
	// maxUnzipped (a zip bomb). Limit is the bound in bytes.
	TooLarge ErrorCode = "too_large"
	// TooManyClients: over MaxClients client rows. Limit is MaxClients.
	TooManyClients ErrorCode = "too_many_clients"
	// NoClients: nothing but empty rows, or a header alone.
	NoClients ErrorCode = "no_clients"
	// NoNameColumn: a header row without a name column.
	NoNameColumn ErrorCode = "no_name_column"
	// UnclosedQuote: a quoted field that never ends. Row is the line it
	// opens on.
	UnclosedQuote ErrorCode = "unclosed_quote"
	// NotAList: binary data, an image, a document, a zip that is not a
	// workbook.
	NotAList ErrorCode = "not_a_list"
	// OtherSpreadsheet: a spreadsheet that is not XLSX (.xls, .ods,
	// .numbers) or a password-protected workbook; saved as XLSX or CSV it
	// can be read.
	OtherSpreadsheet ErrorCode = "other_spreadsheet"
	// BrokenWorkbook: an XLSX that cannot be opened.
	BrokenWorkbook ErrorCode = "broken_workbook"
)

// Error is why a list cannot be read. The web layer words Code; Error()
// is for logs and tests and holds nothing the user typed.
type Error struct {
	Code  ErrorCode
	Row   int // for UnclosedQuote
	Limit int // for TooLarge and TooManyClients
}

func (e *Error) Error() string {
	switch {
	case e.Row > 0:
		return fmt.Sprintf("clients: %s at row %d", e.Code, e.Row)
	case e.Limit > 0:
		return fmt.Sprintf("clients: %s (limit %d)", e.Code, e.Limit)
	}
	return "clients: " + string(e.Code)
}
