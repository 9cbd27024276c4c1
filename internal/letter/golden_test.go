package letter

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden letters in testdata/golden")

// today is the fixed date every test checks against.
var today = time.Date(2027, time.September, 1, 0, 0, 0, 0, time.UTC)

// goldenDrafts are three drafts that between them use every part of the
// letter: everything filled in; only what is required; and a move to a
// competitor over Easter.
var goldenDrafts = map[string]Draft{
	"full": {
		SenderName:       "Kari Nordmann",
		SenderTitle:      "Kundeansvarlig",
		Company:          "Fjord Kontorinteriør AS",
		ClientName:       "Ola",
		ClientEmail:      "ola@kunde.no",
		DepartureDate:    "2027-10-08", // a Friday
		ReplacementName:  "Jonas Berg",
		ReplacementTitle: "Seniorrådgiver",
		ReplacementEmail: "jonas.berg@fjordkontor.no",
		ReplacementPhone: "41234567",
		Years:            "6",
		SameIndustry:     true,
		NewEmployer:      "Lysverket Design",
		PhoneFollowup:    true,
		PersonalNote:     "Lykke til med det nye kontoret i Bergen",
		ManagerOK:        true,
	},
	"minimal": {
		SenderName:       "Per Hansen",
		Company:          "Nordvik Regnskap",
		DepartureDate:    "2027-12-31", // a Friday; the next working day is in 2028
		ReplacementName:  "Ingrid",
		ReplacementEmail: "ingrid@nordvik.no",
	},
	"competitor": {
		SenderName:       "Sofie Lund",
		SenderTitle:      "Key Account Manager",
		Company:          "Acme Inc.",
		ClientName:       "Maria",
		DepartureDate:    "2028-04-12", // the Wednesday before Easter
		ReplacementName:  "Ahmed Khan",
		ReplacementPhone: "+44 20 7946 0958",
		Years:            "1",
		SameIndustry:     true,
		Competitor:       true,
		NewEmployer:      "Rival Group",
		ManagerOK:        true,
	},
}

// TestGoldenLetters composes every golden draft in every language and tone
// and compares the result with testdata/golden. Run with -update to rewrite
// the files, then read each one before committing it.
func TestGoldenLetters(t *testing.T) {
	for name, d := range goldenDrafts {
		for _, lang := range Langs {
			for _, tone := range Tones {
				file := filepath.Join("testdata", "golden", string(lang)+"-"+string(tone)+"-"+name+".txt")
				t.Run(file, func(t *testing.T) {
					d.Lang, d.Tone = string(lang), string(tone)
					f, _, errs := Check(d, today)
					if len(errs) > 0 {
						t.Fatalf("golden draft does not check: %v", errs)
					}
					l := Compose(f)
					got := "Subject: " + l.Subject + "\n\n" + l.Body()
					if *update {
						if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
							t.Fatal(err)
						}
						if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
							t.Fatal(err)
						}
						return
					}
					want, err := os.ReadFile(file)
					if err != nil {
						t.Fatalf("%v (run go test ./internal/letter -update to create it)", err)
					}
					if got != string(want) {
						t.Errorf("letter differs from %s\n--- got\n%s\n--- want\n%s", file, got, want)
					}
				})
			}
		}
	}
}
