package index

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"zhnews"
	"zhnews/dedupe"
	"zhnews/segment"
)

// dupKey is what grouping needs of an indexed article: "simhash group",
// a doc-value term read back when an ingest opens the index.
func dupKey(a zhnews.Article) string {
	if a.SimHash == "" {
		return ""
	}
	return a.SimHash + " " + a.Group
}

// parseDupKey reads a term written by dupKey.
func parseDupKey(term string) (hash uint64, group string, ok bool) {
	h, g, ok := strings.Cut(term, " ")
	if !ok || len(h) != 16 || g == "" {
		return 0, "", false
	}
	hash, err := dedupe.Parse(h)
	return hash, g, err == nil
}

// dupTable holds the SimHash and group of every article of the index,
// filed under the hash's dedupe.Keys: a near-duplicate's candidates are
// read from the table, in time that does not grow with the index (a
// search of the index per article cost more with every article). It is
// filled from the index's dupkey terms when an ingest adds its first
// article, then as articles are added.
//
// The key space is small (dedupe.KeyCount × 65,536), so each key's
// articles are a chain through two flat arrays, not a map of slices:
// heads[key] is the last article filed under it, next[e*KeyCount+i] the
// one filed before e under e's i-th key (both as entry+1; 0 ends the
// chain). That is 9.4 MB up front and 4 bytes per key per article:
// BenchmarkDupTable, 80,000 random hashes, 364 bytes of heap per article
// with the group names (29 MB), where a map of slices held 808 (65 MB)
// and looked up at half the speed.
type dupTable struct {
	mu     sync.Mutex
	hashes []uint64
	groups []uint32          // per entry, into names
	names  []string          // group ids
	nameAt map[string]uint32 // group id → its place in names
	heads  []uint32          // per key, allocated on the first add
	next   []uint32          // per entry and key
}

func newDupTable() *dupTable {
	return &dupTable{nameAt: map[string]uint32{}}
}

// add files an article's hash and group.
func (t *dupTable) add(hash uint64, group string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	g, ok := t.nameAt[group]
	if !ok {
		g = uint32(len(t.names))
		t.names = append(t.names, group)
		t.nameAt[group] = g
	}
	if t.heads == nil {
		t.heads = make([]uint32, dedupe.KeyCount<<16)
	}
	e := uint32(len(t.hashes))
	t.hashes = append(t.hashes, hash)
	t.groups = append(t.groups, g)
	for _, k := range dedupe.Keys(hash) {
		t.next = append(t.next, t.heads[k])
		t.heads[k] = e + 1
	}
}

// find returns the group a new article of this hash joins: of the
// articles within dedupe.MaxDistance, the one with the lowest hash (then
// group id), so that the choice depends on which articles the index
// holds, not on the order they came in. same tells that an article has
// this very hash (it may be the same article again).
func (t *dupTable) find(hash uint64) (group string, found, same bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.heads == nil {
		return "", false, false
	}
	var best uint64
	for i, k := range dedupe.Keys(hash) {
		for p := t.heads[k]; p != 0; p = t.next[int(p-1)*dedupe.KeyCount+i] {
			h := t.hashes[p-1]
			if dedupe.Distance(hash, h) > dedupe.MaxDistance {
				continue
			}
			same = same || h == hash
			g := t.names[t.groups[p-1]]
			if !found || h < best || h == best && g < group {
				best, group, found = h, g, true
			}
		}
	}
	return group, found, same
}

// dups returns the index's table, loading it on first use.
func (x *Index) dups() (*dupTable, error) {
	x.UpgradeSimHashes(nil)
	return x.dupTable, x.dupErr
}

// UpgradeSimHashes loads the near-duplicate table of an index opened for
// writing, as its first Add does; when the index holds SimHashes of an
// older dedupe.Version, it rehashes every article first (rehash), so that
// no new hash is ever compared with an old one. It returns the number of
// articles rehashed; progress, when not nil, is told after each batch.
// Once the table is loaded, it does nothing.
func (x *Index) UpgradeSimHashes(progress func(done int)) (rehashed int, err error) {
	x.dupOnce.Do(func() {
		x.dupTable, rehashed, x.dupErr = loadDupTable(x, progress)
	})
	return rehashed, x.dupErr
}

// simHashVersionKey is the bleve internal key under which an index
// records the dedupe.Version of its SimHashes. An index without it was
// written before versions were: its hashes are of version 1.
var simHashVersionKey = []byte("zhnews.simhash.version")

