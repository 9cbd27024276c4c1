package e2e

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The journey of issue 10: what the user writes is kept at every step, the
// two languages stay apart, history works, and the page works on a phone.

// box is an element's place in the window, in CSS pixels.
type box struct {
	Top    float64 `json:"top"`
	Bottom float64 `json:"bottom"`
	Left   float64 `json:"left"`
	Right  float64 `json:"right"`
}

// box is where the first element matching css is in the window.
func (p *tab) box(css string) box {
	p.t.Helper()
	b := eval[*box](p, `(() => {
		const el = document.querySelector(`+js(css)+`);
		if (!el) return null;
		const r = el.getBoundingClientRect();
		return {top: r.top, bottom: r.bottom, left: r.left, right: r.right};
	})()`)
	if b == nil {
		p.t.Fatalf("no element %s on the page", css)
	}
	return *b
}

func (p *tab) innerHeight() float64 {
	p.t.Helper()
	return eval[float64](p, `window.innerHeight`)
}

// onScreen reports whether the element matching css is wholly inside the
// window.
func (p *tab) onScreen(css string) bool {
	p.t.Helper()
	b := p.box(css)
	return b.Top >= 0 && b.Bottom <= p.innerHeight() && b.Bottom > b.Top
}

// historyStep goes delta entries through the tab's history, as the
// browser's Back and Forward buttons do, and does not wait for a page load:
// with the script there is none.
func (p *tab) historyStep(delta int64) {
	p.t.Helper()
	p.do(chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		res, err := cdp.Call(ctx, t, page.GetNavigationHistory, cdp.Empty{})
		if err != nil {
			return err
		}
		i := res.CurrentIndex + delta
		if i < 0 || i >= int64(len(res.Entries)) {
			return fmt.Errorf("no history entry %d steps from %d of %d", delta, res.CurrentIndex, len(res.Entries))
		}
		_, err = cdp.Call(ctx, t, page.NavigateToHistoryEntry, page.NavigateToHistoryEntryParams{EntryID: res.Entries[i].ID})
		return err
	}))
}

// media emulates a CSS media type: "print", or "" for the screen.
func (p *tab) media(media string) {
	p.t.Helper()
	if _, err := chromedp.Call(p.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: media}); err != nil {
		p.t.Fatalf("emulating media %q: %v", media, err)
	}
}

// appendToLetter types text at the end of the preview's text box.
func (p *tab) appendToLetter(text string) {
	p.t.Helper()
	p.do(
		chromedp.Focus(chromedp.ID("letter")),
		chromedp.KeyEvent(kb.End, chromedp.KeyModifiers(chromedp.ModifierCtrl)),
		chromedp.KeyEvent(text),
	)
	if got := p.value("letter"); !strings.HasSuffix(got, text) {
		p.t.Fatalf("the letter box ends %q after typing %q", got[max(0, len(got)-80):], text)
	}
}

// insertText puts text at the cursor as a paste does, in one input event.
func (p *tab) insertText(text string) {
	p.t.Helper()
	p.do(chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, input.InsertText, input.InsertTextParams{Text: text})
		return err
	}))
}

// carriedLetter is the edited text the form carries unseen, or "".
func (p *tab) carriedLetter() string {
	p.t.Helper()
	return eval[string](p, `document.querySelector("#letter-form input[type=hidden][name=letter]")?.value ?? ""`)
}

// storedDraft is the draft the script keeps in localStorage.
func (p *tab) storedDraft() map[string]any {
	p.t.Helper()
	return eval[map[string]any](p, `JSON.parse(localStorage.getItem("farvel-draft") || "{}")`)
}

func grantClipboard(t *testing.T, p *tab) {
	t.Helper()
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
}

