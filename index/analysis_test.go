package index

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"zhnews"
	"zhnews/segment"
)

// The tokens AnalyzeText makes from the pipeline's words are the "zh"
// analyzer's tokens of the text: the same terms, each at the same
// positions and offsets, and as many tokens.
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
		"ÉCOLE Ärzte ΣΟΦΙΑ Ｗｉ-Ｆｉ 中心医院ICU病房 做ＣＴ检查 ＭＲＩ室 和平医院和平医院 人民医院人民医院人民医院",
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
		stream := an.Analyze([]byte(text))
		want := analysis.TokenFrequency(stream, nil, bleveindex.IndexField|bleveindex.IncludeTermVectors)
		if tt.length != len(stream) {
			t.Errorf("text %d: %d tokens, the analyzer %d", i, tt.length, len(stream))
		}
		if !reflect.DeepEqual(tt.freqs, want) {
			t.Errorf("text %d: %d terms, the analyzer %d; first difference %s", i, len(tt.freqs), len(want), firstDiff(tt.freqs, want))
		}
	}
	// A text the script conversion would change is left to the analyzer.
	if tt := AnalyzeText("醫院黨委", seg.Segment("醫院黨委")); tt != nil {
		t.Errorf("tokens for a traditional text: %v", tt.freqs)
	}
}

func firstDiff(got, want bleveindex.TokenFrequencies) string {
	for term, w := range want {
		g, ok := got[term]
		if !ok {
			return fmt.Sprintf("%q missing", term)
		}
		if !reflect.DeepEqual(g, w) {
			return fmt.Sprintf("%q: %d at %v, the analyzer %d at %v", term, g.Frequency(), locs(g), w.Frequency(), locs(w))
		}
	}
	for term := range got {
		if _, ok := want[term]; !ok {
			return fmt.Sprintf("%q not the analyzer's", term)
		}
	}
	return "none"
}

func locs(tf *bleveindex.TokenFreq) []bleveindex.TokenLocation {
	var out []bleveindex.TokenLocation
	for _, l := range tf.Locations {
		out = append(out, *l)
	}
	return out
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

// FuzzAnalyzeText: on any text, AnalyzeText does not panic, and when it
// makes tokens they are the analyzer's.
func FuzzAnalyzeText(f *testing.F) {
	an, err := registry.NewCache().DefineAnalyzer(AnalyzerChinese, analyzerConfig)
	if err != nil {
		f.Fatal(err)
	}
	seg, err := segment.Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"医院党委下设22个基层党支部", "ＭＲＩ室 ΣΟΦΙΑ", "a\xffb党支部", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		tt := AnalyzeText(text, seg.Segment(text))
		if tt == nil {
			return
		}
		stream := an.Analyze([]byte(text))
		want := analysis.TokenFrequency(stream, nil, bleveindex.IndexField|bleveindex.IncludeTermVectors)
		if tt.length != len(stream) || !reflect.DeepEqual(tt.freqs, want) {
			t.Fatalf("%q: %d tokens, the analyzer %d; first difference %s", text, tt.length, len(stream), firstDiff(tt.freqs, want))
		}
	})
}

// A text longer than the tokens that keep their locations is still found
// by every word and counted whole; phrases and snippets reach into its
// located part only.
func TestLongTextLocatedInPart(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "医院党委召开党建工作会议。" + strings.Repeat("职工代表参加活动。", 20) + "儿科门诊搬迁到新大楼。"
	words := seg.Segment(text)
	whole := analyzeText(seg, text, words, maxLocatedTokens)
	part := analyzeText(seg, text, words, 8)
	if part.length != whole.length {
		t.Errorf("%d tokens counted, want %d", part.length, whole.length)
	}
	located := 0
	for term, tf := range part.freqs {
		located += len(tf.Locations)
		if w := whole.freqs[term]; w == nil || w.Frequency() != tf.Frequency() {
			t.Errorf("%q counted %d times, want %v", term, tf.Frequency(), w)
		}
	}
	if located != 8 {
		t.Errorf("%d tokens located, want 8", located)
	}

	x, err := Open(filepath.Join(t.TempDir(), "long.bleve"))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	b := x.NewBatch()
	if err := b.AddAnalysed(zhnews.Article{ID: "long", Title: "长文", Text: text}, part); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		query string
		hits  int
	}{
		{"儿科", 1},       // a word after the located part: found by its count
		{`"党建工作"`, 1},   // a phrase inside it
		{`"搬迁到新大楼"`, 0}, // a phrase after it has no positions to match
	} {
		res, err := x.Search(Query{Text: tt.query, Limit: 5})
		if err != nil {
			t.Fatalf("%s: %v", tt.query, err)
		}
		if len(res.Hits) != tt.hits {
			t.Errorf("%s: %d hits, want %d", tt.query, len(res.Hits), tt.hits)
		}
	}
}
