// Package web is Farvel's HTTP layer: the router, the middleware and one
// handler per file. It decodes requests, hands them to internal/letter and
// renders the result with components; the rules live in the domain.
package web

import (
	"log/slog"
	"net/http"
	"net/netip"
	"time"

	"github.com/farvel/farvel/internal/letter"
	"github.com/farvel/farvel/internal/precompressed"
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

	// RateLimit is how many requests one client may send per RateWindow
	// before it gets the 429 page; health checks and static files are not
	// counted. 0 turns limiting off.
	RateLimit  int
	RateWindow time.Duration
	// TrustedProxies are the proxies allowed to say who the client is: only
	// a request whose peer is in one of them is keyed by X-Forwarded-For
	// (its right-most address outside them). Empty: the peer is the client.
	TrustedProxies []netip.Prefix

	// Ready tells /readyz whether to take new traffic; it turns false when
	// shutdown begins. nil means always ready.
	Ready func() bool
}

type server struct {
	router *chi.Mux
	log    *slog.Logger
	now    func() time.Time
	loc    *time.Location
	ready  func() bool

	rateLimit      int
	rateWindow     time.Duration
	trustedProxies []netip.Prefix

	emptyForms map[letter.Lang]precompressed.Body
}

// NewHandler returns Farvel's HTTP handler.
func NewHandler(cfg Config) http.Handler {
	s := &server{
		log: cfg.Logger, now: cfg.Now, loc: cfg.Location, ready: cfg.Ready,
		rateLimit: cfg.RateLimit, rateWindow: cfg.RateWindow, trustedProxies: cfg.TrustedProxies,
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.loc == nil {
		s.loc = time.UTC
	}
	if s.ready == nil {
		s.ready = func() bool { return true }
	}
	if s.rateWindow <= 0 {
		s.rateWindow = time.Minute
	}
	s.emptyForms = emptyForms()
	return s.routes()
}

func (s *server) routes() http.Handler {
	r := chi.NewRouter()
	s.router = r
	r.Use(s.requestID)
	r.Use(s.logRequests)
	r.Use(s.recoverPanics)
	r.Use(secureHeaders)
	if s.rateLimit > 0 {
		r.Use(clientIP(s.trustedProxies))
		r.Use(s.limitRate)
	}
	r.Use(s.crossOriginProtection)
	r.Use(middleware.GetHead)

	r.NotFound(s.notFound)
	r.MethodNotAllowed(s.methodNotAllowed)

	r.Group(func(r chi.Router) {
		r.Use(limitBody(maxBodyBytes))
		r.Get("/", s.showForm)
		r.Post("/preview", s.preview)
		r.Post("/edit", s.edit)
		r.Post("/download", s.download)
		r.Get("/healthz", s.healthz)
		r.Get("/readyz", s.readyz)
		r.Get("/static/{file}", s.staticFile)
	})
	// A client list and its file may be larger than any single letter.
	r.Group(func(r chi.Router) {
		r.Use(limitBody(maxClientsBodyBytes))
		r.Post("/clients", s.clientsPage)
		r.Post("/clients/preview", s.clientsPreview)
		r.Post("/clients/download", s.clientsDownload)
	})
	return r
}