// TestEditKeptThroughTheForm (issue 10, point 1): the user edits the
// letter, goes back to the form, changes the tone and previews again. The
// edit is not replaced: the page asks, and keeping it keeps it; writing it
// again from the form drops it, also from the browser's draft.
func TestEditKeptThroughTheForm(t *testing.T) {
	withAndWithoutScript(t, func(t *testing.T, p *tab, noScript bool) {
		previewKari(p)
		p.appendToLetter("\n\n" + postscript)

		p.goes(chromedp.Click(button("Tilbake til skjemaet")))
		if h1 := p.text("h1"); h1 != "Skriv avskjedsbrevet til kundene dine" {
			t.Fatalf("back to the form shows %q", h1)
		}
		if got := p.carriedLetter(); !strings.Contains(got, postscript) {
			t.Fatalf("the form does not carry the edited letter; it carries %q", got)
		}
		if !noScript {
			p.waitUntil("the live preview to say the edit is kept", `!!document.querySelector("#live-preview .live-edited")`)
		}

		p.choose("Kort")
		p.goes(chromedp.Click(button("Se brevet")))
		if !p.visible(".conflict") {
			t.Fatal("the form now gives another letter, and the preview does not ask which to keep")
		}
		if got := p.value("letter"); !strings.Contains(got, postscript) {
			t.Errorf("while asking, the text box holds %q, want the edit", got)
		}
		if got := p.text("#shown-letter"); !noScript && !strings.Contains(got, postscript) {
			t.Errorf("while asking, the letter shown lacks the edit:\n%s", got)
		}

		p.goes(chromedp.Click(button("Behold teksten min")))
		if p.visible(".conflict") {
			t.Error("the question stays after keeping the edit")
		}
		if got := p.value("letter"); !strings.Contains(got, postscript) {
			t.Errorf("after keeping the edit the text box holds %q", got)
		}

		// Once more, now writing it again from the form.
		p.goes(chromedp.Click(button("Tilbake til skjemaet")))
		p.choose("Formell")
		p.goes(chromedp.Click(button("Se brevet")))
		if !p.visible(".conflict") {
			t.Fatal("a second change of tone does not ask")
		}
		p.goes(chromedp.Click(button("Skriv brevet på nytt fra skjemaet")))
		if got := p.value("letter"); strings.Contains(got, postscript) || !strings.Contains(got, "Jonas Berg") {
			t.Errorf("after writing it again, the text box holds %q", got)
		}
		if !noScript {
			if letter, _ := p.storedDraft()["letter"].(string); strings.Contains(letter, postscript) {
				t.Error("after writing it again from the form, the browser's draft still holds the edit")
			}
		}
	})
}

// TestInterfaceLanguageMidFlow (points 1 and 2): switching the interface
// language on the preview and on the form keeps the letter's language and
// the edit.
func TestInterfaceLanguageMidFlow(t *testing.T) {
	withAndWithoutScript(t, func(t *testing.T, p *tab, noScript bool) {
		previewKari(p)
		p.appendToLetter("\n\n" + postscript)

		p.goes(chromedp.Click(chromedp.CSS(`.lang-switch [lang=en]`)))
		if h1 := p.text("h1"); h1 != "Your letter" {
			t.Fatalf("after switching to English the preview is %q", h1)
		}
		if lang := eval[string](p, `document.getElementById("shown-letter").lang`); lang != "nb" {
			t.Errorf("the letter is in %q after switching the interface, want nb", lang)
		}
		if got := p.value("letter"); !strings.Contains(got, postscript) {
			t.Errorf("the English preview's text box holds %q, want the edit", got)
		}
		if p.visible(".conflict") {
			t.Error("switching the interface language asks which text to keep")
		}

		p.goes(chromedp.Click(button("Back to the form")))
		if !p.checked("lang-nb") || p.checked("lang-en") {
			t.Error("on the English form, the letter's language is no longer Bokmål")
		}
		if got := p.carriedLetter(); !strings.Contains(got, postscript) {
			t.Errorf("the English form carries %q, want the edit", got)
		}

		p.goes(chromedp.Click(chromedp.CSS(`.lang-switch [lang=nn]`)))
		if lang := eval[string](p, `document.documentElement.lang`); lang != "nn" {
			t.Fatalf("html lang %q after switching to nynorsk", lang)
		}
		if !p.checked("lang-nb") {
			t.Error("switching the form to nynorsk changed the letter's language")
		}
		p.goes(chromedp.Click(chromedp.ID("preview-button")))
		if got := p.value("letter"); !strings.Contains(got, postscript) {
			t.Errorf("the nynorsk preview's text box holds %q, want the edit", got)
		}
		if p.visible(".conflict") {
			t.Error("the preview asks, though the form gives the same letter")
		}
	})
}

