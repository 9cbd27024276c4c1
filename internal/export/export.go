// Package export turns a finished letter into the files a user downloads,
// and names them.
package export

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Format is a kind of file a letter can be downloaded as; its value is the
// file name's extension.
type Format string

const (
	FormatText  Format = "txt"
	FormatEmail Format = "eml"
	FormatPDF   Format = "pdf"
	FormatWord  Format = "docx"
)

// Formats lists every format, in the order the preview offers them.
var Formats = []Format{FormatEmail, FormatPDF, FormatWord, FormatText}

// ParseFormat returns the format s names; empty means plain text.
func ParseFormat(s string) (Format, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return FormatText, true
	}
	for _, f := range Formats {
		if string(f) == s {
			return f, true
		}
	}
	return "", false
}

// ContentType is the media type a download of the format is sent as.
func (f Format) ContentType() string {
	switch f {
	case FormatText:
		return "text/plain; charset=utf-8"
	case FormatEmail:
		return "message/rfc822"
	case FormatPDF:
		return "application/pdf"
	case FormatWord:
		return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	}
	return "application/octet-stream"
}

// File is a finished download: its name, its media type and its bytes.
type File struct {
	Name, ContentType string
	Body              []byte
}

// Export writes d in format f under a name built from the letter's facts.
func Export(f Format, d Document, name string) (File, error) {
	var body []byte
	var err error
	switch f {
	case FormatText:
		body = PlainText(d.SubjectWord, d.Subject, d.Body)
	case FormatEmail:
		body = EmailDraft(d)
	case FormatPDF:
		body, err = PDF(d)
	case FormatWord:
		body, err = Word(d)
	default:
		return File{}, fmt.Errorf("export: unknown format %q", f)
	}
	if err != nil {
		return File{}, err
	}
	return File{Name: name, ContentType: f.ContentType(), Body: body}, nil
}

// PlainText is the letter as a .txt file: the subject on its first line
// after the language's own word for it, a blank line, then the body. An
// empty subject is left out.
func PlainText(subjectWord, subject, body string) []byte {
	var b strings.Builder
	b.Grow(len(subject) + len(body) + 32)
	if subject != "" {
		b.WriteString(subjectWord)
		b.WriteString(": ")
		b.WriteString(subject)
		b.WriteString("\n\n")
	}
	b.WriteString(body)
	if !strings.HasSuffix(body, "\n") {
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

// maxSlug bounds each named part of a file name.
const maxSlug = 40

// FileName builds a download name that is safe anywhere: lower-case ASCII
// letters, digits and hyphens, as in
// "farvel-fjord-kontor-ola-nordmann-2027-10-08.txt". The client's name is
// included when given, so letters to many clients do not collide.
func FileName(company, client string, lastDay time.Time, format Format) string {
	parts := []string{"farvel"}
	for _, s := range []string{company, client} {
		if slug := Slug(s); slug != "" {
			parts = append(parts, slug)
		}
	}
	if !lastDay.IsZero() {
		parts = append(parts, lastDay.Format(time.DateOnly))
	}
	return strings.Join(parts, "-") + "." + string(format)
}

// transliterations spell the letters that do not decompose into a base
// letter and accents.
var transliterations = map[rune]string{
	'æ': "ae", 'ø': "o", 'å': "a", 'ß': "ss", 'œ': "oe", 'ð': "d", 'þ': "th", 'ł': "l", 'đ': "d", 'ı': "i",
}

// Slug writes s in lower-case ASCII with hyphens between words, at most
// maxSlug characters: "Fjord Kontorinteriør AS" → "fjord-kontorinterior-as".
func Slug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		var out string
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			out = string(r)
		case unicode.Is(unicode.Mn, r):
			continue // an accent, separated from its letter by NFD
		default:
			out = transliterations[r]
		}
		if out == "" {
			hyphen = b.Len() > 0
			continue
		}
		if hyphen {
			out = "-" + out
			hyphen = false
		}
		if b.Len()+len(out) > maxSlug {
			break
		}
		b.WriteString(out)
	}
	return b.String()
}

// MaxMailtoLen is the longest mailto: link offered. Mail programs and
// browsers cut or refuse longer ones; past it the user copies the text.
const MaxMailtoLen = 2000

// Mailto builds a mailto: link that opens a new message to to (which may be
// empty) with subject and body filled in, and reports whether it is short
// enough to offer.
func Mailto(to, subject, body string) (string, bool) {
	body = strings.ReplaceAll(body, "\n", "\r\n") // RFC 6068: line breaks as CRLF
	link := "mailto:" + mailtoEscape(to) + "?subject=" + mailtoEscape(subject) + "&body=" + mailtoEscape(body)
	return link, len(link) <= MaxMailtoLen
}

// mailtoEscape percent-encodes s for a mailto: link: every byte but the
// unreserved ones, spaces as %20 (mail programs do not read "+" as one).
func mailtoEscape(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(s) * 2)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}
