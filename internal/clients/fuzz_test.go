package clients

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// FuzzParse: any text or file gives rows or an *Error, never a panic; the
// rows are within the limits, and Text writes them back as the same rows.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"Navn;E-post\r\nOla Hansen;ola@fjord.no\r\n",
		"\uFEFFName,Email,Address\n\"Hansen, Ola\",ola@fjord.no,\"Storgata 1\n6002 Ålesund\"\n",
		"Ola Hansen\tola@fjord.no\t6\tTakk\n\n\nKari\n",
		"sep=;\nFirst Name;Last Name;Email Address\nOla;Hansen;ola@fjord.no\n",
		"Navn\n\"Ola \"Tiger\" Hansen\"\n",
		"Kunde\n",
		"\"a\"b,c\n",
		"PK\x03\x04",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := ParseFile("kunder.csv", data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v (%T), want an *Error", err, err)
			}
			return
		}
		if len(l.Rows) == 0 || len(l.Rows) > MaxClients {
			t.Fatalf("%d rows without an error", len(l.Rows))
		}
		for i, r := range l.Rows {
			if r.empty() {
				t.Fatalf("row %d is empty: %+v", i, r)
			}
			if i > 0 && r.Number <= l.Rows[i-1].Number {
				t.Fatalf("row numbers out of order: %d after %d", r.Number, l.Rows[i-1].Number)
			}
		}
		if namedLikeTheHeader(l) {
			t.Skip("a client named as its column is read back as a repeated header")
		}
		text := l.Text()
		back, err := Parse(text)
		if err != nil {
			t.Fatalf("Parse(Text()): %v\ntext %q\nrows %+v", err, text, l.Rows)
		}
		if !reflect.DeepEqual(rowValues(back.Rows), rowValues(l.Rows)) {
			t.Fatalf("Parse(Text()) rows:\n got %+v\nwant %+v\ntext %q", back.Rows, l.Rows, text)
		}
	})
}

// namedLikeTheHeader reports a list with a row whose cells are the header
// Text writes.
func namedLikeTheHeader(l List) bool {
	if !l.HasHeader {
		return false
	}
	for _, r := range l.Rows {
		same := true
		for _, c := range l.Used {
			same = same && strings.EqualFold(strings.TrimSpace(r.Get(c)), textHeader(l.Headers[c], c))
		}
		if same {
			return true
		}
	}
	return false
}

// rowValues drops the row numbers, which Text keeps only up to a bound.
func rowValues(rows []Row) []Row {
	out := make([]Row, len(rows))
	for i, r := range rows {
		r.Number = 0
		out[i] = r
	}
	return out
}
