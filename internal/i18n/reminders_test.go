package i18n

import (
	"testing"
	"time"

	"github.com/farvel/farvel/internal/letter"
)

func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

// TestNotAWorkingDay words the reminder for a last day on a weekend or a
// holiday: the weekday or "holiday", and the day suggested instead, each
// date as the language writes dates.
func TestNotAWorkingDay(t *testing.T) {
	sunday, friday := day("2026-12-06"), day("2026-12-04")
	may17, may14 := day("2027-05-17"), day("2027-05-14") // Whit Monday and Constitution Day
	tests := []struct {
		lang           letter.Lang
		day, suggested time.Time
		holiday        bool
		want           string
	}{
		{letter.Norwegian, sunday, friday, false, "6. desember er en søndag – mente du fredag 4. desember?"},
		{letter.Nynorsk, sunday, friday, false, "6. desember er ein søndag – meinte du fredag 4. desember?"},
		{letter.English, sunday, friday, false, "6 December is a Sunday – did you mean Friday 4 December?"},
		{letter.Norwegian, may17, may14, true, "17. mai er en helligdag – mente du fredag 14. mai?"},
		{letter.Nynorsk, may17, may14, true, "17. mai er ein heilagdag – meinte du fredag 14. mai?"},
		{letter.English, may17, may14, true, "17 May is a public holiday in Norway – did you mean Friday 14 May?"},
		{letter.Nynorsk, day("2027-09-04"), day("2027-09-03"), false, "4. september er ein laurdag – meinte du fredag 3. september?"},
		// The working day before has passed: nothing to suggest.
		{letter.Norwegian, sunday, time.Time{}, false, "6. desember er en søndag – er du sikker på at det er din siste arbeidsdag?"},
		{letter.Nynorsk, sunday, time.Time{}, false, "6. desember er ein søndag – er du sikker på at det er den siste arbeidsdagen din?"},
		{letter.English, sunday, time.Time{}, false, "6 December is a Sunday – are you sure it is your last working day?"},
	}
	for _, tt := range tests {
		if got := For(tt.lang).NotAWorkingDay(tt.day, tt.suggested, tt.holiday); got != tt.want {
			t.Errorf("%s, %s (holiday %t), suggesting %s:\n got %q\nwant %q", tt.lang, tt.day.Format(time.DateOnly), tt.holiday,
				tt.suggested.Format(time.DateOnly), got, tt.want)
		}
	}
}
