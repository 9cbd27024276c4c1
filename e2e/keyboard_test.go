package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// focused describes the focused element and whether a sighted keyboard
// user can see where focus is.
type focused struct {
	Desc     string `json:"desc"`
	ID       string `json:"id"`
	Kind     string `json:"kind"` // link, button, checkbox, radio, text, …
	Ring     bool   `json:"ring"`
	OnScreen bool   `json:"onScreen"`
	Style    string `json:"style"`
	Text     string `json:"text"` // of a link or a button
}

const focusedJS = `(() => {
	const el = document.activeElement;
	if (!el || el === document.body) return {desc: "body", id: "", kind: "none", ring: false, onScreen: false, style: "", text: ""};
	const s = getComputedStyle(el);
	const ring = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || (s.boxShadow !== "" && s.boxShadow !== "none");
	const r = el.getBoundingClientRect();
	const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
	const tag = el.tagName.toLowerCase();
	let kind = tag === "a" ? "link" : tag === "textarea" ? "text" : tag;
	if (tag === "input") kind = ["checkbox", "radio", "date", "submit"].includes(el.type) ? el.type : "text";
	const desc = tag + (el.id ? "#" + el.id : "") + (el.classList.length ? "." + Array.from(el.classList).join(".") : "") +
		(el.name ? "[name=" + el.name + "]" : "");
	const text = kind === "link" || kind === "button" ? el.innerText.trim() : "";
	return {desc, id: el.id, kind, ring, onScreen, text,
		style: "outline " + s.outlineStyle + " " + s.outlineWidth + ", box-shadow " + s.boxShadow};
})()`

// keyboard walks a page with the Tab key only, and checks that every
// element it focuses shows a focus ring on screen.
type keyboard struct {
	p       *tab
	checked map[string]bool // kinds of element whose ring was checked
}

func (k *keyboard) press(keys string) {
	k.p.t.Helper()
	k.p.do(chromedp.KeyEvent(keys))
}

// now checks the focused element's ring and returns it.
func (k *keyboard) now() focused {
	k.p.t.Helper()
	f := eval[focused](k.p, focusedJS)
	if f.Kind != "none" {
		switch {
		case f.Ring:
		default:
			k.p.t.Errorf("%s has no visible focus ring (%s)", f.Desc, f.Style)
		}
		if !f.OnScreen {
			k.p.t.Errorf("%s is focused off screen", f.Desc)
		}
		k.checked[f.Kind] = true
	}
	return f
}

// tabUntil presses Tab until the focused element is the one wanted.
func (k *keyboard) tabUntil(what string, want func(focused) bool) {
	k.p.t.Helper()
	var path []string
	for range 60 {
		k.press(kb.Tab)
		f := k.now()
		path = append(path, f.Desc)
		if want(f) {
			return
		}
	}
	k.p.t.Fatalf("Tab never reached %s; it went %s", what, strings.Join(path, " → "))
}

// tabTo presses Tab until the element with the given id has focus.
func (k *keyboard) tabTo(id string) {
	k.p.t.Helper()
	k.tabUntil("#"+id, func(f focused) bool { return f.ID == id })
}

// TestKeyboardOnly writes and downloads a letter with the keyboard alone,
// from the top of the page: the skip link, typing, Space for a checkbox,
// arrows for a radio group, Enter to send the form and to download. Every
// element the Tab key reaches must show a focus ring.
func TestKeyboardOnly(t *testing.T) {
	p := newTab(t, tabOptions{})
	p.open("/?lang=nb")
	k := &keyboard{p: p, checked: map[string]bool{}}

	k.press(kb.Tab)
	if f := k.now(); !strings.Contains(f.Desc, "skip-link") {
		t.Fatalf("the first Tab focuses %s, want the skip link", f.Desc)
	}
	k.press(kb.Enter)
	p.waitUntil("the skip link to move focus to the main content", `document.activeElement?.id === "main"`)

	type step struct {
		id   string
		keys string
	}
	for _, s := range []step{
		{"sender_name", "Kari Nordmann"},
		{"company", "Fjord Kontorinteriør AS"},
		{"departure_date", "10082027"}, // month, day, year: 2027-10-08
		{"replacement_name", "Jonas Berg"},
		{"replacement_email", "jonas@fjordkontor.no"},
		{"client_name", "Ola"},
		{"tone-formal", kb.ArrowDown}, // the group's checked radio; the arrow moves to "warm"
		{"same_industry", " "},
		{"manager_ok", " "},
	} {
		k.tabTo(s.id)
		k.press(s.keys)
	}
	for id, want := range map[string]string{
		"sender_name":    "Kari Nordmann",
		"departure_date": "2027-10-08",
		"client_name":    "Ola",
	} {
		if got := p.value(id); got != want {
			t.Errorf("#%s holds %q, want %q", id, got, want)
		}
	}
	for _, id := range []string{"tone-warm", "same_industry", "manager_ok"} {
		if !p.checked(id) {
			t.Errorf("#%s is not checked", id)
		}
	}

	k.tabUntil("the Se brevet button", func(f focused) bool { return f.Kind == "button" && f.Text == "Se brevet" })
	if status := p.goes(chromedp.KeyEvent(kb.Enter)); status != 200 {
		t.Fatalf("Enter on Se brevet answered %d", status)
	}
	if h1 := p.text("h1"); h1 != "Brevet ditt" {
		t.Fatalf("Enter on Se brevet led to %q, want the preview", h1)
	}

	k.tabTo("letter")
	p.do(chromedp.KeyEvent(kb.End, chromedp.KeyModifiers(chromedp.ModifierCtrl)))
	k.press("\n\n" + postscript)
	k.tabTo("format-txt")
	name, file := p.download(chromedp.KeyEvent(kb.Enter))
	if name != kariFile {
		t.Errorf("downloaded %q, want %q", name, kariFile)
	}
	if !strings.Contains(string(file), postscript) {
		t.Errorf("the file lacks the line typed on the preview:\n%s", file)
	}

	// The header, which the skip link jumped over: the brand link and the
	// language button need rings too.
	p.open("/?lang=nb")
	k.tabUntil("the language button", func(f focused) bool { return f.Kind == "button" && f.Text == "English" })
	for _, kind := range []string{"link", "text", "checkbox", "radio", "button"} {
		if !k.checked[kind] {
			t.Errorf("no %s was focused, so its focus ring went unchecked", kind)
		}
	}
}
