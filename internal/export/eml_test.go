package export

import (
	"bytes"
	"io"
	"mime"
	"mime/quotedprintable"
	"net/mail"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/farvel/farvel/internal/allocbudget"
)

// norwegianLetter is a letter as the composer writes it, with the fields a
// printed letter adds.
func kariLetterNB() Document {
	return Document{
		Tag:     "nb-NO",
		Subject: "Ny kontaktperson hos Fjord Kontorinteriør fra 11. oktober",
		Body: "Hei Kari,\n\n" +
			"Jeg slutter i Fjord Kontorinteriør AS, og fredag 8. oktober 2027 er min siste arbeidsdag. " +
			"Takk for fire gode år – det har vært en glede å jobbe med dere.\n\n" +
			"Fra mandag 11. oktober tar Jonas Berg over som din kontaktperson. " +
			"Du når ham på jonas.berg@fjordkontor.no eller 412 34 567.\n\n" +
			"Fram til min siste dag svarer jeg gjerne på spørsmål. Jeg håper vi møtes igjen.\n\n" +
			"Med vennlig hilsen\n" +
			"Ola Nordmann\n" +
			"Kundeansvarlig\n" +
			"Fjord Kontorinteriør AS\n",
		SenderName: "Ola Nordmann",
		Sender:     []string{"Fjord Kontorinteriør AS", "Ola Nordmann", "Kundeansvarlig"},
		Recipient:  []string{"Kari Åsheim", "Havblikk Regnskap AS", "Storgata 12", "6002 Ålesund"},
		DateLine:   "Ålesund, 8. oktober 2027",
		PageLabel:  "Side %d av %d",
		Created:    time.Date(2027, 10, 8, 0, 0, 0, 0, time.UTC),
		To:         "kari@havblikk.no",
		ToName:     "Kari Åsheim",
	}
}

func kariLetterEN() Document {
	return Document{
		Tag:     "en-GB",
		Subject: "Your new contact at ACME Office Interiors from 11 October",
		Body: "Dear Kari,\n\n" +
			"I am leaving ACME Office Interiors, and Friday 8 October 2027 is my last day. " +
			"Thank you for four good years — it has been a pleasure working with you.\n\n" +
			"From Monday 11 October, Jonas Berg will be your contact. " +
			"You can reach him at jonas.berg@acme.example or +44 20 7946 0000.\n\n" +
			"Until my last day I am happy to answer any questions.\n\n" +
			"Best wishes,\n" +
			"Ola Nordmann\n" +
			"Account Manager\n" +
			"ACME Office Interiors\n",
		SenderName: "Ola Nordmann",
		Sender:     []string{"ACME Office Interiors", "Ola Nordmann", "Account Manager"},
		Recipient:  []string{"Kari Smith", "Harbour Accounting Ltd", "Unit 4, Quay House", "12 High Street", "Bristol BS1 4DJ"},
		DateLine:   "Bristol, 8 October 2027",
		PageLabel:  "Page %d of %d",
		Created:    time.Date(2027, 10, 8, 0, 0, 0, 0, time.UTC),
		To:         "kari.smith@harbour.example",
		ToName:     "Kari Smith",
	}
}

// parsedDraft is an email draft as a mail program reads it back.
type parsedDraft struct {
	keys    []string // header names, sorted
	subject string
	to      []*mail.Address
	body    string // LF line ends
}

