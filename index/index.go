// Package index writes articles and their facts into a bleve index and
// searches them.
//
// In: zhnews.Articles (from the extract stage) and queries. Out: ranked
// articles with highlighted snippets, facts, facet counts, and the stored
// records for export.
//
// Each article is one document of kind "article" (title and text
// analysed for Chinese by the "zh" analyzer of analysis.go, the text
// indexed once, inside _all, and stored for snippets; names and metrics
// as keywords; the whole record stored), and each of its facts one document
// of kind "fact" (id ARTICLE/NNN) with numeric value, year and total.
// Re-ingesting an article replaces both, by id.
package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"zhnews"
	"zhnews/dedupe"
)

// DefaultPath is where the index lives unless told otherwise.
const DefaultPath = "zhnews.bleve"

// Index is an open zhnews index, or several shards searched as one.
type Index struct {
	bleve  bleve.Index
	Path   string
	shards []bleve.Index // the shards behind an alias, closed with it
	stats  *shardStats   // their statistics taken together
	held   bool          // this process wrote the holder file (holder.go)
	// distinct caches one index's BM25 field lengths (globalstats.go).
	distinct distinctCache

	// The near-duplicate table of an index being written, loaded when the
	// first article is added (dedupe.go).
	dupOnce  sync.Once
	dupTable *dupTable
	dupErr   error

	// Writing: batches are written with bleve's unsafe_batch (see
	// CommitAsync), persisting counts the commits not yet on disk (and
	// unpersisted holds a token for each), and generation counts the
	// commits made (it keys cached statistics).
	unpersisted chan struct{}
	persisting  sync.WaitGroup
	generation  atomic.Uint64

	// Stats of generation statsGen (facts.go).
	statsMu    sync.Mutex
	statsCache Stats
	statsGen   uint64
	statsOK    bool
}

// search runs a request. Over shards, the query scores with the statistics
// of all shards together (see globalstats.go), so that results equal those
// of one index holding all the articles.
func (x *Index) search(req *bleve.SearchRequest) (*bleve.SearchResult, error) {
	return x.searchContext(context.Background(), req)
}

// searchContext is search stopped when ctx is done.
func (x *Index) searchContext(ctx context.Context, req *bleve.SearchRequest) (*bleve.SearchResult, error) {
	if !sortsByScore(req) {
		// Scores make no difference to what is found: bleve's own
		// statistics do, and cost nothing (ingest's duplicate lookups and
		// the export's pages come this way).
		return x.bleve.SearchInContext(ctx, req)
	}
	inner := *req
	if len(x.shards) == 0 {
		// One index scores with distinct-term field lengths too
		// (globalstats.go), so that its scores do not depend on how its
		// segments happen to be merged.
		inner.Query = globalStatsQuery{Query: req.Query, distinct: &x.distinct}
		return x.bleve.SearchInContext(ctx, &inner)
	}
	inner.Query = globalStatsQuery{Query: req.Query, stats: x.stats}
	return x.bleve.SearchInContext(ctx, &inner)
}

// sortsByScore reports whether req's order depends on scores (bleve's
// default order is by score).
func sortsByScore(req *bleve.SearchRequest) bool {
	if len(req.Sort) == 0 {
		return true
	}
	for _, s := range req.Sort {
		if _, ok := s.(*search.SortScore); ok {
			return true
		}
	}
	return false
}

// OpenShards opens several indexes (written by separate ingests, on
// separate machines perhaps) for reading as one, with bleve's IndexAlias.
// One path is the same as OpenReadOnly.
func OpenShards(paths []string) (*Index, error) {
	if len(paths) == 1 {
		return OpenReadOnly(paths[0])
	}
	x := &Index{Path: strings.Join(paths, ",")}
	version := 0
	for i, p := range paths {
		s, err := OpenReadOnly(p)
		if err != nil {
			x.Close()
			return nil, err
		}
		x.shards = append(x.shards, s.bleve)
		// Near-duplicate groups span the shards: hashes of two versions
		// must not be compared.
		v, err := s.SimHashVersion()
		if err == nil && i > 0 && v != version {
			err = fmt.Errorf("index %s holds SimHashes of version %d, %s of version %d: ingest into the older one (it is rehashed) before searching them together", p, v, paths[0], version)
		}
		if err != nil {
			x.Close()
			return nil, err
		}
		version = v
	}
	alias := bleve.NewIndexAlias(x.shards...)
	if err := alias.SetIndexMapping(x.shards[0].Mapping()); err != nil {
		x.Close()
		return nil, err
	}
	x.bleve = alias
	st, err := openShardStats(x.shards)
	if err != nil {
		x.Close()
		return nil, fmt.Errorf("index %s: %w", x.Path, err)
	}
	x.stats = st
	return x, nil
}

