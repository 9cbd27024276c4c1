package e2e

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/xuri/excelize/v2"
)

// spreadsheetPaste is what a copy from Excel or Google Sheets puts in the
// text box: tab-separated, with a header, and one row with a bad address.
const spreadsheetPaste = "Navn\tE-post\tÅr\n" +
	"Ola Hansen\tola@kunde.no\t6\n" +
	"Emma Lind\temma@\t2\n" +
	"Per Berg\tper@berg.no\t\n"

// paste puts text into the control labelled label as a paste does: at once,
// tabs and line breaks included, with an input event.
func (p *tab) paste(label, text string) {
	p.t.Helper()
	id := p.labelFor(label)
	eval[chromedp.Void](p, `(() => { const el = document.getElementById(`+js(id)+`);
		el.value = `+js(text)+`; el.dispatchEvent(new Event("input", {bubbles: true})); })()`)
}

// openClients previews Kari's letter and goes on to letters for many
// clients.
func openClients(p *tab) {
	p.t.Helper()
	previewKari(p)
	if status := p.loads(chromedp.Click(button("Brev til mange kunder"))); status != 200 { // a page of its own, not shown in place
		p.t.Fatalf("the many-clients page answered %d", status)
	}
}

// TestClientsFlow pastes a list from a spreadsheet, is told which row to
// fix, fixes it in the text box, reviews the letters and downloads the ZIP,
// with JavaScript (which shows progress) and without it.
func TestClientsFlow(t *testing.T) {
	axe := axeSource(t)
	withAndWithoutScript(t, func(t *testing.T, p *tab, noScript bool) {
		check := func(state string) {
			if !noScript { // axe is a script: it runs where scripts do
				p.axe(axe, state)
			}
		}
		openClients(p)
		check("the many-clients page")
		p.screenshot("clients-list-" + map[bool]string{true: "noscript", false: "script"}[noScript])
		p.paste("Kundelisten", spreadsheetPaste)
		p.choose("PDF til utskrift (.pdf)")

		if status := p.loads(chromedp.Click(button("Se over brevene"))); status != 422 {
			t.Fatalf("a list with a bad address answered %d, want 422", status)
		}
		if got := p.text(".list-problems"); !strings.Contains(got, "Rad 3, E-post") {
			t.Errorf("the problem is not named by row and column: %q", got)
		}
		check("the list's problems")
		p.screenshot("clients-problems")
		box := p.labelFor("Kundelisten")
		if got := p.value(box); got != spreadsheetPaste {
			t.Fatalf("the list is not kept as pasted: %q", got)
		}
		p.paste("Kundelisten", strings.Replace(spreadsheetPaste, "emma@\t", "emma@lind.se\t", 1))

		if status := p.loads(chromedp.Click(button("Se over brevene"))); status != 200 {
			t.Fatalf("the fixed list answered %d", status)
		}
		if got := p.text("#review-title"); got != "3 brev er klare" {
			t.Errorf("the review says %q", got)
		}
		if letter := p.text("#shown-letter"); !strings.Contains(letter, "Ola Hansen") {
			t.Errorf("the first letter is not Ola's:\n%s", letter)
		}
		check("the review")
		p.screenshot("clients-review")

		name, file := p.download(chromedp.Click(button("Last ned alle brevene (ZIP)")))
		if name != "farvel-fjord-kontorinterior-as-2027-10-08-brev.zip" {
			t.Errorf("saved as %q", name)
		}
		z, err := zip.NewReader(bytes.NewReader(file), int64(len(file)))
		if err != nil {
			t.Fatalf("the download is not a ZIP: %v", err)
		}
		var names []string
		for _, f := range z.File {
			names = append(names, f.Name)
		}
		if got := strings.Join(names, " "); got != "2-ola-hansen.pdf 3-emma-lind.pdf 4-per-berg.pdf rapport.csv" {
			t.Errorf("the ZIP holds %s", got)
		}
		if !noScript {
			p.waitUntil("the page to say the ZIP is done", `document.querySelector(".zip-status").textContent.startsWith("Ferdig")`)
		}
	})
}

// TestClientsUpload uploads a CSV and an XLSX: their rows land in the text
// box, to fix there, and the review counts them.
func TestClientsUpload(t *testing.T) {
	dir := t.TempDir()
	csvPath := filepath.Join(dir, "kunder.csv")
	if err := os.WriteFile(csvPath, []byte("\ufeffNavn;E-post\r\nOla Hansen;ola@kunde.no\r\nEmma Lind;emma@lind.se\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	xlsxPath := filepath.Join(dir, "kunder.xlsx")
	x := excelize.NewFile()
	x.SetSheetRow("Sheet1", "A1", &[]any{"First Name", "Last Name", "Email Address"})
	x.SetSheetRow("Sheet1", "A2", &[]any{"Ola", "Hansen", "ola@kunde.no"})
	x.SetSheetRow("Sheet1", "A3", &[]any{"Emma", "Lind", "emma@lind.se"})
	x.SetSheetRow("Sheet1", "A4", &[]any{"Per", "Berg", "per@berg.no"})
	if err := x.SaveAs(xlsxPath); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		path, want string
	}{{csvPath, "2 brev er klare"}, {xlsxPath, "3 brev er klare"}} {
		t.Run(filepath.Ext(tt.path), func(t *testing.T) {
			p := newTab(t, tabOptions{})
			openClients(p)
			p.do(chromedp.SetUploadFiles(chromedp.ID("clients_file"), []string{tt.path}))
			if status := p.loads(chromedp.Click(button("Se over brevene"))); status != 200 {
				t.Fatalf("the upload answered %d", status)
			}
			if got := p.text("#review-title"); got != tt.want {
				t.Errorf("the review says %q, want %q", got, tt.want)
			}
			if got := p.value(p.labelFor("Kundelisten")); !strings.Contains(got, "Emma Lind") {
				t.Errorf("the file's rows are not in the text box: %q", got)
			}
		})
	}
}
