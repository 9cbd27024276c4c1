package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
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

// dialRaw starts the server on loopback with args and opens a raw TCP
// connection to it, for tests that speak HTTP by hand. Both end with the
// test.
func dialRaw(t *testing.T, args ...string) (net.Conn, string) {
	t.Helper()
	addr, stop, done := start(t, append([]string{"-addr", "127.0.0.1:0"}, args...), nil)
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		stop()
		<-done
		t.Fatal(err)
	}
	t.Cleanup(func() {
		conn.Close()
		stop()
		<-done
	})
	return conn, addr
}

// getter returns a GET for paths on addr that reads and closes the body
// and fails the test if no answer comes.
func getter(t *testing.T, addr string) func(path string) *http.Response {
	client := &http.Client{Timeout: 5 * time.Second}
	return func(path string) *http.Response {
		t.Helper()
		resp, err := client.Get("http://" + addr + path)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp
	}
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
	conn, br, rest := startInFlight(t, addr, form)

	stop()
	waitRefused(t, addr, "the server still accepts connections after shutdown began")
	select {
	case err := <-done:
		t.Fatalf("run returned (%v) before the request in flight finished", err)
	default:
	}

	io.WriteString(conn, rest)
	resp, err := http.ReadResponse(br, nil)
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

// TestMain lets a test run this package's main in a child process: the real
// program, with its signal handling, started from the test binary.
func TestMain(m *testing.M) {
	if os.Getenv("BE_FARVEL") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// syncBuffer collects a server's log while the test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// validForm is a form the server takes, with a departure date a month from
// the real today.
func validForm() url.Values {
	return url.Values{
		"sender_name": {"Kari"}, "company": {"Fjord"}, "departure_date": {time.Now().AddDate(0, 1, 0).Format(time.DateOnly)},
		"replacement_name": {"Jonas"}, "replacement_email": {"jonas@fjord.no"}, "manager_ok": {"on"},
	}
}

func TestFlagsFromEnvironment(t *testing.T) {
	env := map[string]string{"FARVEL_RATE_LIMIT": "1", "FARVEL_LOG": "json", "FARVEL_TRUSTED_PROXY": "10.0.0.0/8, 192.0.2.1"}
	cfg, err := parseConfig([]string{"-log", "text"}, func(k string) string { return env[k] }, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.rateLimit != 1 || cfg.logFormat != "text" || cfg.trustedProxies.String() != "10.0.0.0/8,192.0.2.1/32" {
		t.Errorf("rate limit %d (want 1, from env), log %q (want text, the flag wins), proxies %q",
			cfg.rateLimit, cfg.logFormat, cfg.trustedProxies.String())
	}

	// And the server obeys it: the second request of a client is refused.
	addr, stop, done := start(t, []string{"-addr", "127.0.0.1:0"}, map[string]string{"FARVEL_RATE_LIMIT": "1"})
	defer func() { stop(); <-done }()
	for i, want := range []int{200, 429, 200} {
		path := []string{"/", "/?lang=en", "/healthz"}[i]
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("GET %s: %d, want %d", path, resp.StatusCode, want)
		}
	}
}

func TestRateLimitOnByDefault(t *testing.T) {
	addr, stop, done := start(t, []string{"-addr", "127.0.0.1:0"}, nil)
	defer func() { stop(); <-done }()
	for i := range 301 {
		resp, err := http.Get("http://" + addr + "/")
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		switch {
		case i < 300 && resp.StatusCode != http.StatusOK:
			t.Fatalf("request %d: %d, want 200", i+1, resp.StatusCode)
		case i == 300 && resp.StatusCode != http.StatusTooManyRequests:
			t.Fatalf("request 301 in a minute: %d, want 429", resp.StatusCode)
		}
	}
}

func TestRunRejectsBadConfig(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  map[string]string
	}{
		{"negative rate limit", []string{"-rate-limit", "-1"}, nil},
		{"zero window", []string{"-rate-window", "0s"}, nil},
		{"proxy not a CIDR", []string{"-trusted-proxy", "10.0.0.0/33"}, nil},
		{"proxy not an address", []string{"-trusted-proxy", "proxy.internal"}, nil},
		{"proxy in env not a CIDR", nil, map[string]string{"FARVEL_TRUSTED_PROXY": "everyone"}},
		{"rate limit in env not a number", nil, map[string]string{"FARVEL_RATE_LIMIT": "many"}},
		{"unknown log format", []string{"-log", "xml"}, nil},
		{"no header timeout", []string{"-read-header-timeout", "0s"}, nil},
		{"negative drain", []string{"-drain-delay", "-1s"}, nil},
		{"stray argument", []string{"serve"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Should the config be taken, the server must not keep the
			// test waiting (the context is already done), and a busy
			// port must not pass for a rejection: it listens on a free
			// port of its own, and a failure to listen does not count.
			env := map[string]string{"FARVEL_ADDR": "127.0.0.1:0"}
			for k, v := range tt.env {
				env[k] = v
			}
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			ready := make(chan string, 1)
			err := run(ctx, tt.args, func(k string) string { return env[k] }, io.Discard, ready)
			if err == nil {
				t.Fatal("accepted")
			}
			if len(ready) > 0 {
				t.Error("the server started listening")
			}
			if _, ok := errors.AsType[*net.OpError](err); ok {
				t.Errorf("failed to listen (%v), not on the config", err)
			}
		})
	}
}

// TestReadyzTurnsUnreadyOnShutdown: once shutdown begins, /readyz says 503
// while the server still answers everything else for the drain delay.
func TestReadyzTurnsUnreadyOnShutdown(t *testing.T) {
	addr, stop, done := start(t, []string{"-addr", "127.0.0.1:0", "-drain-delay", "2s"}, nil)
	get := getter(t, addr)
	status := func(path string) int { return get(path).StatusCode }
	if got := status("/readyz"); got != http.StatusOK {
		t.Fatalf("readyz before shutdown: %d", got)
	}
	stop()
	for status("/readyz") != http.StatusServiceUnavailable {
		select {
		case err := <-done:
			t.Fatalf("run returned (%v) and /readyz never said 503", err)
		default:
		}
	}
	if got := status("/healthz"); got != http.StatusOK {
		t.Errorf("healthz while draining: %d, want 200", got)
	}
	if got := status("/"); got != http.StatusOK {
		t.Errorf("the form while draining: %d, want 200", got)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("run: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("run did not return after the drain")
	}
}

// TestSlowHeadersAreCutOff: a client that starts a request and never
// finishes its headers loses the connection when the header timeout runs
// out, long before the read timeout or the client's own patience.
func TestSlowHeadersAreCutOff(t *testing.T) {
	conn, addr := dialRaw(t, "-read-header-timeout", "100ms", "-read-timeout", "1m")
	io.WriteString(conn, "GET / HTTP/1.1\r\nHost: farvel\r\nUser-Agent: slow") // and nothing more
	// Less than the default header timeout (5s): the flag must be obeyed.
	conn.SetReadDeadline(time.Now().Add(3 * time.Second))
	n, err := conn.Read(make([]byte, 1))
	var netErr net.Error
	if errors.As(err, &netErr) && netErr.Timeout() {
		t.Fatal("the server kept the connection of a client that never finished its headers")
	}
	if n != 0 || err == nil {
		t.Fatalf("read %d bytes, %v: want the connection closed", n, err)
	}

	// A client that does finish its headers is served.
	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("healthz: %d", resp.StatusCode)
	}
}

// TestSlowBodyIsCutOff: a client that sends its headers but never all of
// its form gets the 400 page when the read timeout runs out, and the
// connection is closed.
func TestSlowBodyIsCutOff(t *testing.T) {
	conn, _ := dialRaw(t, "-read-timeout", "300ms")
	form := validForm().Encode()
	io.WriteString(conn, "POST /preview HTTP/1.1\r\nHost: farvel\r\nContent-Type: application/x-www-form-urlencoded\r\n"+
		"Content-Length: "+strconv.Itoa(len(form))+"\r\n\r\n"+form[:10])
	// Less than the default read timeout (15s): the flag must be obeyed.
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	br := bufio.NewReader(conn)
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatalf("no answer to a stalled body: %v", err)
	}
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(body), "kunne ikke leses") {
		t.Fatalf("status %d, want the 400 page", resp.StatusCode)
	}
	if _, err := br.ReadByte(); err == nil {
		t.Error("the connection is still open")
	}
}

