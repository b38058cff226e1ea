package index

import (
	"fmt"
	"strings"
	"sync"

	"zhnews"
	"zhnews/dedupe"
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
// read from a map, in time that does not grow with the index (a search of
// the index per article cost more with every article). It is filled from
// the index's dupkey terms when an ingest adds its first article, then as
// articles are added.
type dupTable struct {
	mu     sync.Mutex
	hashes []uint64
	groups []uint32          // per entry, into names
	names  []string          // group ids
	nameAt map[string]uint32 // group id → its place in names
	byKey  map[uint32][]uint32
}

func newDupTable() *dupTable {
	return &dupTable{nameAt: map[string]uint32{}, byKey: map[uint32][]uint32{}}
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
	e := uint32(len(t.hashes))
	t.hashes = append(t.hashes, hash)
	t.groups = append(t.groups, g)
	for _, k := range dedupe.Keys(hash) {
		t.byKey[k] = append(t.byKey[k], e)
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
	var best uint64
	for _, k := range dedupe.Keys(hash) {
		for _, e := range t.byKey[k] {
			h := t.hashes[e]
			if dedupe.Distance(hash, h) > dedupe.MaxDistance {
				continue
			}
			same = same || h == hash
			g := t.names[t.groups[e]]
			if !found || h < best || h == best && g < group {
				best, group, found = h, g, true
			}
		}
	}
	return group, found, same
}

// dups returns the index's table, loading it on first use.
func (x *Index) dups() (*dupTable, error) {
	x.dupOnce.Do(func() {
		x.dupTable, x.dupErr = loadDupTable(x)
	})
	return x.dupTable, x.dupErr
}

// loadDupTable reads the hash and group of every article from the
// index's dupkey terms (one per distinct hash and group: a term dictionary
// is read, no document), or, for an index written before them, from the
// stored records.
func loadDupTable(x *Index) (*dupTable, error) {
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
	if len(t.hashes) > 0 {
		return t, nil
	}
	err = x.Articles(func(a zhnews.Article) error {
		if h, err := dedupe.Parse(a.SimHash); err == nil && a.SimHash != "" {
			t.add(h, groupOf(a))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("index %s: read articles for grouping: %w", x.Path, err)
	}
	return t, nil
}

// groupOf is an article's group: its own id until it joins one.
func groupOf(a zhnews.Article) string {
	if a.Group != "" {
		return a.Group
	}
	return a.ID
}
