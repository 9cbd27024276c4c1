// Package web is Farvel's HTTP layer: the router, the middleware and one
// handler per file. It decodes requests, hands them to internal/letter and
// renders the result with components; the rules live in the domain.
package web

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
)

// Config is what the handler needs from its surroundings.
type Config struct {
	Logger *slog.Logger
	// Now tells the time; "today" for the departure date is its date in
	// Location. Tests set both.
	Now      func() time.Time
	Location *time.Location
}

type server struct {
	router *chi.Mux
	log    *slog.Logger
	now    func() time.Time
	loc    *time.Location
}

// NewHandler returns Farvel's HTTP handler.
func NewHandler(cfg Config) http.Handler {
	s := &server{log: cfg.Logger, now: cfg.Now, loc: cfg.Location}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.loc == nil {
		s.loc = time.UTC
	}
	return s.routes()
}

func (s *server) routes() http.Handler {
	r := chi.NewRouter()
	s.router = r
	r.Use(middleware.RequestID)
	r.Use(s.logRequests)
	r.Use(s.recoverPanics)
	r.Use(secureHeaders)
	r.Use(s.crossOriginProtection)
	r.Use(limitBody(maxBodyBytes))
	r.Use(middleware.GetHead)

	r.NotFound(s.notFound)
	r.MethodNotAllowed(s.methodNotAllowed)

	r.Get("/", s.showForm)
	r.Post("/preview", s.preview)
	r.Post("/edit", s.edit)
	r.Post("/download", s.download)
	r.Get("/healthz", s.healthz)
	r.Get("/static/{file}", s.staticFile)
	return r
}
