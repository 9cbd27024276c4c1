package web

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

func postLive(t *testing.T, h http.Handler, form url.Values) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/preview", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	req.Header.Set(liveHeader, "1")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestLivePreviewFragment(t *testing.T) {
	h, _ := newTestHandler(t)
	form := validForm()
	form.Del("manager_ok")
	rec := postLive(t, h, form)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	if cc := rec.Header().Get("Cache-Control"); cc != "no-store" {
		t.Errorf("Cache-Control %q", cc)
	}
	body := rec.Body.String()
	if strings.Contains(body, "<html") || strings.Contains(body, "<form") {
		t.Error("the fragment holds a whole page")
	}
	doc := parseHTML(t, rec.Body)
	if !strings.Contains(doc.Find("article.letter").Text(), "Jonas Berg") {
		t.Error("the fragment lacks the letter")
	}
	if !strings.Contains(doc.Find(".live-reminders").Text(), "kundeklausul") {
		t.Error("the fragment lacks the manager reminder")
	}
}

func TestLivePreviewListsWhatIsMissing(t *testing.T) {
	h, _ := newTestHandler(t)
	form := url.Values{"lang": {"en"}, "sender_name": {"Kari"}, "replacement_email": {"not-an-address"}}
	rec := postLive(t, h, form)
	if rec.Code != http.StatusUnprocessableEntity {
		t.Fatalf("status %d, want 422", rec.Code)
	}
	doc := parseHTML(t, rec.Body)
	got := map[string]string{}
	doc.Find("li[data-field]").Each(func(_ int, s *goquery.Selection) {
		field, _ := s.Attr("data-field")
		got[field], _ = s.Attr("data-message")
	})
	for field, want := range map[string]string{
		"company":           "Enter your employer's name.",
		"departure_date":    "Choose your last working day.",
		"replacement_name":  "Enter the name of the person taking over.",
		"replacement_email": "Enter an email address such as name@company.com.",
	} {
		if got[field] != want {
			t.Errorf("%s: message %q, want %q", field, got[field], want)
		}
	}
	if _, ok := got["sender_name"]; ok {
		t.Error("a filled-in field is listed as missing")
	}
	if doc.Find("article.letter").Length() != 0 {
		t.Error("an incomplete form shows a letter")
	}
}

func TestPreviewExtras(t *testing.T) {
	h, _ := newTestHandler(t)
	doc := parseHTML(t, post(t, h, "/preview", validForm()).Body)
	for _, name := range []string{"subject", "letter"} {
		buttons := doc.Find(`button[data-copy="` + name + `"]`)
		if buttons.Length() == 0 {
			t.Errorf("no copy button for %s", name)
		}
		buttons.Each(func(_ int, b *goquery.Selection) {
			if _, hidden := b.Attr("hidden"); !hidden {
				t.Errorf("a copy button for %s shows before the script that makes it work", name)
			}
		})
	}
	href, _ := doc.Find("a.mailto").Attr("href")
	if !strings.HasPrefix(href, "mailto:ola%40kunde.no?subject=Ny%20kontaktperson") {
		t.Errorf("mailto link %q", href)
	}
	count := doc.Find("#letter-length .counter__count").Text()
	if !strings.HasSuffix(count, " tegn") || !strings.Contains(count, " ord, ") {
		t.Errorf("length counter %q", count)
	}
	if _, hidden := doc.Find("#letter-length .counter__nudge").Attr("hidden"); !hidden {
		t.Error("a short letter is nudged to be shorter")
	}

	long := validForm()
	long.Set("letter", strings.Repeat("ord ", 400))
	long.Set("format", "exe") // a 422 keeps the edited text, so the counter counts it
	doc = parseHTML(t, post(t, h, "/download", long).Body)
	if _, hidden := doc.Find("#letter-length .counter__nudge").Attr("hidden"); hidden {
		t.Error("a 400-word letter is not nudged")
	}
	if _, hidden := doc.Find("a.mailto").Attr("hidden"); !hidden {
		t.Error("a letter too long for a mailto: link still offers one")
	}
	if _, hidden := doc.Find(".mailto-long").Attr("hidden"); hidden {
		t.Error("a letter too long for a mailto: link does not say so")
	}
	short := parseHTML(t, post(t, h, "/preview", validForm()).Body)
	if _, hidden := short.Find(".mailto-long").Attr("hidden"); !hidden {
		t.Error("a short letter is said to be too long for a mailto: link")
	}
}

func TestFormOffersTheSavedDraftOnlyWhenEmpty(t *testing.T) {
	h, _ := newTestHandler(t)
	if _, ok := parseHTML(t, get(t, h, "/").Body).Find("#letter-form").Attr("data-restore"); !ok {
		t.Error("the empty form does not let the script restore the draft")
	}
	if _, ok := parseHTML(t, post(t, h, "/edit", validForm()).Body).Find("#letter-form").Attr("data-restore"); ok {
		t.Error("a form filled by the server lets the script overwrite it")
	}
}
