package web

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
)

// clientList is a pasted list as a spreadsheet gives it: a header in
// Norwegian, tab-separated, one client in Sweden who gets the English
// letter.
const clientList = "Navn\tE-post\tÅr\tPersonlig hilsen\tSpråk\n" +
	"Ola Hansen\tola@kunde.no\t6\tTakk for turene til Geiranger.\t\n" +
	"Emma Lind\temma@nordictrade.se\t2\t\ten\n" +
	"Per Berg\tper@berg.no\t\t\t\n"

// clientsForm is the sample draft with a client list.
func clientsFormWith(list string) url.Values {
	form := validForm()
	form.Del("client_name")
	form.Del("client_email")
	form.Set("clients", list)
	return form
}

// postMultipart sends form and a file as clients_file, as a browser does.
func postMultipart(t testing.TB, h http.Handler, path string, form url.Values, fileName string, file []byte) *httptest.ResponseRecorder {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for k, vs := range form {
		for _, v := range vs {
			mw.WriteField(k, v)
		}
	}
	if file != nil {
		fw, _ := mw.CreateFormFile("clients_file", fileName)
		fw.Write(file)
	}
	mw.Close()
	req := httptest.NewRequest(http.MethodPost, path, &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestClientsPageCarriesTheDraft(t *testing.T) {
	h, _ := newTestHandler(t)
	preview := parseHTML(t, post(t, h, "/preview", validForm()).Body)
	if preview.Find(`#download-form button[formaction="/clients"]`).Length() != 1 {
		t.Fatal("the preview offers no way to letters for many clients")
	}
	posted := formValues(preview, "download-form")
	posted.Set("letter", "Hei Ola,\n\nMin egen tekst.\n")
	rec := post(t, h, "/clients", posted)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	doc := parseHTML(t, rec.Body)
	values := formValues(doc, "clients-form")
	for _, k := range []string{"sender_name", "company", "replacement_name", "departure_date"} {
		if values.Get(k) != posted.Get(k) {
			t.Errorf("%s carried as %q, want %q", k, values.Get(k), posted.Get(k))
		}
	}
	if values.Get("letter") != "Hei Ola,\n\nMin egen tekst.\n" {
		t.Errorf("the edit is not carried back: %q", values.Get("letter"))
	}
	if doc.Find("#clients-edited").Length() != 1 {
		t.Error("the page does not say what the letters use when the single letter was edited")
	}
	for _, sel := range []string{"textarea#clients", `input#clients_file[type=file]`, "table.example", `input[name=format][value=pdf]`, "input#skip_invalid"} {
		if doc.Find(sel).Length() != 1 {
			t.Errorf("the page lacks %s", sel)
		}
	}
	if enc, _ := doc.Find("#clients-form").Attr("enctype"); enc != "multipart/form-data" {
		t.Errorf("the form posts as %q, so a file could not be uploaded", enc)
	}
}

func TestClientsReview(t *testing.T) {
	h, _ := newTestHandler(t)
	rec := post(t, h, "/clients/preview", clientsFormWith(clientList))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d:\n%s", rec.Code, rec.Body)
	}
	doc := parseHTML(t, rec.Body)
	if got := doc.Find("#review-title").Text(); got != "3 brev er klare" {
		t.Errorf("review title %q", got)
	}
	letter := doc.Find("#shown-letter").Text()
	if !strings.Contains(letter, "Ola Hansen") || !strings.Contains(letter, "seks år") || !strings.Contains(letter, "Geiranger") {
		t.Errorf("the first letter is not Ola's own:\n%s", letter)
	}
	var rows []string
	doc.Find(".clients-table tbody tr").Each(func(_ int, tr *goquery.Selection) {
		rows = append(rows, tr.Find("th").Text()+"|"+tr.Find("td").Eq(1).Text())
	})
	if strings.Join(rows, " ") != "Ola Hansen|ola@kunde.no Emma Lind|emma@nordictrade.se Per Berg|per@berg.no" {
		t.Errorf("the table lists %q", rows)
	}
	if doc.Find(`button[name=show][value="3"]`).Length() != 1 {
		t.Fatal("no button reads Emma's letter (row 3)")
	}

	form := clientsFormWith(clientList)
	form.Set("show", "3")
	emma := parseHTML(t, post(t, h, "/clients/preview", form).Body)
	if got := emma.Find("#shown-letter").Text(); !strings.Contains(got, "Emma Lind") || !strings.Contains(got, "Kind regards") {
		t.Errorf("Emma, in Sweden, should get her own English letter:\n%s", got)
	}
	if lang, _ := emma.Find("#shown-letter").Attr("lang"); lang != "en" {
		t.Errorf("Emma's letter is marked lang %q", lang)
	}
}

func TestClientsProblems(t *testing.T) {
	h, _ := newTestHandler(t)
	list := clientList + "Kari Dahl\tkari@\t\t\t\n\tnoname@x.no\t\t\t\n"
	rec := post(t, h, "/clients/preview", clientsFormWith(list))
	if rec.Code != http.StatusUnprocessableEntity {
		t.Fatalf("status %d, want 422", rec.Code)
	}
	doc := parseHTML(t, rec.Body)
	problems := doc.Find(".list-problems").Text()
	for _, want := range []string{"Rad 5, E-post: Skriv en e-postadresse", "Rad 6, Navn: Navnet mangler."} {
		if !strings.Contains(problems, want) {
			t.Errorf("the problems lack %q:\n%s", want, problems)
		}
	}
	if got := doc.Find("textarea#clients").Text(); got != list {
		t.Errorf("the list is not kept as typed:\n%q", got)
	}
	if doc.Find("button[formaction='/clients/download']").Length() != 0 {
		t.Error("a download is offered before the list is clean")
	}

	form := clientsFormWith(list)
	form.Set("skip_invalid", "on")
	skip := post(t, h, "/clients/preview", form)
	if skip.Code != http.StatusOK {
		t.Fatalf("skip_invalid: status %d, want 200", skip.Code)
	}
	doc = parseHTML(t, skip.Body)
	if got := doc.Find("#review-title").Text(); got != "3 brev er klare" {
		t.Errorf("skip_invalid: %q", got)
	}
	if got := doc.Find(".clients-table .row--skipped").Length(); got != 2 {
		t.Errorf("%d rows marked skipped, want 2", got)
	}
}

func TestClientsFormProblemsSendBackToTheForm(t *testing.T) {
	h, _ := newTestHandler(t)
	form := clientsFormWith(clientList)
	form.Del("sender_name")
	rec := post(t, h, "/clients/preview", form)
	if rec.Code != http.StatusUnprocessableEntity {
		t.Fatalf("status %d, want 422", rec.Code)
	}
	doc := parseHTML(t, rec.Body)
	if got := doc.Find("#form-problems-title").Parent().Text(); !strings.Contains(got, "Navnet ditt") {
		t.Errorf("the form's own problem is not named:\n%s", got)
	}
	back := formValues(doc, "clients-back")
	if action, _ := doc.Find("#clients-back").Attr("action"); action != "/preview" || doc.Find(`button[form="clients-back"]`).Length() != 1 {
		t.Error("no way back to the letter to fix it")
	}
	if back.Get("company") != form.Get("company") || back.Has("clients") {
		t.Errorf("back to the letter posts company %q and a list: %v; want the draft alone", back.Get("company"), back.Has("clients"))
	}
}

func TestClientsUploads(t *testing.T) {
	h, _ := newTestHandler(t)
	cp1252, _ := charmap.Windows1252.NewEncoder().String("Navn;E-post;År\r\nOla Hansen;ola@kunde.no;6\r\n\"Bjørn Ås; jr.\";bjorn@as.no;\r\n")

	xlsx := excelize.NewFile()
	xlsx.SetSheetRow("Sheet1", "A1", &[]any{"First Name", "Last Name", "Email Address"})
	xlsx.SetSheetRow("Sheet1", "A2", &[]any{"Ola", "Hansen", "ola@kunde.no"})
	xlsx.SetSheetRow("Sheet1", "A3", &[]any{"Emma", "Lind", "emma@lind.se"})
	var xb bytes.Buffer
	if err := xlsx.Write(&xb); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name, file string
		data       []byte
		status     int
		want       string // in the review title, or the message beside the list
	}{
		{"Windows-1252 CSV with semicolons and a quoted separator", "kunder.csv", []byte(cp1252), 200, "2 brev er klare"},
		{"XLSX from a CRM", "kunder.xlsx", xb.Bytes(), 200, "2 brev er klare"},
		{"a PNG image", "bilde.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 422, "Filen er ikke en liste"},
		{"an empty list", "tom.csv", []byte("Navn;E-post\r\n"), 422, "Listen har ingen kunder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := postMultipart(t, h, "/clients/preview", clientsFormWith(""), tt.file, tt.data)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d", rec.Code, tt.status)
			}
			doc := parseHTML(t, rec.Body)
			got := doc.Find("#review-title").Text() + doc.Find("#clients-error").Text()
			if !strings.Contains(got, tt.want) {
				t.Errorf("the page says %q, want %q", got, tt.want)
			}
			if tt.status == 200 && !strings.Contains(doc.Find("textarea#clients").Text(), "Ola Hansen") {
				t.Error("the file's rows are not put in the text box to fix there")
			}
		})
	}
}

