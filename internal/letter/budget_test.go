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
	allocbudget.Check(t, "Check, every field", 100, func() { Check(full, today) })
	allocbudget.Check(t, "Compose and Body", 33, func() { _ = Compose(facts).Body() })
}
