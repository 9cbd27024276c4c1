package letter

import "testing"

// TestPhoneRegion: a number without + is read in the region the caller
// gives, when numbers can be read there, else in the region of the
// letter's language.
func TestPhoneRegion(t *testing.T) {
	tests := []struct {
		lang, region, want string
	}{
		{"nb", "", "NO"},
		{"nn", "", "NO"},
		{"en", "", "GB"},
		{"", "", "NO"},   // the default language's
		{"xx", "", "NO"}, // refused by Check, and read as the default's
		{"nb", "SE", "SE"},
		{"en", "US", "US"},
		{"en", "gb", "GB"},
		{"nb", " DE ", "DE"},
		{"en", "XX", "GB"},   // no such region
		{"nb", "419", "NO"},  // a part of the world, not a country
		{"en", "001", "GB"},  // the numbers of no country
		{"nb", "GBR", "NO"},  // three letters name no region here
		{"nn", "\xff", "NO"}, // not even text
	}
	for _, tt := range tests {
		if got := (Draft{Lang: tt.lang, Region: tt.region}).PhoneRegion(); got != tt.want {
			t.Errorf("lang %q, region %q: got %q, want %q", tt.lang, tt.region, got, tt.want)
		}
	}
}

// TestCheckPhoneInRegion: a number without + is read in the draft's
// phone region, then as Norwegian; one with + the same everywhere. The
// letter writes a Norwegian number nationally in a Norwegian letter.
func TestCheckPhoneInRegion(t *testing.T) {
	const refused = ""
	type phoneCase struct{ name, lang, region, phone, want string }
	tests := []phoneCase{
		{"UK number, English letter, en-GB browser", "en", "GB", "020 7946 0958", "+44 20 7946 0958"},
		{"UK number, English letter, browser names no region", "en", "", "020 7946 0958", "+44 20 7946 0958"},
		{"UK number, bokmål letter, en-GB browser", "nb", "GB", "020 7946 0958", "+44 20 7946 0958"},
		{"UK number, bokmål letter, no region: read as Norwegian", "nb", "", "020 7946 0958", refused},
		{"UK number, English letter, nb-NO browser: read as Norwegian", "en", "NO", "020 7946 0958", refused},
		{"UK number, English letter, en-US browser: American, then Norwegian", "en", "US", "020 7946 0958", refused},
		{"Norwegian number, bokmål letter", "nb", "", "412 34 567", "41 23 45 67"},
		{"Norwegian number, nynorsk letter", "nn", "", "41234567", "41 23 45 67"},
		{"Norwegian number, English letter: not British, so Norwegian", "en", "", "412 34 567", "+47 41 23 45 67"},
		{"Norwegian number, bokmål letter, en-US browser: not American, so Norwegian", "nb", "US", "412 34 567", "41 23 45 67"},
		{"Norwegian number, bokmål letter, en-GB browser", "nb", "GB", "412 34 567", "41 23 45 67"},
		{"Danish reading first for a da-DK browser", "nb", "DK", "41 23 45 67", "+45 41 23 45 67"},
		{"Swedish number for a sv-SE browser", "nb", "SE", "08-123 456 78", "+46 8 123 456 78"},
		{"German number for a de-DE browser", "en", "DE", "030 123456", "+49 30 123456"},
		{"American number for an en-US browser", "en", "US", "(212) 555-0123", "+1 212-555-0123"},
		{"00 and a country code, read the Norwegian way after the American", "en", "US", "0044 20 7946 0958", "+44 20 7946 0958"},
		{"an unknown region: the letter's language decides", "en", "XX", "020 7946 0958", "+44 20 7946 0958"},
		{"too short anywhere", "en", "GB", "1234", refused},
	}
	for _, lang := range []string{"nb", "nn", "en"} {
		for _, region := range []string{"", "NO", "GB", "SE", "US"} {
			norwegian := "+47 41 23 45 67"
			if lang != "en" {
				norwegian = "41 23 45 67"
			}
			tests = append(tests,
				phoneCase{"UK number with +, " + lang + ", region " + region, lang, region, "+44 20 7946 0958", "+44 20 7946 0958"},
				phoneCase{"Norwegian number with +, " + lang + ", region " + region, lang, region, "+47 412 34 567", norwegian})
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := validDraft()
			d.Lang, d.Region, d.ReplacementPhone = tt.lang, tt.region, tt.phone
			f, _, errs := Check(d, today)
			e, failed := errs.Get(FieldReplacementPhone)
			switch {
			case tt.want == refused && (!failed || e.Code != InvalidPhone):
				t.Fatalf("%q: got %q and errors %v, want invalid_phone", tt.phone, f.ReplacementPhone, errs)
			case tt.want != refused && len(errs) > 0:
				t.Fatalf("%q: errors %v, want %q", tt.phone, errs, tt.want)
			case f.ReplacementPhone != tt.want:
				t.Fatalf("%q: got %q, want %q", tt.phone, f.ReplacementPhone, tt.want)
			}
		})
	}
}

// TestEveryLanguageHasAPhoneRegion: each language's region is one whose
// numbers can be read, or a number without + could never pass in its
// letters but as Norwegian.
func TestEveryLanguageHasAPhoneRegion(t *testing.T) {
	for _, lang := range Langs {
		if r := lookup(lang).region(); PhoneCountryCode(r) == 0 {
			t.Errorf("%s: region %q", lang, r)
		}
	}
}
