package index

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zhnews"
	"zhnews/clean"
	"zhnews/dedupe"
	"zhnews/extract"
	"zhnews/segment"
)

// readTestArticles runs the bundled articles through the real stages.
func readTestArticles(t testing.TB) []zhnews.Article {
	t.Helper()
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	c, p := clean.New(), extract.New()
	var out []zhnews.Article
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := c.Clean(filepath.Base(f), raw)
		if err != nil {
			t.Fatal(err)
		}
		toks := seg.Segment(a.Text)
		p.Run(&a, toks)
		a.SimHash = dedupe.Format(dedupe.SimHash(toks))
		out = append(out, a)
	}
	return out
}

// relevanceQueries are queries a user of the bundled articles would type,
// in both scripts, with the article that should come first.
var relevanceQueries = []struct{ query, want string }{
	{"本溪市中心医院", "000"},
	{"蘇丙賀", "000"},
	{"精准检验中心", "000"},
	{"党小组 重症医学科", "000"},
	{"急危重症救治體系", "000"},
	{"郴州市第一人民医院", "001"},
	{"卓越實踐案例獎", "001"},
	{"黨建查房制度", "001"},
	{"雷冬竹", "001"},
	{"新提拔年轻高学历人才", "001"},
	{"德州市立医院", "003"},
	{"援疆 张松萍", "003"},
	{"段立新", "003"},
	{"黄河涯镇 义诊", "003"},
	{"普洱市人民医院", "004"},
	{"门急诊诊疗人次", "004"},
	{`"云南省三级公立医院"`, "004"},
	{"滿意度 99.79", "004"},
	{"多伦县 鼠疫", "002"},
	{"健康县域传媒", "002"},
	{"福清市醫院 創立", "002"},
	{"临时党支部 援湖北医疗队", "002"},
	{"宁国市先进党组织", "002"},
	{"中国县市医院党建文化之星", "002"},
}

// mrr is the mean reciprocal rank of the wanted article over the queries.
func mrr(t *testing.T, x *Index) (float64, []string) {
	t.Helper()
	var sum float64
	var misses []string
	for _, q := range relevanceQueries {
		res, err := x.Search(Query{Text: q.query, Limit: 10})
		if err != nil {
			t.Fatalf("%s: %v", q.query, err)
		}
		rank := 0
		for i, h := range res.Hits {
			if strings.HasPrefix(h.Source, q.want) {
				rank = i + 1
				break
			}
		}
		if rank > 0 {
			sum += 1 / float64(rank)
		}
		if rank != 1 {
			misses = append(misses, q.query)
		}
	}
	return sum / float64(len(relevanceQueries)), misses
}

func TestRelevanceMRR(t *testing.T) {
	arts := readTestArticles(t)
	scores := map[string]float64{}
	for _, analyzer := range []string{AnalyzerChinese, AnalyzerBigram} {
		x, err := OpenWith(filepath.Join(t.TempDir(), analyzer+".bleve"), analyzer)
		if err != nil {
			t.Fatal(err)
		}
		b := x.NewBatch()
		for _, a := range arts {
			b.Add(a)
		}
		if err := b.Commit(); err != nil {
			t.Fatal(err)
		}
		m, misses := mrr(t, x)
		scores[analyzer] = m
		t.Logf("%s: MRR %.3f over %d queries; not first: %v", analyzer, m, len(relevanceQueries), misses)
		x.Close()
	}
	if scores[AnalyzerChinese] < 0.9 {
		t.Errorf("MRR of the default analyzer %.3f, want at least 0.9", scores[AnalyzerChinese])
	}
}
