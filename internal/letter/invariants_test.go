package letter

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// strayPunctuation finds what a person would not write: white space before
// punctuation, punctuation doubled or clashing, and punctuation that opens a
// line.
var strayPunctuation = regexp.MustCompile(`\s[.,;:!?]|[,;:][.,;:!?]|\.\.|[.!?],|(?m)^[.,;:!?]`)

// checkHuman reports the ways l does not read as written by a person. It
// holds for any letter composed from checked facts.
func checkHuman(l Letter) []string {
	var problems []string
	body := l.Body()
	for name, s := range map[string]string{"subject": l.Subject, "body": body} {
		if !utf8.ValidString(s) {
			problems = append(problems, name+" is not valid UTF-8")
		}
		if strings.Contains(s, "  ") {
			problems = append(problems, name+" has a doubled space")
		}
		if strings.IndexFunc(s, func(r rune) bool { return r != '\n' && isControl(r) }) >= 0 {
			problems = append(problems, name+" has a control character")
		}
	}
	if strings.Contains(l.Subject, "\n") || l.Subject == "" {
		problems = append(problems, "subject is empty or not one line")
	}
	if strings.Contains(body, "\n\n\n") || strings.Contains(body, " \n") || strings.Contains(body, "\n ") {
		problems = append(problems, "body has an empty paragraph or a line that starts or ends with a space")
	}
	for _, p := range l.Paragraphs {
		if p == "" {
			problems = append(problems, "empty paragraph")
			continue
		}
		if r, _ := utf8.DecodeRuneInString(p); unicode.IsLower(r) {
			problems = append(problems, fmt.Sprintf("paragraph %q starts in lower case", p))
		}
	}
	return problems
}

// checkOurMarks checks a letter whose user values are plain words, so any
// stray punctuation, placeholder or formatting debris is ours.
func checkOurMarks(l Letter) []string {
	var problems []string
	for _, s := range []string{l.Subject, l.Body()} {
		if m := strayPunctuation.FindString(s); m != "" {
			problems = append(problems, fmt.Sprintf("stray punctuation %q", m))
		}
		if strings.ContainsAny(s, "[]{}<>_\t") || strings.Contains(s, "%!") {
			problems = append(problems, "a placeholder or formatting debris")
		}
	}
	return problems
}

// wordCount counts the words of a letter's greeting and paragraphs, leaving
// out the user's own note and the signature.
func wordCount(l Letter, note string) int {
	n := len(strings.Fields(l.Greeting))
	for _, p := range l.Paragraphs {
		if note != "" && p == sentence(note) {
			continue
		}
		n += len(strings.Fields(p))
	}
	return n
}

