package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestNynorskFlow writes a letter with the interface in nynorsk, with
// JavaScript and without it: the form is asked for by its nynorsk labels,
// the preview shows a nynorsk letter, and the text file carries it.
func TestNynorskFlow(t *testing.T) {
	withAndWithoutScript(t, func(t *testing.T, p *tab, noScript bool) {
		p.open("/?lang=nn")
		if lang := eval[string](p, `document.documentElement.lang`); lang != "nn" {
			t.Fatalf("html lang %q, want nn", lang)
		}
		for _, f := range []struct{ label, value string }{
			{"Namnet ditt", "Kari Nordmann"},
			{"Arbeidsgivaren du sluttar hos", "Fjord Kontorinteriør AS"},
			{"Siste arbeidsdag", "2027-10-08"},
			{"Namnet på kunden", "Ola"},
			{"Namn", "Jonas Berg"},
			{"E-post", "jonas@fjordkontor.no"},
			{"Kor mange år har de arbeidd saman?", "6"},
		} {
			p.fill(f.label, f.value)
		}
		p.choose("Eg har avklart med leiaren min at eg kan skrive til kundane")
		if !p.checked(p.labelFor("Nynorsk")) {
			t.Error("a nynorsk page does not write the letter in nynorsk by default")
		}
		if status := p.goes(chromedp.Click(button("Sjå brevet"))); status != 200 {
			t.Fatalf("the preview answered %d", status)
		}
		letter := p.text("#shown-letter")
		for _, want := range []string{"Kjære Ola,", "Eg vil med dette gje deg beskjed", "fredag 8. oktober 2027", "dei siste seks åra", "Med venleg helsing"} {
			if !strings.Contains(letter, want) {
				t.Errorf("the nynorsk letter lacks %q:\n%s", want, letter)
			}
		}
		for _, bokmal := range []string{"Jeg ", "ikke", "Med vennlig hilsen"} {
			if strings.Contains(letter, bokmal) {
				t.Errorf("the nynorsk letter has the bokmål %q", bokmal)
			}
		}
		name, file := p.download(chromedp.Click(button("Tekstfil (.txt)")))
		if !strings.HasSuffix(name, ".txt") || !strings.Contains(string(file), "Eg vil med dette gje deg beskjed") {
			t.Errorf("the text file %s does not carry the nynorsk letter:\n%s", name, file)
		}
	})
}