// TestEditSurvivesReload (point 1): a reload of the preview shows the
// edit, and so does coming back to Farvel later in the same browser.
func TestEditSurvivesReload(t *testing.T) {
	p := newTab(t, tabOptions{})
	previewKari(p)
	p.appendToLetter("\n\n" + postscript)
	p.waitUntil("the edit in the browser's draft", `(JSON.parse(localStorage.getItem("farvel-draft") || "{}").letter || "").includes(`+js(postscript)+`)`)

	p.do(chromedp.Reload())
	if h1 := p.text("h1"); h1 != "Brevet ditt" {
		t.Fatalf("the reloaded preview shows %q", h1)
	}
	if got := p.value("letter"); !strings.Contains(got, postscript) {
		t.Errorf("after a reload the text box holds %q", got)
	}
	if got := p.text("#shown-letter"); !strings.Contains(got, postscript) {
		t.Errorf("after a reload the letter shown lacks the edit:\n%s", got)
	}

	// The front page, as after closing the tab and coming back.
	p.loads(chromedp.Click(chromedp.CSS(".brand")))
	p.waitUntil("the restored-draft notice", `document.querySelector(".draft-restored")?.hidden === false`)
	if got := p.value(p.labelFor("Navnet ditt")); got != "Kari Nordmann" {
		t.Errorf("the restored form's name holds %q", got)
	}
	if got := p.carriedLetter(); !strings.Contains(got, postscript) {
		t.Fatalf("the restored form does not carry the edit; it carries %q", got)
	}
	p.waitUntil("the live preview to say the edit is kept", `!!document.querySelector("#live-preview .live-edited")`)
	p.goes(chromedp.Click(button("Se brevet")))
	if got := p.value("letter"); !strings.Contains(got, postscript) {
		t.Errorf("the preview of the restored draft holds %q, want the edit", got)
	}
}

// TestBackAndForward (point 4): the browser's Back and Forward move
// between the form and the preview without a new document, so never with
// a prompt to send the form again, and each page comes back as it was
// left. Without the script, the preview says how to go back.
func TestBackAndForward(t *testing.T) {
	t.Run("javascript", func(t *testing.T) {
		p := newTab(t, tabOptions{})
		p.open("/?lang=nb")
		eval[chromedp.Void](p, `window.farvelSamePage = true`)
		fillKari(p)
		p.goes(chromedp.Click(button("Se brevet")))
		// A screen reader hears the new page: focus is on its heading.
		if got := eval[string](p, `document.activeElement?.tagName === "H1" ? document.activeElement.innerText : ""`); got != "Brevet ditt" {
			t.Errorf("after the preview shows in place, focus is not on its heading (%q)", got)
		}
		p.appendToLetter("\n\n" + postscript)

		samePage := func(when string) {
			t.Helper()
			if !eval[bool](p, `window.farvelSamePage === true && performance.getEntriesByType("navigation").length === 1 && location.protocol === "http:"`) {
				t.Fatalf("%s: a new document loaded (%s)", when, eval[string](p, `location.href`))
			}
		}

		p.historyStep(-1)
		p.waitUntil("Back to show the form", `document.querySelector("h1")?.innerText === "Skriv avskjedsbrevet til kundene dine"`)
		samePage("after Back")
		for _, f := range kari {
			if got := p.value(p.labelFor(f.label)); got != f.value {
				t.Errorf("after Back, %q holds %q, want %q", f.label, got, f.value)
			}
		}
		for _, label := range kariChoices {
			if !p.checked(p.labelFor(label)) {
				t.Errorf("after Back, %q is not checked", label)
			}
		}

		p.historyStep(1)
		p.waitUntil("Forward to show the preview", `document.querySelector("h1")?.innerText === "Brevet ditt"`)
		samePage("after Forward")
		if got := p.value("letter"); !strings.Contains(got, postscript) {
			t.Errorf("after Forward the text box holds %q, want the edit made before Back", got)
		}
		if got := p.text("#shown-letter"); !strings.Contains(got, postscript) {
			t.Errorf("after Forward the letter shown lacks the edit:\n%s", got)
		}

		// The form's own button, then Back: the preview again.
		p.goes(chromedp.Click(button("Tilbake til skjemaet")))
		p.historyStep(-1)
		p.waitUntil("Back to show the preview", `document.querySelector("h1")?.innerText === "Brevet ditt"`)
		samePage("after Back to the preview")
		if got := p.value("letter"); !strings.Contains(got, postscript) {
			t.Errorf("back on the preview the text box holds %q", got)
		}
		if got := p.activeID(); got != "back-to-form" {
			t.Errorf("back on the preview, focus is on #%s, want the button last pressed there", got)
		}
	})

	t.Run("no javascript", func(t *testing.T) {
		p := newTab(t, tabOptions{noScript: true})
		previewKari(p)
		if got := p.text("noscript"); !strings.Contains(got, "Tilbake til skjemaet") {
			t.Errorf("without JavaScript the preview does not say how to go back: %q", got)
		}
	})
}