func parseDraft(t testing.TB, msg []byte) parsedDraft {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(msg))
	if err != nil {
		t.Fatalf("the draft does not parse: %v\n%s", err, msg)
	}
	var p parsedDraft
	for k := range m.Header {
		p.keys = append(p.keys, k)
	}
	slices.Sort(p.keys)
	if p.subject, err = new(mime.WordDecoder).DecodeHeader(m.Header.Get("Subject")); err != nil {
		t.Fatalf("the subject %q does not decode: %v", m.Header.Get("Subject"), err)
	}
	if m.Header.Get("To") != "" {
		if p.to, err = m.Header.AddressList("To"); err != nil {
			t.Fatalf("To %q does not parse: %v", m.Header.Get("To"), err)
		}
	}
	if got := m.Header.Get("Content-Transfer-Encoding"); got != "quoted-printable" {
		t.Fatalf("Content-Transfer-Encoding %q, want quoted-printable", got)
	}
	body, err := io.ReadAll(quotedprintable.NewReader(m.Body))
	if err != nil {
		t.Fatalf("the body is not quoted-printable: %v", err)
	}
	p.body = strings.ReplaceAll(string(body), "\r\n", "\n")
	return p
}

var (
	keysWithTo    = []string{"Content-Transfer-Encoding", "Content-Type", "Mime-Version", "Subject", "To", "X-Unsent"}
	keysWithoutTo = []string{"Content-Transfer-Encoding", "Content-Type", "Mime-Version", "Subject", "X-Unsent"}
)

func TestEmailDraftReadsBack(t *testing.T) {
	long := strings.Repeat("Takk for samarbeidet – vi ses på «neste» prosjekt! 🙂\n", 200)[:10000]
	tests := []struct {
		name    string
		doc     Document
		subject string
		to      []*mail.Address
		body    string
	}{
		{
			name:    "a Norwegian letter",
			doc:     kariLetterNB(),
			subject: kariLetterNB().Subject,
			to:      []*mail.Address{{Name: "Kari Åsheim", Address: "kari@havblikk.no"}},
			body:    kariLetterNB().Body,
		},
		{
			name:    "an English letter in plain ASCII",
			doc:     kariLetterEN(),
			subject: kariLetterEN().Subject,
			to:      []*mail.Address{{Name: "Kari Smith", Address: "kari.smith@harbour.example"}},
			body:    kariLetterEN().Body,
		},
		{
			name: "Sámi letters, typographic quotes and an emoji",
			doc: Document{
				Subject: "Ođđa oktavuođaolmmoš – «Áŋgiris» ja “ŧ” 👋",
				Body:    "Buorre beaivi Máret,\n\nGiitu ŋ ŧ đ š ž č á – „quoted“ ‘single’ 👋🏽\n",
				To:      "maret@example.no", ToName: "Máret Ŋuolla",
			},
			subject: "Ođđa oktavuođaolmmoš – «Áŋgiris» ja “ŧ” 👋",
			to:      []*mail.Address{{Name: "Máret Ŋuolla", Address: "maret@example.no"}},
			body:    "Buorre beaivi Máret,\n\nGiitu ŋ ŧ đ š ž č á – „quoted“ ‘single’ 👋🏽\n",
		},
		{
			name:    "a 10 000-character body",
			doc:     Document{Subject: "Lang", Body: long, To: "kari@kunde.no"},
			subject: "Lang",
			to:      []*mail.Address{{Address: "kari@kunde.no"}},
			body:    long + "\n",
		},
		{
			name: "a long subject of many non-ASCII words is folded and reads back whole",
			doc: Document{
				Subject: strings.Repeat("Søknad om økt overgangstid for ærlige åtte ", 6),
				Body:    "x",
			},
			subject: strings.TrimSpace(strings.Repeat("Søknad om økt overgangstid for ærlige åtte ", 6)),
			body:    "x\n",
		},
		{
			name:    "a long ASCII subject is folded between words",
			doc:     Document{Subject: strings.Repeat("Your new contact from Monday ", 8), Body: "x\n"},
			subject: strings.TrimSpace(strings.Repeat("Your new contact from Monday ", 8)),
			body:    "x\n",
		},
		{
			name:    "an ASCII word too long to fold is encoded",
			doc:     Document{Subject: "See " + strings.Repeat("a", 120) + " now", Body: "x\n"},
			subject: "See " + strings.Repeat("a", 120) + " now",
			body:    "x\n",
		},
		{
			name:    "ASCII that looks like an encoded-word is encoded so it reads back as typed",
			doc:     Document{Subject: "=?utf-8?q?hei?=", Body: "x\n", To: "a@b.no", ToName: "=?utf-8?q?Ola?="},
			subject: "=?utf-8?q?hei?=",
			to:      []*mail.Address{{Name: "=?utf-8?q?Ola?=", Address: "a@b.no"}},
			body:    "x\n",
		},
		{
			name:    "a long display name is folded",
			doc:     Document{Subject: "Hei", Body: "x\n", To: "kari@kunde.no", ToName: strings.Repeat("Kari-Åse Ødegård ", 8)},
			subject: "Hei",
			to:      []*mail.Address{{Name: strings.TrimSpace(strings.Repeat("Kari-Åse Ødegård ", 8)), Address: "kari@kunde.no"}},
			body:    "x\n",
		},
		{
			name:    "CRLF and lone CR in the body become line breaks; trailing spaces survive",
			doc:     Document{Subject: "Hei", Body: "a\r\nb\rc  \n\n=3D \t\n"},
			subject: "Hei",
			body:    "a\nb\nc  \n\n=3D \t\n",
		},
		{
			name:    "a lone CR before a letter that is encoded keeps the line break after it",
			doc:     Document{Subject: "Hei", Body: "Hei\rø\nslutt"},
			subject: "Hei",
			body:    "Hei\nø\nslutt\n",
		},
		{
			name:    "without a client address there is no To, even with a name",
			doc:     Document{Subject: "Hei", Body: "x\n", ToName: "Kari"},
			subject: "Hei",
			body:    "x\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := EmailDraft(tt.doc)
			checkDraftShape(t, msg)
			got := parseDraft(t, msg)
			if got.subject != tt.subject {
				t.Errorf("subject %q, want %q", got.subject, tt.subject)
			}
			if !reflect.DeepEqual(got.to, tt.to) {
				t.Errorf("To %s, want %s", draftAddresses(got.to), draftAddresses(tt.to))
			}
			if got.body != tt.body {
				t.Errorf("body\n%q\nwant\n%q", got.body, tt.body)
			}
			want := keysWithoutTo
			if tt.to != nil {
				want = keysWithTo
			}
			if !slices.Equal(got.keys, want) {
				t.Errorf("headers %v, want %v", got.keys, want)
			}
		})
	}
}

