package letter

import (
	"net/mail"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Code names the rule a field broke. Codes are stable: the web layer words
// them in the user's language.
type Code string

const (
	Required         Code = "required"
	TooLong          Code = "too_long"
	InvalidUTF8      Code = "invalid_utf8"
	ControlChars     Code = "control_chars"
	InvalidChoice    Code = "invalid_choice"
	InvalidDate      Code = "invalid_date"
	DateInPast       Code = "date_in_past"
	DateTooFar       Code = "date_too_far"
	InvalidEmail     Code = "invalid_email"
	MixedScript      Code = "mixed_script" // an email domain that mixes look-alike scripts
	InvalidPhone     Code = "invalid_phone"
	NeedEmailOrPhone Code = "need_email_or_phone"
	NotANumber       Code = "not_a_number"
	OutOfRange       Code = "out_of_range"
	TooManyLines     Code = "too_many_lines"
)

// FieldError is one broken rule. Limit is the bound that was crossed, for
// too_long (characters), out_of_range (the largest number), date_too_far
// (days) and too_many_lines (lines).
type FieldError struct {
	Field string
	Code  Code
	Limit int
}

// Errors holds at most one error per field, in the order of the form.
type Errors []FieldError

// Get returns the error for field, if there is one.
func (errs Errors) Get(field string) (FieldError, bool) {
	for _, e := range errs {
		if e.Field == field {
			return e, true
		}
	}
	return FieldError{}, false
}

// WarningCode names something the user should consider; it does not block.
type WarningCode string

const (
	// ShortNotice: the last day is less than MinNoticeDays away.
	ShortNotice WarningCode = "short_notice"
	// ManagerNotConfirmed: the user has not cleared the letter with their
	// manager (who may have a plan, or a client clause may apply).
	ManagerNotConfirmed WarningCode = "manager_not_confirmed"
	// NewEmployerOmitted: a new employer was given, but the user moves to a
	// competitor, so the letter leaves it out.
	NewEmployerOmitted WarningCode = "new_employer_omitted"
	// NotAWorkingDay: the last day is a Saturday, a Sunday or a Norwegian
	// public holiday, which is seldom anyone's last working day.
	NotAWorkingDay WarningCode = "not_a_working_day"
)

// Warning is a non-blocking reminder. Days is the days left until the last
// day, for ShortNotice. For NotAWorkingDay, Date is the last day as given,
// Holiday says it is a public holiday (else it is a weekend day), and
// Suggested is the last working day before it, or zero when that day has
// already passed.
type Warning struct {
	Code      WarningCode
	Days      int
	Date      time.Time
	Suggested time.Time
	Holiday   bool
}

// Facts is a checked draft: every value trimmed, normalised and parsed, ready
// for Compose.
type Facts struct {
	Lang             Lang
	Tone             Tone
	SenderName       string
	SenderTitle      string
	Company          string
	ClientName       string
	ClientEmail      string
	ClientCompany    string
	ClientAddress    []string  // the postal address, a line each, for the printed letter
	Place            string    // where the sender writes from, for the printed letter
	LastDay          time.Time // the sender's last working day
	HandoverDay      time.Time // the replacement's first day: the next working day
	ReplacementName  string
	ReplacementTitle string
	ReplacementEmail string
	ReplacementPhone string // formatted for the letter's readers
	Years            int    // 0 when not given
	SameIndustry     bool
	Competitor       bool
	NewEmployer      string // empty when moving to a competitor
	PhoneFollowup    bool
	PersonalNote     string // one line
	ManagerOK        bool
}

// Check validates d against the form contract, with today as the current
// date. It returns the facts to compose from, the warnings to show, and the
// errors; the facts are only complete when there are no errors.
func Check(d Draft, today time.Time) (Facts, []Warning, Errors) {
	c := checker{}
	f := Facts{
		SameIndustry:  d.SameIndustry,
		Competitor:    d.Competitor,
		PhoneFollowup: d.PhoneFollowup,
		ManagerOK:     d.ManagerOK,
	}

	f.Lang = choice(&c, FieldLang, d.Lang, Langs)
	f.Tone = choice(&c, FieldTone, d.Tone, Tones)
	f.SenderName = c.line(FieldSenderName, d.SenderName, MaxNameLen, true)
	f.SenderTitle = c.line(FieldSenderTitle, d.SenderTitle, MaxTitleLen, false)
	f.Company = c.line(FieldCompany, d.Company, MaxCompanyLen, true)
	f.ClientName = c.line(FieldClientName, d.ClientName, MaxCompanyLen, false)
	f.ClientEmail = c.email(FieldClientEmail, d.ClientEmail)
	f.ClientCompany = c.line(FieldClientCompany, d.ClientCompany, MaxCompanyLen, false)
	f.ClientAddress = c.lines(FieldClientAddress, d.ClientAddress, MaxAddressLen, MaxAddressLines)
	f.Place = c.line(FieldPlace, d.Place, MaxPlaceLen, false)
	f.LastDay = c.date(FieldDepartureDate, d.DepartureDate, today)
	f.ReplacementName = c.line(FieldReplacementName, d.ReplacementName, MaxNameLen, true)
	f.ReplacementTitle = c.line(FieldReplacementTitle, d.ReplacementTitle, MaxTitleLen, false)
	f.ReplacementEmail = c.email(FieldReplacementEmail, d.ReplacementEmail)
	f.ReplacementPhone = c.phone(FieldReplacementPhone, d.ReplacementPhone, f.Lang, d.PhoneRegion())
	if f.ReplacementEmail == "" && f.ReplacementPhone == "" && !c.failed(FieldReplacementEmail) && !c.failed(FieldReplacementPhone) {
		c.add(FieldReplacementEmail, NeedEmailOrPhone, 0)
	}
	f.Years = c.number(FieldYears, d.Years, MaxYears)
	newEmployer := c.line(FieldNewEmployer, d.NewEmployer, MaxCompanyLen, false)
	f.PersonalNote = c.text(FieldPersonalNote, d.PersonalNote, MaxNoteLen)

	if !f.Competitor {
		f.NewEmployer = newEmployer
	}
	if !f.LastDay.IsZero() {
		f.HandoverDay = nextWorkingDay(f.LastDay)
	}

	var warnings []Warning
	if !f.LastDay.IsZero() {
		if !isWorkingDay(f.LastDay) {
			warnings = append(warnings, notAWorkingDay(f.LastDay, today))
		}
		if days := daysBetween(today, f.LastDay); days < MinNoticeDays {
			warnings = append(warnings, Warning{Code: ShortNotice, Days: days})
		}
	}
	if !f.ManagerOK {
		warnings = append(warnings, Warning{Code: ManagerNotConfirmed})
	}
	if f.Competitor && newEmployer != "" {
		warnings = append(warnings, Warning{Code: NewEmployerOmitted})
	}
	return f, warnings, c.errs
}

// notAWorkingDay is the warning for a last day that is no working day. A
// holiday is named as one even on a weekend: it is the stronger reason. The
// working day before it is suggested unless it has passed, as a last day
// cannot.
func notAWorkingDay(day, today time.Time) Warning {
	w := Warning{Code: NotAWorkingDay, Date: day, Holiday: isNorwegianHoliday(day)}
	if before := previousWorkingDay(day); daysBetween(today, before) >= 0 {
		w.Suggested = before
	}
	return w
}

type checker struct {
	errs Errors
}

// failed reports whether field already has an error.
func (c *checker) failed(field string) bool {
	_, ok := c.errs.Get(field)
	return ok
}

func (c *checker) add(field string, code Code, limit int) {
	if _, ok := c.errs.Get(field); ok {
		return
	}
	c.errs = append(c.errs, FieldError{Field: field, Code: code, Limit: limit})
}

// line checks a one-line text field and returns it trimmed, with runs of
// white space folded to one space.
func (c *checker) line(field, s string, limit int, required bool) string {
	s, ok := c.text0(field, s, limit, required, false)
	if !ok {
		return ""
	}
	return strings.Join(strings.Fields(s), " ")
}

// text checks a multi-line field and returns it as one line: a personal note
// is one sentence or two in the letter, not a block of its own.
func (c *checker) text(field, s string, limit int) string {
	s, ok := c.text0(field, s, limit, false, true)
	if !ok {
		return ""
	}
	return strings.Join(strings.Fields(s), " ")
}

// lines checks a field of a few short lines, such as a postal address, and
// returns its lines trimmed and folded, blank ones left out.
func (c *checker) lines(field, s string, limit, maxLines int) []string {
	s, ok := c.text0(field, s, limit, false, true)
	if !ok || s == "" {
		return nil
	}
	var out []string
	for line := range strings.SplitSeq(s, "\n") {
		if line = strings.Join(strings.Fields(line), " "); line != "" {
			out = append(out, line)
		}
	}
	if len(out) > maxLines {
		c.add(field, TooManyLines, maxLines)
		return nil
	}
	return out
}

// text0 holds the rules every text field shares. It returns the value
// without invisible characters, composed (NFC) and trimmed, and whether it
// passed. A required value needs a letter or a digit.
func (c *checker) text0(field, s string, limit int, required, multiline bool) (string, bool) {
	if !utf8.ValidString(s) {
		c.add(field, InvalidUTF8, 0)
		return "", false
	}
	if multiline {
		s = NormalizeNewlines(s)
	}
	// Dropped first: a combining mark after one composes with the letter
	// before it. Composing adds no invisible character.
	s = dropInvisible(s)
	s = norm.NFC.String(s)
	s = strings.TrimSpace(s)
	if s == "" {
		if required {
			c.add(field, Required, 0)
		}
		return "", !required
	}
	if utf8.RuneCountInString(s) > limit {
		c.add(field, TooLong, limit)
		return "", false
	}
	for _, r := range s {
		if r == '\n' && multiline {
			continue
		}
		if isControl(r) {
			c.add(field, ControlChars, 0)
			return "", false
		}
	}
	if required && strings.IndexFunc(s, isLetterOrDigit) < 0 {
		c.add(field, Required, 0)
		return "", false
	}
	return s, true
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isInvisible reports characters that show nothing and so are no value:
// format characters (zero-width spaces and joiners, the byte-order mark,
// the soft hyphen, direction marks, tag characters…) and the blank letters
// that pass for one (Hangul fillers, the blank Braille pattern). The bidi
// embeddings, overrides and isolates are format characters too, but they
// can make text read differently from how it is stored: isControl refuses
// them.
func isInvisible(r rune) bool {
	switch {
	case r < '\u00ad': // the first format character
		return false
	case r == '\u115f', r == '\u1160', r == '\u2800', r == '\u3164', r == '\uffa0':
		return true
	case isControl(r):
		return false
	}
	return unicode.Is(unicode.Cf, r)
}

// dropInvisible removes the invisible characters of s.
func dropInvisible(s string) string {
	if strings.IndexFunc(s, isInvisible) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isInvisible(r) {
			return -1
		}
		return r
	}, s)
}

