// Command loadcompare puts Farvel under load beside its two baselines, on
// loopback, and reports how close it comes. From the repository's root:
//
//	go run ./cmd/loadcompare [-rounds 5] [-duration 1s] [-warmup 500ms] [-concurrency 32] [-startup-runs 5]
//
// The servers, each its own process:
//   - farvel: the real binary, built from ./cmd/farvel as the Dockerfile
//     builds it (static, stripped), run with -rate-limit 0
//     and its JSON request log to a file;
//   - floor: internal/floor, the same pages from the standard library alone,
//     the limit of this work on the POST routes;
//   - bare: net/http writing Farvel's captured answers — its headers and
//     bytes — and doing nothing else, the limit of serving them.
//
// floor and bare are this program again, started with -serve, with the
// garbage collector and the server's timeouts set as Farvel sets its own:
// the ratios are of the handlers, not of the settings.
//
// vegeta (github.com/tsenart/vegeta/v12) makes the load: -concurrency
// keep-alive connections, each sending its next request when the answer
// is read. Each test — GET /, POST /preview, POST /download, the three
// mixed, and POST /preview taking gzip — goes to each of its servers for
// -warmup, then -rounds rounds of -duration, alternating. An answer counts
// only when it is a 200 carrying exactly Farvel's bytes.
//
// It reports requests per second (the median round, and the range), p50 and p99 latency, failed requests and
// each server's CPU time per request; the ratios against the goals of
// issue 12; Farvel's start-up time and idle resident memory, and every
// server's peak. It exits 1 when a request failed, Farvel logged an ERROR
// or did not stop cleanly on SIGINT; 130 when interrupted.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"
	_ "time/tzdata" // the floor's "today" is Oslo's, as Farvel's

	"github.com/farvel/farvel/internal/sample"
	vegeta "github.com/tsenart/vegeta/v12/lib"
)

type options struct {
	concurrency      int
	rounds           int
	duration, warmup time.Duration
	startupRuns      int
	timeout          time.Duration
	bin              string
	serve            string // hidden: be the floor or the bare server
}

func parseFlags(args []string) (options, error) {
	var o options
	fs := flag.NewFlagSet("loadcompare", flag.ContinueOnError)
	fs.IntVar(&o.concurrency, "concurrency", 32, "keep-alive connections sending at once")
	fs.IntVar(&o.rounds, "rounds", 5, "timed rounds per server per test, alternating")
	fs.DurationVar(&o.duration, "duration", time.Second, "length of a round")
	fs.DurationVar(&o.warmup, "warmup", 500*time.Millisecond, "warm-up of each server before a test's rounds")
	fs.IntVar(&o.startupRuns, "startup-runs", 5, "fresh starts of Farvel to time its start-up")
	fs.DurationVar(&o.timeout, "timeout", 10*time.Second, "time a request may take before it counts as failed")
	fs.StringVar(&o.bin, "bin", "", "a Farvel binary (its `path`) to measure instead of building ./cmd/farvel")
	fs.StringVar(&o.serve, "serve", "", "internal: serve as the floor or the bare server")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	switch {
	case fs.NArg() > 0:
		return o, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	case o.concurrency < 1 || o.rounds < 1 || o.startupRuns < 1:
		return o, errors.New("-concurrency, -rounds and -startup-runs want 1 or more")
	case o.duration <= 0 || o.warmup < 0 || o.timeout <= 0:
		return o, errors.New("-duration and -timeout want a positive duration, -warmup 0 or more")
	}
	return o, nil
}

