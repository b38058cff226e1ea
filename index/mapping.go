package index

import (
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// Document kinds in the index, in the "type" field.
const (
	KindArticle = "article"
	KindFact    = "fact"
)

// NewMapping describes the two kinds of document: articles (full text in
// Chinese analysis, names as keywords, the whole record stored for export)
// and facts (one per extracted fact, with numeric value, year and total so
// that they can be filtered by range).
func NewMapping(analyzer string) (*mapping.IndexMappingImpl, error) {
	im := mapping.NewIndexMapping()
	im.TypeField = "type"
	if err := im.AddCustomAnalyzer(AnalyzerChinese, analyzerConfig); err != nil {
		return nil, err
	}
	if err := im.AddCustomAnalyzer(AnalyzerBigram, bigramConfig); err != nil {
		return nil, err
	}
	im.DefaultAnalyzer = analyzer

	text := func(store bool) *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store = store
		f.IncludeTermVectors = store
		return f
	}
	// Doc values only where a search sorts or counts facets on the field:
	// each costs a column in every segment.
	kw := func() *mapping.FieldMapping {
		f := mapping.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.IncludeInAll = false
		f.DocValues = true
		return f
	}
	filter := func() *mapping.FieldMapping {
		f := kw()
		f.DocValues = false
		return f
	}
	num := func() *mapping.FieldMapping {
		f := mapping.NewNumericFieldMapping()
		f.IncludeInAll = false
		return f
	}
	stored := func() *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Index = false
		f.Store = true
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		return f
	}
	date := func() *mapping.FieldMapping {
		f := mapping.NewDateTimeFieldMapping()
		f.IncludeInAll = false
		return f
	}

	article := mapping.NewDocumentMapping()
	article.AddFieldMappingsAt("type", kw())
	article.AddFieldMappingsAt("title", text(true))
	// The text is stored for snippets and export, and indexed only
	// inside _all, by Batch.indexArticle: "text:" searches go to _all.
	body := text(true)
	body.Index = false
	article.AddFieldMappingsAt("text", body)
	article.AddFieldMappingsAt("source", kw())
	article.AddFieldMappingsAt("site", kw())
	article.AddFieldMappingsAt("published", kw())
	article.AddFieldMappingsAt("published_at", date())
	article.AddFieldMappingsAt("year", kw())
	article.AddFieldMappingsAt("authors", kw())
	article.AddFieldMappingsAt("hospitals", kw())
	article.AddFieldMappingsAt("provinces", kw())
	article.AddFieldMappingsAt("cities", kw())
	article.AddFieldMappingsAt("metrics", kw())
	article.AddFieldMappingsAt("script", kw())
	article.AddFieldMappingsAt("facets", kw())
	article.AddFieldMappingsAt("group", kw())
	article.AddFieldMappingsAt("sources", kw())
	// "simhash group", read from the term dictionary when an ingest
	// opens the index to group near-duplicates (dedupe.go), and from doc
	// values by searches sorted on it: no stored document is loaded.
	dupkey := kw()
	dupkey.Store = false
	article.AddFieldMappingsAt("dupkey", dupkey)
	article.AddFieldMappingsAt("fact_count", num())
	article.AddFieldMappingsAt("record", stored())
	im.AddDocumentMapping(KindArticle, article)

	// A fact is indexed for what FactQuery filters, sorts and counts by
	// (metric, hospital, place, year, value, words of the evidence);
	// everything else, and the evidence as written, is read from its
	// stored record. Facts are nine in ten of the index's documents: each
	// field left out is ingest time saved.
	fact := mapping.NewDocumentMapping()
	fact.Dynamic = false
	fact.AddFieldMappingsAt("type", filter())
	fact.AddFieldMappingsAt("article", filter())
	fact.AddFieldMappingsAt("hospital", kw())
	fact.AddFieldMappingsAt("province", filter())
	fact.AddFieldMappingsAt("city", filter())
	fact.AddFieldMappingsAt("metric", kw())
	fact.AddFieldMappingsAt("value", num())
	fact.AddFieldMappingsAt("year", num())
	// Matched by words, never highlighted or read back: no term vectors.
	evidence := text(false)
	evidence.IncludeInAll = false
	fact.AddFieldMappingsAt("evidence", evidence)
	fact.AddFieldMappingsAt("record", stored())
	im.AddDocumentMapping(KindFact, fact)

	im.DefaultMapping.Enabled = false
	// BM25 ranks better than classic tf-idf; over shards it scores with
	// the statistics of all shards together (see globalstats.go).
	im.ScoringModel = bleveindex.BM25Scoring
	return im, nil
}
