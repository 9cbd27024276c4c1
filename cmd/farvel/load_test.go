//go:build load

package main

// The load test runs the real program (this test binary, in main) and
// drives it over loopback with many concurrent clients sending a mix of
// requests. It is not part of the default test run:
//
//	go test ./cmd/farvel -run TestLoad -tags load -v [-load.requests 20000] [-load.workers 64]
//
// It fails if any request fails or gets an answer it should not, and
// reports the requests, their latency percentiles, the throughput and the
// server's peak memory.

import (
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/farvel/farvel/internal/sample"
)

var (
	loadRequests = flag.Int("load.requests", 20000, "requests the load test sends")
	loadWorkers  = flag.Int("load.workers", 64, "concurrent clients of the load test")
)

// loadCase is one kind of request in the mix, with the answer it must get.
type loadCase struct {
	name   string
	weight int
	do     func(c *http.Client, base string, i int) error
}

func TestLoad(t *testing.T) {
	cmd, addr, logs, exited := startBinary(t, "-addr", "127.0.0.1:0", "-log", "json", "-rate-limit", "100000000")
	base := "http://" + addr

	client := &http.Client{
		Timeout: 30 * time.Second,
		Transport: &http.Transport{
			MaxIdleConns:        *loadWorkers,
			MaxIdleConnsPerHost: *loadWorkers,
			IdleConnTimeout:     time.Minute,
		},
	}
	css := stylesheet(t, client, base)
	cases := loadMix(css)
	var schedule []*loadCase
	for i := range cases {
		for range cases[i].weight {
			schedule = append(schedule, &cases[i])
		}
	}

	var (
		next      atomic.Int64
		mu        sync.Mutex
		latencies []time.Duration
		errs      = map[string]int{}
		firstErrs []string
		byCase    = map[string]int{}
		peakRSS   atomic.Int64
	)
	stopSampling := make(chan struct{})
	sampled := make(chan struct{})
	go func() { // the server's resident memory, sampled while it works
		defer close(sampled)
		for {
			if kb, ok := procStatus(cmd.Process.Pid, "VmRSS"); ok && int64(kb) > peakRSS.Load() {
				peakRSS.Store(int64(kb))
			}
			select {
			case <-stopSampling:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()

	start := time.Now()
	var wg sync.WaitGroup
	for range *loadWorkers {
		wg.Go(func() {
			var mine []time.Duration
			for {
				i := int(next.Add(1)) - 1
				if i >= *loadRequests {
					break
				}
				c := schedule[i%len(schedule)]
				t0 := time.Now()
				err := c.do(client, base, i)
				mine = append(mine, time.Since(t0))
				mu.Lock()
				byCase[c.name]++
				if err != nil {
					errs[c.name]++
					if len(firstErrs) < 10 {
						firstErrs = append(firstErrs, c.name+": "+err.Error())
					}
				}
				mu.Unlock()
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	close(stopSampling)
	<-sampled

	hwm, hwmOK := procStatus(cmd.Process.Pid, "VmHWM")
	cpu, cpuOK := procCPU(cmd.Process.Pid)
	slices.Sort(latencies)
	pct := func(p float64) time.Duration { return latencies[min(len(latencies)-1, int(p*float64(len(latencies))))] }
	total := 0
	for _, n := range errs {
		total += n
	}

	t.Logf("requests: %d by %d concurrent clients in %s (%.0f requests/s)", len(latencies), *loadWorkers,
		elapsed.Round(time.Millisecond), float64(len(latencies))/elapsed.Seconds())
	for _, c := range cases {
		t.Logf("  %-26s %6d", c.name, byCase[c.name])
	}
	t.Logf("errors: %d %v", total, errs)
	t.Logf("latency: p50 %s, p90 %s, p99 %s, max %s", pct(0.50).Round(time.Microsecond),
		pct(0.90).Round(time.Microsecond), pct(0.99).Round(time.Microsecond), latencies[len(latencies)-1].Round(time.Microsecond))
	if hwmOK {
		t.Logf("server memory: peak resident %.1f MiB (VmHWM %.1f MiB, VmRSS sampled every 20ms up to %.1f MiB)",
			float64(max(int64(hwm), peakRSS.Load()))/1024, float64(hwm)/1024, float64(peakRSS.Load())/1024)
	}
	if cpuOK {
		t.Logf("server CPU time: %s", cpu.Round(time.Millisecond))
	}
	for _, e := range firstErrs {
		t.Error(e)
	}
	if total > 0 {
		t.Fatalf("%d of %d requests failed", total, len(latencies))
	}

	// The server is still well, and stops cleanly.
	cmd.Process.Signal(os.Interrupt)
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("exit: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the server did not stop")
	}
	if n := strings.Count(logs.String(), `"level":"ERROR"`); n > 0 {
		t.Errorf("%d errors logged", n)
	}
}

// loadMix is the requests a day of users might send: the form, previews
// valid and invalid, downloads, back to edit, the stylesheet.
func loadMix(css string) []loadCase {
	return []loadCase{
		{"GET / (form)", 20, func(c *http.Client, base string, i int) error {
			lang := []string{"nb", "en"}[i%2]
			return expect(c, "GET", base+"/?lang="+lang, nil, 200, `<html lang="`+lang+`"`)
		}},
		{"POST /preview (valid)", 30, func(c *http.Client, base string, i int) error {
			return expect(c, "POST", base+"/preview", loadForm(i), 200, `class="letter"`)
		}},
		{"POST /preview (invalid)", 20, func(c *http.Client, base string, i int) error {
			f := loadForm(i)
			f.Set("departure_date", "2027-02-30")
			f.Set("years", "six")
			f.Set("personal_note", "<script>alert(1)</script>")
			return expect(c, "POST", base+"/preview", f, 422, "error-summary")
		}},
		{"POST /download", 20, func(c *http.Client, base string, i int) error {
			return expect(c, "POST", base+"/download", loadForm(i), 200, "Jonas Berg")
		}},
		{"POST /edit", 5, func(c *http.Client, base string, i int) error {
			return expect(c, "POST", base+"/edit", loadForm(i), 200, `value="Kari Nordmann`)
		}},
		{"GET /static (stylesheet)", 5, func(c *http.Client, base string, i int) error {
			return expect(c, "GET", base+css, nil, 200, "")
		}},
	}
}

// loadForm is the sample submission, leaving in a month, in a language
// and tone and from a sender that vary with i.
func loadForm(i int) url.Values {
	f := sample.Form(time.Now().AddDate(0, 1, 0))
	f.Set("lang", []string{"nb", "en"}[i%2])
	f.Set("tone", []string{"formal", "warm", "brief"}[i%3])
	f.Set("sender_name", "Kari Nordmann "+strconv.Itoa(i))
	return f
}

// expect sends a request and checks its status and that the body holds want.
func expect(c *http.Client, method, target string, form url.Values, status int, want string) error {
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, target, body)
	if err != nil {
		return err
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != status {
		return fmt.Errorf("status %d, want %d", resp.StatusCode, status)
	}
	if !strings.Contains(string(b), want) {
		return fmt.Errorf("the answer lacks %q", want)
	}
	return nil
}

var stylesheetRE = regexp.MustCompile(`href="(/static/[^"]+\.css)"`)

func stylesheet(t *testing.T, c *http.Client, base string) string {
	t.Helper()
	resp, err := c.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	m := stylesheetRE.FindSubmatch(b)
	if m == nil {
		t.Fatal("no stylesheet on the form")
	}
	return string(m[1])
}

// procStatus reads a kB figure such as VmHWM from /proc/<pid>/status.
func procStatus(pid int, key string) (int, bool) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, false
	}
	for line := range strings.Lines(string(b)) {
		if v, ok := strings.CutPrefix(line, key+":"); ok {
			kb, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			return kb, err == nil
		}
	}
	return 0, false
}

// procCPU reads the user and system CPU time of a process.
func procCPU(pid int) (time.Duration, bool) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, false
	}
	// The fields after the command name, which is in parentheses.
	fields := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
	if len(fields) < 13 {
		return 0, false
	}
	utime, err1 := strconv.Atoi(fields[11])
	stime, err2 := strconv.Atoi(fields[12])
	if err1 != nil || err2 != nil {
		return 0, false
	}
	const ticks = 100 // USER_HZ on Linux
	return time.Duration(utime+stime) * time.Second / ticks, true
}
