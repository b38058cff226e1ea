package segment

import (
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestSentencesCoverText(t *testing.T) {
	tests := []string{
		"",
		"医院。党委！书记？好；\n下一行",
		strings.Repeat("abc def ghi, ", 100),
		strings.Repeat("很长的没有标点的句子", 50),
		"末尾没有标点",
	}
	for _, limit := range []int{maxSentence, 600} {
		for _, text := range tests {
			var b strings.Builder
			prevEnd := 0
			for _, s := range SentencesUpTo(text, limit) {
				if s.Start != prevEnd {
					t.Errorf("sentence starts at %d, previous ended at %d", s.Start, prevEnd)
				}
				if n := utf8.RuneCountInString(s.Text); s.End-s.Start != n || n > limit {
					t.Errorf("sentence %q: offsets %d-%d for %d runes", s.Text, s.Start, s.End, n)
				}
				prevEnd = s.End
				b.WriteString(s.Text)
			}
			if b.String() != text {
				t.Errorf("sentences do not cover %q", text)
			}
		}
	}
}

// A sentence longer than the segmenter's pieces is one sentence up to a
// higher limit, and cut at its last comma before the limit past it.
func TestSentencesUpTo(t *testing.T) {
	long := strings.Repeat("甲市人民医院、", 40) + "乙县中医院。" // 286 runes
	if got := SentencesUpTo(long, 600); len(got) != 1 {
		t.Errorf("SentencesUpTo(600): %d sentences, want 1", len(got))
	}
	if got := Sentences(long); len(got) != 2 || !strings.HasSuffix(got[0].Text, "、") {
		t.Errorf("Sentences: %d sentences, want 2 cut after a 、", len(got))
	}
	if got := Sentences(long); len(got) > 0 && got[0].Text != SentencesUpTo(long, maxSentence)[0].Text {
		t.Errorf("Sentences and SentencesUpTo(maxSentence) differ")
	}
}

func TestSegmentOffsets(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "本溪市中心医院精心设置22个基层党支部、66个党小组。\n医院现有职工1572名,党委下设九个支部。"
	runes := []rune(text)
	toks := g.Segment(text)
	if len(toks) == 0 {
		t.Fatal("no tokens")
	}
	var words []string
	for _, tok := range toks {
		if got := string(runes[tok.Start:tok.End]); got != tok.Text {
			t.Errorf("token %q at %d-%d reads %q", tok.Text, tok.Start, tok.End, got)
		}
		words = append(words, tok.Text)
	}
	joined := " " + strings.Join(words, " ") + " "
	for _, w := range []string{"党支部", "党小组", "22", "1572", "职工"} {
		if !strings.Contains(joined, " "+w+" ") {
			t.Errorf("no token %q in %v", w, words)
		}
	}
}

// gse's HMM mode is quadratic on long runs of non-Chinese text; cutting
// sentences first keeps segmentation linear. 1 MB of English, numbers
// and code must take about as long per byte as 100 KB.
func TestSegmentLinearOnNonChinese(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	unit := "abc def ghi, 12345 678.9 func main() { fmt.Println(\"x\") } 医院 "
	small := strings.Repeat(unit, 100_000/len(unit))
	large := strings.Repeat(unit, 1_000_000/len(unit))
	// The fastest of three runs: one run can meet a collection or a busy
	// machine's other processes (one such run took 48 times 100 KB's).
	timeIt := func(s string) time.Duration {
		best := time.Duration(math.MaxInt64)
		for range 3 {
			start := time.Now()
			g.Segment(s)
			best = min(best, time.Since(start))
		}
		return best
	}
	timeIt(small) // warm up
	ts, tl := timeIt(small), timeIt(large)
	perByteSmall := float64(ts) / float64(len(small))
	perByteLarge := float64(tl) / float64(len(large))
	t.Logf("100 KB: %v, 1 MB: %v", ts, tl)
	if perByteLarge > 4*perByteSmall || tl > 20*time.Second {
		t.Errorf("not linear: 100 KB in %v, 1 MB in %v", ts, tl)
	}
}

func ExampleSentences() {
	for _, s := range Sentences("医院有党员260名。下设7个党支部。") {
		fmt.Println(s.Start, s.End, s.Text)
	}
	// Output:
	// 0 10 医院有党员260名。
	// 10 18 下设7个党支部。
}

func FuzzSegment(f *testing.F) {
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("医院有党员260名。")
	f.Add("\xff\xfe abc")
	f.Fuzz(func(t *testing.T, s string) {
		runes := []rune(s)
		for _, tok := range g.Segment(s) {
			if tok.Start < 0 || int(tok.End) > len(runes) || tok.Start >= tok.End {
				t.Fatalf("token %+v outside %d runes", tok, len(runes))
			}
		}
	})
}

func BenchmarkSegment(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("本溪市中心医院精心设置22个基层党支部、66个党小组,实现内设机构党组织全覆盖。", 100)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.Segment(text)
	}
}

func TestSegmentKeepsLatinWords(t *testing.T) {
	g, _ := Default()
	toks := g.Segment("录入HIS系统")
	if len(toks) < 2 || toks[1].Text != "HIS" || toks[1].Start != 2 || toks[1].End != 5 {
		t.Errorf("tokens %v", toks)
	}
}

// A long text is cut in parts on several cores: the tokens are those of
// the text cut in one part, wherever the parts begin.
func TestSegmentPartsAgree(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"",
		"医院",
		strings.Repeat("本溪市中心医院设置22个基层党支部、66个党小组。\n录入HIS系统,Hospital Information System。\xff\xfe  ", 40),
		strings.Repeat("很长的没有标点的句子", 200),
		strings.Repeat("abc def ghi, 12345 678.9 ", 300),
	}
	for _, text := range texts {
		want := g.segment(text, 1)
		for _, n := range []int{2, 3, 7, 1000} {
			if got := g.segment(text, n); !reflect.DeepEqual(got, want) {
				t.Errorf("%d parts of %.20q: %d tokens, one part: %d", n, text, len(got), len(want))
			}
		}
	}
}

// An ASCII full stop ends a Chinese sentence where Han text stands on both
// sides (a bracket or quote may close before it); decimals, addresses and
// list numbers stay inside their sentence.
func TestSentencesAtASCIIFullStops(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"医院由三所医院合并而成.医院共有职工800名.", []string{"医院由三所医院合并而成.", "医院共有职工800名."}},
		{"醫院由三所醫院合併而成.醫院共有職工800名.", []string{"醫院由三所醫院合併而成.", "醫院共有職工800名."}},
		{"新院由甲医院、乙医院组成(均在市区).医院现有床位600张", []string{"新院由甲医院、乙医院组成(均在市区).", "医院现有床位600张"}},
		{"总投资3.5亿元,详见www.example.com.cn网站", []string{"总投资3.5亿元,详见www.example.com.cn网站"}},
		{"1.医院概况", []string{"1.医院概况"}},
		{"见图(1).图中", []string{"见图(1).图中"}},
		{"入选“中国医院竞争力.县级医院500强”。", []string{"入选“中国医院竞争力.县级医院500强”。"}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Sentences(tt.text) {
			got = append(got, s.Text)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Sentences(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
