package letter

func phrasesEN(f Facts) phrases {
	p := phrases{
		replacement: f.ReplacementName,
		first:       firstName(f.ReplacementName),
		lastDay:     englishWords.weekdayDate(f.LastDay, true),
		handover:    englishWords.handoverDate(f),
		leaving:     "leaving " + f.Company,
	}
	// "Jack Jefford, our Senior Adviser," reads well with any title, with no
	// article to guess.
	if f.ReplacementTitle != "" {
		p.replacement += ", our " + f.ReplacementTitle + ","
	}
	if f.NewEmployer != "" {
		p.leaving += " to join " + f.NewEmployer
	}
	return p
}

func formalEN(f Facts) Letter {
	p := phrasesEN(f)
	return Letter{
		Subject:  "Your new contact at " + f.Company + " from " + englishWords.dayMonth(f.HandoverDay) + ": " + f.ReplacementName,
		Greeting: greetingEN("Dear", "Hello,", f.ClientName),
		Paragraphs: nonEmpty(
			paragraph(
				sentence("I would like to let you know that I am "+p.leaving),
				"My last working day will be "+p.lastDay+".",
			),
			paragraph(
				"From "+p.handover+", "+p.replacement+" will be your new contact.",
				sentence("You can reach "+p.first+" "+contactEN(f)),
			),
			paragraph(
				"Until my last day I remain available as usual and will gladly answer any questions.",
				"I will make sure "+p.first+" receives a thorough handover.",
				when(f.PhoneFollowup, "If you would find it useful, I would be glad to call you before I leave so that we can go through the transition together."),
			),
			paragraph(
				"Thank you for the confidence you have placed in me"+when(f.Years > 0, " "+pastYearsEN(f.Years))+"; I have greatly valued working with you.",
				when(f.SameIndustry, "As I am staying in the industry, I hope we will meet again."),
			),
			noteParagraph(f.PersonalNote),
			"I wish you every success in the future.",
		),
		Closing: "Kind regards,",
	}
}

func warmEN(f Facts) Letter {
	p := phrasesEN(f)
	return Letter{
		Subject:  f.ReplacementName + " will be looking after you from " + englishWords.dayMonth(f.HandoverDay),
		Greeting: greetingEN("Hi", "Hi there,", f.ClientName),
		Paragraphs: nonEmpty(
			"I wanted you to hear it from me first: I'm "+p.leaving+", and "+p.lastDay+" will be my last day.",
			paragraph(
				"You'll be in good hands.",
				"From "+p.handover+", "+p.replacement+" will be looking after you, and you can reach "+p.first+" "+contactEN(f)+".",
			),
			paragraph(
				"I'm here as usual until my last day, so just get in touch if anything comes up.",
				"I'll make sure "+p.first+" knows everything that matters to you.",
				when(f.PhoneFollowup, "If you'd like, I'd be happy to give you a call before I go to talk the handover through."),
			),
			paragraph(
				thanksWarmEN(f.Years),
				"Working with you is one of the things I'll miss most.",
				when(f.SameIndustry, "I'm staying in the industry, so I hope we'll meet again before long."),
			),
			noteParagraph(f.PersonalNote),
			"Take care, and all the best!",
		),
		Closing: "Best wishes,",
	}
}

func briefEN(f Facts) Letter {
	p := phrasesEN(f)
	title := when(f.ReplacementTitle != "", ", "+f.ReplacementTitle)
	return Letter{
		Subject:  "New contact from " + englishWords.dayMonth(f.HandoverDay) + ": " + f.ReplacementName,
		Greeting: greetingEN("Hello", "Hello,", f.ClientName),
		Paragraphs: nonEmpty(
			paragraph(sentence("I am "+p.leaving), "My last working day is "+p.lastDay+"."),
			"From "+p.handover+", your contact will be "+f.ReplacementName+title+":"+
				when(f.ReplacementEmail != "", "\nEmail: "+f.ReplacementEmail)+
				when(f.ReplacementPhone != "", "\nPhone: "+f.ReplacementPhone),
			paragraph(
				"Until then, I am happy to answer any questions.",
				when(f.PhoneFollowup, "I can also call you about the handover if you wish."),
			),
			paragraph(
				"Thank you for working with me"+when(f.Years > 0, " "+pastYearsEN(f.Years))+".",
				when(f.SameIndustry, "I hope we meet again in the industry."),
			),
			noteParagraph(f.PersonalNote),
		),
		Closing: "Kind regards,",
	}
}

// greetingEN opens with "Dear Kari," or "Hi Kari,", or the fallback when
// there is no name.
func greetingEN(word, fallback, name string) string {
	if name == "" {
		return fallback
	}
	return word + " " + name + ","
}

// contactEN writes how to reach the replacement: "at … or on …".
func contactEN(f Facts) string {
	switch {
	case f.ReplacementEmail != "" && f.ReplacementPhone != "":
		return "at " + f.ReplacementEmail + " or on " + f.ReplacementPhone
	case f.ReplacementEmail != "":
		return "at " + f.ReplacementEmail
	default:
		return "on " + f.ReplacementPhone
	}
}

// pastYearsEN writes "over the past year" or "over the past six years".
func pastYearsEN(n int) string {
	if n == 1 {
		return "over the past year"
	}
	return "over the past " + englishWords.count(n) + " years"
}

func thanksWarmEN(years int) string {
	switch {
	case years == 0:
		return "Thank you so much for everything."
	case years == 1:
		return "Thank you so much for a great year together."
	}
	return "Thank you so much for " + englishWords.count(years) + " great years together."
}
