package letter

// Nynorsk letters are written in the moderate main forms of the 2012 norm
// (eg, ikkje, berre, saman, vidare), the way a writer from Vestlandet would
// write to a client, not bokmål with the words swapped: possessives after
// the noun ("kontaktpersonen din"), a-verbs ("sluttar", "svarar") and
// nynorsk idiom ("syte for", "i trygge hender", "vi sjåast").

var nynorskWords = words{
	weekdays: [...]string{"søndag", "måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag"},
	months:   norwegianMonths,
	// "eitt", the neuter, because what the letters count is years: "eitt år".
	numbers:  [...]string{"null", "eitt", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti", "elleve", "tolv"},
	afterDay: ". ",
}

func phrasesNN(f Facts) phrases {
	p := phrases{
		replacement: f.ReplacementName,
		first:       firstName(f.ReplacementName),
		lastDay:     nynorskWords.weekdayDate(f.LastDay, true),
		handover:    nynorskWords.handoverDate(f),
		leaving:     "sluttar i " + f.Company,
	}
	if f.ReplacementTitle != "" {
		p.replacement = midSentenceTitle(f.ReplacementTitle) + " " + f.ReplacementName
	}
	if f.NewEmployer != "" {
		p.leaving += " og byrjar i " + f.NewEmployer
	}
	return p
}

func formalNN(f Facts) Letter {
	p := phrasesNN(f)
	return Letter{
		Subject:  "Ny kontaktperson hos " + f.Company + " frå " + nynorskWords.dayMonth(f.HandoverDay) + ": " + f.ReplacementName,
		Greeting: greetingNB("Kjære", f.ClientName),
		Paragraphs: nonEmpty(
			paragraph(
				sentence("Eg vil med dette gje deg beskjed om at eg "+p.leaving),
				"Den siste arbeidsdagen min er "+p.lastDay+".",
			),
			paragraph(
				"Frå og med "+p.handover+" blir "+p.replacement+" den nye kontaktpersonen din.",
				sentence("Du når "+p.first+" "+contactNB(f)),
			),
			paragraph(
				"Fram til eg sluttar, er eg tilgjengeleg som vanleg og svarar gjerne på spørsmål.",
				"Eg syter for at "+p.first+" får ei grundig overlevering.",
				when(f.PhoneFollowup, "Om du ønskjer det, ringjer eg deg gjerne før den tid, slik at vi kan gå gjennom overgangen saman."),
			),
			paragraph(
				"Eg vil takke deg for tilliten og for eit godt samarbeid"+when(f.Years > 0, " "+pastYearsNN(f.Years))+".",
				when(f.SameIndustry, "Sidan eg held fram i bransjen, håpar eg at vi møtest igjen."),
			),
			noteParagraph(f.PersonalNote),
			"Eg ønskjer deg alt godt vidare.",
		),
		Closing: "Med venleg helsing",
	}
}

func warmNN(f Facts) Letter {
	p := phrasesNN(f)
	return Letter{
		Subject:  f.ReplacementName + " tek over som kontakten din frå " + nynorskWords.dayMonth(f.HandoverDay),
		Greeting: greetingNB("Hei", f.ClientName),
		Paragraphs: nonEmpty(
			"Eg vil at du skal høyre det frå meg: Eg "+p.leaving+", og "+p.lastDay+" er den siste arbeidsdagen min.",
			paragraph(
				"Du er i trygge hender: Frå "+p.handover+" tek "+p.replacement+" over etter meg.",
				sentence("Du når "+p.first+" "+contactNB(f)),
			),
			paragraph(
				"Fram til eg går, er eg her som vanleg, så berre sei frå om det er noko du lurer på.",
				"Eg syter for at "+p.first+" får vite alt som er viktig for deg.",
				when(f.PhoneFollowup, "Viss du vil, ringjer eg deg gjerne for ein prat om overgangen før eg går."),
			),
			paragraph(
				thanksWarmNN(f.Years),
				"Å arbeide med deg er noko av det eg kjem til å sakne mest.",
				when(f.SameIndustry, "Eg blir i bransjen, så eg håpar vi sjåast igjen."),
			),
			noteParagraph(f.PersonalNote),
			"Ha det godt, og lukke til vidare!",
		),
		Closing: "Beste helsing",
	}
}

func briefNN(f Facts) Letter {
	p := phrasesNN(f)
	return Letter{
		Subject:  "Ny kontaktperson frå " + nynorskWords.dayMonth(f.HandoverDay) + ": " + f.ReplacementName,
		Greeting: greetingNB("Hei", f.ClientName),
		Paragraphs: nonEmpty(
			paragraph(sentence("Eg "+p.leaving), "Siste arbeidsdag er "+p.lastDay+"."),
			"Frå "+p.handover+" er "+p.replacement+" kontaktpersonen din:"+
				when(f.ReplacementEmail != "", "\nE-post: "+f.ReplacementEmail)+
				when(f.ReplacementPhone != "", "\nTelefon: "+f.ReplacementPhone),
			paragraph(
				"Fram til eg sluttar, svarar eg gjerne på spørsmål.",
				when(f.PhoneFollowup, "Eg ringjer deg gjerne om overgangen viss du ønskjer det."),
			),
			"Takk for samarbeidet"+when(f.Years > 0, " "+pastYearsNN(f.Years))+
				when(f.SameIndustry, ", og på gjensyn i bransjen")+".",
			noteParagraph(f.PersonalNote),
		),
		Closing: "Med venleg helsing",
	}
}

// pastYearsNN writes "det siste året" or "dei siste seks åra".
func pastYearsNN(n int) string {
	if n == 1 {
		return "det siste året"
	}
	return "dei siste " + nynorskWords.count(n) + " åra"
}

func thanksWarmNN(years int) string {
	switch {
	case years == 0:
		return "Tusen takk for samarbeidet."
	case years == 1:
		return "Tusen takk for eit fint år saman."
	}
	return "Tusen takk for " + nynorskWords.count(years) + " fine år saman."
}
