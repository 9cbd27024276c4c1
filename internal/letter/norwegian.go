package letter

func phrasesNB(f Facts) phrases {
	p := phrases{
		replacement: f.ReplacementName,
		first:       firstName(f.ReplacementName),
		lastDay:     bokmalWords.weekdayDate(f.LastDay, true),
		handover:    bokmalWords.handoverDate(f),
		leaving:     "slutter i " + f.Company,
	}
	if f.ReplacementTitle != "" {
		p.replacement = midSentenceTitle(f.ReplacementTitle) + " " + f.ReplacementName
	}
	if f.NewEmployer != "" {
		p.leaving += " og begynner i " + f.NewEmployer
	}
	return p
}

func formalNB(f Facts) Letter {
	p := phrasesNB(f)
	return Letter{
		Subject:  "Ny kontaktperson hos " + f.Company + " fra " + bokmalWords.dayMonth(f.HandoverDay) + ": " + f.ReplacementName,
		Greeting: greetingNB("Kjære", f.ClientName),
		Paragraphs: nonEmpty(
			paragraph(
				sentence("Jeg vil med dette gi deg beskjed om at jeg "+p.leaving),
				"Min siste arbeidsdag er "+p.lastDay+".",
			),
			paragraph(
				"Fra og med "+p.handover+" blir "+p.replacement+" din nye kontaktperson.",
				sentence("Du når "+p.first+" "+contactNB(f)),
			),
			paragraph(
				"Fram til min siste arbeidsdag er jeg tilgjengelig som vanlig og svarer gjerne på spørsmål.",
				"Jeg sørger for at "+p.first+" får en grundig overlevering.",
				when(f.PhoneFollowup, "Om du ønsker det, ringer jeg deg gjerne før jeg slutter, slik at vi kan gå gjennom overgangen sammen."),
			),
			paragraph(
				"Jeg vil takke deg for tilliten og for et godt samarbeid"+when(f.Years > 0, " "+pastYearsNB(f.Years))+".",
				when(f.SameIndustry, "Jeg blir værende i bransjen og håper at vi møtes igjen."),
			),
			noteParagraph(f.PersonalNote),
			"Jeg ønsker deg alt godt videre.",
		),
		Closing: "Med vennlig hilsen",
	}
}

func warmNB(f Facts) Letter {
	p := phrasesNB(f)
	return Letter{
		Subject:  f.ReplacementName + " tar over som din kontakt fra " + bokmalWords.dayMonth(f.HandoverDay),
		Greeting: greetingNB("Hei", f.ClientName),
		Paragraphs: nonEmpty(
			"Jeg vil at du skal høre det fra meg: Jeg "+p.leaving+", og "+p.lastDay+" er min siste arbeidsdag.",
			paragraph(
				"Du blir tatt godt vare på: Fra "+p.handover+" tar "+p.replacement+" over etter meg.",
				sentence("Du når "+p.first+" "+contactNB(f)),
			),
			paragraph(
				"Fram til jeg går, er jeg her som vanlig, så bare si fra om det er noe du lurer på.",
				"Jeg sørger for at "+p.first+" får vite alt som er viktig for deg.",
				when(f.PhoneFollowup, "Hvis du vil, ringer jeg deg gjerne for en prat om overgangen før jeg går."),
			),
			paragraph(
				thanksWarmNB(f.Years),
				"Å jobbe med deg er noe av det jeg kommer til å savne mest.",
				when(f.SameIndustry, "Jeg blir i bransjen, så jeg håper vi ses igjen."),
			),
			noteParagraph(f.PersonalNote),
			"Ha det godt, og lykke til videre!",
		),
		Closing: "Beste hilsen",
	}
}

func briefNB(f Facts) Letter {
	p := phrasesNB(f)
	return Letter{
		Subject:  "Ny kontaktperson fra " + bokmalWords.dayMonth(f.HandoverDay) + ": " + f.ReplacementName,
		Greeting: greetingNB("Hei", f.ClientName),
		Paragraphs: nonEmpty(
			paragraph(sentence("Jeg "+p.leaving), "Siste arbeidsdag er "+p.lastDay+"."),
			"Fra "+p.handover+" er "+p.replacement+" din kontaktperson:"+
				when(f.ReplacementEmail != "", "\nE-post: "+f.ReplacementEmail)+
				when(f.ReplacementPhone != "", "\nTelefon: "+f.ReplacementPhone),
			paragraph(
				"Fram til jeg slutter, svarer jeg gjerne på spørsmål.",
				when(f.PhoneFollowup, "Jeg ringer deg gjerne om overgangen hvis du ønsker det."),
			),
			"Takk for samarbeidet"+when(f.Years > 0, " "+pastYearsNB(f.Years))+
				when(f.SameIndustry, ", og på gjensyn i bransjen")+".",
			noteParagraph(f.PersonalNote),
		),
		Closing: "Med vennlig hilsen",
	}
}

// greetingNB opens with "Kjære Kari," or "Hei Kari,"; without a name, with a
// plain "Hei,", which suits any reader. Nynorsk greets the same way.
func greetingNB(word, name string) string {
	if name == "" {
		return "Hei,"
	}
	return word + " " + name + ","
}

// contactNB writes how to reach the replacement: "på e-post … eller telefon …",
// in bokmål and nynorsk alike.
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
	return "de siste " + bokmalWords.count(n) + " årene"
}

func thanksWarmNB(years int) string {
	switch {
	case years == 0:
		return "Tusen takk for samarbeidet."
	case years == 1:
		return "Tusen takk for et fint år sammen."
	}
	return "Tusen takk for " + bokmalWords.count(years) + " fine år sammen."
}
