package web

import (
	"bytes"
	"context"
	"net/http"
	"strings"

	"github.com/a-h/templ"
	"github.com/farvel/farvel/components"
	"github.com/farvel/farvel/internal/i18n"
	"github.com/farvel/farvel/internal/letter"
	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
)

// render writes c with status. It renders into a buffer first, so a
// failing component gives the error page, never half a page. The page is
// rendered to the end even when the client has gone (net/http cancels the
// request's context when the client closes its side): a client that left
// is no server error, and the answer, if it cannot be sent, is dropped.
func (s *server) render(w http.ResponseWriter, r *http.Request, status int, c templ.Component) {
	buf := getBuffer()
	defer putBuffer(buf)
	if err := c.Render(context.WithoutCancel(r.Context()), buf); err != nil {
		s.serverError(w, r, err)
		return
	}
	writeHTML(w, r, status, buf.Bytes())
}

// writeHTML sends a rendered page. Every page may carry what the user typed,
// so none is kept by a cache.
func writeHTML(w http.ResponseWriter, r *http.Request, status int, body []byte) {
	setHTMLHeaders(w)
	writeBody(w, r, status, body)
}

func setHTMLHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
}

// page is the shell of a page in lang.
func page(lang letter.Lang) components.Page {
	return components.Page{T: i18n.For(lang)}
}

// requestLang is the language of a page that has no form to say it:
// ?lang= if it names one, else the browser's Accept-Language.
func requestLang(r *http.Request) letter.Lang {
	if lang, ok := letter.ParseLang(r.URL.Query().Get("lang")); ok {
		return lang
	}
	return i18n.Negotiate(r.Header.Get("Accept-Language"))
}

// serverError logs err with the request's id and shows the generic 500
// page. The client never sees err.
func (s *server) serverError(w http.ResponseWriter, r *http.Request, err error) {
	s.log.ErrorContext(r.Context(), "server error", "err", err, "request_id", middleware.GetReqID(r.Context()))
	s.errorPage(w, r, http.StatusInternalServerError, i18n.For(requestLang(r)).ServerError())
}

// errorPage shows a page for a failed request in the request's language.
// It is the fallback of render, so it falls back to plain text itself.
func (s *server) errorPage(w http.ResponseWriter, r *http.Request, status int, problem i18n.Problem) {
	p := components.NewErrorPage(page(requestLang(r)), status, problem)
	var buf bytes.Buffer
	if err := components.ErrorView(p).Render(context.WithoutCancel(r.Context()), &buf); err != nil {
		s.log.ErrorContext(r.Context(), "error page failed", "err", err, "request_id", middleware.GetReqID(r.Context()))
		http.Error(w, http.StatusText(status), status)
		return
	}
	writeHTML(w, r, status, buf.Bytes())
}

func (s *server) notFound(w http.ResponseWriter, r *http.Request) {
	s.errorPage(w, r, http.StatusNotFound, i18n.For(requestLang(r)).NotFound())
}

// methodNotAllowed answers a known path asked with the wrong method, and
// says in Allow which methods it takes.
func (s *server) methodNotAllowed(w http.ResponseWriter, r *http.Request) {
	var allowed []string
	if s.router.Match(chi.NewRouteContext(), http.MethodGet, r.URL.Path) {
		allowed = append(allowed, http.MethodGet, http.MethodHead) // HEAD is served by GetHead
	}
	if s.router.Match(chi.NewRouteContext(), http.MethodPost, r.URL.Path) {
		allowed = append(allowed, http.MethodPost)
	}
	w.Header().Set("Allow", strings.Join(allowed, ", "))
	s.errorPage(w, r, http.StatusMethodNotAllowed, i18n.For(requestLang(r)).MethodNotAllowed())
}

func (s *server) forbidden(w http.ResponseWriter, r *http.Request) {
	s.errorPage(w, r, http.StatusForbidden, i18n.For(requestLang(r)).Forbidden())
}
