package export

import (
	"strings"
	"testing"
	"time"

	"github.com/farvel/farvel/internal/allocbudget"
)

// TestAllocationBudgets holds each export to the allocations measured when
// its budget was set, with allocbudget.Headroom (at least one more).
func TestAllocationBudgets(t *testing.T) {
	body := strings.Repeat("Takk for et godt samarbeid, og lykke til videre.\n", 20)
	day := time.Date(2027, 10, 8, 0, 0, 0, 0, time.UTC)
	budget := func(measured float64) float64 { return max(measured*allocbudget.Headroom, measured+1) }
	allocbudget.Check(t, "PlainText", budget(2), func() { PlainText("Emne", "Ny kontakt fra 11. oktober: Jonas Berg", body) })
	allocbudget.Check(t, "FileName", budget(12), func() { FileName("Fjord Kontorinteriør AS", "Ola Nordmann", day, FormatText) })
	allocbudget.Check(t, "Mailto", budget(5), func() { Mailto("ola@kunde.no", "Ny kontakt", body) })
}

func BenchmarkPlainText(b *testing.B) {
	body := strings.Repeat("Takk for et godt samarbeid, og lykke til videre.\n", 20)
	b.ReportAllocs()
	for b.Loop() {
		PlainText("Emne", "Ny kontakt fra 11. oktober: Jonas Berg", body)
	}
}
