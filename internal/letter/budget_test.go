package letter

import (
	"testing"

	"github.com/farvel/farvel/internal/allocbudget"
)

func TestAllocationBudgets(t *testing.T) {
	full := goldenDrafts["full"]
	// The counts measured when the budgets were set; lower one when a change
	// makes its path cheaper.
	allocbudget.Check(t, "Check, every field", 92*allocbudget.Headroom, func() { Check(full, today) })
	for _, lang := range Langs {
		d := full
		d.Lang = string(lang)
		facts, _, errs := Check(d, today)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		allocbudget.Check(t, "Compose and Body, "+string(lang), 30*allocbudget.Headroom, func() { _ = Compose(facts).Body() })
	}
}