// TestShownLetterFollowsTheEdit (point 3): the letter shown beside the text
// box follows the typing without a request, laid out as the server lays it
// out, and printing prints it.
func TestShownLetterFollowsTheEdit(t *testing.T) {
	p := newTab(t, tabOptions{width: 1280, height: 900})
	previewKari(p)
	requests := `performance.getEntriesByType("resource").filter(e => e.initiatorType === "fetch").length`
	before := eval[int](p, requests)

	p.do(chromedp.Focus(chromedp.ID("subject")), chromedp.KeyEvent(kb.End), chromedp.KeyEvent(" (viktig)"))
	p.appendToLetter("\n\n" + postscript)
	// Blank lines and spaces at line ends, and the name moved: the same
	// rules as on the server.
	p.insertText("\n\n\n   \nHilsen fra oss alle  \nKari Nordmann\nKontoret i Ålesund\n\n")
	p.waitUntil("the shown letter to follow the typing", `document.getElementById("shown-letter").innerText.includes("Kontoret i Ålesund")`)
	if got := p.text("#shown-letter .letter__subject-text"); !strings.HasSuffix(got, " (viktig)") {
		t.Errorf("the shown subject is %q, want the edited one", got)
	}
	if n := eval[int](p, requests); n != before {
		t.Errorf("redrawing the letter made %d requests", n-before)
	}

	type para struct {
		Class string `json:"class"`
		Text  string `json:"text"`
	}
	layout := `Array.from(document.querySelectorAll("#shown-letter .letter__body p"), p => ({class: p.className, text: p.innerText}))`
	drawn := eval[[]para](p, layout)
	last := drawn[len(drawn)-1]
	if last.Class != "letter__signature" || !strings.HasPrefix(last.Text, "Kari Nordmann") {
		t.Errorf("the last paragraph is %+v, want the signature starting at the sender's name", last)
	}

	// The server lays out the same text: the language switch posts it.
	p.goes(chromedp.Click(chromedp.CSS(`.lang-switch [lang=en]`)))
	served := eval[[]para](p, layout)
	if fmt.Sprint(served) != fmt.Sprint(drawn) {
		t.Errorf("the script drew\n%+v\nthe server lays out\n%+v", drawn, served)
	}

	// The printout is the edited letter alone.
	p.media("print")
	defer p.media("")
	if !p.visible("#shown-letter") {
		t.Fatal("the letter is not printed")
	}
	if got := p.text("#shown-letter"); !strings.Contains(got, postscript) || !strings.Contains(got, "(viktig)") {
		t.Errorf("the printed letter lacks the edit:\n%s", got)
	}
	if got := p.text("#shown-letter .letter__subject-label"); got != "Emne:" {
		t.Errorf("the Norwegian letter printed from the English page labels its subject %q", got)
	}
	for _, css := range []string{".edit-form", ".site-header", "h1", ".downloads"} {
		if p.visible(css) {
			t.Errorf("%s is printed", css)
		}
	}
	p.screenshot("print-preview-desktop")
}