// NormalizeNewlines turns CRLF and lone CR, as browsers and mail programs
// send them, into LF.
func NormalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// isControl reports characters that have no place in a letter: C0/C1
// controls, line and paragraph separators, and the bidirectional overrides
// that can make text read differently from how it is stored.
func isControl(r rune) bool {
	switch {
	case unicode.IsControl(r):
		return true
	case r == '\u2028', r == '\u2029':
		return true
	case r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}

// choice returns the option s names, or the default (the first) when s is
// empty.
func choice[T ~string](c *checker, field, s string, options []T) T {
	o, ok := parseChoice(s, options)
	if !ok && strings.TrimSpace(s) != "" {
		c.add(field, InvalidChoice, 0)
	}
	return o
}

// email checks an optional address. An invisible character in it is
// refused, not dropped: "kari\u200b@fjord.no" may be typed to pass for
// another address, and without it the address would be one the user did not
// type.
func (c *checker) email(field, s string) string {
	if utf8.ValidString(s) && strings.IndexFunc(s, isInvisible) >= 0 {
		c.add(field, InvalidEmail, 0)
		return ""
	}
	s, ok := c.text0(field, s, MaxEmailLen, false, false)
	if !ok || s == "" {
		return ""
	}
	if !validEmail(s) {
		c.add(field, InvalidEmail, 0)
		return ""
	}
	if _, domain, _ := strings.Cut(s, "@"); mixesScripts(domain) {
		c.add(field, MixedScript, 0)
		return ""
	}
	return s
}

// validEmail accepts a bare address (no display name, no angle brackets)
// whose domain has a dot, as any address a client can write to has.
func validEmail(s string) bool {
	addr, err := mail.ParseAddress(s)
	if err != nil || addr.Name != "" || addr.Address != s {
		return false
	}
	// net/mail has already refused empty labels such as "fjord..no"; a
	// client needs a named domain, not "localhost" or "[10.0.0.1]".
	_, domain, _ := strings.Cut(s, "@")
	return strings.Contains(domain, ".") && !strings.HasPrefix(domain, "[")
}

// lookalikeScripts are scripts with letters that pass for each other's: a
// Cyrillic "о" or a Greek "ο" reads as a Latin "o". Latin is the first.
var lookalikeScripts = []*unicode.RangeTable{unicode.Latin, unicode.Cyrillic, unicode.Greek}

// mixesScripts reports a domain with a label whose letters come from more
// than one of lookalikeScripts, as in "fjоrd.no" with a Cyrillic "о". Each
// label may be in a script of its own ("пример.no"), with digits and
// hyphens in any.
func mixesScripts(domain string) bool {
	for label := range strings.SplitSeq(domain, ".") {
		seen := -1
		for _, r := range label {
			script := lookalikeScript(r)
			if script < 0 {
				continue
			}
			if seen >= 0 && script != seen {
				return true
			}
			seen = script
		}
	}
	return false
}

// lookalikeScript is the index in lookalikeScripts of r's script, or -1.
func lookalikeScript(r rune) int {
	if r < utf8.RuneSelf {
		if lower := r | 0x20; 'a' <= lower && lower <= 'z' {
			return 0 // Latin
		}
		return -1
	}
	for i, table := range lookalikeScripts {
		if unicode.Is(table, r) {
			return i
		}
	}
	return -1
}

// number parses an optional whole number from 0 to max; empty gives 0.
func (c *checker) number(field, s string, max int) int {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0
	}
	digits := strings.TrimPrefix(s, "-")
	if digits == "" || strings.TrimFunc(digits, isDigit) != "" {
		c.add(field, NotANumber, 0)
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > max {
		c.add(field, OutOfRange, max)
		return 0
	}
	return n
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// date parses a required YYYY-MM-DD date that is neither before today nor
// more than MaxDaysAhead days after it.
func (c *checker) date(field, s string, today time.Time) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		c.add(field, Required, 0)
		return time.Time{}
	}
	d, err := time.Parse(time.DateOnly, s)
	if err != nil || len(s) != len(time.DateOnly) {
		c.add(field, InvalidDate, 0)
		return time.Time{}
	}
	switch days := daysBetween(today, d); {
	case days < 0:
		c.add(field, DateInPast, 0)
		return time.Time{}
	case days > MaxDaysAhead:
		c.add(field, DateTooFar, MaxDaysAhead)
		return time.Time{}
	}
	return d
}
