package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"zhnews"
	"zhnews/extract/numbers"
	"zhnews/internal/rx"
	"zhnews/segment"
)

// withArticles returns texts with the bundled articles after them.
func withArticles(t testing.TB, texts []string) []string {
	t.Helper()
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no bundled articles: %v", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	return texts
}

// The keyword index finds the same sentences as testing each sentence.
func TestSentencesWithMatchesContains(t *testing.T) {
	texts := []string{
		"医院有党员260名。党委下设9个党支部！\n全院职工1500人,党员占三成",
		"黨員党员党员。。\n\n支部",
		"",
		"没有关键词的一句话。",
		"𠀀党员\xff党支部",
	}
	texts = withArticles(t, texts)
	keywordSets := [][]string{
		{"党员"}, {"党支部", "支部"}, {"排", "居", "列", "位于"}, {"于1", "于2", "成立"},
		{"。"}, {"不在文中的词"}, {"党员", "党员"}, {"𠀀"},
	}
	var all []string
	for _, kw := range keywordSets {
		all = append(all, kw...)
	}
	set := newKeywordSet(append(all, "", "𠀀"))
	for i, text := range texts {
		d := NewDoc(text, nil)
		withSet := newDoc(text, nil, set) // the pipeline's way: all words in one pass
		for _, kw := range keywordSets {
			var want []segment.Sentence
			for _, s := range d.Sentences {
				if containsAny(s.Text, kw) {
					want = append(want, s)
				}
			}
			got, gotSet := d.sentencesWith(kw), withSet.sentencesWith(kw)
			if len(got) == 0 && len(want) == 0 && len(gotSet) == 0 {
				continue
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("text %d, %v: index finds %d sentences, testing each %d", i, kw, len(got), len(want))
			}
			if !reflect.DeepEqual(gotSet, want) {
				t.Errorf("text %d, %v: one pass finds %d sentences, testing each %d", i, kw, len(gotSet), len(want))
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

// suffixAt, scanning runes, finds what hospitalSuffix finds.
func TestSuffixAtIsTheExpression(t *testing.T) {
	texts := []string{"", "院", "医院院", "卫生院医院保健院", "学院医学院", "卫生卫生院", "医院\xff院医院", "医医院", "医学中心防治院疗养院"}
	texts = withArticles(t, texts)
	for _, text := range texts {
		var want [][2]int
		runeAt := runeIndex(text)
		for _, loc := range hospitalSuffix.FindAllStringIndex(text, -1) {
			want = append(want, [2]int{runeAt(loc[0]), runeAt(loc[1])})
		}
		var got [][2]int
		rs := []rune(text)
		for i := 0; i < len(rs); i++ {
			if s, e, ok := suffixAt(rs, i); ok {
				got = append(got, [2]int{s, e})
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("suffixAt over %.30q = %v, the expression finds %v", text, got, want)
		}
	}
}

// BenchmarkExtractArticles runs the extractors over the bundled articles,
// as the pipeline does (decoding, cleaning and segmentation excluded).
func BenchmarkExtractArticles(b *testing.B) {
	seg, err := segment.Default()
	if err != nil {
		b.Fatal(err)
	}
	texts := withArticles(b, nil)
	var toks [][]segment.Token
	size := 0
	for _, text := range texts {
		toks = append(toks, seg.Segment(text))
		size += len(text)
	}
	p := New()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, text := range texts {
			a := zhnews.Article{Text: text}
			p.Run(&a, toks[k])
		}
	}
}

// An expression tried only where its matches can begin (findChanges,
// FindAllFrom) finds what it finds over the whole sentence.
func TestAnchoredIsTheExpression(t *testing.T) {
	texts := []string{
		"党员数量从1954年建院初期的4名,发展到如今的739名。",
		"黨員數量從1954年建院初期的4名,發展到如今的739名。",
		"由原来的11个支部优化至20个,由原来的11个支部优化至21个。",
		"职工由1000人增加到1500人,党员由100名增加为200名。",
		"从从由3个党支部到5个党支部",
		"医院始建于1939年,1958年建院,2001年医院正式成立。创建于 1900 年。",
		"医院创建于一九五六年,民国46年7月1日创院,自111年11月11日成立以来,12346年建院,1950年,医院建院之初1960年建院。",
		"把过去的12个党支部调整为目前的19个党支部,把6个支部改为10个。",
		"在全国1521家医院中位列第357名,排名第一,居全省第3位,名列前茅,位居全国100强第12位。",
		"排排名第2名位位列第3名",
		"位居全省榜首,排在首位,居首位,荣登榜首",
		"先后荣获“全国文明单位”,喜获斩获获得荣誉,被评为、被授予、获评为省级文明单位,蝉联荣膺问鼎",
	}
	texts = withArticles(t, texts)
	type anchored struct {
		name  string
		re    *rx.Regexp
		found func(d *Doc) []Match
		reads func(sentence string) bool // the sentences the search reads
	}
	changes := func(s string) bool {
		return strings.ContainsAny(s, "从由将把") && strings.ContainsAny(s, "到至为") && len(numbers.FindAll(s)) >= 2
	}
	var cases []anchored
	for _, ex := range Extractors() {
		if r, ok := ex.(*countRule); ok {
			cases = append(cases,
				anchored{r.metric + " change noun", r.changeNoun, func(d *Doc) []Match { return d.findChanges(r.changeNoun, r.keywordList) }, changes},
				anchored{r.metric + " change from", r.changeFrom, func(d *Doc) []Match { return d.findChanges(r.changeFrom, changeStarts) }, changes})
		}
	}
	for _, re := range []*rx.Regexp{rankOrdinal, rankPlain, rankTop} {
		cases = append(cases, anchored{"ranking " + re.String()[:12], re, func(d *Doc) []Match { return d.FindAllFrom(re, rankKeywords, rankVerbStarts) },
			func(s string) bool { return containsAny(s, rankKeywords) }})
	}
	cases = append(cases, anchored{"award verb", awardVerb, func(d *Doc) []Match {
		var out []Match
		for _, s := range d.sentencesWith(awardKeywords) {
			out = append(out, matchesFrom(s, awardVerb, awardVerbStarts)...)
		}
		return out
	}, func(s string) bool { return containsAny(s, awardKeywords) }})
	foundingSentences := func(s string) bool { return containsAny(s, foundingKeywords) }
	cases = append(cases, anchored{"founding verb", foundedAfter, func(d *Doc) []Match { return d.FindAllFrom(foundedAfter, foundingKeywords, verbStarts) }, foundingSentences})
	for _, re := range yearFirstRules {
		cases = append(cases, anchored{"founding " + re.String()[:12], re, func(d *Doc) []Match {
			var out []Match
			for _, s := range d.sentencesWith(foundingKeywords) {
				out = append(out, yearFirstMatches(s, yearsIn(s.Text), re)...)
			}
			return out
		}, foundingSentences})
	}
	for _, c := range cases {
		whole := regexp.MustCompile(strings.TrimPrefix(c.re.String(), "^"))
		for _, text := range texts {
			d := NewDoc(text, nil)
			var got, want []string
			for _, m := range c.found(d) {
				got = append(got, fmt.Sprint(m.Sentence.Start, m.Loc))
			}
			for _, s := range d.Sentences {
				if !c.reads(s.Text) {
					continue
				}
				for _, loc := range whole.FindAllStringSubmatchIndex(s.Text, -1) {
					want = append(want, fmt.Sprint(s.Start, loc))
				}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: %.20q: found %v, the expression finds %v", c.name, text, got, want)
			}
		}
	}
}

// Slice cuts the text where its runes would: every span of texts with
// one-, two-, three- and four-byte runes, and of one with invalid bytes
// (each a U+FFFD rune, as []rune makes it).
func TestSliceIsRuneSlice(t *testing.T) {
	texts := []string{
		"",
		"abc",
		"医院ICU病房共有床位40张,住院部3号楼。",
		"醫院Ω病床😀120張,é,而且第二十一個黨支部成立於2001年,共有黨員三百二十五名。",
		"坏\xff字节\xe5\x8c在中间,医院共有职工1200人",
	}
	for _, text := range texts {
		d := NewDoc(text, nil)
		rs := []rune(text)
		for from := -1; from <= len(rs)+1; from++ {
			for to := from - 1; to <= len(rs)+2; to++ {
				want := ""
				if f, e := max(from, 0), min(to, len(rs)); f < e {
					want = string(rs[f:e])
				}
				if got := d.Slice(from, to); got != want {
					t.Fatalf("Slice(%d, %d) of %q = %q, want %q", from, to, text, got, want)
				}
			}
		}
	}
}
