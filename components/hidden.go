package components

import (
	"context"
	"io"

	"github.com/a-h/templ"
	"github.com/farvel/farvel/internal/letter"
)

// hiddenInputs writes every field of the draft as a hidden input, so going
// back to the form or downloading loses nothing. It writes the same bytes
// as the templ loop it replaces (draftHidden), straight into the writer:
// templ resolved each attribute through an interface, an allocation per
// value, on a path every preview takes.
func hiddenInputs(d letter.Draft) templ.Component {
	return templ.ComponentFunc(func(_ context.Context, w io.Writer) error {
		sw, ok := w.(io.StringWriter)
		if !ok {
			sw = stringWriter{w}
		}
		for _, pair := range d.Pairs() {
			if _, err := sw.WriteString(`<input type="hidden" name="`); err != nil {
				return err
			}
			if err := writeEscaped(sw, pair.Name); err != nil {
				return err
			}
			if _, err := sw.WriteString(`" value="`); err != nil {
				return err
			}
			if err := writeEscaped(sw, pair.Value); err != nil {
				return err
			}
			if _, err := sw.WriteString(`">`); err != nil {
				return err
			}
		}
		return nil
	})
}

// writeEscaped writes s escaped as html.EscapeString (and so templ) does,
// without building the escaped copy.
func writeEscaped(w io.StringWriter, s string) error {
	last := 0
	for i := 0; i < len(s); i++ {
		entity := htmlEntities[s[i]]
		if entity == "" {
			continue
		}
		if _, err := w.WriteString(s[last:i]); err != nil {
			return err
		}
		if _, err := w.WriteString(entity); err != nil {
			return err
		}
		last = i + 1
	}
	_, err := w.WriteString(s[last:])
	return err
}

// htmlEntities are html.EscapeString's replacements, by byte.
var htmlEntities = [256]string{'<': "&lt;", '>': "&gt;", '&': "&amp;", '\'': "&#39;", '"': "&#34;"}

type stringWriter struct{ io.Writer }

func (w stringWriter) WriteString(s string) (int, error) { return io.WriteString(w.Writer, s) }
