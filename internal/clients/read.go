package clients

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/farvel/farvel/internal/letter"
)

// Parse reads a pasted list: one client a line, the cells separated by
// tabs (a paste from a spreadsheet), semicolons or commas. The error, when
// there is one, is an *Error.
func Parse(text string) (List, error) {
	if len(text) > MaxBytes {
		return List{}, &Error{Code: TooLarge, Limit: MaxBytes}
	}
	return parseText([]byte(text))
}

// ParseFile reads an uploaded list, CSV or XLSX, told apart by its content:
// the name only decides which error a file that is neither gets. The error,
// when there is one, is an *Error.
func ParseFile(filename string, data []byte) (List, error) {
	if len(data) > MaxBytes {
		return List{}, &Error{Code: TooLarge, Limit: MaxBytes}
	}
	switch sniff(data) {
	case kindZip:
		return parseZip(filename, data)
	case kindOLE:
		return List{}, &Error{Code: OtherSpreadsheet}
	case kindBinary:
		return List{}, &Error{Code: notAList(filename)}
	}
	return parseText(data)
}

// notAList is the code for a file that cannot be read: a file named as a
// workbook is a broken workbook.
func notAList(filename string) ErrorCode {
	name := strings.ToLower(filename)
	if strings.HasSuffix(name, ".xlsx") || strings.HasSuffix(name, ".xlsm") {
		return BrokenWorkbook
	}
	return NotAList
}

type kind int

const (
	kindText kind = iota
	kindZip
	kindOLE    // an old .xls, or a workbook with a password
	kindBinary // an image, a PDF, a compressed file
)

// magic numbers of the files people upload by mistake.
var (
	zipMagic    = []byte("PK\x03\x04")
	emptyZip    = []byte("PK\x05\x06")
	oleMagic    = []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
	binaryMagic = [][]byte{
		[]byte("\x89PNG"), []byte("\xff\xd8\xff"), []byte("GIF8"), []byte("%PDF-"),
		[]byte("\x1f\x8b"), []byte("BZh"), []byte("\xfd7zXZ"), []byte("7z\xbc\xaf"), []byte("RIFF"),
	}
)

func sniff(data []byte) kind {
	switch {
	case bytes.HasPrefix(data, zipMagic), bytes.HasPrefix(data, emptyZip):
		return kindZip
	case bytes.HasPrefix(data, oleMagic):
		return kindOLE
	}
	for _, m := range binaryMagic {
		if bytes.HasPrefix(data, m) {
			return kindBinary
		}
	}
	return kindText
}

// parseText reads a CSV file or a paste.
func parseText(data []byte) (List, error) {
	text, ok := decode(data)
	if !ok {
		return List{}, &Error{Code: NotAList}
	}
	text = letter.NormalizeNewlines(text)
	comma, text := separator(text)
	if line, open := unclosedQuote(text, comma); open {
		return List{}, &Error{Code: UnclosedQuote, Row: line}
	}

	r := csv.NewReader(strings.NewReader(text))
	r.Comma = rune(comma)
	r.FieldsPerRecord = -1
	// A quote inside an unquoted cell (Ola "Tiger" Hansen) is text, as
	// spreadsheets copy it; a quote left open is caught above.
	r.LazyQuotes = true
	var b builder
	extraLines := 0 // line breaks inside cells so far: a spreadsheet row is a record, not a line
	for {
		cells, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return List{}, &Error{Code: UnclosedQuote, Row: pe.StartLine}
			}
			return List{}, &Error{Code: NotAList}
		}
		line, _ := r.FieldPos(0)
		if err := b.add(line-extraLines, cells); err != nil {
			return List{}, err
		}
		for _, c := range cells {
			extraLines += strings.Count(c, "\n")
		}
	}
	return b.finish()
}

var (
	utf8BOM    = []byte("\xef\xbb\xbf")
	utf16LEBOM = []byte("\xff\xfe")
	utf16BEBOM = []byte("\xfe\xff")
)

// decode reads a list's bytes as text: a byte-order mark says the
// encoding (Excel's "Unicode text" is UTF-16 with one); else valid UTF-8 is
// UTF-8; else it is Windows-1252, what Excel writes as plain CSV in Norway.
// There is no guessing from letter frequencies. Text with NUL or other
// control characters that no list holds is not a list.
func decode(data []byte) (string, bool) {
	var text string
	switch {
	case bytes.HasPrefix(data, utf8BOM):
		text = string(data[len(utf8BOM):])
	case bytes.HasPrefix(data, utf16LEBOM), bytes.HasPrefix(data, utf16BEBOM):
		b, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", false
		}
		text = strings.TrimPrefix(string(b), "\uFEFF")
	case utf8.Valid(data):
		text = string(data)
	default:
		b, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err != nil {
			return "", false
		}
		text = string(b)
	}
	for i := 0; i < len(text); i++ {
		if c := text[i]; c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' {
			return "", false
		}
	}
	return text, true
}

// separator guesses the separator from the first record, honouring quotes:
// a tab if it has one (a paste from a spreadsheet), else a semicolon (what
// Excel writes in Norway), else a comma. A record with none of them is one
// column; its separator is then a tab, which no name holds. Excel's "sep=;"
// first line, when there is one, decides and is dropped.
func separator(text string) (byte, string) {
	if first, rest, _ := strings.Cut(text, "\n"); len(first) == len("sep=;") && strings.HasPrefix(first, "sep=") {
		if c := first[4]; c == ',' || c == ';' || c == '\t' {
			return c, rest
		}
	}
	start := 0 // the first line with more than spaces
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			start = i + 1
		} else if text[i] != ' ' {
			break
		}
	}
	var seen [256]bool
	fieldStart := true
	for i := start; i < len(text) && text[i] != '\n'; {
		c := text[i]
		if fieldStart && c == '"' {
			i = skipQuoted(text, i+1, isCandidate)
			fieldStart = false
			continue
		}
		fieldStart = isCandidate(c)
		seen[c] = true
		i++
	}
	for _, c := range []byte{'\t', ';', ','} {
		if seen[c] {
			return c, text
		}
	}
	return '\t', text
}

func isCandidate(c byte) bool { return c == '\t' || c == ';' || c == ',' }

// skipQuoted returns the index just past the quoted cell whose text starts
// at i, or len(text)+1 when the cell is never closed. It reads quotes as
// encoding/csv does with LazyQuotes: inside a quoted cell a doubled quote
// is a quote, and a quote closes the cell only before a separator, a line
// break or the end.
func skipQuoted(text string, i int, isSep func(byte) bool) int {
	for {
		j := strings.IndexByte(text[i:], '"')
		if j < 0 {
			return len(text) + 1
		}
		i += j + 1
		if i < len(text) && text[i] == '"' {
			i++
			continue
		}
		if i == len(text) || text[i] == '\n' || isSep(text[i]) {
			return i
		}
	}
}

// unclosedQuote finds a quoted cell that is never closed, which would
// swallow every row after it, and returns the line it opens on. A quote
// opens a cell only at its start, as encoding/csv reads it.
func unclosedQuote(text string, comma byte) (int, bool) {
	line, fieldStart := 1, true
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case fieldStart && c == '"':
			end := skipQuoted(text, i+1, func(b byte) bool { return b == comma })
			if end > len(text) {
				return line, true
			}
			line += strings.Count(text[i:end], "\n")
			i = end
			fieldStart = false
		case c == '\n':
			line++
			fieldStart = true
			i++
		case c == comma:
			fieldStart = true
			i++
		default:
			fieldStart = false
			i++
		}
	}
	return 0, false
}
