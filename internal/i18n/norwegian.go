package i18n

import (
	"strconv"
	"time"

	"github.com/farvel/farvel/internal/letter"
)

type norwegian struct{}

func (norwegian) Lang() letter.Lang      { return letter.Norwegian }
func (norwegian) LangName() string       { return "Bokmål" }
func (norwegian) Tagline() string        { return "Avskjedsbrev til kundene dine – ferdig på to minutter" }
func (norwegian) SkipToContent() string  { return "Gå til innholdet" }
func (norwegian) SwitchLanguage() string { return "Språk" }
func (norwegian) Privacy() string {
	return "Farvel lagrer ingenting av det du skriver på serveren: brevet lages når du ber om det, og sendes rett tilbake. Utkastet ditt blir bare i denne nettleseren, til du starter på nytt."
}

func (norwegian) FormTitle() string { return "Skriv avskjedsbrevet til kundene dine" }
func (norwegian) FormIntro() string {
	return "Fyll inn skjemaet, se over brevet og last det ned. Du kan endre teksten før du laster ned."
}
func (norwegian) AdviceTitle() string { return "Før du skriver" }
func (norwegian) Advice() []string {
	return []string{
		"Snakk med lederen din først. Arbeidsgiveren kan ha en egen plan for å informere kundene, og arbeidsavtalen kan ha en kundeklausul.",
		"Presenter den som tar over, med kontaktinformasjon og en tydelig siste dag. Gi kundene tid til overgangen.",
		"Hold det kort: takk for samarbeidet, si hvem som tar over, og ikke mer. Går du til en konkurrent, nevner du ikke den nye arbeidsgiveren.",
		"Ring gjerne de viktigste kundene i tillegg.",
	}
}
func (norwegian) Optional() string             { return "valgfritt" }
func (norwegian) GroupYou() string             { return "Deg" }
func (norwegian) GroupReplacement() string     { return "Den som tar over" }
func (norwegian) GroupReplacementHint() string { return "Fyll inn e-post, telefon eller begge." }
func (norwegian) GroupClient() string          { return "Kunden" }
func (norwegian) GroupLetter() string          { return "Brevet" }
func (norwegian) GroupManager() string         { return "Lederen din" }
func (norwegian) SenderName() Field {
	return Field{Label: "Navnet ditt", Missing: "Skriv navnet ditt."}
}
func (norwegian) SenderTitle() Field {
	return Field{Label: "Stillingen din", Hint: "For eksempel kundeansvarlig. Står under navnet ditt."}
}
func (norwegian) Company() Field {
	return Field{Label: "Arbeidsgiveren du slutter hos", Missing: "Skriv navnet på arbeidsgiveren din."}
}
func (norwegian) ClientName() Field {
	return Field{Label: "Kundens navn", Hint: "Slik du vil hilse, for eksempel Kari. Står det tomt, får brevet en vanlig hilsen."}
}
func (norwegian) ClientEmail() Field {
	return Field{Label: "Kundens e-post"}
}
func (norwegian) DepartureDate() Field {
	return Field{Label: "Siste arbeidsdag", Hint: "Den siste dagen kunden kan nå deg. Den som tar over, begynner neste virkedag.", Missing: "Velg din siste arbeidsdag."}
}
func (norwegian) ReplacementName() Field {
	return Field{Label: "Navn", Missing: "Skriv navnet på den som tar over."}
}
func (norwegian) ReplacementTitle() Field {
	return Field{Label: "Stilling", Hint: "For eksempel seniorrådgiver."}
}
func (norwegian) ReplacementEmail() Field { return Field{Label: "E-post"} }
func (norwegian) ReplacementPhone() Field { return Field{Label: "Telefon"} }
func (norwegian) ReplacementPhoneHint(region string) string {
	other := " Andre land med +, for eksempel " + otherCountryCode(region) + "."
	if region == "NO" {
		return "Uten +, leses nummeret som norsk." + other
	}
	if name, ok := norwegianRegionNames[region]; ok {
		return "Uten +, leses nummeret som " + name + " (" + countryCode(region) + "), ellers som norsk." + other
	}
	return "Uten +, leses nummeret med landskode " + countryCode(region) + ", ellers som norsk." + other
}
func (norwegian) Years() Field {
	return Field{Label: "Hvor mange år har dere jobbet sammen?", Hint: "Et helt tall. La det stå tomt om du ikke vil nevne det."}
}
func (norwegian) SameIndustry() Field {
	return Field{Label: "Jeg blir i bransjen", Hint: "Brevet sier at du håper dere møtes igjen."}
}
func (norwegian) Competitor() Field {
	return Field{Label: "Jeg går til en konkurrent", Hint: "Da nevnes ikke den nye arbeidsgiveren."}
}
func (norwegian) NewEmployer() Field {
	return Field{Label: "Ny arbeidsgiver", Hint: "Nevnes bare hvis du ikke går til en konkurrent."}
}
func (norwegian) PhoneFollowup() Field {
	return Field{Label: "Tilby å ringe kunden om overgangen"}
}
func (norwegian) PersonalNote() Field {
	return Field{Label: "En personlig hilsen", Hint: "En setning eller to som bare passer for denne kunden."}
}
func (norwegian) ManagerOK() Field {
	return Field{Label: "Jeg har avklart med lederen min at jeg kan skrive til kundene"}
}
func (norwegian) LangLegend() string { return "Språk i brevet" }
func (norwegian) ToneLegend() string { return "Tone" }
func (norwegian) Formal() Choice {
	return Choice{Label: "Formell", Hint: "Høflig og respektfull. Passer for de fleste."}
}
func (norwegian) Warm() Choice {
	return Choice{Label: "Varm", Hint: "Personlig og takknemlig, for kunder du kjenner godt."}
}
func (norwegian) Brief() Choice {
	return Choice{Label: "Kort", Hint: "Bare fakta, på noen få linjer."}
}
func (norwegian) PreviewButton() string     { return "Se brevet" }
func (norwegian) ErrorSummaryTitle() string { return "Noe må rettes før brevet kan lages" }
func (norwegian) ErrorPrefix() string       { return "Feil:" }

