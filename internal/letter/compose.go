package letter

import (
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
// The facts come from Check, so their language and tone are registered.
func Compose(f Facts) Letter {
	compose, ok := lookup(f.Lang).composers[f.Tone]
	if !ok {
		panic("letter: " + string(f.Lang) + " has no " + string(f.Tone) + " letter")
	}
	l := compose(f)
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

// phrases are what every tone of a language says about the facts: who takes
// over, by what name the second time, the last day, the first day of the
// replacement, and "leaving the company (for the new employer)".
type phrases struct {
	replacement, first, lastDay, handover, leaving string
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

// noteParagraph places the user's own line as a sentence of its own.
func noteParagraph(note string) string {
	if note == "" {
		return ""
	}
	first, size := utf8.DecodeRuneInString(note)
	return sentence(string(unicode.ToUpper(first)) + note[size:])
}

// when returns s if cond holds, else nothing.
func when(cond bool, s string) string {
	if cond {
		return s
	}
	return ""
}
