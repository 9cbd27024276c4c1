package web

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/farvel/farvel/components"
	"github.com/farvel/farvel/internal/clients"
	"github.com/farvel/farvel/internal/export"
	"github.com/farvel/farvel/internal/i18n"
	"github.com/farvel/farvel/internal/letter"
	"github.com/go-chi/chi/v5/middleware"
)

// maxClientsBodyBytes bounds a post to the many-clients routes: a pasted
// list and an uploaded file of clients.MaxBytes each, and the form around
// them. Only these routes take more than maxBodyBytes.
const maxClientsBodyBytes = 2*clients.MaxBytes + maxBodyBytes

// zipWriteTimeout is how long the ZIP of a thousand PDFs may take to send,
// instead of the server's write timeout for a page.
const zipWriteTimeout = 5 * time.Minute

// clientsForm is what the many-clients routes read: the letter's form, the
// list as pasted or uploaded, and the review's choices.
type clientsForm struct {
	letterForm
	clientsFields
	file     []byte // the uploaded list; nil when none was sent
	fileName string
}

type clientsFields struct {
	Clients     string `schema:"clients"`
	SkipInvalid bool   `schema:"skip_invalid"`
	Show        string `schema:"show"` // the row whose letter the review shows in full
}

var clientsKeys = schemaKeys(reflect.TypeFor[clientsFields]())

// parseClientsForm reads a many-clients post. On failure it has already
// answered and returns false.
func (s *server) parseClientsForm(w http.ResponseWriter, r *http.Request) (clientsForm, bool) {
	var f clientsForm
	form, mf, ok := s.readForm(w, r, maxClientsBodyBytes)
	if mf != nil {
		defer mf.RemoveAll()
	}
	if !ok {
		return f, false
	}
	if f.letterForm, ok = s.decodeForm(w, r, form); !ok {
		return f, false
	}
	if err := decoder.Decode(&f.clientsFields, only(form, clientsKeys)); err != nil {
		s.errorPage(w, r, http.StatusBadRequest, i18n.For(f.page).BadRequest())
		return f, false
	}
	if mf != nil {
		if files := mf.File["clients_file"]; len(files) > 0 && files[0].Size > 0 {
			data, err := readUpload(files[0])
			if err != nil {
				s.errorPage(w, r, http.StatusBadRequest, i18n.For(f.page).BadRequest())
				return f, false
			}
			f.file, f.fileName = data, files[0].Filename
		}
	}
	return f, true
}

// readUpload reads an uploaded file, which the body limit keeps in memory.
func readUpload(h *multipart.FileHeader) ([]byte, error) {
	file, err := h.Open()
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return io.ReadAll(file)
}

// clientsPage shows the many-clients page for the posted draft.
func (s *server) clientsPage(w http.ResponseWriter, r *http.Request) {
	f, ok := s.parseClientsForm(w, r)
	if !ok {
		return
	}
	s.render(w, r, http.StatusOK, components.ClientsView(s.newClientsPage(f)))
}

// newClientsPage is the page as the post left it, before the list is read.
func (s *server) newClientsPage(f clientsForm) components.ClientsPage {
	p := components.NewClientsPage(page(f.page), f.Draft)
	p.Edit = s.carriedEdit(f.letterForm)
	p.List, p.Format, p.SkipInvalid = f.Clients, f.Format, f.SkipInvalid
	return p
}

// checkedList is a list read and checked against the form, ready for
// letters: the clients to write to, in list order.
type checkedList struct {
	list    clients.List
	review  clients.Review
	letters []clients.Client
	format  export.Format
}

