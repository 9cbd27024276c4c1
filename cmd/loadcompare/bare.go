package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// bareResponse is what the bare server answers on one path.
type bareResponse struct {
	header map[string][]string
	body   []byte
}

// bareHandler answers each captured path with its bytes and headers and
// nothing else: no middleware, no routing library, no reading of the body.
func bareHandler(caps []captured) (http.Handler, error) {
	byPath := map[string]*bareResponse{}
	for _, c := range caps {
		h := map[string][]string{"Content-Type": {c.ContentType}}
		if c.ContentDisposition != "" {
			h["Content-Disposition"] = []string{c.ContentDisposition}
		}
		if !c.Chunked {
			h["Content-Length"] = []string{strconv.Itoa(len(c.Body))}
		}
		if _, dup := byPath[c.Path]; dup {
			return nil, fmt.Errorf("two answers for %s", c.Path)
		}
		byPath[c.Path] = &bareResponse{header: h, body: c.Body}
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		resp := byPath[r.URL.Path]
		if resp == nil {
			http.NotFound(w, r)
			return
		}
		dst := w.Header()
		for k, v := range resp.header {
			dst[k] = v
		}
		w.WriteHeader(http.StatusOK)
		w.Write(resp.body)
	}), nil
}

// bareServe is the bare server's process: it reads the captured answers
// from file, listens on a free loopback port, writes the address as its
// first line on standard output and serves until its standard input
// closes (when the parent ends, however it ends).
func bareServe(file string) error {
	b, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	var caps []captured
	if err := json.Unmarshal(b, &caps); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	h, err := bareHandler(caps)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	go func() {
		io.Copy(io.Discard, os.Stdin)
		os.Exit(0)
	}()
	fmt.Println(ln.Addr().String())
	srv := &http.Server{Handler: h} // net/http's defaults: no timeouts
	return srv.Serve(ln)
}

// startBare runs this program's own binary as the bare server on the
// answers in file.
func startBare(ctx context.Context, file string) (*child, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(self, "-bare-serve", file)
	cmd.Env = childEnv()
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe() // kept open while this process lives
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	c, err := startChild("bare server", cmd)
	if err != nil {
		return nil, err
	}
	c.stdin = stdin
	line := make(chan string, 1)
	go func() {
		s, _ := bufio.NewReader(stdout).ReadString('\n')
		line <- strings.TrimSpace(s)
		io.Copy(io.Discard, stdout)
	}()
	select {
	case addr := <-line:
		if addr == "" {
			c.Stop()
			return nil, fmt.Errorf("bare server: no address (%v)", c.err)
		}
		c.Base = "http://" + addr
	case <-time.After(10 * time.Second):
		c.Stop()
		return nil, fmt.Errorf("bare server: no address within 10s")
	case <-ctx.Done():
		c.Stop()
		return nil, ctx.Err()
	}
	return c, nil
}
