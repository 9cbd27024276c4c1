//go:build unix

package web

import (
	"syscall"
	"time"
)

// processCPU is the CPU time this process has used, in every thread: the
// cost of a benchmark's work, garbage collection included, whatever share
// of the machine other processes take meanwhile.
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
