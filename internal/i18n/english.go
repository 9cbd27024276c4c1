package i18n

import (
	"strconv"
	"time"

	"github.com/farvel/farvel/internal/letter"
)

type english struct{}

func (english) Lang() letter.Lang { return letter.English }
func (english) LangName() string  { return "English" }
func (english) Tagline() string {
	return "The letter that tells your clients you are leaving – done in two minutes"
}
func (english) SkipToContent() string  { return "Skip to content" }
func (english) SwitchLanguage() string { return "Language" }
func (english) Privacy() string {
	return "Farvel keeps nothing you type on its server: the letter is made when you ask for it and sent straight back. Your draft stays in this browser only, until you start over."
}

func (english) FormTitle() string { return "Write the letter to your clients" }
func (english) FormIntro() string {
	return "Fill in the form, read the letter and download it. You can change the text before you download."
}
func (english) AdviceTitle() string { return "Before you write" }
func (english) Advice() []string {
	return []string{
		"Talk to your manager first. Your employer may have its own plan for telling clients, and your contract may restrict contact with them.",
		"Introduce the person taking over, with contact details and a clear last day. Give clients time for the handover.",
		"Keep it short: thank them, say who takes over, and little else. If you are moving to a competitor, do not name your new employer.",
		"Consider a phone call to your most important clients as well.",
	}
}
func (english) Optional() string             { return "optional" }
func (english) GroupYou() string             { return "You" }
func (english) GroupReplacement() string     { return "Who takes over" }
func (english) GroupReplacementHint() string { return "Give an email address, a phone number or both." }
func (english) GroupClient() string          { return "The client" }
func (english) GroupLetter() string          { return "The letter" }
func (english) GroupManager() string         { return "Your manager" }
func (english) SenderName() Field {
	return Field{Label: "Your name", Missing: "Enter your name."}
}
func (english) SenderTitle() Field {
	return Field{Label: "Your job title", Hint: "For example Account Manager. Shown under your name."}
}
func (english) Company() Field {
	return Field{Label: "The employer you are leaving", Missing: "Enter your employer's name."}
}
func (english) ClientName() Field {
	return Field{Label: "Client's name", Hint: "As you would greet them, for example Kari. Leave it empty for a general greeting."}
}
func (english) ClientEmail() Field {
	return Field{Label: "Client's email"}
}
func (english) DepartureDate() Field {
	return Field{Label: "Last working day", Hint: "The last day the client can reach you. Your replacement starts on the next working day.", Missing: "Choose your last working day."}
}
func (english) ReplacementName() Field {
	return Field{Label: "Name", Missing: "Enter the name of the person taking over."}
}
func (english) ReplacementTitle() Field {
	return Field{Label: "Job title", Hint: "For example Senior Adviser."}
}
func (english) ReplacementEmail() Field { return Field{Label: "Email"} }
func (english) ReplacementPhone() Field { return Field{Label: "Phone"} }
func (english) ReplacementPhoneHint(region string) string {
	other := " For other countries, start with +, for example " + otherCountryCode(region) + "."
	if region == "NO" {
		return "Without +, a number is read as Norwegian (+47)." + other
	}
	if name, ok := englishRegionNames[region]; ok {
		return "Without +, a number is read as " + name + " (" + countryCode(region) + "), or else as Norwegian." + other
	}
	return "Without +, a number is read with country code " + countryCode(region) + ", or else as Norwegian." + other
}

