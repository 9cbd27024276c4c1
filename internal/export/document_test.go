package export

import (
	"reflect"
	"testing"
)

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name string
		doc  Document
		want []Paragraph
	}{
		{
			name: "a composed letter: the signature gets room above the name",
			doc:  Document{SenderName: "Ola Nordmann", Body: "Hei Kari,\n\nJeg slutter.\nTakk.\n\nMed vennlig hilsen\nOla Nordmann\nRådgiver\nFjord AS\n"},
			want: []Paragraph{
				{Lines: []string{"Hei Kari,"}},
				{Lines: []string{"Jeg slutter.", "Takk."}},
				{Lines: []string{"Med vennlig hilsen"}},
				{Lines: []string{"Ola Nordmann", "Rådgiver", "Fjord AS"}, SignatureGap: true},
			},
		},
		{
			name: "an edit with CR-free blank lines of spaces and several blank lines",
			doc:  Document{SenderName: "Ola", Body: "Hi,\n   \n\n\nText  \n\nBest wishes,\n  Ola\n"},
			want: []Paragraph{
				{Lines: []string{"Hi,"}},
				{Lines: []string{"Text"}},
				{Lines: []string{"Best wishes,"}},
				{Lines: []string{"  Ola"}, SignatureGap: true},
			},
		},
		{
			name: "the name removed from the text: no gap is made up",
			doc:  Document{SenderName: "Ola", Body: "Hi,\n\nBest wishes"},
			want: []Paragraph{{Lines: []string{"Hi,"}}, {Lines: []string{"Best wishes"}}},
		},
		{
			name: "the name alone as the first line of the last paragraph is not split",
			doc:  Document{SenderName: "Ola", Body: "Hi,\n\nOla\nFjord AS"},
			want: []Paragraph{{Lines: []string{"Hi,"}}, {Lines: []string{"Ola", "Fjord AS"}}},
		},
		{
			name: "an empty body",
			doc:  Document{SenderName: "Ola", Body: "\n\n"},
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.doc.Paragraphs(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Paragraphs() =\n%#v\nwant\n%#v", got, tt.want)
			}
		})
	}
}
