package index

import (
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"zhnews/segment"
)

// The tokens AnalyzeText makes from the pipeline's words are the "zh"
// analyzer's tokens of the text, term, offsets, position and type alike.
func TestAnalyzeTextIsTheAnalyzer(t *testing.T) {
	an, err := registry.NewCache().DefineAnalyzer(AnalyzerChinese, analyzerConfig)
	if err != nil {
		t.Fatal(err)
	}
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"医院党委下设22个基层党支部，HIS系统上线。",
		"The ICU of 人民医院 opened in 2020; 门急诊 12.5万人次 (CT, MRI)\n第二段：党小组。",
		"",
	}
	for _, a := range readTestArticles(t) {
		texts = append(texts, a.Text)
	}
	for i, text := range texts {
		tt := AnalyzeText(text, seg.Segment(text))
		if tt == nil {
			t.Fatalf("text %d: no tokens for a simplified text", i)
		}
		want := an.Analyze([]byte(text))
		if len(want) == 0 && len(tt.stream) == 0 {
			continue
		}
		if !reflect.DeepEqual(tt.stream, want) {
			t.Errorf("text %d: %d tokens, the analyzer %d; first difference %s", i, len(tt.stream), len(want), firstDiff(tt.stream, want))
		}
	}
	// A text the script conversion would change is left to the analyzer.
	if tt := AnalyzeText("醫院黨委", seg.Segment("醫院黨委")); tt != nil {
		t.Errorf("tokens for a traditional text: %v", tt.stream)
	}
}

func firstDiff(got, want analysis.TokenStream) string {
	for i := range min(len(got), len(want)) {
		if !reflect.DeepEqual(got[i], want[i]) {
			return fmt.Sprintf("at %d: %v, the analyzer %v", i, got[i], want[i])
		}
	}
	return "at the end"
}

// Searches of an index written with the pipeline's tokens find what they
// find in one whose analyzer cut the texts: the same hits, scores and
// snippets.
func TestAnalysedIndexSearchesTheSame(t *testing.T) {
	arts := readTestArticles(t)
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	var results [2][]Result
	for i, tokens := range []bool{false, true} {
		x, err := Open(filepath.Join(t.TempDir(), fmt.Sprint(i, ".bleve")))
		if err != nil {
			t.Fatal(err)
		}
		b := x.NewBatch()
		for _, a := range arts {
			var tt *TextTokens
			if tokens {
				tt = AnalyzeText(a.Text, seg.Segment(a.Text))
			}
			if err := b.AddAnalysed(a, tt); err != nil {
				t.Fatal(err)
			}
		}
		if err := b.Commit(); err != nil {
			t.Fatal(err)
		}
		for _, q := range append(append([]string{}, benchQueries...), "text:医院", `"党建工作"`) {
			res, err := x.Search(Query{Text: q, Limit: 20, Facets: true})
			if err != nil {
				t.Fatal(err)
			}
			res.Took = 0
			results[i] = append(results[i], res)
		}
		x.Close()
	}
	for i := range results[0] {
		if !reflect.DeepEqual(results[0][i], results[1][i]) {
			t.Errorf("query %d: analyser %+v\ntokens %+v", i, results[0][i], results[1][i])
		}
	}
}
