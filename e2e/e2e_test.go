package e2e

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// field is a text field of the form, found by its label.
type field struct{ label, value string }

// kari is the Norwegian letter the main flow writes, field by field, with
// æ, ø and å in several values.
var kari = []field{
	{"Navnet ditt", "Kari Nordmann"},
	{"Stillingen din", "Kundeansvarlig"},
	{"Arbeidsgiveren du slutter hos", "Fjord Kontorinteriør AS"},
	{"Siste arbeidsdag", "2027-10-08"},
	{"Navn", "Jonas Berg"},
	{"Stilling", "Seniorrådgiver"},
	{"E-post", "jonas@fjordkontor.no"},
	{"Telefon", "41234567"},
	{"Kundens navn", "Ola"},
	{"Kundens e-post", "ola@kunde.no"},
	{"Hvor mange år har dere jobbet sammen?", "6"},
	{"Ny arbeidsgiver", "Lysverket Design"},
	{"En personlig hilsen", "Lykke til med det nye kontoret på Bryggen."},
}

// kariChoices are the checkboxes and radio buttons the flow ticks, by label.
var kariChoices = []string{
	"Varm",
	"Jeg blir i bransjen",
	"Tilby å ringe kunden om overgangen",
	"Jeg har avklart med lederen min at jeg kan skrive til kundene",
}

// kariFile is the name the server gives Kari's letter to Ola.
const kariFile = "farvel-fjord-kontorinterior-as-ola-2027-10-08.txt"

// postscript is what the flows add to the letter on the preview.
const postscript = "P.S. Hils Åse og Øyvind, og takk for all blåbærkaka!"

// withAndWithoutScript runs test twice, each in a tab of its own: with
// JavaScript, and with it disabled.
func withAndWithoutScript(t *testing.T, test func(t *testing.T, p *tab, noScript bool)) {
	for _, noScript := range []bool{false, true} {
		name := "javascript"
		if noScript {
			name = "no javascript"
		}
		t.Run(name, func(t *testing.T) {
			test(t, newTab(t, tabOptions{noScript: noScript}), noScript)
		})
	}
}

// fillKari fills in Kari's letter by the labels of the form.
func fillKari(p *tab) {
	p.t.Helper()
	for _, f := range kari {
		p.fill(f.label, f.value)
	}
	for _, label := range kariChoices {
		p.choose(label)
	}
}