func (english) Years() Field {
	return Field{Label: "How many years have you worked together?", Hint: "A whole number. Leave it empty if you would rather not say."}
}
func (english) SameIndustry() Field {
	return Field{Label: "I am staying in the industry", Hint: "The letter says you hope to meet again."}
}
func (english) Competitor() Field {
	return Field{Label: "I am moving to a competitor", Hint: "Your new employer is then left out."}
}
func (english) NewEmployer() Field {
	return Field{Label: "New employer", Hint: "Mentioned only if you are not moving to a competitor."}
}
func (english) PhoneFollowup() Field {
	return Field{Label: "Offer to call the client about the handover"}
}
func (english) PersonalNote() Field {
	return Field{Label: "A personal line", Hint: "A sentence or two meant for this client alone."}
}
func (english) ManagerOK() Field {
	return Field{Label: "I have agreed with my manager that I may write to clients"}
}
func (english) LangLegend() string { return "Language of the letter" }
func (english) ToneLegend() string { return "Tone" }
func (english) Formal() Choice {
	return Choice{Label: "Formal", Hint: "Polite and respectful. Suits most clients."}
}
func (english) Warm() Choice {
	return Choice{Label: "Warm", Hint: "Personal and grateful, for clients you know well."}
}
func (english) Brief() Choice {
	return Choice{Label: "Brief", Hint: "Just the facts, in a few lines."}
}
func (english) PreviewButton() string { return "Show the letter" }
func (english) ErrorSummaryTitle() string {
	return "Some things need fixing before the letter can be made"
}
func (english) ErrorPrefix() string { return "Error:" }

func (english) TooLong(limit int) string {
	return "Use at most " + strconv.Itoa(limit) + " characters."
}
func (english) InvalidUTF8() string {
	return "The text has characters that cannot be read. Please type it again."
}
func (english) ControlChars() string {
	return "The text has invisible control characters or line breaks. Write it on one line without special characters."
}
func (english) InvalidChoice() string { return "Choose one of the options." }
func (english) InvalidDate() string   { return "Enter a real date, such as 2027-10-08." }
func (english) DateInPast() string    { return "That date has passed. Choose today or a later day." }
func (english) DateTooFar(days int) string {
	return "The date is more than " + strconv.Itoa(days/365) + " years ahead. Check the year."
}
func (english) InvalidEmail() string { return "Enter an email address such as name@company.com." }
func (english) MixedScript() string {
	return "The domain after @ mixes letters from two alphabets that look alike, such as a Latin o and a Cyrillic о. Type the address again on your own keyboard."
}
func (english) InvalidPhone() string {
	return "Enter a valid phone number, such as 412 34 567 or +44 20 7946 0958."
}
func (english) NeedEmailOrPhone() string {
	return "Give an email address or a phone number, so the client can reach the person taking over."
}
func (english) NotANumber() string { return "Enter the years as a whole number, such as 6." }
func (english) OutOfRange(max int) string {
	return "Enter a number from 0 to " + strconv.Itoa(max) + "."
}