// TestEveryCombination composes a letter for every combination of the
// optional fields, in every language and tone, and checks that it reads
// as written by a person, that every fact given appears in it and that every
// fact left out does not.
func TestEveryCombination(t *testing.T) {
	type contact struct{ email, phone, phoneWritten string }
	contacts := []contact{
		{email: "jonas@fjord.no"},
		{phone: "41234567", phoneWritten: "41 23 45 67"},
		{email: "jonas@fjord.no", phone: "+46 8 123 456 78", phoneWritten: "+46 8 123 456 78"},
	}
	letters := 0
	for _, lang := range Langs {
		for _, tone := range Tones {
			for mask := range 1 << 9 {
				bit := func(i int) bool { return mask&(1<<i) != 0 }
				for _, c := range contacts {
					for _, years := range []string{"", "1", "6", "12", "13"} {
						d := Draft{
							Lang:             string(lang),
							Tone:             string(tone),
							SenderName:       "Kari Nordmann",
							Company:          "Fjordkontor",
							DepartureDate:    "2027-10-06",
							ReplacementName:  "Jonas Berg",
							ReplacementEmail: c.email,
							ReplacementPhone: c.phone,
							Years:            years,
							SameIndustry:     bit(3),
							Competitor:       bit(4),
							PhoneFollowup:    bit(6),
							ManagerOK:        bit(8),
						}
						if bit(0) {
							d.SenderTitle = "Rådgiver"
						}
						if bit(1) {
							d.ClientName = "Ola"
						}
						if bit(2) {
							d.ReplacementTitle = "Seniorrådgiver"
						}
						if bit(5) {
							d.NewEmployer = "Lysverket"
						}
						if bit(7) {
							d.PersonalNote = "Hils teamet i Bergen"
						}
						name := fmt.Sprintf("%s/%s/%09b/%s/%s/%s", lang, tone, mask, c.email, c.phone, years)
						f, _, errs := Check(d, today)
						if len(errs) > 0 {
							t.Fatalf("%s: %v", name, errs)
						}
						l := Compose(f)
						letters++
						problems := append(checkHuman(l), checkOurMarks(l)...)
						text := l.Subject + "\n" + l.Body()
						problems = append(problems, checkStandard(lang, text)...)
						lower := strings.ToLower(text)
						mustHave := func(present bool, what, s string) {
							if strings.Contains(lower, strings.ToLower(s)) != present {
								problems = append(problems, fmt.Sprintf("%s %q: present=%v expected", what, s, present))
							}
						}
						mustHave(true, "sender", "Kari Nordmann")
						mustHave(true, "company", "Fjordkontor")
						mustHave(true, "replacement", "Jonas Berg")
						mustHave(true, "last day", map[Lang]string{Norwegian: "onsdag 6. oktober 2027", Nynorsk: "onsdag 6. oktober 2027", English: "Wednesday 6 October 2027"}[lang])
						mustHave(true, "handover day", map[Lang]string{Norwegian: "torsdag 7. oktober", Nynorsk: "torsdag 7. oktober", English: "Thursday 7 October"}[lang])
						mustHave(bit(0), "sender title", "Rådgiver\n")
						mustHave(bit(1), "client name", "Ola,")
						mustHave(bit(2), "replacement title", "Seniorrådgiver")
						mustHave(bit(5) && !bit(4), "new employer", "Lysverket")
						mustHave(bit(7), "note", "Hils teamet i Bergen.")
						mustHave(c.email != "", "email", "jonas@fjord.no")
						if c.phone != "" {
							mustHave(true, "phone", c.phoneWritten)
						}
						mustHave(c.email != "", "email word", map[Lang]string{Norwegian: "e-post", Nynorsk: "e-post", English: "@"}[lang])
						mustHave(c.phone != "", "phone word", map[Lang]string{Norwegian: "telefon", Nynorsk: "telefon", English: "+"}[lang])
						mustHave(bit(3), "paths cross", map[Lang]string{Norwegian: "bransjen", Nynorsk: "bransjen", English: "industry"}[lang])
						mustHave(bit(6), "phone follow-up", map[Lang]string{Norwegian: "ringer", Nynorsk: "ringjer", English: "call"}[lang])
						yearsWords := map[Lang]map[string]string{
							Norwegian: {"1": "siste året", "6": "seks", "12": "tolv", "13": "13"},
							Nynorsk:   {"1": "siste året", "6": "seks", "12": "tolv", "13": "13"},
							English:   {"1": "past year", "6": "six", "12": "twelve", "13": "13"},
						}[lang]
						for y, word := range yearsWords {
							if tone == Warm && y == "1" {
								word = map[Lang]string{Norwegian: "et fint år", Nynorsk: "eit fint år", English: "a great year"}[lang]
							}
							mustHave(years == y, "years", word)
						}
						if tone == Brief {
							if n := wordCount(l, f.PersonalNote); n > 120 {
								problems = append(problems, fmt.Sprintf("brief letter has %d words, want at most 120", n))
							}
						}
						if len(problems) > 0 {
							t.Fatalf("%s:\n%s\n\n%s", name, strings.Join(problems, "\n"), text)
						}
					}
				}
			}
		}
	}
	if want := len(Langs) * 3 * 512 * 3 * 5; letters != want {
		t.Fatalf("composed %d letters, want %d", letters, want)
	}
}

