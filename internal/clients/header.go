package clients

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// role is what a column of the user's list holds. Some fill a Column
// alone; first, middle and last name make the name, street, postcode and
// city the address, as contact lists and CRM exports split them.
type role int

const (
	roleNone role = iota
	roleName
	roleFirst
	roleMiddle
	roleLast
	roleCompany
	roleEmail
	roleAddress
	rolePostcode
	roleCity
	roleYears
	roleNote
	roleLang
	numRoles
)

// headerRoles maps a header, as normalizeHeader writes it, to its role:
// Norwegian and English words, and the headers of common contact and CRM
// exports (Outlook, Google Contacts, HubSpot, Salesforce, Pipedrive).
// Internal notes columns ("Notes", "Kommentar") are left out on purpose:
// what a CRM notes about a client must never reach the client's letter.
var headerRoles = map[string]role{
	"navn": roleName, "name": roleName, "kunde": roleName, "kundenavn": roleName, "fulltnavn": roleName,
	"fullname": roleName, "kontaktperson": roleName, "kontakt": roleName, "contact": roleName,
	"contactname": roleName, "client": roleName, "clientname": roleName, "customer": roleName,
	"customername": roleName, "personname": roleName, "mottaker": roleName, "recipient": roleName,

	"fornavn": roleFirst, "firstname": roleFirst, "givenname": roleFirst,
	"mellomnavn": roleMiddle, "middlename": roleMiddle, "additionalname": roleMiddle,
	"etternavn": roleLast, "lastname": roleLast, "surname": roleLast, "familyname": roleLast,

	"firma": roleCompany, "bedrift": roleCompany, "company": roleCompany, "companyname": roleCompany,
	"firmanavn": roleCompany, "bedriftsnavn": roleCompany, "selskap": roleCompany,
	"organisasjon": roleCompany, "organisation": roleCompany, "organization": roleCompany,
	"organisationname": roleCompany, "organizationname": roleCompany, "organization1name": roleCompany,
	"account": roleCompany, "accountname": roleCompany,

	"epost": roleEmail, "epostadresse": roleEmail, "email": roleEmail, "emailaddress": roleEmail,
	"mail": roleEmail, "email1value": roleEmail, "personemail": roleEmail, "personemailwork": roleEmail,

	"adresse": roleAddress, "address": roleAddress, "postadresse": roleAddress, "postaladdress": roleAddress,
	"gateadresse": roleAddress, "street": roleAddress, "streetaddress": roleAddress,
	"mailingstreet": roleAddress, "addressline1": roleAddress,
	"postnummer": rolePostcode, "postnr": rolePostcode, "postcode": rolePostcode, "postalcode": rolePostcode,
	"zip": rolePostcode, "zipcode": rolePostcode, "mailingzippostalcode": rolePostcode,
	"poststed": roleCity, "sted": roleCity, "city": roleCity, "town": roleCity, "mailingcity": roleCity,

	"år": roleYears, "aar": roleYears, "antallår": roleYears, "years": roleYears,

	"personlighilsen": roleNote, "hilsen": roleNote, "note": roleNote, "personalnote": roleNote,
	"personalmessage": roleNote, "personligmelding": roleNote,

	"språk": roleLang, "sprak": roleLang, "brevspråk": roleLang, "language": roleLang, "lang": roleLang,
}

// roleColumns is the Column each role fills.
var roleColumns = [numRoles]Column{
	roleName: ColName, roleFirst: ColName, roleMiddle: ColName, roleLast: ColName,
	roleCompany: ColCompany, roleEmail: ColEmail,
	roleAddress: ColAddress, rolePostcode: ColAddress, roleCity: ColAddress,
	roleYears: ColYears, roleNote: ColNote, roleLang: ColLang,
}

// directRoles is the role that fills each Column alone: the header Text
// writes must read back as that role.
var directRoles = map[Column]role{
	ColName: roleName, ColCompany: roleCompany, ColEmail: roleEmail, ColAddress: roleAddress,
	ColYears: roleYears, ColNote: roleNote, ColLang: roleLang,
}

