package letter

import (
	"unicode"
	"unicode/utf8"
)

func composeNorwegian(f Facts) Letter {
	var l Letter
	replacement := f.ReplacementName
	if f.ReplacementTitle != "" {
		replacement = midSentenceTitle(f.ReplacementTitle) + " " + f.ReplacementName
	}
	first := firstName(f.ReplacementName)
	lastDay := weekdayDate(Norwegian, f.LastDay, true)
	handover := handoverDate(f)
	leaving := "slutter i " + f.Company
	if f.NewEmployer != "" {
		leaving += " og begynner i " + f.NewEmployer
	}

	switch f.Tone {
	case Warm:
		l.Subject = f.ReplacementName + " tar over som din kontakt fra " + dayMonth(Norwegian, f.HandoverDay)
		l.Greeting = greetingNB("Hei", f.ClientName)
		l.Paragraphs = nonEmpty(
			"Jeg vil at du skal høre det fra meg: Jeg "+leaving+", og "+lastDay+" er min siste arbeidsdag.",
			paragraph(
				"Du blir tatt godt vare på: Fra "+handover+" tar "+replacement+" over etter meg.",
				sentence("Du når "+first+" "+contactNB(f)),
			),
			paragraph(
				"Fram til jeg går, er jeg her som vanlig, så bare si fra om det er noe du lurer på.",
				"Jeg sørger for at "+first+" får vite alt som er viktig for deg.",
				when(f.PhoneFollowup, "Hvis du vil, ringer jeg deg gjerne for en prat om overgangen før jeg går."),
			),
			paragraph(
				thanksWarmNB(f.Years),
				"Å jobbe med deg er noe av det jeg kommer til å savne mest.",
				when(f.SameIndustry, "Jeg blir i bransjen, så jeg håper vi ses igjen."),
			),
			noteParagraph(f.PersonalNote),
			"Ha det godt, og lykke til videre!",
		)
		l.Closing = "Beste hilsen"
	case Brief:
		l.Subject = "Ny kontaktperson fra " + dayMonth(Norwegian, f.HandoverDay) + ": " + f.ReplacementName
		l.Greeting = greetingNB("Hei", f.ClientName)
		l.Paragraphs = nonEmpty(
			paragraph(sentence("Jeg "+leaving), "Siste arbeidsdag er "+lastDay+"."),
			"Fra "+handover+" er "+replacement+" din kontaktperson:"+
				when(f.ReplacementEmail != "", "\nE-post: "+f.ReplacementEmail)+
				when(f.ReplacementPhone != "", "\nTelefon: "+f.ReplacementPhone),
			paragraph(
				"Fram til jeg slutter, svarer jeg gjerne på spørsmål.",
				when(f.PhoneFollowup, "Jeg ringer deg gjerne om overgangen hvis du ønsker det."),
			),
			"Takk for samarbeidet"+when(f.Years > 0, " "+pastYearsNB(f.Years))+
				when(f.SameIndustry, ", og på gjensyn i bransjen")+".",
			noteParagraph(f.PersonalNote),
		)
		l.Closing = "Med vennlig hilsen"
	default:
		l.Subject = "Ny kontaktperson hos " + f.Company + " fra " + dayMonth(Norwegian, f.HandoverDay) + ": " + f.ReplacementName
		l.Greeting = greetingNB("Kjære", f.ClientName)
		l.Paragraphs = nonEmpty(
			paragraph(
				sentence("Jeg vil med dette gi deg beskjed om at jeg "+leaving),
				"Min siste arbeidsdag er "+lastDay+".",
			),
			paragraph(
				"Fra og med "+handover+" blir "+replacement+" din nye kontaktperson.",
				sentence("Du når "+first+" "+contactNB(f)),
			),
			paragraph(
				"Fram til min siste arbeidsdag er jeg tilgjengelig som vanlig og svarer gjerne på spørsmål.",
				"Jeg sørger for at "+first+" får en grundig overlevering.",
				when(f.PhoneFollowup, "Om du ønsker det, ringer jeg deg gjerne før jeg slutter, slik at vi kan gå gjennom overgangen sammen."),
			),
			paragraph(
				"Jeg vil takke deg for tilliten og for et godt samarbeid"+when(f.Years > 0, " "+pastYearsNB(f.Years))+".",
				when(f.SameIndustry, "Jeg blir værende i bransjen og håper at vi møtes igjen."),
			),
			noteParagraph(f.PersonalNote),
			"Jeg ønsker deg alt godt videre.",
		)
		l.Closing = "Med vennlig hilsen"
	}
	return l
}

// greetingNB opens with "Kjære Kari," or "Hei Kari,"; without a name, with a
// plain "Hei,", which suits any reader.
func greetingNB(word, name string) string {
	if name == "" {
		return "Hei,"
	}
	return word + " " + name + ","
}

// contactNB writes how to reach the replacement: "på e-post … eller telefon …".
func contactNB(f Facts) string {
	switch {
	case f.ReplacementEmail != "" && f.ReplacementPhone != "":
		return "på e-post " + f.ReplacementEmail + " eller telefon " + f.ReplacementPhone
	case f.ReplacementEmail != "":
		return "på e-post " + f.ReplacementEmail
	default:
		return "på telefon " + f.ReplacementPhone
	}
}

// pastYearsNB writes "det siste året" or "de siste seks årene".
func pastYearsNB(n int) string {
	if n == 1 {
		return "det siste året"
	}
	return "de siste " + count(Norwegian, n) + " årene"
}

func thanksWarmNB(years int) string {
	switch {
	case years == 0:
		return "Tusen takk for samarbeidet."
	case years == 1:
		return "Tusen takk for et fint år sammen."
	}
	return "Tusen takk for " + count(Norwegian, years) + " fine år sammen."
}

// noteParagraph places the user's own line as a sentence of its own.
func noteParagraph(note string) string {
	if note == "" {
		return ""
	}
	first, size := utf8.DecodeRuneInString(note)
	return sentence(string(unicode.ToUpper(first)) + note[size:])
}

// when returns s if cond holds, else nothing.
func when(cond bool, s string) string {
	if cond {
		return s
	}
	return ""
}
