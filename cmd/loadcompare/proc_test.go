package main

import (
	"testing"
	"time"
)

const sampleStatus = `Name:	farvel
Umask:	0022
State:	S (sleeping)
VmPeak:	 1247612 kB
VmHWM:	   29388 kB
VmRSS:	   24164 kB
RssAnon:	   11720 kB
Threads:	7
`

func TestParseStatusKB(t *testing.T) {
	tests := []struct {
		name, status, key string
		want              int64
		ok                bool
	}{
		{"rss", sampleStatus, "VmRSS", 24164, true},
		{"hwm", sampleStatus, "VmHWM", 29388, true},
		{"a key that only begins like another", sampleStatus, "Vm", 0, false},
		{"missing", sampleStatus, "VmSwap", 0, false},
		{"not in kB", "VmRSS:\t12 MB\n", "VmRSS", 0, false},
		{"not a number", "VmRSS:\tlots kB\n", "VmRSS", 0, false},
		{"negative", "VmRSS:\t-5 kB\n", "VmRSS", 0, false},
		{"no unit", "VmRSS:\t12\n", "VmRSS", 0, false},
		{"last line without newline", "Name:\tx\nVmRSS:\t7 kB", "VmRSS", 7, true},
		{"empty", "", "VmRSS", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseStatusKB(tt.status, tt.key)
			if got != tt.want || ok != tt.ok {
				t.Errorf("parseStatusKB(%q) = %d, %v; want %d, %v", tt.key, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestParseStatCPU(t *testing.T) {
	// Fields 14 and 15 (utime, stime) are 250 and 50 ticks: 3 s.
	const rest = " S 1 2 3 4 5 6 7 8 9 10 250 50 0 0 20 0 7 0 100 0 0"
	tests := []struct {
		name, stat string
		want       time.Duration
		ok         bool
	}{
		{"plain name", "1234 (farvel)" + rest, 3 * time.Second, true},
		{"name with spaces and parentheses", "1234 (a) b (c) d)" + rest, 3 * time.Second, true},
		{"no name", "1234 farvel" + rest, 0, false},
		{"too short", "1234 (farvel) S 1 2 3", 0, false},
		{"not a number", "1234 (farvel) S 1 2 3 4 5 6 7 8 9 10 x 50 0", 0, false},
		{"one tick", "1 (x) S 1 2 3 4 5 6 7 8 9 10 1 0 0", 10 * time.Millisecond, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseStatCPU(tt.stat)
			if got != tt.want || ok != tt.ok {
				t.Errorf("parseStatCPU(%q) = %s, %v; want %s, %v", tt.stat, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestParseLoadavg(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"1.36 3.67 4.11 2/83 7686\n", "1.36 3.67 4.11", true},
		{"0.00 0.01 0.05", "0.00 0.01 0.05", true},
		{"1.36 3.67", "", false},
		{"a b c d e", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := parseLoadavg(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseLoadavg(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
