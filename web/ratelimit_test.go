package web

import (
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/farvel/farvel/internal/i18n"
	"github.com/farvel/farvel/internal/letter"
)

// limitedHandler is the app with a rate limit of n requests a minute.
func limitedHandler(t *testing.T, n int, trusted ...string) http.Handler {
	t.Helper()
	var prefixes []netip.Prefix
	for _, p := range trusted {
		prefixes = append(prefixes, netip.MustParsePrefix(p))
	}
	logs := &syncBuffer{}
	return NewHandler(Config{
		Logger: slogTo(logs), Now: func() time.Time { return testToday },
		RateLimit: n, RateWindow: time.Minute, TrustedProxies: prefixes,
	})
}

// from sends GET target from the TCP peer addr, with header pairs.
func from(h http.Handler, addr, target string, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, target, nil)
	req.RemoteAddr = addr
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Add(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// use spends n requests of addr's allowance, each of which must pass.
func use(t *testing.T, h http.Handler, n int, addr string, header ...string) {
	t.Helper()
	for i := range n {
		if rec := from(h, addr, "/", header...); rec.Code != http.StatusOK {
			t.Fatalf("request %d from %s: status %d, want 200", i+1, addr, rec.Code)
		}
	}
}

func checkLimited(t *testing.T, rec *httptest.ResponseRecorder, lang letter.Lang) {
	t.Helper()
	if rec.Code != http.StatusTooManyRequests {
		t.Fatalf("status %d, want 429", rec.Code)
	}
	if ra, err := strconv.Atoi(rec.Header().Get("Retry-After")); err != nil || ra <= 0 || ra > 60 {
		t.Errorf("Retry-After %q, want 1–60 seconds", rec.Header().Get("Retry-After"))
	}
	for k, want := range map[string]string{
		"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Frame-Options": "DENY",
	} {
		if got := rec.Header().Get(k); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	doc := parseHTML(t, rec.Body)
	checkPageLang(t, doc, lang)
	if want := i18n.For(lang).TooManyRequests().Title; !strings.Contains(doc.Find("h1").Text(), want) {
		t.Errorf("h1 %q, want %q", doc.Find("h1").Text(), want)
	}
}

func TestRateLimit(t *testing.T) {
	h := limitedHandler(t, 3)
	const client, other = "203.0.113.7:50000", "203.0.113.8:50000"
	use(t, h, 3, client)

	t.Run("over the limit", func(t *testing.T) {
		checkLimited(t, from(h, client, "/"), letter.Norwegian)
		checkLimited(t, from(h, client, "/?lang=en"), letter.English)
		checkLimited(t, from(h, client, "/", "Accept-Language", "nn-NO"), letter.Nynorsk)
		checkLimited(t, from(h, client, "/", "Accept-Language", "en-GB,en;q=0.8"), letter.English)
		// A posted form is turned away too, without being read.
		req := httptest.NewRequest(http.MethodPost, "/preview", strings.NewReader(validForm().Encode()))
		req.RemoteAddr = client
		req.Header.Set("Content-Type", formType)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		checkLimited(t, rec, letter.Norwegian)
	})
	t.Run("another client", func(t *testing.T) {
		use(t, h, 3, other)
	})
	t.Run("probes and assets are not counted", func(t *testing.T) {
		css, _ := parseHTML(t, from(h, "203.0.113.99:1", "/").Body).Find(`link[rel="stylesheet"]`).Attr("href")
		for range 10 {
			for _, target := range []string{"/healthz", "/readyz", css} {
				if rec := from(h, client, target); rec.Code != http.StatusOK {
					t.Fatalf("%s over the limit: %d, want 200", target, rec.Code)
				}
			}
		}
	})
}

func TestRateLimitOff(t *testing.T) {
	h, _ := newTestHandler(t) // RateLimit 0
	for i := range 500 {
		if rec := from(h, "203.0.113.7:1", "/healthz?"+strconv.Itoa(i)); rec.Code != http.StatusOK {
			t.Fatalf("request %d: %d", i, rec.Code)
		}
	}
	if rec := from(h, "203.0.113.7:1", "/"); rec.Header().Get("X-RateLimit-Limit") != "" {
		t.Error("a limit is announced with limiting off")
	}
}

// TestRateLimitIgnoresForwardedFor: with no trusted proxy, a client cannot
// pick its bucket with X-Forwarded-For, neither to escape its own limit nor
// to spend someone else's.
func TestRateLimitIgnoresForwardedFor(t *testing.T) {
	h := limitedHandler(t, 2)
	const client, victim = "203.0.113.7:1", "198.51.100.1:1"
	use(t, h, 2, client, "X-Forwarded-For", "192.0.2.1")
	checkLimited(t, from(h, client, "/", "X-Forwarded-For", "192.0.2.2", "X-Real-IP", "192.0.2.3", "True-Client-IP", "192.0.2.4"), letter.Norwegian)
	from(h, client, "/", "X-Forwarded-For", "198.51.100.1")
	use(t, h, 2, victim)
}

// TestRateLimitBehindTrustedProxy: behind a trusted proxy, each client has
// its own bucket, named by the right-most address in X-Forwarded-For that is
// not a trusted proxy; what the client itself wrote there does not count.
func TestRateLimitBehindTrustedProxy(t *testing.T) {
	h := limitedHandler(t, 2, "10.0.0.0/8", "fd00::/8")
	const proxy = "10.0.0.1:40000"
	xff := "X-Forwarded-For"

	use(t, h, 2, proxy, xff, "198.51.100.1")
	checkLimited(t, from(h, proxy, "/", xff, "198.51.100.1"), letter.Norwegian)
	// The client put addresses of its own to the left: the proxy's entry
	// still names it.
	checkLimited(t, from(h, proxy, "/", xff, "192.0.2.77, 198.51.100.1"), letter.Norwegian)
	checkLimited(t, from(h, proxy, "/", xff, "192.0.2.78", xff, "198.51.100.1"), letter.Norwegian)
	// Through two trusted proxies.
	checkLimited(t, from(h, proxy, "/", xff, "198.51.100.1, 10.0.0.9"), letter.Norwegian)
	checkLimited(t, from(h, "[fd00::1]:443", "/", xff, "198.51.100.1, 10.1.2.3"), letter.Norwegian)

	// Other clients behind the same proxy have their own allowance.
	use(t, h, 2, proxy, xff, "198.51.100.2")
	use(t, h, 2, proxy, xff, "192.0.2.77, 198.51.100.3")

	// A peer that is not a trusted proxy is the client, whatever it says.
	const direct = "203.0.113.50:1"
	use(t, h, 2, direct, xff, "198.51.100.4")
	checkLimited(t, from(h, direct, "/", xff, "198.51.100.5"), letter.Norwegian)
	use(t, h, 2, proxy, xff, "198.51.100.4")
	use(t, h, 2, proxy, xff, "198.51.100.5")

	// A proxy that names no client is limited as one client.
	use(t, h, 2, "10.0.0.2:1")
	checkLimited(t, from(h, "10.0.0.2:1", "/", xff, "not an address"), letter.Norwegian)
	checkLimited(t, from(h, "10.0.0.2:1", "/", xff, "10.9.9.9"), letter.Norwegian)
}

// TestRateLimitIPv6: an IPv6 client is limited by its /64, so it cannot walk
// through its own addresses to a fresh allowance.
func TestRateLimitIPv6(t *testing.T) {
	h := limitedHandler(t, 2)
	use(t, h, 1, "[2001:db8:1:2::1]:443")
	use(t, h, 1, "[2001:db8:1:2:aaaa:bbbb:cccc:dddd]:443")
	checkLimited(t, from(h, "[2001:db8:1:2::2]:443", "/"), letter.Norwegian)
	use(t, h, 2, "[2001:db8:1:3::1]:443")
}
