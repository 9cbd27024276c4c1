package i18n

import (
	"strconv"
	"time"

	"github.com/farvel/farvel/internal/letter"
)

// nynorsk is the interface in nynorsk, in the main forms of the 2012 norm,
// as the letters are.
type nynorsk struct{}

func (nynorsk) Lang() letter.Lang      { return letter.Nynorsk }
func (nynorsk) LangName() string       { return "Nynorsk" }
func (nynorsk) Tagline() string        { return "Avskilsbrev til kundane dine – ferdig på to minutt" }
func (nynorsk) SkipToContent() string  { return "Gå til innhaldet" }
func (nynorsk) SwitchLanguage() string { return "Språk" }
func (nynorsk) Privacy() string {
	return "Serveren til Farvel lagrar ikkje noko av det du skriv: brevet blir laga når du ber om det, og sendt rett tilbake. Utkastet ditt blir berre i denne nettlesaren, til du byrjar på nytt."
}

func (nynorsk) FormTitle() string { return "Skriv avskilsbrevet til kundane dine" }
func (nynorsk) FormIntro() string {
	return "Fyll inn skjemaet, sjå over brevet og last det ned. Du kan endre teksten før du lastar ned."
}
func (nynorsk) AdviceTitle() string { return "Før du skriv" }
func (nynorsk) Advice() []string {
	return []string{
		"Snakk med leiaren din først. Arbeidsgivaren kan ha ein eigen plan for å informere kundane, og arbeidsavtalen kan ha ein kundeklausul.",
		"Presenter den som tek over, med kontaktinformasjon og ein tydeleg siste dag. Gje kundane tid til overgangen.",
		"Hald det kort: takk for samarbeidet, sei kven som tek over, og ikkje meir. Går du til ein konkurrent, nemner du ikkje den nye arbeidsgivaren.",
		"Ring gjerne dei viktigaste kundane i tillegg.",
	}
}
func (nynorsk) Optional() string             { return "valfritt" }
func (nynorsk) GroupYou() string             { return "Deg" }
func (nynorsk) GroupReplacement() string     { return "Den som tek over" }
func (nynorsk) GroupReplacementHint() string { return "Fyll inn e-post, telefon eller begge." }
func (nynorsk) GroupClient() string          { return "Kunden" }
func (nynorsk) GroupLetter() string          { return "Brevet" }
func (nynorsk) GroupManager() string         { return "Leiaren din" }
func (nynorsk) SenderName() Field {
	return Field{Label: "Namnet ditt", Missing: "Skriv namnet ditt."}
}
func (nynorsk) SenderTitle() Field {
	return Field{Label: "Stillinga di", Hint: "Til dømes kundeansvarleg. Står under namnet ditt."}
}
func (nynorsk) Company() Field {
	return Field{Label: "Arbeidsgivaren du sluttar hos", Missing: "Skriv namnet på arbeidsgivaren din."}
}
func (nynorsk) ClientName() Field {
	return Field{Label: "Namnet på kunden", Hint: "Namnet du helsar med, til dømes Kari. Står feltet tomt, får brevet ei vanleg helsing."}
}
func (nynorsk) ClientEmail() Field {
	return Field{Label: "E-postadressa til kunden"}
}
func (nynorsk) DepartureDate() Field {
	return Field{Label: "Siste arbeidsdag", Hint: "Den siste dagen kunden kan nå deg. Den som tek over, byrjar neste yrkedag.", Missing: "Vel den siste arbeidsdagen din."}
}
func (nynorsk) ReplacementName() Field {
	return Field{Label: "Namn", Missing: "Skriv namnet på den som tek over."}
}
func (nynorsk) ReplacementTitle() Field {
	return Field{Label: "Stilling", Hint: "Til dømes seniorrådgjevar."}
}
func (nynorsk) ReplacementEmail() Field { return Field{Label: "E-post"} }
func (nynorsk) ReplacementPhone() Field { return Field{Label: "Telefon"} }
func (nynorsk) ReplacementPhoneHint(region string) string {
	other := " Andre land med +, til dømes " + otherCountryCode(region) + "."
	if region == "NO" {
		return "Utan +, blir nummeret tolka som norsk." + other
	}
	if name, ok := norwegianRegionNames[region]; ok {
		return "Utan +, blir nummeret tolka som " + name + " (" + countryCode(region) + "), elles som norsk." + other
	}
	return "Utan +, blir nummeret tolka med landskode " + countryCode(region) + ", elles som norsk." + other
}
func (nynorsk) Years() Field {
	return Field{Label: "Kor mange år har de arbeidd saman?", Hint: "Eit heilt tal. La feltet stå tomt om du ikkje vil nemne det."}
}
func (nynorsk) SameIndustry() Field {
	return Field{Label: "Eg blir i bransjen", Hint: "Brevet seier at du håpar de møtest igjen."}
}
func (nynorsk) Competitor() Field {
	return Field{Label: "Eg går til ein konkurrent", Hint: "Då blir ikkje den nye arbeidsgivaren nemnd."}
}
func (nynorsk) NewEmployer() Field {
	return Field{Label: "Ny arbeidsgivar", Hint: "Blir berre nemnd viss du ikkje går til ein konkurrent."}
}
func (nynorsk) PhoneFollowup() Field {
	return Field{Label: "Tilby å ringje kunden om overgangen"}
}
func (nynorsk) PersonalNote() Field {
	return Field{Label: "Ei personleg helsing", Hint: "Ei setning eller to som berre passar for denne kunden."}
}
func (nynorsk) ManagerOK() Field {
	return Field{Label: "Eg har avklart med leiaren min at eg kan skrive til kundane"}
}
func (nynorsk) LangLegend() string { return "Språk i brevet" }
func (nynorsk) ToneLegend() string { return "Tone" }
func (nynorsk) Formal() Choice {
	return Choice{Label: "Formell", Hint: "Høfleg og respektfull. Passar for dei fleste."}
}
func (nynorsk) Warm() Choice {
	return Choice{Label: "Varm", Hint: "Personleg og takksam, for kundar du kjenner godt."}
}
func (nynorsk) Brief() Choice {
	return Choice{Label: "Kort", Hint: "Berre fakta, på nokre få linjer."}
}
func (nynorsk) PreviewButton() string     { return "Sjå brevet" }
func (nynorsk) ErrorSummaryTitle() string { return "Noko må rettast før brevet kan lagast" }
func (nynorsk) ErrorPrefix() string       { return "Feil:" }

