package i18n

import (
	"strconv"

	"github.com/farvel/farvel/internal/letter"
)

// norwegianRegionNames are the bokmål and nynorsk words for a region's
// numbers, "britisk" for GB, the same in both standards. The phone hint
// names these regions by country and others by calling code.
var norwegianRegionNames = map[string]string{
	"NO": "norsk", "SE": "svensk", "DK": "dansk", "FI": "finsk", "IS": "islandsk",
	"DE": "tysk", "NL": "nederlandsk", "FR": "fransk", "ES": "spansk", "IT": "italiensk", "PL": "polsk",
	"GB": "britisk", "IE": "irsk", "US": "amerikansk",
}

// englishRegionNames are the English words for the same regions.
var englishRegionNames = map[string]string{
	"NO": "Norwegian", "SE": "Swedish", "DK": "Danish", "FI": "Finnish", "IS": "Icelandic",
	"DE": "German", "NL": "Dutch", "FR": "French", "ES": "Spanish", "IT": "Italian", "PL": "Polish",
	"GB": "British", "IE": "Irish", "US": "American",
}

// countryCode writes region's calling code: "+44".
func countryCode(region string) string {
	return "+" + strconv.Itoa(letter.PhoneCountryCode(region))
}

// otherCountryCode is the example of a number with + in the phone hint:
// the British code, unless numbers are read as British already.
func otherCountryCode(region string) string {
	if region == "GB" {
		return "+46"
	}
	return "+44"
}