// checkList reads and checks the posted list. When no letter can be made,
// or problems remain and the user has not chosen to skip those rows, it
// answers with the page and what to fix (413 for a list over the limits,
// else 422) and returns false.
func (s *server) checkList(w http.ResponseWriter, r *http.Request, f clientsForm, p *components.ClientsPage) (checkedList, bool) {
	t := p.T
	var c checkedList
	var err error
	if f.file != nil {
		c.list, err = clients.ParseFile(f.fileName, f.file)
	} else {
		c.list, err = clients.Parse(f.Clients)
	}
	if err != nil {
		var le *clients.Error
		if !errors.As(err, &le) {
			le = &clients.Error{Code: clients.NotAList}
		}
		p.ListError = listError(t, le)
		status := http.StatusUnprocessableEntity
		if le.Code == clients.TooLarge || le.Code == clients.TooManyClients {
			status = http.StatusRequestEntityTooLarge
		}
		s.render(w, r, status, components.ClientsView(*p))
		return c, false
	}
	if f.file != nil {
		p.List = c.list.Text() // the file's rows in the box, to fix there
	}
	c.format, _ = export.ParseFormat(f.Format)
	if f.Format == "" {
		c.format = export.Formats[0]
	}

	c.review = clients.Check(f.Draft, c.list, s.today())
	p.Notes = listNotes(t, c.list, c.review)
	if len(c.review.Form) > 0 {
		p.FormErrors = components.Messages(t, c.review.Form)
		s.render(w, r, http.StatusUnprocessableEntity, components.ClientsView(*p))
		return c, false
	}
	for _, prob := range c.review.Problems() {
		p.Problems = append(p.Problems, rowProblem(t, c.list, prob))
	}
	c.letters = c.review.Valid()
	if len(c.letters) == 0 || len(p.Problems) > 0 && !f.SkipInvalid {
		s.render(w, r, http.StatusUnprocessableEntity, components.ClientsView(*p))
		return c, false
	}
	return c, true
}

// readList is the review's and the download's prologue: the post read,
// its list read and checked. On failure it has answered.
func (s *server) readList(w http.ResponseWriter, r *http.Request) (clientsForm, components.ClientsPage, checkedList, bool) {
	f, ok := s.parseClientsForm(w, r)
	if !ok {
		return f, components.ClientsPage{}, checkedList{}, false
	}
	p := s.newClientsPage(f)
	c, ok := s.checkList(w, r, f, &p)
	return f, p, c, ok
}

// clientsPreview reviews the letters for the posted list: how many, one in
// full, and every client; or what to fix first.
func (s *server) clientsPreview(w http.ResponseWriter, r *http.Request) {
	f, p, c, ok := s.readList(w, r)
	if !ok {
		return
	}
	t := p.T
	shown := c.letters[0]
	if n, err := strconv.Atoi(f.Show); err == nil {
		for _, cl := range c.letters {
			if cl.Row.Number == n {
				shown = cl
			}
		}
	}
	l := letter.Compose(shown.Facts)
	review := &components.ClientsReview{
		Letters:    len(c.letters),
		Skipped:    len(c.review.Clients) - len(c.letters),
		ShownTitle: t.ShownClientLetter(shown.Facts.ClientName, shown.Row.Number),
		Letter:     l,
	}
	columns := t.ColumnNames()
	for _, cl := range c.review.Clients {
		row := components.ClientRow{Number: cl.Row.Number, Name: cl.Row.Name, Email: cl.Row.Email, Ready: cl.OK(), Own: ownFields(columns, cl.Row)}
		if !row.Ready {
			row.Problem = rowProblems(t, c.list, cl.Problems)
		}
		review.Rows = append(review.Rows, row)
	}
	p.Review = review
	s.render(w, r, http.StatusOK, components.ClientsView(p))
}

// clientsDownload streams the ZIP of every client's letter and the report,
// each letter written as soon as it and those before it are made.
func (s *server) clientsDownload(w http.ResponseWriter, r *http.Request) {
	_, p, c, ok := s.readList(w, r)
	if !ok {
		return
	}
	t, today := p.T, s.today()
	ext := string(c.format)
	compress := c.format == export.FormatText || c.format == export.FormatEmail

	var entries []clients.ReportEntry
	for _, cl := range c.review.Clients {
		e := clients.ReportEntry{Row: cl.Row.Number, Name: cl.Row.Name, Email: cl.Row.Email}
		if cl.OK() {
			e.File = c.list.FileName(cl.Row, ext)
		} else {
			e.Skipped = rowProblems(t, c.list, cl.Problems)
		}
		entries = append(entries, e)
	}
	var report bytes.Buffer
	labels := clients.ReportLabels{Comma: t.ReportComma(), Row: t.TableRow(), Name: t.TableName(), Email: t.TableEmail(), File: t.ReportFile(), Skipped: t.ReportSkipped()}
	if err := clients.WriteReport(&report, labels, entries); err != nil {
		s.serverError(w, r, err)
		return
	}

	h := w.Header()
	h.Set("Content-Type", "application/zip")
	name := strings.TrimSuffix(export.FileName(c.letters[0].Facts.Company, "", c.letters[0].Facts.LastDay, "zip"), ".zip")
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name + "-" + t.LettersWord() + ".zip"}))
	h.Set("Cache-Control", "no-store")
	h.Set("Farvel-Letters", strconv.Itoa(len(c.letters))) // for the page's progress
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(zipWriteTimeout))

	// A letter that cannot be made is the server's fault, to log; a client
	// that goes away mid-ZIP is not. makeFile runs on several workers.
	var exportFailed atomic.Bool
	makeFile := func(i int) (clients.File, error) {
		cl := c.letters[i]
		l := letter.Compose(cl.Facts)
		file, err := export.Export(c.format, export.NewDocument(cl.Facts, l.Subject, l.Body(), today), c.list.FileName(cl.Row, ext))
		if err != nil {
			exportFailed.Store(true)
		}
		return clients.File{Name: file.Name, Body: file.Body, Compress: compress, Modified: today}, err
	}
	reportFile := clients.File{Name: t.ReportName() + ".csv", Body: report.Bytes(), Compress: true, Modified: today}
	if err := clients.WriteZip(r.Context(), w, len(c.letters), makeFile, reportFile); err != nil && exportFailed.Load() {
		// The status is sent: all that is left is to cut the ZIP short, which
		// the browser reports as a failed download. The error itself is not
		// logged, as an exporter's may quote the letter.
		s.log.ErrorContext(r.Context(), "a letter of the ZIP could not be made", "format", ext, "request_id", middleware.GetReqID(r.Context()))
	}
}

