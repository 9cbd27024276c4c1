// Package sample holds the one complete submission that the tests, the
// load test and the load comparison all send: Kari Nordmann leaves Fjord
// Kontorinteriør AS and hands Ola over to Jonas Berg.
package sample

import (
	"net/url"
	"time"
)

// Form is a valid submission with every field of the form contract filled
// in, leaving on lastDay. The keys are written out, as a browser sends
// them, so that a renamed field breaks the callers' tests.
func Form(lastDay time.Time) url.Values {
	return url.Values{
		"lang":              {"nb"},
		"tone":              {"formal"},
		"sender_name":       {"Kari Nordmann"},
		"sender_title":      {"Kundeansvarlig"},
		"company":           {"Fjord Kontorinteriør AS"},
		"client_name":       {"Ola"},
		"client_email":      {"ola@kunde.no"},
		"client_company":    {"Kunde AS"},
		"client_address":    {"Strandgata 12\n6004 Ålesund"},
		"place":             {"Ålesund"},
		"departure_date":    {lastDay.Format(time.DateOnly)},
		"replacement_name":  {"Jonas Berg"},
		"replacement_title": {"Seniorrådgiver"},
		"replacement_email": {"jonas@fjordkontor.no"},
		"replacement_phone": {"41234567"},
		"years":             {"6"},
		"same_industry":     {"on"},
		"new_employer":      {"Lysverket Design"},
		"phone_followup":    {"on"},
		"personal_note":     {"Lykke til med det nye kontoret i Bergen."},
		"manager_ok":        {"on"},
	}
}
