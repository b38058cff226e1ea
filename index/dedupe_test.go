package index

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"zhnews"
	"zhnews/dedupe"
)

// hashed returns a copy of a under another id with the given SimHash.
func hashed(a zhnews.Article, id string, h uint64) zhnews.Article {
	a.ID, a.Source, a.SimHash, a.Facts = id, id+".txt", dedupe.Format(h), nil
	return a
}

// Articles near one another, in one order, get the same groups whether
// they come in one batch, a batch each, or a batch each with the index
// closed and opened again between them (the table read back from the
// index's terms).
func TestGroupsDoNotDependOnBatches(t *testing.T) {
	base := readTestArticles(t)[0]
	const h = 0x0123456789abcdef
	arts := []zhnews.Article{
		hashed(base, "a", h^0b111<<20),          // 3 bits from h
		hashed(base, "b", h),                    // joins a
		hashed(base, "c", ^uint64(h)),           // far from all: its own
		hashed(base, "d", h^0b11),               // near a and b, lowest is b's hash: a's group
		hashed(base, "e", ^uint64(h)^1<<63),     // joins c
		hashed(base, "f", h^0b111111<<40),       // 6 bits from b: a's group
		hashed(base, "g", h^0b1111111<<48),      // 7 bits from b, 10 from a, 13 from f: its own
		hashed(base, "h", h^0b1111111<<48^1<<1), // 1 bit from g
	}
	want := map[string]string{"a": "a", "b": "a", "c": "c", "d": "a", "e": "c", "f": "a", "g": "g", "h": "g"}
	check := func(name string, x *Index) {
		t.Helper()
		for id, g := range want {
			a, ok, err := x.Article(id)
			if err != nil || !ok || a.Group != g {
				t.Errorf("%s: %s in group %q (%v, %v), want %q", name, id, a.Group, ok, err, g)
			}
		}
	}

	one := filepath.Join(t.TempDir(), "one.bleve")
	buildAt(t, one, arts)
	x, err := Open(one)
	if err != nil {
		t.Fatal(err)
	}
	check("one batch", x)
	x.Close()

	each := filepath.Join(t.TempDir(), "each.bleve")
	x, err = Open(each)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		b := x.NewBatch()
		if err := b.Add(a); err != nil {
			t.Fatal(err)
		}
		if err := b.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	check("a batch each", x)
	x.Close()

	reopened := filepath.Join(t.TempDir(), "reopened.bleve")
	for _, a := range arts {
		buildAt(t, reopened, []zhnews.Article{a})
	}
	x, err = Open(reopened)
	if err != nil {
		t.Fatal(err)
	}
	check("reopened", x)
	x.Close()
}

// An index written before the dupkey terms: the table is read from the
// stored records.
func TestDupTableFromRecords(t *testing.T) {
	base := readTestArticles(t)[0]
	path := filepath.Join(t.TempDir(), "old.bleve")
	m, err := NewMapping(AnalyzerChinese)
	if err != nil {
		t.Fatal(err)
	}
	bx, err := bleve.New(path, m)
	if err != nil {
		t.Fatal(err)
	}
	old := hashed(base, "old", 0xfedcba9876543210)
	old.Group = "old"
	rec, err := json.Marshal(old)
	if err != nil {
		t.Fatal(err)
	}
	b := bx.NewBatch()
	if err := b.Index(old.ID, articleDoc{Type: KindArticle, Text: old.Text, Group: old.Group, Record: string(rec)}); err != nil {
		t.Fatal(err)
	}
	if err := bx.Batch(b); err != nil {
		t.Fatal(err)
	}
	bx.Close()

	x, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	nb := x.NewBatch()
	if err := nb.Add(hashed(base, "new", 0xfedcba9876543210^0b101)); err != nil {
		t.Fatal(err)
	}
	if err := nb.Commit(); err != nil {
		t.Fatal(err)
	}
	if a, _, _ := x.Article("new"); a.Group != "old" {
		t.Errorf("new article in group %q, want old", a.Group)
	}
}

// The table chooses, of the hashes in reach, the lowest, whatever the
// order they were added in.
func TestDupTableFindsLowest(t *testing.T) {
	const h = 0x00ff00ff00ff00ff
	entries := []struct {
		hash  uint64
		group string
	}{{h ^ 1<<9, "x"}, {h ^ 0b11, "y"}, {h ^ 0b1111111, "far"}, {h ^ 1<<8, "z"}}
	for rot := range entries {
		tab := newDupTable()
		for i := range entries {
			e := entries[(i+rot)%len(entries)]
			tab.add(e.hash, e.group)
		}
		g, found, same := tab.find(h)
		if g != "y" || !found || same {
			t.Errorf("%s: %q %v %v, want y, found, not the same hash", fmt.Sprint(rot), g, found, same)
		}
		if _, _, same := tab.find(h ^ 1<<8); !same {
			t.Errorf("an added hash is not found as the same")
		}
	}
}
