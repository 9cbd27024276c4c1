package main

import (
	"math"
	"slices"
	"time"
)

// The two servers compared.
const (
	farvel = "farvel"
	bare   = "bare"
)

// roundResult is what one timed round against one server gave.
type roundResult struct {
	Server    string
	OK        int // requests answered 200 with the expected body length
	Errors    int
	Elapsed   time.Duration   // from the first request sent to the last answer read
	Latencies []time.Duration // of the OK requests
	ServerCPU time.Duration   // CPU time the server process used in the round
	CPUKnown  bool
	FirstErrs []string
}

// RPS is the round's throughput: answered requests per second.
func (r roundResult) RPS() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.OK) / r.Elapsed.Seconds()
}

// step is one step of a route's schedule: a warm-up or a timed round.
type step struct {
	Server string
	Warmup bool
	Round  int // 1-based; 0 for a warm-up
}

// schedule is the order of a route's steps: a warm-up of each server, then
// rounds alternating farvel, bare, farvel, bare…
func schedule(rounds int) []step {
	s := []step{{Server: farvel, Warmup: true}, {Server: bare, Warmup: true}}
	for i := 1; i <= rounds; i++ {
		s = append(s, step{Server: farvel, Round: i}, step{Server: bare, Round: i})
	}
	return s
}

// alternate runs a route's schedule with run, stopping at the first error
// run returns, and gives each server's timed rounds in order and the
// errors of its warm-up.
func alternate(rounds int, run func(step) (roundResult, error)) (timed map[string][]roundResult, warmupErrs map[string]int, err error) {
	timed = map[string][]roundResult{}
	warmupErrs = map[string]int{}
	for _, s := range schedule(rounds) {
		r, err := run(s)
		if err != nil {
			return timed, warmupErrs, err
		}
		r.Server = s.Server
		if s.Warmup {
			warmupErrs[s.Server] += r.Errors
			continue
		}
		timed[s.Server] = append(timed[s.Server], r)
	}
	return timed, warmupErrs, nil
}

// summary is one server's figures on one route, over its timed rounds.
type summary struct {
	Rounds                  int
	MeanRPS, MinRPS, MaxRPS float64
	OK                      int
	Errors                  int // in the timed rounds and the warm-up
	P50, P99                time.Duration
	CPUPerReq               time.Duration // server CPU per answered request
	CPUKnown                bool
	FirstErrs               []string
}

// summarize gives the mean, least and greatest throughput of the rounds,
// the latency percentiles over all their requests and the server's CPU
// time per request.
func summarize(rounds []roundResult, warmupErrs int) summary {
	s := summary{Rounds: len(rounds), Errors: warmupErrs, CPUKnown: len(rounds) > 0}
	if len(rounds) == 0 {
		return s
	}
	var all []time.Duration
	var cpu time.Duration
	s.MinRPS = math.Inf(1)
	for _, r := range rounds {
		rps := r.RPS()
		s.MeanRPS += rps
		s.MinRPS = min(s.MinRPS, rps)
		s.MaxRPS = max(s.MaxRPS, rps)
		s.OK += r.OK
		s.Errors += r.Errors
		all = append(all, r.Latencies...)
		cpu += r.ServerCPU
		s.CPUKnown = s.CPUKnown && r.CPUKnown
		for _, e := range r.FirstErrs {
			if len(s.FirstErrs) < 5 {
				s.FirstErrs = append(s.FirstErrs, e)
			}
		}
	}
	s.MeanRPS /= float64(len(rounds))
	slices.Sort(all)
	s.P50 = percentile(all, 0.50)
	s.P99 = percentile(all, 0.99)
	if s.CPUKnown && s.OK > 0 {
		s.CPUPerReq = cpu / time.Duration(s.OK)
	}
	return s
}

// percentile is the nearest-rank p-th percentile (0 < p ≤ 1) of sorted:
// the smallest value with at least p of the values at or below it. It is
// 0 for no values.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(p * float64(len(sorted)))) // 1-based
	rank = min(max(rank, 1), len(sorted))
	return sorted[rank-1]
}

// median is the middle of the values (the mean of the two middle ones for
// an even count), and max their greatest; both 0 for no values.
func medianMax(values []time.Duration) (median, maximum time.Duration) {
	if len(values) == 0 {
		return 0, 0
	}
	s := slices.Sorted(slices.Values(values))
	n := len(s)
	if n%2 == 1 {
		median = s[n/2]
	} else {
		median = (s[n/2-1] + s[n/2]) / 2
	}
	return median, s[n-1]
}

// routeResult is the comparison on one route.
type routeResult struct {
	Name string  // "GET /"
	Goal float64 // the least ratio farvel/bare wanted
	// BodyBytes is the length of the answer's body.
	BodyBytes int
	Farvel    summary
	Bare      summary
}

// Ratio is Farvel's mean throughput over the bare server's.
func (r routeResult) Ratio() float64 {
	if r.Bare.MeanRPS == 0 {
		return 0
	}
	return r.Farvel.MeanRPS / r.Bare.MeanRPS
}

// Errors counts the failed requests to both servers.
func (r routeResult) Errors() int { return r.Farvel.Errors + r.Bare.Errors }

// Met tells whether the goal is met: the ratio at least the goal, and no
// request failed.
func (r routeResult) Met() bool { return r.Ratio() >= r.Goal && r.Errors() == 0 }
