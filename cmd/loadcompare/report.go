package main

import (
	"fmt"
	"math"
	"strings"
	"text/tabwriter"
	"time"
)

// report is the plain table: every server of every test, then the ratios
// of the test's first server to each other and their goals.
func report(tests []*test) string {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "test\tserver\treq/s\t(min–max)\tp50\tp99\tfailed\tCPU/req")
	for _, t := range tests {
		for i, c := range t.contenders {
			tl := t.tallies[i]
			tl.latencies.Close()
			name := t.name
			if i > 0 {
				name = ""
			}
			fmt.Fprintf(tw, "%s\t%s\t%.0f\t(%.0f–%.0f)\t%s\t%s\t%d\t%s\n", name, c.label, tl.medianRPS(), minOf(tl.rps), maxOf(tl.rps),
				ms(tl.latencies.Latencies.P50), ms(tl.latencies.Latencies.P99), tl.failed, us(tl.cpuPerRequest()))
		}
	}
	tw.Flush()
	b.WriteString("\n")
	for _, t := range tests {
		var parts []string
		for i := 1; i < len(t.contenders); i++ {
			parts = append(parts, ratioText(t, i))
		}
		fmt.Fprintf(&b, "%s: %s\n", t.name, strings.Join(parts, "; "))
	}
	return b.String()
}

// ratio is the test's first server's throughput over that of server i —
// the median of the rounds' ratios, each of two runs a moment apart, under
// the same other work on the machine — and its CPU per request over
// server i's.
func ratio(t *test, i int) (rps, cpu float64) {
	first, other := t.tallies[0], t.tallies[i]
	var ratios []float64
	for r := range min(len(first.rps), len(other.rps)) {
		if other.rps[r] > 0 {
			ratios = append(ratios, first.rps[r]/other.rps[r])
		}
	}
	rps = median(ratios)
	if other.cpuPerRequest() > 0 {
		cpu = float64(first.cpuPerRequest()) / float64(other.cpuPerRequest())
	}
	return rps, cpu
}

func ratioText(t *test, i int) string {
	rps, cpu := ratio(t, i)
	// Cut, not rounded, to two decimals: a ratio shown as 0.70 is no less.
	s := fmt.Sprintf("%s/%s %.2f (CPU per request %.2f×)", t.contenders[0].label, t.contenders[i].label, math.Floor(rps*100)/100, cpu)
	if goal, ok := t.goals[t.contenders[i].label]; ok {
		met := "met"
		if rps < goal {
			met = "NOT MET"
		}
		s += fmt.Sprintf(", goal ≥ %.2f %s", goal, met)
	}
	return s
}

// markdown is the table for the README.
func markdown(tests []*test) string {
	var b strings.Builder
	b.WriteString("| test | server | req/s | p50 / p99 | failed | CPU/req | ratio |\n|---|---|--:|--:|--:|--:|---|\n")
	for _, t := range tests {
		for i, c := range t.contenders {
			tl := t.tallies[i]
			name, ratioCell := "", ""
			if i == 0 {
				name = t.md
			} else {
				ratioCell = ratioText(t, i)
			}
			fmt.Fprintf(&b, "| %s | %s | %.0f | %s / %s | %d | %s | %s |\n", name, c.label, tl.medianRPS(),
				ms(tl.latencies.Latencies.P50), ms(tl.latencies.Latencies.P99), tl.failed, us(tl.cpuPerRequest()), ratioCell)
		}
	}
	return b.String()
}

func minOf(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	m := v[0]
	for _, x := range v {
		m = min(m, x)
	}
	return m
}

func maxOf(v []float64) float64 {
	m := 0.0
	for _, x := range v {
		m = max(m, x)
	}
	return m
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1fms", float64(d)/float64(time.Millisecond)) }

func us(d time.Duration) string {
	if d == 0 {
		return "?"
	}
	return fmt.Sprintf("%dµs", d.Microseconds())
}

func mib(kb int64) string { return fmt.Sprintf("%.1f MiB", float64(kb)/1024) }
