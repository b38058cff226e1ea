package index

import (
	"fmt"
	"path/filepath"
	"sync"
	"testing"
)

// Background commits report in the order they were made, once their
// articles are on disk: an index opened after Close holds them all.
func TestCommitAsyncInOrder(t *testing.T) {
	base := readTestArticles(t)[0]
	path := filepath.Join(t.TempDir(), "async.bleve")
	x, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var order []int
	b := x.NewBatch()
	const commits, per = 6, 5
	for c := 0; c < commits; c++ {
		for i := 0; i < per; i++ {
			a := base
			a.ID = fmt.Sprintf("c%d-%d", c, i)
			a.Source, a.SimHash, a.Facts = a.ID+".txt", "", nil
			if err := b.Add(a); err != nil {
				t.Fatal(err)
			}
		}
		if c == commits-1 {
			break // committed below without done; Close waits for it
		}
		c := c
		if err := b.CommitAsync(func(err error) {
			if err != nil {
				t.Error(err)
			}
			mu.Lock()
			order = append(order, c)
			mu.Unlock()
		}); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.CommitAsync(nil); err != nil {
		t.Fatal(err)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	if fmt.Sprint(order) != "[0 1 2 3 4]" {
		t.Errorf("done called in the order %v", order)
	}
	mu.Unlock()
	r, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if n, err := r.Count(); err != nil || n != commits*per {
		t.Errorf("%d articles on disk (%v), want %d", n, err, commits*per)
	}
}

// An article added again while the batch holding it is being written is
// the same article: one document, both sources.
func TestDuplicateOfCommitInFlight(t *testing.T) {
	base := readTestArticles(t)[1]
	x, err := Open(filepath.Join(t.TempDir(), "inflight.bleve"))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	b := x.NewBatch()
	if err := b.Add(base); err != nil {
		t.Fatal(err)
	}
	if err := b.CommitAsync(nil); err != nil {
		t.Fatal(err)
	}
	again := base
	again.Source = "mirror/" + base.Source
	if err := b.Add(again); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	got, ok, err := x.Article(base.ID)
	if err != nil || !ok || len(got.Sources) != 2 {
		t.Errorf("article %v %v with sources %v, want both", ok, err, got.Sources)
	}
	if n, _ := x.Count(); n != 1 {
		t.Errorf("%d articles, want 1", n)
	}
}

// An index created and closed without a commit opens again: its mapping
// is on disk although batches are written with unsafe_batch.
func TestEmptyIndexOpensAgain(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.bleve")
	for i := 0; i < 3; i++ {
		x, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		x.Close()
	}
	r, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
}