// normalizeHeader folds a header to lower-case letters and digits, so
// "E-post", "E-Mail", "Email Address" and "First_Name *" find their role.
func normalizeHeader(s string) string {
	var b strings.Builder
	for _, r := range norm.NFC.String(strings.ToLower(s)) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func roleOf(header string) role { return headerRoles[normalizeHeader(header)] }

// layout says which cell of a record holds which role.
type layout struct {
	header bool
	at     [numRoles]int    // the 0-based cell index of each role, -1 when absent
	names  [numRoles]string // each role's header as the user wrote it
}

// noHeaderLayout is the layout of a list without a header row.
func noHeaderLayout() *layout {
	l := &layout{}
	for i := range l.at {
		l.at[i] = -1
	}
	for i, c := range defaultColumns {
		l.at[directRoles[c]] = i
	}
	return l
}

// headerLayout reads cells as a header row, or returns nil when they are
// data: a header names at least one client column and holds no email
// address.
func headerLayout(cells []string) *layout {
	l := &layout{header: true}
	for i := range l.at {
		l.at[i] = -1
	}
	known := false
	for i, cell := range cells {
		if strings.Contains(cell, "@") {
			return nil
		}
		r := roleOf(cell)
		if r == roleNone {
			continue
		}
		known = true
		if l.at[r] < 0 { // the first of two same columns wins
			l.at[r] = i
			l.names[r] = strings.TrimSpace(cell)
		}
	}
	if !known {
		return nil
	}
	return l
}

// mapped reports whether cell index i fills a role.
func (l *layout) mapped(i int) bool {
	for _, at := range l.at {
		if at == i {
			return true
		}
	}
	return false
}

// cell returns the record's cell for role r, or "".
func (l *layout) cell(cells []string, r role) string {
	if i := l.at[r]; i >= 0 && i < len(cells) {
		return cells[i]
	}
	return ""
}

// has reports whether the layout fills column c.
func (l *layout) has(c Column) bool {
	for r := roleName; r < numRoles; r++ {
		if roleColumns[r] == c && l.at[r] >= 0 {
			return true
		}
	}
	return false
}

// headerOf is column c's header as the user wrote it: "E-post", or
// "Fornavn + Etternavn" for a name in parts.
func (l *layout) headerOf(c Column) string {
	if !l.header {
		return ""
	}
	var parts []string
	for r := roleName; r < numRoles; r++ {
		if roleColumns[r] == c && l.at[r] >= 0 {
			parts = append(parts, l.names[r])
		}
	}
	return strings.Join(parts, " + ")
}

// row builds a Row from a record. A value that fills its Column alone is
// kept as typed; one built from parts is joined from the trimmed parts.
func (l *layout) row(number int, cells []string) Row {
	get := func(r role) string { return l.cell(cells, r) }
	name := get(roleName)
	if strings.TrimSpace(name) == "" {
		name = joinNonEmpty(" ", get(roleFirst), get(roleMiddle), get(roleLast))
	}
	address := get(roleAddress)
	if l.at[rolePostcode] >= 0 || l.at[roleCity] >= 0 {
		address = joinNonEmpty("\n", address, joinNonEmpty(" ", get(rolePostcode), get(roleCity)))
	}
	return Row{
		Number:  number,
		Name:    name,
		Company: get(roleCompany),
		Email:   get(roleEmail),
		Address: address,
		Years:   get(roleYears),
		Note:    get(roleNote),
		Lang:    get(roleLang),
	}
}

// repeatsHeader reports a record that is the header again, as when two
// exported files are pasted one after the other.
func (l *layout) repeatsHeader(cells []string) bool {
	if !l.header {
		return false
	}
	for r := roleName; r < numRoles; r++ {
		if l.at[r] >= 0 && !strings.EqualFold(strings.TrimSpace(l.cell(cells, r)), l.names[r]) {
			return false
		}
	}
	return true
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