// Open opens the index at path, creating it (with the "zh" analyzer) when
// the folder does not exist.
func Open(path string) (*Index, error) {
	return OpenWith(path, AnalyzerChinese)
}

// OpenWith is Open with the analyzer a new index uses (AnalyzerChinese,
// or bleve's "cjk" for comparison); an existing index keeps its own.
func OpenWith(path, analyzer string) (*Index, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		m, err := NewMapping(analyzer)
		if err != nil {
			return nil, fmt.Errorf("index %s: mapping: %w", path, err)
		}
		// Created with safe batches and closed: the mapping is written
		// like a batch, and with unsafe_batch it would not be on disk
		// before a first commit was (an index closed empty lost it).
		b, err := bleve.New(path, m)
		if err != nil {
			return nil, fmt.Errorf("index %s: create: %w", path, err)
		}
		err = b.SetInternal(simHashVersionKey, []byte(strconv.Itoa(dedupe.Version)))
		if cerr := b.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return nil, fmt.Errorf("index %s: create: %w", path, err)
		}
	}
	b, err := bleve.OpenUsing(path, writeConfig())
	if err != nil {
		if he := heldError(path, err); he != err {
			return nil, he
		}
		return nil, fmt.Errorf("index %s: open: %w", path, err)
	}
	return newWriting(b, path), nil
}

// maxUnpersisted is how many commits may wait for the persister; the next
// one blocks until the oldest is on disk. Two let the persister write one
// batch while the next is built, and bound the memory the in-memory
// segments take when the persister falls behind (a shared disk, a busy
// machine): on a busy machine, peak memory at 5,000 articles was 517 MB
// without the bound, 360–470 MB with it.
const maxUnpersisted = 2

func newWriting(b bleve.Index, path string) *Index {
	return &Index{bleve: b, Path: path, unpersisted: make(chan struct{}, maxUnpersisted)}
}

// writeConfig is the scorch configuration of an index opened for writing.
func writeConfig() map[string]interface{} {
	return map[string]interface{}{"unsafe_batch": true, "bolt_timeout": LockWait.String()}
}

// OpenReadOnly opens an existing index for searching.
func OpenReadOnly(path string) (*Index, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("index %s: %w (run zhnews ingest first)", path, err)
	}
	b, err := bleve.OpenUsing(path, map[string]interface{}{"read_only": true, "bolt_timeout": LockWait.String()})
	if err != nil {
		if he := heldError(path, err); he != err {
			return nil, he
		}
		return nil, fmt.Errorf("index %s: open: %w", path, err)
	}
	return &Index{bleve: b, Path: path}, nil
}

