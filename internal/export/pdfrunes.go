package export

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"
)

// runeSet is a set of runes in the Basic Multilingual Plane, the only plane
// a TrueType format 4 cmap (and fpdf's width table) reaches.
type runeSet [0x10000 / 64]uint64

func (s *runeSet) has(r rune) bool {
	return r >= 0 && r < 0x10000 && s[r>>6]&(1<<(r&63)) != 0
}

func (s *runeSet) add(r rune) { s[r>>6] |= 1 << (r & 63) }

// goFontRunes is the set of runes both Go fonts draw, read once per process
// from their cmaps: the bold face prints the same text as the regular one.
var goFontRunes = sync.OnceValue(func() *runeSet {
	set := new(runeSet)
	var fonts []*sfnt.Font
	for _, ttf := range [][]byte{goregular.TTF, gobold.TTF} {
		f, err := sfnt.Parse(ttf)
		if err != nil {
			panic("export: the Go fonts do not parse: " + err.Error()) // compiled in; cannot happen at run time
		}
		fonts = append(fonts, f)
	}
	var buf sfnt.Buffer
	for r := rune(0x20); r < 0x10000; r++ {
		covered := true
		for _, f := range fonts {
			if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 {
				covered = false
				break
			}
		}
		if covered {
			set.add(r)
		}
	}
	return set
})

// printable rewrites s into runes the font draws, so nothing prints as an
// empty box: other spaces become a plain space, other hyphens '-',
// controls, invisible format characters and accents that did not compose
// with their letter go, and anything else the font lacks becomes a
// look-alike or its decomposed base letter ("ǆ" → "dž"), else '?'.
func printable(s string, covers func(rune) bool) string {
	if isPlain(s, covers) {
		return s // the common case: nothing to map, nothing to allocate
	}
	s = norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD"))
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\t' || unicode.Is(unicode.Zs, r) || r == '\u2028' || r == '\u2029':
			b.WriteByte(' ')
		case r == '\u00AD' || unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r):
			// soft hyphens, controls, zero-width and direction marks draw nothing
		case covers(r):
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r):
			// an accent NFC could not put on its letter: the letter reads better alone than with a '?'
		case isHyphen(r):
			b.WriteByte('-')
		case lookalikes[r] != "":
			b.WriteString(lookalikes[r])
		default:
			b.WriteString(fallback(r, covers))
		}
	}
	return b.String()
}

// isPlain reports whether every rune of s is one the font draws as it is.
func isPlain(s string, covers func(rune) bool) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7F || !covers(rune(c)) {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || !covers(r) || unicode.Is(unicode.Zs, r) || unicode.Is(unicode.Cf, r) ||
			unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Mn, r) || r == '\u00AD' {
			return false // marks may compose with the letter before them under NFC
		}
		i += size
	}
	return true
}

// isHyphen reports the dashes that mean a plain hyphen: U+2010 HYPHEN,
// U+2011 NON-BREAKING HYPHEN, U+2043 HYPHEN BULLET, U+2212 MINUS SIGN and
// the like.
func isHyphen(r rune) bool {
	switch r {
	case '\u2010', '\u2011', '\u2043', '\u2212', '\u02D7', '\uFE63', '\uFF0D':
		return true
	}
	return unicode.Is(unicode.Hyphen, r)
}

// lookalikes stand in for runes the Go fonts lack and that do not
// decompose: the dashes beside the ones they have, and Skolt Sámi's letters
// from Latin Extended-B.
var lookalikes = map[rune]string{
	'\u2012': "–", '\u2E3A': "——", '\u2E3B': "———", '\uFE58': "—",
	'ǥ': "g", 'Ǥ': "G", 'ʒ': "z", 'Ʒ': "Z", 'ǯ': "ž", 'Ǯ': "Ž", 'ʹ': "'", 'ẞ': "SS",
}

// fallback spells r, which the font lacks, with the covered runes of its
// compatibility decomposition ("ﬁ" → "fi", "ℌ" → "H"), dropping accents the
// font lacks, else '?'.
func fallback(r rune, covers func(rune) bool) string {
	var buf [utf8.UTFMax]byte
	decomposed := norm.NFKD.String(string(buf[:utf8.EncodeRune(buf[:], r)]))
	var b strings.Builder
	base := false
	for _, d := range decomposed {
		switch {
		case unicode.Is(unicode.Mn, d):
			if base && covers(d) {
				b.WriteRune(d)
			}
		case covers(d):
			b.WriteRune(d)
			base = true
		case unicode.Is(unicode.Zs, d):
			b.WriteByte(' ')
			base = true
		default:
			return "?"
		}
	}
	if !base {
		return "?"
	}
	return norm.NFC.String(b.String())
}
