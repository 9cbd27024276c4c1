package clients

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/farvel/farvel/internal/letter"
)

// Draft is the single-letter draft for this client: the form's draft with
// the client's own fields taken from the row. A row fills client_name,
// client_company, client_email, client_address, years and personal_note
// (an empty cell leaves the field empty: the form's note or year count was
// written for one client, not for all), and lang when its cell is given.
// Nothing else: a row can never name the sender, the replacement or a new
// employer.
func (r Row) Draft(base letter.Draft) letter.Draft {
	d := base
	d.ClientName = r.Name
	d.ClientCompany = r.Company
	d.ClientEmail = r.Email
	d.ClientAddress = r.Address
	d.Years = r.Years
	d.PersonalNote = r.Note
	if lang := strings.TrimSpace(r.Lang); lang != "" {
		d.Lang = langCode(lang)
	}
	return d
}

// langNames spells the languages as people write them in a list.
var langNames = map[string]string{
	"no": "nb", "nob": "nb", "norsk": "nb", "bokmål": "nb", "bokmal": "nb", "norwegian": "nb",
	"nb-no": "nb", "no-nb": "nb", "nb_no": "nb",
	"eng": "en", "english": "en", "engelsk": "en", "en-gb": "en", "en-us": "en", "en_gb": "en", "en_us": "en",
	"nynorsk": "nn", "nn-no": "nn", "nn_no": "nn",
}

// langCode reads a language cell as a code of the form contract; a code
// the contract does not know stays as typed, for Check to refuse.
func langCode(s string) string {
	lower := strings.ToLower(s)
	if code, ok := langNames[lower]; ok {
		return code
	}
	return lower
}

// fieldColumns maps the form fields a row fills to its columns.
var fieldColumns = map[string]Column{
	letter.FieldClientName:    ColName,
	letter.FieldClientCompany: ColCompany,
	letter.FieldClientEmail:   ColEmail,
	letter.FieldClientAddress: ColAddress,
	letter.FieldYears:         ColYears,
	letter.FieldPersonalNote:  ColNote,
	letter.FieldLang:          ColLang,
}

// Field is the form field column c fills for its client.
func (c Column) Field() string {
	for field, col := range fieldColumns {
		if col == c {
			return field
		}
	}
	return ""
}

// Problem is a rule a row breaks: the single letter's rule for the field
// the column fills, Required for a row without a name, or InvalidUTF8 for
// a cell with a byte its file's encoding has no character for.
type Problem struct {
	Row    int    // as the user's list numbers it
	Column Column // the column at fault
	Header string // the column as the user's header names it; empty without a header
	Code   letter.Code
	Limit  int // as letter.FieldError's
}

// WarningCode names something about the list the user should consider.
type WarningCode string

const (
	// Duplicate: a row with the same name and email as an earlier one;
	// both get a letter.
	Duplicate WarningCode = "duplicate"
)

// Warning is a non-blocking note about a row.
type Warning struct {
	Row  int
	Code WarningCode
	Of   int // for Duplicate: the earlier row
}

// Client is one row of the list, checked.
type Client struct {
	Row      Row
	Draft    letter.Draft // the form's draft with the row's fields
	Facts    letter.Facts // complete when the row and the form have no problems
	Problems []Problem    // what to fix in this row, in column order
}

// OK reports whether the row's letter can be made, as far as the row goes.
func (c Client) OK() bool { return len(c.Problems) == 0 }

// Review is a list checked against the form's draft.
type Review struct {
	Clients []Client // every client row, in list order
	// Form holds the errors of the form's own fields (the sender, the
	// replacement, the date): the same for every client, to fix in the
	// form, not in the list.
	Form         letter.Errors
	FormWarnings []letter.Warning // the single letter's reminders, the same for every client
	Warnings     []Warning        // about rows, in row order
}

// Problems lists every row's problems, in row order.
func (r Review) Problems() []Problem {
	var out []Problem
	for _, c := range r.Clients {
		out = append(out, c.Problems...)
	}
	return out
}

// Valid lists the clients whose letters can be made (when the form is
// valid), in list order.
func (r Review) Valid() []Client {
	var out []Client
	for _, c := range r.Clients {
		if c.OK() {
			out = append(out, c)
		}
	}
	return out
}

// Ready reports whether every client's letter can be made.
func (r Review) Ready() bool {
	if len(r.Form) > 0 || len(r.Clients) == 0 {
		return false
	}
	for _, c := range r.Clients {
		if !c.OK() {
			return false
		}
	}
	return true
}

// Check checks each client's letter with letter.Check, as the single
// letter is checked, with today as the current date. An error in a field a
// row fills is that row's problem; any other error is the form's.
func Check(base letter.Draft, l List, today time.Time) Review {
	var rev Review
	_, rev.FormWarnings, rev.Form = letter.Check(Row{}.Draft(base), today)
	rev.Form = slices.DeleteFunc(rev.Form, func(e letter.FieldError) bool {
		_, ok := fieldColumns[e.Field]
		return ok && e.Field != letter.FieldLang
	})

	first := make(map[string]int, len(l.Rows)) // name and email → the first row with them
	for _, row := range l.Rows {
		d := row.Draft(base)
		facts, _, errs := letter.Check(d, today)
		c := Client{Row: row, Draft: d, Facts: facts}
		problem := func(col Column, code letter.Code, limit int) {
			for _, p := range c.Problems {
				if p.Column == col {
					return // one problem a column, as letter.Errors has one a field
				}
			}
			c.Problems = append(c.Problems, Problem{Row: row.Number, Column: col, Header: l.Headers[col], Code: code, Limit: limit})
		}
		if strings.TrimSpace(row.Name) == "" {
			problem(ColName, letter.Required, 0)
		}
		for _, col := range Columns {
			// A byte the file's encoding has no character for, read as
			// U+FFFD: the text is not what the user typed.
			if strings.ContainsRune(row.Get(col), utf8.RuneError) {
				problem(col, letter.InvalidUTF8, 0)
			}
		}
		for _, e := range errs {
			col, ok := fieldColumns[e.Field]
			if ok && (col != ColLang || strings.TrimSpace(row.Lang) != "") {
				problem(col, e.Code, e.Limit)
			} else if _, seen := rev.Form.Get(e.Field); !seen {
				rev.Form = append(rev.Form, e)
			}
		}
		slices.SortStableFunc(c.Problems, func(a, b Problem) int {
			return slices.Index(Columns, a.Column) - slices.Index(Columns, b.Column)
		})
		rev.Clients = append(rev.Clients, c)

		if strings.TrimSpace(row.Name) == "" {
			continue
		}
		key := strings.ToLower(strings.Join(strings.Fields(row.Name), " ") + "\x00" + strings.TrimSpace(row.Email))
		if at, ok := first[key]; ok {
			rev.Warnings = append(rev.Warnings, Warning{Row: row.Number, Code: Duplicate, Of: at})
		} else {
			first[key] = row.Number
		}
	}
	return rev
}
