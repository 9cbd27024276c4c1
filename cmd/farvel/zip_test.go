package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/farvel/farvel/internal/sample"
)

// TestZipMemoryIsFlat streams the ZIP of a thousand PDFs from the real
// program and holds its peak memory to that of ten, plus 16 MiB: the
// letters are made a few at a time and sent as they are done, so memory
// must not grow with the list. Each list runs in a fresh process, as peak
// memory only grows. It takes some seconds; -short skips it.
func TestZipMemoryIsFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("makes a thousand PDFs")
	}
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("peak memory is read from /proc")
	}
	peak := func(clients int) (int64, time.Duration) {
		cmd, addr, logs, _ := startBinary(t, "-addr", "127.0.0.1:0", "-rate-limit", "0", "-write-timeout", "2m")
		form := sample.Form(time.Now().AddDate(0, 1, 0))
		form.Del("client_name")
		form.Del("client_email")
		form.Set("format", "pdf")
		var list strings.Builder
		list.WriteString("Navn\tE-post\tÅr\n")
		for i := range clients {
			fmt.Fprintf(&list, "Kunde %d Hansen\tkunde%d@kunde.no\t%d\n", i, i, i%20)
		}
		form.Set("clients", list.String())
		start := time.Now()
		resp, err := http.PostForm("http://"+addr+"/clients/download", url.Values(form))
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		elapsed := time.Since(start)
		if err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("%d clients: status %d, %v\n%s", clients, resp.StatusCode, err, logs)
		}
		z, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
		if err != nil || len(z.File) != clients+1 {
			t.Fatalf("%d clients: the ZIP does not read back whole (%v)", clients, err)
		}
		kb, ok := statusKB(cmd.Process.Pid, "VmHWM")
		if !ok {
			t.Fatal("no VmHWM for the program")
		}
		return kb, elapsed
	}
	small, smallTime := peak(10)
	large, largeTime := peak(1000)
	t.Logf("peak RSS: %d KiB for 10 PDFs (%v), %d KiB for 1000 (%v, %v a letter)", small, smallTime, large, largeTime, largeTime/1000)
	if large > small+16<<10 {
		t.Errorf("streaming 1000 PDFs peaked at %d KiB, more than 16 MiB over the %d KiB of 10", large, small)
	}
}

// statusKB reads a figure such as VmHWM, in KiB, from /proc/pid/status.
func statusKB(pid int, key string) (int64, bool) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0, false
	}
	for line := range strings.Lines(string(b)) {
		if v, ok := strings.CutPrefix(line, key+":"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb, err == nil
		}
	}
	return 0, false
}
