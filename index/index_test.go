package index

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/registry"

	"zhnews"
	"zhnews/dedupe"
	"zhnews/segment"
)

func testArticles() []zhnews.Article {
	a := zhnews.Article{
		Source: "a.txt", Title: "福清市医院党建引领促发展", Published: "2021-02-22", Script: "hant",
		Text:      "福建省福清市医院创立于1900年。医院现有职工1572名;党委下设九个支部,共有中共党员322名。",
		Hospitals: []zhnews.Hospital{{Name: "福清市医院", Province: "福建省", City: "福州市"}},
		Facts: []zhnews.Fact{
			{Hospital: "福清市医院", Metric: "staff", Value: int64(1572), Evidence: "医院现有职工1572名"},
			{Hospital: "福清市医院", Metric: "party_members", Value: int64(322), Evidence: "共有中共党员322名"},
		},
	}
	b := zhnews.Article{
		Source: "b.txt", Title: "普洱市人民医院医疗服务再上新台阶", Published: "2024-01", Script: "hans",
		Text:      "普洱市人民医院在全国1521家三级综合医院中位列第357名。全院门急诊诊疗110.73万人次。",
		Hospitals: []zhnews.Hospital{{Name: "普洱市人民医院", Province: "云南省", City: "普洱市"}},
		Facts:     []zhnews.Fact{{Hospital: "普洱市人民医院", Metric: "ranking", Value: int64(357), Total: 1521}},
	}
	for _, x := range []*zhnews.Article{&a, &b} {
		x.ID = zhnews.ArticleID(x.Text)
		x.Normalize()
	}
	return []zhnews.Article{a, b}
}

