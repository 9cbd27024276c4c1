package export

import (
	"bytes"
	"mime/quotedprintable"
	"net/mail"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxHeaderLine is the longest header line written, CRLF not counted
// (RFC 5322 2.1.1).
const maxHeaderLine = 78

// maxEncodedWord is the longest RFC 2047 encoded-word (RFC 2047 2).
const maxEncodedWord = 75

// EmailDraft is the letter as an .eml file that classic Outlook and
// Thunderbird open as an unsent draft: the subject, the body in
// quoted-printable and, when d.To is a bare address, the client as
// recipient. There is no From, Date or Message-ID: the mail program adds
// them when it sends. Every line ends in CRLF and every byte is 7-bit, so
// nothing the user typed can add, split or fold a header.
func EmailDraft(d Document) []byte {
	var b bytes.Buffer
	b.Grow(len(d.Body)*11/10 + 512)

	if to, ok := draftRecipient(d.To); ok {
		words := phraseWords(headerText(d.ToName), maxHeaderLine-len("To: "))
		words = append(words, (&mail.Address{Address: to}).String())
		writeHeader(&b, "To", words)
	}
	writeHeader(&b, "Subject", textWords(headerText(d.Subject), maxHeaderLine-len("Subject: ")))
	b.WriteString("X-Unsent: 1\r\n" +
		"MIME-Version: 1.0\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n" +
		"Content-Transfer-Encoding: quoted-printable\r\n" +
		"\r\n")

	// In text mode the writer turns LF into CRLF and keeps its lines to 76
	// characters. CR is made LF first: the writer loses a line break after
	// a CR followed by a byte it encodes.
	body := d.Body
	if strings.IndexByte(body, '\r') >= 0 {
		body = lineEnds.Replace(body)
	}
	if !strings.HasSuffix(body, "\n") {
		body += "\n"
	}
	qp := quotedprintable.NewWriter(&b)
	qp.Write([]byte(body)) // a bytes.Buffer never fails
	qp.Close()
	return b.Bytes()
}

// lineEnds makes CRLF and a lone CR into LF.
var lineEnds = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// maxAddress is the longest address that fits on a folded line as "<addr>".
const maxAddress = maxHeaderLine - len(" <>")

// draftRecipient returns to as the draft's recipient when it is one bare
// address in ASCII, short enough for a header line. Anything else, such as
// "Kari <kari@kunde.no>", a list, a comment or a line break, gives no
// recipient: the user fills it in.
func draftRecipient(to string) (string, bool) {
	to = strings.TrimSpace(to)
	if to == "" || len(to) > maxAddress {
		return "", false
	}
	for i := 0; i < len(to); i++ {
		if to[i] <= ' ' || to[i] > '~' {
			return "", false
		}
	}
	a, err := mail.ParseAddress(to)
	if err != nil || a.Name != "" || a.Address != to {
		return "", false
	}
	return to, true
}

// headerText makes s one line of valid UTF-8: controls, line breaks and
// the Unicode line and paragraph separators become spaces, runs of spaces
// one space, and the ends are trimmed, as a mail program shows it anyway.
func headerText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r == ' ' || unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// textWords returns the words of an unstructured header value (a subject)
// to fold between. Plain ASCII stays as it is; anything else becomes
// encoded-words, the first at most first characters long.
func textWords(s string, first int) []string {
	if s == "" {
		return nil
	}
	words := strings.Split(s, " ")
	if fitsPlain(words, first, func(c byte) bool { return '!' <= c && c <= '~' }) {
		return words
	}
	return encodedWords(s, first)
}

// phraseWords does the same for a display name, whose plain words may hold
// only atext (RFC 5322 3.2.3): a name with "<", "@", "," or quotes is
// encoded, so it cannot be read as an address.
func phraseWords(s string, first int) []string {
	if s == "" {
		return nil
	}
	words := strings.Split(s, " ")
	if fitsPlain(words, first, isAtext) {
		return words
	}
	return encodedWords(s, first)
}

// fitsPlain reports whether words can be written as they are: every byte
// allowed, nothing a decoder would take for an encoded-word, and every
// word short enough to fold before it.
func fitsPlain(words []string, first int, allowed func(byte) bool) bool {
	limit := first
	for _, w := range words {
		if len(w) > limit || strings.Contains(w, "=?") {
			return false
		}
		for i := 0; i < len(w); i++ {
			if !allowed(w[i]) {
				return false
			}
		}
		limit = maxHeaderLine - 1
	}
	return true
}

func isAtext(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("!#$%&'*+-/=?^_`{|}~", c) >= 0
}

// encodedWords writes s as RFC 2047 Q-encoded UTF-8 words, cut between
// characters, the first at most first characters long. mime.QEncoding is
// not enough here: its words run to 75 characters, one too many after
// "To: " and four after "Subject: ", and it leaves ASCII as it is even when
// the ASCII reads as an encoded-word or has no space to fold at. Only the
// characters RFC 2047 5 allows in a phrase are left unencoded, so the words
// serve a display name as well as a subject.
func encodedWords(s string, first int) []string {
	const open, closing = "=?utf-8?q?", "?="
	const hex = "0123456789ABCDEF"
	var words []string
	var w strings.Builder
	limit := min(first, maxEncodedWord)
	w.WriteString(open)
	for len(s) > 0 {
		_, size := utf8.DecodeRuneInString(s)
		char := s[:size]
		s = s[size:]
		n := 3 * size
		if size == 1 && qLiteral(char[0]) {
			n = 1
		}
		if w.Len()+n+len(closing) > limit && w.Len() > len(open) {
			w.WriteString(closing)
			words = append(words, w.String())
			w.Reset()
			w.WriteString(open)
			limit = maxEncodedWord
		}
		switch {
		case char == " ":
			w.WriteByte('_')
		case n == 1:
			w.WriteByte(char[0])
		default:
			for i := 0; i < size; i++ {
				w.WriteByte('=')
				w.WriteByte(hex[char[i]>>4])
				w.WriteByte(hex[char[i]&15])
			}
		}
	}
	w.WriteString(closing)
	return append(words, w.String())
}

// qLiteral reports whether c is written as itself in a Q-encoded word of a
// phrase (RFC 2047 5 (3)); the space is written as "_".
func qLiteral(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return c == ' ' || c == '!' || c == '*' || c == '+' || c == '-' || c == '/'
}

// writeHeader writes one header field, folded between words so that no line
// is longer than maxHeaderLine. The words come from textWords and
// phraseWords, which make each one fit.
func writeHeader(b *bytes.Buffer, name string, words []string) {
	b.WriteString(name)
	b.WriteByte(':')
	line := len(name) + 1
	for i, w := range words {
		if i > 0 && line+1+len(w) > maxHeaderLine {
			b.WriteString("\r\n")
			line = 0
		}
		b.WriteByte(' ')
		b.WriteString(w)
		line += 1 + len(w)
	}
	b.WriteString("\r\n")
}
