package e2e

import (
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
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
			if status := p.loads(chromedp.Click(chromedp.CSS(`#letter-form button[type=submit]`))); status != 422 {
				t.Fatalf("the invalid form answered %d", status)
			}
			p.waitUntil("the live preview to list what is missing", `!!document.querySelector("#live-preview .live-errors")`)
			p.axe(src, "error state")

			p.open("/?lang=" + lang)
			fillKariByID(p)
			p.waitUntil("the letter in the live preview", `!!document.querySelector("#live-preview article.letter")`)
			p.axe(src, "filled form with the live preview")

			if status := p.loads(chromedp.Click(chromedp.CSS(`#letter-form button[type=submit]`))); status != 200 {
				t.Fatalf("the preview answered %d", status)
			}
			p.axe(src, "preview")
		})
	}
}
