//go:build !unix

package web

import "time"

func processCPU() (time.Duration, bool) { return 0, false }