func (nynorsk) TooLong(limit int) string {
	return "Bruk høgst " + strconv.Itoa(limit) + " teikn."
}
func (nynorsk) InvalidUTF8() string {
	return "Teksten har teikn som ikkje kan lesast. Skriv han inn på nytt."
}
func (nynorsk) ControlChars() string {
	return "Teksten har usynlege kontrollteikn eller linjeskift. Skriv han på éi linje utan spesialteikn."
}
func (nynorsk) InvalidChoice() string { return "Vel eitt av alternativa." }
func (nynorsk) InvalidDate() string   { return "Skriv ein dato som finst, som 2027-10-08." }
func (nynorsk) DateInPast() string    { return "Datoen er alt passert. Vel i dag eller ein seinare dag." }
func (nynorsk) DateTooFar(days int) string {
	return "Datoen er meir enn " + strconv.Itoa(days/365) + " år fram i tid. Sjekk årstalet."
}
func (nynorsk) InvalidEmail() string { return "Skriv ei e-postadresse som namn@firma.no." }
func (nynorsk) InvalidPhone() string {
	return "Skriv eit gyldig telefonnummer, som 412 34 567 eller +46 8 123 456 78."
}
func (nynorsk) NeedEmailOrPhone() string {
	return "Fyll inn e-post eller telefon, så kunden kan nå den som tek over."
}
func (nynorsk) NotANumber() string { return "Skriv talet på år som eit heilt tal, som 6." }
func (nynorsk) OutOfRange(max int) string {
	return "Skriv eit tal frå 0 til " + strconv.Itoa(max) + "."
}

