package i18n

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/farvel/farvel/internal/letter"
)

// TestReplacementPhoneHint checks that the hint names the region a number
// without + is read in, by name where the catalog has one and by calling
// code otherwise, and that any other region falls back to Norway.
func TestReplacementPhoneHint(t *testing.T) {
	tests := []struct {
		lang   letter.Lang
		region string
		want   string
	}{
		{letter.Norwegian, "NO", "Uten +, leses nummeret som norsk. Andre land med +, for eksempel +44."},
		{letter.Norwegian, "GB", "Uten +, leses nummeret som britisk (+44), ellers som norsk. Andre land med +, for eksempel +46."},
		{letter.Norwegian, "SE", "Uten +, leses nummeret som svensk (+46), ellers som norsk. Andre land med +, for eksempel +44."},
		{letter.Norwegian, "BR", "Uten +, leses nummeret med landskode +55, ellers som norsk. Andre land med +, for eksempel +44."},
		{letter.Nynorsk, "NO", "Utan +, blir nummeret tolka som norsk. Andre land med +, til dømes +44."},
		{letter.Nynorsk, "DE", "Utan +, blir nummeret tolka som tysk (+49), elles som norsk. Andre land med +, til dømes +44."},
		{letter.Nynorsk, "JP", "Utan +, blir nummeret tolka med landskode +81, elles som norsk. Andre land med +, til dømes +44."},
		{letter.English, "GB", "Without +, a number is read as British (+44), or else as Norwegian. For other countries, start with +, for example +46."},
		{letter.English, "US", "Without +, a number is read as American (+1), or else as Norwegian. For other countries, start with +, for example +44."},
		{letter.English, "NO", "Without +, a number is read as Norwegian (+47). For other countries, start with +, for example +44."},
		{letter.English, "IN", "Without +, a number is read with country code +91, or else as Norwegian. For other countries, start with +, for example +44."},
	}
	for _, tt := range tests {
		if got := For(tt.lang).ReplacementPhoneHint(tt.region); got != tt.want {
			t.Errorf("%s, %s:\n got %q\nwant %q", tt.lang, tt.region, got, tt.want)
		}
	}
}

// TestRegionNamesAgree: every language names the same regions, so a
// region is never named in one language and a mere code in another, and
// each is one numbers can be read in.
func TestRegionNamesAgree(t *testing.T) {
	nb, en := slices.Sorted(maps.Keys(norwegianRegionNames)), slices.Sorted(maps.Keys(englishRegionNames))
	if !slices.Equal(nb, en) {
		t.Errorf("the Norwegian catalogs name %v, the English one %v", nb, en)
	}
	for _, r := range nb {
		if letter.PhoneCountryCode(r) == 0 {
			t.Errorf("%s is named, but no phone number can be read there", r)
		}
	}
}

func TestRegion(t *testing.T) {
	tests := []struct{ header, want string }{
		{"", ""},
		{"en-GB", "GB"},
		{"sv-SE,sv;q=0.9,en;q=0.8", "SE"},
		{"de-DE", "DE"},
		{"nb-NO,nb;q=0.9", "NO"},
		{"no-NO", "NO"},
		{"en", ""},      // a language alone has no region
		{"en, nb", ""},  // nor do two
		{"en-gb", "GB"}, // in any case
		{"EN-us", "US"},
		{"en,nb-NO;q=0.8", "NO"},          // the most preferred tag that names a region
		{"en-US;q=0.5,en-GB;q=0.9", "GB"}, // by weight, not by order
		{"en-GB,en-US", "GB"},             // equal weights: the first listed
		{"zh-Hant-TW", "TW"},              // after a script
		{"zh-yue-HK", "HK"},               // after an extended language
		{"sr-Latn-RS-u-nu-latn", "RS"},    // before extensions
		{"en-GB-oxendict", "GB"},          // before a variant
		{"es-419", ""},                    // a part of the world, not a country
		{"es-419,es-MX;q=0.5", "MX"},      // which gives way to one that is
		{"x-GB", ""},                      // private use
		{"i-klingon", ""},                 // a grandfathered tag
		{"*", ""},
		{"en-GB;q=0, nb-NO;q=0.2", "NO"},     // q=0: not acceptable
		{"en-GB;q=bogus, de-DE;q=0.1", "DE"}, // a malformed weight drops the tag
		{"en-G1", ""},
		{"e1-GB", ""},
		{strings.Repeat("x-y,", 5000) + "fi-FI", "FI"},
	}
	for _, tt := range tests {
		if got := Region(tt.header); got != tt.want {
			t.Errorf("Region(%.40q) = %q, want %q", tt.header, got, tt.want)
		}
	}
}

// FuzzRegion: any header gives no region or two capital letters.
func FuzzRegion(f *testing.F) {
	for _, s := range []string{"", "en-GB", "zh-Hant-TW;q=0.8, *", "x-GB", "es-419,es-MX;q=0.5", "en-GB;q=1e-9", "-GB", "en--GB", "\xff-GB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, header string) {
		r := Region(header)
		if r != "" && (len(r) != 2 || r[0] < 'A' || r[0] > 'Z' || r[1] < 'A' || r[1] > 'Z') {
			t.Fatalf("Region(%q) = %q", header, r)
		}
	})
}
