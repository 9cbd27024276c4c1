package letter

import (
	"testing"
	"time"
)

// TestLastDayNotAWorkingDay: a last day on a weekend or a Norwegian public
// holiday gets a warning that suggests the last working day before it; a
// working day gets none. The holidays of five years, with Easter moving
// through March and April.
func TestLastDayNotAWorkingDay(t *testing.T) {
	type want struct {
		suggested string // "" for a working day: no warning
		holiday   bool
	}
	tests := []struct {
		day, why string
		want     want
	}{
		// 2026: Easter Sunday 5 April.
		{"2026-01-01", "New Year's Day, a Thursday", want{"2025-12-31", true}},
		{"2026-04-02", "Maundy Thursday", want{"2026-04-01", true}},
		{"2026-04-03", "Good Friday: past Maundy Thursday", want{"2026-04-01", true}},
		{"2026-04-06", "Easter Monday: past the weekend and both Easter holidays", want{"2026-04-01", true}},
		{"2026-05-01", "Labour Day, a Friday", want{"2026-04-30", true}},
		{"2026-05-14", "Ascension Day", want{"2026-05-13", true}},
		{"2026-05-17", "Constitution Day on a Sunday: named a holiday", want{"2026-05-15", true}},
		{"2026-05-25", "Whit Monday", want{"2026-05-22", true}},
		{"2026-12-06", "a Sunday in Advent", want{"2026-12-04", false}},
		{"2026-12-24", "Christmas Eve is a working day", want{}},
		{"2026-12-25", "Christmas Day, a Friday", want{"2026-12-24", true}},
		{"2026-12-26", "Boxing Day, a Saturday", want{"2026-12-24", true}},
		// 2027: Easter Sunday 28 March.
		{"2027-01-01", "New Year's Day, a Friday: into the year before", want{"2026-12-31", true}},
		{"2027-03-25", "Maundy Thursday in March", want{"2027-03-24", true}},
		{"2027-03-29", "Easter Monday in March", want{"2027-03-24", true}},
		{"2027-05-01", "Labour Day on a Saturday", want{"2027-04-30", true}},
		{"2027-05-06", "Ascension Day", want{"2027-05-05", true}},
		{"2027-05-17", "Constitution Day and Whit Monday: the Friday before", want{"2027-05-14", true}},
		{"2027-10-08", "a Friday", want{}},
		{"2027-10-09", "a Saturday", want{"2027-10-08", false}},
		{"2027-10-10", "a Sunday", want{"2027-10-08", false}},
		{"2027-10-11", "a Monday", want{}},
		{"2027-12-26", "Boxing Day on a Sunday", want{"2027-12-24", true}},
		{"2027-12-31", "New Year's Eve is a working day", want{}},
		// 2028: Easter Sunday 16 April.
		{"2028-01-01", "New Year's Day on a Saturday", want{"2027-12-31", true}},
		{"2028-04-12", "the Wednesday before Easter", want{}},
		{"2028-04-13", "Maundy Thursday", want{"2028-04-12", true}},
		{"2028-04-14", "Good Friday", want{"2028-04-12", true}},
		{"2028-04-15", "Easter Saturday: a weekend day", want{"2028-04-12", false}},
		{"2028-04-17", "Easter Monday", want{"2028-04-12", true}},
		{"2028-05-01", "Labour Day on a Monday: the Friday before the weekend", want{"2028-04-28", true}},
		{"2028-05-17", "Constitution Day, a Wednesday", want{"2028-05-16", true}},
		{"2028-05-25", "Ascension Day", want{"2028-05-24", true}},
		{"2028-06-05", "Whit Monday in June", want{"2028-06-02", true}},
		{"2028-12-25", "Christmas Day on a Monday", want{"2028-12-22", true}},
		{"2028-12-26", "Boxing Day on a Tuesday: past Christmas Day and the weekend", want{"2028-12-22", true}},
		// 2029: Easter Sunday 1 April.
		{"2029-01-01", "New Year's Day on a Monday: the Friday of the year before", want{"2028-12-29", true}},
		{"2029-03-29", "Maundy Thursday", want{"2029-03-28", true}},
		{"2029-03-30", "Good Friday", want{"2029-03-28", true}},
		{"2029-04-02", "Easter Monday", want{"2029-03-28", true}},
		{"2029-04-30", "the Monday before Labour Day", want{}},
		{"2029-05-01", "Labour Day, a Tuesday", want{"2029-04-30", true}},
		{"2029-05-10", "Ascension Day", want{"2029-05-09", true}},
		{"2029-05-17", "Constitution Day, a Thursday", want{"2029-05-16", true}},
		{"2029-05-21", "Whit Monday", want{"2029-05-18", true}},
		{"2029-12-25", "Christmas Day, a Tuesday", want{"2029-12-24", true}},
		{"2029-12-26", "Boxing Day, a Wednesday", want{"2029-12-24", true}},
		// 2030: Easter Sunday 21 April.
		{"2030-01-01", "New Year's Day, a Tuesday", want{"2029-12-31", true}},
		{"2030-04-18", "Maundy Thursday", want{"2030-04-17", true}},
		{"2030-04-19", "Good Friday", want{"2030-04-17", true}},
		{"2030-04-22", "Easter Monday", want{"2030-04-17", true}},
		{"2030-05-01", "Labour Day, a Wednesday", want{"2030-04-30", true}},
		{"2030-05-17", "Constitution Day, a Friday", want{"2030-05-16", true}},
		{"2030-05-30", "Ascension Day", want{"2030-05-29", true}},
		{"2030-05-31", "the Friday after Ascension Day", want{}},
		{"2030-06-10", "Whit Monday", want{"2030-06-07", true}},
		{"2030-12-25", "Christmas Day, a Wednesday", want{"2030-12-24", true}},
		{"2030-12-26", "Boxing Day, a Thursday", want{"2030-12-24", true}},
	}
	for _, tt := range tests {
		t.Run(tt.day+" "+tt.why, func(t *testing.T) {
			d := validDraft()
			d.DepartureDate = tt.day
			day := date(tt.day)
			today := day.AddDate(0, 0, -30) // far enough off for no short-notice warning
			_, warnings, errs := Check(d, today)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			if tt.want.suggested == "" {
				if len(warnings) > 0 {
					t.Fatalf("a working day, yet warnings %v", warnings)
				}
				return
			}
			w := Warning{Code: NotAWorkingDay, Date: day, Suggested: date(tt.want.suggested), Holiday: tt.want.holiday}
			if len(warnings) != 1 || warnings[0] != w {
				t.Fatalf("got %v, want %v", warnings, []Warning{w})
			}
		})
	}
}

