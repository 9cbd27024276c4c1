package export

import (
	"strings"
	"time"
)

// Document is one letter as every file format needs it: the text as the
// user last edited it, and what a printed letter adds around it. The web
// layer and the letters for many clients build it the same way.
type Document struct {
	Tag     string // the letter's BCP 47 language tag: "nb-NO", "en-GB"
	Subject string // one line, never empty
	Body    string // greeting to signature, LF line ends, as edited

	SenderName string    // the author in metadata, and the running header of later pages
	Sender     []string  // the sender block: company, name, title; none empty
	Recipient  []string  // the address block: client name, company, address lines; may be empty
	DateLine   string    // "Ålesund, 8. oktober 2027", or the date alone
	PageLabel  string    // the running header's page label, %d for the page and %d for the pages: "Side %d av %d"
	Created    time.Time // the letter's date in the file's metadata; fixed in tests for byte-stable output

	To     string // the client's email address for the email draft; may be empty
	ToName string // the client's name, shown beside To
}

// Paragraph is one block of the body: its lines, and whether a handwritten
// signature goes above it.
type Paragraph struct {
	Lines        []string
	SignatureGap bool
}

// Paragraphs splits the body at blank lines, as the preview shows it. The
// sender's name on a line of its own after the closing ("Med vennlig
// hilsen") starts a paragraph of its own with room to sign above it, so a
// printed letter can be signed by hand however the user edited the text.
func (d Document) Paragraphs() []Paragraph {
	var out []Paragraph
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, Paragraph{Lines: cur})
			cur = nil
		}
	}
	for line := range strings.SplitSeq(strings.TrimRight(d.Body, "\n"), "\n") {
		line = strings.TrimRight(line, " \t")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		cur = append(cur, line)
	}
	flush()

	name := strings.TrimSpace(d.SenderName)
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
