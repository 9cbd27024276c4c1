package web

import (
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
