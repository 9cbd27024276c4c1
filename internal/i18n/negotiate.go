package i18n

import (
	"strconv"
	"strings"

	"github.com/farvel/farvel/internal/letter"
)

// Negotiate picks the language to answer in from an Accept-Language header:
// the most preferred of bokmål (nb, and no, which browsers send for
// Norwegian at large), nynorsk (nn) and English, else bokmål.
func Negotiate(acceptLanguage string) letter.Lang {
	best, bestQ := letter.Norwegian, 0.0
	for part := range strings.SplitSeq(acceptLanguage, ",") {
		tag, params, _ := strings.Cut(part, ";")
		lang, ok := primary(strings.TrimSpace(tag))
		if !ok {
			continue
		}
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			parsed, err := strconv.ParseFloat(v, 64)
			if err != nil || parsed < 0 || parsed > 1 {
				continue
			}
			q = parsed
		}
		if q > bestQ {
			best, bestQ = lang, q
		}
	}
	return best
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
