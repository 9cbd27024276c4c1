package web

import (
	"net/http"
	"strings"
	"testing"
)

// TestPreviewNotAWorkingDay: a last day on a weekend or a holiday gets a
// reminder that names the day and suggests the working day before, in the
// interface's language, on the preview and in the live preview beside the
// form, with the short-notice reminder beside it. It does not block.
func TestPreviewNotAWorkingDay(t *testing.T) {
	h, _ := newTestHandler(t)
	tests := []struct {
		name, uiLang, lang, day string
		want                    []string
	}{
		{"a Sunday, bokmål", "nb", "nb", "2027-09-05", []string{"5. september er en søndag – mente du fredag 3. september?", "bare 4 dager"}},
		{"a Sunday, nynorsk", "nn", "nn", "2027-09-05", []string{"5. september er ein søndag – meinte du fredag 3. september?", "berre 4 dagar"}},
		{"a Sunday, English", "en", "en", "2027-09-05", []string{"5 September is a Sunday – did you mean Friday 3 September?", "only 4 days"}},
		{"Christmas Day, bokmål", "nb", "nb", "2027-12-25", []string{"25. desember er en helligdag – mente du fredag 24. desember?"}},
		{"Christmas Day, nynorsk", "nn", "nb", "2027-12-25", []string{"25. desember er ein heilagdag – meinte du fredag 24. desember?"}},
		{"Christmas Day, English interface, bokmål letter", "en", "nb", "2027-12-25", []string{"25 December is a public holiday in Norway – did you mean Friday 24 December?"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			form := validForm()
			form.Set("ui_lang", tt.uiLang)
			form.Set("lang", tt.lang)
			form.Set("departure_date", tt.day)
			for _, route := range []struct {
				name, reminders string
				live            bool
			}{{"preview", ".reminders", false}, {"live preview", ".live-reminders", true}} {
				rec := post(t, h, "/preview", form)
				if route.live {
					rec = postLive(t, h, form)
				}
				if rec.Code != http.StatusOK {
					t.Fatalf("%s: status %d, want 200", route.name, rec.Code)
				}
				got := parseHTML(t, rec.Body).Find(route.reminders).Text()
				for _, want := range tt.want {
					if !strings.Contains(got, want) {
						t.Errorf("%s: reminders lack %q:\n%s", route.name, want, got)
					}
				}
			}
		})
	}
	t.Run("a working day", func(t *testing.T) {
		form := validForm() // Friday 8 October 2027
		got := parseHTML(t, post(t, h, "/preview", form).Body).Find(".reminders").Text()
		if strings.Contains(got, "mente du") || strings.Contains(got, "helligdag") {
			t.Errorf("a working day, yet reminders say:\n%s", got)
		}
	})
}