// TestLetterFlow writes a letter the way a person does: fills in the form
// by its labels, looks at the preview, goes back to the form and finds
// everything still there, previews again, adds a line to the letter and
// downloads it. The file is read from disk. The flow must work with
// JavaScript and without it.
func TestLetterFlow(t *testing.T) {
	withAndWithoutScript(t, func(t *testing.T, p *tab, noScript bool) {
		p.open("/?lang=nb")
		// The script shows the live preview pane; it proves whether
		// the script runs.
		if live := p.visible("#live-preview"); live == noScript {
			t.Fatalf("live preview pane visible: %v, with JavaScript disabled: %v", live, noScript)
		}
		fillKari(p)

		if status := p.goes(chromedp.Click(button("Se brevet"))); status != 200 {
			t.Fatalf("the preview answered %d", status)
		}
		if h1 := p.text("h1"); h1 != "Brevet ditt" {
			t.Fatalf("after Se brevet the page is %q, want the preview", h1)
		}
		letter := p.text("article.letter")
		for _, want := range []string{"Hei Ola,", "Jonas Berg", "seniorrådgiver Jonas Berg", "fredag 8. oktober 2027",
			"jonas@fjordkontor.no", "Lykke til med det nye kontoret på Bryggen.", "Kari Nordmann", "Fjord Kontorinteriør AS"} {
			if !strings.Contains(letter, want) {
				t.Errorf("the previewed letter lacks %q:\n%s", want, letter)
			}
		}

		p.goes(chromedp.Click(button("Tilbake til skjemaet")))
		for _, f := range kari {
			if got := p.value(p.labelFor(f.label)); got != f.value {
				t.Errorf("back on the form, %q holds %q, want %q", f.label, got, f.value)
			}
		}
		for _, label := range kariChoices {
			if !p.checked(p.labelFor(label)) {
				t.Errorf("back on the form, %q is not checked", label)
			}
		}
		if p.checked(p.labelFor("Jeg går til en konkurrent")) {
			t.Error("back on the form, an unticked box is ticked")
		}

		p.goes(chromedp.Click(button("Se brevet")))
		if h1 := p.text("h1"); h1 != "Brevet ditt" {
			t.Fatalf("the second preview is %q", h1)
		}
		body := p.labelFor("Tekst")
		p.do(
			chromedp.Focus(chromedp.ID(body)),
			chromedp.KeyEvent(kb.End, chromedp.KeyModifiers(chromedp.ModifierCtrl)),
			chromedp.KeyEvent("\n\n"+postscript),
		)
		edited := p.value(body)
		if !strings.HasSuffix(edited, "\n\n"+postscript) {
			t.Fatalf("the letter box ends %q after typing", edited[max(0, len(edited)-80):])
		}
		subject := p.value(p.labelFor("Emne"))

		name, file := p.download(chromedp.Click(button("Tekstfil (.txt)")))
		if name != kariFile {
			t.Errorf("file name %q, want %q", name, kariFile)
		}
		if !utf8.Valid(file) {
			t.Fatalf("the file is not UTF-8: %q", file)
		}
		want := "Emne: " + subject + "\n\n" + edited + "\n"
		if string(file) != want {
			t.Errorf("the file holds\n%s\nwant\n%s", file, want)
		}
		for _, s := range []string{postscript, "Fjord Kontorinteriør AS", "seniorrådgiver Jonas Berg"} {
			if !strings.Contains(string(file), s) {
				t.Errorf("the file lacks %q", s)
			}
		}
		if h1 := p.text("h1"); h1 != "Brevet ditt" {
			t.Errorf("after the download the page is %q, want the preview still", h1)
		}
	})
}

// previewKari fills in Kari's letter and opens its preview.
func previewKari(p *tab) {
	p.t.Helper()
	p.open("/?lang=nb")
	fillKari(p)
	if status := p.goes(chromedp.Click(button("Se brevet"))); status != 200 {
		p.t.Fatalf("the preview answered %d", status)
	}
}

