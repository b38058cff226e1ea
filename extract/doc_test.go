package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"zhnews/segment"
)

// The keyword index finds the same sentences as testing each sentence.
func TestSentencesWithMatchesContains(t *testing.T) {
	texts := []string{
		"医院有党员260名。党委下设9个党支部！\n全院职工1500人,党员占三成",
		"黨員党员党员。。\n\n支部",
		"",
		"没有关键词的一句话。",
	}
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	keywordSets := [][]string{
		{"党员"}, {"党支部", "支部"}, {"排", "居", "列", "位于"}, {"于1", "于2", "成立"},
		{"。"}, {"不在文中的词"}, {"党员", "党员"},
	}
	for i, text := range texts {
		d := NewDoc(text, nil)
		for _, kw := range keywordSets {
			var want []segment.Sentence
			for _, s := range d.Sentences {
				if containsAny(s.Text, kw) {
					want = append(want, s)
				}
			}
			got := d.sentencesWith(kw)
			if len(got) == 0 && len(want) == 0 {
				continue
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("text %d, %v: index finds %d sentences, testing each %d", i, kw, len(got), len(want))
			}
			// A view tests its own sentences.
			if v := d.withSentences(want); !reflect.DeepEqual(v.sentencesWith(kw), want) {
				t.Errorf("text %d, %v: a view finds other sentences", i, kw)
			}
		}
	}
}

func TestNumbersIn(t *testing.T) {
	d := NewDoc("共有党员1,260名,职工两千余人。2023年增加十二个", nil)
	var got []string
	for _, s := range d.Sentences {
		for _, n := range d.numbersIn(s) {
			got = append(got, s.Text[n[0]:n[1]])
		}
	}
	want := []string{"1,260", "两千余", "2023", "十二"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("numbers %q, want %q", got, want)
	}
}