// TestPhoneJourney (points 3 and 5): on a phone the advice comes first and
// short, the letter so far is one tap away from any field and back, and the
// preview shows the letter once, in its text box, printing it still.
func TestPhoneJourney(t *testing.T) {
	p := newTab(t, tabOptions{width: 390, height: 844, mobile: true})
	p.open("/?lang=nb")
	advice, form := p.box(".advice"), p.box("#letter-form")
	if advice.Top >= p.innerHeight() || advice.Bottom > form.Top {
		t.Errorf("the advice is at %v, the form at %v: want the advice first, on the first screen", advice, form)
	}
	if p.visible(".advice__more li") {
		t.Error("on a phone the whole advice shows before the form, not the short version")
	}
	p.do(chromedp.Click(chromedp.CSS(".advice__more summary")))
	if !p.visible(".advice__more li") {
		t.Error("the whole advice cannot be opened")
	}
	p.do(chromedp.Click(chromedp.CSS(".advice__more summary")))

	fillKariByID(p)
	p.waitUntil("the letter in the live preview", `!!document.querySelector("#live-preview article.letter")`)
	p.do(chromedp.Focus(chromedp.ID("client_name")))
	eval[chromedp.Void](p, `document.getElementById("client_name").scrollIntoView({block: "center"})`)
	if pane := p.box("#live-preview"); pane.Top < 3*p.innerHeight() {
		t.Fatalf("the letter so far is %.0fpx down, want it after the form (this test is for a long way down)", pane.Top)
	}
	p.waitUntil("the button to the letter", `!document.querySelector(".jump-to-letter").hidden`)
	if !p.onScreen(".jump-to-letter") {
		t.Fatalf("the button to the letter is not on screen while typing: %v", p.box(".jump-to-letter"))
	}
	p.screenshot("phone-typing")
	p.do(chromedp.Click(chromedp.CSS(".jump-to-letter")))
	p.waitUntil("the letter so far at the top of the screen", `Math.abs(document.getElementById("live-preview").getBoundingClientRect().top) < 2`)
	if got := p.activeID(); got != "live-preview" {
		t.Errorf("after the jump, focus is on #%s, want the letter so far", got)
	}
	if !p.visible("#live-preview article.letter") || p.box("#live-preview article.letter").Top > p.innerHeight() {
		t.Error("after the jump the letter is not on screen")
	}
	if !p.onScreen(".back-to-field") {
		t.Fatal("no way back to the field on screen")
	}
	p.waitUntil("the jump button to step aside", `document.querySelector(".jump-to-letter").hidden`)
	p.screenshot("phone-jumped")
	p.do(chromedp.Click(chromedp.CSS(".back-to-field")))
	if got := p.activeID(); got != "client_name" {
		t.Errorf("back from the letter, focus is on #%s, want the field typed in", got)
	}
	if !p.onScreen("#client_name") {
		t.Error("back from the letter, the field is not on screen")
	}

	p.goes(chromedp.Click(chromedp.ID("preview-button")))
	if p.visible("#shown-letter") {
		t.Error("on a phone the preview shows the letter twice: rendered and in the text box")
	}
	if !p.visible("#letter") {
		t.Error("on a phone the preview has no text box")
	}
	p.media("print")
	defer p.media("")
	if !p.visible("#shown-letter") || p.visible("#letter") {
		t.Error("printed from a phone, the letter is not printed alone")
	}
}

