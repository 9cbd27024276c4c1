package main

import (
	"errors"
	"math"
	"reflect"
	"testing"
	"time"
)

func ms(n ...int) []time.Duration {
	out := make([]time.Duration, len(n))
	for i, v := range n {
		out[i] = time.Duration(v) * time.Millisecond
	}
	return out
}

func TestPercentile(t *testing.T) {
	hundred := make([]time.Duration, 100)
	for i := range hundred {
		hundred[i] = time.Duration(i+1) * time.Millisecond // 1ms … 100ms
	}
	tests := []struct {
		name   string
		sorted []time.Duration
		p      float64
		want   time.Duration
	}{
		{"none", nil, 0.5, 0},
		{"one", ms(7), 0.5, 7 * time.Millisecond},
		{"one, p99", ms(7), 0.99, 7 * time.Millisecond},
		{"median of an even count is the lower middle", ms(1, 2, 3, 4), 0.5, 2 * time.Millisecond},
		{"median of an odd count", ms(1, 2, 3, 4, 5), 0.5, 3 * time.Millisecond},
		{"p50 of 100", hundred, 0.50, 50 * time.Millisecond},
		{"p99 of 100", hundred, 0.99, 99 * time.Millisecond},
		{"p100 is the max", hundred, 1, 100 * time.Millisecond},
		{"p99 of 10 is the max", ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 0.99, 10 * time.Millisecond},
		{"p0 is the min", ms(3, 4, 5), 0, 3 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := percentile(tt.sorted, tt.p); got != tt.want {
				t.Errorf("percentile(%v, %v) = %s, want %s", tt.sorted, tt.p, got, tt.want)
			}
		})
	}
}

func TestMedianMax(t *testing.T) {
	tests := []struct {
		in            []time.Duration
		median, maxim time.Duration
	}{
		{nil, 0, 0},
		{ms(30), 30 * time.Millisecond, 30 * time.Millisecond},
		{ms(50, 10, 30), 30 * time.Millisecond, 50 * time.Millisecond},
		{ms(40, 10, 20, 30), 25 * time.Millisecond, 40 * time.Millisecond},
		{ms(34, 31, 35, 33, 90), 34 * time.Millisecond, 90 * time.Millisecond},
	}
	for _, tt := range tests {
		in := append([]time.Duration(nil), tt.in...)
		med, mx := medianMax(tt.in)
		if med != tt.median || mx != tt.maxim {
			t.Errorf("medianMax(%v) = %s, %s; want %s, %s", tt.in, med, mx, tt.median, tt.maxim)
		}
		if !reflect.DeepEqual(in, tt.in) {
			t.Errorf("medianMax reordered its argument: %v", tt.in)
		}
	}
}

func TestSchedule(t *testing.T) {
	got := schedule(2)
	want := []step{
		{Server: farvel, Warmup: true}, {Server: bare, Warmup: true},
		{Server: farvel, Round: 1}, {Server: bare, Round: 1},
		{Server: farvel, Round: 2}, {Server: bare, Round: 2},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("schedule(2) = %v, want %v", got, want)
	}
}