// TestErrorSummary sends a form with fields missing and one wrong: the
// page comes back (422) with the error summary focused, so a screen reader
// reads it first, and each of its links moves focus to its field.
func TestErrorSummary(t *testing.T) {
	withAndWithoutScript(t, func(t *testing.T, p *tab, noScript bool) {
		p.open("/?lang=nb")
		p.fill("Navnet ditt", "Kari Nordmann")
		p.fill("E-post", "jonas@")
		if status := p.goes(chromedp.Click(button("Se brevet"))); status != 422 {
			t.Fatalf("status %d, want 422", status)
		}
		p.waitUntil("the error summary to take focus",
			`document.activeElement !== null && document.activeElement === document.querySelector(".error-summary")`)

		// Every value typed is kept.
		if got := p.value(p.labelFor("Navnet ditt")); got != "Kari Nordmann" {
			t.Errorf("the name holds %q after the 422", got)
		}
		if got := p.value(p.labelFor("E-post")); got != "jonas@" {
			t.Errorf("the email holds %q after the 422", got)
		}

		targets := eval[[]string](p, `Array.from(document.querySelectorAll(".error-summary a"), a => a.getAttribute("href"))`)
		want := []string{"#company", "#departure_date", "#replacement_name", "#replacement_email"}
		if strings.Join(targets, " ") != strings.Join(want, " ") {
			t.Fatalf("the summary links to %q, want %q", targets, want)
		}
		for i, href := range targets {
			id := href[1:]
			p.do(chromedp.Click(chromedp.CSS(`.error-summary li:nth-child(` + strconv.Itoa(i+1) + `) a`)))
			p.waitUntil("focus on #"+id+" after a click on its summary link",
				`document.activeElement?.id === `+js(id))
			// The field says what is wrong, and says it to a screen reader.
			if !p.visible("#" + id + "-error") {
				t.Errorf("#%s-error is not shown beside the field", id)
			}
			described := eval[string](p, `document.getElementById(`+js(id)+`).getAttribute("aria-describedby") ?? ""`)
			if !strings.Contains(" "+described+" ", " "+id+"-error ") {
				t.Errorf("#%s is described by %q, which leaves out its error", id, described)
			}
			if invalid := eval[string](p, `document.getElementById(`+js(id)+`).getAttribute("aria-invalid") ?? ""`); invalid != "true" {
				t.Errorf("#%s has aria-invalid=%q", id, invalid)
			}
		}
		if noScript {
			return
		}

		// With the script, the summary follows the fixes: a fixed field
		// leaves it, the rest stay, and once all are fixed it goes.
		p.fill("Arbeidsgiveren du slutter hos", "Fjord Kontorinteriør AS")
		p.waitUntil("the fixed company to leave the summary",
			`!document.querySelector(".error-summary a[href='#company']")`)
		if got := eval[[]string](p, `Array.from(document.querySelectorAll(".error-summary a"), a => a.getAttribute("href"))`); strings.Join(got, " ") != strings.Join(want[1:], " ") {
			t.Errorf("after fixing the company, the summary links to %q, want %q", got, want[1:])
		}
		p.fill("Siste arbeidsdag", "2027-10-08")
		p.fill("Navn", "Jonas Berg")
		p.do(chromedp.Focus(chromedp.ID("replacement_email")),
			chromedp.KeyEvent(kb.End), chromedp.KeyEvent("fjordkontor.no"))
		p.waitUntil("the summary to go once every field is fixed",
			`document.querySelector(".error-summary") === null`)
	})
}

// TestLanguageSwitch switches the interface language on the form and on
// the preview: the page changes language, nothing typed is lost, and the
// letter keeps its own language.
func TestLanguageSwitch(t *testing.T) {
	t.Run("form", func(t *testing.T) {
		p := newTab(t, tabOptions{})
		p.open("/?lang=nb")
		p.fill("Navnet ditt", "Kari Nordmann")
		p.fill("Arbeidsgiveren du slutter hos", "Fjord Kontorinteriør AS")
		p.fill("Siste arbeidsdag", "2027-10-08")
		p.choose("Kort")
		p.choose("Jeg går til en konkurrent")

		p.goes(chromedp.Click(chromedp.CSS(`.lang-switch [lang=en]`)))
		if lang := eval[string](p, `document.documentElement.lang`); lang != "en" {
			t.Fatalf("html lang %q after switching to English", lang)
		}
		if h1 := p.text("h1"); h1 != "Write the letter to your clients" {
			t.Errorf("h1 %q after switching to English", h1)
		}
		if p.visible(".error-summary") {
			t.Error("switching language shows errors for the fields not filled in yet")
		}
		for label, want := range map[string]string{
			"Your name":                    "Kari Nordmann",
			"The employer you are leaving": "Fjord Kontorinteriør AS",
			"Last working day":             "2027-10-08",
		} {
			if got := p.value(p.labelFor(label)); got != want {
				t.Errorf("%q holds %q, want %q", label, got, want)
			}
		}
		for _, label := range []string{"Brief", "I am moving to a competitor", "Bokmål"} {
			if !p.checked(p.labelFor(label)) {
				t.Errorf("%q is not checked after switching the interface to English", label)
			}
		}

		p.goes(chromedp.Click(chromedp.CSS(`.lang-switch [lang=nb]`)))
		if h1 := p.text("h1"); h1 != "Skriv avskjedsbrevet til kundene dine" {
			t.Errorf("h1 %q after switching back to Norwegian", h1)
		}
		if got := p.value(p.labelFor("Arbeidsgiveren du slutter hos")); got != "Fjord Kontorinteriør AS" {
			t.Errorf("the employer holds %q after switching back", got)
		}
		if !p.checked(p.labelFor("Bokmål")) || !p.checked(p.labelFor("Kort")) {
			t.Error("the letter language or tone is lost after switching back")
		}
	})

	t.Run("preview", func(t *testing.T) {
		p := newTab(t, tabOptions{})
		previewKari(p)
		if status := p.goes(chromedp.Click(chromedp.CSS(`.lang-switch [lang=en]`))); status != 200 {
			t.Fatalf("switching the preview to English answered %d", status)
		}
		if h1 := p.text("h1"); h1 != "Your letter" {
			t.Fatalf("h1 %q after switching the preview to English", h1)
		}
		letter := p.text("article.letter")
		for _, want := range []string{"Jonas Berg", "fredag 8. oktober 2027", "Fjord Kontorinteriør AS"} {
			if !strings.Contains(letter, want) {
				t.Errorf("the letter, still Norwegian, lacks %q:\n%s", want, letter)
			}
		}
		p.goes(chromedp.Click(button("Back to the form")))
		if got := p.value(p.labelFor("Your name")); got != "Kari Nordmann" {
			t.Errorf("back on the English form, the name holds %q", got)
		}
		if !p.checked(p.labelFor("Warm")) || !p.checked(p.labelFor("I have agreed with my manager that I may write to clients")) {
			t.Error("back on the English form, the tone or the manager box is lost")
		}
	})
}

