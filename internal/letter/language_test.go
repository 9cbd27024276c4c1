package letter

import (
	"regexp"
	"slices"
	"testing"
)

// TestEveryLanguageIsComplete fails when a language of Langs lacks a piece:
// a letter for one of the tones, a weekday, a month, a number word, its date
// style or its tag. An empty entry is what a forgotten one looks like in an
// array literal.
func TestEveryLanguageIsComplete(t *testing.T) {
	tag := regexp.MustCompile(`^[a-z]{2,3}-[A-Z]{2}$`)
	for _, lang := range Langs {
		t.Run(string(lang), func(t *testing.T) {
			l, ok := languages[lang]
			if !ok {
				t.Fatalf("%s is in Langs but not registered", lang)
			}
			if !tag.MatchString(l.tag) {
				t.Errorf("tag %q is not a language with its region, like nb-NO", l.tag)
			}
			for _, tone := range Tones {
				if l.composers[tone] == nil {
					t.Errorf("no %s letter", tone)
				}
			}
			for tone := range l.composers {
				if !slices.Contains(Tones, tone) {
					t.Errorf("a letter for %q, which is not in Tones", tone)
				}
			}
			distinct(t, "weekday", l.words.weekdays[:])
			distinct(t, "month", l.words.months[:])
			distinct(t, "number word", l.words.numbers[:])
			if l.words.afterDay == "" {
				t.Error("no date style: nothing between the day and the month")
			}
		})
	}
	for lang := range languages {
		if !slices.Contains(Langs, lang) {
			t.Errorf("%s is registered but not in Langs, so no form can choose it", lang)
		}
	}
}

// distinct reports an empty or repeated entry of a list of words.
func distinct(t *testing.T, what string, words []string) {
	t.Helper()
	seen := map[string]int{}
	for i, w := range words {
		if w == "" {
			t.Errorf("%s %d is missing", what, i)
			continue
		}
		if j, dup := seen[w]; dup {
			t.Errorf("%s %d and %d are both %q", what, j, i, w)
		}
		seen[w] = i
	}
}

// TestUnknownLanguageOrTonePanics: a language or tone that is not
// registered is a bug, and says so rather than writing another language's
// letter.
func TestUnknownLanguageOrTonePanics(t *testing.T) {
	f, _, errs := Check(goldenDrafts["minimal"], today)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for name, edit := range map[string]func(*Facts){
		"language": func(f *Facts) { f.Lang = "sv" },
		"tone":     func(f *Facts) { f.Tone = "loud" },
	} {
		t.Run(name, func(t *testing.T) {
			f := f
			edit(&f)
			defer func() {
				if recover() == nil {
					t.Errorf("Compose with an unknown %s wrote a letter", name)
				}
			}()
			Compose(f)
		})
	}
}

func TestTag(t *testing.T) {
	for lang, want := range map[Lang]string{Norwegian: "nb-NO", Nynorsk: "nn-NO", English: "en-GB"} {
		if got := lang.Tag(); got != want {
			t.Errorf("%s.Tag() = %q, want %q", lang, got, want)
		}
	}
}
