// Command farvel serves the Farvel web app.
//
//	farvel [-addr :8080] [-log text|json] [-rate-limit 300] [-trusted-proxy CIDR,…] [-drain-delay 0s] …
//
// Every flag can also be set in the environment as FARVEL_ and its name in
// capitals, with _ for -: FARVEL_RATE_LIMIT=600. A flag on the command line
// wins. PORT sets the port when neither -addr nor FARVEL_ADDR is given.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
	_ "time/tzdata" // "today" is Oslo's date, also where the system has no time zone database

	"github.com/farvel/farvel/internal/logbuf"
	"github.com/farvel/farvel/web"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-signals
		signal.Stop(signals) // first, so that a second signal ends the process at once
		cancel()
	}()
	// The request log is written out in batches: a request never waits on
	// a write to stderr.
	logs := logbuf.New(os.Stderr, logFlushInterval)
	err := run(ctx, os.Args[1:], os.Getenv, logs, nil)
	logs.Close()
	if errors.Is(err, flag.ErrHelp) {
		return // -h: the usage is written
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "farvel:", err)
		os.Exit(1)
	}
}

// Farvel's live heap is a few MiB and every request makes tens of KiB of
// short-lived garbage, so with the default GOGC of 100 the collector runs
// every few hundred requests and takes a fifth of the CPU. Letting the heap
// grow to five times the live data, under a soft ceiling well inside the
// container's memory limit, cuts that to a few percent. The ceiling is
// low enough that a ZIP of a thousand PDFs (10 MiB of garbage each) peaks
// within a few MiB of one of ten: past it the collector simply runs more
// often. GOGC and GOMEMLIMIT in the environment still win.
const (
	gcPercent   = 400
	memoryLimit = 48 << 20
)

func tuneGC(getenv func(string) string) {
	if getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}

// logFlushInterval is the longest a log line waits in memory.
const logFlushInterval = 100 * time.Millisecond

// maxHeaderBytes bounds a request's headers.
const maxHeaderBytes = 16 << 10

// config is what run reads from its flags and the environment.
type config struct {
	addr      string
	logFormat string

	rateLimit      int
	rateWindow     time.Duration
	trustedProxies prefixList

	// A client gets a few seconds to send its headers and its form, and a
	// slow reader cannot hold a connection for long.
	readHeaderTimeout time.Duration
	readTimeout       time.Duration
	writeTimeout      time.Duration
	idleTimeout       time.Duration

	// On SIGTERM, /readyz turns 503 at once; the server goes on serving for
	// drainDelay, so load balancers notice, then stops taking connections
	// and gives requests in flight shutdownTimeout to finish.
	drainDelay      time.Duration
	shutdownTimeout time.Duration
}

// parseConfig reads the flags in args over the FARVEL_* variables of the
// environment over the defaults.
func parseConfig(args []string, getenv func(string) string, out io.Writer) (config, error) {
	var c config
	fs := flagSet(&c, getenv, out)

	var envErr error
	fs.VisitAll(func(f *flag.Flag) {
		name := envName(f.Name)
		if v := getenv(name); v != "" && envErr == nil {
			if err := f.Value.Set(v); err != nil {
				envErr = fmt.Errorf("%s=%q: %w", name, v, err)
			}
		}
	})
	if envErr != nil {
		return c, envErr
	}
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	return c, c.check()
}

// flagSet defines the flags, with their defaults, into c.
func flagSet(c *config, getenv func(string) string, out io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("farvel", flag.ContinueOnError)
	fs.SetOutput(out)
	defaultAddr := ":8080"
	if port := getenv("PORT"); port != "" {
		defaultAddr = ":" + port
	}
	fs.StringVar(&c.addr, "addr", defaultAddr, "address to listen on (env PORT sets the port)")
	fs.StringVar(&c.logFormat, "log", "text", "log format: text or json")
	fs.IntVar(&c.rateLimit, "rate-limit", 300, "requests one client may send per -rate-window; 0 turns limiting off")
	fs.DurationVar(&c.rateWindow, "rate-window", time.Minute, "the window of -rate-limit")
	fs.Var(&c.trustedProxies, "trusted-proxy", "comma-separated `CIDRs` (or addresses) of proxies whose X-Forwarded-For names the client")
	fs.DurationVar(&c.readHeaderTimeout, "read-header-timeout", 5*time.Second, "time a client has to send its request headers")
	fs.DurationVar(&c.readTimeout, "read-timeout", 15*time.Second, "time a client has to send its whole request")
	fs.DurationVar(&c.writeTimeout, "write-timeout", 30*time.Second, "time to answer a request")
	fs.DurationVar(&c.idleTimeout, "idle-timeout", 120*time.Second, "time an idle keep-alive connection is kept")
	fs.DurationVar(&c.drainDelay, "drain-delay", 0, "on shutdown, time to go on serving with /readyz at 503 before closing the listener")
	fs.DurationVar(&c.shutdownTimeout, "shutdown-timeout", 20*time.Second, "on shutdown, time requests in flight get to finish")
	return fs
}

