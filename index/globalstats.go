package index

import (
	"context"
	"errors"
	"sort"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// Searching shards as one.
//
// BM25 scores a term by the number of documents, the average field length
// and the number of documents holding the term. Searched through an alias,
// each shard would use its own three figures, so the same article scores
// differently in a shard than in one index of everything. bleve's
// "global scoring" pre-search pools the first two across shards, but not
// the third, and it sums the second over shards where one index counts each
// distinct term once. So a query searched over shards is wrapped in
// globalStatsQuery: in each shard its term searchers read through
// globalStatsReader, which answers the three figures for all shards
// together, as one merged index holding every shard's documents would.
// Scores, and so the order of hits, are then that index's.

// shardStats answers collection statistics over every shard. It holds a
// reader on each shard for the life of the Index (shards are opened read
// only, so the figures do not change); shards are searched in parallel, so
// its caches are guarded.
type shardStats struct {
	readers []bleveindex.IndexReader

	mu     sync.Mutex
	docs   uint64
	fields map[string]int
}

// openShardStats opens a reader on every shard; close it with the shards.
func openShardStats(shards []bleve.Index) (*shardStats, error) {
	st := &shardStats{fields: map[string]int{}}
	for _, s := range shards {
		adv, err := s.Advanced()
		if err != nil {
			st.close()
			return nil, err
		}
		r, err := adv.Reader()
		if err != nil {
			st.close()
			return nil, err
		}
		st.readers = append(st.readers, r)
		n, err := r.DocCount()
		if err != nil {
			st.close()
			return nil, err
		}
		st.docs += n
	}
	return st, nil
}

func (st *shardStats) close() {
	for _, r := range st.readers {
		r.Close()
	}
}

// fieldCardinality is bleve's BM25 field length figure: the number of
// distinct terms of the field. Over shards that is the size of the union of
// their dictionaries, counted by walking them side by side in term order
// once per field.
func (st *shardStats) fieldCardinality(field string) (int, error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if n, ok := st.fields[field]; ok {
		return n, nil
	}
	n, err := fieldLength(st.readers, st.docs, field)
	if err != nil {
		return 0, err
	}
	st.fields[field] = n
	return n, nil
}

// fieldLength is the field's number of distinct terms over readers, or a
// number BM25 cannot tell from it. BM25 uses it only as
// ceil(distinct terms / documents), so when the bounds the segments give
// without reading their dictionaries (at least the largest segment's
// count, at most the sum of all) have the same ceiling, either bound is
// as good as the exact figure, and no dictionary is walked. Walking costs
// microseconds a term; the bounds cost nothing.
func fieldLength(readers []bleveindex.IndexReader, docs uint64, field string) (int, error) {
	lower, upper, ok := segmentBounds(readers, field)
	if ok && docs > 0 && ceilDiv(lower, docs) == ceilDiv(upper, docs) {
		return upper, nil
	}
	return unionSize(readers, field)
}

func ceilDiv(n int, d uint64) uint64 { return (uint64(n) + d - 1) / d }

// segmentBounds are the largest and the summed dictionary size of field
// over the segments of scorch readers; ok is false for another index
// format.
func segmentBounds(readers []bleveindex.IndexReader, field string) (lower, upper int, ok bool) {
	for _, r := range readers {
		snap, isScorch := r.(*scorch.IndexSnapshot)
		if !isScorch {
			return 0, 0, false
		}
		for _, seg := range snap.Segments() {
			d, err := seg.Segment().Dictionary(field)
			if err != nil {
				return 0, 0, false
			}
			n := d.Cardinality()
			lower, upper = max(lower, n), upper+n
		}
	}
	return lower, upper, true
}

// unionSize counts the distinct terms of field over all readers.
func unionSize(readers []bleveindex.IndexReader, field string) (int, error) {
	var dicts []bleveindex.FieldDict
	defer func() {
		for _, d := range dicts {
			d.Close()
		}
	}()
	heads := make([]string, 0, len(readers))
	live := make([]bool, 0, len(readers))
	for _, r := range readers {
		d, err := r.FieldDict(field)
		if err != nil {
			return 0, err
		}
		dicts = append(dicts, d)
		e, err := d.Next()
		if err != nil {
			return 0, err
		}
		heads = append(heads, "")
		live = append(live, e != nil)
		if e != nil {
			heads[len(heads)-1] = e.Term
		}
	}
	n := 0
	for {
		// The smallest head is a distinct term; every dictionary holding
		// it moves on.
		min, any := "", false
		for i, h := range heads {
			if live[i] && (!any || h < min) {
				min, any = h, true
			}
		}
		if !any {
			return n, nil
		}
		n++
		for i, h := range heads {
			if !live[i] || h != min {
				continue
			}
			e, err := dicts[i].Next()
			if err != nil {
				return 0, err
			}
			live[i] = e != nil
			if e != nil {
				heads[i] = e.Term
			}
		}
	}
}

// termCount is the number of documents, in all shards, whose field holds term.
func (st *shardStats) termCount(ctx context.Context, field string, term []byte) (uint64, error) {
	var n uint64
	for _, r := range st.readers {
		tfr, err := r.TermFieldReader(ctx, term, field, false, false, false)
		if err != nil {
			return 0, err
		}
		n += tfr.Count()
		tfr.Close()
	}
	return n, nil
}

// globalStatsQuery is a query whose searchers see the statistics of all
// shards.
type globalStatsQuery struct {
	query.Query
	stats    *shardStats    // over shards
	distinct *distinctCache // in one index
}

func (q globalStatsQuery) Searcher(ctx context.Context, r bleveindex.IndexReader, m mapping.IndexMapping, o search.SearcherOptions) (search.Searcher, error) {
	if q.stats == nil {
		return q.Query.Searcher(ctx, &distinctTermsReader{IndexReader: r, cache: q.distinct}, m, o)
	}
	return q.Query.Searcher(ctx, &globalStatsReader{IndexReader: r, stats: q.stats}, m, o)
}

// distinctTermsReader is one index's reader whose BM25 field length is
// the number of distinct terms of the field, as over shards. scorch's own
// figure is the sum of its segments' dictionary sizes, a term counted
// once per segment holding it: it changes as segments merge, so one
// index's scores would depend on when it was last merged, and would not
// equal those of the same articles in shards. The figure is found once
// per snapshot (distinctCache), so it follows a live ingest, and mostly
// without walking a dictionary (fieldLength).
type distinctTermsReader struct {
	bleveindex.IndexReader
	cache *distinctCache
}

func (r *distinctTermsReader) FieldCardinality(field string) (int, error) {
	return r.cache.get(r.IndexReader, field)
}

// distinctCache keeps the distinct-term counts of the snapshot the last
// search read: an unchanged index walks each field's dictionary once, a
// live one once per commit. The snapshot is known by the reader bleve
// hands the query (one per snapshot).
type distinctCache struct {
	mu     sync.Mutex
	reader bleveindex.IndexReader
	counts map[string]int
}

func (c *distinctCache) get(r bleveindex.IndexReader, field string) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.reader != r {
		c.reader, c.counts = r, map[string]int{}
	}
	if n, ok := c.counts[field]; ok {
		return n, nil
	}
	docs, err := r.DocCount()
	if err != nil {
		return 0, err
	}
	n, err := fieldLength([]bleveindex.IndexReader{r}, docs, field)
	if err != nil {
		return 0, err
	}
	c.counts[field] = n
	return n, nil
}

