package web

import (
	"fmt"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/farvel/farvel/internal/letter"
)

// TestOnlyTheContractsNamesAreRead: a key is read only under the exact
// name of the contract. The same name in other letters is an unknown key,
// ignored, so that no request picks its value at random.
func TestOnlyTheContractsNamesAreRead(t *testing.T) {
	h, _ := newTestHandler(t)
	form := validForm()
	form.Del(letter.FieldSenderName)
	rest := form.Encode()

	t.Run("the exact name wins, every time", func(t *testing.T) {
		for i := range 50 {
			for _, body := range []string{
				"sender_name=Alice&SENDER_NAME=Bob&" + rest,
				"SENDER_NAME=Bob&Sender_Name=Eve&sender_name=Alice&" + rest,
			} {
				rec := send(t, h, http.MethodPost, "/preview", formType, body, letter.Norwegian)
				if rec.Code != http.StatusOK {
					t.Fatalf("round %d: status %d, want 200", i, rec.Code)
				}
				text := parseHTML(t, rec.Body).Find("article.letter").Text()
				if !strings.Contains(text, "Alice") || strings.Contains(text, "Bob") || strings.Contains(text, "Eve") {
					t.Fatalf("round %d: the letter is not signed by Alice alone:\n%s", i, text)
				}
			}
		}
	})

	t.Run("another case alone is no value", func(t *testing.T) {
		for _, key := range []string{"SENDER_NAME", "Sender_name", "sender_Name", "SenderName"} {
			rec := send(t, h, http.MethodPost, "/preview", formType, key+"=Bob&"+rest, letter.English)
			if rec.Code != http.StatusUnprocessableEntity {
				t.Fatalf("%s=Bob: status %d, want 422 (sender_name missing)", key, rec.Code)
			}
			doc := parseHTML(t, rec.Body)
			if got := formValues(doc, "letter-form").Get(letter.FieldSenderName); got != "" {
				t.Errorf("%s=Bob: sender_name came back as %q, want it empty", key, got)
			}
			if doc.Find("#"+letter.FieldSenderName+"-error").Length() == 0 {
				t.Errorf("%s=Bob: no error beside sender_name", key)
			}
		}
	})

	t.Run("a checkbox in capitals is not ticked", func(t *testing.T) {
		rec := send(t, h, http.MethodPost, "/edit", formType, "sender_name=Alice&COMPETITOR=on&"+rest, letter.English)
		if rec.Code != http.StatusOK {
			t.Fatalf("status %d, want 200", rec.Code)
		}
		if formValues(parseHTML(t, rec.Body), "letter-form").Has(letter.FieldCompetitor) {
			t.Error("COMPETITOR=on ticked competitor")
		}
	})
}

// TestTooManyFieldsAreRefused: the form has a few dozen fields; a post with
// far more (over 200) is no form of Farvel's, and gets the 400 page before
// anything is decoded, under either content type.
func TestTooManyFieldsAreRefused(t *testing.T) {
	h, _ := newTestHandler(t)
	padded := func(n int) url.Values {
		form := validForm()
		for i := 0; len(form) < n; i++ {
			form.Set(fmt.Sprintf("x%d", i), "")
		}
		return form
	}
	multipartBody := func(form url.Values) (string, string) {
		var body strings.Builder
		mw := multipart.NewWriter(&body)
		for k, vs := range form {
			mw.WriteField(k, vs[0])
		}
		mw.Close()
		return mw.FormDataContentType(), body.String()
	}
	for _, tt := range []struct {
		fields int
		status int
	}{
		{200, http.StatusOK},
		{201, http.StatusBadRequest},
		{1500, http.StatusBadRequest},
		{5000, http.StatusBadRequest},
	} {
		form := padded(tt.fields)
		multipartType, multipartForm := multipartBody(form)
		bodies := []struct{ kind, contentType, body string }{
			{"urlencoded", formType, form.Encode()},
			{"urlencoded with empty pairs", formType, form.Encode() + "&&&"}, // an empty pair is no field
			{"multipart", multipartType, multipartForm},
		}
		if len(multipartForm) > maxBodyBytes {
			bodies = bodies[:2] // over the body limit: that is the 413
		}
		for _, body := range bodies {
			for _, path := range []string{"/preview", "/edit", "/download"} {
				name := fmt.Sprintf("%d fields, %s, to %s", tt.fields, body.kind, path)
				rec := send(t, h, http.MethodPost, path, body.contentType, body.body, letter.English)
				if rec.Code != tt.status {
					t.Errorf("%s: status %d, want %d", name, rec.Code, tt.status)
					continue
				}
				if tt.status == http.StatusBadRequest && !strings.Contains(rec.Body.String(), "could not be read") {
					t.Errorf("%s: not the 400 page", name)
				}
			}
		}
	}
	// The same key many times over is as many fields.
	repeated := validForm().Encode() + strings.Repeat("&x=1", 300)
	if rec := send(t, h, http.MethodPost, "/preview", formType, repeated, letter.English); rec.Code != http.StatusBadRequest {
		t.Errorf("300 values of one key: status %d, want 400", rec.Code)
	}
}
