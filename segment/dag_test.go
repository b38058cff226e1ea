package segment

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// cutDAGCases are texts whose cut takes each path of the DAG: dictionary
// words, single characters left to the HMM (names), a run of single
// characters that is a dictionary word itself, latin words in both cases,
// digits, full-width forms, symbols, emoji and invalid bytes.
var cutDAGCases = []string{
	"",
	"医",
	"院长张晓明和副院长欧阳娜娜到瑞金医院调研。",
	"醫院黨委書記王建國在會上講話。",
	"HIS系统上线,CT、MRI检查预约时间缩短30%。",
	"Hospital of PKU 北京大学第三医院 2021年",
	"ＡＢＣ医院１２３床，床位数达到一千二百张",
	"💊药房🏥医院 ★★★ ※ ——",
	"\xff\xfe医院\x80党委",
	"的的的的的的的的",
	"abc def ghi, 1.5.6 x-y_z",
	"\t\n  医院 \u3000 党支部  ",
}

func TestCutDAGMatchesGse(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := append([]string(nil), cutDAGCases...)
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no articles in ../testdata/articles")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// Pieces of the size Segment hands to gse, and whole lines.
		texts = append(texts, strings.Split(string(raw), "\n")...)
		for _, c := range chunks(string(raw), Sentences(string(raw))) {
			texts = append(texts, c.text)
		}
	}
	// One scratch for all, as Segment uses one for a text's pieces: what
	// a longer text left in it must not change a shorter one's words.
	var scratch dagScratch
	for _, s := range texts {
		want := g.seg.Cut(s, true)
		if got := cutDAG(g.seg, g.words, g.hmm.appendCut, s, &scratch); !reflect.DeepEqual(got, want) {
			t.Errorf("cutDAG(%q)\n got %q\nwant %q", s, got, want)
		}
	}
}

func FuzzCutDAG(f *testing.F) {
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range cutDAGCases {
		f.Add(s)
	}
	var scratch dagScratch
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2*maxChunk {
			// gse's HMM is quadratic on long non-Chinese runs; Segment
			// never hands it more than a chunk.
			s = s[:2*maxChunk]
		}
		want := g.seg.Cut(s, true)
		if got := cutDAG(g.seg, g.words, g.hmm.appendCut, s, &scratch); !reflect.DeepEqual(got, want) {
			t.Fatalf("cutDAG(%q)\n got %q\nwant %q", s, got, want)
		}
	})
}

// BenchmarkCut compares gse's Cut with cutDAG on the same sentences.
func BenchmarkCut(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("本溪市中心医院精心设置22个基层党支部、66个党小组,实现内设机构党组织全覆盖。", 4)
	b.Run("gse", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for i := 0; i < b.N; i++ {
			g.seg.Cut(text, true)
		}
	})
	b.Run("cutDAG", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		var scratch dagScratch
		for i := 0; i < b.N; i++ {
			cutDAG(g.seg, g.words, g.hmm.appendCut, text, &scratch)
		}
	})
}

// The trie inside gse's dictionary is reached (newDictWords), and walking
// it a character at a time finds what looking each word up whole finds.
func TestDictWordsReachesTrie(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if g.words.trie == nil {
		t.Fatal("newDictWords found no trie in gse's Dictionary: has gse changed its fields?")
	}
	whole := dictWords{dict: g.words.dict}
	for _, s := range append(cutDAGCases, "中华人民共和国国务院卫生健康委员会", "醫院黨支部", "ICU病房abc123") {
		b := []byte(s)
		node, wholeNode := 0, 0
		done := 0
		for _, r := range s {
			end := done + utf8.RuneLen(r)
			var freq, wantFreq float64
			var ok, wantOK bool
			node, freq, ok = g.words.extend(node, b[:end], done)
			wholeNode, wantFreq, wantOK = whole.extend(wholeNode, b[:end], done)
			if freq != wantFreq || ok != wantOK {
				t.Fatalf("extend(%q) = %v, %v; looked up whole: %v, %v", b[:end], freq, ok, wantFreq, wantOK)
			}
			if !ok {
				break
			}
			done = end
		}
	}
}
