// Package allocbudget holds hot paths to the number of allocations measured
// when their budget was set. Allocation counts are deterministic, unlike
// timings, so a test can fail on them.
package allocbudget

import "testing"

// slack is how far under its budget a path may fall before the budget must
// come down with it: a budget far above the real count guards nothing.
const slack = 0.85

// Check fails t when f allocates more than budget times a run, or fewer
// than slack × budget. Under the race detector, which allocates on its own
// account, it skips.
func Check(t testing.TB, name string, budget float64, f func()) {
	t.Helper()
	if raceEnabled {
		t.Skip("allocation counts differ under the race detector")
	}
	got := testing.AllocsPerRun(100, f)
	switch {
	case got > budget:
		t.Errorf("%s: %.0f allocations a run, over its budget of %.0f", name, got, budget)
	case got < slack*budget:
		t.Errorf("%s: %.0f allocations a run, well under its budget of %.0f: lower the budget", name, got, budget)
	}
}
