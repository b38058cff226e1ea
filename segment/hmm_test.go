package segment

import (
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// hmmCases are texts for each way gse's HMM cut takes a piece off: Han
// runs (short, long, names, characters the model lacks, characters
// outside the BMP), numbers with decimals and without, latin words, the
// two mixed, what lies between (punctuation, spaces, full-width forms,
// other scripts' letters and digits, emoji, invalid bytes).
var hmmCases = []string{
	"",
	"医",
	"王小明",
	"欧阳娜娜",
	"张晓明和李建国",
	"醫院黨委書記王建國",
	"1.5",
	"1.5.6",
	"12.",
	".5",
	"1..2",
	"3.14159abc",
	"abc123def",
	"a1.5",
	"x.y",
	"12ab.5",
	"第1.5版",
	"2021年3月5日",
	"COVID-19疫苗",
	"HIS系统",
	"ＡＢＣ１２３",
	"１．５床",
	"💊药房🏥医院",
	"\xff\xfe医院\x80党委",
	"医\xe5\x8c",
	"\xe5\x8c医",
	"\u3000 \t\n",
	"〇々〆",
	"⺀⻳⼀",
	"𠀀𠀁𪚥医院",
	"豈更車",
	"été café",
	"١٢٣ ٤.٥",
	"。，、；：？！",
	"——……",
	"a",
	"1",
	"𠀀",
	"\x80",
}

// hmmRuns returns the runs the DAG cut hands to the HMM when it cuts the
// bundled articles (whole lines and the pieces Segment cuts), each once.
func hmmRuns(t testing.TB, g *Gse) []string {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no articles in ../testdata/articles")
	}
	seen := map[string]bool{}
	var runs []string
	record := func(dst []string, run string) []string {
		if !seen[run] {
			seen[run] = true
			runs = append(runs, run)
		}
		return g.hmm.appendCut(dst, run)
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(raw), "\n") {
			cutDAG(g.seg, g.words, record, line, nil)
		}
		for _, c := range chunks(string(raw), Sentences(string(raw))) {
			cutDAG(g.seg, g.words, record, c.text, nil)
		}
	}
	return runs
}

func TestHMMMatchesGse(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	runs := hmmRuns(t, g)
	if len(runs) < 100 {
		t.Fatalf("only %d runs from the articles", len(runs))
	}
	texts := append(slices.Clone(hmmCases), runs...)
	// Long runs: of Han characters, of latin words, of both, of
	// punctuation.
	texts = append(texts,
		strings.Repeat("本溪市中心医院精心设置基层党支部", 40),
		strings.Repeat("abc 1.5 ", 200),
		strings.Repeat("医院HIS系统3.0版、", 60),
		strings.Repeat("，", 500),
		strings.Join(runs, ""),
	)
	for _, s := range texts {
		want := g.seg.HMMCut(s)
		if got := g.hmm.appendCut(nil, s); !slices.Equal(got, want) {
			t.Errorf("appendCut(%q)\n got %q\nwant %q", s, got, want)
		}
	}
	t.Logf("%d runs from the articles, %d texts", len(runs), len(texts))
}

// Every Han character, the model's and the others, in runs of neighbours
// and in random runs, at every position of a run.
func TestHMMEveryHanCharacter(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var han []rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.Is(unicode.Han, r) {
			han = append(han, r)
		}
	}
	check := func(s string) {
		t.Helper()
		want := g.seg.HMMCut(s)
		if got := g.hmm.appendCut(nil, s); !slices.Equal(got, want) {
			t.Fatalf("appendCut(%q)\n got %q\nwant %q", s, got, want)
		}
	}
	for i := 0; i < len(han); i += 37 {
		check(string(han[i:min(i+37, len(han))]))
	}
	// The model's characters, in random runs of 1 to 40.
	var known []rune
	for _, r := range han {
		if g.hmm.emission(r) != &g.hmm.emit[0] {
			known = append(known, r)
		}
	}
	if len(known) < 10000 {
		t.Fatalf("the model knows %d Han characters", len(known))
	}
	rng := rand.New(rand.NewSource(14))
	for range 20000 {
		run := make([]rune, 1+rng.Intn(40))
		for j := range run {
			run[j] = known[rng.Intn(len(known))]
		}
		check(string(run))
	}
}

// isHan is \p{Han} as Go's regular expressions read it, for every rune.
func TestIsHan(t *testing.T) {
	re := regexp.MustCompile(`^\p{Han}$`)
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		if got, want := isHan(r), re.MatchString(string(r)); got != want {
			t.Fatalf("isHan(%U) = %v, regexp says %v", r, got, want)
		}
	}
}

func FuzzHMM(f *testing.F) {
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range hmmCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4*maxChunk {
			// gse's HMM is quadratic in a run.
			s = s[:4*maxChunk]
		}
		want := g.seg.HMMCut(s)
		if got := g.hmm.appendCut(nil, s); !slices.Equal(got, want) {
			t.Fatalf("appendCut(%q)\n got %q\nwant %q", s, got, want)
		}
	})
}

// BenchmarkHMM compares gse's HMMCut with appendCut on the runs the DAG
// cut hands to the HMM in the bundled articles.
func BenchmarkHMM(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	runs := hmmRuns(b, g)
	size := 0
	for _, r := range runs {
		size += len(r)
	}
	b.Run("gse", func(b *testing.B) {
		b.SetBytes(int64(size))
		for i := 0; i < b.N; i++ {
			for _, r := range runs {
				g.seg.HMMCut(r)
			}
		}
	})
	b.Run("appendCut", func(b *testing.B) {
		b.SetBytes(int64(size))
		var dst []string
		for i := 0; i < b.N; i++ {
			for _, r := range runs {
				dst = g.hmm.appendCut(dst[:0], r)
			}
		}
	})
}
