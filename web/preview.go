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
	t := i18n.For(lang)
	facts, warnings, errs := letter.Check(f.Draft, s.today())
	if r.Header.Get(liveHeader) != "" {
		s.livePreview(w, r, t, facts, warnings, errs)
		return
	}
	if len(errs) > 0 {
		s.invalidForm(w, r, lang, f, errs)
		return
	}
	l := letter.Compose(facts)
	p := components.NewPreviewPage(page(lang), f.Draft, l, l.Subject, l.Body(), reminders(t, warnings), nil)
	s.render(w, r, http.StatusOK, components.PreviewView(p))
}

// liveHeader marks the script's requests for the live preview beside the
// form: they get the fragment, not the page.
const liveHeader = "Farvel-Live"

// livePreview answers the live preview with the letter and its reminders,
// or with what is still missing (422).
func (s *server) livePreview(w http.ResponseWriter, r *http.Request, t i18n.Catalog, facts letter.Facts, warnings []letter.Warning, errs letter.Errors) {
	p := components.LivePage{T: t}
	status := http.StatusOK
	if len(errs) > 0 {
		p.Errors = components.Messages(t, errs)
		status = http.StatusUnprocessableEntity
	} else {
		p.Letter = letter.Compose(facts)
		p.Reminders = reminders(t, warnings)
	}
	s.render(w, r, status, components.LiveView(p))
}

// invalidForm answers 422 with the form, the typed values, the edited
// letter and each error beside its field.
func (s *server) invalidForm(w http.ResponseWriter, r *http.Request, lang letter.Lang, f letterForm, errs letter.Errors) {
	t := i18n.For(lang)
	p := components.NewFormPage(page(lang), f.Draft, components.Messages(t, errs))
	p.Edit = f.edit(s.today())
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
