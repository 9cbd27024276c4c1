package letter

import (
	"strings"
	"testing"
)

func TestCheckEdit(t *testing.T) {
	tests := []struct {
		name, subject, body   string
		wantSubject, wantBody string
		wantField             string
		wantCode              Code
	}{
		{name: "as composed", subject: " Ny kontakt ", body: "Hei,\r\n\r\nTekst.\r\n", wantSubject: "Ny kontakt", wantBody: "Hei,\n\nTekst."},
		{name: "both empty", subject: "", body: "  "},
		{name: "invisibles dropped, composed", subject: "Ny kontakt\u200b i A\u030alesund", body: "Hei\ufeff,\n\nTakk\u00ad.",
			wantSubject: "Ny kontakt i Ålesund", wantBody: "Hei,\n\nTakk."},
		{name: "a body of invisibles is none", subject: "\u200b", body: "\u2060\n\u3164"},
		{name: "newline in subject", subject: "Ny\r\nBcc: x@y.no", wantField: FieldSubject, wantCode: ControlChars},
		{name: "subject too long", subject: strings.Repeat("a", MaxSubjectLen+1), wantField: FieldSubject, wantCode: TooLong},
		{name: "NUL in body", body: "Hei\x00", wantField: FieldLetter, wantCode: ControlChars},
		{name: "body too long", body: strings.Repeat("ø", MaxLetterLen+1), wantField: FieldLetter, wantCode: TooLong},
		{name: "invalid UTF-8 in body", body: "Hei \xff", wantField: FieldLetter, wantCode: InvalidUTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			subject, body, errs := CheckEdit(tt.subject, tt.body)
			if tt.wantField != "" {
				if len(errs) != 1 || errs[0].Field != tt.wantField || errs[0].Code != tt.wantCode {
					t.Fatalf("got %v, want %s on %s", errs, tt.wantCode, tt.wantField)
				}
				return
			}
			if len(errs) > 0 || subject != tt.wantSubject || body != tt.wantBody {
				t.Fatalf("got %q, %q, %v; want %q, %q", subject, body, errs, tt.wantSubject, tt.wantBody)
			}
		})
	}
}

func TestPairsListEveryField(t *testing.T) {
	d := Draft{SameIndustry: true, ManagerOK: true}
	names := map[string]bool{}
	for _, p := range d.Pairs() {
		names[p.Name] = true
	}
	for _, f := range contractFields {
		if !names[f] {
			t.Errorf("Pairs leaves out %s", f)
		}
	}
	if !names[FieldSameIndustry] || !names[FieldManagerOK] || names[FieldCompetitor] || names[FieldPhoneFollowup] {
		t.Errorf("checkboxes: got %v, want only the ticked ones", names)
	}
}

func TestCountWords(t *testing.T) {
	for s, want := range map[string]int{
		"": 0, "   ": 0, "Hei": 1, " Hei  Ola,\n\nTakk\tfor alt. ": 5, "æ ø å": 3, "a\u00a0b": 2,
	} {
		if got := CountWords(s); got != want {
			t.Errorf("CountWords(%q) = %d, want %d", s, got, want)
		}
		if got, fields := CountWords(s), len(strings.Fields(s)); got != fields {
			t.Errorf("CountWords(%q) = %d, strings.Fields finds %d", s, got, fields)
		}
	}
}

func TestFingerprint(t *testing.T) {
	base := Fingerprint("Ny kontakt", "Hei Ola,\n\nJonas tar over.\n")
	for _, same := range [][2]string{
		{"Ny kontakt", "Hei Ola,\r\n\r\nJonas tar over.\r\n"}, // as a textarea posts it
		{" Ny kontakt ", "Hei Ola,\n\nJonas tar over."},
	} {
		if got := Fingerprint(same[0], same[1]); got != base {
			t.Errorf("Fingerprint(%q, %q) = %s, want %s: the same text", same[0], same[1], got, base)
		}
	}
	for _, other := range [][2]string{
		{"Ny kontakt!", "Hei Ola,\n\nJonas tar over.\n"},
		{"Ny kontakt", "Hei Ola,\n\nJonas tar over snart.\n"},
		{"Ny kontaktHei Ola,", "\n\nJonas tar over.\n"}, // the boundary between subject and body counts
	} {
		if got := Fingerprint(other[0], other[1]); got == base {
			t.Errorf("Fingerprint(%q, %q) equals the original's: a different text", other[0], other[1])
		}
	}
	if len(base) != 24 {
		t.Errorf("fingerprint %q is %d characters, want 24", base, len(base))
	}
}