func (nynorsk) PreviewTitle() string { return "Brevet ditt" }
func (nynorsk) PreviewIntro() string {
	return "Slik kjem kunden til å lese brevet. Endre teksten om du vil, og last det ned."
}
func (nynorsk) RemindersTitle() string { return "Hugs" }
func (nynorsk) ShortNotice(days int) string {
	switch days {
	case 0:
		return "Siste arbeidsdag er i dag. Kunden får inga tid til overgangen – send brevet med ein gong, og ring gjerne dei viktigaste kundane."
	case 1:
		return "Siste arbeidsdag er i morgon. Det gjev kunden svært lite tid til overgangen; ring gjerne dei viktigaste kundane."
	}
	return "Det er berre " + strconv.Itoa(days) + " dagar til siste arbeidsdag. Kundane treng tid til overgangen, så send brevet så snart du kan."
}
func (nynorsk) NotAWorkingDay(day, suggested time.Time, holiday bool) string {
	what := "ein " + letter.Weekday(letter.Nynorsk, day)
	if holiday {
		what = "ein heilagdag"
	}
	s := letter.DayMonth(letter.Nynorsk, day) + " er " + what + " – "
	if suggested.IsZero() {
		return s + "er du sikker på at det er den siste arbeidsdagen din?"
	}
	return s + "meinte du " + letter.WeekdayDate(letter.Nynorsk, suggested) + "?"
}
func (nynorsk) ManagerReminder() string {
	return "Du har ikkje kryssa av for at leiaren din veit om brevet. Avklar det før du sender: arbeidsgivaren kan ha ein eigen plan for kundane, og arbeidsavtalen din kan ha ein kundeklausul eller eit konkurranseforbod."
}
func (nynorsk) NewEmployerOmitted() string {
	return "Du går til ein konkurrent, så den nye arbeidsgivaren er ikkje nemnd i brevet."
}
func (nynorsk) LetterHeading() string  { return "Brevet" }
func (nynorsk) SubjectHeading() string { return "Emne" }
func (nynorsk) EditTitle() string      { return "Endre og last ned" }
func (nynorsk) EditHint() string {
	return "Endringane dine blir med i fila, og dei blir med tilbake om du går til skjemaet att."
}
func (nynorsk) SubjectLabel() string     { return "Emne" }
func (nynorsk) LetterLabel() string      { return "Tekst" }
func (nynorsk) FileFormat() string       { return "Filformat" }
func (nynorsk) BackToEdit() string       { return "Tilbake til skjemaet" }
func (nynorsk) LivePreviewTitle() string { return "Slik blir brevet" }
func (nynorsk) LivePreviewHint() string {
	return "Brevet kjem fram her medan du skriv."
}
func (nynorsk) LivePreviewMissing() string { return "Dette manglar før brevet kan visast:" }
func (nynorsk) CopySubject() string        { return "Kopier emnet" }
func (nynorsk) CopyLetter() string         { return "Kopier teksten" }
func (nynorsk) Copied() string             { return "Kopiert." }
func (nynorsk) CopyFailed() string         { return "Kunne ikkje kopiere. Merk teksten og kopier han sjølv." }
func (nynorsk) OpenInEmail() string        { return "Opne i e-postprogrammet" }
func (nynorsk) Words() string              { return "ord" }
func (nynorsk) Characters() string         { return "teikn" }
func (nynorsk) LongLetter() string {
	return "Brevet har vorte langt. Mindre er meir – kan noko kuttast?"
}
func (nynorsk) StartOver() string { return "Byrj på nytt" }
func (nynorsk) DraftRestored() string {
	return "Vi fylte inn utkastet ditt frå sist. Det er berre lagra i denne nettlesaren."
}
func (nynorsk) SubjectPrefix() string { return "Emne" }