func main() {
	o, err := parseFlags(os.Args[1:])
	if errors.Is(err, flag.ErrHelp) {
		return
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadcompare:", err)
		os.Exit(2)
	}
	if o.serve != "" {
		if err := serve(o.serve); err != nil {
			fmt.Fprintln(os.Stderr, "loadcompare -serve:", err)
			os.Exit(1)
		}
		return
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	failed, err := run(ctx, o, os.Stdout)
	interrupted := ctx.Err() != nil
	stop()
	switch {
	case interrupted:
		fmt.Fprintln(os.Stderr, "loadcompare: interrupted; the servers are stopped")
		os.Exit(130)
	case err != nil:
		fmt.Fprintln(os.Stderr, "loadcompare:", err)
		os.Exit(1)
	case failed:
		os.Exit(1)
	}
}

// answer is Farvel's answer to one request: the others must give it too.
// Header is every header Farvel sent but Date and Content-Length, which
// net/http writes itself.
type answer struct {
	Method, Path string
	Header       http.Header
	Body         []byte
}

func (a answer) contentType() string        { return a.Header.Get("Content-Type") }
func (a answer) contentDisposition() string { return a.Header.Get("Content-Disposition") }

// request is one request the load sends, always the same.
type request struct {
	method, path string
	form         url.Values // nil for a GET
}

func (r request) key() string { return r.method + " " + r.path }

func (r request) target(base string, header http.Header) vegeta.Target {
	h := http.Header{"Sec-Fetch-Site": {"same-origin"}} // as from Farvel's own page
	if r.form != nil {
		h.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	for k, v := range header {
		h[k] = v
	}
	var body []byte
	if r.form != nil {
		body = []byte(r.form.Encode())
	}
	return vegeta.Target{Method: r.method, URL: base + r.path, Body: body, Header: h}
}

// contender is a server as a test sends to it.
type contender struct {
	label  string
	srv    *server
	client *http.Client
	header http.Header       // Accept-Encoding, when the test asks for one
	want   map[string][]byte // request key → the body it must get
}

// test is a set of requests, sent round robin to each contender; the
// first contender is the one the ratios are of.
type test struct {
	name, md   string // md: the name in the Markdown table
	requests   []request
	contenders []*contender
	goals      map[string]float64 // contender label → least ratio
	tallies    []*tally
}

type tally struct {
	rps         []float64
	ok, failed  int
	cpu         time.Duration
	cpuKnown    bool
	latencies   vegeta.Metrics
	firstErrors []string
}

// medianRPS is the middle round's throughput: a burst of other work on a
// shared machine moves one round, not the median.
func (t *tally) medianRPS() float64 { return median(t.rps) }

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(v))
	if n := len(s); n%2 == 0 {
		return (s[n/2-1] + s[n/2]) / 2
	}
	return s[len(s)/2]
}

func (t *tally) cpuPerRequest() time.Duration {
	if !t.cpuKnown || t.ok == 0 {
		return 0
	}
	return t.cpu / time.Duration(t.ok)
}

