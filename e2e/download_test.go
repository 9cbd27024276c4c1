package e2e

import (
	"archive/zip"
	"bytes"
	"io"
	"mime"
	"mime/quotedprintable"
	"net/mail"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestEveryDownload presses each of the preview's four download buttons
// after an edit: each saves a file of its own type under the letter's name,
// carrying the edited subject, and the page stays on the preview.
func TestEveryDownload(t *testing.T) {
	p := newTab(t, tabOptions{})
	previewKari(p)
	subjectBox := p.labelFor("Emne")
	const subject = "Ny kontakt hos Fjord fra 11. oktober: Jonas Berg – æøå"
	p.do(
		chromedp.Focus(chromedp.ID(subjectBox)),
		chromedp.KeyEvent("a", chromedp.KeyModifiers(chromedp.ModifierCtrl)),
		chromedp.KeyEvent(subject),
		chromedp.KeyEvent(kb.Tab),
	)
	base := strings.TrimSuffix(kariFile, ".txt")

	tests := []struct {
		button, ext string
		check       func(t *testing.T, file []byte)
	}{
		{"E-postutkast (.eml)", ".eml", func(t *testing.T, file []byte) {
			msg, err := mail.ReadMessage(bytes.NewReader(file))
			if err != nil {
				t.Fatalf("the email draft does not parse: %v", err)
			}
			got, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
			if err != nil || got != subject {
				t.Errorf("the draft's subject is %q (%v), want the edited %q", got, err, subject)
			}
			if msg.Header.Get("X-Unsent") != "1" {
				t.Error("the draft lacks X-Unsent: 1, so mail programs would not open it as a draft")
			}
			body, err := io.ReadAll(quotedprintable.NewReader(msg.Body))
			if err != nil || !strings.Contains(string(body), "Jonas Berg") {
				t.Errorf("the draft's body does not read back (%v):\n%s", err, body)
			}
		}},
		{"PDF til utskrift (.pdf)", ".pdf", func(t *testing.T, file []byte) {
			if !bytes.HasPrefix(file, []byte("%PDF-")) || !bytes.Contains(file[max(0, len(file)-32):], []byte("%%EOF")) {
				t.Errorf("not a PDF: starts %q", file[:min(16, len(file))])
			}
		}},
		{"Word-fil (.docx)", ".docx", func(t *testing.T, file []byte) {
			z, err := zip.NewReader(bytes.NewReader(file), int64(len(file)))
			if err != nil {
				t.Fatalf("the Word file is not a zip: %v", err)
			}
			for _, f := range z.File {
				if f.Name != "word/document.xml" {
					continue
				}
				rc, _ := f.Open()
				doc, _ := io.ReadAll(rc)
				rc.Close()
				if !strings.Contains(string(doc), "Jonas Berg") {
					t.Error("the Word document lacks the letter's text")
				}
				return
			}
			t.Error("the Word file has no word/document.xml")
		}},
		{"Tekstfil (.txt)", ".txt", func(t *testing.T, file []byte) {
			if !strings.HasPrefix(string(file), "Emne: "+subject+"\n\n") {
				t.Errorf("the text file starts %q", file[:min(80, len(file))])
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.ext, func(t *testing.T) {
			name, file := p.download(chromedp.Click(button(tt.button)))
			if name != base+tt.ext {
				t.Errorf("saved as %q, want %q", name, base+tt.ext)
			}
			tt.check(t, file)
			if h1 := p.text("h1"); h1 != "Brevet ditt" {
				t.Errorf("after the download the page is %q, want the preview still", h1)
			}
		})
	}
}
