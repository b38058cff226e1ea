package index

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"zhnews"
)

// buildAt writes an index of arts at path in one commit and closes it.
func buildAt(t testing.TB, path string, arts []zhnews.Article) {
	t.Helper()
	buildCommitting(t, path, arts, 0)
}

// buildCommitting writes an index of arts at path, committing every n
// articles (n = 0: once at the end), and closes it.
func buildCommitting(t testing.TB, path string, arts []zhnews.Article, n int) {
	t.Helper()
	x, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	b := x.NewBatch()
	for i, a := range arts {
		if err := b.Add(a); err != nil {
			t.Fatal(err)
		}
		if n > 0 && i%n == n-1 {
			if err := b.Commit(); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
}

// Searching shards together gives what one index of all the articles
// gives: the same totals, facets, facts and articles, the same hits in the
// same order with the same scores.
func TestShardsSearchLikeOneIndex(t *testing.T) {
	arts := readTestArticles(t)
	dir := t.TempDir()
	one := filepath.Join(dir, "one.bleve")
	buildAt(t, one, arts)
	// Three uneven shards, each written by its own ingest.
	var paths []string
	for i, part := range [][]zhnews.Article{arts[:1], arts[1:5], arts[5:]} {
		p := filepath.Join(dir, fmt.Sprintf("shard%d.bleve", i))
		buildAt(t, p, part)
		paths = append(paths, p)
	}
	whole, err := OpenReadOnly(one)
	if err != nil {
		t.Fatal(err)
	}
	defer whole.Close()
	shards, err := OpenShards(paths)
	if err != nil {
		t.Fatal(err)
	}
	defer shards.Close()

	queries := []Query{
		// Wildcard, regexp, fuzzy, phrase, negation, field and boost
		// syntax reach the shards' optional readers.
		{Text: "党支*"}, {Text: "/党.部/"}, {Text: "title:医院~1"},
		{Text: `"党支部书记"`}, {Text: "医院 -本溪"}, {Text: "hospitals:本溪市中心医院"},
		{Text: "党建^3 医疗"},
		{Text: "医院", SortDate: true},
		{Text: "医院", Province: "浙江省"},
		{Text: "医院", Since: "2021", Until: "2023-06"},
		{Text: "医院", Limit: 3, Offset: 2},
	}
	for _, q := range relevanceQueries {
		queries = append(queries, Query{Text: q.query})
	}
	for _, q := range queries {
		q.Facets = true
		if q.Limit == 0 {
			q.Limit = 10
		}
		w, err1 := whole.Search(q)
		s, err2 := shards.Search(q)
		if err1 != nil || err2 != nil {
			t.Fatal(q.Text, err1, err2)
		}
		if w.Total == 0 {
			t.Errorf("%+v: no hits; the test needs a query that finds articles", q)
		}
		if w.Total != s.Total || len(w.Hits) != len(s.Hits) {
			t.Errorf("%+v: %d/%d hits in one index, %d/%d in shards", q, len(w.Hits), w.Total, len(s.Hits), s.Total)
			continue
		}
		for i := range w.Hits {
			if w.Hits[i].ID != s.Hits[i].ID || w.Hits[i].Score != s.Hits[i].Score || w.Hits[i].Snippet != s.Hits[i].Snippet {
				t.Errorf("%+v: hit %d is %s (%v) in one index, %s (%v) in shards", q, i+1,
					w.Hits[i].ID, w.Hits[i].Score, s.Hits[i].ID, s.Hits[i].Score)
			}
		}
		if len(w.Hits) > 0 && !strings.Contains(q.Text, ":") && !strings.Contains(w.Hits[0].Snippet, "【") {
			t.Errorf("%+v: first hit's snippet has no mark: %q", q, w.Hits[0].Snippet)
		}
		if fmt.Sprint(w.Facets) != fmt.Sprint(s.Facets) {
			t.Errorf("%+v: facets differ:\n%v\n%v", q, w.Facets, s.Facets)
		}
	}
	for _, fq := range []FactQuery{
		{Metric: "party_members"}, {SortBy: "hospital"}, {SortBy: "year", Limit: 7},
		{Metric: "party_branches", Min: ptr(10)}, {Text: "党委"},
	} {
		wf, err1 := whole.Facts(fq)
		sf, err2 := shards.Facts(fq)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if len(wf.Facts) == 0 || fmt.Sprint(wf) != fmt.Sprint(sf) {
			t.Errorf("%+v: facts differ or none:\n%v\n%v", fq, wf, sf)
		}
	}
	n := 0
	shards.Articles(func(zhnews.Article) error { n++; return nil })
	if n != len(arts) {
		t.Errorf("shards list %d articles, want %d", n, len(arts))
	}
}

func ptr(f float64) *float64 { return &f }

// Articles that score the same (reprints under other ids) list in id
// order, page by page, in one index and over shards alike.
func TestEqualScoresInIDOrder(t *testing.T) {
	arts := readTestArticles(t)
	var copies []zhnews.Article
	for i := 0; i < 9; i++ {
		c := arts[0]
		c.ID = fmt.Sprintf("reprint%02d", (i*7)%9) // not written in id order
		copies = append(copies, c)
	}
	all := append(append([]zhnews.Article{}, arts[1:]...), copies...)
	dir := t.TempDir()
	one, a, b := filepath.Join(dir, "one.bleve"), filepath.Join(dir, "a.bleve"), filepath.Join(dir, "b.bleve")
	buildAt(t, one, all)
	buildAt(t, a, append(append([]zhnews.Article{}, arts[1:3]...), copies[:4]...))
	buildAt(t, b, append(append([]zhnews.Article{}, arts[3:]...), copies[4:]...))
	whole, shards := openWholeAndShards(t, one, a, b)
	var lists []string
	for _, x := range []*Index{whole, shards} {
		var got []string
		for offset := 0; offset < 9; offset += 2 {
			res, err := x.Search(Query{Text: "本溪市中心医院", Limit: 2, Offset: offset})
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range res.Hits {
				got = append(got, h.ID)
			}
		}
		want := "reprint00 reprint01 reprint02 reprint03 reprint04 reprint05 reprint06 reprint07 reprint08"
		if s := strings.Join(got[:9], " "); s != want {
			t.Errorf("%s: pages list\n%s\nwant\n%s", x.Path, s, want)
		}
		lists = append(lists, strings.Join(got, " "))
	}
	if lists[0] != lists[1] {
		t.Errorf("one index lists\n%s\nshards list\n%s", lists[0], lists[1])
	}
}

// openWholeAndShards opens one index and the shards that together hold
// the same articles, read only, closed when the test ends.
func openWholeAndShards(t testing.TB, one string, shardPaths ...string) (*Index, *Index) {
	t.Helper()
	whole, err := OpenReadOnly(one)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { whole.Close() })
	shards, err := OpenShards(shardPaths)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { shards.Close() })
	return whole, shards
}
