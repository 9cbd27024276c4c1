package e2e

import (
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

var axeScript struct {
	once sync.Once
	src  string
	err  error
}

// axeSource reads axe-core from FARVEL_AXE, or skips (fails with
// FARVEL_E2E=1) when it is not set.
func axeSource(t *testing.T) string {
	t.Helper()
	path := os.Getenv(envAxe)
	if path == "" {
		unavailable(t, envAxe+" is not set to the path of axe-core's axe.min.js")
	}
	axeScript.once.Do(func() {
		b, err := os.ReadFile(path)
		axeScript.src, axeScript.err = string(b), err
	})
	if axeScript.err != nil {
		t.Fatalf("reading axe-core: %v", axeScript.err)
	}
	return axeScript.src
}

type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target  string `json:"target"`
		Summary string `json:"summary"`
	} `json:"nodes"`
}

// axe runs axe-core on the page as it is now and reports every violation.
// The script is evaluated through the DevTools protocol, which the page's
// Content Security Policy does not govern.
func (p *tab) axe(src, state string) {
	p.t.Helper()
	if !eval[bool](p, `typeof window.axe === "object"`) {
		eval[chromedp.Void](p, src)
	}
	violations := eval[[]axeViolation](p, `axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations.map(v => ({
		id: v.id, impact: v.impact || "", help: v.help,
		nodes: v.nodes.map(n => ({target: n.target.join(" "), summary: n.failureSummary || ""})),
	})))`, chromedp.EvalAwaitPromise)
	for _, v := range violations {
		var nodes []string
		for _, n := range v.Nodes {
			nodes = append(nodes, n.Target+": "+strings.ReplaceAll(n.Summary, "\n", " "))
		}
		p.t.Errorf("%s: axe %s (%s): %s\n\t%s", state, v.ID, v.Impact, v.Help, strings.Join(nodes, "\n\t"))
	}
}

// TestAccessibility runs axe-core on every state of every page, in every
// language: the empty form, the error state (422), the filled form with
// the live preview, and the preview. It wants no violations at all.
func TestAccessibility(t *testing.T) {
	src := axeSource(t)
	for _, lang := range []string{"nb", "nn", "en"} {
		t.Run(lang, func(t *testing.T) {
			p := newTab(t, tabOptions{})
			p.open("/?lang=" + lang)
			p.axe(src, "form")

			p.do(chromedp.SendKeys(chromedp.ID("sender_name"), "Kari Nordmann"))
			p.do(chromedp.SendKeys(chromedp.ID("replacement_email"), "jonas@"))
			if status := p.goes(chromedp.Click(chromedp.CSS(`#letter-form button[type=submit]`))); status != 422 {
				t.Fatalf("the invalid form answered %d", status)
			}
			p.waitUntil("the live preview to list what is missing", `!!document.querySelector("#live-preview .live-errors")`)
			p.axe(src, "error state")

			p.open("/?lang=" + lang)
			fillKariByID(p)
			p.waitUntil("the letter in the live preview", `!!document.querySelector("#live-preview article.letter")`)
			p.axe(src, "filled form with the live preview")

			if status := p.goes(chromedp.Click(chromedp.CSS(`#letter-form button[type=submit]`))); status != 200 {
				t.Fatalf("the preview answered %d", status)
			}
			p.axe(src, "preview")
		})
	}
}

// TestAccessibilityJourney walks the states the journey of issue 10 adds,
// on a desktop and on a phone, and runs axe-core on each: the start-over
// question, the form carrying an edit, the new employer left out, the
// question when the form changed under an edit, the letter too long for
// the mail link, the phone's way to the letter and back. With
// FARVEL_SCREENSHOTS set it writes a screenshot of each state.
func TestAccessibilityJourney(t *testing.T) {
	src := axeSource(t)
	for _, vp := range []struct {
		name          string
		width, height int64
		mobile        bool
		langs         []string
	}{
		{"desktop", 1280, 900, false, []string{"nb", "en", "nn"}},
		{"phone", 390, 844, true, []string{"nb", "en"}},
	} {
		for _, lang := range vp.langs {
			t.Run(vp.name+"/"+lang, func(t *testing.T) {
				p := newTab(t, tabOptions{width: vp.width, height: vp.height, mobile: vp.mobile})
				n := 0
				check := func(state string) {
					t.Helper()
					p.axe(src, state)
					n++
					name := "journey-" + lang + "-" + vp.name + "-" + strconv.Itoa(n) + "-" + strings.ReplaceAll(state, " ", "-")
					if vp.mobile && strings.HasPrefix(state, "phone") {
						p.viewportShot(name) // where the page is scrolled to is the point
					} else {
						p.screenshot(name)
					}
				}

				p.open("/?lang=" + lang)
				check("form")
				p.do(chromedp.Click(chromedp.CSS("[data-start-over]")))
				check("start over asks")
				p.do(chromedp.Click(chromedp.CSS("[data-start-over-no]")))

				p.do(chromedp.SendKeys(chromedp.ID("sender_name"), "Kari Nordmann"))
				p.do(chromedp.SendKeys(chromedp.ID("replacement_email"), "jonas@"))
				if status := p.goes(chromedp.Click(chromedp.ID("preview-button"))); status != 422 {
					t.Fatalf("the invalid form answered %d", status)
				}
				p.waitUntil("the live preview to list what is missing", `!!document.querySelector("#live-preview .live-errors")`)
				check("errors")

				p.do(chromedp.Click(chromedp.CSS("[data-start-over]")))
				p.loads(chromedp.Click(chromedp.CSS("[data-start-over-yes]")))
				fillKariByID(p)
				p.do(chromedp.Click(chromedp.ID("competitor")))
				p.waitUntil("the letter in the live preview", `!!document.querySelector("#live-preview article.letter")`)
				check("filled new employer hidden")
				if vp.mobile {
					p.do(chromedp.Focus(chromedp.ID("client_name")))
					eval[chromedp.Void](p, `document.getElementById("client_name").scrollIntoView({block: "center"})`)
					p.waitUntil("the button to the letter", `!document.querySelector(".jump-to-letter").hidden`)
					check("phone typing")
					p.do(chromedp.Click(chromedp.CSS(".jump-to-letter")))
					p.waitUntil("the way back", `!document.querySelector(".back-to-field").hidden`)
					check("phone letter so far")
				}

				p.goes(chromedp.Click(chromedp.ID("preview-button")))
				check("preview")
				p.appendToLetter("\n\n" + postscript)
				p.goes(chromedp.Click(chromedp.ID("back-to-form")))
				p.waitUntil("the note that the edit is kept", `!!document.querySelector("#live-preview .live-edited")`)
				check("form carrying the edit")

				p.do(chromedp.Click(chromedp.ID("tone-brief")))
				p.goes(chromedp.Click(chromedp.ID("preview-button")))
				if !p.visible(".conflict") {
					t.Fatal("no question after the form changed under the edit")
				}
				p.do(chromedp.Click(chromedp.CSS(".conflict__compare summary")))
				check("conflict")

				p.goes(chromedp.Click(chromedp.CSS(`button[name=edit_choice][value=keep]`)))
				p.do(chromedp.Focus(chromedp.ID("letter")), chromedp.KeyEvent(kb.End, chromedp.KeyModifiers(chromedp.ModifierCtrl)))
				p.insertText(strings.Repeat(" Det har vært en glede å jobbe sammen med dere.", 40))
				p.waitUntil("the too-long note", `document.querySelector(".mailto-long").hidden === false`)
				check("letter too long for the mail link")
			})
		}
	}
}