// SimHashVersion is the dedupe.Version of the SimHashes the index holds.
func (x *Index) SimHashVersion() (int, error) {
	v, err := x.bleve.GetInternal(simHashVersionKey)
	if err != nil {
		return 0, fmt.Errorf("index %s: simhash version: %w", x.Path, err)
	}
	if v == nil {
		return 1, nil
	}
	n, err := strconv.Atoi(string(v))
	if err != nil {
		return 0, fmt.Errorf("index %s: simhash version %q: %w", x.Path, v, err)
	}
	return n, nil
}

// setSimHashVersion records that the index's hashes are of the current
// version.
func (x *Index) setSimHashVersion() error {
	if err := x.bleve.SetInternal(simHashVersionKey, []byte(strconv.Itoa(dedupe.Version))); err != nil {
		return fmt.Errorf("index %s: record simhash version: %w", x.Path, err)
	}
	return nil
}

// loadDupTable fills the table of an index of current hashes (readDupTable),
// rehashing an index of older ones first.
func loadDupTable(x *Index, progress func(int)) (*dupTable, int, error) {
	v, err := x.SimHashVersion()
	if err != nil {
		return nil, 0, err
	}
	if v > dedupe.Version {
		return nil, 0, fmt.Errorf("index %s: its SimHashes are of version %d, this zhnews makes version %d: ingest with the zhnews that wrote it", x.Path, v, dedupe.Version)
	}
	if v < dedupe.Version {
		n, err := x.Count()
		if err != nil {
			return nil, 0, fmt.Errorf("index %s: %w", x.Path, err)
		}
		if n == 0 {
			return newDupTable(), 0, x.setSimHashVersion()
		}
		return x.rehash(progress)
	}
	t, err := readDupTable(x)
	return t, 0, err
}

// readDupTable reads the hash and group of every article from the
// index's dupkey terms (one per distinct hash and group: a term dictionary
// is read, no document). Every index of version 2 hashes has them: an
// index written before the terms is of version 1, and rehash writes them.
func readDupTable(x *Index) (*dupTable, error) {
	t := newDupTable()
	dict, err := x.bleve.FieldDict("dupkey")
	if err != nil {
		return nil, fmt.Errorf("index %s: dupkey terms: %w", x.Path, err)
	}
	for {
		e, err := dict.Next()
		if err != nil {
			dict.Close()
			return nil, fmt.Errorf("index %s: dupkey terms: %w", x.Path, err)
		}
		if e == nil {
			break
		}
		if h, g, ok := parseDupKey(e.Term); ok {
			t.add(h, g)
		}
	}
	if err := dict.Close(); err != nil {
		return nil, fmt.Errorf("index %s: dupkey terms: %w", x.Path, err)
	}
	return t, nil
}

// rehashBatch is how many articles rehash writes per commit.
const rehashBatch = 500

// rehash gives every article a SimHash of the current version, made from
// its stored text as the pipeline makes it (from the words of the cleaned
// text), and a group found afresh among the new hashes, in id order; the
// documents are written again in batches, and the version is recorded
// once all are on disk. A rehash cut short leaves the old version
// recorded, so the next open starts it over: a new hash depends only on
// the text, not on the old hash. It costs about what indexing the texts
// again does (their words are cut, the documents analysed again).
func (x *Index) rehash(progress func(int)) (*dupTable, int, error) {
	seg, err := segment.Default()
	if err != nil {
		return nil, 0, fmt.Errorf("index %s: rehash: %w", x.Path, err)
	}
	t := newDupTable()
	b := x.NewBatch()
	done := 0
	commit := func() error {
		if err := b.Commit(); err != nil {
			return err
		}
		if progress != nil {
			progress(done)
		}
		return nil
	}
	err = x.each(kindQuery(KindArticle), func(fields map[string]interface{}) error {
		a, err := articleFrom(fields)
		if err != nil {
			return err
		}
		h := dedupe.SimHash(seg.Segment(a.Text))
		a.SimHash = dedupe.Format(h)
		a.Group = a.ID
		if g, found, _ := t.find(h); found {
			a.Group = g
		}
		if err := b.put(a, nil); err != nil {
			return err
		}
		t.add(h, a.Group)
		done++
		b.count++
		if b.count >= rehashBatch {
			return commit()
		}
		return nil
	})
	if err == nil {
		err = commit()
	}
	if err == nil {
		err = x.setSimHashVersion()
	}
	if err != nil {
		return nil, done, fmt.Errorf("index %s: rehash with SimHash version %d: %w", x.Path, dedupe.Version, err)
	}
	return t, done, nil
}
