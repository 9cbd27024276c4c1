package web

import (
	"net/http"
	"net/netip"
	"strings"

	"github.com/farvel/farvel/internal/i18n"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/go-chi/httprate"
)

// clientIP works out who the client is, for the rate limit: the TCP peer,
// or, when the peer is one of the trusted proxies, the right-most address in
// X-Forwarded-For that is not a trusted proxy. A client that reaches Farvel
// directly cannot choose its key by sending the header.
func clientIP(trusted []netip.Prefix) func(http.Handler) http.Handler {
	if len(trusted) == 0 {
		return middleware.ClientIPFromRemoteAddr
	}
	cidrs := make([]string, len(trusted))
	for i, p := range trusted {
		cidrs[i] = p.String()
	}
	return middleware.ClientIPFromXFF(cidrs...)
}

// clientKey is the rate-limit bucket of a request: its client's address, an
// IPv6 client's /64. When no client address could be worked out (a trusted
// proxy sent no usable X-Forwarded-For), the peer stands in.
func clientKey(r *http.Request) (string, error) {
	ip := middleware.GetClientIP(r.Context())
	if ip == "" {
		ip = r.RemoteAddr
		if addr, err := netip.ParseAddrPort(r.RemoteAddr); err == nil {
			ip = addr.Addr().Unmap().String()
		}
	}
	return httprate.CanonicalizeIP(ip), nil
}

// limitRate answers a client that sends more than rateLimit requests in
// rateWindow with the 429 page and a Retry-After header. Health checks and
// static files are not counted: a probe or a page's stylesheet must never
// be turned away.
func (s *server) limitRate(next http.Handler) http.Handler {
	limited := httprate.LimitBy(s.rateLimit, s.rateWindow, clientKey,
		httprate.WithLimitHandler(s.tooManyRequests),
		httprate.WithErrorHandler(s.serverError),
	)(next)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if notLimited(r) {
			next.ServeHTTP(w, r)
			return
		}
		limited.ServeHTTP(w, r)
	})
}

// notLimited reports the routes the limit leaves alone, judged by the path
// the router matches on.
func notLimited(r *http.Request) bool {
	path := r.URL.RawPath
	if path == "" {
		path = r.URL.Path
	}
	return path == "/healthz" || path == "/readyz" || strings.HasPrefix(path, "/static/")
}

// tooManyRequests is the 429 page, in the language of ?lang= or the
// browser: the form in the body is not read for a client over its limit.
func (s *server) tooManyRequests(w http.ResponseWriter, r *http.Request) {
	s.errorPage(w, r, http.StatusTooManyRequests, i18n.For(requestLang(r)).TooManyRequests())
}
