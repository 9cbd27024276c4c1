package web

import (
	"bufio"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httptrace"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestPanicThenServesOn: a handler that panics, here because the clock it
// reads fails once, gives the generic 500 page over a real connection; the
// panic is logged, and the server, on the same connection, serves the next
// request as if nothing had happened.
func TestPanicThenServesOn(t *testing.T) {
	var calls atomic.Int32
	logs := &syncBuffer{}
	h := NewHandler(Config{Logger: slogTo(logs), Now: func() time.Time {
		if calls.Add(1) == 1 {
			panic("the clock broke: secret detail")
		}
		return testToday
	}})
	srv := httptest.NewServer(h)
	defer srv.Close()

	var reused []bool
	trace := &httptrace.ClientTrace{GotConn: func(c httptrace.GotConnInfo) { reused = append(reused, c.Reused) }}
	preview := func() (int, string) {
		t.Helper()
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/preview", strings.NewReader(validForm().Encode()))
		req = req.WithContext(httptrace.WithClientTrace(req.Context(), trace))
		req.Header.Set("Content-Type", formType)
		req.Header.Set("Accept-Language", "en")
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}

	status, body := preview()
	if status != http.StatusInternalServerError {
		t.Fatalf("status %d, want 500", status)
	}
	if !strings.Contains(body, "Something went wrong") {
		t.Error("not the 500 page")
	}
	for _, leak := range []string{"secret detail", "goroutine", ".go:"} {
		if strings.Contains(body, leak) {
			t.Errorf("the 500 page shows %q", leak)
		}
	}

	status, body = preview()
	if status != http.StatusOK || !strings.Contains(body, "Jonas Berg") {
		t.Fatalf("after the panic: status %d, want 200 and the letter", status)
	}
	if len(reused) != 2 || !reused[1] {
		t.Errorf("connection reuse %v: the connection of the panic should serve on", reused)
	}
	out := logs.String()
	if !strings.Contains(out, "secret detail") || !strings.Contains(out, "status=500") {
		t.Errorf("the panic was not logged:\n%s", out)
	}
}

// TestNothingIsWrittenToDisk: the app runs on a read-only file system. The
// largest multipart form it takes, a file in it, is held in memory: with no
// writable temporary directory, it is still answered.
func TestNothingIsWrittenToDisk(t *testing.T) {
	t.Setenv("TMPDIR", filepath.Join(t.TempDir(), "missing"))
	h, _ := newTestHandler(t)
	var body strings.Builder
	mw := multipart.NewWriter(&body)
	for k, vs := range validForm() {
		mw.WriteField(k, vs[0])
	}
	fw, _ := mw.CreateFormFile("attachment", "big.bin")
	fw.Write([]byte(strings.Repeat("x", maxBodyBytes-4<<10)))
	mw.Close()
	if body.Len() > maxBodyBytes {
		t.Fatalf("the body (%d bytes) is over the limit", body.Len())
	}
	for _, path := range []string{"/preview", "/download", "/edit"} {
		rec := send(t, h, http.MethodPost, path, mw.FormDataContentType(), body.String(), "nb")
		if rec.Code != http.StatusOK {
			t.Errorf("%s: status %d, want 200", path, rec.Code)
		}
	}
}

// TestClientThatLeavesIsNotAServerError: a client that sends a valid form
// and then closes its sending side (as an aborted fetch may) or the whole
// connection has gone away; that is no fault of the server. Over a real
// connection, it never gets a 500, and the log has no ERROR line.
func TestClientThatLeavesIsNotAServerError(t *testing.T) {
	h, logs := newTestHandler(t)
	srv := httptest.NewServer(h)
	body := validForm().Encode()
	// The server notices the closed side while it works, at a moment that
	// varies: a few rounds of each make a render that minds it fail.
	const rounds = 25
	for _, path := range []string{"/preview", "/edit"} {
		for _, leave := range []string{"half-close", "close"} {
			t.Run(path+" "+leave, func(t *testing.T) {
				for range rounds {
					conn, err := net.Dial("tcp", srv.Listener.Addr().String())
					if err != nil {
						t.Fatal(err)
					}
					fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: farvel\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s",
						path, formType, len(body), body)
					if leave == "close" {
						conn.Close()
						continue
					}
					conn.(*net.TCPConn).CloseWrite()
					resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
					if err == nil {
						io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
						if resp.StatusCode != http.StatusOK {
							t.Errorf("status %d after the client closed its side, want 200", resp.StatusCode)
						}
					}
					conn.Close()
				}
			})
		}
	}
	// A closed connection has no answer to wait for: wait for its log line.
	for deadline := time.Now().Add(10 * time.Second); strings.Count(logs.String(), "msg=request") < 4*rounds; {
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d requests logged", strings.Count(logs.String(), "msg=request"), 4*rounds)
		}
		time.Sleep(5 * time.Millisecond)
	}
	srv.Close()
	out := logs.String()
	if strings.Contains(out, "level=ERROR") || strings.Contains(out, "status=500") {
		t.Errorf("a client that left was logged as a server error:\n%s", out)
	}
}
