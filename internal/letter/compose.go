package letter

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Letter is a composed letter, ready to show or export.
type Letter struct {
	Lang       Lang
	Subject    string
	Greeting   string
	Paragraphs []string // a paragraph may hold line breaks (a brief letter's contact lines)
	Closing    string   // "Med vennlig hilsen", "Kind regards,"
	Signature  []string // name, then title and company
}

// LongWords is where a letter stops being short: past it, the preview
// nudges the user to cut. Any composed letter with a short note is under it.
const LongWords = 250

// CountWords counts the words of a text, as the length counter shows them:
// runs of anything but white space.
func CountWords(s string) int {
	words, inWord := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !inWord {
			words++
		}
		inWord = !space
	}
	return words
}

// Compose writes the letter the facts describe, in their language and tone.
func Compose(f Facts) Letter {
	var l Letter
	if f.Lang == English {
		l = composeEnglish(f)
	} else {
		l = composeNorwegian(f)
	}
	l.Lang = f.Lang
	l.Signature = nonEmpty(f.SenderName, f.SenderTitle, f.Company)
	return l
}

// Body is the letter as plain text, from greeting to signature, without the
// subject.
func (l Letter) Body() string {
	var b strings.Builder
	b.Grow(1024)
	b.WriteString(l.Greeting)
	for _, p := range l.Paragraphs {
		b.WriteString("\n\n")
		b.WriteString(p)
	}
	b.WriteString("\n\n")
	b.WriteString(l.Closing)
	for _, s := range l.Signature {
		b.WriteByte('\n')
		b.WriteString(s)
	}
	b.WriteByte('\n')
	return b.String()
}

// paragraph joins sentences with one space, skipping empty ones.
func paragraph(sentences ...string) string {
	return strings.Join(nonEmpty(sentences...), " ")
}

func nonEmpty(ss ...string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// sentence ends s with a full stop unless the user's own words already end
// it ("… Acme Inc." or a note that ends with "!").
func sentence(s string) string {
	if endsSentence(s) {
		return s
	}
	return s + "."
}

func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…", r)
}

// firstName is how a colleague is named the second time: the first word of
// a name of two words or more ("Jack Jefford" → "Jack").
func firstName(name string) string {
	if i := strings.IndexByte(name, ' '); i > 0 {
		return name[:i]
	}
	return name
}

// midSentenceTitle writes a job title as Norwegian has it inside a
// sentence, in lower case ("Kundeansvarlig" → "kundeansvarlig"), unless it
// has capitals of its own ("CFO", "Key Account Manager").
func midSentenceTitle(title string) string {
	first, size := utf8.DecodeRuneInString(title)
	if !unicode.IsUpper(first) || strings.IndexFunc(title[size:], unicode.IsUpper) >= 0 {
		return title
	}
	return string(unicode.ToLower(first)) + title[size:]
}

var (
	numberWordsNB = [...]string{"null", "ett", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti", "elleve", "tolv"}
	numberWordsEN = [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
)

// count writes n as a word up to twelve and in digits above, as running
// text does.
func count(lang Lang, n int) string {
	if n < len(numberWordsNB) {
		if lang == Norwegian {
			return numberWordsNB[n]
		}
		return numberWordsEN[n]
	}
	return strconv.Itoa(n)
}

// handoverDate writes the replacement's first day, with the year only when
// it differs from the year of the last day.
func handoverDate(f Facts) string {
	return weekdayDate(f.Lang, f.HandoverDay, f.HandoverDay.Year() != f.LastDay.Year())
}