// startBinary runs the real program (this test binary, in main) with args
// and returns its address and its log.
func startBinary(t *testing.T, args ...string) (*exec.Cmd, string, *syncBuffer, <-chan error) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "BE_FARVEL=1")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	logs := &syncBuffer{}
	addrs := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			line := sc.Text()
			fmt.Fprintln(logs, line)
			if m := listenLine.FindStringSubmatch(line); m != nil {
				addrs <- m[1] + m[2]
			}
		}
		exited <- cmd.Wait()
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
	})
	select {
	case addr := <-addrs:
		return cmd, addr, logs, exited
	case err := <-exited:
		t.Fatalf("the program exited: %v\n%s", err, logs)
	case <-time.After(20 * time.Second):
		t.Fatalf("the program did not start:\n%s", logs)
	}
	return nil, "", nil, nil
}

// listenLine finds the address in the log line, text or JSON, that says
// the program listens.
var listenLine = regexp.MustCompile(`msg=listening addr=(\S+)|"msg":"listening","addr":"([^"]+)"`)

// TestSIGTERMLetsRequestsFinish sends SIGTERM to the real program while a
// request is in flight: the listener closes, the request is answered in
// full, and the program exits 0.
func TestSIGTERMLetsRequestsFinish(t *testing.T) {
	cmd, addr, logs, exited := startBinary(t, "-addr", "127.0.0.1:0")
	form := validForm()
	form.Set("personal_note", "hemmelig-notat")
	body := form.Encode()
	conn, br, rest := startInFlight(t, addr, body)

	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	waitRefused(t, addr, "the program still accepts connections after SIGTERM")
	select {
	case err := <-exited:
		t.Fatalf("the program exited (%v) before the request in flight was answered", err)
	default:
	}

	io.WriteString(conn, rest)
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(page), "hemmelig-notat") {
		t.Fatalf("the request in flight got %d", resp.StatusCode)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("exit: %v\n%s", err, logs)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the program did not exit after the last request")
	}
	out := logs.String()
	for _, want := range []string{"msg=\"shutting down\"", "msg=stopped", "status=200"} {
		if !strings.Contains(out, want) {
			t.Errorf("the log lacks %s:\n%s", want, out)
		}
	}
	if strings.Contains(out, "hemmelig") || strings.Contains(out, "Jonas") {
		t.Errorf("the log holds what the user typed:\n%s", out)
	}
}

