package letter

import "time"

// daysBetween counts calendar days from a to b, ignoring the time of day.
func daysBetween(a, b time.Time) int {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	from := time.Date(ay, am, ad, 0, 0, 0, 0, time.UTC)
	to := time.Date(by, bm, bd, 0, 0, 0, 0, time.UTC)
	return int(to.Sub(from).Hours() / 24)
}

// nextWorkingDay is the first day after d that is neither a weekend nor a
// Norwegian public holiday: the day the replacement takes over.
func nextWorkingDay(d time.Time) time.Time {
	for {
		if d = d.AddDate(0, 0, 1); isWorkingDay(d) {
			return d
		}
	}
}

// previousWorkingDay is the last working day before d: what a last day
// typed on a weekend or a holiday most likely meant.
func previousWorkingDay(d time.Time) time.Time {
	for {
		if d = d.AddDate(0, 0, -1); isWorkingDay(d) {
			return d
		}
	}
}

// isWorkingDay reports a day on which offices in Norway are open.
func isWorkingDay(d time.Time) bool {
	return !isWeekend(d) && !isNorwegianHoliday(d)
}

func isWeekend(d time.Time) bool {
	return d.Weekday() == time.Saturday || d.Weekday() == time.Sunday
}

// isNorwegianHoliday reports the public holidays (helligdager and
// høytidsdager) on which offices in Norway are closed.
func isNorwegianHoliday(d time.Time) bool {
	switch m, day := d.Month(), d.Day(); {
	case m == time.January && day == 1,
		m == time.May && day == 1,
		m == time.May && day == 17,
		m == time.December && (day == 25 || day == 26):
		return true
	}
	easter := easterSunday(d.Year())
	switch daysBetween(easter, d) {
	case -3, -2, 1, 39, 50: // Maundy Thursday, Good Friday, Easter Monday, Ascension, Whit Monday
		return true
	}
	return false
}

// easterSunday computes Western Easter with the anonymous Gregorian
// algorithm (Meeus/Jones/Butcher).
func easterSunday(year int) time.Time {
	a := year % 19
	b, c := year/100, year%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}