// TestCopyBesideTheButton (point 7): the copy confirmation appears beside
// the button pressed, and a letter too long for the mail link says so, with
// a copy button, with and without the script.
func TestCopyBesideTheButton(t *testing.T) {
	t.Run("javascript", func(t *testing.T) {
		p := newTab(t, tabOptions{width: 1280, height: 900})
		grantClipboard(t, p)
		previewKari(p)
		pressCopy := func(button string) {
			t.Helper()
			p.do(chromedp.Click(chromedp.CSS(button)))
			near := `(() => {
				const b = document.querySelector(` + js(button) + `);
				return b.closest(".copy-tool").querySelector(".copy-status");
			})()`
			p.waitUntil("the confirmation beside "+button, near+`.innerText.trim() === "Kopiert."`)
			b := eval[box](p, `(() => { const r = document.querySelector(`+js(button)+`).getBoundingClientRect(); return {top: r.top, bottom: r.bottom, left: r.left, right: r.right}; })()`)
			s := eval[box](p, `(() => { const r = `+near+`.getBoundingClientRect(); return {top: r.top, bottom: r.bottom, left: r.left, right: r.right}; })()`)
			dx := max(0, max(s.Left-b.Right, b.Left-s.Right))
			dy := max(0, max(s.Top-b.Bottom, b.Top-s.Bottom))
			if dx > 24 || dy > 24 || s.Bottom <= s.Top {
				t.Errorf("%s at %v, its confirmation at %v: want them side by side", button, b, s)
			}
			if s.Top < 0 || s.Bottom > p.innerHeight() {
				t.Errorf("the confirmation of %s is off screen at %v", button, s)
			}
		}
		pressCopy(`.label-row button[data-copy=subject]`)
		p.screenshot("copied-desktop")
		pressCopy(`.label-row button[data-copy=letter]`)

		if p.visible(".mailto-long") {
			t.Error("the too-long note shows for a short letter")
		}
		p.do(chromedp.Focus(chromedp.ID("letter")), chromedp.KeyEvent(kb.End, chromedp.KeyModifiers(chromedp.ModifierCtrl)))
		p.insertText(strings.Repeat("Det har vært en glede å jobbe sammen med dere. ", 30))
		p.waitUntil("the too-long note", `document.querySelector(".mailto-long").hidden === false`)
		if p.visible("a.mailto") {
			t.Error("the mail link shows for a letter too long for one")
		}
		if !strings.Contains(p.text(".mailto-long"), "for langt") {
			t.Errorf("the note reads %q", p.text(".mailto-long"))
		}
		eval[chromedp.Void](p, `document.querySelector(".mailto-long .copy").scrollIntoView({block: "center"})`)
		pressCopy(`.mailto-long button[data-copy=letter]`)
		clip := eval[string](p, `navigator.clipboard.readText()`, chromedp.EvalAwaitPromise)
		if clip != p.value("letter") {
			t.Error("the copy button of the note does not copy the letter")
		}
		p.screenshot("mailto-too-long-desktop")
	})

	t.Run("no javascript", func(t *testing.T) {
		p := newTab(t, tabOptions{noScript: true})
		previewKari(p)
		p.do(chromedp.Focus(chromedp.ID("letter")), chromedp.KeyEvent(kb.End, chromedp.KeyModifiers(chromedp.ModifierCtrl)))
		p.insertText(strings.Repeat("Det har vært en glede å jobbe sammen med dere. ", 30))
		// The language switch posts the text; the page comes back with it.
		p.goes(chromedp.Click(chromedp.CSS(`.lang-switch [lang=nn]`)))
		if !p.visible(".mailto-long") || !strings.Contains(p.text(".mailto-long"), "for langt") {
			t.Errorf("without JavaScript, a letter too long for the mail link does not say so: %q", p.text(".mailto-long"))
		}
		if p.visible("a.mailto") {
			t.Error("without JavaScript, the mail link shows for a letter too long for one")
		}
	})
}