// openWith is an open index, in a temporary folder, of arts.
func openWith(t testing.TB, arts ...zhnews.Article) *Index {
	t.Helper()
	path := filepath.Join(t.TempDir(), "t.bleve")
	buildAt(t, path, arts)
	x, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func TestSearchBothScripts(t *testing.T) {
	x := openWith(t, testArticles()...)
	defer x.Close()
	tests := []struct {
		query, want string
	}{
		{"党员", "a.txt"},
		{"黨員", "a.txt"},
		{"门急诊", "b.txt"},
		{"門急診", "b.txt"},
		{`"三级综合医院"`, "b.txt"},
		{"title:福清市医院", "a.txt"},
		{"+支部 -门急诊", "a.txt"},
	}
	for _, tt := range tests {
		res, err := x.Search(Query{Text: tt.query, Limit: 5})
		if err != nil {
			t.Fatalf("%s: %v", tt.query, err)
		}
		if len(res.Hits) == 0 || res.Hits[0].Source != tt.want {
			t.Errorf("search %q: hits %+v, want %s first", tt.query, res.Hits, tt.want)
		}
	}
}

func TestSearchFilters(t *testing.T) {
	x := openWith(t, testArticles()...)
	defer x.Close()
	for _, tt := range []struct {
		q    Query
		want int
	}{
		{Query{Province: "云南省"}, 1},
		{Query{Hospital: "福清市医院"}, 1},
		{Query{Since: "2022"}, 1},
		{Query{Until: "2021-12"}, 1},
		{Query{Text: "医院", Since: "2021", Until: "2024"}, 2},
		{Query{Text: "医院", Facets: true}, 2},
	} {
		res, err := x.Search(tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if int(res.Total) != tt.want {
			t.Errorf("%+v: %d hits, want %d", tt.q, res.Total, tt.want)
		}
	}
	res, _ := x.Search(Query{Text: "医院", Facets: true})
	if len(res.Facets["province"]) != 2 || len(res.Facets["metric"]) != 3 {
		t.Errorf("facets %+v", res.Facets)
	}
	if _, err := x.Search(Query{Since: "last week"}); err == nil {
		t.Error("a bad date is no error")
	}
}

// Re-ingesting an article replaces it and its facts, by id.
func TestReingestReplaces(t *testing.T) {
	arts := testArticles()
	x := openWith(t, arts...)
	defer x.Close()
	a := arts[0]
	a.Facts = a.Facts[:1]
	a.Source = "copy/a.txt"
	b := x.NewBatch()
	if err := b.Add(a); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if n, _ := x.Count(); n != 2 {
		t.Errorf("%d articles after re-ingest, want 2", n)
	}
	n, _ := x.bleve.DocCount()
	if n != 2+1+1 {
		t.Errorf("%d documents, want 2 articles and 2 facts (the stale fact removed)", n)
	}
	got, ok, err := x.Article(a.ID)
	if err != nil || !ok || got.Source != "copy/a.txt" || len(got.Facts) != 1 {
		t.Errorf("Article(%s) = %+v %v %v", a.ID, got, ok, err)
	}
	var ids []string
	x.Articles(func(a zhnews.Article) error { ids = append(ids, a.ID); return nil })
	if len(ids) != 2 {
		t.Errorf("Articles listed %v", ids)
	}
}

func TestGseTokenizer(t *testing.T) {
	cache := registry.NewCache()
	an, err := cache.DefineAnalyzer(AnalyzerChinese, analyzerConfig)
	if err != nil {
		t.Fatal(err)
	}
	var terms []string
	for _, tok := range an.Analyze([]byte("設置22個基層黨支部，HIS系統")) {
		terms = append(terms, string(tok.Term))
	}
	joined := " " + strings.Join(terms, " ") + " "
	for _, w := range []string{"党支部", "支部", "基层", "22", "his"} {
		if !strings.Contains(joined, " "+w+" ") {
			t.Errorf("no term %q in %v", w, terms)
		}
	}
	for _, w := range []string{"，", "黨"} {
		if strings.Contains(joined, w) {
			t.Errorf("term list has %q: %v", w, terms)
		}
	}
}

func ExampleIndex_Search() {
	x, _ := Open(filepath.Join(exampleDir(), "ex.bleve"))
	defer x.Close()
	b := x.NewBatch()
	for _, a := range testArticles() {
		b.Add(a)
	}
	b.Commit()
	res, _ := x.Search(Query{Text: "黨員"})
	fmt.Println(res.Total, res.Hits[0].Title)
	// Output: 1 福清市医院党建引领促发展
}

func BenchmarkIndexArticle(b *testing.B) {
	x := openWith(b)
	defer x.Close()
	arts := testArticles()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		batch := x.NewBatch()
		a := arts[i%2]
		batch.Add(a)
		batch.Commit()
	}
}

func BenchmarkSearch(b *testing.B) {
	x := openWith(b, testArticles()...)
	defer x.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Search(Query{Text: "党员 医院", Facets: true})
	}
}

// The same text read from two places is one article with both sources; a
// reprint with another header joins the first article's group.
func TestDuplicates(t *testing.T) {
	arts := readTestArticles(t)
	base := arts[4]
	same := base
	same.Source = "mirror/004.txt"
	reprint := base
	reprint.Text = "来源:云南日报\n" + base.Text + "\n(责任编辑:李四)"
	reprint.ID = zhnews.ArticleID(reprint.Text)
	reprint.Source = "other/reprint.txt"
	seg, _ := segment.Default()
	reprint.SimHash = dedupe.Format(dedupe.SimHash(seg.Segment(reprint.Text)))
	x := openWith(t, append(arts, same)...)
	defer x.Close()
	b := x.NewBatch()
	b.Add(reprint)
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if n, _ := x.Count(); n != int64Of(len(arts)+1) {
		t.Errorf("%d articles, want %d (the exact duplicate once)", n, len(arts)+1)
	}
	got, _, _ := x.Article(base.ID)
	if strings.Join(got.Sources, ",") != base.Source+",mirror/004.txt" || got.Group != base.ID {
		t.Errorf("sources %v group %s", got.Sources, got.Group)
	}
	r, _, _ := x.Article(reprint.ID)
	if r.Group != base.ID {
		t.Errorf("reprint group %s, want %s (simhash %s vs %s)", r.Group, base.ID, r.SimHash, base.SimHash)
	}
	other, _, _ := x.Article(arts[0].ID)
	if other.Group != arts[0].ID {
		t.Errorf("another article joined group %s", other.Group)
	}
}

func int64Of(n int) uint64 { return uint64(n) }
