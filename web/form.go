package web

import (
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"reflect"
	"strings"

	"github.com/farvel/farvel/internal/i18n"
	"github.com/farvel/farvel/internal/letter"
	"github.com/gorilla/schema"
)

// letterForm is what every POST route reads: the draft under the contract's
// names, and the few fields of the preview and the language switch.
type letterForm struct {
	letter.Draft
	previewFields
}

// previewFields are the form's fields beyond the draft. They are decoded
// on their own: gorilla/schema finds a field of an embedded struct through
// reflect's slow, allocating search, a field of the struct itself directly.
type previewFields struct {
	Subject string `schema:"subject"`
	Letter  string `schema:"letter"`
	Format  string `schema:"format"`
	UILang  string `schema:"ui_lang"` // set by the language switch, wins over lang
}

// previewKeys are previewFields' names: the second decode reads only them.
var previewKeys = []string{letter.FieldSubject, letter.FieldLetter, letter.FieldFormat, "ui_lang"}

// only returns the values of form under keys, as the decoder reads them.
func only(form url.Values, keys []string) url.Values {
	out := make(url.Values, len(keys))
	for _, k := range keys {
		if v, ok := form[k]; ok {
			out[k] = v
		}
	}
	return out
}

// decoder is shared by every request, so its cache of the form's layout is
// built once.
var decoder = newDecoder()

func newDecoder() *schema.Decoder {
	d := schema.NewDecoder()
	d.IgnoreUnknownKeys(true)
	// A checkbox posts "on" (or any value) when ticked and nothing when not;
	// only the usual spellings of "no" count as unticked.
	d.RegisterConverter(false, func(s string) reflect.Value {
		switch strings.ToLower(strings.TrimSpace(s)) {
		case "", "0", "false", "off", "no":
			return reflect.ValueOf(false)
		}
		return reflect.ValueOf(true)
	})
	return d
}

// multipartMemory is how much of a multipart body is held in memory; the
// body limit is no higher, so nothing goes to disk.
const multipartMemory = maxBodyBytes

// parseForm reads the posted form. On failure it has already answered (413,
// 415 or 400) and returns false.
func (s *server) parseForm(w http.ResponseWriter, r *http.Request) (letterForm, bool) {
	var f letterForm
	t := i18n.For(requestLang(r))
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var err error
	switch mediaType {
	case "application/x-www-form-urlencoded":
		err = r.ParseForm()
	case "multipart/form-data":
		err = r.ParseMultipartForm(multipartMemory)
		if r.MultipartForm != nil {
			defer r.MultipartForm.RemoveAll()
		}
	default:
		s.errorPage(w, r, http.StatusUnsupportedMediaType, t.UnsupportedMediaType())
		return f, false
	}
	switch {
	case err != nil && overLimit(r, err):
		s.errorPage(w, r, http.StatusRequestEntityTooLarge, t.TooLarge())
		return f, false
	case err != nil:
		s.errorPage(w, r, http.StatusBadRequest, t.BadRequest())
		return f, false
	}
	if err := errors.Join(decoder.Decode(&f.Draft, r.PostForm), decoder.Decode(&f.previewFields, only(r.PostForm, previewKeys))); err != nil {
		s.errorPage(w, r, http.StatusBadRequest, t.BadRequest())
		return f, false
	}
	if lang, ok := letter.ParseLang(f.UILang); ok {
		f.Lang = string(lang)
	}
	return f, true
}

// overLimit reports whether a failed parse failed because the body is over
// the limit. The multipart parser may report a body cut off by the limit as
// a malformed part, so when the error does not say, reading the rest of the
// body (at most the limit) does.
func overLimit(r *http.Request, err error) bool {
	if isTooLarge(err) {
		return true
	}
	_, err = io.Copy(io.Discard, r.Body)
	return isTooLarge(err)
}

// formLang is the language of a page answering a posted form: the form's
// own lang when it names one Farvel speaks, else the request's.
func formLang(r *http.Request, d letter.Draft) letter.Lang {
	if lang, ok := letter.ParseLang(d.Lang); ok {
		return lang
	}
	return requestLang(r)
}
