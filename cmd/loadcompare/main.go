// Command loadcompare measures how close Farvel comes to the limit of the
// machine (issue 6). From the root of the repository:
//
//	go run ./cmd/loadcompare [-concurrency 32] [-rounds 3] [-duration 3s] [-warmup 1s] [-routes home,preview,download]
//
// It builds ./cmd/farvel, runs the binary as a child process on a free
// loopback port (with -rate-limit 0, since the default limit would refuse
// the load, and its request log to /dev/null), and captures its answers to
// GET /, POST /preview (a valid form) and POST /download (txt). A second
// child, this program with the hidden -bare-serve flag, is a bare net/http
// server that writes those same bytes with the same Content-Type (and
// Content-Disposition), and nothing else. For each route it warms up both
// servers, then alternates timed rounds farvel, bare, farvel, bare… under
// the same load: -concurrency keep-alive connections from a Go client in
// this process, without compression, each sending requests back to back.
//
// It prints, per route, each server's requests per second (the mean over
// the rounds, and min–max), the ratio farvel/bare against the goal of
// issue 6 (≥ 0.8 on GET /, ≥ 0.6 on POST /preview, ≥ 0.7 on POST
// /download, with no failed request), the failed requests, p50 and p99
// latency and each server's CPU time per request, as a plain table and as
// a Markdown table. Before the load it reports the binary's start-up time
// (exec to the first 200 from /healthz; median and max of -startup-runs)
// and its resident memory when idle, against the budgets of < 100 ms and
// < 20 MB, and after the load its peak resident memory.
//
// The default run takes about a minute (63 s on 2 cores). The load generator
// shares the machine's CPUs with the server it drives, so the figures are
// this machine's, under its load average (printed), not a server's alone.
// It exits 1 when any request failed (a transport error, a status other
// than 200 or a body of another length than the captured one) or the
// measurement could not be made, not when a ratio misses its goal; 130
// when interrupted. Child processes and temporary files are removed on
// every exit.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"
)

// options are the flags.
type options struct {
	concurrency int
	rounds      int
	duration    time.Duration
	warmup      time.Duration
	routes      string
	startupRuns int
	poll        time.Duration
	idleWait    time.Duration
	farvelLog   string
	timeout     time.Duration
	goCmd       string
	bin         string
	bareServe   string // hidden: be the bare server
}

