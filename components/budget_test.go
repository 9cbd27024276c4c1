package components

import (
	"bytes"
	"context"
	"testing"

	"github.com/a-h/templ"
	"github.com/farvel/farvel/internal/allocbudget"
	"github.com/farvel/farvel/internal/i18n"
	"github.com/farvel/farvel/internal/letter"
)

// TestAllocationBudgets holds each page to the allocations measured when its
// budget was set, with allocbudget.Headroom.
func TestAllocationBudgets(t *testing.T) {
	d, l := fullLetter(t)
	cat := i18n.For(letter.Norwegian)
	var buf bytes.Buffer
	for _, c := range []struct {
		name      string
		component templ.Component
		measured  float64
	}{
		{"the form, filled in", FormView(formPage(letter.Norwegian, d, nil)), 609},
		{"the preview", PreviewView(NewPreviewPage(Page{T: cat}, d, l, l.Subject, l.Body(), nil, nil)), 252},
		{"the live preview", LiveView(LivePage{T: cat, Letter: l}), 78},
		{"an error page", ErrorView(NewErrorPage(Page{T: cat}, 404, cat.NotFound())), 48},
	} {
		allocbudget.Check(t, c.name, c.measured*allocbudget.Headroom, func() {
			buf.Reset()
			if err := c.component.Render(context.Background(), &buf); err != nil {
				t.Fatal(err)
			}
		})
	}
}
