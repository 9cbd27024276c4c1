package components

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"

	"github.com/a-h/templ"
	templruntime "github.com/a-h/templ/runtime"
	"github.com/farvel/farvel/internal/letter"
)

// templHidden is what templ generates for
//
//	<input type="hidden" name={ pair.Name } value={ pair.Value }/>
//
// in a loop over the draft's pairs: the reference hiddenInputs must match.
func templHidden(d letter.Draft) templ.Component {
	return templ.ComponentFunc(func(ctx context.Context, w io.Writer) error {
		for _, pair := range d.Pairs() {
			name, err := templruntime.NewAttributeExpression(pair.Name).Resolve(ctx)
			if err != nil {
				return err
			}
			value, err := templruntime.NewAttributeExpression(pair.Value).Resolve(ctx)
			if err != nil {
				return err
			}
			io.WriteString(w, `<input type="hidden" name="`+name+`" value="`+value+`">`)
		}
		return nil
	})
}

func TestHiddenInputsAsTemplWritesThem(t *testing.T) {
	drafts := map[string]letter.Draft{
		"empty":                   {},
		"full":                    fullDraft(),
		"markup in every field":   everyField(`"><script>alert('x')</script>&amp;`),
		"only special characters": everyField(`<>&'"`),
		"quotes at both ends":     everyField(`"Kari"`),
		"Norwegian and a newline": everyField("Blåbærsyltetøy\nÆØÅ"),
		"invalid UTF-8":           everyField("\xff\xfe<"),
	}
	references := map[string]func(letter.Draft) templ.Component{
		"templ's runtime": templHidden,
	}
	for name, d := range drafts {
		t.Run(name, func(t *testing.T) {
			var got bytes.Buffer
			if err := hiddenInputs(d).Render(context.Background(), &got); err != nil {
				t.Fatal(err)
			}
			for refName, ref := range references {
				var want bytes.Buffer
				if err := ref(d).Render(context.Background(), &want); err != nil {
					t.Fatal(err)
				}
				if got.String() != want.String() {
					t.Errorf("hiddenInputs wrote\n%s\n%s wrote\n%s", got.String(), refName, want.String())
				}
			}
		})
	}
}

// TestHiddenInputsThroughAnyWriter: a writer without WriteString gets the
// same bytes.
func TestHiddenInputsThroughAnyWriter(t *testing.T) {
	d := everyField(`a"b`)
	var direct bytes.Buffer
	hiddenInputs(d).Render(context.Background(), &direct)
	var plain strings.Builder
	if err := hiddenInputs(d).Render(context.Background(), onlyWriter{&plain}); err != nil {
		t.Fatal(err)
	}
	if plain.String() != direct.String() {
		t.Errorf("through a plain writer:\n%s\nwant\n%s", plain.String(), direct.String())
	}
}

type onlyWriter struct{ w io.Writer }

func (o onlyWriter) Write(p []byte) (int, error) { return o.w.Write(p) }

func BenchmarkHiddenInputs(b *testing.B) {
	d := fullDraft()
	for name, c := range map[string]func(letter.Draft) templ.Component{"hiddenInputs": hiddenInputs} {
		b.Run(name, func(b *testing.B) {
			var buf bytes.Buffer
			b.ReportAllocs()
			for b.Loop() {
				buf.Reset()
				c(d).Render(context.Background(), &buf)
			}
		})
	}
}