func parseFlags(args []string, out io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("loadcompare", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.IntVar(&o.concurrency, "concurrency", 32, "concurrent keep-alive connections (workers) per server")
	fs.IntVar(&o.rounds, "rounds", 3, "timed rounds per server per route, alternating")
	fs.DurationVar(&o.duration, "duration", 3*time.Second, "length of a timed round")
	fs.DurationVar(&o.warmup, "warmup", time.Second, "warm-up of each server before a route's rounds")
	fs.StringVar(&o.routes, "routes", "home,preview,download", "routes to compare, comma-separated: home (GET /), preview (POST /preview), download (POST /download)")
	fs.IntVar(&o.startupRuns, "startup-runs", 5, "times the binary is started to time its start-up")
	fs.DurationVar(&o.poll, "poll", time.Millisecond, "how often /healthz is asked while the binary starts")
	fs.DurationVar(&o.idleWait, "idle-wait", time.Second, "time after ready before the idle resident memory is read")
	fs.StringVar(&o.farvelLog, "farvel-log", "json", "Farvel's -log format (json, as in production; text)")
	fs.DurationVar(&o.timeout, "timeout", 10*time.Second, "time one request may take before it counts as failed")
	fs.StringVar(&o.goCmd, "go", "", "the go command (its `path`) to build Farvel with (default: bin/go in the GOROOT that go env GOROOT names)")
	fs.StringVar(&o.bin, "bin", "", "a Farvel binary (its `path`) to measure instead of building ./cmd/farvel")
	fs.StringVar(&o.bareServe, "bare-serve", "", "")
	fs.Usage = func() {
		fmt.Fprintln(out, "usage: go run ./cmd/loadcompare [flags]   (from the repository's root)")
		fs.VisitAll(func(f *flag.Flag) {
			if f.Name == "bare-serve" {
				return // internal: the bare server's process
			}
			name, usage := flag.UnquoteUsage(f)
			fmt.Fprintf(out, "  -%s %s\n    \t%s", f.Name, name, usage)
			if f.DefValue != "" && f.DefValue != "0" {
				fmt.Fprintf(out, " (default %s)", f.DefValue)
			}
			fmt.Fprintln(out)
		})
	}
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	switch {
	case o.concurrency < 1:
		return o, fmt.Errorf("-concurrency %d: want 1 or more", o.concurrency)
	case o.rounds < 1:
		return o, fmt.Errorf("-rounds %d: want 1 or more", o.rounds)
	case o.duration <= 0:
		return o, fmt.Errorf("-duration %s: want a positive duration", o.duration)
	case o.warmup < 0:
		return o, fmt.Errorf("-warmup %s: want 0 or more", o.warmup)
	case o.startupRuns < 1:
		return o, fmt.Errorf("-startup-runs %d: want 1 or more", o.startupRuns)
	case o.poll <= 0 || o.idleWait < 0 || o.timeout <= 0:
		return o, errors.New("-poll and -timeout want a positive duration, -idle-wait 0 or more")
	}
	return o, nil
}

func main() {
	opts, err := parseFlags(os.Args[1:], os.Stderr)
	if errors.Is(err, flag.ErrHelp) {
		return
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadcompare:", err)
		os.Exit(2)
	}
	if opts.bareServe != "" {
		if err := bareServe(opts.bareServe); err != nil {
			fmt.Fprintln(os.Stderr, "loadcompare -bare-serve:", err)
			os.Exit(1)
		}
		return
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code, err := run(ctx, opts, os.Stdout, os.Stderr)
	interrupted := ctx.Err() != nil
	stop()
	switch {
	case interrupted:
		fmt.Fprintln(os.Stderr, "loadcompare: interrupted; the servers are stopped and the temporary files removed")
		os.Exit(130)
	case err != nil:
		fmt.Fprintln(os.Stderr, "loadcompare:", err)
		os.Exit(1)
	}
	os.Exit(code)
}

// run measures and reports; it returns 1 when a request failed. Every
// child it starts is stopped and every file it writes removed before it
// returns, whichever way it returns.
func run(ctx context.Context, o options, out, progress io.Writer) (int, error) {
	all, err := selectRoutes(allRoutes(time.Now()), o.routes)
	if err != nil {
		return 0, err
	}
	wd, err := os.Getwd()
	if err != nil {
		return 0, err
	}
	root, err := moduleRoot(wd)
	if err != nil {
		return 0, err
	}
	tmp, err := os.MkdirTemp("", "loadcompare-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(tmp)
	var children []*child
	defer func() {
		for _, c := range children {
			c.Stop()
		}
	}()
	logf := func(format string, args ...any) { fmt.Fprintf(progress, format+"\n", args...) }
	loadStart := loadavg()

	// The binary.
	bin := o.bin
	var buildTook time.Duration
	if bin == "" {
		goCmd := o.goCmd
		if goCmd == "" {
			if goCmd, err = goTool(ctx, root); err != nil {
				return 0, err
			}
		}
		logf("building ./cmd/farvel with %s …", goCmd)
		t0 := time.Now()
		if bin, err = buildFarvel(ctx, goCmd, root, tmp); err != nil {
			return 0, err
		}
		buildTook = time.Since(t0)
	}

	// Start-up, each time a fresh process.
	var st startupReport
	for i := range o.startupRuns {
		c, took, err := startFarvel(ctx, bin, o.farvelLog, o.poll)
		if err != nil {
			return 0, err
		}
		c.Stop()
		st.Startups = append(st.Startups, took)
		logf("start-up %d/%d: %s", i+1, o.startupRuns, fmtDur(took))
	}

	// The Farvel that takes the load: idle memory first, before any request.
	fv, _, err := startFarvel(ctx, bin, o.farvelLog, o.poll)
	if err != nil {
		return 0, err
	}
	children = append(children, fv)
	if err := sleep(ctx, o.idleWait); err != nil {
		return 0, err
	}
	st.IdleRSSKB, st.IdleKnown = procStatusKB(fv.Pid(), "VmRSS")
	anon, ok1 := procStatusKB(fv.Pid(), "RssAnon")
	file, ok2 := procStatusKB(fv.Pid(), "RssFile")
	st.IdleAnonKB, st.IdleFileKB, st.IdleSplitKnown = anon, file, ok1 && ok2

	// Farvel's answers, twice: the bare server repeats the first, and the
	// load counts a body of another length as a failure.
	setupClient := newLoadClient(1, o.timeout)
	var caps []captured
	var notes []string
	for _, r := range all {
		c, err := fetch(ctx, setupClient, fv.Base, r)
		if err != nil {
			return 0, fmt.Errorf("farvel %w", err)
		}
		again, err := fetch(ctx, setupClient, fv.Base, r)
		if err != nil {
			return 0, fmt.Errorf("farvel %w", err)
		}
		switch {
		case len(again.Body) != len(c.Body):
			return 0, fmt.Errorf("farvel: %s answered %d bytes, then %d: the body varies, so its length cannot tell a right answer", r.Name(), len(c.Body), len(again.Body))
		case !bytes.Equal(again.Body, c.Body):
			notes = append(notes, fmt.Sprintf("%s: the body differs between requests (same length)", r.Name()))
		}
		caps = append(caps, c)
	}
	capFile := filepath.Join(tmp, "answers.json")
	b, err := json.Marshal(caps)
	if err != nil {
		return 0, err
	}
	if err := os.WriteFile(capFile, b, 0o600); err != nil {
		return 0, err
	}

	bs, err := startBare(ctx, capFile)
	if err != nil {
		return 0, err
	}
	children = append(children, bs)
	// Both servers have read their files: remove them now, so that not
	// even a kill -9 of this process leaves them behind.
	os.RemoveAll(tmp)
	for i, r := range all { // the bare server must answer byte for byte the same
		c, err := fetch(ctx, setupClient, bs.Base, r)
		if err != nil {
			return 0, fmt.Errorf("bare server %w", err)
		}
		if !bytes.Equal(c.Body, caps[i].Body) || c.ContentType != caps[i].ContentType || c.ContentDisposition != caps[i].ContentDisposition {
			return 0, fmt.Errorf("bare server: %s answers differently from farvel", r.Name())
		}
	}

	// The load.
	targets := map[string]loadTarget{
		farvel: {Name: farvel, Base: fv.Base, Pid: fv.Pid(), Client: newLoadClient(o.concurrency, o.timeout)},
		bare:   {Name: bare, Base: bs.Base, Pid: bs.Pid(), Client: newLoadClient(o.concurrency, o.timeout)},
	}
	var results []routeResult
	for i, r := range all {
		want := int64(len(caps[i].Body))
		timed, warmErrs, err := alternate(o.rounds, func(s step) (roundResult, error) {
			d := o.duration
			if s.Warmup {
				d = o.warmup
			}
			if d == 0 {
				return roundResult{}, nil
			}
			res := runRound(ctx, targets[s.Server], r, want, o.concurrency, d)
			if err := ctx.Err(); err != nil {
				return res, err
			}
			what := "warm-up"
			if !s.Warmup {
				what = fmt.Sprintf("round %d/%d", s.Round, o.rounds)
			}
			logf("%-15s %-6s %-11s %6.0f req/s  %d errors", r.Name(), s.Server, what, res.RPS(), res.Errors)
			for _, e := range res.FirstErrs {
				logf("    %s", e)
			}
			return res, nil
		})
		if err != nil {
			return 0, err
		}
		results = append(results, routeResult{
			Name: r.Name(), Goal: r.Goal, BodyBytes: len(caps[i].Body),
			Farvel: summarize(timed[farvel], warmErrs[farvel]),
			Bare:   summarize(timed[bare], warmErrs[bare]),
		})
	}
	for _, t := range targets {
		t.Client.CloseIdleConnections()
	}
	st.PeakRSSKB, st.PeakKnown = procStatusKB(fv.Pid(), "VmHWM")
	st.AfterRSSKB, _ = procStatusKB(fv.Pid(), "VmRSS")
	if fv.Exited() || bs.Exited() {
		return 0, errors.New("a server ended during the load")
	}

	// The report.
	fmt.Fprintln(out, "loadcompare: Farvel against a bare net/http server writing the same bytes, over loopback")
	fmt.Fprintf(out, "farvel:  %s%s\n", describeSource(root, o.bin), builtIn(buildTook))
	fmt.Fprintf(out, "machine: %d CPUs (GOMAXPROCS %d), %s/%s; load average (1 5 15 min) %s at start, %s at end\n",
		runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.GOOS, runtime.GOARCH, loadStart, loadavg())
	fmt.Fprintf(out, "load:    %d keep-alive connections per server from one Go client in this process, sharing the CPUs;\n", o.concurrency)
	fmt.Fprintln(out, "         compression off (no Accept-Encoding is sent), so both servers send plain bytes")
	fmt.Fprintf(out, "rounds:  per route a %s warm-up of each server, then %s of %s each, alternating farvel, bare, …\n",
		o.warmup, plural(o.rounds, "round"), o.duration)
	fmt.Fprintf(out, "farvel runs with -rate-limit 0 (its default, 300 requests a minute per client, would refuse this load)\n")
	fmt.Fprintf(out, "         and -log %s, its request log to /dev/null; the bare server is net/http with no middleware\n", o.farvelLog)
	for _, n := range notes {
		fmt.Fprintln(out, "note:   ", n)
	}
	fmt.Fprintln(out)
	fmt.Fprint(out, startupLines(st, o.poll))
	fmt.Fprintln(out)
	fmt.Fprint(out, plainTables(results))
	fmt.Fprintln(out)
	fmt.Fprint(out, markdownTable(results))

	failed := 0
	for _, r := range results {
		failed += r.Errors()
		for _, e := range append(r.Farvel.FirstErrs, r.Bare.FirstErrs...) {
			fmt.Fprintln(out, "error:", e)
		}
	}
	if failed > 0 {
		fmt.Fprintf(out, "\n%d requests failed\n", failed)
		return 1, nil
	}
	return 0, nil
}

// describeSource says what was measured: the repository's commit, and
// whether the working tree had changes, or the binary given.
func describeSource(root, bin string) string {
	if bin != "" {
		return bin + " (given with -bin)"
	}
	s := root
	if rev, err := exec.Command("git", "-C", root, "rev-parse", "--short", "HEAD").Output(); err == nil {
		s += " at " + strings.TrimSpace(string(rev))
		if st, err := exec.Command("git", "-C", root, "status", "--porcelain").Output(); err == nil && len(bytes.TrimSpace(st)) > 0 {
			s += " with uncommitted changes"
		}
	}
	return s
}

func builtIn(d time.Duration) string {
	if d == 0 {
		return ""
	}
	return fmt.Sprintf(", built in %s", d.Round(100*time.Millisecond))
}

// plural writes n and noun, with an s unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