// run measures and reports, and tells whether anything failed. Every
// process it starts is ended, and its files removed, whichever way it
// returns.
func run(ctx context.Context, o options, out io.Writer) (failed bool, err error) {
	root, err := moduleRoot()
	if err != nil {
		return false, err
	}
	tmp, err := os.MkdirTemp("", "loadcompare-")
	if err != nil {
		return false, err
	}
	defer os.RemoveAll(tmp)
	var servers []*server
	defer func() {
		for _, s := range servers {
			s.kill()
		}
	}()
	loadStart := loadavg()
	bin := o.bin
	if bin == "" {
		fmt.Fprintln(os.Stderr, "building ./cmd/farvel …")
		if bin, err = buildFarvel(ctx, root, tmp); err != nil {
			return false, err
		}
	}

	var startups []time.Duration
	for range o.startupRuns {
		s, took, err := startFarvel(ctx, bin, nil)
		if err != nil {
			return false, err
		}
		s.kill()
		startups = append(startups, took)
	}

	logFile, err := os.Create(filepath.Join(tmp, "farvel.log"))
	if err != nil {
		return false, err
	}
	defer logFile.Close()
	farvel, _, err := startFarvel(ctx, bin, logFile)
	if err != nil {
		return false, err
	}
	servers = append(servers, farvel)
	time.Sleep(time.Second) // settle before the idle memory is read
	idleKB, idleKnown := procStatusKB(farvel.pid(), "VmRSS")
	// Of that figure, the pages mapped from files (the program's code and
	// data, libc) are shared and can be read back from disk at any time;
	// the anonymous ones are the process's own.
	anonKB, anonKnown := procStatusKB(farvel.pid(), "RssAnon")
	fileKB, fileKnown := procStatusKB(farvel.pid(), "RssFile")

	lastDay := time.Now().AddDate(0, 0, 60) // no short-notice reminder
	download := sample.Form(lastDay)
	download.Set("format", "txt")
	home, preview, dl := request{"GET", "/", nil}, request{"POST", "/preview", sample.Form(lastDay)}, request{"POST", "/download", download}
	setup := newClient(1, o.timeout)
	plain := map[string][]byte{}
	var answers []answer
	for _, r := range []request{home, preview, dl} {
		a, err := fetch(ctx, setup, farvel.base, r, nil)
		if err != nil {
			return false, fmt.Errorf("farvel: %w", err)
		}
		if again, err := fetch(ctx, setup, farvel.base, r, nil); err != nil || !bytes.Equal(again.Body, a.Body) {
			return false, fmt.Errorf("farvel: %s answers differently each time (%v), so no answer can be checked", r.key(), err)
		}
		answers = append(answers, a)
		plain[r.key()] = a.Body
	}
	gzipped := http.Header{"Accept-Encoding": {"gzip"}}
	gz, err := fetch(ctx, setup, farvel.base, preview, gzipped)
	if err != nil {
		return false, fmt.Errorf("farvel: %w", err)
	}

	baselines := map[string]*server{}
	for _, name := range []string{"floor", "bare"} {
		s, err := startBaseline(ctx, name, answers)
		if s != nil {
			servers = append(servers, s)
		}
		if err != nil {
			return false, err
		}
		for i, r := range []request{home, preview, dl} {
			a := answers[i]
			got, err := fetch(ctx, setup, s.base, r, nil)
			if err != nil || !bytes.Equal(got.Body, a.Body) || got.contentType() != a.contentType() || got.contentDisposition() != a.contentDisposition() {
				return false, fmt.Errorf("%s does not answer %s as Farvel does (%v)", name, r.key(), err)
			}
		}
		baselines[name] = s
	}

	contenders := func(extra ...*contender) []*contender {
		list := []*contender{{label: "farvel", srv: farvel, want: plain}}
		list = append(list, extra...)
		for _, c := range list {
			c.client = newClient(o.concurrency, o.timeout)
		}
		return list
	}
	base := func() []*contender {
		return contenders(&contender{label: "floor", srv: baselines["floor"], want: plain},
			&contender{label: "bare", srv: baselines["bare"], want: plain})
	}
	gzipTest := contenders(&contender{label: "farvel", srv: farvel, want: plain})
	gzipTest[0].label, gzipTest[0].header, gzipTest[0].want = "farvel, gzip", gzipped, map[string][]byte{preview.key(): gz.Body}
	tests := []*test{
		{name: "GET /", md: "`GET /`", requests: []request{home}, contenders: base(), goals: map[string]float64{"bare": 0.9}},
		{name: "POST /preview", md: "`POST /preview`", requests: []request{preview}, contenders: base(), goals: map[string]float64{"floor": 0.8}},
		{name: "POST /download", md: "`POST /download`", requests: []request{dl}, contenders: base(), goals: map[string]float64{"floor": 0.7}},
		{name: "mix of the three", md: "the three, mixed", requests: []request{home, preview, dl}, contenders: base()},
		{name: "POST /preview, gzip", md: "`POST /preview`, gzip", requests: []request{preview}, contenders: gzipTest},
	}

	for _, t := range tests {
		for range t.contenders {
			t.tallies = append(t.tallies, &tally{})
		}
		for i, c := range t.contenders { // warm-up: failures count, figures do not
			var w tally
			attack(ctx, c, t.requests, o.concurrency, o.warmup, &w)
			t.tallies[i].failed += w.failed
			t.tallies[i].firstErrors = w.firstErrors
		}
		for round := range o.rounds {
			for j := range t.contenders {
				i := (j + round) % len(t.contenders) // each goes first in turn
				attack(ctx, t.contenders[i], t.requests, o.concurrency, o.duration, t.tallies[i])
				fmt.Fprintf(os.Stderr, "%-20s %-13s round %d/%d %6.0f req/s, %d failed\n", t.name, t.contenders[i].label,
					round+1, o.rounds, t.tallies[i].rps[len(t.tallies[i].rps)-1], t.tallies[i].failed)
			}
		}
		for _, c := range t.contenders {
			c.client.CloseIdleConnections()
		}
		if err := ctx.Err(); err != nil {
			return false, err
		}
	}

	peaks := map[string]string{}
	for _, s := range servers {
		if kb, ok := procStatusKB(s.pid(), "VmHWM"); ok {
			peaks[s.name] = mib(kb)
		}
	}
	stopErr := farvel.interrupt(30 * time.Second)
	logged, _ := os.ReadFile(logFile.Name())
	errorLines := bytes.Count(logged, []byte(`"level":"ERROR"`))

	fmt.Fprintln(out, "loadcompare: Farvel beside the floor (internal/floor) and a bare net/http server, over loopback")
	fmt.Fprintf(out, "machine: %d CPUs, %s/%s, load average %s at start, %s at end; the load generator shares them\n",
		runtime.NumCPU(), runtime.GOOS, runtime.GOARCH, loadStart, loadavg())
	fmt.Fprintf(out, "load:    vegeta, %d keep-alive connections; a %s warm-up, then %d rounds of %s per server per test, alternating\n\n",
		o.concurrency, o.warmup, o.rounds, o.duration)
	fmt.Fprint(out, report(tests))
	fmt.Fprintln(out)
	slices.Sort(startups)
	fmt.Fprintf(out, "start-up (exec to the first 200 from /healthz, %d runs): median %s, at most %s (budget 100ms)\n",
		len(startups), ms(startups[len(startups)/2]), ms(startups[len(startups)-1]))
	if idleKnown {
		fmt.Fprintf(out, "idle resident memory: %s (budget 20 MB)", mib(idleKB))
		if anonKnown && fileKnown {
			fmt.Fprintf(out, ": %s of its own, %s mapped from its files", mib(anonKB), mib(fileKB))
		}
		fmt.Fprintln(out)
	}
	fmt.Fprintf(out, "peak resident memory: farvel %s, floor %s, bare %s\n", peaks["farvel"], peaks["floor"], peaks["bare"])
	fmt.Fprintln(out)
	fmt.Fprint(out, markdown(tests))

	for _, t := range tests {
		for i, tl := range t.tallies {
			if tl.failed > 0 {
				failed = true
				fmt.Fprintf(out, "FAILED: %s, %s: %d requests, first: %s\n", t.name, t.contenders[i].label, tl.failed, strings.Join(tl.firstErrors, "; "))
			}
		}
	}
	if errorLines > 0 {
		failed = true
		fmt.Fprintf(out, "FAILED: farvel logged %d ERROR lines\n", errorLines)
	}
	if stopErr != nil {
		failed = true
		fmt.Fprintf(out, "FAILED: farvel on SIGINT: %v\n", stopErr)
	}
	return failed, nil
}