// Close flushes and closes the index (every shard of an alias). Commits
// in flight are written to disk first.
func (x *Index) Close() error {
	x.persisting.Wait()
	x.release()
	if len(x.shards) == 0 {
		return x.bleve.Close()
	}
	if x.stats != nil {
		x.stats.close()
	}
	var first error
	for _, s := range x.shards {
		if err := s.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// Count is the number of articles in the index.
func (x *Index) Count() (uint64, error) {
	req := bleve.NewSearchRequestOptions(kindQuery(KindArticle), 0, 0, false)
	res, err := x.search(req)
	if err != nil {
		return 0, err
	}
	return res.Total, nil
}

// articleDoc is the indexed form of an article.
type articleDoc struct {
	Type        string     `json:"type"`
	Title       string     `json:"title"`
	Text        string     `json:"text"`
	Source      string     `json:"source"`
	Site        string     `json:"site"`
	Published   string     `json:"published"`
	PublishedAt *time.Time `json:"published_at,omitempty"`
	Year        string     `json:"year,omitempty"`
	Authors     []string   `json:"authors"`
	Hospitals   []string   `json:"hospitals"`
	Provinces   []string   `json:"provinces"`
	Cities      []string   `json:"cities"`
	Metrics     []string   `json:"metrics"`
	Script      string     `json:"script"`
	Group       string     `json:"group"`
	Sources     []string   `json:"sources"`
	DupKey      string     `json:"dupkey,omitempty"`
	// Facets holds "hospital:…", "province:…", "metric:…" and "year:…" in
	// one field: one doc-value visit per hit counts all four facets.
	Facets    []string `json:"facets"`
	FactCount int      `json:"fact_count"`
	Record    string   `json:"record"`
}

// factDoc is the indexed form of one fact.
type factDoc struct {
	Type     string   `json:"type"`
	Article  string   `json:"article"`
	Hospital string   `json:"hospital"`
	Province string   `json:"province"`
	City     string   `json:"city"`
	Metric   string   `json:"metric"`
	Value    *float64 `json:"value,omitempty"`
	Year     int      `json:"year,omitempty"`
	Evidence string   `json:"evidence"`
	Record   string   `json:"record"`
}

// FactRecord is a fact with the article it came from, as stored and as
// the facts command and API return it.
type FactRecord struct {
	zhnews.Fact
	Province string `json:"province"`
	City     string `json:"city"`
	Article  string `json:"article"`
	Source   string `json:"source"`
	Title    string `json:"title"`
}

// Batch collects documents to write together.
type Batch struct {
	x     *Index
	b     *bleve.Batch
	count int
	// The articles of the batch by id: a duplicate may come before the
	// batch is committed; and those of the commit in flight.
	added, inflight map[string]zhnews.Article
	introduced      chan error // the commit in flight, until it is in the index
}

// NewBatch starts a batch.
func (x *Index) NewBatch() *Batch {
	return &Batch{x: x, b: x.bleve.NewBatch(), added: map[string]zhnews.Article{}}
}

// Len is the number of articles in the batch.
func (b *Batch) Len() int { return b.count }

// Add puts an article and its facts into the batch, replacing what the
// index holds under the same id.
//
// An exact duplicate (the same text, so the same id) is kept once with
// every source it was read from; a near-duplicate (SimHash within
// dedupe.MaxDistance of an indexed article's) joins that article's group.
func (b *Batch) Add(a zhnews.Article) error { return b.AddAnalysed(a, nil) }

// AddAnalysed is Add with the article's text cut already (AnalyzeText),
// so that the index does not cut it again; text may be nil.
func (b *Batch) AddAnalysed(a zhnews.Article, text *TextTokens) error {
	dups, err := b.x.dups()
	if err != nil {
		return err
	}
	return b.add(a, text, dups)
}

// add is AddAnalysed with the table that finds near-duplicates.
func (b *Batch) add(a zhnews.Article, text *TextTokens, dups *dupTable) error {
	hash, hashErr := dedupe.Parse(a.SimHash)
	hashed := hashErr == nil && a.SimHash != ""
	var group string
	var near, same bool
	if hashed {
		group, near, same = dups.find(hash)
	}
	prev, seen := b.added[a.ID]
	if !seen {
		prev, seen = b.inflight[a.ID]
	}
	if !seen && (same || !hashed) {
		// The same id is the same text, so the same hash: only an article
		// whose hash the index holds can be in it already.
		prev, seen = b.x.storedArticle(a.ID)
	}
	if seen {
		for i := len(a.Facts); i < len(prev.Facts); i++ {
			b.b.Delete(factID(a.ID, i))
		}
		a.Sources = appendNew(append([]string(nil), prev.Sources...), prev.Source)
		a.Group = prev.Group
	}
	a.Sources = appendNew(a.Sources, a.Source)
	if len(a.Sources) == 1 {
		a.Sources = nil // one source: the record's source says it
	}
	if a.Group == "" {
		a.Group = a.ID
		if near {
			a.Group = group
		}
	}
	if err := b.put(a, text); err != nil {
		return err
	}
	b.added[a.ID] = a
	if hashed && !seen {
		dups.add(hash, a.Group)
	}
	b.count++
	return nil
}

// put writes the documents of an article, whose group and sources are
// settled, and of its facts into the batch.
func (b *Batch) put(a zhnews.Article, text *TextTokens) error {
	// The record is stored without its text: the text field is stored
	// already (highlighting needs it), and a second copy doubled the index.
	bare := a
	bare.Text = ""
	rec, err := json.Marshal(bare)
	if err != nil {
		return err
	}
	doc := articleDoc{
		Group: a.Group, Sources: a.Sources, DupKey: dupKey(a),
		Type: KindArticle, Title: a.Title, Text: a.Text, Source: a.Source, Site: a.Site,
		Published: a.Published, PublishedAt: publishedTime(a.Published), Authors: a.Authors,
		Script: a.Script, FactCount: len(a.Facts), Record: string(rec),
	}
	if len(a.Published) >= 4 {
		doc.Year = a.Published[:4]
	}
	place := map[string]zhnews.Hospital{}
	for _, h := range a.Hospitals {
		place[h.Name] = h
		doc.Hospitals = appendNew(doc.Hospitals, h.Name)
		doc.Provinces = appendNew(doc.Provinces, h.Province)
		doc.Cities = appendNew(doc.Cities, h.City)
	}
	for i, f := range a.Facts {
		doc.Metrics = appendNew(doc.Metrics, f.Metric)
		fr := FactRecord{Fact: f, Province: place[f.Hospital].Province, City: place[f.Hospital].City, Article: a.ID, Source: a.Source, Title: a.Title}
		rec, err := json.Marshal(fr)
		if err != nil {
			return err
		}
		fd := factDoc{
			Type: KindFact, Article: a.ID, Hospital: f.Hospital, Province: fr.Province, City: fr.City,
			Metric: f.Metric, Year: f.Year, Evidence: f.Evidence, Record: string(rec),
		}
		if x, ok := f.Number(); ok {
			fd.Value = &x
		}
		if err := b.b.Index(factID(a.ID, i), fd); err != nil {
			return err
		}
	}
	doc.Facets = facetTerms(doc)
	return b.indexArticle(a, doc, text)
}

// indexArticle puts the article's document into the batch.
//
// The text is indexed once, inside _all (textInAllOnly): bleve would
// index it a second time under its own name, and the two inverted
// indexes of the same words were a fifth of ingest's CPU. It is analysed
// here, or its tokens come made (AnalyzeText) when they are those of the
// field's analyzer, and composed into _all as scorch composes an indexed field,
// so that _all and its scores are what they were; its term vectors keep
// the name "text", so that snippets are cut from it.
func (b *Batch) indexArticle(a zhnews.Article, doc articleDoc, text *TextTokens) error {
	m := b.x.bleve.Mapping()
	d := document.NewDocument(a.ID)
	if err := m.MapDocument(d, doc); err != nil {
		return err
	}
	if textInAllOnly(m) {
		name := m.AnalyzerNameForPath("text")
		var freqs bleveindex.TokenFrequencies
		var n int
		if text != nil && text.text == a.Text && name == AnalyzerChinese {
			freqs, n = text.freqs, text.length
		} else {
			an := m.AnalyzerNamed(name)
			if an == nil {
				return fmt.Errorf("no analyzer %q for the text", name)
			}
			stream := an.Analyze([]byte(a.Text))
			freqs, n = analysis.TokenFrequency(stream, nil, bleveindex.IndexField|bleveindex.IncludeTermVectors), len(stream)
		}
		d.VisitComposite(func(cf bleveindex.CompositeField) { cf.Compose("text", n, freqs) })
	}
	// An index made before indexes the text field too: bleve analyses it.
	return b.b.IndexAdvanced(d)
}

// textInAllOnly tells whether the index's mapping leaves the text field
// out of the inverted index, to be found through _all (NewMapping); an
// index made by an earlier zhnews indexes it under its own name too.
func textInAllOnly(m mapping.IndexMapping) bool {
	return !m.FieldMappingForPath("text").Index
}

// Commit writes the batch; the documents are in the index, and on disk,
// when it returns.
func (b *Batch) Commit() error {
	var err error
	if cerr := b.CommitAsync(func(e error) { err = e }); cerr != nil {
		return cerr
	}
	if ferr := b.Flush(); ferr != nil {
		return ferr
	}
	return err
}

// CommitAsync writes the batch in the background and empties it for the
// next articles; done (may be nil) is called, from another goroutine, once
// the documents are on disk, or with the error that kept them from it.
// The calls of done come in the order of the commits. One commit is
// written at a time: CommitAsync first waits until the one before is in
// the index, and returns its error.
//
// The index writes with bleve's unsafe_batch: a commit returns once its
// documents are searchable, and the persister writes them to disk while
// the next batch is built. What a crash can lose is what done has not yet
// been called for.
func (b *Batch) CommitAsync(done func(error)) error {
	if err := b.waitIntroduced(); err != nil {
		return err
	}
	// The articles of the batch being written: duplicates of them may
	// come before it is in the index.
	b.inflight, b.added = b.added, map[string]zhnews.Article{}
	bb := b.b
	b.b, b.count = b.x.bleve.NewBatch(), 0
	if bb.Size() == 0 {
		if done != nil {
			b.x.afterPersisted(done)
		}
		return nil
	}
	// Bound the commits in memory and not yet on disk: when the
	// persister falls behind, their segments pile up in memory.
	if b.x.unpersisted != nil {
		b.x.unpersisted <- struct{}{}
	}
	b.x.persisting.Add(1)
	var once sync.Once
	finish := func(err error) {
		once.Do(func() {
			if done != nil {
				done(err)
			}
			if b.x.unpersisted != nil {
				<-b.x.unpersisted
			}
			b.x.persisting.Done()
		})
	}
	bb.SetPersistedCallback(finish)
	introduced := make(chan error, 1)
	b.introduced = introduced
	go func() {
		err := b.x.bleve.Batch(bb)
		if err != nil {
			finish(err)
		}
		b.x.generation.Add(1)
		introduced <- err
	}()
	return nil
}

// waitIntroduced waits for the commit in flight to be in the index.
func (b *Batch) waitIntroduced() error {
	if b.introduced == nil {
		return nil
	}
	err := <-b.introduced
	b.introduced = nil
	b.inflight = nil
	return err
}

// Flush waits until every commit of the batch is in the index and on
// disk, and returns the error of the last one.
func (b *Batch) Flush() error {
	err := b.waitIntroduced()
	b.x.persisting.Wait()
	return err
}

// afterPersisted calls done once what was committed before is on disk.
func (x *Index) afterPersisted(done func(error)) {
	x.persisting.Wait()
	done(nil)
}

func facetTerms(d articleDoc) []string {
	var out []string
	add := func(name string, values ...string) {
		for _, v := range values {
			if v != "" {
				out = append(out, name+":"+v)
			}
		}
	}
	add("hospital", d.Hospitals...)
	add("province", d.Provinces...)
	add("metric", d.Metrics...)
	add("year", d.Year)
	return out
}

func factID(article string, i int) string { return fmt.Sprintf("%s/%03d", article, i) }

// storedArticle reads the record the index holds under id.
func (x *Index) storedArticle(id string) (zhnews.Article, bool) {
	a, ok, err := x.Article(id)
	return a, ok && err == nil
}

func publishedTime(p string) *time.Time {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, p); err == nil {
			return &t
		}
	}
	return nil
}

func appendNew(list []string, s string) []string {
	if s == "" {
		return list
	}
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// BleveType tells bleve which document mapping applies (bleve.Classifier).
func (articleDoc) BleveType() string { return KindArticle }

// BleveType tells bleve which document mapping applies (bleve.Classifier).
func (factDoc) BleveType() string { return KindFact }
