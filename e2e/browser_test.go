package e2e

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/farvel/farvel/web"
)

// The environment the suite reads.
const (
	envRequired    = "FARVEL_E2E"         // "1": a missing browser or axe-core fails the tests
	envChromium    = "FARVEL_CHROMIUM"    // the browser binary, when not /usr/bin/chromium
	envAxe         = "FARVEL_AXE"         // path of axe.min.js
	envScreenshots = "FARVEL_SCREENSHOTS" // folder for the screenshots
)

// testToday is the date the server runs on, as in the web package's tests:
// Wednesday 1 September 2027, late in the evening in Oslo.
var testToday = time.Date(2027, time.September, 1, 21, 30, 0, 0, time.UTC)

// tabTimeout bounds each test's browser work, so a page that never shows
// what a test waits for fails that test instead of hanging the run.
const tabTimeout = 60 * time.Second

// suite is what the tests share: one app server and one browser, started by
// the first test that needs them and stopped by TestMain. Each test gets a
// browser context of its own (its own storage, permissions and downloads).
var suite struct {
	once     sync.Once
	skip     string // why the browser tests cannot run here
	err      error  // the browser was there but did not start
	server   *httptest.Server
	browser  context.Context
	shutdown func()
}

func TestMain(m *testing.M) {
	code := m.Run()
	if suite.shutdown != nil {
		suite.shutdown()
	}
	os.Exit(code)
}

// required reports whether the environment asks for the browser tests to
// run for sure (CI), so that what they need missing is a failure.
func required() bool { return os.Getenv(envRequired) == "1" }

// unavailable skips the test because something it needs is missing, or
// fails it when FARVEL_E2E=1.
func unavailable(t testing.TB, reason string) {
	t.Helper()
	if required() {
		t.Fatalf("%s, and %s=1 asks for the browser tests to run", reason, envRequired)
	}
	t.Skipf("skipping: %s (set %s=1 to make this a failure)", reason, envRequired)
}

// chromiumPath finds the browser: FARVEL_CHROMIUM, else the system's
// Chromium.
func chromiumPath() (string, error) {
	if p := os.Getenv(envChromium); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("%s=%s: %w", envChromium, p, err)
		}
		return p, nil
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium", nil
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no Chromium found (install the Debian package chromium, or set " + envChromium + ")")
}

func startSuite() {
	path, err := chromiumPath()
	if err != nil {
		suite.skip = err.Error()
		return
	}
	oslo, err := time.LoadLocation("Europe/Oslo")
	if err != nil {
		suite.err = err
		return
	}
	server := httptest.NewServer(web.NewHandler(web.Config{
		Logger:   slog.New(slog.DiscardHandler),
		Now:      func() time.Time { return testToday },
		Location: oslo,
	}))
	profile, err := os.MkdirTemp("", "farvel-e2e-profile-")
	if err != nil {
		server.Close()
		suite.err = err
		return
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("force-color-profile", "srgb"),
		// The date input's segments follow the browser's locale; the tests
		// type dates month first, as en-US orders them.
		chromedp.Flag("lang", "en-US"),
		chromedp.Env("LANGUAGE=en_US", "LC_ALL=", "LANG=en_US.UTF-8"),
		chromedp.WindowSize(1280, 800),
		chromedp.UserDataDir(profile),
	)
	browserCtx, cancelBrowser := chromedp.NewContext(allocCtx)
	suite.shutdown = func() {
		cancelBrowser()
		cancelAlloc()
		server.Close()
		os.RemoveAll(profile)
	}
	if err := chromedp.Do(browserCtx); err != nil {
		suite.err = fmt.Errorf("starting %s: %w", path, err)
		return
	}
	suite.server = server
	suite.browser = browserCtx
}

// tab is one test's page: a new tab in a browser context of its own.
type tab struct {
	t         *testing.T
	ctx       context.Context
	base      string // the app's URL, without a trailing slash
	downloads string // where the browser saves downloads
}

type tabOptions struct {
	noScript bool  // JavaScript disabled
	width    int64 // viewport; 0 is the window's 1280×800
	height   int64
	mobile   bool
}

