package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestValidForm(t *testing.T) {
	today := time.Date(2027, time.December, 15, 23, 0, 0, 0, time.UTC)
	f := validForm(today)
	if got := f.Get("departure_date"); got != "2028-02-13" {
		t.Errorf("departure_date %q, want today+60 days, 2028-02-13", got)
	}
	for _, k := range []string{"lang", "tone", "sender_name", "sender_title", "company", "client_name", "client_email",
		"replacement_name", "replacement_title", "replacement_email", "replacement_phone", "years", "same_industry",
		"new_employer", "phone_followup", "personal_note", "manager_ok"} {
		if f.Get(k) == "" {
			t.Errorf("field %s empty", k)
		}
	}
	if f.Get("lang") != "nb" {
		t.Errorf("lang %q, want nb", f.Get("lang"))
	}
}

func TestAllRoutes(t *testing.T) {
	rs := allRoutes(time.Now())
	want := []struct {
		name   string
		goal   float64
		format string
	}{{"GET /", 0.8, ""}, {"POST /preview", 0.6, ""}, {"POST /download", 0.7, "txt"}}
	if len(rs) != len(want) {
		t.Fatalf("%d routes, want %d", len(rs), len(want))
	}
	for i, w := range want {
		r := rs[i]
		if r.Name() != w.name || r.Goal != w.goal {
			t.Errorf("route %d: %s goal %v, want %s goal %v", i, r.Name(), r.Goal, w.name, w.goal)
		}
		if (r.Method == http.MethodGet) != (r.body() == nil) {
			t.Errorf("%s: body %q", r.Name(), r.body())
		}
		if r.Form != nil && r.Form.Get("format") != w.format {
			t.Errorf("%s: format %q, want %q", r.Name(), r.Form.Get("format"), w.format)
		}
	}
	if rs[1].Form.Get("format") != "" && rs[2].Form.Get("format") == "txt" {
		t.Error("the download's format leaked into the preview's form")
	}
}

func TestSelectRoutes(t *testing.T) {
	all := allRoutes(time.Now())
	tests := []struct {
		keys    string
		want    []string
		wantErr string
	}{
		{"home,preview,download", []string{"GET /", "POST /preview", "POST /download"}, ""},
		{"download, home", []string{"GET /", "POST /download"}, ""},
		{"preview,preview", []string{"POST /preview"}, ""},
		{"home,edit", nil, `unknown route "edit"`},
		{" , ", nil, "no route"},
	}
	for _, tt := range tests {
		got, err := selectRoutes(all, tt.keys)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("selectRoutes(%q): error %v, want %q", tt.keys, err, tt.wantErr)
			}
			continue
		}
		var names []string
		for _, r := range got {
			names = append(names, r.Name())
		}
		if err != nil || strings.Join(names, ",") != strings.Join(tt.want, ",") {
			t.Errorf("selectRoutes(%q) = %v, %v; want %v", tt.keys, names, err, tt.want)
		}
	}
}

func TestNewRequest(t *testing.T) {
	r := allRoutes(time.Now())[1]
	req, err := r.newRequest(context.Background(), "http://127.0.0.1:1", r.body())
	if err != nil {
		t.Fatal(err)
	}
	if req.Method != http.MethodPost || req.URL.String() != "http://127.0.0.1:1/preview" {
		t.Errorf("%s %s", req.Method, req.URL)
	}
	if req.Header.Get("Content-Type") != "application/x-www-form-urlencoded" || req.Header.Get("Sec-Fetch-Site") != "same-origin" {
		t.Errorf("headers %v", req.Header)
	}
	if req.Header.Get("Accept-Encoding") != "" {
		t.Error("Accept-Encoding set")
	}
	b, _ := io.ReadAll(req.Body)
	got, err := url.ParseQuery(string(b))
	if err != nil || got.Get("sender_name") != "Kari Nordmann" || req.ContentLength != int64(len(b)) {
		t.Errorf("body %q (length %d), %v", b, req.ContentLength, err)
	}
}

