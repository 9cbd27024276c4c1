package web

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/farvel/farvel/internal/allocbudget"
)

// TestAllocationBudgets holds each route, request and all, to the number of
// allocations measured when its budget was set, with allocbudget.Headroom.
// Lower a count when a change makes its route cheaper.
func TestAllocationBudgets(t *testing.T) {
	h := benchHandler()
	form := validForm().Encode()
	routes := []struct {
		method, path, body string
		live               bool // the script's request for the live fragment
		measured           float64
	}{
		{"GET", "/", "", false, 40},
		{"POST", "/preview", form, false, 649},
		{"POST", "/preview", form, true, 456},
		{"POST", "/download", form, false, 399},
		{"POST", "/edit", form, false, 867},
	}
	for _, rt := range routes {
		name := rt.method + " " + rt.path
		if rt.live {
			name += " (live fragment)"
		}
		allocbudget.Check(t, name, rt.measured*allocbudget.Headroom, func() {
			req := httptest.NewRequest(rt.method, rt.path, strings.NewReader(rt.body))
			if rt.body != "" {
				req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			}
			if rt.live {
				req.Header.Set(liveHeader, "1")
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != http.StatusOK {
				t.Fatalf("%s %s: status %d", rt.method, rt.path, rec.Code)
			}
		})
	}
}