// newTab opens a tab with its own storage, cookies, permissions and
// download folder. Uncaught exceptions and Content Security Policy
// violations on its pages fail the test.
func newTab(t *testing.T, o tabOptions) *tab {
	t.Helper()
	suite.once.Do(startSuite)
	switch {
	case suite.skip != "":
		unavailable(t, suite.skip)
	case suite.err != nil:
		t.Fatal(suite.err)
	}
	tabCtx, closeTab := chromedp.NewContext(suite.browser, chromedp.WithNewBrowserContext())
	if err := chromedp.Do(tabCtx); err != nil {
		closeTab()
		t.Fatalf("opening a tab: %v", err)
	}
	ctx, cancel := context.WithTimeout(tabCtx, tabTimeout)

	var mu sync.Mutex
	var problems []string
	messages := chromedp.Console(tabCtx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.IsException() || (m.Type == chromedp.ConsoleError && strings.Contains(m.Text, "Content Security Policy")) {
				mu.Lock()
				problems = append(problems, fmt.Sprintf("%s (%s:%d)", m.Text, m.URL, m.Line+1))
				mu.Unlock()
			}
		}
	}()
	t.Cleanup(func() {
		cancel()
		closeTab()
		<-done
		mu.Lock()
		defer mu.Unlock()
		for _, p := range problems {
			t.Errorf("the page reported: %s", p)
		}
	})

	p := &tab{t: t, ctx: ctx, base: suite.server.URL, downloads: t.TempDir()}
	_, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior:         browser.SetDownloadBehaviorBehaviorAllow,
		BrowserContextID: chromedp.FromContext(ctx).BrowserContextID,
		DownloadPath:     p.downloads,
		EventsEnabled:    new(true),
	})
	if err != nil {
		t.Fatalf("setting the download folder: %v", err)
	}
	if o.width > 0 {
		opts := []chromedp.EmulateViewportOption{}
		if o.mobile {
			opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateTouch)
		}
		p.do(chromedp.EmulateViewport(o.width, o.height, opts...))
	}
	if o.noScript {
		_, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		if err != nil {
			t.Fatalf("disabling JavaScript: %v", err)
		}
	}
	return p
}

// do runs steps and fails the test on an error.
func (p *tab) do(steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	if err := chromedp.Do(p.ctx, steps...); err != nil {
		p.t.Fatal(err)
	}
}

// eval evaluates a JavaScript expression in the page and decodes its
// value into T.
func eval[T any](p *tab, expr string, opts ...chromedp.EvaluateOption) T {
	p.t.Helper()
	v, err := chromedp.Run(p.ctx, chromedp.Evaluate[T](expr, opts...))
	if err != nil {
		p.t.Fatalf("evaluating %s: %v", shorten(expr), err)
	}
	return v
}

// js quotes s as a JavaScript string literal.
func js(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func shorten(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 120 {
		return s[:117] + "..."
	}
	return s
}

// waitUntil evaluates a JavaScript condition until it holds, failing with
// what after a while. It polls from Go, not with a timer in the page, so
// it also works on a page whose scripts are disabled.
func (p *tab) waitUntil(what, cond string) {
	p.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ok, err := chromedp.Run(p.ctx, chromedp.Evaluate[bool](`!!(`+cond+`)`))
		switch {
		case err != nil:
			p.t.Fatalf("waiting for %s: %v", what, err)
		case ok:
			return
		case time.Now().After(deadline):
			p.t.Fatalf("waiting for %s: still not there after 10s", what)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// open loads a path of the app and waits for the page.
func (p *tab) open(path string) {
	p.t.Helper()
	p.do(chromedp.Navigate(p.base + path))
}

// loads runs trigger, which makes the page load another document (a form
// post, a link), waits until that document has loaded and returns its HTTP
// status.
func (p *tab) loads(trigger chromedp.Action[chromedp.Void]) int64 {
	p.t.Helper()
	resp, err := chromedp.RunResponse(p.ctx, trigger)
	if err != nil {
		p.t.Fatal(err)
	}
	return resp.Status
}

// goes runs trigger, which takes the user to another page of the app (a
// form post), waits until that page shows and returns its HTTP status.
// With the script the page is fetched and shown in place, and no document
// loads; without it, the browser loads the answer as a new document.
func (p *tab) goes(trigger chromedp.Action[chromedp.Void]) int64 {
	p.t.Helper()
	if !eval[bool](p, `history.state?.farvel === 1`) {
		return p.loads(trigger)
	}
	before := eval[string](p, `history.state.id`)
	ctx, cancel := context.WithCancel(p.ctx)
	defer cancel()
	var mu sync.Mutex
	pages := map[network.RequestID]bool{}
	var status int64
	var cacheControl string
	err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			// The page's own posts; the live preview's carry Farvel-Live.
			if ev.Request.Method == "POST" && ev.Type == network.ResourceTypeFetch && ev.Request.Headers["Farvel-Live"] == nil {
				pages[ev.RequestID] = true
			}
		case *network.EventResponseReceived:
			if pages[ev.RequestID] {
				status = ev.Response.Status
				cacheControl, _ = ev.Response.Headers["Cache-Control"].(string)
			}
		}
	})
	if err != nil {
		p.t.Fatal(err)
	}
	p.do(trigger)
	p.waitUntil("the next page to show in place", `history.state?.farvel === 1 && history.state.id !== `+js(before))
	mu.Lock()
	defer mu.Unlock()
	if status == 0 {
		p.t.Fatal("a page showed in place without a post the script made")
	}
	if cacheControl != "no-store" {
		p.t.Errorf("the page fetched in place came with Cache-Control %q, want no-store", cacheControl)
	}
	return status
}

