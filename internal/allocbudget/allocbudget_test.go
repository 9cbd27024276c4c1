package allocbudget

import "testing"

// fakeT records failures instead of failing the test.
type fakeT struct {
	testing.TB
	failed bool
}

func (f *fakeT) Helper()               {}
func (f *fakeT) Errorf(string, ...any) { f.failed = true }

var sink []byte

func TestCheck(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts differ under the race detector")
	}
	allocTen := func() {
		for range 10 {
			sink = make([]byte, 64)
		}
	}
	for _, tt := range []struct {
		budget   float64
		wantFail bool
	}{
		{10, false},
		{11, false},
		{9, true},  // over budget
		{20, true}, // budget far too generous
	} {
		ft := &fakeT{}
		Check(ft, "ten", tt.budget, allocTen)
		if ft.failed != tt.wantFail {
			t.Errorf("budget %.0f for 10 allocations: failed=%v, want %v", tt.budget, ft.failed, tt.wantFail)
		}
	}
}