func (nynorsk) BadRequest() Problem {
	return Problem{"Førespurnaden kunne ikkje lesast", "Skjemaet kom ikkje fram slik det skulle. Gå tilbake og prøv igjen."}
}
func (nynorsk) Forbidden() Problem {
	return Problem{"Skjemaet vart avvist", "Skjemaet vart sendt frå ei anna nettside, så vi avviste det. Opne Farvel direkte og prøv igjen."}
}
func (nynorsk) NotFound() Problem {
	return Problem{"Sida finst ikkje", "Adressa er feil, eller sida er flytta."}
}
func (nynorsk) MethodNotAllowed() Problem {
	return Problem{"Sida kan ikkje opnast slik", "Denne adressa tek berre imot skjemaet. Byrj frå framsida."}
}
func (nynorsk) TooLarge() Problem {
	return Problem{"For mykje tekst", "Skjemaet var større enn Farvel tek imot. Gjer tekstane kortare og prøv igjen."}
}
func (nynorsk) UnsupportedMediaType() Problem {
	return Problem{"Ukjent skjemaformat", "Farvel tek berre imot vanlege nettskjema. Bruk skjemaet på framsida."}
}
func (nynorsk) TooManyRequests() Problem {
	return Problem{"For mange førespurnader", "Det har kome svært mange førespurnader frå deg på kort tid. Vent litt, så kan du prøve igjen."}
}
func (nynorsk) ServerError() Problem {
	return Problem{"Noko gjekk gale hos oss", "Feilen er ikkje din. Prøv igjen om litt."}
}
func (nynorsk) BackToStart() string { return "Til framsida" }

func (nynorsk) GroupPrint() string { return "Til eit utskrive brev" }
func (nynorsk) GroupPrintHint() string {
	return "Berre for PDF og Word: adressa kjem i vindauget på ein vindaugskonvolutt, og staden står framfor datoen. E-posten og tekstfila brukar dei ikkje."
}
func (nynorsk) ClientCompany() Field {
	return Field{Label: "Firmaet til kunden", Hint: "Står under namnet til kunden i adressefeltet."}
}
func (nynorsk) ClientAddress() Field {
	return Field{Label: "Postadressa til kunden", Hint: "Opptil fire linjer, til dømes gate og nummer på éi linje og postnummer og stad på neste."}
}
func (nynorsk) Place() Field {
	return Field{Label: "Staden du skriv frå", Hint: "Til dømes Ålesund. Blir til «Ålesund, 8. oktober 2027» øvst i brevet."}
}
func (nynorsk) TooManyLines(max int) string {
	return "Bruk høgst " + strconv.Itoa(max) + " linjer, så adressa får plass i konvoluttvindauget."
}
func (nynorsk) DownloadsTitle() string { return "Last ned" }
func (nynorsk) DownloadTxt() string    { return "Tekstfil (.txt)" }
func (nynorsk) DownloadTxtHint() string {
	return "Rein tekst å lime inn kvar som helst."
}
func (nynorsk) DownloadEmail() string { return "E-postutkast (.eml)" }
func (nynorsk) DownloadEmailHint() string {
	return "Blir opna som eit utkast klart til å sende i Outlook og Thunderbird. Apple Mail berre viser det, og Gmail kan ikkje opne filer – der brukar du kopieringsknappane."
}
func (nynorsk) DownloadPDF() string { return "PDF til utskrift (.pdf)" }
func (nynorsk) DownloadPDFHint() string {
	return "A4, med adressa plassert for ein vindaugskonvolutt og plass til å signere for hand."
}
func (nynorsk) DownloadWord() string { return "Word-fil (.docx)" }
func (nynorsk) DownloadWordHint() string {
	return "Til brevmalen til firmaet: lim inn eller tilpass stilane i Word eller LibreOffice."
}
func (nynorsk) PageLabel() string { return "Side %d av %d" }
func (nynorsk) MixedScript() string {
	return "Domenet etter @ blandar bokstavar frå to alfabet som liknar kvarandre, som ein latinsk o og ein kyrillisk о. Skriv adressa på nytt med ditt eige tastatur."
}

func (nynorsk) EditConflictTitle() string { return "Du har endra teksten sjølv" }
func (nynorsk) EditConflictText() string {
	return "Etter det har du endra skjemaet, og det gir no eit anna brev. Vil du halde på teksten du skreiv, eller skrive brevet på nytt frå skjemaet?"
}
func (nynorsk) KeepEdit() string        { return "Behald teksten min" }
func (nynorsk) RewriteFromForm() string { return "Skriv brevet på nytt frå skjemaet" }
func (nynorsk) FormLetter() string      { return "Sjå brevet slik skjemaet gir det no" }
func (nynorsk) LiveEdited() string {
	return "Du har endra teksten i brevet sjølv, og han blir ståande. Gir skjemaet no eit anna brev, får du velje når du ser brevet."
}
func (nynorsk) NoScriptHistory() string {
	return "Utan JavaScript: bruk «Tilbake til skjemaet» i staden for tilbakeknappen i nettlesaren, elles spør nettlesaren om å sende skjemaet på nytt."
}