func (norwegian) TooLong(limit int) string {
	return "Bruk høyst " + strconv.Itoa(limit) + " tegn."
}
func (norwegian) InvalidUTF8() string {
	return "Teksten har tegn som ikke kan leses. Skriv den inn på nytt."
}
func (norwegian) ControlChars() string {
	return "Teksten har usynlige kontrolltegn eller linjeskift. Skriv den på én linje uten spesialtegn."
}
func (norwegian) InvalidChoice() string { return "Velg et av alternativene." }
func (norwegian) InvalidDate() string   { return "Skriv en dato som finnes, som 2027-10-08." }
func (norwegian) DateInPast() string    { return "Datoen har passert. Velg i dag eller en senere dag." }
func (norwegian) DateTooFar(days int) string {
	return "Datoen er mer enn " + strconv.Itoa(days/365) + " år fram i tid. Sjekk årstallet."
}
func (norwegian) InvalidEmail() string { return "Skriv en e-postadresse som navn@firma.no." }
func (norwegian) MixedScript() string {
	return "Domenet etter @ blander bokstaver fra to alfabeter som ligner hverandre, som en latinsk o og en kyrillisk о. Skriv adressen på nytt med ditt eget tastatur."
}
func (norwegian) InvalidPhone() string {
	return "Skriv et gyldig telefonnummer, som 412 34 567 eller +46 8 123 456 78."
}
func (norwegian) NeedEmailOrPhone() string {
	return "Fyll inn e-post eller telefon, så kunden kan nå den som tar over."
}
func (norwegian) NotANumber() string { return "Skriv antall år som et helt tall, som 6." }
func (norwegian) OutOfRange(max int) string {
	return "Skriv et tall fra 0 til " + strconv.Itoa(max) + "."
}

