package index

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"zhnews"
)

// ids lists hits' ids in sorted order.
func ids(hits []Hit) string {
	var out []string
	for _, h := range hits {
		out = append(out, h.ID)
	}
	sort.Strings(out)
	return strings.Join(out, ",")
}

// buildAt writes an index of arts at path and closes it.
func buildAt(t testing.TB, path string, arts []zhnews.Article) {
	t.Helper()
	x, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	b := x.NewBatch()
	for _, a := range arts {
		if err := b.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	x.Close()
}

// Searching shards together gives what one index of all the articles
// gives: the same totals, facets, facts and articles, with the same first
// hit. (Scores are close but not equal: bleve pools the document count and
// field lengths of the shards for BM25, not each term's document
// frequency, so the order below the first hit may differ.)
func TestShardsSearchLikeOneIndex(t *testing.T) {
	arts := readTestArticles(t)
	dir := t.TempDir()
	one, a, b := filepath.Join(dir, "one.bleve"), filepath.Join(dir, "a.bleve"), filepath.Join(dir, "b.bleve")
	buildAt(t, one, arts)
	buildAt(t, a, arts[:3])
	buildAt(t, b, arts[3:])
	whole, err := OpenReadOnly(one)
	if err != nil {
		t.Fatal(err)
	}
	defer whole.Close()
	shards, err := OpenShards([]string{a, b})
	if err != nil {
		t.Fatal(err)
	}
	defer shards.Close()

	for _, q := range relevanceQueries {
		w, err1 := whole.Search(Query{Text: q.query, Limit: 10, Facets: true})
		s, err2 := shards.Search(Query{Text: q.query, Limit: 10, Facets: true})
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if w.Total != s.Total || len(w.Hits) != len(s.Hits) {
			t.Errorf("%s: %d/%d hits in one index, %d/%d in shards", q.query, len(w.Hits), w.Total, len(s.Hits), s.Total)
			continue
		}
		if w.Hits[0].ID != s.Hits[0].ID {
			t.Errorf("%s: first hit %s in one index, %s in shards", q.query, w.Hits[0].ID, s.Hits[0].ID)
		}
		if ids(w.Hits) != ids(s.Hits) {
			t.Errorf("%s: hits %s in one index, %s in shards", q.query, ids(w.Hits), ids(s.Hits))
		}
		if fmt.Sprint(w.Facets) != fmt.Sprint(s.Facets) {
			t.Errorf("%s: facets differ:\n%v\n%v", q.query, w.Facets, s.Facets)
		}
	}
	wf, _ := whole.Facts(FactQuery{Metric: "party_members"})
	sf, _ := shards.Facts(FactQuery{Metric: "party_members"})
	if fmt.Sprint(wf) != fmt.Sprint(sf) {
		t.Errorf("facts differ:\n%v\n%v", wf, sf)
	}
	n := 0
	shards.Articles(func(zhnews.Article) error { n++; return nil })
	if n != len(arts) {
		t.Errorf("shards list %d articles, want %d", n, len(arts))
	}
}
