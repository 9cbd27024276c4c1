package web

import (
	"mime"
	"net/http"

	"github.com/farvel/farvel/components"
	"github.com/farvel/farvel/internal/export"
	"github.com/farvel/farvel/internal/i18n"
	"github.com/farvel/farvel/internal/letter"
)

// download sends the letter as a file. It uses the subject and body as the
// user edited them on the preview, and composes them afresh from the fields
// when they are not posted.
func (s *server) download(w http.ResponseWriter, r *http.Request) {
	f, ok := s.parseForm(w, r)
	if !ok {
		return
	}
	lang := formLang(r, f.Draft)
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
			reminders(t, warnings), components.Messages(t, editErrs))
		s.render(w, r, http.StatusUnprocessableEntity, components.PreviewView(p))
		return
	}
	if subject == "" {
		subject = l.Subject
	}
	if body == "" {
		body = l.Body()
	}
	file := export.PlainText(t.SubjectPrefix(), subject, body)
	name := export.FileName(facts.Company, facts.ClientName, facts.LastDay, format)

	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	h.Set("Cache-Control", "no-store")
	writeBody(w, r, http.StatusOK, file)
}
