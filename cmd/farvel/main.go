// Command farvel serves the Farvel web app.
//
//	farvel [-addr :8080]
//
// The PORT environment variable sets the port when -addr is not given.
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
	"os"
	"os/signal"
	"syscall"
	"time"
	_ "time/tzdata" // "today" is Oslo's date, also where the system has no time zone database

	"github.com/farvel/farvel/web"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stderr, nil); err != nil {
		fmt.Fprintln(os.Stderr, "farvel:", err)
		os.Exit(1)
	}
}

// Timeouts of the HTTP server: a client gets a few seconds to send its
// headers and its form, and a slow reader cannot hold a connection for long.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 15 * time.Second
	writeTimeout      = 30 * time.Second
	idleTimeout       = 120 * time.Second
	maxHeaderBytes    = 16 << 10
	shutdownTimeout   = 20 * time.Second
)

// run serves until ctx is done, then shuts down gracefully: the listener
// closes at once and requests in flight get shutdownTimeout to finish. When
// ready is not nil, it receives the address once the server listens.
func run(ctx context.Context, args []string, getenv func(string) string, logOut io.Writer, ready chan<- string) error {
	fs := flag.NewFlagSet("farvel", flag.ContinueOnError)
	fs.SetOutput(logOut)
	defaultAddr := ":8080"
	if port := getenv("PORT"); port != "" {
		defaultAddr = ":" + port
	}
	addr := fs.String("addr", defaultAddr, "address to listen on (env PORT sets the port)")
	logFormat := fs.String("log", "text", "log format: text or json")
	if err := fs.Parse(args); err != nil {
		return err
	}

	var handler slog.Handler = slog.NewTextHandler(logOut, nil)
	if *logFormat == "json" {
		handler = slog.NewJSONHandler(logOut, nil)
	}
	logger := slog.New(handler)

	oslo, err := time.LoadLocation("Europe/Oslo")
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           web.NewHandler(web.Config{Logger: logger, Location: oslo}),
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(handler, slog.LevelWarn),
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	logger.Info("listening", "addr", ln.Addr().String())
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

	logger.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
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
