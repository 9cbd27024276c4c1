package letter

import (
	"strings"

	"github.com/nyaruka/phonenumbers"
)

// norwayCountryCode is +47, shared by mainland Norway and Svalbard: both
// are written the Norwegian way.
const norwayCountryCode = 47

// norway is the region a number is read in when nothing says otherwise.
const norway = "NO"

// PhoneRegion is the region (ISO 3166-1, upper case: "GB") in which a phone
// number written without + is read first: the draft's Region when numbers
// can be read there, else the region of the letter's language, so "nb" and
// "nn" give "NO" and "en" gives "GB". A number that is not one there is
// read as Norwegian, Farvel's home, before it is refused.
func (d Draft) PhoneRegion() string {
	if r := strings.ToUpper(strings.TrimSpace(d.Region)); PhoneCountryCode(r) != 0 {
		return r
	}
	lang, _ := ParseLang(d.Lang) // an unknown language is refused, and checked as the default
	return lookup(lang).region()
}

// PhoneCountryCode is the calling code of region ("GB": 44), or 0 for a
// region in which phone numbers cannot be read.
func PhoneCountryCode(region string) int {
	return phonenumbers.GetCountryCodeForRegion(region)
}

// region is the region of the language's tag: "GB" of "en-GB".
func (l language) region() string {
	return l.tag[strings.LastIndexByte(l.tag, '-')+1:]
}

// phone parses a number written with a + and any country code, or without
// one in the region the user most likely means (PhoneRegion, else Norway),
// and formats it the way the letter's readers write numbers: a Norwegian
// number in a Norwegian letter without the country code.
func (c *checker) phone(field, s string, lang Lang, region string) string {
	s, ok := c.text0(field, s, MaxPhoneLen, false, false)
	if !ok || s == "" {
		return ""
	}
	num, ok := parsePhone(s, region)
	if !ok && region != norway {
		num, ok = parsePhone(s, norway)
	}
	if !ok {
		c.add(field, InvalidPhone, 0)
		return ""
	}
	if lookup(lang).nationalPhone && num.GetCountryCode() == norwayCountryCode {
		return phonenumbers.Format(num, phonenumbers.NATIONAL)
	}
	return phonenumbers.Format(num, phonenumbers.INTERNATIONAL)
}

// parsePhone reads s as a number of region, and reports whether it is a
// valid one.
func parsePhone(s, region string) (*phonenumbers.PhoneNumber, bool) {
	num, err := phonenumbers.Parse(s, region)
	return num, err == nil && phonenumbers.IsValidNumber(num)
}
