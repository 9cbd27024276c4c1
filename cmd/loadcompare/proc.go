package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// clockTicks is the kernel's USER_HZ, the unit of utime and stime in
// /proc/<pid>/stat. It is 100 on every Linux architecture Go supports.
const clockTicks = 100

// parseStatusKB returns the value of key (such as "VmRSS") in the text of
// /proc/<pid>/status, in kB as the kernel writes it ("VmRSS:	  9876 kB").
func parseStatusKB(status, key string) (int64, bool) {
	for line := range strings.SplitSeq(status, "\n") {
		name, rest, ok := strings.Cut(line, ":")
		if !ok || name != key {
			continue
		}
		fields := strings.Fields(rest)
		if len(fields) != 2 || fields[1] != "kB" {
			return 0, false
		}
		n, err := strconv.ParseInt(fields[0], 10, 64)
		if err != nil || n < 0 {
			return 0, false
		}
		return n, true
	}
	return 0, false
}

// parseStatCPU returns the CPU time (user plus system) in the text of
// /proc/<pid>/stat. The command name, in parentheses, may itself hold
// spaces and parentheses, so the fields are counted from the last ')'.
func parseStatCPU(stat string) (time.Duration, bool) {
	i := strings.LastIndexByte(stat, ')')
	if i < 0 {
		return 0, false
	}
	// After the name: state (field 3), ppid, …, utime (14), stime (15).
	fields := strings.Fields(stat[i+1:])
	if len(fields) < 13 {
		return 0, false
	}
	var ticks int64
	for _, f := range fields[11:13] {
		n, err := strconv.ParseInt(f, 10, 64)
		if err != nil || n < 0 {
			return 0, false
		}
		ticks += n
	}
	return time.Duration(ticks) * time.Second / clockTicks, true
}

// parseLoadavg returns the first three fields of /proc/loadavg.
func parseLoadavg(s string) (string, bool) {
	f := strings.Fields(s)
	if len(f) < 3 {
		return "", false
	}
	for _, v := range f[:3] {
		if _, err := strconv.ParseFloat(v, 64); err != nil {
			return "", false
		}
	}
	return strings.Join(f[:3], " "), true
}

// procStatusKB reads key from the status of process pid.
func procStatusKB(pid int, key string) (int64, bool) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, false
	}
	return parseStatusKB(string(b), key)
}

// procCPU reads the CPU time process pid has used so far.
func procCPU(pid int) (time.Duration, bool) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, false
	}
	return parseStatCPU(string(b))
}

// loadavg is the 1, 5 and 15 minute load average, or "unknown".
func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	if s, ok := parseLoadavg(string(b)); ok {
		return s
	}
	return "unknown"
}