func draftAddresses(as []*mail.Address) string {
	var s []string
	for _, a := range as {
		s = append(s, "{"+a.Name+" | "+a.Address+"}")
	}
	return "[" + strings.Join(s, ", ") + "]"
}

// checkDraftShape fails t unless every line of msg ends in CRLF, every byte
// is 7-bit, header lines are at most 78 characters and body lines at most
// 76, and the headers a draft needs are there while From, Date and
// Message-ID are not.
func checkDraftShape(t testing.TB, msg []byte) {
	t.Helper()
	for i, c := range msg {
		if c >= 0x80 {
			t.Fatalf("byte %d is 0x%X: the message is not 7-bit", i, c)
		}
	}
	if !bytes.HasSuffix(msg, []byte("\r\n")) {
		t.Errorf("the message does not end in CRLF: %q", msg[max(0, len(msg)-20):])
	}
	inHeader := true
	for i, line := range strings.SplitAfter(string(msg), "\n") {
		if line == "" {
			continue
		}
		if !strings.HasSuffix(line, "\r\n") || strings.Contains(line[:len(line)-2], "\r") {
			t.Fatalf("line %d %q does not end in CRLF alone", i+1, line)
		}
		text := line[:len(line)-2]
		switch {
		case inHeader && text == "":
			inHeader = false
		case inHeader && len(text) > 78:
			t.Errorf("header line %d is %d characters: %q", i+1, len(text), text)
		case !inHeader && len(text) > 76:
			t.Errorf("body line %d is %d characters: %q", i+1, len(text), text)
		}
	}
	header := string(msg[:bytes.Index(msg, []byte("\r\n\r\n"))+2])
	for _, want := range []string{"MIME-Version: 1.0\r\n", "X-Unsent: 1\r\n", "Content-Type: text/plain; charset=utf-8\r\n", "Content-Transfer-Encoding: quoted-printable\r\n"} {
		if !strings.Contains(header, want) {
			t.Errorf("the header lacks %q:\n%s", want, header)
		}
	}
	for _, never := range []string{"From:", "Date:", "Message-ID:"} {
		if strings.Contains(strings.ToLower(header), strings.ToLower(never)) {
			t.Errorf("the header has %q:\n%s", never, header)
		}
	}
}