func (nynorsk) ManyClientsButton() string { return "Brev til mange kundar" }
func (nynorsk) ManyClientsHint() string {
	return "Eitt personleg brev til kvar kunde frå ei liste eller eit rekneark, samla i éi ZIP-fil."
}
func (nynorsk) ClientsTitle() string { return "Brev til mange kundar" }
func (nynorsk) ClientsIntro() string {
	return "Lim inn kundelista eller last opp eit rekneark. Kvar kunde får sitt eige brev med sitt eige namn, skrive frå skjemaet ditt."
}
func (nynorsk) ClientsEditedNote() string {
	return "Du har endra teksten i enkeltbrevet. Breva her blir skrivne på nytt frå skjemaet for kvar kunde, så helsinga, talet på år og den personlege helsinga blir rette for kvar einskild. Endringane dine i enkeltbrevet kjem ikkje med; vil du ha dei med, gjer dei i skjemaet."
}
func (nynorsk) ClientsList() Field {
	return Field{Label: "Kundelista", Hint: "Lim inn frå Excel eller Google Sheets, eller skriv éin kunde per linje med komma, semikolon eller tabulator mellom kolonnane."}
}
func (nynorsk) ClientsFile() Field {
	return Field{Label: "Eller last opp ei fil", Hint: "CSV eller Excel (.xlsx), høgst 1 MB og 1000 kundar. I Excel-filer blir det første arket lese. Fila blir brukt i staden for lista over."}
}
func (nynorsk) ColumnsTitle() string { return "Slik ser lista ut" }
func (nynorsk) ColumnsHint() string {
	return "Berre namnet må vere med. Overskrifter på norsk eller engelsk blir kjende att, òg «First Name» og «Last Name» frå eit CRM. Utan overskrift blir kolonnane lesne som namn, e-post, år og personleg helsing. Skriv «en» under Språk for ein kunde som skal ha brevet på engelsk."
}
func (nynorsk) ColumnNames() [7]string {
	return [7]string{"Namn", "Firma", "E-post", "Adresse", "År", "Personleg helsing", "Språk"}
}
func (nynorsk) ExampleRows() [][7]string {
	return [][7]string{
		{"Ola Hansen", "Kunde AS", "ola@kunde.no", "Strandgata 12, 6004 Ålesund", "6", "Takk for alle turane til Geiranger.", ""},
		{"Emma Lind", "Nordic Trade AB", "emma@nordictrade.se", "", "2", "", "en"},
	}
}
func (nynorsk) LettersFormat() string { return "Breva som" }
func (nynorsk) SkipInvalid() Field {
	return Field{Label: "Lag brev til radene som er i orden, og hopp over resten", Hint: "Radene som blir hoppa over, står med grunnen i rapporten i ZIP-fila."}
}
func (nynorsk) ReviewButton() string { return "Sjå over breva" }
func (nynorsk) DownloadZip() string  { return "Last ned alle breva (ZIP)" }
func (nynorsk) BackToLetter() string { return "Tilbake til brevet" }
func (nynorsk) ReviewTitle(letters int) string {
	if letters == 1 {
		return "1 brev er klart"
	}
	return strconv.Itoa(letters) + " brev er klare"
}
func (nynorsk) ReviewSkipped(rows int) string {
	if rows == 1 {
		return "1 rad blir hoppa over."
	}
	return strconv.Itoa(rows) + " rader blir hoppa over."
}
func (nynorsk) ShownClientLetter(name string, row int) string {
	return "Brevet til " + name + " (rad " + strconv.Itoa(row) + ")"
}
func (nynorsk) ClientsTableCaption() string { return "Kundane i lista" }
func (nynorsk) TableRow() string            { return "Rad" }
func (nynorsk) TableName() string           { return "Namn" }
func (nynorsk) TableEmail() string          { return "E-post" }
func (nynorsk) TableOwn() string            { return "Eige i brevet" }
func (nynorsk) TableStatus() string         { return "Status" }
func (nynorsk) StatusReady() string         { return "Klar" }
func (nynorsk) StatusSkipped() string       { return "Blir hoppa over" }
func (nynorsk) ReadLetter() string          { return "Les brevet" }
func (nynorsk) ListProblemsTitle() string   { return "Rett desse radene i lista" }
func (nynorsk) FormProblemsTitle() string {
	return "Noko i skjemaet må rettast før breva kan lagast. Gå tilbake til brevet og rett det der:"
}
func (nynorsk) RowProblem(row int, column string) string {
	return "Rad " + strconv.Itoa(row) + ", " + column
}
func (nynorsk) ClientNameMissing() string { return "Namnet manglar." }
func (nynorsk) DuplicateRow(row, of int) string {
	return "Rad " + strconv.Itoa(row) + " har same namn og e-post som rad " + strconv.Itoa(of) + ". Begge får brev."
}
func (nynorsk) IgnoredColumns(headers string) string {
	return "Desse kolonnane blir ikkje brukte: " + headers + "."
}
func (nynorsk) ListTooLarge(limitBytes int) string {
	return "Lista er større enn " + strconv.Itoa(limitBytes>>20) + " MB. Del henne i fleire."
}
func (nynorsk) ListTooManyClients(max int) string {
	return "Lista har fleire enn " + strconv.Itoa(max) + " kundar. Del henne i fleire lister."
}
func (nynorsk) ListEmpty() string {
	return "Lista har ingen kundar. Lim inn minst eitt namn, eller last opp ei fil."
}
func (nynorsk) ListNoNameColumn() string {
	return "Overskriftsrada har ingen kolonne for namn. Kall henne «Namn», eller bruk «Førenamn» og «Etternamn»."
}
func (nynorsk) ListUnclosedQuote(row int) string {
	return "Eit hermeteikn på rad " + strconv.Itoa(row) + " blir aldri lukka. Fjern det, eller lukk det."
}
func (nynorsk) ListNotAList() string {
	return "Fila er ikkje ei liste: last opp ei CSV-fil eller eit Excel-ark (.xlsx)."
}
func (nynorsk) ListOtherSpreadsheet() string {
	return "Farvel les ikkje dette reknearkformatet, eller arket er passordverna. Lagre det som .xlsx eller .csv og prøv igjen."
}
func (nynorsk) ListBrokenWorkbook() string {
	return "Excel-fila kan ikkje opnast. Lagre henne på nytt som .xlsx eller .csv og prøv igjen."
}
func (nynorsk) ZipProgress() string { return "Lagar breva …" }
func (nynorsk) ZipDone() string     { return "Ferdig: ZIP-fila er lasta ned." }
func (nynorsk) ZipFailed() string {
	return "Nedlastinga stoppa før alle breva var med. Prøv igjen."
}
func (nynorsk) ReportName() string    { return "rapport" }
func (nynorsk) ReportComma() rune     { return ';' }
func (nynorsk) ReportFile() string    { return "Fil" }
func (nynorsk) ReportSkipped() string { return "Hoppa over fordi" }
func (nynorsk) LettersWord() string   { return "brev" }

func (nynorsk) AdviceShort() string {
	return "Snakk med leiaren din før du skriv til kundane, og gje dei god tid til overgangen."
}
func (nynorsk) AdviceMore() string  { return "Les alle råda" }
func (nynorsk) SeeLetter() string   { return "Sjå brevet så langt" }
func (nynorsk) BackToField() string { return "Tilbake til der du skreiv" }
func (nynorsk) StartOverQuestion() string {
	return "Vil du tømme skjemaet og byrje på nytt? Alt du har skrive, òg teksten i brevet, blir sletta frå denne nettlesaren."
}
func (nynorsk) StartOverYes() string { return "Ja, tøm skjemaet" }
func (nynorsk) StartOverNo() string  { return "Nei, behald det" }
func (nynorsk) MailtoTooLong() string {
	return "Brevet er for langt til å opnast rett i e-postprogrammet. Kopier teksten og lim han inn i ein ny e-post."
}
func (nynorsk) NewEmployerHidden() string {
	return "Feltet «Ny arbeidsgivar» er gøymt: når du går til ein konkurrent, nemner ikkje brevet den nye arbeidsgivaren."
}