// The optional readers bleve's searchers look for are the index's own.

func (r *distinctTermsReader) FieldDictRegexp(field, re string) (bleveindex.FieldDict, error) {
	if x, ok := r.IndexReader.(bleveindex.IndexReaderRegexp); ok {
		return x.FieldDictRegexp(field, re)
	}
	return nil, errNoSupport
}

func (r *distinctTermsReader) FieldDictRegexpAutomaton(field, re string) (bleveindex.FieldDict, bleveindex.RegexAutomaton, error) {
	if x, ok := r.IndexReader.(bleveindex.IndexReaderRegexp); ok {
		return x.FieldDictRegexpAutomaton(field, re)
	}
	return nil, nil, errNoSupport
}

func (r *distinctTermsReader) FieldDictFuzzy(field, term string, fuzziness int, prefix string) (bleveindex.FieldDict, error) {
	if x, ok := r.IndexReader.(bleveindex.IndexReaderFuzzy); ok {
		return x.FieldDictFuzzy(field, term, fuzziness, prefix)
	}
	return nil, errNoSupport
}

func (r *distinctTermsReader) FieldDictFuzzyAutomaton(field, term string, fuzziness int, prefix string) (bleveindex.FieldDict, bleveindex.FuzzyAutomaton, error) {
	if x, ok := r.IndexReader.(bleveindex.IndexReaderFuzzy); ok {
		return x.FieldDictFuzzyAutomaton(field, term, fuzziness, prefix)
	}
	return nil, nil, errNoSupport
}

