package index

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"zhnews"
	"zhnews/dedupe"
	"zhnews/segment"
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
		hashed(base, "a", h^0b111<<20),           // 3 bits from h
		hashed(base, "b", h),                     // joins a
		hashed(base, "c", ^uint64(h)),            // far from all: its own
		hashed(base, "d", h^0b11),                // near a and b, lowest is b's hash: a's group
		hashed(base, "e", ^uint64(h)^1<<63),      // joins c
		hashed(base, "f", h^0b1111111<<40),       // 7 bits from b: a's group
		hashed(base, "g", h^0b11111111<<48),      // 8 bits from b, 11 from a, 15 from f: its own
		hashed(base, "h", h^0b11111111<<48^1<<1), // 1 bit from g
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

// An index written before SimHash version 2 (no version recorded, old
// hashes that put unrelated articles in one group): the first article
// added rehashes it, so every record has the hash the pipeline makes of
// its text now, the old articles are grouped afresh, and a reprint joins
// its original. A second open finds the version and rehashes nothing.
func TestRehashOldIndex(t *testing.T) {
	arts := readTestArticles(t)
	path := filepath.Join(t.TempDir(), "old.bleve")
	var old []zhnews.Article
	for i, a := range arts {
		a.SimHash = dedupe.Format(0x0123456789abcdef ^ uint64(i)) // all within a bit or two
		old = append(old, a)
	}
	buildAt(t, path, old)
	x, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if g, _, _ := x.Article(old[1].ID); g.Group != old[0].ID {
		t.Fatalf("old hashes: %s in group %q, want %s's", old[1].ID, g.Group, old[0].ID)
	}
	x.Close()
	bx, err := bleve.Open(path) // safe batches: the deletion is on disk at Close
	if err != nil {
		t.Fatal(err)
	}
	if err := bx.DeleteInternal(simHashVersionKey); err != nil {
		t.Fatal(err)
	}
	bx.Close()

	x, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := x.SimHashVersion(); v != 1 || err != nil {
		t.Fatalf("version %d, %v, want 1", v, err)
	}
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	reprint := arts[0]
	reprint.Text = "来源:本地日报 编辑:王明\n" + reprint.Text
	reprint.ID, reprint.Source = "reprint", "reprint.txt"
	reprint.SimHash = dedupe.Format(dedupe.SimHash(seg.Segment(reprint.Text)))
	b := x.NewBatch()
	if err := b.Add(reprint); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		got, ok, err := x.Article(a.ID)
		if !ok || err != nil {
			t.Fatalf("%s: %v %v", a.ID, ok, err)
		}
		if got.SimHash != a.SimHash {
			t.Errorf("%s: simhash %s after rehash, the pipeline makes %s", a.ID, got.SimHash, a.SimHash)
		}
		if got.Group != a.ID {
			t.Errorf("%s: in group %q after rehash, want its own", a.ID, got.Group)
		}
		if len(got.Facts) != len(a.Facts) {
			t.Errorf("%s: %d facts after rehash, want %d", a.ID, len(got.Facts), len(a.Facts))
		}
	}
	if got, _, _ := x.Article("reprint"); got.Group != arts[0].ID {
		t.Errorf("reprint in group %q, want %s", got.Group, arts[0].ID)
	}
	if v, err := x.SimHashVersion(); v != dedupe.Version || err != nil {
		t.Errorf("version %d, %v after rehash, want %d", v, err, dedupe.Version)
	}
	x.Close()

	x, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if n, err := x.UpgradeSimHashes(nil); n != 0 || err != nil {
		t.Errorf("second open rehashed %d articles (%v), want none", n, err)
	}
	if g, _, _ := x.dupTable.find(dedupe.SimHash(seg.Segment(arts[0].Text))); g != arts[0].ID {
		t.Errorf("table read back: group %q, want %s", g, arts[0].ID)
	}
}

// An index of hashes newer than this zhnews makes is not written into.
func TestNewerSimHashVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.bleve")
	x, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if err := x.bleve.SetInternal(simHashVersionKey, []byte(strconv.Itoa(dedupe.Version+1))); err != nil {
		t.Fatal(err)
	}
	a := hashed(readTestArticles(t)[0], "a", 1)
	if err := x.NewBatch().Add(a); err == nil || !strings.Contains(err.Error(), "version") {
		t.Errorf("Add into an index of newer hashes: %v, want an error naming the version", err)
	}
}

// The table chooses, of the hashes in reach, the lowest, whatever the
// order they were added in.
func TestDupTableFindsLowest(t *testing.T) {
	const h = 0x00ff00ff00ff00ff
	entries := []struct {
		hash  uint64
		group string
	}{{h ^ 1<<9, "x"}, {h ^ 0b11, "y"}, {h ^ 0b11111111, "far"}, {h ^ 1<<8, "z"}}
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

// The table finds what a scan of every hash finds: hashes drawn near a
// few centres, so that chains are long and many are in reach.
func TestDupTableMatchesScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	centres := []uint64{rng.Uint64(), rng.Uint64(), rng.Uint64()}
	near := func() uint64 {
		h := centres[rng.IntN(len(centres))]
		for range rng.IntN(12) {
			h ^= 1 << rng.IntN(64)
		}
		return h
	}
	tab := newDupTable()
	var hashes []uint64
	var groups []string
	for i := range 3000 {
		h, g := near(), fmt.Sprintf("g%04d", i%700)
		tab.add(h, g)
		hashes, groups = append(hashes, h), append(groups, g)
	}
	for range 2000 {
		q := near()
		var want string
		var best uint64
		var found, same bool
		for i, h := range hashes {
			if dedupe.Distance(q, h) > dedupe.MaxDistance {
				continue
			}
			same = same || h == q
			if !found || h < best || h == best && groups[i] < want {
				best, want, found = h, groups[i], true
			}
		}
		g, f, s := tab.find(q)
		if g != want || f != found || s != same {
			t.Fatalf("find(%016x) = %q %v %v, a scan: %q %v %v", q, g, f, s, want, found, same)
		}
	}
}

// BenchmarkDupTable files and looks up 80,000 random hashes, and reports
// the heap the table holds per article.
func BenchmarkDupTable(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	hashes := make([]uint64, 80000)
	for i := range hashes {
		hashes[i] = rng.Uint64()
	}
	for range b.N {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		tab := newDupTable()
		for i, h := range hashes {
			tab.find(h)
			tab.add(h, strconv.Itoa(i))
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(len(hashes)), "heap-B/article")
		runtime.KeepAlive(tab)
	}
}

// Shards whose hashes are of two versions are not searched together: their
// groups would compare old hashes with new ones.
func TestShardsOfTwoSimHashVersions(t *testing.T) {
	arts := readTestArticles(t)
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.bleve"), filepath.Join(dir, "b.bleve")
	buildAt(t, a, arts[:2])
	buildAt(t, b, arts[2:])
	x, err := OpenShards([]string{a, b})
	if err != nil {
		t.Fatalf("shards of one version: %v", err)
	}
	x.Close()
	bx, err := bleve.Open(b)
	if err != nil {
		t.Fatal(err)
	}
	if err := bx.DeleteInternal(simHashVersionKey); err != nil {
		t.Fatal(err)
	}
	bx.Close()
	if x, err := OpenShards([]string{a, b}); err == nil || !strings.Contains(err.Error(), "version 1") {
		if err == nil {
			x.Close()
		}
		t.Errorf("shards of versions 2 and 1: %v, want an error naming them", err)
	}
}
