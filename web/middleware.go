package web

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/netip"
	"runtime/debug"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
)

// maxBodyBytes bounds every request body. A form with every field at its
// limit in four-byte characters, percent-encoded (twelve bytes a
// character), is about 140 KiB: it fits, with room to spare.
const maxBodyBytes = 256 << 10

// logRequests writes one line per request: method, route, status, duration
// and request id. It logs the matched route pattern, not the path, and never
// a form value, so nothing a user typed reaches the log. A probe that finds
// all well is logged at debug level only.
func (s *server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		ww := middleware.NewWrapResponseWriter(w, r.ProtoMajor)
		next.ServeHTTP(ww, r)
		route := "-"
		if rc := chi.RouteContext(r.Context()); rc != nil && rc.RoutePattern() != "" {
			route = rc.RoutePattern()
		}
		status := ww.Status()
		if status == 0 {
			status = http.StatusOK
		}
		level := slog.LevelInfo
		switch {
		case status >= 500:
			level = slog.LevelError
		case status == http.StatusOK && (route == "/healthz" || route == "/readyz"):
			level = slog.LevelDebug // a probe every few seconds says nothing new
		}
		ctx := r.Context()
		if !s.log.Enabled(ctx, level) {
			return
		}
		// A record with no program counter: the line shows no source, so
		// looking up the caller on every request would be work for nothing.
		end := time.Now()
		line := slog.NewRecord(end, level, "request", 0)
		line.AddAttrs(
			slog.String("method", loggedMethod(r.Method)),
			slog.String("route", route),
			slog.Int("status", status),
			slog.Int("bytes", ww.BytesWritten()),
			slog.Duration("duration", end.Sub(start)),
			slog.String("request_id", middleware.GetReqID(ctx)),
		)
		s.log.Handler().Handle(ctx, line)
	})
}

// loggedMethod is the method as the log shows it: a standard one as it
// is, anything else, which is text a client chose, as one fixed word.
func loggedMethod(m string) string {
	switch m {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodDelete,
		http.MethodPatch, http.MethodOptions, http.MethodConnect, http.MethodTrace:
		return m
	}
	return "OTHER"
}

// requestID gives every request an id for its log lines: the X-Request-Id
// a trusted proxy sent, so that its log and Farvel's can be matched, or one
// of Farvel's own. An id from anyone else is dropped: it is text from
// outside, and would reach the log as it came. A kept id is at most 64
// characters of [A-Za-z0-9._:-].
func (s *server) requestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get(middleware.RequestIDHeader)
		if id == "" || !validRequestID(id) || !fromTrustedProxy(r, s.trustedProxies) {
			id = newRequestID()
		}
		ctx := context.WithValue(r.Context(), middleware.RequestIDKey, id)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func validRequestID(id string) bool {
	if len(id) > 64 {
		return false
	}
	for i := 0; i < len(id); i++ {
		switch c := id[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '.', c == '_', c == ':', c == '-':
		default:
			return false
		}
	}
	return true
}

var (
	// requestIDPrefix tells this process's ids from another copy's.
	requestIDPrefix = func() string {
		b := make([]byte, 6)
		rand.Read(b)
		return base64.RawURLEncoding.EncodeToString(b) + "-"
	}()
	requestSeq atomic.Uint64
)

// newRequestID is the prefix and a sequence number: "qK3v_x9a-000042".
func newRequestID() string {
	var buf [32]byte
	b := append(buf[:0], requestIDPrefix...)
	n := requestSeq.Add(1)
	for pad := uint64(100000); pad > 1 && n < pad; pad /= 10 {
		b = append(b, '0')
	}
	b = strconv.AppendUint(b, n, 10)
	return string(b)
}

// fromTrustedProxy reports whether the request's peer is a trusted proxy.
func fromTrustedProxy(r *http.Request, trusted []netip.Prefix) bool {
	peer, err := netip.ParseAddrPort(r.RemoteAddr)
	if err != nil {
		return false
	}
	for _, p := range trusted {
		if p.Contains(peer.Addr().Unmap()) {
			return true
		}
	}
	return false
}

// recoverPanics turns a panic into the generic error page and a log line
// with the stack, and keeps the server serving.
func (s *server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			rec := recover()
			if rec == nil {
				return
			}
			if rec == http.ErrAbortHandler {
				panic(rec)
			}
			s.serverError(w, r, fmt.Errorf("panic: %v\n%s", rec, debug.Stack()))
		}()
		next.ServeHTTP(w, r)
	})
}

// contentSecurityPolicy allows only the app's own styles and scripts: no
// inline script, no framing, forms only to the app itself.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// securityHeaders go on every answer. The values are built once, in
// canonical form, and shared: Header.Set would allocate a new one for each
// header on every request. (A handler that sets one of them replaces the
// slice; none appends to it.)
var securityHeaders = http.Header{
	"Content-Security-Policy":    {contentSecurityPolicy},
	"X-Content-Type-Options":     {"nosniff"},
	"X-Frame-Options":            {"DENY"},
	"Referrer-Policy":            {"no-referrer"},
	"Cross-Origin-Opener-Policy": {"same-origin"},
	"Permissions-Policy":         {"camera=(), microphone=(), geolocation=(), interest-cohort=()"},
}

func secureHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		for k, v := range securityHeaders {
			h[k] = v[:1:1] // capacity 1: an Add elsewhere copies rather than writing into the shared array
		}
		next.ServeHTTP(w, r)
	})
}

// crossOriginProtection refuses cross-site POSTs (from another site's form
// or script) with the 403 page.
func (s *server) crossOriginProtection(next http.Handler) http.Handler {
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(s.forbidden))
	return cop.Handler(next)
}

// limitBody caps the request body; reading past it fails with
// *http.MaxBytesError, which the form decoder turns into the 413 page.
func limitBody(n int64) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Body != http.NoBody {
				r.Body = http.MaxBytesReader(w, r.Body, n)
			}
			next.ServeHTTP(w, r)
		})
	}
}

func isTooLarge(err error) bool {
	var maxErr *http.MaxBytesError
	return errors.As(err, &maxErr)
}
