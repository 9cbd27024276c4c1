// Package e2e holds Farvel's end-to-end tests: the app runs in-process
// behind httptest and a real headless Chromium drives it through the Chrome
// DevTools Protocol (chromedp). The package has no code of its own; the tests
// are in its _test.go files.
//
// The tests need Chromium (/usr/bin/chromium, the Debian package
// "chromium", or the binary named by FARVEL_CHROMIUM). Without it they
// skip, unless FARVEL_E2E=1, where they fail. The accessibility checks also
// need axe-core: FARVEL_AXE is the path of its axe.min.js. When
// FARVEL_SCREENSHOTS names a folder, the tests write screenshots into it:
// the form, the error state and the preview, and each state of the journey
// (the start-over question, the question after the form changed under an
// edit, the phone's way to the letter and back, the printout), at
// 1280×900 and 390×844.
package e2e
