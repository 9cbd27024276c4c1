package main

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestFmtDur(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{0, "0µs"},
		{741 * time.Microsecond, "741µs"},
		{999*time.Microsecond + 999, "999µs"},
		{time.Millisecond, "1.0ms"},
		{22349 * time.Microsecond, "22.3ms"},
		{999 * time.Millisecond, "999.0ms"},
		{1500 * time.Millisecond, "1.50s"},
	}
	for _, tt := range tests {
		if got := fmtDur(tt.d); got != tt.want {
			t.Errorf("fmtDur(%d) = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func TestFmtKB(t *testing.T) {
	tests := []struct {
		kb   int64
		want string
	}{
		{24164, "23.6 MiB (24.7 MB)"},
		{1024, "1.0 MiB (1.0 MB)"},
		{0, "0.0 MiB (0.0 MB)"},
	}
	for _, tt := range tests {
		if got := fmtKB(tt.kb); got != tt.want {
			t.Errorf("fmtKB(%d) = %q, want %q", tt.kb, got, tt.want)
		}
	}
}

func sampleResults() []routeResult {
	return []routeResult{
		{
			Name: "GET /", Goal: 0.8, BodyBytes: 12345,
			Farvel: summary{MeanRPS: 20384.4, MinRPS: 20001, MaxRPS: 20700, OK: 61000, P50: 1100 * time.Microsecond, P99: 7900 * time.Microsecond, CPUPerReq: 38 * time.Microsecond, CPUKnown: true},
			Bare:   summary{MeanRPS: 24000, MinRPS: 23500, MaxRPS: 24500, OK: 72000, P50: 741 * time.Microsecond, P99: 4800 * time.Microsecond, CPUPerReq: 21 * time.Microsecond, CPUKnown: true},
		},
		{
			Name: "POST /preview", Goal: 0.6, BodyBytes: 23456,
			Farvel: summary{MeanRPS: 4543, MinRPS: 4500, MaxRPS: 4600, OK: 13600, Errors: 2, P50: 6600 * time.Microsecond, P99: 22300 * time.Microsecond},
			Bare:   summary{MeanRPS: 30321, MinRPS: 30000, MaxRPS: 30500, OK: 91000, P50: 826 * time.Microsecond, P99: 4800 * time.Microsecond, CPUPerReq: 25 * time.Microsecond, CPUKnown: true},
		},
	}
}

func TestPlainTables(t *testing.T) {
	got := plainTables(sampleResults())
	lines := strings.Split(strings.TrimRight(got, "\n"), "\n")
	if len(lines) != 7 { // header, 2 rows, blank, header, 2 rows
		t.Fatalf("%d lines, want 7:\n%s", len(lines), got)
	}
	wantFields := [][]string{
		{"route", "farvel", "req/s", "(min–max)", "bare", "req/s", "(min–max)", "ratio", "goal", "errors", "f/b"},
		{"GET", "/", "20384", "(20001–20700)", "24000", "(23500–24500)", "0.85", "≥", "0.80", "met", "0/0"},
		{"POST", "/preview", "4543", "(4500–4600)", "30321", "(30000–30500)", "0.15", "≥", "0.60", "NOT", "MET", "2/0"},
		{},
		{"route", "body", "bytes", "farvel", "p50", "p99", "bare", "p50", "p99", "farvel", "CPU/req", "bare", "CPU/req", "requests", "f/b"},
		{"GET", "/", "12345", "1.1ms", "7.9ms", "741µs", "4.8ms", "38µs", "21µs", "61000/72000"},
		{"POST", "/preview", "23456", "6.6ms", "22.3ms", "826µs", "4.8ms", "?", "25µs", "13600/91000"},
	}
	for i, want := range wantFields {
		if got := strings.Fields(lines[i]); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("line %d:\n got %q\nwant %q", i, got, want)
		}
	}
	// Aligned: every row's ratio starts in the same column as the header's.
	col := utf8.RuneCountInString(lines[0][:strings.Index(lines[0], "ratio")])
	for _, l := range lines[1:3] {
		if r := []rune(l); len(r) <= col || !strings.HasPrefix(string(r[col:]), "0.") {
			t.Errorf("ratio not under its header (rune %d):\n%s\n%s", col, lines[0], l)
		}
	}
}

func TestMarkdownTable(t *testing.T) {
	got := markdownTable(sampleResults())
	want := "| route | Farvel req/s | bare req/s | ratio | goal | errors | Farvel p50 / p99 | bare p50 / p99 |\n" +
		"|---|--:|--:|--:|---|--:|--:|--:|\n" +
		"| `GET /` | 20384 | 24000 | 0.85 | ≥ 0.80, met | 0 | 1.1ms / 7.9ms | 741µs / 4.8ms |\n" +
		"| `POST /preview` | 4543 | 30321 | 0.15 | ≥ 0.60, not met | 2 | 6.6ms / 22.3ms | 826µs / 4.8ms |\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	for i, l := range strings.Split(strings.TrimSpace(got), "\n") {
		if n := strings.Count(l, "|"); n != 9 {
			t.Errorf("line %d has %d pipes, want 9: %s", i, n, l)
		}
	}
}

func TestStartupLines(t *testing.T) {
	tests := []struct {
		name string
		s    startupReport
		want []string
	}{
		{
			name: "within budget",
			s: startupReport{Startups: ms(34, 31, 35, 33, 34), IdleRSSKB: 9 * 1024, IdleKnown: true, PeakRSSKB: 29388, PeakKnown: true, AfterRSSKB: 24164,
				IdleAnonKB: 3 * 1024, IdleFileKB: 6 * 1024, IdleSplitKnown: true},
			want: []string{"5 runs: median 34.0ms, max 35.0ms — budget < 100ms: met", "9.0 MiB (9.4 MB) — budget < 20 MB: met",
				"anonymous (heap, stacks; RssAnon) 3.0 MiB, file-backed (the binary's pages; RssFile) 6.0 MiB",
				"(VmHWM) 28.7 MiB (30.1 MB), resident now (VmRSS) 23.6 MiB (24.7 MB)"},
		},
		{
			name: "one slow start, 19.5 MiB is more than 20 MB",
			s:    startupReport{Startups: ms(34, 120, 35), IdleRSSKB: 19968, IdleKnown: true},
			want: []string{"3 runs: median 35.0ms, max 120.0ms — budget < 100ms: not met", "19.5 MiB (20.4 MB) — budget < 20 MB: not met"},
		},
		{
			name: "no /proc",
			s:    startupReport{Startups: ms(10)},
			want: []string{"1 runs: median 10.0ms", "idle resident memory: unknown"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := startupLines(tt.s, time.Millisecond)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("missing %q in\n%s", w, got)
				}
			}
			if !tt.s.PeakKnown && strings.Contains(got, "VmHWM") {
				t.Errorf("a peak reported though unknown:\n%s", got)
			}
		})
	}
}