func (norwegian) PreviewTitle() string { return "Brevet ditt" }
func (norwegian) PreviewIntro() string {
	return "Slik vil kunden lese brevet. Endre teksten om du vil, og last det ned."
}
func (norwegian) RemindersTitle() string { return "Husk" }
func (norwegian) ShortNotice(days int) string {
	switch days {
	case 0:
		return "Siste arbeidsdag er i dag. Kunden får ingen tid til overgangen – send brevet straks, og ring gjerne de viktigste kundene."
	case 1:
		return "Siste arbeidsdag er i morgen. Det gir kunden svært lite tid til overgangen; ring gjerne de viktigste kundene."
	}
	return "Det er bare " + strconv.Itoa(days) + " dager til siste arbeidsdag. Kundene trenger tid til overgangen, så send brevet så snart du kan."
}
func (norwegian) NotAWorkingDay(day, suggested time.Time, holiday bool) string {
	what := "en " + letter.Weekday(letter.Norwegian, day)
	if holiday {
		what = "en helligdag"
	}
	s := letter.DayMonth(letter.Norwegian, day) + " er " + what + " – "
	if suggested.IsZero() {
		return s + "er du sikker på at det er din siste arbeidsdag?"
	}
	return s + "mente du " + letter.WeekdayDate(letter.Norwegian, suggested) + "?"
}
func (norwegian) ManagerReminder() string {
	return "Du har ikke krysset av for at lederen din vet om brevet. Avklar det før du sender: arbeidsgiveren kan ha en egen plan for kundene, og arbeidsavtalen din kan ha en kundeklausul eller et konkurranseforbud."
}
func (norwegian) NewEmployerOmitted() string {
	return "Du går til en konkurrent, så den nye arbeidsgiveren er ikke nevnt i brevet."
}
func (norwegian) LetterHeading() string  { return "Brevet" }
func (norwegian) SubjectHeading() string { return "Emne" }
func (norwegian) EditTitle() string      { return "Endre og last ned" }
func (norwegian) EditHint() string {
	return "Endringene dine blir med i filen, og de blir med tilbake om du går til skjemaet igjen."
}
func (norwegian) SubjectLabel() string     { return "Emne" }
func (norwegian) LetterLabel() string      { return "Tekst" }
func (norwegian) FileFormat() string       { return "Filformat" }
func (norwegian) BackToEdit() string       { return "Tilbake til skjemaet" }
func (norwegian) LivePreviewTitle() string { return "Slik blir brevet" }
func (norwegian) LivePreviewHint() string {
	return "Brevet vises her mens du skriver."
}
func (norwegian) LivePreviewMissing() string { return "Dette mangler før brevet kan vises:" }
func (norwegian) CopySubject() string        { return "Kopier emnet" }
func (norwegian) CopyLetter() string         { return "Kopier teksten" }
func (norwegian) Copied() string             { return "Kopiert." }
func (norwegian) CopyFailed() string         { return "Kunne ikke kopiere. Merk teksten og kopier den selv." }
func (norwegian) OpenInEmail() string        { return "Åpne i e-postprogrammet" }
func (norwegian) Words() string              { return "ord" }
func (norwegian) Characters() string         { return "tegn" }
func (norwegian) LongLetter() string {
	return "Brevet er blitt langt. Mindre er mer – kan noe kuttes?"
}
func (norwegian) StartOver() string { return "Start på nytt" }
func (norwegian) DraftRestored() string {
	return "Vi fylte inn utkastet ditt fra sist. Det er bare lagret i denne nettleseren."
}
func (norwegian) SubjectPrefix() string { return "Emne" }