func (r *distinctTermsReader) FieldDictContains(field string) (bleveindex.FieldDictContains, error) {
	if x, ok := r.IndexReader.(bleveindex.IndexReaderContains); ok {
		return x.FieldDictContains(field)
	}
	return nil, errNoSupport
}

// globalStatsReader is one shard's reader answering collection statistics
// for all shards, and the dictionaries wildcard, regexp, fuzzy and range
// queries expand from for all shards (see Expansions over shards).
type globalStatsReader struct {
	bleveindex.IndexReader
	stats *shardStats
}

func (r *globalStatsReader) DocCount() (uint64, error) { return r.stats.docs, nil }

func (r *globalStatsReader) FieldCardinality(field string) (int, error) {
	return r.stats.fieldCardinality(field)
}

func (r *globalStatsReader) TermFieldReader(ctx context.Context, term []byte, field string, freq, norm, vectors bool) (bleveindex.TermFieldReader, error) {
	n, err := r.stats.termCount(ctx, field, term)
	if err != nil {
		return nil, err
	}
	tfr, err := r.IndexReader.TermFieldReader(ctx, term, field, freq, norm, vectors)
	if err != nil {
		return nil, err
	}
	return globalCountReader{TermFieldReader: tfr, count: n}, nil
}

// errNoSupport is what a shard whose index format lacks one of the optional
// readers answers (every scorch index, bleve's default, has them all).
var errNoSupport = errors.New("index format does not support this query across shards")

// Expansions over shards.
//
// A wildcard, regexp, fuzzy or range word becomes a disjunction of the
// index terms it matches, scored with a coordination factor: matching
// terms over candidate terms. In each shard, bleve would take the
// candidates from that shard's dictionary alone, so the factor, and the
// score, would differ from one index's. The dictionaries below are the
// union over every shard, so each shard searches the candidates one index
// would have, in the same (term) order.

// eachShard collects the entries of one dictionary per shard.
func (r *globalStatsReader) eachShard(open func(bleveindex.IndexReader) (bleveindex.FieldDict, error)) (bleveindex.FieldDict, error) {
	var entries []bleveindex.DictEntry
	for _, sr := range r.stats.readers {
		d, err := open(sr)
		if err != nil {
			return nil, err
		}
		for {
			e, err := d.Next()
			if err != nil {
				d.Close()
				return nil, err
			}
			if e == nil {
				break
			}
			entries = append(entries, *e)
			// More candidates than a query may expand to: the searcher
			// refuses the query whichever they are.
			if len(entries) > 2*MaxExpansion*len(r.stats.readers) {
				break
			}
		}
		if err := d.Close(); err != nil {
			return nil, err
		}
	}
	return newMergedDict(entries), nil
}

func (r *globalStatsReader) FieldDictRange(field string, start, end []byte) (bleveindex.FieldDict, error) {
	return r.eachShard(func(sr bleveindex.IndexReader) (bleveindex.FieldDict, error) {
		return sr.FieldDictRange(field, start, end)
	})
}