func TestBareHandler(t *testing.T) {
	caps := []captured{
		{Method: "GET", Path: "/", ContentType: "text/html; charset=utf-8", Chunked: true, Body: bytes.Repeat([]byte("<p>x</p>"), 1000)},
		{Method: "POST", Path: "/download", ContentType: "text/plain; charset=utf-8", ContentDisposition: `attachment; filename="a.txt"`, Body: []byte("Emne: hei\n")},
	}
	h, err := bareHandler(caps)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		method, path, body string
		status             int
		header             map[string]string
		wantBody           []byte
	}{
		{"GET", "/", "", 200, map[string]string{"Content-Type": "text/html; charset=utf-8", "Content-Length": "", "Content-Disposition": ""}, caps[0].Body},
		{"POST", "/download", "a=b", 200, map[string]string{"Content-Type": "text/plain; charset=utf-8", "Content-Length": "10", "Content-Disposition": `attachment; filename="a.txt"`}, caps[1].Body},
		{"GET", "/other", "", 404, nil, nil},
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.path, strings.NewReader(tt.body)))
		if rec.Code != tt.status {
			t.Errorf("%s %s: status %d, want %d", tt.method, tt.path, rec.Code, tt.status)
			continue
		}
		for k, v := range tt.header {
			if got := rec.Header().Get(k); got != v {
				t.Errorf("%s %s: %s %q, want %q", tt.method, tt.path, k, got, v)
			}
		}
		if tt.wantBody != nil && !bytes.Equal(rec.Body.Bytes(), tt.wantBody) {
			t.Errorf("%s %s: body of %d bytes, want %d", tt.method, tt.path, rec.Body.Len(), len(tt.wantBody))
		}
		set := 0
		for _, v := range tt.header {
			if v != "" {
				set++
			}
		}
		if tt.status == 200 && len(rec.Header()) != set {
			t.Errorf("%s %s: headers %v, want only %v", tt.method, tt.path, rec.Header(), tt.header)
		}
	}
	if _, err := bareHandler(append(caps, caps[0])); err == nil {
		t.Error("two answers for one path accepted")
	}
}

func TestModuleRoot(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "cmd", "loadcompare", "x")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "go.mod"), []byte("module example\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{root, deep, filepath.Join(root, "cmd")} {
		if got, err := moduleRoot(dir); err != nil || got != root {
			t.Errorf("moduleRoot(%s) = %q, %v; want %q", dir, got, err, root)
		}
	}
	if got, err := moduleRoot(string(filepath.Separator)); err == nil {
		t.Errorf("moduleRoot(/) = %q, want an error", got)
	}
}

func TestChildEnv(t *testing.T) {
	t.Setenv("FARVEL_RATE_LIMIT", "5")
	t.Setenv("PORT", "9999")
	t.Setenv("LOADCOMPARE_TEST_KEEP", "1")
	env := strings.Join(childEnv(), "\n") + "\n"
	if strings.Contains(env, "FARVEL_RATE_LIMIT") || strings.Contains(env, "\nPORT=") || strings.HasPrefix(env, "PORT=") {
		t.Errorf("Farvel's settings passed on")
	}
	if !strings.Contains(env, "LOADCOMPARE_TEST_KEEP=1\n") {
		t.Error("other variables dropped")
	}
}

func TestParseFlags(t *testing.T) {
	o, err := parseFlags(nil, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if o.concurrency != 32 || o.rounds != 3 || o.duration != 3*time.Second || o.warmup != time.Second || o.startupRuns != 5 || o.bareServe != "" {
		t.Errorf("defaults %+v", o)
	}
	// The default run stays under about two minutes of load.
	load := time.Duration(3*2) * (o.warmup + time.Duration(o.rounds)*o.duration)
	if load > 100*time.Second {
		t.Errorf("default load takes %s", load)
	}
	for _, bad := range [][]string{{"-concurrency", "0"}, {"-rounds", "0"}, {"-duration", "0s"}, {"-startup-runs", "0"}, {"extra"}} {
		if _, err := parseFlags(bad, io.Discard); err == nil {
			t.Errorf("%v accepted", bad)
		}
	}
	var usage strings.Builder
	parseFlags([]string{"-h"}, &usage)
	if strings.Contains(usage.String(), "bare-serve") || !strings.Contains(usage.String(), "-concurrency") {
		t.Errorf("usage:\n%s", usage.String())
	}
}

func TestPlural(t *testing.T) {
	for n, want := range map[int]string{0: "0 rounds", 1: "1 round", 3: "3 rounds"} {
		if got := plural(n, "round"); got != want {
			t.Errorf("plural(%d) = %q, want %q", n, got, want)
		}
	}
}