// TestSummaryLinkShowsTheLabel (point 8): following a link of the error
// summary brings the field into view with its label, and focuses it.
func TestSummaryLinkShowsTheLabel(t *testing.T) {
	withAndWithoutScript(t, func(t *testing.T, p *tab, noScript bool) {
		p.do(chromedp.EmulateViewport(1280, 700))
		p.open("/?lang=nb")
		p.fill("Navnet ditt", "Kari Nordmann")
		p.fill("E-post", "jonas@")
		if status := p.goes(chromedp.Click(button("Se brevet"))); status != 422 {
			t.Fatalf("status %d, want 422", status)
		}
		for _, id := range []string{"company", "departure_date", "replacement_name", "replacement_email"} {
			eval[chromedp.Void](p, `window.scrollTo(0, 0)`)
			p.do(chromedp.Click(chromedp.CSS(`.error-summary a[href="#` + id + `"]`)))
			p.waitUntil("focus on #"+id, `document.activeElement?.id === `+js(id))
			label := `label[for="` + id + `"]`
			if !p.onScreen(label) || !p.onScreen("#"+id) {
				t.Errorf("after its summary link, the label of #%s is at %v and the field at %v; the window is %.0fpx high",
					id, p.box(label), p.box("#"+id), p.innerHeight())
			}
		}
	})
}

// TestEmailOrPhoneOnBothLive (point 8): with the script, the "email or
// phone" message shows beside both fields once either has been visited, is
// read out on the email's only, and goes from both when a phone is typed.
func TestEmailOrPhoneOnBothLive(t *testing.T) {
	p := newTab(t, tabOptions{})
	p.open("/?lang=nb")
	p.fill("Navnet ditt", "Kari Nordmann")
	p.fill("Navn", "Jonas Berg")
	p.do(chromedp.Focus(chromedp.ID("replacement_email")), chromedp.KeyEvent("x"), chromedp.KeyEvent(kb.Backspace), chromedp.KeyEvent(kb.Tab))
	p.waitUntil("the message beside both fields", `!!document.getElementById("replacement_email-error") && !!document.getElementById("replacement_phone-error")`)
	for _, id := range []string{"replacement_email", "replacement_phone"} {
		if got := p.text("#" + id + "-error"); !strings.Contains(got, "e-post eller telefon") {
			t.Errorf("beside #%s: %q", id, got)
		}
		if v := eval[string](p, `document.getElementById(`+js(id)+`).getAttribute("aria-invalid") ?? ""`); v != "true" {
			t.Errorf("#%s is not marked invalid", id)
		}
	}
	if v := eval[string](p, `document.getElementById("replacement_phone-error").getAttribute("aria-hidden") ?? ""`); v != "true" {
		t.Error("the phone's copy of the message would be read a second time")
	}
	p.do(chromedp.KeyEvent("41234567"), chromedp.KeyEvent(kb.Tab))
	p.waitUntil("the message to leave both fields", `!document.getElementById("replacement_email-error") && !document.getElementById("replacement_phone-error")`)
}

// TestStartOverAsks (point 10): "start over" asks first; "no" keeps
// everything, "yes" clears the form and the browser's draft.
func TestStartOverAsks(t *testing.T) {
	p := newTab(t, tabOptions{})
	p.open("/?lang=nb")
	p.fill("Navnet ditt", "Kari Nordmann")
	p.waitUntil("the draft to be saved", `JSON.parse(localStorage.getItem("farvel-draft") || "{}").sender_name === "Kari Nordmann"`)

	p.do(chromedp.Click(chromedp.CSS("[data-start-over]")))
	if !p.visible(".start-over__confirm") {
		t.Fatal("start over does not ask")
	}
	if got := eval[string](p, `document.activeElement?.className ?? ""`); got != "start-over__confirm" {
		t.Errorf("the question does not take focus; %q has it", got)
	}
	if got := p.value("sender_name"); got != "Kari Nordmann" || p.storedDraft()["sender_name"] != "Kari Nordmann" {
		t.Fatal("asking already cleared the form or the draft")
	}
	p.screenshot("start-over-asks-desktop")
	p.do(chromedp.Click(chromedp.CSS("[data-start-over-no]")))
	if p.visible(".start-over__confirm") {
		t.Error("the question stays after no")
	}
	if !eval[bool](p, `document.activeElement.hasAttribute("data-start-over")`) {
		t.Errorf("after no, focus is on %q, want the start-over link", eval[string](p, `document.activeElement.outerHTML.slice(0, 80)`))
	}
	if got := p.value("sender_name"); got != "Kari Nordmann" {
		t.Errorf("after no the name holds %q", got)
	}

	p.do(chromedp.Click(chromedp.CSS("[data-start-over]")))
	p.do(chromedp.KeyEvent(kb.Escape))
	if p.visible(".start-over__confirm") {
		t.Error("Escape does not close the question")
	}

	p.do(chromedp.Click(chromedp.CSS("[data-start-over]")))
	p.loads(chromedp.Click(chromedp.CSS("[data-start-over-yes]")))
	if got := p.value("sender_name"); got != "" {
		t.Errorf("after yes the name holds %q", got)
	}
	if v := eval[*string](p, `localStorage.getItem("farvel-draft")`); v != nil {
		t.Errorf("after yes the draft %s is still stored", *v)
	}
}