// attack sends reqs round robin to c for d and adds what came back to t.
func attack(ctx context.Context, c *contender, reqs []request, conc int, d time.Duration, t *tally) {
	if d == 0 {
		return
	}
	targets := make([]vegeta.Target, len(reqs))
	for i, r := range reqs {
		targets[i] = r.target(c.srv.base, c.header)
	}
	atk := vegeta.NewAttacker(vegeta.Client(c.client), vegeta.Workers(uint64(conc)), vegeta.MaxWorkers(uint64(conc)))
	defer context.AfterFunc(ctx, func() { atk.Stop() })()
	cpu0, ok0 := procCPU(c.srv.pid())
	start := time.Now()
	ok := 0
	for res := range atk.Attack(vegeta.NewStaticTargeter(targets...), vegeta.Rate{}, d, c.label) {
		if problem := check(res, c); problem != "" {
			t.failed++
			if len(t.firstErrors) < 3 {
				t.firstErrors = append(t.firstErrors, problem)
			}
			continue
		}
		ok++
		t.latencies.Add(res)
	}
	t.rps = append(t.rps, float64(ok)/time.Since(start).Seconds())
	t.ok += ok
	cpu1, ok1 := procCPU(c.srv.pid())
	t.cpu += cpu1 - cpu0
	t.cpuKnown = ok0 && ok1
}

// check says what is wrong with an answer, or "" when it is right: a 200
// with exactly the bytes Farvel gave.
func check(res *vegeta.Result, c *contender) string {
	key := res.Method + " " + strings.TrimPrefix(res.URL, c.srv.base)
	want := c.want[key]
	switch {
	case res.Code != http.StatusOK:
		return fmt.Sprintf("%s: status %d %s", key, res.Code, res.Error)
	case res.Error != "":
		return key + ": " + res.Error
	case !bytes.Equal(res.Body, want):
		return fmt.Sprintf("%s: a body of %d bytes other than the %d expected", key, len(res.Body), len(want))
	}
	return ""
}

// newClient keeps n connections alive and asks for no compression itself,
// so a body comes as the server sent it.
func newClient(n int, timeout time.Duration) *http.Client {
	return &http.Client{Timeout: timeout, Transport: &http.Transport{
		MaxIdleConnsPerHost: n, MaxConnsPerHost: n, IdleConnTimeout: time.Minute, DisableCompression: true,
	}}
}

// fetch sends r once and gives its answer, which must be a 200 in the
// encoding header asks for (none by default).
func fetch(ctx context.Context, client *http.Client, base string, r request, header http.Header) (answer, error) {
	tgt := r.target(base, header)
	req, err := tgt.Request()
	if err != nil {
		return answer{}, err
	}
	resp, err := client.Do(req.WithContext(ctx))
	if err != nil {
		return answer{}, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return answer{}, err
	}
	if resp.StatusCode != http.StatusOK {
		return answer{}, fmt.Errorf("%s: status %d", r.key(), resp.StatusCode)
	}
	if got, want := resp.Header.Get("Content-Encoding"), header.Get("Accept-Encoding"); got != want {
		return answer{}, fmt.Errorf("%s: Content-Encoding %q, want %q", r.key(), got, want)
	}
	sent := resp.Header.Clone()
	sent.Del("Date")
	sent.Del("Content-Length")
	return answer{Method: r.method, Path: r.path, Header: sent, Body: body}, nil
}

// moduleRoot walks up from the working directory to the folder of go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("no go.mod in %s or above: run from inside the Farvel repository", dir)
		}
	}
}

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(b)); err == nil && len(f) >= 3 {
		return strings.Join(f[:3], " ")
	}
	return "unknown"
}
