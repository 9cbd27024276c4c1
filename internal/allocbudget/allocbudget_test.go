package allocbudget

import (
	"fmt"
	"strings"
	"testing"
)

// fakeT records failures instead of failing the test.
type fakeT struct {
	testing.TB
	failures []string
}

func (f *fakeT) Helper()             {}
func (f *fakeT) Logf(string, ...any) {}
func (f *fakeT) Errorf(format string, args ...any) {
	f.failures = append(f.failures, fmt.Sprintf(format, args...))
}

var sink []byte

// TestCheckIsOneSided: a path fails its budget only by allocating more than
// it; any count at or under the budget, however far under, passes.
func TestCheckIsOneSided(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts differ under the race detector")
	}
	allocTen := func() {
		for range 10 {
			sink = make([]byte, 64)
		}
	}
	for _, tt := range []struct {
		budget   float64
		wantFail bool
	}{
		{0, true},
		{9, true}, // one over
		{10, false},
		{11.5, false}, // the usual headroom
		{20, false},   // far under: still no failure
		{1000, false},
	} {
		t.Run(fmt.Sprint(tt.budget), func(t *testing.T) {
			ft := &fakeT{}
			Check(ft, "ten", tt.budget, allocTen)
			if failed := len(ft.failures) > 0; failed != tt.wantFail {
				t.Fatalf("budget %.1f for 10 allocations: failed=%v, want %v", tt.budget, failed, tt.wantFail)
			}
			if tt.wantFail && !strings.Contains(ft.failures[0], "ten: 10 allocations") {
				t.Errorf("the failure does not name the path and its count: %q", ft.failures[0])
			}
		})
	}
	ft := &fakeT{}
	Check(ft, "none", 0, func() {})
	if len(ft.failures) > 0 {
		t.Errorf("a path that allocates nothing failed a budget of 0: %v", ft.failures)
	}
}
