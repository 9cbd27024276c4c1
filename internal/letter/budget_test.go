package letter

import (
	"testing"

	"github.com/farvel/farvel/internal/allocbudget"
)

func TestAllocationBudgets(t *testing.T) {
	full := goldenDrafts["full"]
	allocbudget.Check(t, "Check, every field", 100, func() { Check(full, today) })
	for _, lang := range Langs {
		d := full
		d.Lang = string(lang)
		facts, _, errs := Check(d, today)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		allocbudget.Check(t, "Compose and Body, "+string(lang), 33, func() { _ = Compose(facts).Body() })
	}
}