// TestLivePreview types into the form and watches the pane beside it: the
// letter appears and follows the typing without a page load, and a wrong
// email address is pointed out beside its field once the user has left
// it, while they go on typing in the next one.
func TestLivePreview(t *testing.T) {
	p := newTab(t, tabOptions{})
	p.open("/?lang=nb")
	eval[chromedp.Void](p, `window.farvelSamePage = true`)

	p.fill("Navnet ditt", "Kari Nordmann")
	p.do(chromedp.KeyEvent(kb.Tab))
	p.waitUntil("the live preview to list what is missing",
		`!!document.querySelector("#live-preview .live-errors li[data-field=company]")`)
	if n := eval[int](p, `document.querySelectorAll("#letter-form .field-error").length`); n != 0 {
		t.Errorf("%d inline errors on fields the user has not visited yet", n)
	}

	p.fill("Arbeidsgiveren du slutter hos", "Fjord Kontorinteriør AS")
	p.fill("Siste arbeidsdag", "2027-10-08")
	p.fill("Navn", "Jonas Berg")
	p.fill("E-post", "jonas@")
	p.do(chromedp.KeyEvent(kb.Tab))
	phone := p.labelFor("Telefon")
	if got := p.activeID(); got != phone {
		t.Fatalf("Tab from the email field focused #%s, want #%s", got, phone)
	}
	p.waitUntil("the email error beside the field",
		`document.getElementById("replacement_email-error")?.innerText.includes("Skriv en e-postadresse som navn@firma.no.")`)
	if got := p.activeID(); got != phone {
		t.Errorf("showing the error moved focus to #%s", got)
	}
	p.do(chromedp.KeyEvent("41234567"))
	if got := p.value(phone); got != "41234567" {
		t.Errorf("the phone field holds %q after typing while the error appeared", got)
	}
	if got := p.value("replacement_email"); got != "jonas@" {
		t.Errorf("the email field holds %q, want what was typed", got)
	}
	if invalid := eval[string](p, `document.getElementById("replacement_email").getAttribute("aria-invalid") ?? ""`); invalid != "true" {
		t.Errorf("the email field has aria-invalid=%q", invalid)
	}

	// Fixing the address clears its error and shows the letter.
	p.do(chromedp.Focus(chromedp.ID("replacement_email")),
		chromedp.KeyEvent(kb.End), chromedp.KeyEvent("fjordkontor.no"), chromedp.KeyEvent(kb.Tab))
	p.waitUntil("the email error to go", `document.getElementById("replacement_email-error") === null`)
	p.waitUntil("the letter in the live preview",
		`document.querySelector("#live-preview article.letter")?.innerText.includes("Jonas Berg") === true`)
	if p.visible("#replacement_email[aria-invalid]") {
		t.Error("the fixed email field is still marked invalid")
	}

	// The letter follows what is typed.
	p.fill("Kundens navn", "Ola")
	p.waitUntil("the greeting to follow the client's name",
		`document.querySelector("#live-preview article.letter")?.innerText.includes("Ola,") === true`)
	p.choose("Varm")
	p.waitUntil("the letter to take the warm tone",
		`document.querySelector("#live-preview article.letter")?.innerText.includes("Hei Ola,") === true`)

	if !eval[bool](p, `window.farvelSamePage === true && location.pathname === "/"`) {
		t.Error("the page was reloaded or left while typing")
	}
}