func TestClientsLimits(t *testing.T) {
	h, _ := newTestHandler(t)
	var many strings.Builder
	many.WriteString("Navn\n")
	for i := range 1001 {
		many.WriteString("Kunde " + strings.Repeat("x", i%5) + "\n")
	}
	rec := post(t, h, "/clients/preview", clientsFormWith(many.String()))
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("1 001 clients: status %d, want 413", rec.Code)
	}
	if got := parseHTML(t, rec.Body).Find("#clients-error").Text(); !strings.Contains(got, "flere enn 1000 kunder") {
		t.Errorf("1 001 clients: the page says %q", got)
	}
	big := postMultipart(t, h, "/clients/preview", clientsFormWith(""), "stor.csv", bytes.Repeat([]byte("Ola;ola@kunde.no\n"), 70000))
	if big.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("a file over 1 MiB: status %d, want 413", big.Code)
	}
	huge := postMultipart(t, h, "/clients/preview", clientsFormWith(strings.Repeat("a", 1<<20)), "stor.csv", bytes.Repeat([]byte("x"), 2<<20))
	if huge.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("a body over the route's limit: status %d, want 413", huge.Code)
	}
	// The single letter's routes keep their own, lower limit.
	if rec := post(t, h, "/preview", clientsFormWith(strings.Repeat("a", 300<<10))); rec.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("a 300 KiB post to /preview: status %d, want 413", rec.Code)
	}
}