func TestAlternate(t *testing.T) {
	var order []step
	n := 0
	timed, warm, err := alternate(3, func(s step) (roundResult, error) {
		order = append(order, s)
		n++
		r := roundResult{OK: n, Elapsed: time.Second}
		if s.Warmup {
			r.Errors = 10 // a warm-up's failures still count
		}
		return r, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(order, schedule(3)) {
		t.Errorf("ran %v, want the schedule %v", order, schedule(3))
	}
	oks := func(rs []roundResult) (out []int) {
		for _, r := range rs {
			out = append(out, r.OK)
			if r.Errors != 0 {
				t.Errorf("a warm-up's result is among the timed rounds: %+v", r)
			}
		}
		return out
	}
	// Calls 1 and 2 are the warm-ups; then farvel 3, bare 4, farvel 5, …
	if got, want := oks(timed[farvel]), []int{3, 5, 7}; !reflect.DeepEqual(got, want) {
		t.Errorf("farvel's rounds %v, want %v", got, want)
	}
	if got, want := oks(timed[bare]), []int{4, 6, 8}; !reflect.DeepEqual(got, want) {
		t.Errorf("bare's rounds %v, want %v", got, want)
	}
	if warm[farvel] != 10 || warm[bare] != 10 {
		t.Errorf("warm-up errors %v, want 10 each", warm)
	}
	for _, r := range timed[bare] {
		if r.Server != bare {
			t.Errorf("a bare round is labelled %q", r.Server)
		}
	}

	stop := errors.New("interrupted")
	calls := 0
	_, _, err = alternate(3, func(s step) (roundResult, error) {
		calls++
		if calls == 3 {
			return roundResult{}, stop
		}
		return roundResult{}, nil
	})
	if !errors.Is(err, stop) || calls != 3 {
		t.Errorf("after an error: err %v after %d calls, want %v after 3", err, calls, stop)
	}
}

func TestSummarize(t *testing.T) {
	rounds := []roundResult{
		{OK: 3000, Elapsed: 3 * time.Second, Errors: 1, Latencies: ms(5, 1, 9), ServerCPU: 300 * time.Millisecond, CPUKnown: true, FirstErrs: []string{"status 500"}},
		{OK: 6000, Elapsed: 3 * time.Second, Latencies: ms(2, 8), ServerCPU: 600 * time.Millisecond, CPUKnown: true},
		{OK: 4500, Elapsed: 1500 * time.Millisecond, Latencies: ms(3, 4, 6, 7, 10), ServerCPU: 450 * time.Millisecond, CPUKnown: true},
	}
	s := summarize(rounds, 2)
	// 1000, 2000 and 3000 requests a second.
	if s.MeanRPS != 2000 || s.MinRPS != 1000 || s.MaxRPS != 3000 {
		t.Errorf("req/s mean %v min %v max %v, want 2000, 1000, 3000", s.MeanRPS, s.MinRPS, s.MaxRPS)
	}
	if s.OK != 13500 || s.Errors != 3 || s.Rounds != 3 {
		t.Errorf("OK %d errors %d rounds %d, want 13500, 3 (1 and 2 in the warm-up), 3", s.OK, s.Errors, s.Rounds)
	}
	// Latencies 1…10ms over all rounds: p50 5ms, p99 10ms.
	if s.P50 != 5*time.Millisecond || s.P99 != 10*time.Millisecond {
		t.Errorf("p50 %s p99 %s, want 5ms, 10ms", s.P50, s.P99)
	}
	// 1.35s of CPU for 13500 requests.
	if !s.CPUKnown || s.CPUPerReq != 100*time.Microsecond {
		t.Errorf("CPU per request %s (known %v), want 100µs", s.CPUPerReq, s.CPUKnown)
	}
	if !reflect.DeepEqual(s.FirstErrs, []string{"status 500"}) {
		t.Errorf("first errors %v", s.FirstErrs)
	}

	rounds[1].CPUKnown = false
	if s := summarize(rounds, 0); s.CPUKnown {
		t.Error("CPU per request known though one round's CPU is not")
	}
	if s := summarize(nil, 4); s.Errors != 4 || s.MeanRPS != 0 || s.MinRPS != 0 || s.P99 != 0 || s.CPUKnown {
		t.Errorf("no rounds: %+v", s)
	}
	if s := summarize([]roundResult{{OK: 5}}, 0); s.MeanRPS != 0 || math.IsNaN(s.MeanRPS) {
		t.Errorf("a round with no elapsed time: %v req/s, want 0", s.MeanRPS)
	}
}

func TestRouteResultMet(t *testing.T) {
	tests := []struct {
		name              string
		farvelRPS, bareRP float64
		errs              int
		goal              float64
		ratio             float64
		met               bool
	}{
		{"above the goal", 900, 1000, 0, 0.8, 0.9, true},
		{"at the goal", 800, 1000, 0, 0.8, 0.8, true},
		{"below the goal", 799, 1000, 0, 0.8, 0.799, false},
		{"above the goal but a request failed", 900, 1000, 1, 0.8, 0.9, false},
		{"no bare figure", 900, 0, 0, 0.8, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := routeResult{Goal: tt.goal, Farvel: summary{MeanRPS: tt.farvelRPS, Errors: tt.errs}, Bare: summary{MeanRPS: tt.bareRP}}
			if got := r.Ratio(); math.Abs(got-tt.ratio) > 1e-9 {
				t.Errorf("ratio %v, want %v", got, tt.ratio)
			}
			if got := r.Met(); got != tt.met {
				t.Errorf("met %v, want %v", got, tt.met)
			}
		})
	}
}
