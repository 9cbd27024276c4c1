package web

import (
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"reflect"
	"strings"

	"github.com/farvel/farvel/components"
	"github.com/farvel/farvel/internal/i18n"
	"github.com/farvel/farvel/internal/letter"
	"github.com/gorilla/schema"
)

// letterForm is what every POST route reads: the draft under the contract's
// names, and the few fields of the preview and the language switch.
type letterForm struct {
	letter.Draft
	previewFields
	page letter.Lang // the language of the page that answers
}

// previewFields are the form's fields beyond the draft: plain text, each
// read as the decoder reads a text field (the last value), without a
// second pass of its reflection over every request.
type previewFields struct {
	Subject string // the edited subject
	Letter  string // the edited text
	Format  string
	UILang  string // the interface's language, independent of the letter's
	// EditBase is the fingerprint of the composed letter the posted subject
	// and letter were edited from.
	EditBase string
	// EditChoice answers the preview's question when the form has changed
	// under an edit: keep the edited text, or rewrite it from the form.
	EditChoice string
}

func readPreviewFields(form url.Values) previewFields {
	last := func(key string) string {
		if vs := form[key]; len(vs) > 0 {
			return vs[len(vs)-1]
		}
		return ""
	}
	return previewFields{
		Subject: last(letter.FieldSubject), Letter: last(letter.FieldLetter), Format: last(letter.FieldFormat),
		UILang: last("ui_lang"), EditBase: last("edit_base"), EditChoice: last("edit_choice"),
	}
}

// edit is the letter as the user edited it on the preview, with its line
// breaks as a textarea keeps them, and the fingerprint of the composed
// letter it was edited from. The preview posts its text boxes whether or
// not they were touched, so a text that is still the composed one (its
// fingerprint is the base's, or it reads as composed is, when given) is no
// edit: the form then writes the letter afresh.
func (f letterForm) edit(composed *letter.Letter) components.Edit {
	e := components.Edit{Subject: strings.TrimSpace(f.Subject), Body: letter.NormalizeNewlines(f.Letter), Base: f.EditBase}
	if strings.TrimSpace(e.Body) == "" {
		e.Body = ""
	}
	if e.Subject == "" && e.Body == "" {
		return components.Edit{}
	}
	print := letter.Fingerprint(e.Subject, e.Body)
	if print == e.Base || composed != nil && print == letter.Fingerprint(composed.Subject, composed.Body()) {
		return components.Edit{}
	}
	return e
}

// carriedEdit is the edit a page carries along unseen: the posted text,
// unless it still reads as the letter the posted draft composes. Only a
// post that holds some text costs a composition.
func (s *server) carriedEdit(f letterForm) components.Edit {
	e := f.edit(nil)
	if e == (components.Edit{}) {
		return e
	}
	facts, _, errs := letter.Check(f.Draft, s.today())
	if len(errs) > 0 {
		return e
	}
	l := letter.Compose(facts)
	return f.edit(&l)
}

// draftKeys are the draft's names, exactly as its schema tags spell them.
// The decoder reads only them: gorilla/schema matches a key to a field in
// any letter case, so sender_name and SENDER_NAME would both fill one
// field, the winner picked by map order.
var draftKeys = schemaKeys(reflect.TypeFor[letter.Draft]())

func schemaKeys(t reflect.Type) []string {
	var keys []string
	for i := range t.NumField() {
		if name, _, _ := strings.Cut(t.Field(i).Tag.Get("schema"), ","); name != "" && name != "-" {
			keys = append(keys, name)
		}
	}
	return keys
}

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

// parseForm reads the posted form. On failure it has already answered (413,
// 415 or 400) and returns false.
func (s *server) parseForm(w http.ResponseWriter, r *http.Request) (letterForm, bool) {
	form, mf, ok := s.readForm(w, r, maxBodyBytes)
	if mf != nil {
		defer mf.RemoveAll()
	}
	if !ok {
		return letterForm{}, false
	}
	return s.decodeForm(w, r, form)
}

