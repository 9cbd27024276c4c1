package export

import (
	"testing"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/text/encoding/charmap"
)

// helvetica is fpdf's built-in Helvetica in cp1252: nothing to embed, and
// no Sámi letters. It is the baseline BenchmarkPDF is measured against.
var helvetica = fontSet{
	family: "helvetica",
	add:    func(*fpdf.Fpdf) {},
	covers: func(r rune) bool {
		_, ok := charmap.Windows1252.EncodeRune(r)
		return ok && r >= 0x20
	},
	encode: func(pdf *fpdf.Fpdf) func(string) string { return pdf.UnicodeTranslatorFromDescriptor("") },
}

func BenchmarkPDF(b *testing.B) {
	d := norwegianLetter()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := PDF(d); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPDFHelvetica(b *testing.B) {
	d := norwegianLetter()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := renderPDF(d, helvetica); err != nil {
			b.Fatal(err)
		}
	}
}
