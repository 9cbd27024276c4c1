package letter

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
