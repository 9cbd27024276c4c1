package web

import (
	"net/http"

	"github.com/farvel/farvel/components"
)

// edit shows the form again, filled with every posted value: "back to the
// form" from the preview, and the language switch on the form.
func (s *server) edit(w http.ResponseWriter, r *http.Request) {
	f, ok := s.parseForm(w, r)
	if !ok {
		return
	}
	p := components.NewFormPage(page(f.page), f.Draft, nil)
	p.Edit = s.carriedEdit(f)
	s.render(w, r, http.StatusOK, components.FormView(p))
}