func (english) PreviewTitle() string { return "Your letter" }
func (english) PreviewIntro() string {
	return "This is how the client will read it. Change the text if you like, then download it."
}
func (english) RemindersTitle() string { return "Remember" }
func (english) ShortNotice(days int) string {
	switch days {
	case 0:
		return "Your last working day is today. The client has no time for the handover – send the letter at once, and consider calling your key clients."
	case 1:
		return "Your last working day is tomorrow. That leaves the client very little time for the handover; consider calling your key clients."
	}
	return "There are only " + strconv.Itoa(days) + " days until your last working day. Clients need time for the handover, so send the letter as soon as you can."
}
func (english) NotAWorkingDay(day, suggested time.Time, holiday bool) string {
	what := "a " + letter.Weekday(letter.English, day)
	if holiday {
		what = "a public holiday in Norway"
	}
	s := letter.DayMonth(letter.English, day) + " is " + what + " – "
	if suggested.IsZero() {
		return s + "are you sure it is your last working day?"
	}
	return s + "did you mean " + letter.WeekdayDate(letter.English, suggested) + "?"
}
func (english) ManagerReminder() string {
	return "You have not ticked that your manager knows about this letter. Check with them before you send it: your employer may have its own plan for clients, and your contract may have a client clause or a non-compete."
}
func (english) NewEmployerOmitted() string {
	return "You are moving to a competitor, so your new employer is not mentioned in the letter."
}
func (english) LetterHeading() string  { return "The letter" }
func (english) SubjectHeading() string { return "Subject" }
func (english) EditTitle() string      { return "Edit and download" }
func (english) EditHint() string {
	return "Your changes go into the file, and come back with you if you return to the form."
}
func (english) SubjectLabel() string     { return "Subject" }
func (english) LetterLabel() string      { return "Text" }
func (english) FileFormat() string       { return "File format" }
func (english) BackToEdit() string       { return "Back to the form" }
func (english) LivePreviewTitle() string { return "Your letter so far" }
func (english) LivePreviewHint() string {
	return "The letter appears here as you type."
}
func (english) LivePreviewMissing() string { return "Still missing before the letter can be shown:" }
func (english) CopySubject() string        { return "Copy the subject" }
func (english) CopyLetter() string         { return "Copy the text" }
func (english) Copied() string             { return "Copied." }
func (english) CopyFailed() string         { return "Could not copy. Select the text and copy it yourself." }
func (english) OpenInEmail() string        { return "Open in your email program" }
func (english) Words() string              { return "words" }
func (english) Characters() string         { return "characters" }
func (english) LongLetter() string {
	return "The letter has grown long. Less is more – could something go?"
}
func (english) StartOver() string { return "Start over" }
func (english) DraftRestored() string {
	return "We filled in your draft from last time. It is kept in this browser only."
}
func (english) SubjectPrefix() string { return "Subject" }

func (english) BadRequest() Problem {
	return Problem{"The request could not be read", "The form did not arrive as it should. Go back and try again."}
}
func (english) Forbidden() Problem {
	return Problem{"The form was refused", "The form was sent from another website, so it was refused. Open Farvel directly and try again."}
}
func (english) NotFound() Problem {
	return Problem{"Page not found", "The address is wrong, or the page has moved."}
}
func (english) MethodNotAllowed() Problem {
	return Problem{"This page cannot be opened like that", "This address only accepts the form. Start from the front page."}
}
func (english) TooLarge() Problem {
	return Problem{"Too much text", "The form was larger than Farvel accepts. Shorten the texts and try again."}
}
func (english) UnsupportedMediaType() Problem {
	return Problem{"Unknown form format", "Farvel only accepts ordinary web forms. Use the form on the front page."}
}
func (english) TooManyRequests() Problem {
	return Problem{"Too many requests", "A great many requests have come from you in a short time. Wait a little, then try again."}
}
func (english) ServerError() Problem {
	return Problem{"Something went wrong on our side", "It is not your fault. Please try again in a moment."}
}
func (english) BackToStart() string { return "Go to the front page" }

func (english) GroupPrint() string { return "For a printed letter" }
func (english) GroupPrintHint() string {
	return "Only for the PDF and the Word file: the address shows through a window envelope, and the place goes before the date. The email and the text file leave them out."
}
func (english) ClientCompany() Field {
	return Field{Label: "Client's company", Hint: "Goes under the client's name in the address."}
}
func (english) ClientAddress() Field {
	return Field{Label: "Client's postal address", Hint: "Up to four lines, for example the street on one line and the postcode and town on the next."}
}
func (english) Place() Field {
	return Field{Label: "Where you write from", Hint: "For example Ålesund. Becomes “Ålesund, 8 October 2027” at the top of the letter."}
}
func (english) TooManyLines(max int) string {
	return "Use at most " + strconv.Itoa(max) + " lines, so the address fits in the envelope's window."
}
func (english) DownloadsTitle() string { return "Download" }
func (english) DownloadTxt() string    { return "Text file (.txt)" }
func (english) DownloadTxtHint() string {
	return "Plain text to paste anywhere."
}
func (english) DownloadEmail() string { return "Email draft (.eml)" }
func (english) DownloadEmailHint() string {
	return "Opens as a draft ready to send in Outlook and Thunderbird. Apple Mail only shows it, and Gmail cannot open files – use the copy buttons there."
}
func (english) DownloadPDF() string { return "PDF for printing (.pdf)" }
func (english) DownloadPDFHint() string {
	return "A4, with the address placed for a window envelope and room to sign by hand."
}
func (english) DownloadWord() string { return "Word file (.docx)" }
func (english) DownloadWordHint() string {
	return "For your company's letterhead: paste it in, or adapt its styles in Word or LibreOffice."
}
func (english) PageLabel() string { return "Page %d of %d" }