func (norwegian) BadRequest() Problem {
	return Problem{"Forespørselen kunne ikke leses", "Skjemaet kom ikke fram slik det skulle. Gå tilbake og prøv igjen."}
}
func (norwegian) Forbidden() Problem {
	return Problem{"Skjemaet ble avvist", "Skjemaet ble sendt fra en annen nettside, så vi avviste det. Åpne Farvel direkte og prøv igjen."}
}
func (norwegian) NotFound() Problem {
	return Problem{"Siden finnes ikke", "Adressen er feil, eller siden er flyttet."}
}
func (norwegian) MethodNotAllowed() Problem {
	return Problem{"Siden kan ikke åpnes slik", "Denne adressen tar bare imot skjemaet. Start fra forsiden."}
}
func (norwegian) TooLarge() Problem {
	return Problem{"For mye tekst", "Skjemaet var større enn Farvel tar imot. Gjør tekstene kortere og prøv igjen."}
}
func (norwegian) UnsupportedMediaType() Problem {
	return Problem{"Ukjent skjemaformat", "Farvel tar bare imot vanlige nettskjemaer. Bruk skjemaet på forsiden."}
}
func (norwegian) TooManyRequests() Problem {
	return Problem{"For mange forespørsler", "Det har kommet svært mange forespørsler fra deg på kort tid. Vent litt, så kan du prøve igjen."}
}
func (norwegian) ServerError() Problem {
	return Problem{"Noe gikk galt hos oss", "Feilen er ikke din. Prøv igjen om litt."}
}
func (norwegian) BackToStart() string { return "Til forsiden" }

func (norwegian) GroupPrint() string { return "Til et utskrevet brev" }
func (norwegian) GroupPrintHint() string {
	return "Bare for PDF og Word: adressen havner i vinduet på en vinduskonvolutt, og stedet står foran datoen. E-posten og tekstfilen bruker dem ikke."
}
func (norwegian) ClientCompany() Field {
	return Field{Label: "Kundens firma", Hint: "Står under kundens navn i adressefeltet."}
}
func (norwegian) ClientAddress() Field {
	return Field{Label: "Kundens postadresse", Hint: "Opptil fire linjer, for eksempel gate og nummer på én linje og postnummer og sted på neste."}
}
func (norwegian) Place() Field {
	return Field{Label: "Stedet du skriver fra", Hint: "For eksempel Ålesund. Blir til «Ålesund, 8. oktober 2027» øverst i brevet."}
}
func (norwegian) TooManyLines(max int) string {
	return "Bruk høyst " + strconv.Itoa(max) + " linjer, så adressen får plass i konvoluttvinduet."
}
func (norwegian) DownloadsTitle() string { return "Last ned" }
func (norwegian) DownloadTxt() string    { return "Tekstfil (.txt)" }
func (norwegian) DownloadTxtHint() string {
	return "Ren tekst å lime inn hvor som helst."
}
func (norwegian) DownloadEmail() string { return "E-postutkast (.eml)" }
func (norwegian) DownloadEmailHint() string {
	return "Åpnes som et utkast klart til å sende i Outlook og Thunderbird. Apple Mail viser det bare, og Gmail kan ikke åpne filer – der bruker du kopieringsknappene."
}
func (norwegian) DownloadPDF() string { return "PDF til utskrift (.pdf)" }
func (norwegian) DownloadPDFHint() string {
	return "A4, med adressen plassert for en vinduskonvolutt og plass til å signere for hånd."
}
func (norwegian) DownloadWord() string { return "Word-fil (.docx)" }
func (norwegian) DownloadWordHint() string {
	return "Til firmaets brevmal: lim inn eller tilpass stilene i Word eller LibreOffice."
}
func (norwegian) PageLabel() string { return "Side %d av %d" }

func (norwegian) EditConflictTitle() string { return "Du har endret teksten selv" }
func (norwegian) EditConflictText() string {
	return "Etter det har du endret skjemaet, og det gir nå et annet brev. Vil du beholde teksten du skrev, eller skrive brevet på nytt fra skjemaet?"
}
func (norwegian) KeepEdit() string        { return "Behold teksten min" }
func (norwegian) RewriteFromForm() string { return "Skriv brevet på nytt fra skjemaet" }
func (norwegian) FormLetter() string      { return "Se brevet slik skjemaet gir det nå" }
func (norwegian) LiveEdited() string {
	return "Du har endret teksten i brevet selv. Den beholdes; går skjemaet ditt til et annet brev, får du velge når du ser brevet."
}
func (norwegian) NoScriptHistory() string {
	return "Uten JavaScript: bruk «Tilbake til skjemaet» i stedet for nettleserens tilbakeknapp, ellers spør nettleseren om å sende skjemaet på nytt."
}