// otherStandard lists, for each written standard of Norwegian, words of the
// other one that must never appear in its letters: the words a bokmål
// sentence left half-translated would give away, and the reverse. Each is
// wrong in the standard it is listed under, in any of that standard's
// forms.
var otherStandard = map[Lang][]string{
	Nynorsk: {"jeg", "ikke", "hva", "bare", "vennlig", "hilsen", "fra", "hvis", "også", "sammen", "videre",
		"noe", "mye", "en", "et", "årene", "slutter", "svarer", "ønsker", "høre", "tilgjengelig", "vanlig", "savne"},
	Norwegian: {"eg", "ikkje", "kva", "berre", "venleg", "helsing", "frå", "òg", "saman", "vidare",
		"noko", "ein", "eit", "dei", "tek", "sluttar", "svarar", "ønskjer", "høyre", "tilgjengeleg", "vanleg", "ringjer"},
}

// checkStandard reports the words of text that belong to the other written
// standard than lang's.
func checkStandard(lang Lang, text string) []string {
	var problems []string
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	for _, w := range otherStandard[lang] {
		if slices.Contains(words, w) {
			problems = append(problems, fmt.Sprintf("%q is not %s", w, lang))
		}
	}
	return problems
}

func TestCheckStandardFindsWholeWords(t *testing.T) {
	for _, tt := range []struct {
		lang Lang
		text string
		want int
	}{
		{Nynorsk, "Med vennlig hilsen", 2},
		{Nynorsk, "Eg sluttar frå fredag. Frå og med no.", 0},
		{Nynorsk, "Fra og med mandag", 1},
		{Norwegian, "Eg vil gje deg beskjed", 1},
		{Norwegian, "Jeg kjenner en egen kollega", 0}, // "eg" only as a word of its own
		{English, "eg, ikke, berre", 0},
	} {
		if got := checkStandard(tt.lang, tt.text); len(got) != tt.want {
			t.Errorf("%s %q: got %v, want %d problems", tt.lang, tt.text, got, tt.want)
		}
	}
}

// TestUserPunctuationIsNotDoubled checks values that end in a full stop
// ("Acme Inc.", a note that ends with "!") where the letter ends a sentence.
func TestUserPunctuationIsNotDoubled(t *testing.T) {
	for _, lang := range Langs {
		for _, tone := range Tones {
			d := goldenDrafts["full"]
			d.Lang, d.Tone = string(lang), string(tone)
			d.Company = "Acme Inc."
			d.NewEmployer = ""
			d.PersonalNote = "Takk for kaffen!"
			f, _, errs := Check(d, today)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			body := Compose(f).Body()
			for _, bad := range []string{"Inc..", "!."} {
				if strings.Contains(body, bad) {
					t.Errorf("%s/%s: letter has %q:\n%s", lang, tone, bad, body)
				}
			}
			if !strings.Contains(body, "Takk for kaffen!") {
				t.Errorf("%s/%s: note lost its own punctuation:\n%s", lang, tone, body)
			}
		}
	}
}

// TestNoteKeepsItsOwnEnding checks that a note ending in a question mark or
// an ellipsis gets no full stop after it, and that one ending in a word gets
// one.
func TestNoteKeepsItsOwnEnding(t *testing.T) {
	for note, want := range map[string]string{
		"Ses vi i Bergen?": "Ses vi i Bergen?",
		"Vi ses…":          "Vi ses…",
		"Hils alle!":       "Hils alle!",
		"hils alle":        "Hils alle.",
	} {
		for _, lang := range Langs {
			for _, tone := range Tones {
				d := goldenDrafts["minimal"]
				d.Lang, d.Tone, d.PersonalNote = string(lang), string(tone), note
				f, _, errs := Check(d, today)
				if len(errs) > 0 {
					t.Fatal(errs)
				}
				if l := Compose(f); !slices.Contains(l.Paragraphs, want) {
					t.Errorf("%s/%s, note %q: no paragraph %q in\n%s", lang, tone, note, want, l.Body())
				}
			}
		}
	}
}
