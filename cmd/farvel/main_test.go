package main

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"
)

// start runs the server on a free port and returns its address, a function
// that stops it, and the channel run's result arrives on.
func start(t *testing.T, args []string, env map[string]string) (string, context.CancelFunc, <-chan error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, args, func(k string) string { return env[k] }, io.Discard, ready)
	}()
	select {
	case addr := <-ready:
		return addr, cancel, done
	case err := <-done:
		cancel()
		t.Fatalf("run: %v", err)
	case <-time.After(10 * time.Second):
		cancel()
		t.Fatal("the server did not start")
	}
	return "", nil, nil
}

func TestRunServesAndStops(t *testing.T) {
	addr, stop, done := start(t, []string{"-addr", "127.0.0.1:0"}, nil)
	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || string(body) != "ok\n" {
		t.Fatalf("healthz: %d %q", resp.StatusCode, body)
	}
	stop()
	if err := <-done; err != nil {
		t.Fatalf("run returned %v after a clean stop", err)
	}
}

func TestRunTakesPortFromEnv(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	ln.Close()
	addr, stop, done := start(t, nil, map[string]string{"PORT": port})
	defer func() { stop(); <-done }()
	if !strings.HasSuffix(addr, ":"+port) {
		t.Fatalf("listening on %s, want port %s", addr, port)
	}
}

func TestRunRejectsBadFlags(t *testing.T) {
	err := run(context.Background(), []string{"-nope"}, func(string) string { return "" }, io.Discard, nil)
	if err == nil {
		t.Fatal("an unknown flag was accepted")
	}
}

// TestShutdownLetsRequestsFinish starts a request, begins the shutdown
// while its body is still on the way, and checks that it is answered in
// full and that run then returns cleanly.
func TestShutdownLetsRequestsFinish(t *testing.T) {
	addr, stop, done := start(t, []string{"-addr", "127.0.0.1:0"}, nil)
	form := url.Values{
		"sender_name": {"Kari"}, "company": {"Fjord"}, "departure_date": {time.Now().AddDate(0, 1, 0).Format(time.DateOnly)},
		"replacement_name": {"Jonas"}, "replacement_email": {"jonas@fjord.no"}, "manager_ok": {"on"},
	}.Encode()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	half := len(form) / 2
	io.WriteString(conn, "POST /preview HTTP/1.1\r\nHost: "+addr+"\r\n"+
		"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "+strconv.Itoa(len(form))+"\r\n\r\n"+form[:half])
	time.Sleep(200 * time.Millisecond) // the server reads the headers: the connection is active

	stop()
	deadline := time.Now().Add(5 * time.Second)
	for {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			break // the listener is closed: no new requests
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Fatal("the server still accepts connections after shutdown began")
		}
		time.Sleep(20 * time.Millisecond)
	}
	select {
	case err := <-done:
		t.Fatalf("run returned (%v) before the request in flight finished", err)
	default:
	}

	io.WriteString(conn, form[half:])
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "Jonas") {
		t.Fatalf("the request in flight got %d", resp.StatusCode)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("run: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("run did not return after the last request")
	}
}
