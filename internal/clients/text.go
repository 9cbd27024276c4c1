package clients

import (
	"encoding/csv"
	"strings"
)

// maxPadding bounds the empty lines Text writes to keep row numbers.
const maxPadding = MaxClients

// Text writes the list back as tab-separated text, as the text box shows a
// list, so an uploaded file's rows can be fixed there: Parse(l.Text())
// gives the same rows with the same numbers. A list with a header gets a
// header row of the columns it uses, in the user's words where they name a
// column alone; empty lines keep each row on its number (up to a bound),
// so "row 17" means the same row in the file and in the box.
func (l List) Text() string {
	cols := l.Used
	if len(cols) == 0 {
		cols = []Column{ColName}
	}
	header := l.HasHeader
	if !header && len(l.Rows) > 0 && headerLayout(cells(l.Rows[0], cols)) != nil {
		header = true // the first client would read as a header
	}
	pad := header == l.HasHeader && l.padding() <= maxPadding

	var b strings.Builder
	w := csv.NewWriter(&b)
	w.Comma = '\t'
	line := 1
	emptyLinesTo := func(n int) {
		if !pad {
			return
		}
		w.Flush()
		for ; line < n; line++ {
			b.WriteByte('\n')
		}
	}
	if header {
		emptyLinesTo(l.headerRow)
		titles := make([]string, len(cols))
		for i, c := range cols {
			titles[i] = textHeader(l.Headers[c], c)
		}
		w.Write(titles)
		line++
	}
	for _, r := range l.Rows {
		emptyLinesTo(r.Number)
		w.Write(cells(r, cols))
		line++
	}
	w.Flush()
	return b.String()
}

// padding counts the empty lines Text would write to keep row numbers.
func (l List) padding() int {
	if len(l.Rows) == 0 {
		return 0
	}
	n := l.Rows[len(l.Rows)-1].Number - len(l.Rows)
	if l.HasHeader {
		n--
	}
	return n
}

// textHeader is the header Text writes for c: the user's own when it reads
// back as c alone, else c's name.
func textHeader(user string, c Column) string {
	if user != "" && roleOf(user) == directRoles[c] && !strings.ContainsAny(user, "\t\"\n;,") {
		return user
	}
	return string(c)
}

func cells(r Row, cols []Column) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = r.Get(c)
	}
	return out
}