// TestDraft types part of a letter, reloads the page and finds it filled
// in again from the browser's storage, with a notice; "start over" clears
// the draft.
func TestDraft(t *testing.T) {
	p := newTab(t, tabOptions{})
	p.open("/?lang=nb")
	typed := []field{
		{"Navnet ditt", "Kari Nordmann"},
		{"Arbeidsgiveren du slutter hos", "Fjord Kontorinteriør AS"},
		{"Siste arbeidsdag", "2027-10-08"},
		{"En personlig hilsen", "Vi ses på Ålesund-messa!"},
	}
	for _, f := range typed {
		p.fill(f.label, f.value)
	}
	p.choose("Kort")
	p.choose("Jeg blir i bransjen")
	p.waitUntil("the draft to be saved", `(() => {
		const d = JSON.parse(localStorage.getItem("farvel-draft") || "{}");
		return d.personal_note === "Vi ses på Ålesund-messa!" && d.tone === "brief" && d.same_industry === true;
	})()`)
	if p.visible(".draft-restored") {
		t.Error("the restored-draft notice shows before any reload")
	}

	p.do(chromedp.Reload())
	p.waitUntil("the restored-draft notice", `document.querySelector(".draft-restored")?.hidden === false`)
	if !p.visible(".draft-restored") {
		t.Error("the restored-draft notice is not visible")
	}
	for _, f := range typed {
		if got := p.value(p.labelFor(f.label)); got != f.value {
			t.Errorf("after a reload %q holds %q, want %q", f.label, got, f.value)
		}
	}
	for _, label := range []string{"Kort", "Jeg blir i bransjen"} {
		if !p.checked(p.labelFor(label)) {
			t.Errorf("after a reload %q is not checked", label)
		}
	}
	if p.checked(p.labelFor("Formell")) || p.checked(p.labelFor("Jeg går til en konkurrent")) {
		t.Error("after a reload a choice not made is checked")
	}

	p.do(chromedp.Click(chromedp.CSS("[data-start-over]")))
	p.loads(chromedp.Click(chromedp.CSS("[data-start-over-yes]")))
	if v := eval[*string](p, `localStorage.getItem("farvel-draft")`); v != nil {
		t.Errorf("start over left the draft %s in storage", *v)
	}
	for _, f := range typed {
		if got := p.value(p.labelFor(f.label)); got != "" {
			t.Errorf("after start over %q holds %q", f.label, got)
		}
	}
	if p.visible(".draft-restored") {
		t.Error("the restored-draft notice shows after start over")
	}
	if !p.checked(p.labelFor("Formell")) {
		t.Error("after start over the tone is not back to formal")
	}
}