// labelFor finds the one <label> whose own text is text and returns the
// id of the control it labels. The text is the label's first text node,
// normalized, so a label "Stilling (valgfritt)" is found by "Stilling".
func (p *tab) labelFor(text string) string {
	p.t.Helper()
	xpath := "//label[normalize-space(text())=" + xpathLiteral(text) + "]"
	ids := eval[[]string](p, `(() => {
		const r = document.evaluate(`+js(xpath)+`, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
		const out = [];
		for (let i = 0; i < r.snapshotLength; i++) out.push(r.snapshotItem(i).htmlFor);
		return out;
	})()`)
	if len(ids) != 1 || ids[0] == "" {
		p.t.Fatalf("label %q: found %d labels %q, want exactly one with a for attribute", text, len(ids), ids)
	}
	if !eval[bool](p, `document.getElementById(`+js(ids[0])+`) !== null`) {
		p.t.Fatalf("label %q points to #%s, which is not on the page", text, ids[0])
	}
	return ids[0]
}

// xpathLiteral quotes s for XPath 1.0, which has no escapes.
func xpathLiteral(s string) string {
	if !strings.Contains(s, "'") {
		return "'" + s + "'"
	}
	if !strings.Contains(s, `"`) {
		return `"` + s + `"`
	}
	parts := strings.Split(s, "'")
	return "concat('" + strings.Join(parts, `', "'", '`) + "')"
}

// fill types value into the empty control labelled label, key by key, and
// checks that the control holds it. A date is typed as a person types it
// into Chromium's date field: month, day and year (the en-US order).
func (p *tab) fill(label, value string) {
	p.t.Helper()
	id := p.labelFor(label)
	if current := p.value(id); current != "" {
		p.t.Fatalf("%q (#%s) already holds %q", label, id, current)
	}
	if eval[string](p, `document.getElementById(`+js(id)+`).type`) == "date" {
		d, err := time.Parse(time.DateOnly, value)
		if err != nil {
			p.t.Fatal(err)
		}
		p.do(chromedp.Focus(chromedp.ID(id)), chromedp.KeyEvent(d.Format("01022006")))
	} else {
		p.do(chromedp.SendKeys(chromedp.ID(id), value))
	}
	if got := p.value(id); got != value {
		p.t.Fatalf("%q (#%s) holds %q after typing %q", label, id, got, value)
	}
}

// choose clicks the label of a checkbox or radio button and checks that
// the control is then checked.
func (p *tab) choose(label string) {
	p.t.Helper()
	id := p.labelFor(label)
	p.do(chromedp.Click(chromedp.Search("//label[@for=" + xpathLiteral(id) + "]")))
	if !p.checked(id) {
		p.t.Fatalf("%q (#%s) is not checked after a click on its label", label, id)
	}
}

// value is the current value of the control with the given id.
func (p *tab) value(id string) string {
	p.t.Helper()
	return eval[string](p, `document.getElementById(`+js(id)+`).value`)
}

func (p *tab) checked(id string) bool {
	p.t.Helper()
	return eval[bool](p, `document.getElementById(`+js(id)+`).checked`)
}

// text is the visible text of the first element matching a CSS selector,
// or "" when there is none.
func (p *tab) text(css string) string {
	p.t.Helper()
	return eval[string](p, `(document.querySelector(`+js(css)+`)?.innerText ?? "")`)
}

