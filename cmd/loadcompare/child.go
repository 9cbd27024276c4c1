package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// moduleRoot walks up from dir to the folder holding go.mod.
func moduleRoot(dir string) (string, error) {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("no go.mod in %s or above it: run from inside the Farvel repository", dir)
		}
		d = parent
	}
}

// goTool finds the go command: $GOROOT/bin/go of the toolchain `go env
// GOROOT` names (the one that builds this module), else go on PATH.
func goTool(ctx context.Context, root string) (string, error) {
	path, err := exec.LookPath("go")
	if err != nil {
		if g := os.Getenv("GOROOT"); g != "" {
			path = filepath.Join(g, "bin", "go")
		} else {
			return "", fmt.Errorf("no go command on PATH and no GOROOT: %w", err)
		}
	}
	cmd := exec.CommandContext(ctx, path, "env", "GOROOT")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		return path, nil // that go will do
	}
	candidate := filepath.Join(strings.TrimSpace(string(out)), "bin", "go")
	if _, err := os.Stat(candidate); err == nil {
		return candidate, nil
	}
	return path, nil
}

// buildFarvel builds ./cmd/farvel of the module at root into dir.
func buildFarvel(ctx context.Context, goCmd, root, dir string) (string, error) {
	bin := filepath.Join(dir, "farvel")
	cmd := exec.CommandContext(ctx, goCmd, "build", "-o", bin, "./cmd/farvel")
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build ./cmd/farvel: %w\n%s", err, out)
	}
	return bin, nil
}

// childEnv is this process's environment without what would configure
// Farvel behind the flags' back (FARVEL_*, PORT).
func childEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "FARVEL_") || strings.HasPrefix(kv, "PORT=") {
			continue
		}
		env = append(env, kv)
	}
	return env
}

// freePort finds a loopback port no one listens on. Another process could
// take it before the child does; startFarvel then tries again.
func freePort() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr, nil
}

// child is a server process this program started.
type child struct {
	Name string
	Cmd  *exec.Cmd
	Base string // http://127.0.0.1:port
	done chan struct{}
	// stdin is the bare server's standard input, held open while it
	// should serve.
	stdin io.Closer
	err   error // of Wait, once done is closed
}

func startChild(name string, cmd *exec.Cmd) (*child, error) {
	dieWithParent(cmd)
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", name, err)
	}
	c := &child{Name: name, Cmd: cmd, done: make(chan struct{})}
	go func() {
		c.err = cmd.Wait()
		close(c.done)
	}()
	return c, nil
}

// Pid is the child's process id.
func (c *child) Pid() int { return c.Cmd.Process.Pid }

// Exited tells whether the child has ended.
func (c *child) Exited() bool {
	select {
	case <-c.done:
		return true
	default:
		return false
	}
}

// Stop kills the child and waits for it to end.
func (c *child) Stop() {
	if c == nil || c.Exited() {
		return
	}
	c.Cmd.Process.Kill()
	<-c.done
}

// errExited tells that the child ended before it was ready.
var errExited = errors.New("exited before it was ready")

// startFarvel runs the binary on a free loopback port, with the rate limit
// off and its request log (standard error) to /dev/null, and waits for
// the first 200 from /healthz, polled every poll. It gives the time from
// exec to that answer.
func startFarvel(ctx context.Context, bin, logFormat string, poll time.Duration) (*child, time.Duration, error) {
	var lastErr error
	for range 3 { // a new port when another process took the free one first
		addr, err := freePort()
		if err != nil {
			return nil, 0, err
		}
		cmd := exec.Command(bin, "-addr", addr, "-rate-limit", "0", "-log", logFormat)
		cmd.Env = childEnv()
		// Stdout and Stderr nil: /dev/null.
		start := time.Now()
		c, err := startChild("farvel", cmd)
		if err != nil {
			return nil, 0, err
		}
		c.Base = "http://" + addr
		err = waitReady(ctx, c, poll, 10*time.Second)
		took := time.Since(start)
		if err == nil {
			return c, took, nil
		}
		c.Stop()
		if !errors.Is(err, errExited) {
			return nil, 0, err
		}
		lastErr = err
	}
	return nil, 0, fmt.Errorf("farvel: %w (three times; is the port taken, or does it fail to start? run ./cmd/farvel by hand to see)", lastErr)
}

// waitReady polls the child's /healthz until it answers 200.
func waitReady(ctx context.Context, c *child, poll, timeout time.Duration) error {
	tr := &http.Transport{DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: time.Second}
	deadline := time.Now().Add(timeout)
	for {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Base+"/healthz", nil)
		if err != nil {
			return err
		}
		if resp, err := client.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		if c.Exited() {
			return fmt.Errorf("%s %w (%v)", c.Name, errExited, c.err)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s: no 200 from /healthz within %s", c.Name, timeout)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(poll):
		}
	}
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}
