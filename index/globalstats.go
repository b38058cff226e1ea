package index

import (
	"context"
	"errors"
	"sync"

	"github.com/blevesearch/bleve/v2"
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
	n, err := unionSize(st.readers, field)
	if err != nil {
		return 0, err
	}
	st.fields[field] = n
	return n, nil
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
	stats *shardStats
}

func (q globalStatsQuery) Searcher(ctx context.Context, r bleveindex.IndexReader, m mapping.IndexMapping, o search.SearcherOptions) (search.Searcher, error) {
	return q.Query.Searcher(ctx, &globalStatsReader{IndexReader: r, stats: q.stats}, m, o)
}

// Validate keeps the wrapped query's own checks.
func (q globalStatsQuery) Validate() error {
	if v, ok := q.Query.(query.ValidatableQuery); ok {
		return v.Validate()
	}
	return nil
}

// globalStatsReader is one shard's reader answering collection statistics
// for all shards. It forwards the optional reader interfaces bleve's
// searchers look for (regexp, fuzzy, contains), so that wildcard, fuzzy and
// range queries run as they do on the shard itself.
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

func (r *globalStatsReader) FieldDictRegexp(field, re string) (bleveindex.FieldDict, error) {
	if x, ok := r.IndexReader.(bleveindex.IndexReaderRegexp); ok {
		return x.FieldDictRegexp(field, re)
	}
	return nil, errNoSupport
}

func (r *globalStatsReader) FieldDictRegexpAutomaton(field, re string) (bleveindex.FieldDict, bleveindex.RegexAutomaton, error) {
	if x, ok := r.IndexReader.(bleveindex.IndexReaderRegexp); ok {
		return x.FieldDictRegexpAutomaton(field, re)
	}
	return nil, nil, errNoSupport
}

func (r *globalStatsReader) FieldDictFuzzy(field, term string, fuzziness int, prefix string) (bleveindex.FieldDict, error) {
	if x, ok := r.IndexReader.(bleveindex.IndexReaderFuzzy); ok {
		return x.FieldDictFuzzy(field, term, fuzziness, prefix)
	}
	return nil, errNoSupport
}

func (r *globalStatsReader) FieldDictFuzzyAutomaton(field, term string, fuzziness int, prefix string) (bleveindex.FieldDict, bleveindex.FuzzyAutomaton, error) {
	if x, ok := r.IndexReader.(bleveindex.IndexReaderFuzzy); ok {
		return x.FieldDictFuzzyAutomaton(field, term, fuzziness, prefix)
	}
	return nil, nil, errNoSupport
}

func (r *globalStatsReader) FieldDictContains(field string) (bleveindex.FieldDictContains, error) {
	if x, ok := r.IndexReader.(bleveindex.IndexReaderContains); ok {
		return x.FieldDictContains(field)
	}
	return nil, errNoSupport
}

// globalCountReader reports the term's document count over all shards;
// BM25's idf is computed from it.
type globalCountReader struct {
	bleveindex.TermFieldReader
	count uint64
}

func (t globalCountReader) Count() uint64 { return t.count }