func (norwegian) ManyClientsButton() string { return "Brev til mange kunder" }
func (norwegian) ManyClientsHint() string {
	return "Ett personlig brev til hver kunde fra en liste eller et regneark, samlet i én ZIP-fil."
}
func (norwegian) ClientsTitle() string { return "Brev til mange kunder" }
func (norwegian) ClientsIntro() string {
	return "Lim inn kundelisten eller last opp et regneark. Hver kunde får sitt eget brev med sitt eget navn, skrevet fra skjemaet ditt."
}
func (norwegian) ClientsEditedNote() string {
	return "Du har endret teksten i enkeltbrevet. Brevene her skrives på nytt fra skjemaet for hver kunde, så hilsenen, antall år og den personlige hilsenen blir riktige for hver enkelt. Endringene dine i enkeltbrevet blir ikke med; vil du ha dem med, gjør dem i skjemaet."
}
func (norwegian) ClientsList() Field {
	return Field{Label: "Kundelisten", Hint: "Lim inn fra Excel eller Google Sheets, eller skriv én kunde per linje med komma, semikolon eller tabulator mellom kolonnene."}
}
func (norwegian) ClientsFile() Field {
	return Field{Label: "Eller last opp en fil", Hint: "CSV eller Excel (.xlsx), høyst 1 MB og 1000 kunder. I Excel-filer leses det første arket. Filen brukes i stedet for listen over."}
}
func (norwegian) ColumnsTitle() string { return "Slik ser listen ut" }
func (norwegian) ColumnsHint() string {
	return "Bare navnet må være med. Overskrifter på norsk eller engelsk kjennes igjen, også «First Name» og «Last Name» fra et CRM. Uten overskrift leses kolonnene som navn, e-post, år og personlig hilsen. Skriv «en» under Språk for en kunde som skal ha brevet på engelsk."
}
func (norwegian) ColumnNames() [7]string {
	return [7]string{"Navn", "Firma", "E-post", "Adresse", "År", "Personlig hilsen", "Språk"}
}
func (norwegian) ExampleRows() [][7]string {
	return [][7]string{
		{"Ola Hansen", "Kunde AS", "ola@kunde.no", "Strandgata 12, 6004 Ålesund", "6", "Takk for alle turene til Geiranger.", ""},
		{"Emma Lind", "Nordic Trade AB", "emma@nordictrade.se", "", "2", "", "en"},
	}
}
func (norwegian) LettersFormat() string { return "Brevene som" }
func (norwegian) SkipInvalid() Field {
	return Field{Label: "Lag brev til radene som er i orden, og hopp over resten", Hint: "Radene som hoppes over, står med grunnen i rapporten i ZIP-filen."}
}
func (norwegian) ReviewButton() string { return "Se over brevene" }
func (norwegian) DownloadZip() string  { return "Last ned alle brevene (ZIP)" }
func (norwegian) BackToLetter() string { return "Tilbake til brevet" }
func (norwegian) ReviewTitle(letters int) string {
	if letters == 1 {
		return "1 brev er klart"
	}
	return strconv.Itoa(letters) + " brev er klare"
}
func (norwegian) ReviewSkipped(rows int) string {
	if rows == 1 {
		return "1 rad hoppes over."
	}
	return strconv.Itoa(rows) + " rader hoppes over."
}
func (norwegian) ShownClientLetter(name string, row int) string {
	return "Brevet til " + name + " (rad " + strconv.Itoa(row) + ")"
}
func (norwegian) ClientsTableCaption() string { return "Kundene i listen" }
func (norwegian) TableRow() string            { return "Rad" }
func (norwegian) TableName() string           { return "Navn" }
func (norwegian) TableEmail() string          { return "E-post" }
func (norwegian) TableOwn() string            { return "Eget i brevet" }
func (norwegian) TableStatus() string         { return "Status" }
func (norwegian) StatusReady() string         { return "Klar" }
func (norwegian) StatusSkipped() string       { return "Hoppes over" }
func (norwegian) ReadLetter() string          { return "Les brevet" }
func (norwegian) ListProblemsTitle() string   { return "Rett disse radene i listen" }
func (norwegian) FormProblemsTitle() string {
	return "Noe i skjemaet må rettes før brevene kan lages. Gå tilbake til brevet og rett det der:"
}
func (norwegian) RowProblem(row int, column string) string {
	return "Rad " + strconv.Itoa(row) + ", " + column
}
func (norwegian) ClientNameMissing() string { return "Navnet mangler." }
func (norwegian) DuplicateRow(row, of int) string {
	return "Rad " + strconv.Itoa(row) + " har samme navn og e-post som rad " + strconv.Itoa(of) + ". Begge får brev."
}
func (norwegian) IgnoredColumns(headers string) string {
	return "Disse kolonnene brukes ikke: " + headers + "."
}
func (norwegian) ListTooLarge(limitBytes int) string {
	return "Listen er større enn " + strconv.Itoa(limitBytes>>20) + " MB. Del den i flere."
}
func (norwegian) ListTooManyClients(max int) string {
	return "Listen har flere enn " + strconv.Itoa(max) + " kunder. Del den i flere lister."
}
func (norwegian) ListEmpty() string {
	return "Listen har ingen kunder. Lim inn minst ett navn, eller last opp en fil."
}
func (norwegian) ListNoNameColumn() string {
	return "Overskriftsraden har ingen kolonne for navn. Kall den «Navn», eller bruk «Fornavn» og «Etternavn»."
}
func (norwegian) ListUnclosedQuote(row int) string {
	return "Et anførselstegn på rad " + strconv.Itoa(row) + " lukkes aldri. Fjern det, eller lukk det."
}
func (norwegian) ListNotAList() string {
	return "Filen er ikke en liste: last opp en CSV-fil eller et Excel-ark (.xlsx)."
}
func (norwegian) ListOtherSpreadsheet() string {
	return "Farvel leser ikke dette regnearkformatet, eller arket er passordbeskyttet. Lagre det som .xlsx eller .csv og prøv igjen."
}
func (norwegian) ListBrokenWorkbook() string {
	return "Excel-filen kan ikke åpnes. Lagre den på nytt som .xlsx eller .csv og prøv igjen."
}
func (norwegian) ZipProgress() string { return "Lager brevene …" }
func (norwegian) ZipDone() string     { return "Ferdig: ZIP-filen er lastet ned." }
func (norwegian) ZipFailed() string {
	return "Nedlastingen stoppet før alle brevene var med. Prøv igjen."
}
func (norwegian) ReportName() string    { return "rapport" }
func (norwegian) ReportComma() rune     { return ';' }
func (norwegian) ReportFile() string    { return "Fil" }
func (norwegian) ReportSkipped() string { return "Hoppet over fordi" }
func (norwegian) LettersWord() string   { return "brev" }

func (norwegian) AdviceShort() string {
	return "Snakk med lederen din før du skriver til kundene, og gi dem god tid til overgangen."
}
func (norwegian) AdviceMore() string  { return "Les alle rådene" }
func (norwegian) SeeLetter() string   { return "Se brevet så langt" }
func (norwegian) BackToField() string { return "Tilbake til der du skrev" }
func (norwegian) StartOverQuestion() string {
	return "Vil du tømme skjemaet og begynne på nytt? Alt du har skrevet, også teksten i brevet, slettes fra denne nettleseren."
}
func (norwegian) StartOverYes() string { return "Ja, tøm skjemaet" }
func (norwegian) StartOverNo() string  { return "Nei, behold det" }
func (norwegian) MailtoTooLong() string {
	return "Brevet er for langt til å åpnes rett i e-postprogrammet. Kopier teksten og lim den inn i en ny e-post."
}
func (norwegian) NewEmployerHidden() string {
	return "Feltet «Ny arbeidsgiver» er skjult: når du går til en konkurrent, nevner ikke brevet den nye arbeidsgiveren."
}