// zipFiles reads a ZIP into its files' names and contents, in order.
func zipFiles(t *testing.T, body []byte) ([]string, map[string][]byte) {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		t.Fatalf("not a ZIP: %v", err)
	}
	var names []string
	files := map[string][]byte{}
	for _, f := range z.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		files[f.Name], _ = io.ReadAll(rc)
		rc.Close()
		names = append(names, f.Name)
	}
	return names, files
}

// TestClientsDownloadIsEachSingleLetter makes the ZIP in every format and
// compares each client's file with the single-letter download for that
// client: the same letter, byte for byte.
func TestClientsDownloadIsEachSingleLetter(t *testing.T) {
	h, _ := newTestHandler(t)
	people := []struct{ row, name, email, years, note, lang string }{
		{"2", "Ola Hansen", "ola@kunde.no", "6", "Takk for turene til Geiranger.", ""},
		{"3", "Emma Lind", "emma@nordictrade.se", "2", "", "en"},
		{"4", "Per Berg", "per@berg.no", "", "", ""},
	}
	for _, format := range []string{"txt", "eml", "pdf", "docx"} {
		t.Run(format, func(t *testing.T) {
			form := clientsFormWith(clientList)
			form.Set("format", format)
			rec := post(t, h, "/clients/download", form)
			if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "application/zip" {
				t.Fatalf("status %d, type %q", rec.Code, rec.Header().Get("Content-Type"))
			}
			if cd := rec.Header().Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment; filename=farvel-fjord-kontorinterior-as-2027-10-08-brev.zip") {
				t.Errorf("Content-Disposition %q", cd)
			}
			names, files := zipFiles(t, rec.Body.Bytes())
			// Row numbers are padded to the list's widest: one digit here.
			want := []string{"2-ola-hansen." + format, "3-emma-lind." + format, "4-per-berg." + format, "rapport.csv"}
			if strings.Join(names, " ") != strings.Join(want, " ") {
				t.Fatalf("the ZIP holds %v, want %v", names, want)
			}
			for _, p := range people {
				single := validForm()
				single.Set("client_name", p.name)
				single.Set("client_email", p.email)
				single.Set("years", p.years)
				single.Set("personal_note", p.note)
				if p.lang != "" {
					single.Set("lang", p.lang)
				}
				single.Set("format", format)
				for _, k := range []string{"client_company", "client_address"} {
					single.Del(k) // the list has no such columns: the row leaves them empty
				}
				dl := post(t, h, "/download", single)
				if got := files[p.row+"-"+strings.ToLower(strings.ReplaceAll(p.name, " ", "-"))+"."+format]; !bytes.Equal(got, dl.Body.Bytes()) {
					t.Errorf("%s's letter differs from the single-letter download (%d and %d bytes)", p.name, len(got), dl.Body.Len())
				}
			}
		})
	}
}

func TestClientsReport(t *testing.T) {
	h, _ := newTestHandler(t)
	form := clientsFormWith("Navn\tE-post\n=HYPERLINK(\"http://x\",\"y\")\tola@kunde.no\nKari\tkari@\n")
	form.Set("skip_invalid", "on")
	rec := post(t, h, "/clients/download", form)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	_, files := zipFiles(t, rec.Body.Bytes())
	report := files["rapport.csv"]
	if !bytes.HasPrefix(report, []byte("\ufeff")) {
		t.Error("the report has no byte-order mark, so Excel would garble æøå")
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(report, []byte("\ufeff"))))
	r.Comma = ';'
	records, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(records) != 3 || strings.Join(records[0], "|") != "Rad|Navn|E-post|Fil|Hoppet over fordi" {
		t.Fatalf("report:\n%q", records)
	}
	if got := records[1][1]; got != `'=HYPERLINK("http://x","y")` {
		t.Errorf("a formula in the report reads %q, want it neutralised", got)
	}
	if records[1][3] == "" || records[2][3] != "" || !strings.Contains(records[2][4], "E-post") {
		t.Errorf("report rows: %q", records[1:])
	}
	for name, body := range files {
		if strings.HasSuffix(name, ".txt") && !strings.Contains(string(body), `=HYPERLINK("http://x","y")`) {
			t.Errorf("the letter does not greet the client as typed:\n%s", body)
		}
	}
}