// readForm reads a urlencoded or multipart body of at most limit bytes, the
// route's body limit. A multipart body is held in memory whole, so nothing
// the user sent is written to disk; the caller removes the form it returns.
// On failure it has already answered (413, 415 or 400) and returns false.
func (s *server) readForm(w http.ResponseWriter, r *http.Request, limit int64) (url.Values, *multipart.Form, bool) {
	t := i18n.For(requestLang(r))
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var form url.Values
	var err error
	switch mediaType {
	case "application/x-www-form-urlencoded":
		form, err = readURLEncoded(r, limit)
	case "multipart/form-data":
		err = r.ParseMultipartForm(limit)
		if r.MultipartForm != nil {
			form = r.MultipartForm.Value
			if err == nil && multipartFields(r.MultipartForm) > maxFormFields {
				err = errTooManyFields
			}
		}
	default:
		s.errorPage(w, r, http.StatusUnsupportedMediaType, t.UnsupportedMediaType())
		return nil, nil, false
	}
	switch {
	case err != nil && !errors.Is(err, errTooManyFields) && overLimit(r, err):
		s.errorPage(w, r, http.StatusRequestEntityTooLarge, t.TooLarge())
		return nil, r.MultipartForm, false
	case err != nil:
		s.errorPage(w, r, http.StatusBadRequest, t.BadRequest())
		return nil, r.MultipartForm, false
	}
	return form, r.MultipartForm, true
}

// decodeForm decodes the contract's fields of form and settles the page's
// language.
func (s *server) decodeForm(w http.ResponseWriter, r *http.Request, form url.Values) (letterForm, bool) {
	var f letterForm
	f.previewFields = readPreviewFields(form)
	if err := decoder.Decode(&f.Draft, only(form, draftKeys)); err != nil {
		s.errorPage(w, r, http.StatusBadRequest, i18n.For(requestLang(r)).BadRequest())
		return f, false
	}
	f.page = uiLang(r, f)
	f.Region = phoneRegion(r)
	if strings.TrimSpace(f.Lang) == "" {
		f.Lang = string(f.page) // the letter's language defaults to the interface's
	}
	return f, true
}

// maxFormFields bounds the fields (name=value pairs) of a post. Farvel's
// form has a few dozen; a post with far more is no form of Farvel's, and is
// refused before it is decoded.
const maxFormFields = 200

var errTooManyFields = errors.New("too many form fields")

// readURLEncoded reads an urlencoded body once and parses it, without the
// copy of it that r.ParseForm also builds in r.Form. The fields are counted
// before any map is built.
func readURLEncoded(r *http.Request, limit int64) (url.Values, error) {
	var body []byte
	var err error
	if n := r.ContentLength; n >= 0 && n <= limit {
		body = make([]byte, n)
		_, err = io.ReadFull(r.Body, body)
	} else {
		body, err = io.ReadAll(r.Body) // the body limit stops it
	}
	if err != nil {
		return nil, err
	}
	s := string(body)
	if urlEncodedFields(s) > maxFormFields {
		return nil, errTooManyFields
	}
	return url.ParseQuery(s)
}

// urlEncodedFields counts the fields of an urlencoded body as
// url.ParseQuery reads them: the non-empty parts between ampersands.
func urlEncodedFields(s string) int {
	n := 0
	for part := range strings.SplitSeq(s, "&") {
		if part != "" {
			n++
		}
	}
	return n
}

// multipartFields counts the values and files of a multipart form.
func multipartFields(form *multipart.Form) int {
	n := 0
	for _, vs := range form.Value {
		n += len(vs)
	}
	for _, fs := range form.File {
		n += len(fs)
	}
	return n
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

// uiLang is the language of the page answering a posted form: the one the
// language switch asks for (?ui_lang=), else the interface language the page
// posted, else, for a script's post that names none, the letter's, else the
// request's.
func uiLang(r *http.Request, f letterForm) letter.Lang {
	for _, s := range []string{r.URL.Query().Get("ui_lang"), f.UILang, f.Lang} {
		if lang, ok := letter.ParseLang(strings.TrimSpace(s)); ok {
			return lang
		}
	}
	return requestLang(r)
}

// phoneRegion is the region a phone number without + is most likely
// written in, as the browser's language says: "GB" for en-GB. It is ""
// when the browser names none; the letter's language then decides (see
// letter.Draft.PhoneRegion).
func phoneRegion(r *http.Request) string {
	return i18n.Region(r.Header.Get("Accept-Language"))
}