// TestPreviewTools uses what the script adds to the preview: the copy
// buttons put the (edited) subject and letter on the clipboard and say so,
// the length counter follows the text and nudges past 250 words, and the
// mail link carries the edited text.
func TestPreviewTools(t *testing.T) {
	p := newTab(t, tabOptions{})
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		_, err := chromedp.CallBrowser(p.ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission:       &browser.PermissionDescriptor{Name: name, AllowWithoutSanitization: true},
			Setting:          browser.PermissionSettingGranted,
			Origin:           p.base,
			BrowserContextID: chromedp.FromContext(p.ctx).BrowserContextID,
		})
		if err != nil {
			t.Fatalf("granting %s: %v", name, err)
		}
	}
	previewKari(p)
	if role := eval[string](p, `document.querySelector(".copy-status")?.getAttribute("role") ?? ""`); role != "status" {
		t.Errorf("the copy confirmation has role %q, want status so screen readers announce it", role)
	}

	subject := p.labelFor("Emne")
	p.do(chromedp.Focus(chromedp.ID(subject)), chromedp.KeyEvent(kb.End), chromedp.KeyEvent(" (viktig)"))
	for _, tc := range []struct{ button, copies, id string }{
		{"Kopier emnet", "subject", subject},
		{"Kopier teksten", "letter", p.labelFor("Tekst")},
	} {
		// The confirmation beside this button, cleared of an earlier copy.
		status := `document.querySelector("button[data-copy=` + tc.copies + `]").closest(".copy-tool").querySelector(".copy-status")`
		eval[chromedp.Void](p, status+`.textContent = ""`)
		p.do(chromedp.Click(chromedp.CSS(`button[data-copy=` + tc.copies + `]`)))
		if got := p.text(`button[data-copy=` + tc.copies + `]`); got != tc.button {
			t.Errorf("the copy button for %s reads %q, want %q", tc.copies, got, tc.button)
		}
		p.waitUntil("the copy confirmation", status+`.innerText.trim() === "Kopiert."`)
		if !eval[bool](p, status+`.checkVisibility()`) {
			t.Error("the copy confirmation is not visible")
		}
		clip := eval[string](p, `navigator.clipboard.readText()`, chromedp.EvalAwaitPromise)
		if want := p.value(tc.id); clip != want || want == "" {
			t.Errorf("%s: the clipboard holds %q, want %q", tc.button, clip, want)
		}
	}
	if !strings.HasSuffix(p.value(subject), " (viktig)") {
		t.Errorf("the subject holds %q, want the edit", p.value(subject))
	}

	// The counter and the mail link follow the edited text.
	body := p.labelFor("Tekst")
	p.do(chromedp.Focus(chromedp.ID(body)),
		chromedp.KeyEvent(kb.End, chromedp.KeyModifiers(chromedp.ModifierCtrl)), chromedp.KeyEvent("\nTakk!"))
	words := eval[int](p, `document.getElementById(`+js(body)+`).value.trim().split(/\s+/).length`)
	chars := eval[int](p, `Array.from(document.getElementById(`+js(body)+`).value).length`)
	if got, want := p.text("#letter-length .counter__count"), strconv.Itoa(words)+" ord, "+strconv.Itoa(chars)+" tegn"; got != want {
		t.Errorf("the counter reads %q, want %q", got, want)
	}
	if p.visible(".counter__nudge") {
		t.Errorf("the long-letter nudge shows at %d words", words)
	}
	href := eval[string](p, `document.querySelector("a.mailto").href`)
	if !strings.HasPrefix(href, "mailto:ola%40kunde.no?subject=") || !strings.Contains(href, "%20%28viktig%29") || !strings.Contains(href, "%0D%0ATakk%21") {
		t.Errorf("the mail link does not follow the edits: %s", href)
	}

	// Past 250 words the counter nudges, and the mail link, too long for
	// mail programs, goes.
	long := strings.Repeat("Det har vært en glede å jobbe sammen med dere. ", 30)
	p.do(chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, input.InsertText, input.InsertTextParams{Text: long})
		return err
	}))
	p.waitUntil("the long-letter nudge", `document.querySelector(".counter__nudge").hidden === false`)
	if !p.visible(".counter__nudge") {
		t.Error("the long-letter nudge is not visible")
	}
	if p.visible("a.mailto") {
		t.Error("the mail link still shows for a letter too long for one")
	}
}
