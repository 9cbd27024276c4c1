package web

import (
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"
)

// TestRequestIDFromOutsideIsNotLogged: an X-Request-Id is logged only when
// a trusted proxy sent it and it looks like an id; from anyone else it is
// text from outside, and an id of Farvel's own is logged instead.
func TestRequestIDFromOutsideIsNotLogged(t *testing.T) {
	logs := &syncBuffer{}
	h := NewHandler(Config{Logger: slogTo(logs), Now: func() time.Time { return testToday },
		TrustedProxies: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}})
	tests := []struct {
		name, peer, id string
		logged         bool
	}{
		{"from a client", "203.0.113.7:1", "Kari-Nordmann-hemmelig", false},
		{"from a trusted proxy", "10.0.0.1:1", "req-4f2a:17.b_x", true},
		{"from an IPv4-mapped trusted proxy", "[::ffff:10.0.0.1]:1", "req-mapped", true},
		{"a trusted proxy's id that is no id", "10.0.0.1:1", "Kari Nordmann, kari@example.com", false},
		{"a trusted proxy's id too long", "10.0.0.1:1", strings.Repeat("a", 65), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(logs.String())
			from(h, tt.peer, "/", "X-Request-Id", tt.id)
			line := logs.String()[before:]
			if got := strings.Contains(line, "request_id="+tt.id) || strings.Contains(line, tt.id); got != tt.logged {
				t.Errorf("id %q logged: %v, want %v:\n%s", tt.id, got, tt.logged, line)
			}
			if !strings.Contains(line, "request_id=") {
				t.Errorf("no request id logged:\n%s", line)
			}
		})
	}
}

// TestMethodsAreLoggedOnlyWhenKnown: the method is text from the client. A
// standard one is logged as it is; anything else as one fixed word, so that
// a client cannot write what it likes (or 15 KB of it) to the log.
func TestMethodsAreLoggedOnlyWhenKnown(t *testing.T) {
	h, logs := newTestHandler(t)
	tests := []struct{ method, logged string }{
		{http.MethodGet, "method=GET"},
		{http.MethodHead, "method=HEAD"},
		{http.MethodPost, "method=POST"},
		{http.MethodPut, "method=PUT"},
		{http.MethodDelete, "method=DELETE"},
		{http.MethodPatch, "method=PATCH"},
		{http.MethodOptions, "method=OPTIONS"},
		{http.MethodConnect, "method=CONNECT"},
		{http.MethodTrace, "method=TRACE"},
		{"kari.hansen+fjord.no-PIN_4711", "method=OTHER"},
		{strings.Repeat("M", 15000), "method=OTHER"},
		{"get", "method=OTHER"}, // methods are case-sensitive
	}
	for _, tt := range tests {
		t.Run(tt.method[:min(len(tt.method), 32)], func(t *testing.T) {
			before := len(logs.String())
			req := httptest.NewRequest(tt.method, "/", nil)
			h.ServeHTTP(httptest.NewRecorder(), req)
			line := logs.String()[before:]
			if !strings.Contains(line, tt.logged+" ") {
				t.Errorf("method %.40q: want %s in the log line:\n%.300s", tt.method, tt.logged, line)
			}
			if tt.logged == "method=OTHER" && strings.Contains(line, "method="+tt.method) {
				t.Errorf("the log holds the method %.40q as sent:\n%.300s", tt.method, line)
			}
		})
	}
	if out := logs.String(); strings.Contains(out, "kari.hansen") || strings.Contains(out, "PIN_4711") || len(out) > 20000 {
		t.Errorf("the client's method reached the log (%d bytes)", len(out))
	}
}