// TestLogsOfAFullFlowHoldNoUserData goes through the app over HTTP, good
// requests and bad, and reads every line the program logged, as JSON.
func TestLogsOfAFullFlowHoldNoUserData(t *testing.T) {
	logs := &syncBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"-addr", "127.0.0.1:0", "-log", "json", "-rate-limit", "8", "-trusted-proxy", "127.0.0.1"},
			func(string) string { return "" }, logs, ready)
	}()
	addr := <-ready
	secrets := []string{"Hemmelig", "hemmelig", "Jonas", "Fjord", "203.0.113.77", "secret-query"}
	form := validForm()
	form.Set("sender_name", "Hemmelig Avsender")
	form.Set("personal_note", "hemmelig-notat\nlinje to")
	post := func(path string, form url.Values) {
		req, _ := http.NewRequest(http.MethodPost, "http://"+addr+path+"?lang=en&q=secret-query", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("X-Forwarded-For", "203.0.113.77")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	post("/preview", form)
	post("/edit", form)
	post("/download", form)
	bad := validForm()
	bad.Set("years", "hemmelig-tall")
	bad.Set("replacement_email", "Jonas\r\nBcc: hemmelig@example.com")
	post("/preview", bad)
	huge := validForm()
	huge.Set("personal_note", strings.Repeat("hemmelig ", 40000))
	post("/preview", huge)
	post("/hemmelig-sti", form)
	for range 3 {
		post("/preview", form) // the last is over the limit of 8
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}

	statuses := map[float64]int{}
	for line := range strings.Lines(logs.String()) {
		var entry map[string]any
		if err := json.Unmarshal([]byte(line), &entry); err != nil {
			t.Fatalf("not a JSON line: %q", line)
		}
		if entry["msg"] == "request" {
			statuses[entry["status"].(float64)]++
		}
	}
	if statuses[200] != 5 || statuses[422] != 1 || statuses[413] != 1 || statuses[404] != 1 || statuses[429] != 1 {
		t.Errorf("request lines by status: %v", statuses)
	}
	for _, secret := range secrets {
		if strings.Contains(logs.String(), secret) {
			t.Errorf("the log holds %q:\n%s", secret, logs)
		}
	}
}

// TestSecondSignalStopsAtOnce: a second SIGTERM during a long drain ends the
// program without waiting.
func TestSecondSignalStopsAtOnce(t *testing.T) {
	cmd, addr, logs, exited := startBinary(t, "-addr", "127.0.0.1:0", "-drain-delay", "1h")
	cmd.Process.Signal(syscall.SIGTERM)
	deadline := time.Now().Add(10 * time.Second)
	for {
		if time.Now().After(deadline) {
			t.Fatalf("/readyz never said 503 after SIGTERM:\n%s", logs)
		}
		resp, err := http.Get("http://" + addr + "/readyz")
		if err != nil {
			t.Fatalf("readyz: %v\n%s", err, logs)
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusServiceUnavailable {
			break // the first signal is handled: the program drains
		}
	}
	cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-exited:
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			t.Fatalf("exit: %v, want killed by the signal", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the program still drains after a second SIGTERM")
	}
}

// startInFlight starts a POST /preview of body on a new connection and
// sends half of the body. It returns once the handler is reading the body
// (the server's "100 Continue" says so): the request is in flight. The
// caller sends the rest and reads the answer from the reader.
func startInFlight(t *testing.T, addr, body string) (net.Conn, *bufio.Reader, string) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	io.WriteString(conn, "POST /preview HTTP/1.1\r\nHost: farvel\r\nExpect: 100-continue\r\n"+
		"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "+strconv.Itoa(len(body))+"\r\n\r\n")
	br := bufio.NewReader(conn)
	if line, err := br.ReadString('\n'); err != nil || !strings.HasPrefix(line, "HTTP/1.1 100") {
		t.Fatalf("want 100 Continue, got %q, %v", line, err)
	}
	br.ReadString('\n') // the blank line after it
	half := len(body) / 2
	io.WriteString(conn, body[:half])
	return conn, br, body[half:]
}

// waitRefused waits until addr refuses connections: the listener is closed.
func waitRefused(t *testing.T, addr, failure string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			return
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Fatal(failure)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
