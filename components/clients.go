package components

import (
	"strconv"

	"github.com/farvel/farvel/internal/export"
	"github.com/farvel/farvel/internal/i18n"
	"github.com/farvel/farvel/internal/letter"
)

// ClientsPage is the page for letters to many clients: the list to paste
// or upload, the format, and once the list is read, the review.
type ClientsPage struct {
	Page
	Draft letter.Draft
	// Edit is the single letter's text as the user edited it, carried along
	// so that going back to the letter keeps it; these letters do not use it.
	Edit        Edit
	List        string // the text box: the list as typed, or an uploaded file's rows
	Format      string
	SkipInvalid bool

	ListError  string         // why the list cannot be read, beside the list
	FormErrors []FieldMessage // the form's own problems, to fix in the form
	Problems   []string       // each row's problem, worded with its row and column
	Notes      []string       // warnings about the list: duplicates, unused columns
	Review     *ClientsReview // set when the letters can be made
}

// ClientsReview is what the review shows: how many letters, one in full,
// and every client.
type ClientsReview struct {
	Letters, Skipped int
	ShownTitle       string
	Letter           letter.Letter // the letter shown in full
	Rows             []ClientRow
}

// ClientRow is one client in the review's table.
type ClientRow struct {
	Number      int
	Name, Email string
	Own         string // what this client's letter has of its own
	Ready       bool
	Problem     string
}

// NumberText is the row number as the table and the read button show it.
func (r ClientRow) NumberText() string { return strconv.Itoa(r.Number) }

const clientsFormID = "clients-form"

// NewClientsPage builds the page for draft d.
func NewClientsPage(p Page, d letter.Draft) ClientsPage {
	p.Title = p.T.ClientsTitle()
	p.LangSwitch = FormRef{ID: clientsFormID, Action: "/clients"}
	return ClientsPage{Page: p, Draft: d}
}

// formatOptions are the formats the letters can be made in, as radios.
func (c ClientsPage) formatOptions() []radio {
	current := c.Format
	if _, ok := export.ParseFormat(current); !ok || current == "" {
		current = string(export.Formats[0])
	}
	var out []radio
	for _, d := range downloadsIn[c.T.Lang()] {
		out = append(out, radio{Name: letter.FieldFormat, Value: d.Format, Text: i18n.Choice{Label: d.Label}, Checked: d.Format == current})
	}
	return out
}

func (c ClientsPage) listInput() input {
	in := input{Name: "clients", Multiline: true, Rows: 8, Text: c.T.ClientsList(), Value: c.List, Error: c.ListError, ErrorPrefix: c.T.ErrorPrefix()}
	in.DescribedBy = "clients-hint"
	if in.Error != "" {
		in.DescribedBy += " clients-error"
	}
	return in
}

func (c ClientsPage) skipBox() checkbox {
	return checkbox{Name: "skip_invalid", Text: c.T.SkipInvalid(), Checked: c.SkipInvalid}
}
