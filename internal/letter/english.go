package letter

func composeEnglish(f Facts) Letter {
	var l Letter
	first := firstName(f.ReplacementName)
	lastDay := weekdayDate(English, f.LastDay, true)
	handover := handoverDate(f)
	leaving := "leaving " + f.Company
	if f.NewEmployer != "" {
		leaving += " to join " + f.NewEmployer
	}
	// "Jack Jefford, our Senior Adviser," reads well with any title, with no
	// article to guess.
	replacement := f.ReplacementName
	if f.ReplacementTitle != "" {
		replacement += ", our " + f.ReplacementTitle + ","
	}

	switch f.Tone {
	case Warm:
		l.Subject = f.ReplacementName + " will be looking after you from " + dayMonth(English, f.HandoverDay)
		l.Greeting = greetingEN("Hi", "Hi there,", f.ClientName)
		l.Paragraphs = nonEmpty(
			"I wanted you to hear it from me first: I'm "+leaving+", and "+lastDay+" will be my last day.",
			paragraph(
				"You'll be in good hands.",
				"From "+handover+", "+replacement+" will be looking after you, and you can reach "+first+" "+contactEN(f)+".",
			),
			paragraph(
				"I'm here as usual until my last day, so just get in touch if anything comes up.",
				"I'll make sure "+first+" knows everything that matters to you.",
				when(f.PhoneFollowup, "If you'd like, I'd be happy to give you a call before I go to talk the handover through."),
			),
			paragraph(
				thanksWarmEN(f.Years),
				"Working with you is one of the things I'll miss most.",
				when(f.SameIndustry, "I'm staying in the industry, so I hope we'll meet again before long."),
			),
			noteParagraph(f.PersonalNote),
			"Take care, and all the best!",
		)
		l.Closing = "Best wishes,"
	case Brief:
		l.Subject = "New contact from " + dayMonth(English, f.HandoverDay) + ": " + f.ReplacementName
		l.Greeting = greetingEN("Hello", "Hello,", f.ClientName)
		title := when(f.ReplacementTitle != "", ", "+f.ReplacementTitle)
		l.Paragraphs = nonEmpty(
			paragraph(sentence("I am "+leaving), "My last working day is "+lastDay+"."),
			"From "+handover+", your contact will be "+f.ReplacementName+title+":"+
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
		)
		l.Closing = "Kind regards,"
	default:
		l.Subject = "Your new contact at " + f.Company + " from " + dayMonth(English, f.HandoverDay) + ": " + f.ReplacementName
		l.Greeting = greetingEN("Dear", "Hello,", f.ClientName)
		l.Paragraphs = nonEmpty(
			paragraph(
				sentence("I would like to let you know that I am "+leaving),
				"My last working day will be "+lastDay+".",
			),
			paragraph(
				"From "+handover+", "+replacement+" will be your new contact.",
				sentence("You can reach "+first+" "+contactEN(f)),
			),
			paragraph(
				"Until my last day I remain available as usual and will gladly answer any questions.",
				"I will make sure "+first+" receives a thorough handover.",
				when(f.PhoneFollowup, "If you would find it useful, I would be glad to call you before I leave so that we can go through the transition together."),
			),
			paragraph(
				"Thank you for the confidence you have placed in me"+when(f.Years > 0, " "+pastYearsEN(f.Years))+"; I have greatly valued working with you.",
				when(f.SameIndustry, "As I am staying in the industry, I hope we will meet again."),
			),
			noteParagraph(f.PersonalNote),
			"I wish you every success in the future.",
		)
		l.Closing = "Kind regards,"
	}
	return l
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
	return "over the past " + count(English, n) + " years"
}

func thanksWarmEN(years int) string {
	switch {
	case years == 0:
		return "Thank you so much for everything."
	case years == 1:
		return "Thank you so much for a great year together."
	}
	return "Thank you so much for " + count(English, years) + " great years together."
}
