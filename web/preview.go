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
	lang := formLang(r, f.Draft)
	facts, warnings, errs := letter.Check(f.Draft, s.today())
	if len(errs) > 0 {
		s.invalidForm(w, r, lang, f.Draft, errs)
		return
	}
	l := letter.Compose(facts)
	t := i18n.For(lang)
	p := components.NewPreviewPage(page(lang), f.Draft, l, l.Subject, l.Body(), reminders(t, warnings), nil)
	s.render(w, r, http.StatusOK, components.PreviewView(p))
}

// invalidForm answers 422 with the form, the typed values and each error
// beside its field.
func (s *server) invalidForm(w http.ResponseWriter, r *http.Request, lang letter.Lang, d letter.Draft, errs letter.Errors) {
	t := i18n.For(lang)
	p := components.NewFormPage(page(lang), d, components.Messages(t, errs))
	s.render(w, r, http.StatusUnprocessableEntity, components.FormView(p))
}

// today is the current date where Farvel's users are.
func (s *server) today() time.Time {
	return s.now().In(s.loc)
}

// reminders words the warnings.
func reminders(t i18n.Catalog, warnings []letter.Warning) []string {
	out := make([]string, 0, len(warnings))
	for _, w := range warnings {
		switch w.Code {
		case letter.ManagerNotConfirmed:
			out = append(out, t.ManagerReminder())
		case letter.ShortNotice:
			out = append(out, t.ShortNotice(w.Days))
		case letter.NewEmployerOmitted:
			out = append(out, t.NewEmployerOmitted())
		}
	}
	return out
}
