package clients

import (
	"bytes"
	"compress/flate"
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/farvel/farvel/internal/export"
	"github.com/farvel/farvel/internal/letter"
)

// benchCSV is a list of n clients with every column filled.
func benchCSV(n int) string {
	var b strings.Builder
	b.WriteString("Navn;Firma;E-post;Adresse;År;Personlig hilsen;Språk\r\n")
	for i := range n {
		fmt.Fprintf(&b, "Kunde Nummer %d;Fjord %d AS;kunde%d@fjord.no;\"Storgata %d\r\n6002 Ålesund\";%d;Takk for godt samarbeid, og hils alle på kontoret.;nb\r\n", i, i, i, i, i%40)
	}
	return b.String()
}

func BenchmarkParseCSV1000(b *testing.B) {
	data := []byte(benchCSV(1000))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseFile("kunder.csv", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseXLSX1000(b *testing.B) {
	rows := [][]any{{"Navn", "Firma", "E-post", "Adresse", "År", "Personlig hilsen", "Språk"}}
	for i := range 1000 {
		rows = append(rows, []any{fmt.Sprintf("Kunde Nummer %d", i), fmt.Sprintf("Fjord %d AS", i), fmt.Sprintf("kunde%d@fjord.no", i),
			fmt.Sprintf("Storgata %d\n6002 Ålesund", i), i % 40, "Takk for godt samarbeid, og hils alle på kontoret.", "nb"})
	}
	data := workbook(b, rows, nil)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseFile("kunder.xlsx", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRefuseZipBomb(b *testing.B) {
	compressed, size, crc := bombSheet(b)
	for _, bomb := range []struct {
		name     string
		declared uint64
	}{{"honest", size}, {"lying", 4096}} {
		data := bombWorkbook(b, compressed, bomb.declared, crc)
		b.Run(bomb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ParseFile("kunder.xlsx", data); err == nil {
					b.Fatal("the bomb was read")
				}
			}
		})
	}
}

func BenchmarkCheck1000(b *testing.B) {
	l, err := Parse(benchCSV(1000))
	if err != nil {
		b.Fatal(err)
	}
	base := validBase()
	b.ReportAllocs()
	for b.Loop() {
		if rev := Check(base, l, today); !rev.Ready() {
			b.Fatalf("problems: %+v", rev.Problems())
		}
	}
}

// benchClients is the facts of n valid clients.
func benchClients(b *testing.B, n int) (List, []letter.Facts) {
	b.Helper()
	l, err := Parse(benchCSV(n))
	if err != nil {
		b.Fatal(err)
	}
	rev := Check(validBase(), l, today)
	if !rev.Ready() {
		b.Fatalf("problems: %+v", rev.Problems())
	}
	facts := make([]letter.Facts, n)
	for i, c := range rev.Clients {
		facts[i] = c.Facts
	}
	return l, facts
}

// BenchmarkWriteZip1000 makes the ZIP of a thousand letters in each
// format, on every core: time and allocations per letter. The PDFs take
// seconds an iteration; -benchtime 1x is enough.
func BenchmarkWriteZip1000(b *testing.B) {
	const n = 1000
	l, facts := benchClients(b, n)
	for _, format := range export.Formats {
		b.Run(string(format), func(b *testing.B) {
			makeFile := exported(format)(l, facts)
			b.ReportAllocs()
			for b.Loop() {
				if err := WriteZip(context.Background(), io.Discard, n, makeFile); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/letter")
		})
	}
}

// pdfLike stands in for a PDF export while there is none: the letter
// composed, then deflated many times over, as a PDF's streams are, for
// about a millisecond of CPU.
func pdfLike(l List, facts []letter.Facts) func(int) (File, error) {
	return func(i int) (File, error) {
		lt := letter.Compose(facts[i])
		text := export.PlainText("Emne", lt.Subject, lt.Body())
		var out bytes.Buffer
		fw, _ := flate.NewWriter(&out, flate.BestCompression)
		for range 40 {
			fw.Write(text)
		}
		fw.Close()
		return File{Name: l.FileName(l.Rows[i], "pdf"), Body: out.Bytes()}, nil
	}
}

// exported makes client i's file as the download does, in format.
func exported(format export.Format) func(List, []letter.Facts) func(int) (File, error) {
	return func(l List, facts []letter.Facts) func(int) (File, error) {
		return func(i int) (File, error) {
			lt := letter.Compose(facts[i])
			doc := export.NewDocument(facts[i], lt.Subject, lt.Body(), today)
			f, err := export.Export(format, doc, l.FileName(l.Rows[i], string(format)))
			if err != nil {
				return File{}, err
			}
			return File{Name: f.Name, Body: f.Body, Compress: format == export.FormatText || format == export.FormatEmail, Modified: today}, nil
		}
	}
}

// spin stands in for an export that allocates nothing: hashing, for about
// a millisecond of CPU. Beside pdfLike it tells the pipeline's own cost from
// the garbage collector's.
func spin(l List, _ []letter.Facts) func(int) (File, error) {
	block := bytes.Repeat([]byte("Takk for godt samarbeid. "), 640)
	return func(i int) (File, error) {
		sum := sha256.Sum256(block)
		for range 60 {
			sum = sha256.Sum256(append(block[:len(block)-len(sum)], sum[:]...))
		}
		return File{Name: l.FileName(l.Rows[i], "pdf"), Body: sum[:]}, nil
	}
}

// BenchmarkWriteZipOnEveryCore sets the ZIP's wall time per letter beside
// one letter's export time, measured in the same run: with one worker, and
// with one per core. The goal is a ratio of at most 0.6 on two
// cores.
func BenchmarkWriteZipOnEveryCore(b *testing.B) {
	const n = 64
	l, facts := benchClients(b, n)
	for _, kind := range []struct {
		name string
		make func(List, []letter.Facts) func(int) (File, error)
	}{{"pdf", exported(export.FormatPDF)}, {"docx", exported(export.FormatWord)}, {"deflate", pdfLike}, {"spin", spin}} {
		b.Run(kind.name, func(b *testing.B) {
			makeFile := kind.make(l, facts)
			cores := runtime.GOMAXPROCS(0)
			var export, one, all time.Duration
			b.ReportAllocs()
			for b.Loop() {
				start := time.Now()
				for i := range n {
					makeFile(i)
				}
				export += time.Since(start)

				start = time.Now()
				if err := writeZip(context.Background(), io.Discard, n, 1, makeFile, nil); err != nil {
					b.Fatal(err)
				}
				one += time.Since(start)

				start = time.Now()
				if err := writeZip(context.Background(), io.Discard, n, cores, makeFile, nil); err != nil {
					b.Fatal(err)
				}
				all += time.Since(start)
			}
			letters := float64(b.N * n)
			b.ReportMetric(float64(export.Nanoseconds())/letters, "ns/export")
			b.ReportMetric(float64(one.Nanoseconds())/letters, "ns/letter-1worker")
			b.ReportMetric(float64(all.Nanoseconds())/letters, "ns/letter-allcores")
			b.ReportMetric(float64(all)/float64(export), "ratio-to-export")
			b.ReportMetric(float64(cores), "cores")
		})
	}
}