func (english) EditConflictTitle() string { return "You have edited the text yourself" }
func (english) EditConflictText() string {
	return "Since then you have changed the form, and it now gives a different letter. Keep the text you wrote, or write the letter again from the form?"
}
func (english) KeepEdit() string        { return "Keep my text" }
func (english) RewriteFromForm() string { return "Write it again from the form" }
func (english) FormLetter() string      { return "See the letter the form gives now" }
func (english) LiveEdited() string {
	return "You have edited the letter's text yourself. It is kept; if the form now gives a different letter, you choose when you see the letter."
}
func (english) NoScriptHistory() string {
	return "Without JavaScript: use “Back to the form” rather than the browser's Back button, or the browser will ask to send the form again."
}

func (english) ManyClientsButton() string { return "Letters for many clients" }
func (english) ManyClientsHint() string {
	return "One personal letter for each client from a list or a spreadsheet, in one ZIP file."
}
func (english) ClientsTitle() string { return "Letters for many clients" }
func (english) ClientsIntro() string {
	return "Paste your client list or upload a spreadsheet. Each client gets a letter of their own, with their own name, written from your form."
}
func (english) ClientsEditedNote() string {
	return "You have edited the single letter's text. The letters here are written afresh from the form for each client, so that each greeting, year count and personal line is right. Your edits to the single letter are not used; to have them in every letter, make them in the form."
}
func (english) ClientsList() Field {
	return Field{Label: "The client list", Hint: "Paste from Excel or Google Sheets, or type one client a line with commas, semicolons or tabs between the columns."}
}
func (english) ClientsFile() Field {
	return Field{Label: "Or upload a file", Hint: "CSV or Excel (.xlsx), at most 1 MB and 1000 clients. From an Excel file the first sheet is read. The file is used instead of the list above."}
}
func (english) ColumnsTitle() string { return "What the list looks like" }
func (english) ColumnsHint() string {
	return "Only the name is required. Headers in English or Norwegian are recognised, and so are “First Name” and “Last Name” from a CRM. Without a header the columns are read as name, email, years and personal line. Write “nb” under Language for a client who should get the letter in Norwegian."
}
func (english) ColumnNames() [7]string {
	return [7]string{"Name", "Company", "Email", "Address", "Years", "Personal note", "Language"}
}
func (english) ExampleRows() [][7]string {
	return [][7]string{
		{"Ola Hansen", "Kunde AS", "ola@kunde.no", "Strandgata 12, 6004 Ålesund", "6", "Thank you for all the trips to Geiranger.", "nb"},
		{"Emma Lind", "Nordic Trade AB", "emma@nordictrade.se", "", "2", "", ""},
	}
}
func (english) LettersFormat() string { return "The letters as" }
func (english) SkipInvalid() Field {
	return Field{Label: "Make letters for the rows that are fine, and skip the rest", Hint: "The rows skipped are listed, with the reason, in the report inside the ZIP file."}
}
func (english) ReviewButton() string { return "Review the letters" }
func (english) DownloadZip() string  { return "Download all the letters (ZIP)" }
func (english) BackToLetter() string { return "Back to the letter" }
func (english) ReviewTitle(letters int) string {
	if letters == 1 {
		return "1 letter is ready"
	}
	return strconv.Itoa(letters) + " letters are ready"
}
func (english) ReviewSkipped(rows int) string {
	if rows == 1 {
		return "1 row is skipped."
	}
	return strconv.Itoa(rows) + " rows are skipped."
}
func (english) ShownClientLetter(name string, row int) string {
	return "The letter to " + name + " (row " + strconv.Itoa(row) + ")"
}
func (english) ClientsTableCaption() string { return "The clients in the list" }
func (english) TableRow() string            { return "Row" }
func (english) TableName() string           { return "Name" }
func (english) TableEmail() string          { return "Email" }
func (english) TableOwn() string            { return "Their own in the letter" }
func (english) TableStatus() string         { return "Status" }
func (english) StatusReady() string         { return "Ready" }
func (english) StatusSkipped() string       { return "Skipped" }
func (english) ReadLetter() string          { return "Read the letter" }
func (english) ListProblemsTitle() string   { return "Fix these rows in the list" }
func (english) FormProblemsTitle() string {
	return "Something in the form needs fixing before the letters can be made. Go back to the letter and fix it there:"
}
func (english) RowProblem(row int, column string) string {
	return "Row " + strconv.Itoa(row) + ", " + column
}
func (english) ClientNameMissing() string { return "The name is missing." }
func (english) DuplicateRow(row, of int) string {
	return "Row " + strconv.Itoa(row) + " has the same name and email as row " + strconv.Itoa(of) + ". Both get a letter."
}
func (english) IgnoredColumns(headers string) string {
	return "These columns are not used: " + headers + "."
}
func (english) ListTooLarge(limitBytes int) string {
	return "The list is larger than " + strconv.Itoa(limitBytes>>20) + " MB. Split it into several."
}
func (english) ListTooManyClients(max int) string {
	return "The list has more than " + strconv.Itoa(max) + " clients. Split it into several lists."
}
func (english) ListEmpty() string {
	return "The list has no clients. Paste at least one name, or upload a file."
}
func (english) ListNoNameColumn() string {
	return "The header row has no column for the name. Call it “Name”, or use “First Name” and “Last Name”."
}
func (english) ListUnclosedQuote(row int) string {
	return "A quotation mark on row " + strconv.Itoa(row) + " is never closed. Remove it, or close it."
}
func (english) ListNotAList() string {
	return "The file is not a list: upload a CSV file or an Excel sheet (.xlsx)."
}
func (english) ListOtherSpreadsheet() string {
	return "Farvel cannot read this kind of spreadsheet, or it is password-protected. Save it as .xlsx or .csv and try again."
}
func (english) ListBrokenWorkbook() string {
	return "The Excel file cannot be opened. Save it again as .xlsx or .csv and try again."
}
func (english) ZipProgress() string { return "Making the letters …" }
func (english) ZipDone() string     { return "Done: the ZIP file has been downloaded." }
func (english) ZipFailed() string {
	return "The download stopped before every letter was in it. Please try again."
}
func (english) ReportName() string    { return "report" }
func (english) ReportComma() rune     { return ',' }
func (english) ReportFile() string    { return "File" }
func (english) ReportSkipped() string { return "Skipped because" }
func (english) LettersWord() string   { return "letters" }

func (english) AdviceShort() string {
	return "Talk to your manager before you write to clients, and give them time for the handover."
}
func (english) AdviceMore() string  { return "Read all the advice" }
func (english) SeeLetter() string   { return "See the letter so far" }
func (english) BackToField() string { return "Back to where you were typing" }
func (english) StartOverQuestion() string {
	return "Clear the form and start over? Everything you have typed, the letter's text too, is deleted from this browser."
}
func (english) StartOverYes() string { return "Yes, clear the form" }
func (english) StartOverNo() string  { return "No, keep it" }
func (english) MailtoTooLong() string {
	return "The letter is too long to open straight in your email program. Copy the text and paste it into a new email."
}
func (english) NewEmployerHidden() string {
	return "The “New employer” field is hidden: when you move to a competitor, the letter does not name your new employer."
}
