package export

import (
	"strings"
	"time"

	"github.com/farvel/farvel/internal/i18n"
	"github.com/farvel/farvel/internal/letter"
)

// Document is one letter as every file format needs it: the text as the
// user last edited it, and what a printed letter adds around it. The web
// layer and the letters for many clients build it the same way.
type Document struct {
	Tag     string // the letter's BCP 47 language tag: "nb-NO", "en-GB"
	Subject string // one line, never empty
	// SubjectWord labels the subject line of the plain-text file: "Emne".
	SubjectWord string
	Body        string // greeting to signature, LF line ends, as edited

	SenderName string    // the author in metadata, and the running header of later pages
	Sender     []string  // the sender block: company, name, title; none empty
	Recipient  []string  // the address block: client name, company, address lines; may be empty
	DateLine   string    // "Ålesund, 8. oktober 2027", or the date alone
	PageLabel  string    // the running header's page label, %d for the page and %d for the pages: "Side %d av %d"
	Created    time.Time // the letter's date in the file's metadata; fixed in tests for byte-stable output

	To     string // the client's email address for the email draft; may be empty
	ToName string // the client's name, shown beside To
}

// NewDocument lays out the letter of f with the subject and body as the
// user last edited them, dated date.
func NewDocument(f letter.Facts, subject, body string, date time.Time) Document {
	t := i18n.For(f.Lang)
	return Document{
		Tag:         f.Lang.Tag(),
		Subject:     subject,
		SubjectWord: t.SubjectPrefix(),
		Body:        body,
		SenderName:  f.SenderName,
		Sender:      nonEmpty(f.Company, f.SenderName, f.SenderTitle),
		Recipient:   append(nonEmpty(f.ClientName, f.ClientCompany), f.ClientAddress...),
		DateLine:    letter.DateLine(f.Lang, f.Place, date),
		PageLabel:   t.PageLabel(),
		Created:     date,
		To:          f.ClientEmail,
		ToName:      f.ClientName,
	}
}

func nonEmpty(ss ...string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// Paragraph is one block of the body: its lines, and whether a handwritten
// signature goes above it.
type Paragraph struct {
	Lines        []string
	SignatureGap bool
}

// Paragraphs splits the body at blank lines, as the preview shows it.
func (d Document) Paragraphs() []Paragraph { return Paragraphs(d.Body, d.SenderName) }

// Paragraphs splits a letter's body at blank lines. The sender's name on a
// line of its own after the closing ("Med vennlig hilsen") starts a
// paragraph of its own with room to sign above it, so a printed letter can
// be signed by hand however the user edited the text.
func Paragraphs(body, senderName string) []Paragraph {
	var out []Paragraph
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, Paragraph{Lines: cur})
			cur = nil
		}
	}
	for line := range strings.SplitSeq(strings.TrimRight(body, "\n"), "\n") {
		line = strings.TrimRight(line, " \t")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		cur = append(cur, line)
	}
	flush()

	name := strings.TrimSpace(senderName)
	if name == "" || len(out) == 0 {
		return out
	}
	last := out[len(out)-1]
	for i := len(last.Lines) - 1; i > 0; i-- {
		if strings.TrimSpace(last.Lines[i]) == name {
			closing := Paragraph{Lines: last.Lines[:i]}
			signature := Paragraph{Lines: last.Lines[i:], SignatureGap: true}
			return append(out[:len(out)-1], closing, signature)
		}
	}
	return out
}
