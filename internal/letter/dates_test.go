package letter

import (
	"testing"
	"time"
)

func date(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestNextWorkingDay(t *testing.T) {
	tests := []struct{ last, want, why string }{
		{"2027-10-06", "2027-10-07", "Wednesday hands over on Thursday"},
		{"2027-10-08", "2027-10-11", "Friday hands over on Monday"},
		{"2027-10-09", "2027-10-11", "Saturday hands over on Monday"},
		{"2027-12-24", "2027-12-27", "Christmas Eve (Friday): 25 and 26 fall on the weekend"},
		{"2028-12-22", "2028-12-27", "Friday before Christmas: Monday 25 and Tuesday 26 are holidays"},
		{"2027-12-31", "2028-01-03", "New Year's Eve, a Friday, into the next year"},
		{"2028-04-12", "2028-04-18", "Wednesday before Easter: Thursday, Friday and Monday are holidays"},
		{"2027-05-14", "2027-05-18", "Friday 14 May 2027: Monday 17 May (Whit Monday and Constitution Day)"},
		{"2028-05-16", "2028-05-18", "Tuesday 16 May 2028: 17 May is Constitution Day"},
		{"2027-05-05", "2027-05-07", "Ascension Day 2027 is Thursday 6 May"},
		{"2028-06-02", "2028-06-06", "Friday 2 June 2028: Monday 5 June is Whit Monday"},
		{"2027-04-30", "2027-05-03", "Friday 30 April: 1 May is a Saturday anyway"},
		{"2029-04-30", "2029-05-02", "Monday 30 April 2029: Tuesday 1 May is Labour Day"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			if got := nextWorkingDay(date(tt.last)); !got.Equal(date(tt.want)) {
				t.Fatalf("after %s: got %s, want %s", tt.last, got.Format(time.DateOnly), tt.want)
			}
		})
	}
}

func TestEasterSunday(t *testing.T) {
	for year, want := range map[int]string{2024: "2024-03-31", 2025: "2025-04-20", 2027: "2027-03-28", 2028: "2028-04-16", 2038: "2038-04-25"} {
		if got := easterSunday(year); !got.Equal(date(want)) {
			t.Errorf("%d: got %s, want %s", year, got.Format(time.DateOnly), want)
		}
	}
}

func TestWeekdayDate(t *testing.T) {
	tests := []struct {
		lang     Lang
		day      string
		withYear bool
		want     string
	}{
		{Norwegian, "2027-10-08", true, "fredag 8. oktober 2027"},
		{English, "2027-10-08", true, "Friday 8 October 2027"},
		{Norwegian, "2028-05-17", false, "onsdag 17. mai"},
		{English, "2028-05-17", false, "Wednesday 17 May"},
		{Norwegian, "2027-08-29", true, "søndag 29. august 2027"},
		{Norwegian, "2027-09-04", true, "lørdag 4. september 2027"},
		{Nynorsk, "2027-09-04", true, "laurdag 4. september 2027"},
		{Nynorsk, "2027-10-11", false, "måndag 11. oktober"},
		{Nynorsk, "2027-10-12", true, "tysdag 12. oktober 2027"},
		{Nynorsk, "2027-10-08", true, "fredag 8. oktober 2027"},
		{Nynorsk, "2027-08-29", false, "søndag 29. august"},
	}
	for _, tt := range tests {
		if got := lookup(tt.lang).words.weekdayDate(date(tt.day), tt.withYear); got != tt.want {
			t.Errorf("%s %s: got %q, want %q", tt.lang, tt.day, got, tt.want)
		}
	}
}

func TestDaysBetweenIgnoresTimeOfDay(t *testing.T) {
	late := time.Date(2027, 9, 1, 23, 59, 0, 0, time.UTC)
	if got := daysBetween(late, date("2027-09-02")); got != 1 {
		t.Fatalf("23:59 to the next day: got %d days, want 1", got)
	}
	oslo := time.FixedZone("CEST", 2*3600)
	early := time.Date(2027, 9, 1, 0, 30, 0, 0, oslo) // still 31 August in UTC
	if got := daysBetween(early, date("2027-09-01")); got != 0 {
		t.Fatalf("00:30 in Oslo on the same date: got %d days, want 0", got)
	}
}

func TestDateLine(t *testing.T) {
	d := time.Date(2027, time.October, 8, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		lang  Lang
		place string
		want  string
	}{
		{Norwegian, "Ålesund", "Ålesund, 8. oktober 2027"},
		{English, "Ålesund", "Ålesund, 8 October 2027"},
		{Norwegian, "", "8. oktober 2027"},
		{Nynorsk, "Førde", "Førde, 8. oktober 2027"},
		{English, "", "8 October 2027"},
	}
	for _, tt := range tests {
		if got := DateLine(tt.lang, tt.place, d); got != tt.want {
			t.Errorf("DateLine(%s, %q) = %q, want %q", tt.lang, tt.place, got, tt.want)
		}
	}
}
