package web

import (
	"bytes"
	"context"
	"net/http"

	"github.com/farvel/farvel/components"
	"github.com/farvel/farvel/internal/letter"
	"github.com/farvel/farvel/internal/precompressed"
)

// emptyForms renders the empty form in each language once, at start-up:
// it is the same for every visitor.
func emptyForms() map[letter.Lang]precompressed.Body {
	forms := make(map[letter.Lang]precompressed.Body, len(letter.Langs))
	for _, lang := range letter.Langs {
		p := components.NewFormPage(page(lang), letter.Draft{Lang: string(lang)}, nil)
		p.Restore = true // the empty form may take the draft saved in the browser
		var buf bytes.Buffer
		if err := components.FormView(p).Render(context.Background(), &buf); err != nil {
			panic("web: the empty form does not render: " + err.Error())
		}
		forms[lang] = precompressed.New(buf.Bytes())
	}
	return forms
}

// showForm serves the empty form in the language of ?lang= or the browser.
func (s *server) showForm(w http.ResponseWriter, r *http.Request) {
	setHTMLHeaders(w)
	writePrecompressed(w, r, http.StatusOK, s.emptyForms[requestLang(r)])
}
