package i18n

import (
	"iter"
	"strconv"
	"strings"

	"github.com/farvel/farvel/internal/letter"
)

// Negotiate picks the language to answer in from an Accept-Language header:
// the most preferred of bokmål (nb, and no, which browsers send for
// Norwegian at large), nynorsk (nn) and English, else bokmål.
func Negotiate(acceptLanguage string) letter.Lang {
	best, bestQ := letter.Norwegian, 0.0
	for tag, q := range preferences(acceptLanguage) {
		if lang, ok := primary(tag); ok && q > bestQ {
			best, bestQ = lang, q
		}
	}
	return best
}

// Region is the region of the most preferred tag of an Accept-Language
// header that names one, in upper case ("GB" of "en-GB", "TW" of
// "zh-Hant-TW"), or "" when none does: a tag of a language alone ("en")
// says nothing about where its reader is.
func Region(acceptLanguage string) string {
	best, bestQ := "", 0.0
	for tag, q := range preferences(acceptLanguage) {
		if region, ok := tagRegion(tag); ok && q > bestQ {
			best, bestQ = region, q
		}
	}
	return strings.ToUpper(best)
}

// preferences yields the tags of an Accept-Language header with their
// weights, in the order listed. A tag with a malformed weight is left out;
// one of weight 0 ("not acceptable") too.
func preferences(acceptLanguage string) iter.Seq2[string, float64] {
	return func(yield func(string, float64) bool) {
		for part := range strings.SplitSeq(acceptLanguage, ",") {
			tag, params, _ := strings.Cut(part, ";")
			q := 1.0
			if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
				parsed, err := strconv.ParseFloat(v, 64)
				if err != nil || parsed < 0 || parsed > 1 {
					continue
				}
				q = parsed
			}
			if q > 0 && !yield(strings.TrimSpace(tag), q) {
				return
			}
		}
	}
}

// primary maps a language tag to a language Farvel speaks.
func primary(tag string) (letter.Lang, bool) {
	sub, _, _ := strings.Cut(tag, "-")
	switch strings.ToLower(sub) {
	case "nb", "no":
		return letter.Norwegian, true
	case "nn":
		return letter.Nynorsk, true
	case "en":
		return letter.English, true
	}
	return "", false
}

// tagRegion finds the region subtag of a BCP 47 tag: two letters after the
// language and its optional extended language (three letters) and script
// (four). A region of three digits ("es-419") is a part of the world, not
// a country, and is no region here.
func tagRegion(tag string) (string, bool) {
	lang, rest, _ := strings.Cut(tag, "-")
	if len(lang) < 2 || len(lang) > 3 || !isLetters(lang) { // "x-…" and "i-…" are private and grandfathered tags
		return "", false
	}
	for rest != "" {
		var sub string
		sub, rest, _ = strings.Cut(rest, "-")
		switch {
		case !isLetters(sub):
			return "", false
		case len(sub) == 2:
			return sub, true
		case len(sub) != 3 && len(sub) != 4:
			return "", false
		}
	}
	return "", false
}

func isLetters(s string) bool {
	for i := range len(s) {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}
