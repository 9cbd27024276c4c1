package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	vegeta "github.com/tsenart/vegeta/v12/lib"
)

// TestCheck: only a 200 with exactly the captured bytes counts.
func TestCheck(t *testing.T) {
	c := &contender{srv: &server{base: "http://127.0.0.1:1"}, want: map[string][]byte{"POST /preview": []byte("<p>brev</p>")}}
	tests := []struct {
		name string
		res  vegeta.Result
		want string // in the problem; "" when the answer is right
	}{
		{"right", vegeta.Result{Method: "POST", URL: "http://127.0.0.1:1/preview", Code: 200, Body: []byte("<p>brev</p>")}, ""},
		{"another status", vegeta.Result{Method: "POST", URL: "http://127.0.0.1:1/preview", Code: 500, Error: "500 Internal Server Error"}, "status 500"},
		{"no answer", vegeta.Result{Method: "POST", URL: "http://127.0.0.1:1/preview", Error: "connection refused"}, "status 0"},
		{"a body cut short", vegeta.Result{Method: "POST", URL: "http://127.0.0.1:1/preview", Code: 200, Body: []byte("<p>brev")}, "7 bytes"},
		{"same length, other bytes", vegeta.Result{Method: "POST", URL: "http://127.0.0.1:1/preview", Code: 200, Body: []byte("<p>BREV</p>")}, "other than"},
		{"a request no answer was captured for", vegeta.Result{Method: "GET", URL: "http://127.0.0.1:1/preview", Code: 200, Body: []byte("<p>brev</p>")}, "other than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := check(&tt.res, c)
			switch {
			case tt.want == "" && got != "":
				t.Errorf("a right answer failed: %s", got)
			case tt.want != "" && !strings.Contains(got, tt.want):
				t.Errorf("problem %q, want one saying %q", got, tt.want)
			}
		})
	}
}

func TestBareHandlerReplaysTheAnswers(t *testing.T) {
	h := bareHandler([]answer{{Method: "POST", Path: "/download", Header: http.Header{
		"Content-Type":            {"text/plain; charset=utf-8"},
		"Content-Disposition":     {`attachment; filename="farvel.txt"`},
		"Content-Security-Policy": {"default-src 'none'"},
	}, Body: []byte("Emne: Ny kontakt\n")}})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/download", strings.NewReader("ignored")))
	if rec.Code != 200 || rec.Body.String() != "Emne: Ny kontakt\n" {
		t.Fatalf("got %d %q", rec.Code, rec.Body.String())
	}
	for k, want := range map[string]string{"Content-Type": "text/plain; charset=utf-8",
		"Content-Disposition": `attachment; filename="farvel.txt"`, "Content-Security-Policy": "default-src 'none'",
		"Content-Length": "17"} {
		if got := rec.Header().Get(k); got != want {
			t.Errorf("%s %q, want %q", k, got, want)
		}
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/download", nil))
	if rec.Code != http.StatusNotFound {
		t.Errorf("a request not captured: %d, want 404", rec.Code)
	}
}

func TestParseFlags(t *testing.T) {
	for _, args := range [][]string{{"-rounds", "0"}, {"-duration", "0s"}, {"-concurrency", "0"}, {"-warmup", "-1s"}, {"extra"}} {
		if _, err := parseFlags(args); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
	if o, err := parseFlags([]string{"-rounds", "1", "-duration", "500ms"}); err != nil || o.rounds != 1 {
		t.Errorf("valid flags: %+v, %v", o, err)
	}
}

// TestRatioIsOfRoundsSideBySide: a burst of other work that slows one
// round of one server moves that round's ratio, not the result.
func TestRatioIsOfRoundsSideBySide(t *testing.T) {
	tests := []struct {
		name          string
		first, second []float64
		want          float64
	}{
		{"steady", []float64{80, 80, 80}, []float64{100, 100, 100}, 0.8},
		{"a burst in each", []float64{80, 20, 80}, []float64{100, 100, 25}, 0.8},
		{"the machine slows down between rounds", []float64{80, 40, 20}, []float64{100, 50, 25}, 0.8},
		{"an even count", []float64{60, 100}, []float64{100, 100}, 0.8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tst := &test{tallies: []*tally{{rps: tt.first}, {rps: tt.second}}}
			if got, _ := ratio(tst, 1); got < tt.want-1e-9 || got > tt.want+1e-9 {
				t.Errorf("ratio %.3f, want %.3f", got, tt.want)
			}
		})
	}
}

// TestBuiltAsTheDockerfileBuilds: the binary under load is built with the
// Dockerfile's settings, so its figures are the deployed program's.
func TestBuiltAsTheDockerfileBuilds(t *testing.T) {
	raw, err := os.ReadFile("../../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	var build string
	for line := range strings.Lines(string(raw)) {
		if strings.HasPrefix(line, "RUN ") && strings.Contains(line, "go build") {
			build = line
		}
	}
	if build == "" {
		t.Fatal("the Dockerfile runs no go build")
	}
	for _, env := range buildEnv {
		if !strings.Contains(build, env+" ") {
			t.Errorf("the Dockerfile builds without %s: %s", env, build)
		}
	}
	// The Dockerfile quotes a flag's value: -ldflags="-s -w".
	var want []string
	for _, flag := range buildFlags {
		if name, value, ok := strings.Cut(flag, "="); ok {
			flag = name + `="` + value + `"`
		}
		want = append(want, flag)
	}
	_, flags, _ := strings.Cut(build, "go build ")
	flags, _, _ = strings.Cut(flags, " -o ")
	if flags != strings.Join(want, " ") {
		t.Errorf("the Dockerfile builds with %s, loadcompare with %s", flags, strings.Join(want, " "))
	}
}