// TestNewEmployerOnlyWhenUsed (point 10): ticking "moving to a
// competitor" hides the new employer, which the letter would not name, and
// says why; unticking brings it back as typed. Without the script the
// field's hint says so.
func TestNewEmployerOnlyWhenUsed(t *testing.T) {
	withAndWithoutScript(t, func(t *testing.T, p *tab, noScript bool) {
		p.open("/?lang=nb")
		p.fill("Ny arbeidsgiver", "Lysverket Design")
		if noScript {
			if got := p.text("#new_employer-hint"); !strings.Contains(got, "konkurrent") {
				t.Errorf("the new employer's hint does not say when it is left out: %q", got)
			}
			return
		}
		p.choose("Jeg går til en konkurrent")
		if p.visible("#new_employer") {
			t.Error("the new employer still shows when moving to a competitor")
		}
		if !p.visible("#new_employer-omitted") || !strings.Contains(p.text("#new_employer-omitted"), "er skjult") {
			t.Errorf("hiding the new employer does not say why: %q", p.text("#new_employer-omitted"))
		}
		p.do(chromedp.Click(chromedp.Search(`//label[@for="competitor"]`)))
		if !p.visible("#new_employer") || p.value("new_employer") != "Lysverket Design" {
			t.Errorf("unticking does not bring the new employer back as typed (visible %v, %q)", p.visible("#new_employer"), p.value("new_employer"))
		}
		if p.visible("#new_employer-omitted") {
			t.Error("the note stays after unticking")
		}
	})
}

// TestEnterSendsTheForm: Enter in a field of the form sends it to the
// preview, in the page's language, and Enter in the preview's subject sends
// nothing. (The language switch's buttons come first in the page, so the
// browser would otherwise press one of them.)
func TestEnterSendsTheForm(t *testing.T) {
	withAndWithoutScript(t, func(t *testing.T, p *tab, noScript bool) {
		p.open("/?lang=nb")
		p.fill("Navnet ditt", "Kari Nordmann")
		if status := p.goes(chromedp.KeyEvent(kb.Enter)); status != 422 {
			t.Errorf("Enter in a field of the incomplete form answered %d, want 422 from the preview", status)
		}
		if lang := eval[string](p, `document.documentElement.lang`); lang != "nb" || !p.visible(".error-summary") {
			t.Errorf("after Enter the page is in %q, error summary shown: %v; want the form's errors in bokmål", lang, p.visible(".error-summary"))
		}

		eval[chromedp.Void](p, `localStorage.clear()`) // a fresh form, not the draft
		p.open("/?lang=nb")
		fillKari(p)
		p.goes(chromedp.Click(button("Se brevet")))
		eval[chromedp.Void](p, `window.farvelSamePage = true`)
		p.do(chromedp.Focus(chromedp.ID("subject")), chromedp.KeyEvent(kb.Enter))
		time.Sleep(500 * time.Millisecond) // a post would have begun by now
		if !eval[bool](p, `window.farvelSamePage === true`) || p.text("h1") != "Brevet ditt" {
			t.Errorf("Enter in the subject left the preview for %q (%s)", p.text("h1"), eval[string](p, `location.href`))
		}
		if entries, _ := os.ReadDir(p.downloads); len(entries) != 0 {
			t.Errorf("Enter in the subject downloaded %d files", len(entries))
		}
	})
}