// envName is the environment variable of a flag: rate-limit → FARVEL_RATE_LIMIT.
func envName(flagName string) string {
	return "FARVEL_" + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

func (c config) check() error {
	switch {
	case c.logFormat != "text" && c.logFormat != "json":
		return fmt.Errorf("-log %q: want text or json", c.logFormat)
	case c.rateLimit < 0:
		return fmt.Errorf("-rate-limit %d: want 0 (off) or more", c.rateLimit)
	case c.rateWindow <= 0:
		return fmt.Errorf("-rate-window %s: want a positive duration", c.rateWindow)
	case c.drainDelay < 0:
		return fmt.Errorf("-drain-delay %s: want 0 or more", c.drainDelay)
	}
	for name, d := range map[string]time.Duration{
		"read-header-timeout": c.readHeaderTimeout, "read-timeout": c.readTimeout, "write-timeout": c.writeTimeout,
		"idle-timeout": c.idleTimeout, "shutdown-timeout": c.shutdownTimeout,
	} {
		if d <= 0 {
			return fmt.Errorf("-%s %s: want a positive duration", name, d)
		}
	}
	return nil
}

// prefixList is a flag of comma-separated CIDRs; a bare address is its own
// /32 or /128.
type prefixList []netip.Prefix

func (p *prefixList) String() string {
	if p == nil {
		return ""
	}
	s := make([]string, len(*p))
	for i, prefix := range *p {
		s[i] = prefix.String()
	}
	return strings.Join(s, ",")
}

func (p *prefixList) Set(v string) error {
	var out prefixList
	for part := range strings.SplitSeq(v, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if !strings.Contains(part, "/") {
			addr, err := netip.ParseAddr(part)
			if err != nil {
				return fmt.Errorf("%q is not an address or CIDR", part)
			}
			out = append(out, netip.PrefixFrom(addr.Unmap(), addr.Unmap().BitLen()))
			continue
		}
		prefix, err := netip.ParsePrefix(part)
		if err != nil {
			return fmt.Errorf("%q is not an address or CIDR", part)
		}
		out = append(out, prefix.Masked())
	}
	*p = out
	return nil
}

// run serves until ctx is done, then shuts down gracefully: /readyz turns
// 503, the server serves on for the drain delay, then the listener closes
// and requests in flight get the shutdown timeout to finish. When ready is
// not nil, it receives the address once the server listens.
func run(ctx context.Context, args []string, getenv func(string) string, logOut io.Writer, ready chan<- string) error {
	cfg, err := parseConfig(args, getenv, logOut)
	if err != nil {
		return err
	}

	var handler slog.Handler = slog.NewTextHandler(logOut, nil)
	if cfg.logFormat == "json" {
		handler = slog.NewJSONHandler(logOut, nil)
	}
	logger := slog.New(handler)

	oslo, err := time.LoadLocation("Europe/Oslo")
	if err != nil {
		return err
	}
	var draining atomic.Bool
	appHandler := web.NewHandler(web.Config{
		Logger:         logger,
		Location:       oslo,
		RateLimit:      cfg.rateLimit,
		RateWindow:     cfg.rateWindow,
		TrustedProxies: cfg.trustedProxies,
		Ready:          func() bool { return !draining.Load() },
	})
	tuneGC(getenv)
	// Start-up compressed the assets and the empty forms with writers that
	// hold megabytes of tables; give that memory back before idling. (The
	// writers are pooled: the first collection only sets them aside.)
	runtime.GC()
	debug.FreeOSMemory()
	srv := &http.Server{
		Handler:           appHandler,
		ReadHeaderTimeout: cfg.readHeaderTimeout,
		ReadTimeout:       cfg.readTimeout,
		WriteTimeout:      cfg.writeTimeout,
		IdleTimeout:       cfg.idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(handler, slog.LevelWarn),
	}
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return err
	}
	logger.Info("listening", "addr", ln.Addr().String(),
		"rate_limit", cfg.rateLimit, "rate_window", cfg.rateWindow, "trusted_proxies", cfg.trustedProxies.String())
	if ready != nil {
		ready <- ln.Addr().String()
	}

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}

	draining.Store(true)
	if cfg.drainDelay > 0 {
		logger.Info("draining", "delay", cfg.drainDelay)
		srv.SetKeepAlivesEnabled(false) // clients reconnect, to another copy
		select {
		case <-time.After(cfg.drainDelay):
		case err := <-served:
			return err
		}
	}

	logger.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), cfg.shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	logger.Info("stopped")
	return nil
}
