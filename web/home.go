package web

import (
	"net/http"

	"github.com/farvel/farvel/components"
	"github.com/farvel/farvel/internal/letter"
)

// showForm serves the empty form in the language of ?lang= or the browser.
func (s *server) showForm(w http.ResponseWriter, r *http.Request) {
	lang := requestLang(r)
	d := letter.Draft{Lang: string(lang)}
	p := components.NewFormPage(page(lang), d, nil)
	p.Restore = true // the empty form may take the draft saved in the browser
	s.render(w, r, http.StatusOK, components.FormView(p))
}
