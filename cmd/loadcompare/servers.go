package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/farvel/farvel/internal/floor"
)

// server is one process under load.
type server struct {
	name  string
	base  string // http://127.0.0.1:port
	cmd   *exec.Cmd
	stdin io.Closer // a child of this program serves until it closes
	done  chan struct{}
	err   error // of Wait, once done is closed
}

func start(name string, cmd *exec.Cmd) (*server, error) {
	dieWithParent(cmd)
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", name, err)
	}
	s := &server{name: name, cmd: cmd, done: make(chan struct{})}
	go func() {
		s.err = cmd.Wait()
		close(s.done)
	}()
	return s, nil
}

func (s *server) pid() int { return s.cmd.Process.Pid }

func (s *server) exited() bool {
	select {
	case <-s.done:
		return true
	default:
		return false
	}
}

// kill ends the process, whatever it is doing, and waits for it.
func (s *server) kill() {
	if s == nil || s.exited() {
		return
	}
	if s.stdin != nil {
		s.stdin.Close()
	}
	s.cmd.Process.Kill()
	<-s.done
}

// interrupt asks the process to stop as a SIGINT does, and waits at most
// timeout for it to end.
func (s *server) interrupt(timeout time.Duration) error {
	s.cmd.Process.Signal(os.Interrupt)
	select {
	case <-s.done:
		return s.err
	case <-time.After(timeout):
		return fmt.Errorf("%s did not stop within %s of SIGINT", s.name, timeout)
	}
}

// The binary is built as the Dockerfile builds the one that is deployed:
// static, without cgo, stripped. TestBuiltAsTheDockerfileBuilds holds the
// two together.
var (
	buildEnv   = []string{"CGO_ENABLED=0"}
	buildFlags = []string{"-trimpath", "-ldflags=-s -w"}
)

// buildFarvel builds ./cmd/farvel of the module at root into dir.
func buildFarvel(ctx context.Context, root, dir string) (string, error) {
	bin := filepath.Join(dir, "farvel")
	args := append(append([]string{"build"}, buildFlags...), "-o", bin, "./cmd/farvel")
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Env = append(os.Environ(), buildEnv...)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./cmd/farvel: %w\n%s", err, out)
	}
	return bin, nil
}

// startFarvel runs the binary on a free loopback port with the rate limit
// off and its JSON log to logFile (nil: nowhere), and gives the time from
// exec to its first 200 from /healthz.
func startFarvel(ctx context.Context, bin string, logFile *os.File) (*server, time.Duration, error) {
	var lastErr error
	for range 3 { // another process may take the free port first
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, 0, err
		}
		addr := ln.Addr().String()
		ln.Close()
		cmd := exec.Command(bin, "-addr", addr, "-rate-limit", "0", "-log", "json")
		cmd.Env = childEnv()
		if logFile != nil {
			cmd.Stderr = logFile
		}
		t0 := time.Now()
		s, err := start("farvel", cmd)
		if err != nil {
			return nil, 0, err
		}
		s.base = "http://" + addr
		if lastErr = waitReady(ctx, s); lastErr == nil {
			return s, time.Since(t0), nil
		}
		s.kill()
		if ctx.Err() != nil {
			return nil, 0, ctx.Err()
		}
	}
	return nil, 0, fmt.Errorf("farvel did not start: %w", lastErr)
}

// waitReady polls /healthz every millisecond, for at most 10 seconds.
func waitReady(ctx context.Context, s *server) error {
	client := &http.Client{Timeout: time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	deadline := time.Now().Add(10 * time.Second)
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, s.base+"/healthz", nil)
		if resp, err := client.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		switch {
		case s.exited():
			return fmt.Errorf("%s exited: %v", s.name, s.err)
		case time.Now().After(deadline):
			return fmt.Errorf("%s: no 200 from /healthz within 10s", s.name)
		case ctx.Err() != nil:
			return ctx.Err()
		}
		time.Sleep(time.Millisecond)
	}
}

// childEnv is this environment without what would configure Farvel
// behind its flags' back.
func childEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "FARVEL_") && !strings.HasPrefix(kv, "PORT=") {
			env = append(env, kv)
		}
	}
	return env
}

// startBaseline runs this program again as the floor or the bare server
// (-serve), hands it answers on its standard input, and reads its address
// from its standard output.
func startBaseline(ctx context.Context, name string, answers []answer) (*server, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(self, "-serve", name)
	cmd.Env = childEnv()
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	s, err := start(name, cmd)
	if err != nil {
		return nil, err
	}
	s.stdin = stdin
	if err := json.NewEncoder(stdin).Encode(answers); err != nil {
		s.kill()
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		s.kill()
		return nil, fmt.Errorf("%s: no address: %v", name, err)
	}
	s.base = "http://" + strings.TrimSpace(line)
	return s, waitReady(ctx, s)
}

// serve is the process startBaseline starts: it reads the answers, listens
// on a free loopback port, writes the address and serves until its
// standard input closes.
func serve(name string) error {
	dec := json.NewDecoder(os.Stdin)
	var answers []answer
	if err := dec.Decode(&answers); err != nil {
		return err
	}
	var h http.Handler
	switch name {
	case "floor":
		oslo, err := time.LoadLocation("Europe/Oslo") // Farvel's "today"
		if err != nil {
			return err
		}
		h = floor.Handler(func() time.Time { return time.Now().In(oslo) })
	case "bare":
		h = bareHandler(answers)
	default:
		return fmt.Errorf("-serve %q: want floor or bare", name)
	}
	// As cmd/farvel sets its collector (gcPercent, memoryLimit), unless
	// the environment says otherwise, and its server's limits (its flags'
	// defaults): the ratios are of the handlers.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(48 << 20)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	go func() {
		io.Copy(io.Discard, io.MultiReader(dec.Buffered(), os.Stdin))
		os.Exit(0)
	}()
	fmt.Println(ln.Addr().String())
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 15 * time.Second,
		WriteTimeout: 30 * time.Second, IdleTimeout: 120 * time.Second, MaxHeaderBytes: 16 << 10}
	err = srv.Serve(ln)
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}

// bareHandler writes each captured answer, its headers and its bytes, and
// does nothing else: the most this machine can serve of Farvel's answers.
// The headers are Farvel's too (its security headers, Vary, ETag…): net/http
// sorts and writes each of them on every answer, whatever made it.
func bareHandler(answers []answer) http.Handler {
	byKey := map[string]answer{}
	for _, a := range answers {
		byKey[a.Method+" "+a.Path] = a
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/healthz" {
			w.Write([]byte("ok"))
			return
		}
		a, ok := byKey[r.Method+" "+r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		for k, v := range a.Header {
			h[k] = v
		}
		h["Content-Length"] = []string{strconv.Itoa(len(a.Body))}
		w.Write(a.Body)
	})
}

// procStatusKB reads a figure such as VmHWM, in kB, from /proc/pid/status.
func procStatusKB(pid int, key string) (int64, bool) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, false
	}
	for line := range strings.Lines(string(b)) {
		if v, ok := strings.CutPrefix(line, key+":"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb, err == nil
		}
	}
	return 0, false
}

// procCPU reads the user and system CPU time of a process from
// /proc/pid/stat, counting fields after the command name's ')'.
func procCPU(pid int) (time.Duration, bool) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, false
	}
	s := string(b)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(fields) < 13 {
		return 0, false
	}
	utime, err1 := strconv.ParseInt(fields[11], 10, 64)
	stime, err2 := strconv.ParseInt(fields[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	const userHZ = 100 // the unit of utime and stime on Linux
	return time.Duration(utime+stime) * time.Second / userHZ, true
}
