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
// it is the same for every visitor whose phone numbers are read in the
// region of the form's language.
func emptyForms() map[letter.Lang]precompressed.Body {
	forms := make(map[letter.Lang]precompressed.Body, len(letter.Langs))
	for _, lang := range letter.Langs {
		var buf bytes.Buffer
		if err := components.FormView(emptyForm(letter.Draft{Lang: string(lang)})).Render(context.Background(), &buf); err != nil {
			panic("web: the empty form does not render: " + err.Error())
		}
		forms[lang] = precompressed.New(buf.Bytes())
	}
	return forms
}

// emptyForm is the form with nothing typed in yet, in d's language.
func emptyForm(d letter.Draft) components.FormPage {
	p := components.NewFormPage(page(letter.Lang(d.Lang)), d, nil)
	p.Restore = true // the empty form may take the draft saved in the browser
	return p
}

// showForm serves the empty form in the language of ?lang= or the browser.
// A browser whose language names another region than the form's language
// (en-US for English, sv-SE for bokmål) gets a form of its own, whose phone
// hint says numbers are read in that region; the rest, most visitors, get
// the form rendered at start-up.
func (s *server) showForm(w http.ResponseWriter, r *http.Request) {
	lang := requestLang(r)
	d := letter.Draft{Lang: string(lang), Region: phoneRegion(r)}
	if d.Region != "" && d.PhoneRegion() != (letter.Draft{Lang: d.Lang}).PhoneRegion() {
		s.render(w, r, http.StatusOK, components.FormView(emptyForm(d)))
		return
	}
	setHTMLHeaders(w)
	writePrecompressed(w, r, http.StatusOK, s.emptyForms[lang])
}
