// Package allocbudget holds hot paths to an allocation budget. Allocation
// counts are deterministic, unlike timings, so a test can fail on them.
//
// A budget is a ceiling, set about Headroom above the count measured when
// it was set: a path that starts to allocate more fails, one that gets
// cheaper never does. Lower a budget on purpose when a change makes its
// path cheaper (go test -v logs each count).
package allocbudget

import "testing"

// Headroom is how far above its measured count a budget is set: room for
// an unrelated change (a language more, a longer text), not for a path that
// starts to allocate per field or per line.
const Headroom = 1.15

// Check fails t when f allocates more than budget times a run, and only
// then. Under the race detector, which allocates on its own account, it
// skips.
func Check(t testing.TB, name string, budget float64, f func()) {
	t.Helper()
	if raceEnabled {
		t.Skip("allocation counts differ under the race detector")
	}
	got := testing.AllocsPerRun(100, f)
	if got > budget {
		t.Errorf("%s: %.0f allocations a run, over its budget of %.0f", name, got, budget)
		return
	}
	t.Logf("%s: %.0f allocations a run, budget %.0f", name, got, budget)
}