// TestNotAWorkingDayWithOtherWarnings: the suggestion is never a day that
// has passed, and the short-notice warning still comes beside it.
func TestNotAWorkingDayWithOtherWarnings(t *testing.T) {
	saturday, sunday := date("2027-09-04"), date("2027-09-05")
	tests := []struct {
		name        string
		today       time.Time
		lastDay     string
		suggested   time.Time
		shortNotice int
	}{
		{"Sunday in four days: Friday, two days off", date("2027-09-01"), "2027-09-05", date("2027-09-03"), 4},
		{"Sunday seen on Friday: that Friday", date("2027-09-03"), "2027-09-05", date("2027-09-03"), 2},
		{"Sunday seen on Saturday: Friday has passed", saturday, "2027-09-05", time.Time{}, 1},
		{"today, a Sunday", sunday, "2027-09-05", time.Time{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := validDraft()
			d.DepartureDate = tt.lastDay
			_, warnings, errs := Check(d, tt.today)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			want := []Warning{
				{Code: NotAWorkingDay, Date: date(tt.lastDay), Suggested: tt.suggested},
				{Code: ShortNotice, Days: tt.shortNotice},
			}
			if len(warnings) != len(want) || warnings[0] != want[0] || warnings[1] != want[1] {
				t.Fatalf("got %v, want %v", warnings, want)
			}
		})
	}
}

// TestSuggestedDayIsTheLastWorkingDayBefore holds every day of five years
// to the rule: a day with the warning suggests a day before it that has
// none, and every day between them has it too.
func TestSuggestedDayIsTheLastWorkingDayBefore(t *testing.T) {
	warned := func(day time.Time) (Warning, bool) {
		d := validDraft()
		d.DepartureDate = day.Format(time.DateOnly)
		_, warnings, errs := Check(d, day.AddDate(0, 0, -30))
		if len(errs) > 0 {
			t.Fatalf("%s: %v", d.DepartureDate, errs)
		}
		for _, w := range warnings {
			if w.Code == NotAWorkingDay {
				return w, true
			}
		}
		return Warning{}, false
	}
	for day := date("2026-01-01"); day.Year() <= 2030; day = day.AddDate(0, 0, 1) {
		w, ok := warned(day)
		if !ok {
			continue
		}
		if !w.Suggested.Before(day) {
			t.Fatalf("%s: suggests %s", day.Format(time.DateOnly), w.Suggested.Format(time.DateOnly))
		}
		if _, again := warned(w.Suggested); again {
			t.Fatalf("%s: suggests %s, which is no working day either", day.Format(time.DateOnly), w.Suggested.Format(time.DateOnly))
		}
		for between := w.Suggested.AddDate(0, 0, 1); between.Before(day); between = between.AddDate(0, 0, 1) {
			if _, ok := warned(between); !ok {
				t.Fatalf("%s: suggests %s, but %s is a later working day", day.Format(time.DateOnly), w.Suggested.Format(time.DateOnly), between.Format(time.DateOnly))
			}
		}
	}
}

// TestDateWords: the dates a reminder names, as each language writes them.
func TestDateWords(t *testing.T) {
	sunday, friday := date("2026-12-06"), date("2026-12-04")
	tests := []struct {
		lang                           Lang
		weekday, dayMonth, withWeekday string
	}{
		{Norwegian, "søndag", "6. desember", "fredag 4. desember"},
		{Nynorsk, "søndag", "6. desember", "fredag 4. desember"},
		{English, "Sunday", "6 December", "Friday 4 December"},
	}
	for _, tt := range tests {
		if got := Weekday(tt.lang, sunday); got != tt.weekday {
			t.Errorf("Weekday(%s) = %q, want %q", tt.lang, got, tt.weekday)
		}
		if got := DayMonth(tt.lang, sunday); got != tt.dayMonth {
			t.Errorf("DayMonth(%s) = %q, want %q", tt.lang, got, tt.dayMonth)
		}
		if got := WeekdayDate(tt.lang, friday); got != tt.withWeekday {
			t.Errorf("WeekdayDate(%s) = %q, want %q", tt.lang, got, tt.withWeekday)
		}
	}
	if got := Weekday(Nynorsk, date("2027-09-04")); got != "laurdag" {
		t.Errorf("nynorsk Saturday: %q", got)
	}
}
