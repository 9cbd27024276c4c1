package web

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/farvel/farvel/internal/allocbudget"
)

// TestAllocationBudgets holds each route, request and all, to the number of
// allocations measured when the budget was set (with a few percent slack).
func TestAllocationBudgets(t *testing.T) {
	h := benchHandler()
	form := validForm().Encode()
	routes := []struct {
		method, path, body string
		budget             float64
	}{
		{"GET", "/", "", 45},
		{"POST", "/preview", form, 610},
		{"POST", "/download", form, 425},
		{"POST", "/edit", form, 810},
	}
	for _, rt := range routes {
		allocbudget.Check(t, rt.method+" "+rt.path, rt.budget, func() {
			req := httptest.NewRequest(rt.method, rt.path, strings.NewReader(rt.body))
			if rt.body != "" {
				req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != http.StatusOK {
				t.Fatalf("%s %s: status %d", rt.method, rt.path, rec.Code)
			}
		})
	}
}
