package main

import (
	"fmt"
	"strings"
	"text/tabwriter"
	"time"
)

// fmtDur writes a latency or CPU time briefly: µs below a millisecond,
// ms with one decimal below a second, else seconds.
func fmtDur(d time.Duration) string {
	switch {
	case d < time.Millisecond:
		return fmt.Sprintf("%dµs", d.Microseconds())
	case d < time.Second:
		return fmt.Sprintf("%.1fms", float64(d)/float64(time.Millisecond))
	default:
		return fmt.Sprintf("%.2fs", d.Seconds())
	}
}

// fmtKB writes a size the kernel gave in kB (KiB) as MiB and as MB.
func fmtKB(kb int64) string {
	return fmt.Sprintf("%.1f MiB (%.1f MB)", float64(kb)/1024, float64(kb)*1024/1e6)
}

func metWord(ok bool) string {
	if ok {
		return "met"
	}
	return "NOT MET"
}

func cpuPerReq(s summary) string {
	if !s.CPUKnown || s.OK == 0 {
		return "?"
	}
	return fmtDur(s.CPUPerReq)
}

// plainTables writes the comparison as two aligned tables: throughput with
// the ratio and its goal, then latency and the servers' CPU per request.
func plainTables(results []routeResult) string {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "route\tfarvel req/s\t(min–max)\tbare req/s\t(min–max)\tratio\tgoal\t\terrors f/b")
	for _, r := range results {
		fmt.Fprintf(tw, "%s\t%.0f\t(%.0f–%.0f)\t%.0f\t(%.0f–%.0f)\t%.2f\t≥ %.2f\t%s\t%d/%d\n",
			r.Name, r.Farvel.MeanRPS, r.Farvel.MinRPS, r.Farvel.MaxRPS,
			r.Bare.MeanRPS, r.Bare.MinRPS, r.Bare.MaxRPS,
			r.Ratio(), r.Goal, metWord(r.Met()), r.Farvel.Errors, r.Bare.Errors)
	}
	tw.Flush()
	b.WriteString("\n")
	tw = tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "route\tbody bytes\tfarvel p50\tp99\tbare p50\tp99\tfarvel CPU/req\tbare CPU/req\trequests f/b")
	for _, r := range results {
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d/%d\n", r.Name, r.BodyBytes,
			fmtDur(r.Farvel.P50), fmtDur(r.Farvel.P99), fmtDur(r.Bare.P50), fmtDur(r.Bare.P99),
			cpuPerReq(r.Farvel), cpuPerReq(r.Bare), r.Farvel.OK, r.Bare.OK)
	}
	tw.Flush()
	return b.String()
}

// markdownTable writes the comparison as a Markdown table for the README.
func markdownTable(results []routeResult) string {
	var b strings.Builder
	b.WriteString("| route | Farvel req/s | bare req/s | ratio | goal | errors | Farvel p50 / p99 | bare p50 / p99 |\n")
	b.WriteString("|---|--:|--:|--:|---|--:|--:|--:|\n")
	for _, r := range results {
		fmt.Fprintf(&b, "| `%s` | %.0f | %.0f | %.2f | ≥ %.2f, %s | %d | %s / %s | %s / %s |\n",
			r.Name, r.Farvel.MeanRPS, r.Bare.MeanRPS, r.Ratio(), r.Goal,
			strings.ToLower(metWord(r.Met())), r.Errors(),
			fmtDur(r.Farvel.P50), fmtDur(r.Farvel.P99), fmtDur(r.Bare.P50), fmtDur(r.Bare.P99))
	}
	return b.String()
}

// Budgets of issue 6.
const (
	startupBudget = 100 * time.Millisecond
	idleRSSBudget = 20_000_000 // bytes: 20 MB
)

// startupReport holds the start-up and memory figures of the real binary.
type startupReport struct {
	Startups  []time.Duration // exec to the first 200 from /healthz
	IdleRSSKB int64           // VmRSS about a second after ready, before any request
	IdleKnown bool
	// IdleAnonKB and IdleFileKB split IdleRSSKB: the heap and stacks, and
	// the pages of the binary (and other files) mapped in.
	IdleAnonKB, IdleFileKB int64
	IdleSplitKnown         bool
	PeakRSSKB              int64 // VmHWM after the load
	PeakKnown              bool
	AfterRSSKB             int64 // VmRSS after the load
}

// StartupMet tells whether the slowest start-up is within the budget.
func (s startupReport) StartupMet() bool {
	_, slowest := medianMax(s.Startups)
	return len(s.Startups) > 0 && slowest < startupBudget
}

// IdleMet tells whether the idle resident memory is within the budget.
func (s startupReport) IdleMet() bool { return s.IdleKnown && s.IdleRSSKB*1024 < idleRSSBudget }

// startupLines writes the start-up and memory figures against their
// budgets.
func startupLines(s startupReport, poll time.Duration) string {
	var b strings.Builder
	med, slowest := medianMax(s.Startups)
	fmt.Fprintf(&b, "start-up (exec to the first 200 from /healthz, polled every %s), %d runs: median %s, max %s — budget < %s: %s\n",
		poll, len(s.Startups), fmtDur(med), fmtDur(slowest), startupBudget, strings.ToLower(metWord(s.StartupMet())))
	if s.IdleKnown {
		fmt.Fprintf(&b, "idle resident memory (VmRSS about 1s after ready, before any request): %s — budget < 20 MB: %s\n",
			fmtKB(s.IdleRSSKB), strings.ToLower(metWord(s.IdleMet())))
		if s.IdleSplitKnown {
			fmt.Fprintf(&b, "  of which anonymous (heap, stacks; RssAnon) %.1f MiB, file-backed (the binary's pages; RssFile) %.1f MiB\n",
				float64(s.IdleAnonKB)/1024, float64(s.IdleFileKB)/1024)
		}
	} else {
		b.WriteString("idle resident memory: unknown (no /proc)\n")
	}
	if s.PeakKnown {
		fmt.Fprintf(&b, "after the load: peak resident memory (VmHWM) %s, resident now (VmRSS) %s\n",
			fmtKB(s.PeakRSSKB), fmtKB(s.AfterRSSKB))
	}
	return b.String()
}
