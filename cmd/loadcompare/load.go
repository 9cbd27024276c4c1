package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"
)

// newLoadClient is the load generator's client for one server: n
// keep-alive connections, no compression (so no Accept-Encoding is sent
// and both servers send plain bytes).
func newLoadClient(n int, timeout time.Duration) *http.Client {
	return &http.Client{
		Timeout: timeout,
		Transport: &http.Transport{
			MaxIdleConns:        n,
			MaxIdleConnsPerHost: n,
			IdleConnTimeout:     10 * time.Minute,
			DisableCompression:  true,
		},
	}
}

// loadTarget is one server as the load generator sees it.
type loadTarget struct {
	Name   string
	Base   string
	Pid    int
	Client *http.Client
}

// runRound has conc workers send r to t back to back for d, each request
// as soon as the previous answer is read, and counts the answers: a 200
// with a body of wantLen bytes is OK, anything else an error.
func runRound(ctx context.Context, t loadTarget, r route, wantLen int64, conc int, d time.Duration) roundResult {
	body := r.body()
	type workerResult struct {
		ok, errs  int
		latencies []time.Duration
		firstErrs []string
	}
	results := make([]workerResult, conc)
	cpuBefore, cpuOK1 := procCPU(t.Pid)
	start := time.Now()
	deadline := start.Add(d)
	var wg sync.WaitGroup
	for i := range conc {
		wg.Go(func() {
			w := &results[i]
			w.latencies = make([]time.Duration, 0, 4096)
			fail := func(format string, args ...any) {
				w.errs++
				if len(w.firstErrs) < 2 {
					w.firstErrs = append(w.firstErrs, fmt.Sprintf(format, args...))
				}
			}
			for ctx.Err() == nil && time.Now().Before(deadline) {
				req, err := r.newRequest(ctx, t.Base, body)
				if err != nil {
					fail("%v", err)
					return
				}
				t0 := time.Now()
				resp, err := t.Client.Do(req)
				if err != nil {
					if ctx.Err() == nil {
						fail("%v", err)
						time.Sleep(time.Millisecond) // a dead server refuses fast: do not spin
					}
					continue
				}
				n, err := io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				lat := time.Since(t0)
				switch {
				case err != nil:
					fail("reading the body: %v", err)
				case resp.StatusCode != http.StatusOK:
					fail("status %d", resp.StatusCode)
				case n != wantLen:
					fail("body of %d bytes, want %d", n, wantLen)
				default:
					w.ok++
					w.latencies = append(w.latencies, lat)
				}
			}
		})
	}
	wg.Wait()
	res := roundResult{Server: t.Name, Elapsed: time.Since(start)}
	cpuAfter, cpuOK2 := procCPU(t.Pid)
	res.ServerCPU, res.CPUKnown = cpuAfter-cpuBefore, cpuOK1 && cpuOK2
	n := 0
	for _, w := range results {
		n += len(w.latencies)
	}
	res.Latencies = make([]time.Duration, 0, n)
	for _, w := range results {
		res.OK += w.ok
		res.Errors += w.errs
		res.Latencies = append(res.Latencies, w.latencies...)
		for _, e := range w.firstErrs {
			if len(res.FirstErrs) < 5 {
				res.FirstErrs = append(res.FirstErrs, e)
			}
		}
	}
	return res
}
