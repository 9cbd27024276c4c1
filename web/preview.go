package web

import (
	"net/http"
	"time"

	"github.com/farvel/farvel/components"
	"github.com/farvel/farvel/internal/i18n"
	"github.com/farvel/farvel/internal/letter"
)

// preview checks the form and shows the finished letter, or the form again
// with what to fix.
func (s *server) preview(w http.ResponseWriter, r *http.Request) {
	f, ok := s.parseForm(w, r)
	if !ok {
		return
	}
	lang := f.page
	t := i18n.For(lang)
	facts, warnings, errs := letter.Check(f.Draft, s.today())
	if r.Header.Get(liveHeader) != "" {
		s.livePreview(w, r, t, facts, warnings, errs, f.edit(nil) != components.Edit{})
		return
	}
	if len(errs) > 0 {
		s.invalidForm(w, r, lang, f, errs)
		return
	}
	l := letter.Compose(facts)
	subject, body := l.Subject, l.Body()
	base := letter.Fingerprint(subject, body)
	e := f.edit(&l)
	conflict := false
	switch {
	case e == components.Edit{} || f.EditChoice == editRewrite:
		// Nothing edited, or the user asked for the letter the form gives.
	case f.EditChoice == editKeep || e.Base == "" || e.Base == base:
		// The edit stands: the form's changes, if any, leave the letter as it was.
		subject, body = editedOr(e, subject, body)
	default:
		// The form now gives another letter than the one edited: keep the
		// edit on show, and ask.
		subject, body = editedOr(e, subject, body)
		base, conflict = e.Base, true
	}
	p := components.NewPreviewPage(page(lang), f.Draft, l, subject, body, i18n.Reminders(t, warnings), nil)
	p.EditBase, p.Conflict = base, conflict
	s.render(w, r, http.StatusOK, components.PreviewView(p))
}

// The answers to the preview's question when the form changed under an
// edit.
const (
	editKeep    = "keep"
	editRewrite = "rewrite"
)

// editedOr gives the edited subject and body, each falling back to the
// composed one when the user left it empty.
func editedOr(e components.Edit, subject, body string) (string, string) {
	if e.Subject != "" {
		subject = e.Subject
	}
	if e.Body != "" {
		body = e.Body
	}
	return subject, body
}

// liveHeader marks the script's requests for the live preview beside the
// form: they get the fragment, not the page.
const liveHeader = "Farvel-Live"

// livePreview answers the live preview with the letter and its reminders,
// or with what is still missing (422).
func (s *server) livePreview(w http.ResponseWriter, r *http.Request, t i18n.Catalog, facts letter.Facts, warnings []letter.Warning, errs letter.Errors, edited bool) {
	p := components.LivePage{T: t, Edited: edited}
	status := http.StatusOK
	if len(errs) > 0 {
		p.Errors = components.Messages(t, errs)
		status = http.StatusUnprocessableEntity
	} else {
		p.Letter = letter.Compose(facts)
		p.Reminders = i18n.Reminders(t, warnings)
	}
	s.render(w, r, status, components.LiveView(p))
}

// invalidForm answers 422 with the form, the typed values, the edited
// letter and each error beside its field.
func (s *server) invalidForm(w http.ResponseWriter, r *http.Request, lang letter.Lang, f letterForm, errs letter.Errors) {
	t := i18n.For(lang)
	p := components.NewFormPage(page(lang), f.Draft, components.Messages(t, errs))
	p.Edit = f.edit(nil)
	s.render(w, r, http.StatusUnprocessableEntity, components.FormView(p))
}

// today is the current date where Farvel's users are.
func (s *server) today() time.Time {
	return s.now().In(s.loc)
}
