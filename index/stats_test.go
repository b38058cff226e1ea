package index

import (
	"reflect"
	"testing"

	"zhnews"
)

// Stats are kept between calls, and counted again after a commit.
func TestStatsFollowCommits(t *testing.T) {
	arts := readTestArticles(t)
	x := openWith(t, arts[:3]...)
	defer x.Close()
	first, err := x.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if first.Articles != 3 || first.Facts == 0 {
		t.Fatalf("stats %+v, want 3 articles and their facts", first)
	}
	first.Metrics["changed by the caller"] = 1
	again, err := x.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := again.Metrics["changed by the caller"]; ok {
		t.Error("a caller's change to the stats reached the next caller")
	}
	b := x.NewBatch()
	more := []zhnews.Article{arts[3], arts[4]}
	for _, a := range more {
		if err := b.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	after, err := x.Stats()
	if err != nil {
		t.Fatal(err)
	}
	want, err := x.countStats()
	if err != nil {
		t.Fatal(err)
	}
	if after.Articles != 5 || !reflect.DeepEqual(after, want) {
		t.Errorf("after a commit: %+v, counted %+v", after, want)
	}
}
