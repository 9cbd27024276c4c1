package clients

import (
	"strings"

	"github.com/farvel/farvel/internal/letter"
)

// builder turns records, as a CSV or XLSX reader yields them, into a List:
// it finds the header, maps the columns and counts the clients, refusing a
// list over MaxClients as soon as it is.
type builder struct {
	list      List
	lay       *layout  // nil until the first record that is not empty
	header    []string // the header row's cells
	headerRow int
	dataCols  []bool // cells that fill nothing but hold data somewhere
	widest    int
}

// add takes the record the user's list numbers row number.
func (b *builder) add(number int, cells []string) error {
	for i, c := range cells {
		cells[i] = cleanCell(c)
	}
	if blank(cells) {
		return nil
	}
	if b.lay == nil {
		if b.lay = headerLayout(cells); b.lay != nil {
			b.header, b.headerRow = cells, number
			b.list.HasHeader = true
			b.markUnmapped(cells)
			return nil
		}
		b.lay = noHeaderLayout()
	}
	if b.lay.repeatsHeader(cells) {
		b.list.Skipped = append(b.list.Skipped, number)
		return nil
	}
	row := b.lay.row(number, cells)
	if row.empty() {
		return nil // data only in columns that fill nothing
	}
	if len(b.list.Rows) == MaxClients {
		return &Error{Code: TooManyClients, Limit: MaxClients}
	}
	b.list.Rows = append(b.list.Rows, row)
	b.widest = max(b.widest, len(cells))
	b.markUnmapped(cells)
	return nil
}

// markUnmapped notes the cells that hold something but fill nothing.
func (b *builder) markUnmapped(cells []string) {
	for i, c := range cells {
		if (i < len(b.dataCols) && b.dataCols[i]) || b.lay.mapped(i) {
			continue
		}
		if strings.TrimSpace(c) != "" {
			b.markData(i)
		}
	}
}

func (b *builder) markData(i int) {
	for len(b.dataCols) <= i {
		b.dataCols = append(b.dataCols, false)
	}
	b.dataCols[i] = true
}

// finish returns the list, or why it has no clients.
func (b *builder) finish() (List, error) {
	l := b.list
	if b.lay != nil && b.lay.header && !b.lay.has(ColName) {
		return List{}, &Error{Code: NoNameColumn}
	}
	if len(l.Rows) == 0 {
		return List{}, &Error{Code: NoClients}
	}
	l.Headers = map[Column]string{}
	if b.lay.header {
		for _, c := range Columns {
			if b.lay.has(c) {
				l.Used = append(l.Used, c)
				l.Headers[c] = b.lay.headerOf(c)
			}
		}
	} else {
		l.Used = append([]Column(nil), defaultColumns[:min(len(defaultColumns), b.widest)]...)
	}
	for i, data := range b.dataCols {
		if !data {
			continue
		}
		l.IgnoredCount++
		if len(l.Ignored) < maxIgnored {
			ig := IgnoredColumn{Index: i + 1}
			if i < len(b.header) {
				ig.Header = strings.TrimSpace(b.header[i])
			}
			l.Ignored = append(l.Ignored, ig)
		}
	}
	l.headerRow = b.headerRow
	return l, nil
}

// cleanCell writes line breaks as LF and drops byte-order marks: one in
// the middle of a list is two files joined, never a character anybody typed.
func cleanCell(s string) string {
	s = letter.NormalizeNewlines(s)
	if strings.Contains(s, "\uFEFF") {
		s = strings.ReplaceAll(s, "\uFEFF", "")
	}
	return s
}

// empty reports a row with nothing in any column it fills.
func (r Row) empty() bool {
	return blank([]string{r.Name, r.Company, r.Email, r.Address, r.Years, r.Note, r.Lang})
}

func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}
