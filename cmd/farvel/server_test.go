package main

import (
	"bufio"
	"errors"
	"io"
	"net"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestHugeHeadersAreRefused: headers past maxHeaderBytes (and the slack the
// server allows on top) get 431, far below net/http's default of 1 MiB.
func TestHugeHeadersAreRefused(t *testing.T) {
	addr, stop, done := start(t, []string{"-addr", "127.0.0.1:0"}, nil)
	defer func() { stop(); <-done }()
	for _, tt := range []struct {
		size int
		want int
	}{{maxHeaderBytes / 2, http.StatusOK}, {maxHeaderBytes + 8<<10, http.StatusRequestHeaderFieldsTooLarge}} {
		req, _ := http.NewRequest(http.MethodGet, "http://"+addr+"/healthz", nil)
		req.Header.Set("X-Padding", strings.Repeat("a", tt.size))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tt.want {
			t.Errorf("%d bytes of headers: %d, want %d", tt.size, resp.StatusCode, tt.want)
		}
	}
}

// headerSlack is what net/http reads past MaxHeaderBytes before it refuses
// a request's head (its bufio slop): the real limit is the sum.
const headerSlack = 4096

// TestHeaderLimitBoundary pins the limit the README states: a request line
// and headers of maxHeaderBytes+headerSlack bytes, blank line included, are
// read; one byte more gets 431.
func TestHeaderLimitBoundary(t *testing.T) {
	addr, stop, done := start(t, []string{"-addr", "127.0.0.1:0"}, nil)
	defer func() { stop(); <-done }()
	const limit = maxHeaderBytes + headerSlack
	for _, tt := range []struct {
		size, want int
	}{
		{limit - 1, http.StatusOK},
		{limit, http.StatusOK},
		{limit + 1, http.StatusRequestHeaderFieldsTooLarge},
		{limit + 100, http.StatusRequestHeaderFieldsTooLarge},
	} {
		t.Run(strconv.Itoa(tt.size), func(t *testing.T) {
			const start, end = "GET /healthz HTTP/1.1\r\nHost: farvel\r\nX-Padding: ", "\r\n\r\n"
			head := start + strings.Repeat("a", tt.size-len(start)-len(end)) + end
			if len(head) != tt.size {
				t.Fatalf("built %d bytes, want %d", len(head), tt.size)
			}
			conn, err := net.Dial("tcp", addr)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			if _, err := io.WriteString(conn, head); err != nil {
				t.Fatal(err)
			}
			resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tt.want {
				t.Errorf("%d bytes of request head: %d, want %d", tt.size, resp.StatusCode, tt.want)
			}
		})
	}
}

// TestIdleConnectionsAreClosed: a keep-alive connection left idle is closed
// after -idle-timeout, not kept for the (longer) read timeout.
func TestIdleConnectionsAreClosed(t *testing.T) {
	conn, _ := dialRaw(t, "-idle-timeout", "100ms", "-read-timeout", "1m")
	io.WriteString(conn, "GET /healthz HTTP/1.1\r\nHost: farvel\r\n\r\n")
	br := bufio.NewReader(conn)
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	// Far less than the read timeout: the idle timeout must be obeyed.
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	_, err = br.ReadByte()
	var netErr net.Error
	if errors.As(err, &netErr) && netErr.Timeout() {
		t.Fatal("the server kept an idle connection open")
	}
	if err == nil {
		t.Fatal("the server sent more than its answer")
	}
}

// TestWriteTimeoutIsObeyed: the server's writes get -write-timeout; one that
// has already passed when the answer is written (a nanosecond) gets the
// client no answer at all.
func TestWriteTimeoutIsObeyed(t *testing.T) {
	addr, stop, done := start(t, []string{"-addr", "127.0.0.1:0", "-write-timeout", "1ns"}, nil)
	defer func() { stop(); <-done }()
	client := &http.Client{Timeout: 10 * time.Second}
	resp, err := client.Get("http://" + addr + "/healthz")
	if err == nil {
		resp.Body.Close()
		t.Fatalf("answered %d past the write timeout", resp.StatusCode)
	}
	var netErr net.Error
	if errors.As(err, &netErr) && netErr.Timeout() {
		t.Fatalf("the client timed out (%v), the server should have closed the connection", err)
	}
}

// TestDrainingClosesKeepAlives: while it drains, the server tells each
// client to close its connection, so that it reconnects to another copy.
func TestDrainingClosesKeepAlives(t *testing.T) {
	addr, stop, done := start(t, []string{"-addr", "127.0.0.1:0", "-drain-delay", "2s"}, nil)
	get := getter(t, addr)
	if resp := get("/"); resp.Close {
		t.Fatal("Connection: close before shutdown")
	}
	stop()
	// Shutdown flips /readyz, then turns keep-alives off: wait for both.
	for {
		resp := get("/readyz")
		if resp.StatusCode == http.StatusServiceUnavailable && resp.Close {
			break
		}
		select {
		case err := <-done:
			t.Fatalf("run returned (%v) and no answer while draining said Connection: close", err)
		default:
		}
	}
	if resp := get("/"); resp.StatusCode != http.StatusOK || !resp.Close {
		t.Errorf("the form while draining: %d, close %v; want 200 and Connection: close", resp.StatusCode, resp.Close)
	}
	if err := <-done; err != nil {
		t.Fatalf("run: %v", err)
	}
}

// TestGCTuningYieldsToEnvironment: GOGC and GOMEMLIMIT, when set, are the
// runtime's to apply; tuneGC sets its own values only when they are not.
func TestGCTuningYieldsToEnvironment(t *testing.T) {
	const percent, limit = 123, 1 << 40
	oldPercent := debug.SetGCPercent(percent)
	oldLimit := debug.SetMemoryLimit(limit)
	defer func() {
		debug.SetGCPercent(oldPercent)
		debug.SetMemoryLimit(oldLimit)
	}()

	env := map[string]string{"GOGC": "123", "GOMEMLIMIT": "1TiB"}
	tuneGC(func(k string) string { return env[k] })
	if got := debug.SetGCPercent(percent); got != percent {
		t.Errorf("with GOGC set, GC percent %d, want it left at %d", got, percent)
	}
	if got := debug.SetMemoryLimit(-1); got != limit {
		t.Errorf("with GOMEMLIMIT set, memory limit %d, want it left at %d", got, limit)
	}

	tuneGC(func(string) string { return "" })
	if got := debug.SetGCPercent(percent); got != gcPercent {
		t.Errorf("GC percent %d, want %d", got, gcPercent)
	}
	if got := debug.SetMemoryLimit(-1); got != memoryLimit {
		t.Errorf("memory limit %d, want %d", got, memoryLimit)
	}
}

// TestTrustedProxyList: a bare address is its own /32 or /128, an IPv4
// address written IPv4-mapped is the IPv4 address (the peer is compared
// unmapped), a CIDR is masked, and empty items (a trailing comma) are
// skipped.
func TestTrustedProxyList(t *testing.T) {
	var p prefixList
	if err := p.Set(" 10.1.2.3, ::ffff:192.0.2.1,2001:db8::1 ,192.168.1.5/24,, "); err != nil {
		t.Fatal(err)
	}
	if got, want := p.String(), "10.1.2.3/32,192.0.2.1/32,2001:db8::1/128,192.168.1.0/24"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
