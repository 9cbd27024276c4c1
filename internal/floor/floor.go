// Package floor is the least a server can do to give Farvel's answers to
// GET /, POST /preview and POST /download: the standard library's ServeMux
// and ParseForm, the draft copied field by field, the same letter.Check and
// letter.Compose, the same templ pages and the same file. No middleware, no
// router library, no gorilla/schema, no compression.
//
// It is the baseline Farvel's benchmarks and cmd/loadcompare measure it
// against, never a server to deploy: it answers a valid form only, and
// anything else with a bare status.
package floor

import (
	"bytes"
	"context"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/farvel/farvel/components"
	"github.com/farvel/farvel/internal/export"
	"github.com/farvel/farvel/internal/i18n"
	"github.com/farvel/farvel/internal/letter"
)

// Handler serves the three routes and /healthz; today tells the date a departure is
// checked against.
func Handler(today func() time.Time) http.Handler {
	forms := map[letter.Lang][]byte{}
	for _, lang := range letter.Langs {
		p := components.NewFormPage(components.Page{T: i18n.For(lang)}, letter.Draft{Lang: string(lang)}, nil)
		p.Restore = true
		var buf bytes.Buffer
		if err := components.FormView(p).Render(context.Background(), &buf); err != nil {
			panic("floor: the empty form does not render: " + err.Error())
		}
		forms[lang] = buf.Bytes()
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		write(w, "text/html; charset=utf-8", forms[requestLang(r)])
	})
	mux.HandleFunc("POST /preview", func(w http.ResponseWriter, r *http.Request) {
		f, ok := readForm(w, r)
		if !ok {
			return
		}
		t := i18n.For(f.lang)
		facts, warnings, errs := letter.Check(f.draft, today())
		if len(errs) > 0 {
			http.Error(w, "invalid form", http.StatusUnprocessableEntity)
			return
		}
		l := letter.Compose(facts)
		p := components.NewPreviewPage(components.Page{T: t}, f.draft, l, l.Subject, l.Body(), i18n.Reminders(t, warnings), nil)
		p.EditBase = letter.Fingerprint(l.Subject, l.Body())
		var buf bytes.Buffer
		if err := components.PreviewView(p).Render(r.Context(), &buf); err != nil {
			http.Error(w, "render failed", http.StatusInternalServerError)
			return
		}
		write(w, "text/html; charset=utf-8", buf.Bytes())
	})
	mux.HandleFunc("POST /download", func(w http.ResponseWriter, r *http.Request) {
		f, ok := readForm(w, r)
		if !ok {
			return
		}
		facts, _, errs := letter.Check(f.draft, today())
		if len(errs) > 0 {
			http.Error(w, "invalid form", http.StatusUnprocessableEntity)
			return
		}
		l := letter.Compose(facts)
		subject, body, editErrs := letter.CheckEdit(r.PostForm.Get(letter.FieldSubject), r.PostForm.Get(letter.FieldLetter))
		format, ok := export.ParseFormat(r.PostForm.Get(letter.FieldFormat))
		if len(editErrs) > 0 || !ok {
			http.Error(w, "invalid edit", http.StatusUnprocessableEntity)
			return
		}
		if subject == "" {
			subject = l.Subject
		}
		if body == "" {
			body = l.Body()
		}
		file, err := export.Export(format, export.NewDocument(facts, subject, body, today()), export.FileName(facts.Company, facts.ClientName, facts.LastDay, format))
		if err != nil {
			http.Error(w, "export failed", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": file.Name}))
		write(w, file.ContentType, file.Body)
	})
	return mux
}

type form struct {
	draft letter.Draft
	lang  letter.Lang
}

// readForm parses the body and copies the contract's fields into a draft.
func readForm(w http.ResponseWriter, r *http.Request) (form, bool) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return form{}, false
	}
	v := r.PostForm
	d := letter.Draft{
		Lang:             v.Get(letter.FieldLang),
		Tone:             v.Get(letter.FieldTone),
		SenderName:       v.Get(letter.FieldSenderName),
		SenderTitle:      v.Get(letter.FieldSenderTitle),
		Company:          v.Get(letter.FieldCompany),
		ClientName:       v.Get(letter.FieldClientName),
		ClientEmail:      v.Get(letter.FieldClientEmail),
		ClientCompany:    v.Get(letter.FieldClientCompany),
		ClientAddress:    v.Get(letter.FieldClientAddress),
		Place:            v.Get(letter.FieldPlace),
		DepartureDate:    v.Get(letter.FieldDepartureDate),
		ReplacementName:  v.Get(letter.FieldReplacementName),
		ReplacementTitle: v.Get(letter.FieldReplacementTitle),
		ReplacementEmail: v.Get(letter.FieldReplacementEmail),
		ReplacementPhone: v.Get(letter.FieldReplacementPhone),
		Years:            v.Get(letter.FieldYears),
		SameIndustry:     ticked(v.Get(letter.FieldSameIndustry)),
		Competitor:       ticked(v.Get(letter.FieldCompetitor)),
		NewEmployer:      v.Get(letter.FieldNewEmployer),
		PhoneFollowup:    ticked(v.Get(letter.FieldPhoneFollowup)),
		PersonalNote:     v.Get(letter.FieldPersonalNote),
		ManagerOK:        ticked(v.Get(letter.FieldManagerOK)),
		Region:           i18n.Region(r.Header.Get("Accept-Language")),
	}
	// The page's language: the switch's, the page's own, else the letter's.
	lang := requestLang(r)
	for _, s := range []string{r.URL.Query().Get("ui_lang"), v.Get("ui_lang"), d.Lang} {
		if l, ok := letter.ParseLang(strings.TrimSpace(s)); ok {
			lang = l
			break
		}
	}
	if strings.TrimSpace(d.Lang) == "" {
		d.Lang = string(lang)
	}
	return form{draft: d, lang: lang}, true
}

// ticked reads a checkbox as Farvel does: only the usual spellings of "no"
// are off.
func ticked(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "0", "false", "off", "no":
		return false
	}
	return true
}

func requestLang(r *http.Request) letter.Lang {
	if lang, ok := letter.ParseLang(r.URL.Query().Get("lang")); ok {
		return lang
	}
	return i18n.Negotiate(r.Header.Get("Accept-Language"))
}

func write(w http.ResponseWriter, contentType string, body []byte) {
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.Write(body)
}
