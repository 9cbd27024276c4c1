package letter

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// CheckEdit validates the subject and body the user edited on the preview.
// Both are optional: an empty one means "use the composed text". The body
// comes back with its line breaks normalised to LF.
func CheckEdit(subject, body string) (string, string, Errors) {
	c := checker{}
	subject = c.line(FieldSubject, subject, MaxSubjectLen, false)
	body, ok := c.text0(FieldLetter, body, MaxLetterLen, false, true)
	if !ok {
		body = ""
	}
	return subject, body, c.errs
}

// Fingerprint names a letter's text: the same subject and body give the
// same short name. The preview posts the fingerprint of the letter it
// composed beside the text box, so a later request can tell an untouched
// text from an edit, and a form change that rewrites the letter from one
// that does not, without anything kept on the server.
func Fingerprint(subject, body string) string {
	h := sha256.New()
	h.Write([]byte(strings.TrimSpace(subject)))
	h.Write([]byte{0})
	h.Write([]byte(strings.TrimSpace(NormalizeNewlines(body))))
	return hex.EncodeToString(h.Sum(nil)[:12])
}