// listError words why a list cannot be read.
func listError(t i18n.Catalog, e *clients.Error) string {
	switch e.Code {
	case clients.TooLarge:
		return t.ListTooLarge(clients.MaxBytes)
	case clients.TooManyClients:
		return t.ListTooManyClients(clients.MaxClients)
	case clients.NoClients:
		return t.ListEmpty()
	case clients.NoNameColumn:
		return t.ListNoNameColumn()
	case clients.UnclosedQuote:
		return t.ListUnclosedQuote(e.Row)
	case clients.OtherSpreadsheet:
		return t.ListOtherSpreadsheet()
	case clients.BrokenWorkbook:
		return t.ListBrokenWorkbook()
	}
	return t.ListNotAList()
}

// rowProblem words a row's problem: "Rad 17, E-post: Skriv en e-postadresse …".
func rowProblem(t i18n.Catalog, l clients.List, p clients.Problem) string {
	return t.RowProblem(p.Row, columnName(t, l, p)) + ": " + problemMessage(t, p)
}

// rowProblems words a row's problems for the table and the report, without
// the row.
func rowProblems(t i18n.Catalog, l clients.List, ps []clients.Problem) string {
	var out []string
	for _, p := range ps {
		out = append(out, columnName(t, l, p)+": "+problemMessage(t, p))
	}
	return strings.Join(out, " ")
}

// columnName is the column as the user's header names it, else in the
// page's words.
func columnName(t i18n.Catalog, l clients.List, p clients.Problem) string {
	if p.Header != "" {
		return p.Header
	}
	for i, c := range clients.Columns {
		if c == p.Column {
			return t.ColumnNames()[i]
		}
	}
	return string(p.Column)
}

func problemMessage(t i18n.Catalog, p clients.Problem) string {
	if p.Column == clients.ColName && p.Code == letter.Required {
		return t.ClientNameMissing()
	}
	return i18n.FieldMessage(t, letter.FieldError{Field: p.Column.Field(), Code: p.Code, Limit: p.Limit})
}

// ownFields names what a client's letter has of its own beyond the name
// and email: "Firma, År: 6, Personlig hilsen".
func ownFields(columns [7]string, row clients.Row) string {
	var out []string
	for i, c := range clients.Columns {
		v := strings.TrimSpace(row.Get(c))
		switch {
		case v == "" || c == clients.ColName || c == clients.ColEmail:
		case c == clients.ColYears || c == clients.ColLang:
			out = append(out, columns[i]+": "+v)
		default:
			out = append(out, columns[i])
		}
	}
	return strings.Join(out, ", ")
}

// listNotes words what the user should know that does not stop the
// letters: the single letter's reminders, rows that repeat another, and
// columns that fill nothing.
func listNotes(t i18n.Catalog, l clients.List, rev clients.Review) []string {
	out := i18n.Reminders(t, rev.FormWarnings)
	for _, w := range rev.Warnings {
		if w.Code == clients.Duplicate {
			out = append(out, t.DuplicateRow(w.Row, w.Of))
		}
	}
	if len(l.Ignored) > 0 {
		var names []string
		for _, c := range l.Ignored {
			if c.Header != "" {
				names = append(names, c.Header)
			}
		}
		if len(names) > 0 {
			out = append(out, t.IgnoredColumns(strings.Join(names, ", ")))
		}
	}
	return out
}