func TestEmailDraftHeaderInjection(t *testing.T) {
	tests := []struct {
		name    string
		doc     Document
		subject string
		to      []*mail.Address
	}{
		{
			name:    "CRLF and a header in the subject",
			doc:     Document{Subject: "Hei\r\nBcc: spy@evil.example", To: "kari@kunde.no"},
			subject: "Hei Bcc: spy@evil.example",
			to:      []*mail.Address{{Address: "kari@kunde.no"}},
		},
		{
			name:    "a bare LF and a body break in the subject",
			doc:     Document{Subject: "Hei\n\nX-Evil: 1\nkropp"},
			subject: "Hei X-Evil: 1 kropp",
		},
		{
			name:    "a bare CR, a fold and other controls in the subject",
			doc:     Document{Subject: "a\r Cc: spy@evil.example\x00\x1b[2J\x7f\u0085b\u2028c\u2029d\t"},
			subject: "a Cc: spy@evil.example [2J b c d",
		},
		{
			name:    "a name with an address and a list",
			doc:     Document{To: "kari@kunde.no", ToName: "Ola <spy@evil.example>, x"},
			to:      []*mail.Address{{Name: "Ola <spy@evil.example>, x", Address: "kari@kunde.no"}},
			subject: "",
		},
		{
			name: "a name with quotes, a backslash and a comment",
			doc:  Document{To: "kari@kunde.no", ToName: `Kari "Boss" \ (spy@evil.example)`},
			to:   []*mail.Address{{Name: `Kari "Boss" \ (spy@evil.example)`, Address: "kari@kunde.no"}},
		},
		{
			name: "a name with CRLF and a header",
			doc:  Document{To: "kari@kunde.no", ToName: "Kari\r\nBcc: spy@evil.example"},
			to:   []*mail.Address{{Name: "Kari Bcc: spy@evil.example", Address: "kari@kunde.no"}},
		},
		{
			name: "a name that folds into the next header",
			doc:  Document{To: "kari@kunde.no", ToName: "Kari\r\n Bcc: x\r\nCc: spy@evil.example"},
			to:   []*mail.Address{{Name: "Kari Bcc: x Cc: spy@evil.example", Address: "kari@kunde.no"}},
		},
		{name: "an address with CRLF and a header", doc: Document{To: "kari@kunde.no\r\nBcc: spy@evil.example"}},
		{name: "an address with a bare LF", doc: Document{To: "kari@kunde.no\nspy@evil.example"}},
		{name: "two addresses", doc: Document{To: "kari@kunde.no, spy@evil.example"}},
		{name: "an address with a display name", doc: Document{To: "Spy <spy@evil.example>"}},
		{name: "an address in angle brackets", doc: Document{To: "<spy@evil.example>"}},
		{name: "an address with a comment", doc: Document{To: "kari@kunde.no (spy@evil.example)"}},
		{name: "a group", doc: Document{To: "friends: spy@evil.example;"}},
		{name: "a quoted local part", doc: Document{To: `"spy@evil.example, x"@kunde.no`}},
		{name: "a non-ASCII address, which would put 8-bit bytes in the header", doc: Document{To: "kåre@kunde.no"}},
		{name: "not an address", doc: Document{To: "kari"}},
		{name: "an address too long for a header line", doc: Document{To: strings.Repeat("a", 70) + "@kunde.no"}},
		{
			name: "an address with spaces around it is trimmed",
			doc:  Document{To: "  kari@kunde.no \t"},
			to:   []*mail.Address{{Address: "kari@kunde.no"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.doc.Body = "Hei,\n"
			msg := EmailDraft(tt.doc)
			checkDraftShape(t, msg)
			got := parseDraft(t, msg)
			want := keysWithoutTo
			if tt.to != nil {
				want = keysWithTo
			}
			if !slices.Equal(got.keys, want) {
				t.Errorf("headers %v, want %v\n%s", got.keys, want, msg)
			}
			if !reflect.DeepEqual(got.to, tt.to) {
				t.Errorf("To %s, want %s\n%s", draftAddresses(got.to), draftAddresses(tt.to), msg)
			}
			if got.subject != tt.subject {
				t.Errorf("subject %q, want %q", got.subject, tt.subject)
			}
			if got.body != "Hei,\n" {
				t.Errorf("body %q, want %q", got.body, "Hei,\n")
			}
		})
	}
}

func TestEmailDraftExactHeader(t *testing.T) {
	got := string(EmailDraft(Document{Subject: "Ny kontakt fra mandag", Body: "Hei Kari,\n", To: "kari@kunde.no", ToName: "Kari Åsheim"}))
	want := "To: =?utf-8?q?Kari_=C3=85sheim?= <kari@kunde.no>\r\n" +
		"Subject: Ny kontakt fra mandag\r\n" +
		"X-Unsent: 1\r\n" +
		"MIME-Version: 1.0\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n" +
		"Content-Transfer-Encoding: quoted-printable\r\n" +
		"\r\n" +
		"Hei Kari,\r\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func FuzzEmailDraft(f *testing.F) {
	f.Add("Ny kontakt fra 11. oktober", "Hei Kari,\n\nTakk.\n", "Kari Åsheim", "kari@kunde.no")
	f.Add("Hei\r\nBcc: spy@evil.example", "a\r\n.\r\n", "Ola <spy@evil.example>, x", "kari@kunde.no\r\nCc: x@y.z")
	f.Add(strings.Repeat("ø", 100), strings.Repeat("=", 200), strings.Repeat("a", 90), "a@b.c")
	f.Add("=?utf-8?b?SGVp?=", "\x00\xff", "\"\\", "<a@b.c>")
	f.Fuzz(func(t *testing.T, subject, body, name, to string) {
		msg := EmailDraft(Document{Subject: subject, Body: body, ToName: name, To: to})
		checkDraftShape(t, msg)
		got := parseDraft(t, msg)
		_, withTo := draftRecipient(to)
		want := keysWithoutTo
		if withTo {
			want = keysWithTo
		}
		if !slices.Equal(got.keys, want) {
			t.Fatalf("headers %v, want %v\n%s", got.keys, want, msg)
		}
		if withTo && (len(got.to) != 1 || got.to[0].Address != strings.TrimSpace(to) || got.to[0].Name != headerText(name)) {
			t.Fatalf("To %s, want {%s | %s}\n%s", draftAddresses(got.to), headerText(name), strings.TrimSpace(to), msg)
		}
		if got.subject != headerText(subject) {
			t.Fatalf("subject %q, want %q\n%s", got.subject, headerText(subject), msg)
		}
		wantBody := strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(body)
		if !strings.HasSuffix(wantBody, "\n") {
			wantBody += "\n"
		}
		if got.body != wantBody {
			t.Fatalf("body %q, want %q", got.body, wantBody)
		}
	})
}

func TestEmailDraftAllocations(t *testing.T) {
	d := kariLetterNB()
	allocbudget.Check(t, "EmailDraft", 28, func() { EmailDraft(d) })
}

func BenchmarkEmailDraft(b *testing.B) {
	d := kariLetterNB()
	b.ReportAllocs()
	for b.Loop() {
		EmailDraft(d)
	}
}