// visible reports whether the first element matching css is rendered.
func (p *tab) visible(css string) bool {
	p.t.Helper()
	return eval[bool](p, `(() => {
		const el = document.querySelector(`+js(css)+`);
		return !!el && el.checkVisibility() && el.getClientRects().length > 0;
	})()`)
}

// button is an XPath for the button or link whose text is text.
func button(text string) chromedp.Search {
	lit := xpathLiteral(text)
	return chromedp.Search("//button[normalize-space()=" + lit + "] | //a[normalize-space()=" + lit + "]")
}

// activeID is the id of the focused element.
func (p *tab) activeID() string {
	p.t.Helper()
	return eval[string](p, `document.activeElement?.id ?? ""`)
}

// download runs trigger, which makes the page download a file, waits
// until the browser has saved it, and returns its name and content.
func (p *tab) download(trigger chromedp.Action[chromedp.Void]) (string, []byte) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 15*time.Second)
	defer cancel()
	begins := chromedp.BrowserEvents(ctx, browser.DownloadWillBegin)
	progress := chromedp.BrowserEvents(ctx, browser.DownloadProgress)
	if err := chromedp.Do(ctx, trigger); err != nil {
		p.t.Fatal(err)
	}
	var begin browser.EventDownloadWillBegin
	for ev, err := range begins {
		if err != nil {
			p.t.Fatalf("waiting for a download to begin: %v", err)
		}
		begin = ev
		break
	}
	for ev, err := range progress {
		if err != nil {
			p.t.Fatalf("waiting for the download of %s: %v", begin.SuggestedFilename, err)
		}
		if ev.GUID != begin.GUID {
			continue
		}
		if ev.State == browser.DownloadProgressStateCanceled {
			p.t.Fatalf("the download of %s was canceled", begin.SuggestedFilename)
		}
		if ev.State == browser.DownloadProgressStateCompleted {
			break
		}
	}
	entries, err := os.ReadDir(p.downloads)
	if err != nil {
		p.t.Fatal(err)
	}
	if len(entries) != 1 {
		p.t.Fatalf("the download folder holds %d files, want 1", len(entries))
	}
	name := entries[0].Name()
	if name != begin.SuggestedFilename {
		p.t.Errorf("saved as %q, the server suggested %q", name, begin.SuggestedFilename)
	}
	body, err := os.ReadFile(filepath.Join(p.downloads, name))
	if err != nil {
		p.t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(p.downloads, name)); err != nil {
		p.t.Fatal(err)
	}
	return name, body
}

// screenshot writes a full-page PNG of the page to FARVEL_SCREENSHOTS,
// when it is set.
func (p *tab) screenshot(name string) {
	p.t.Helper()
	dir := os.Getenv(envScreenshots)
	if dir == "" {
		return
	}
	// From the top, so a sticky pane is where a visitor first sees it.
	eval[chromedp.Void](p, `window.scrollTo(0, 0)`)
	buf, err := chromedp.Run(p.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		p.t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		p.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644); err != nil {
		p.t.Fatal(err)
	}
}

// viewportShot writes a PNG of what the window shows now to
// FARVEL_SCREENSHOTS, when it is set.
func (p *tab) viewportShot(name string) {
	p.t.Helper()
	dir := os.Getenv(envScreenshots)
	if dir == "" {
		return
	}
	buf, err := chromedp.Run(p.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		p.t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		p.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644); err != nil {
		p.t.Fatal(err)
	}
}

// overflow is how wide the page is and what sticks out of the window.
type overflow struct {
	ScrollWidth int      `json:"scrollWidth"`
	InnerWidth  int      `json:"innerWidth"`
	Culprits    []string `json:"culprits"`
}

// horizontalOverflow measures the page's width against the window's and
// names the elements whose right edge is past width (the device's width:
// a phone zooms out to fit a page that is too wide, so the window can
// grow past it).
func (p *tab) horizontalOverflow(width int64) overflow {
	p.t.Helper()
	return eval[overflow](p, `(() => {
		const w = `+strconv.FormatInt(width, 10)+`;
		const culprits = [];
		for (const el of document.body.querySelectorAll("*")) {
			const r = el.getBoundingClientRect();
			if (r.width > 0 && r.right + window.scrollX > w + 0.5 && culprits.length < 8) {
				culprits.push(el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
					(el.classList.length ? "." + Array.from(el.classList).join(".") : "") +
					" (right edge " + Math.round(r.right + window.scrollX) + "px)");
			}
		}
		return {scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, culprits};
	})()`)
}
