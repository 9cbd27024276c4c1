package letter

import (
	"testing"

	"github.com/farvel/farvel/internal/allocbudget"
)

func TestAllocationBudgets(t *testing.T) {
	full := goldenDrafts["full"]
	facts, _, errs := Check(full, today)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	// The counts measured when the budgets were set; lower one when a change
	// makes its path cheaper.
	allocbudget.Check(t, "Check, every field", 92*allocbudget.Headroom, func() { Check(full, today) })
	allocbudget.Check(t, "Compose and Body", 31*allocbudget.Headroom, func() { _ = Compose(facts).Body() })
}
