package letter

import (
	"strconv"
	"time"
)

// language is everything Farvel knows about writing in one language. Each
// is registered once, in languages; a test fails when a language of Langs
// lacks a piece, so a new language or tone cannot fall back on another's.
type language struct {
	tag   string // BCP 47 with region: a file's metadata, a word processor's spell-checker
	words words
	// nationalPhone writes a Norwegian (+47) number as Norwegians do, without
	// the country code; other numbers, and every number when it is off, are
	// written internationally.
	nationalPhone bool
	composers     map[Tone]func(Facts) Letter
}

var languages = map[Lang]language{
	Norwegian: {
		tag:           "nb-NO",
		words:         bokmalWords,
		nationalPhone: true,
		composers:     map[Tone]func(Facts) Letter{Formal: formalNB, Warm: warmNB, Brief: briefNB},
	},
	Nynorsk: {
		tag:           "nn-NO",
		words:         nynorskWords,
		nationalPhone: true,
		composers:     map[Tone]func(Facts) Letter{Formal: formalNN, Warm: warmNN, Brief: briefNN},
	},
	English: {
		tag:       "en-GB",
		words:     englishWords,
		composers: map[Tone]func(Facts) Letter{Formal: formalEN, Warm: warmEN, Brief: briefEN},
	},
}

// lookup returns the registered language. Every Lang comes from ParseLang
// or Check, so one that is not registered is a bug, not input.
func lookup(lang Lang) language {
	l, ok := languages[lang]
	if !ok {
		panic("letter: no language " + strconv.Quote(string(lang)))
	}
	return l
}

// Tag is the language's BCP 47 tag with its region, for a file's metadata
// and a word processor's spell-checker.
func (l Lang) Tag() string { return lookup(l).tag }

// words are how a language writes days, months, dates and small numbers.
type words struct {
	weekdays [7]string  // Sunday first, as time.Weekday counts
	months   [12]string // January first
	numbers  [13]string // zero to twelve, which running text writes in words
	// afterDay is the date style: what stands between the day and the month,
	// ". " in "8. oktober", " " in "8 October".
	afterDay string
}

var (
	bokmalWords = words{
		weekdays: [...]string{"søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"},
		months:   norwegianMonths,
		numbers:  [...]string{"null", "ett", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti", "elleve", "tolv"},
		afterDay: ". ",
	}
	englishWords = words{
		weekdays: [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
		months:   [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		numbers:  [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"},
		afterDay: " ",
	}
)

// norwegianMonths are the same in bokmål and nynorsk.
var norwegianMonths = [...]string{"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"}

// count writes n as a word up to twelve and in digits above, as running
// text does.
func (w words) count(n int) string {
	if n >= 0 && n < len(w.numbers) {
		return w.numbers[n]
	}
	return strconv.Itoa(n)
}

// dayMonth writes "8. oktober" or "8 October".
func (w words) dayMonth(d time.Time) string {
	return strconv.Itoa(d.Day()) + w.afterDay + w.months[d.Month()-1]
}

// weekdayDate writes "fredag 8. oktober" or "Friday 8 October", with the
// year when withYear is set.
func (w words) weekdayDate(d time.Time, withYear bool) string {
	date := w.weekdays[d.Weekday()] + " " + strconv.Itoa(d.Day()) + w.afterDay + w.months[d.Month()-1]
	if withYear {
		return date + " " + strconv.Itoa(d.Year())
	}
	return date
}

// handoverDate writes the replacement's first day, with the year only when
// it differs from the year of the last day.
func (w words) handoverDate(f Facts) string {
	return w.weekdayDate(f.HandoverDay, f.HandoverDay.Year() != f.LastDay.Year())
}

// DateLine is the place and date of a printed letter, "Ålesund, 8. oktober
// 2027" or "Ålesund, 8 October 2027"; the date alone when no place is given.
func DateLine(lang Lang, place string, d time.Time) string {
	date := lookup(lang).words.dayMonth(d) + " " + strconv.Itoa(d.Year())
	if place == "" {
		return date
	}
	return place + ", " + date
}

// Weekday writes the day of the week of d: "søndag", "Sunday".
func Weekday(lang Lang, d time.Time) string { return lookup(lang).words.weekdays[d.Weekday()] }

// DayMonth writes d without its weekday and year: "6. desember",
// "6 December".
func DayMonth(lang Lang, d time.Time) string { return lookup(lang).words.dayMonth(d) }

// WeekdayDate writes d with its weekday and without its year: "fredag 4.
// desember", "Friday 4 December".
func WeekdayDate(lang Lang, d time.Time) string { return lookup(lang).words.weekdayDate(d, false) }
