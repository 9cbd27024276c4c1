package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// fillKariByID fills in Kari's letter by id, as the checks that do not
// test the form itself do, in any interface language.
func fillKariByID(p *tab) {
	p.t.Helper()
	for _, f := range []struct{ id, value string }{
		{"sender_name", "Kari Nordmann"},
		{"sender_title", "Kundeansvarlig"},
		{"company", "Fjord Kontorinteriør AS"},
		{"departure_date", "2027-10-08"},
		{"replacement_name", "Jonas Berg"},
		{"replacement_title", "Seniorrådgiver"},
		{"replacement_email", "jonas@fjordkontor.no"},
		{"replacement_phone", "41234567"},
		{"client_name", "Ola"},
		{"client_email", "ola@kunde.no"},
		{"years", "6"},
		{"personal_note", "Lykke til med det nye kontoret på Bryggen."},
	} {
		p.do(chromedp.SetValue(chromedp.ID(f.id), f.value))
	}
	// A last key typed makes the script see the form (live preview, draft).
	p.do(chromedp.SendKeys(chromedp.ID("new_employer"), "Lysverket Design"))
	for _, id := range []string{"same_industry", "phone_followup", "manager_ok"} {
		p.do(chromedp.Click(chromedp.ID(id)))
	}
}

// TestLayout looks at the form, the error state and the preview on a
// desktop and on a phone: nothing may stick out sideways (a page that
// scrolls horizontally on a phone is hard to use). When FARVEL_SCREENSHOTS
// is set, it writes a full-page screenshot of each.
func TestLayout(t *testing.T) {
	for _, vp := range []struct {
		name          string
		width, height int64
		mobile        bool
	}{
		{"desktop", 1280, 800, false},
		{"phone", 390, 844, true},
	} {
		t.Run(vp.name, func(t *testing.T) {
			p := newTab(t, tabOptions{width: vp.width, height: vp.height, mobile: vp.mobile})
			look := func(state string) {
				t.Helper()
				o := p.horizontalOverflow(vp.width)
				if o.ScrollWidth > o.InnerWidth || o.InnerWidth != int(vp.width) {
					t.Errorf("%s: the page is %dpx wide, the window %dpx, the screen %dpx; sticking out: %q",
						state, o.ScrollWidth, o.InnerWidth, vp.width, o.Culprits)
				}
				p.screenshot(state + "-" + vp.name)
			}

			p.open("/?lang=nb")
			look("form")

			p.do(chromedp.SendKeys(chromedp.ID("sender_name"), "Kari Nordmann"))
			p.do(chromedp.SendKeys(chromedp.ID("replacement_email"), "jonas@"))
			if status := p.goes(chromedp.Click(chromedp.CSS(`#letter-form button[type=submit]`))); status != 422 {
				t.Fatalf("the invalid form answered %d", status)
			}
			p.waitUntil("the live preview to list what is missing", `!!document.querySelector("#live-preview .live-errors")`)
			look("error")

			// "Start over" forgets the draft typed above.
			p.do(chromedp.Click(chromedp.CSS("[data-start-over]")))
			p.loads(chromedp.Click(chromedp.CSS("[data-start-over-yes]")))
			fillKariByID(p)
			p.waitUntil("the letter in the live preview", `!!document.querySelector("#live-preview article.letter")`)
			look("form-filled")

			if status := p.goes(chromedp.Click(chromedp.CSS(`#letter-form button[type=submit]`))); status != 200 {
				t.Fatalf("the preview answered %d", status)
			}
			look("preview")

			if status := p.loads(chromedp.Click(button("Brev til mange kunder"))); status != 200 {
				t.Fatalf("the many-clients page answered %d", status)
			}
			p.paste("Kundelisten", spreadsheetPaste)
			if status := p.loads(chromedp.Click(button("Se over brevene"))); status != 422 {
				t.Fatalf("a list with a bad row answered %d, want 422", status)
			}
			look("clients-problems")
			p.paste("Kundelisten", strings.Replace(spreadsheetPaste, "emma@\t", "emma@lind.se\t", 1))
			if status := p.loads(chromedp.Click(button("Se over brevene"))); status != 200 {
				t.Fatalf("the review answered %d", status)
			}
			if !p.visible("#shown-letter") {
				t.Error("the review's letter in full is not shown")
			}
			look("clients-review")
		})
	}
}