func (r *globalStatsReader) FieldDictPrefix(field string, prefix []byte) (bleveindex.FieldDict, error) {
	return r.eachShard(func(sr bleveindex.IndexReader) (bleveindex.FieldDict, error) {
		return sr.FieldDictPrefix(field, prefix)
	})
}

func (r *globalStatsReader) FieldDictRegexp(field, re string) (bleveindex.FieldDict, error) {
	d, _, err := r.FieldDictRegexpAutomaton(field, re)
	return d, err
}

func (r *globalStatsReader) FieldDictRegexpAutomaton(field, re string) (bleveindex.FieldDict, bleveindex.RegexAutomaton, error) {
	var auto bleveindex.RegexAutomaton
	d, err := r.eachShard(func(sr bleveindex.IndexReader) (bleveindex.FieldDict, error) {
		x, ok := sr.(bleveindex.IndexReaderRegexp)
		if !ok {
			return nil, errNoSupport
		}
		d, a, err := x.FieldDictRegexpAutomaton(field, re)
		auto = a
		return d, err
	})
	return d, auto, err
}

func (r *globalStatsReader) FieldDictFuzzy(field, term string, fuzziness int, prefix string) (bleveindex.FieldDict, error) {
	d, _, err := r.FieldDictFuzzyAutomaton(field, term, fuzziness, prefix)
	return d, err
}

func (r *globalStatsReader) FieldDictFuzzyAutomaton(field, term string, fuzziness int, prefix string) (bleveindex.FieldDict, bleveindex.FuzzyAutomaton, error) {
	var auto bleveindex.FuzzyAutomaton
	d, err := r.eachShard(func(sr bleveindex.IndexReader) (bleveindex.FieldDict, error) {
		x, ok := sr.(bleveindex.IndexReaderFuzzy)
		if !ok {
			return nil, errNoSupport
		}
		d, a, err := x.FieldDictFuzzyAutomaton(field, term, fuzziness, prefix)
		auto = a
		return d, err
	})
	return d, auto, err
}

// FieldDictContains answers whether any shard holds a term: a numeric or
// date range keeps the candidate terms some shard has.
func (r *globalStatsReader) FieldDictContains(field string) (bleveindex.FieldDictContains, error) {
	var all anyContains
	for _, sr := range r.stats.readers {
		x, ok := sr.(bleveindex.IndexReaderContains)
		if !ok {
			return nil, errNoSupport
		}
		c, err := x.FieldDictContains(field)
		if err != nil {
			return nil, err
		}
		all = append(all, c)
	}
	return all, nil
}

type anyContains []bleveindex.FieldDictContains

func (a anyContains) Contains(key []byte) (bool, error) {
	for _, c := range a {
		ok, err := c.Contains(key)
		if err != nil || ok {
			return ok, err
		}
	}
	return false, nil
}

func (a anyContains) BytesRead() uint64 {
	var n uint64
	for _, c := range a {
		n += c.BytesRead()
	}
	return n
}

// mergedDict is the union of several dictionaries' entries, in term
// order, each term once with its counts summed.
type mergedDict struct {
	entries []bleveindex.DictEntry
	next    int
}

func newMergedDict(entries []bleveindex.DictEntry) *mergedDict {
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].Term < entries[j].Term })
	out := entries[:0]
	for _, e := range entries {
		if n := len(out); n > 0 && out[n-1].Term == e.Term {
			out[n-1].Count += e.Count
			continue
		}
		out = append(out, e)
	}
	return &mergedDict{entries: out}
}

func (d *mergedDict) Next() (*bleveindex.DictEntry, error) {
	if d.next >= len(d.entries) {
		return nil, nil
	}
	d.next++
	return &d.entries[d.next-1], nil
}

func (d *mergedDict) Close() error      { return nil }
func (d *mergedDict) Cardinality() int  { return len(d.entries) }
func (d *mergedDict) BytesRead() uint64 { return 0 }

// globalCountReader reports the term's document count over all shards;
// BM25's idf is computed from it.
type globalCountReader struct {
	bleveindex.TermFieldReader
	count uint64
}

func (t globalCountReader) Count() uint64 { return t.count }
