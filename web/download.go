package web

import (
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/farvel/farvel/components"
	"github.com/farvel/farvel/internal/export"
	"github.com/farvel/farvel/internal/i18n"
	"github.com/farvel/farvel/internal/letter"
)

// download sends the letter as a file in the format asked for. It uses the
// subject and body as the user edited them on the preview, and composes
// them afresh from the fields when they are not posted.
func (s *server) download(w http.ResponseWriter, r *http.Request) {
	f, ok := s.parseForm(w, r)
	if !ok {
		return
	}
	lang := f.page
	t := i18n.For(lang)
	facts, warnings, errs := letter.Check(f.Draft, s.today())
	if len(errs) > 0 {
		s.invalidForm(w, r, lang, f, errs)
		return
	}
	l := letter.Compose(facts)
	subject, body, editErrs := letter.CheckEdit(f.Subject, f.Letter)
	format, ok := export.ParseFormat(f.Format)
	if !ok {
		editErrs = append(editErrs, letter.FieldError{Field: letter.FieldFormat, Code: letter.InvalidChoice})
	}
	if len(editErrs) > 0 {
		p := components.NewPreviewPage(page(lang), f.Draft, l, f.Subject, letter.NormalizeNewlines(f.Letter),
			i18n.Reminders(t, warnings), components.Messages(t, editErrs))
		s.render(w, r, http.StatusUnprocessableEntity, components.PreviewView(p))
		return
	}
	if subject == "" {
		subject = l.Subject
	}
	if body == "" {
		body = l.Body()
	}
	doc := export.NewDocument(facts, subject, body, s.today())
	file, err := export.Export(format, doc, export.FileName(facts.Company, facts.ClientName, facts.LastDay, format))
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	sendFile(w, r, file)
}

// sendFile sends a download as an attachment under its safe ASCII name. It
// holds what the user typed, so no cache keeps it.
func sendFile(w http.ResponseWriter, r *http.Request, file export.File) {
	h := w.Header()
	h.Set("Content-Type", file.ContentType)
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": file.Name}))
	h.Set("Cache-Control", "no-store")
	if compressible(file.ContentType) {
		writeBody(w, r, http.StatusOK, file.Body)
		return
	}
	// PDF and Word files are compressed inside already.
	h.Set("Content-Length", strconv.Itoa(len(file.Body)))
	w.WriteHeader(http.StatusOK)
	w.Write(file.Body)
}

func compressible(contentType string) bool {
	return strings.HasPrefix(contentType, "text/") || strings.HasPrefix(contentType, "message/")
}
