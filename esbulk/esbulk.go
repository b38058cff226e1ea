// Package esbulk writes articles for Elasticsearch and OpenSearch, for
// users whose search outgrows bleve. It targets Elasticsearch 8.x and
// OpenSearch 2.x: composable index templates (_index_template), the bulk
// API with "index" actions, and no mapping types.
//
// In: zhnews.Articles. Out: bulk-API NDJSON (an action line, then the
// document, per article) cut into chunks under the servers' default
// 100 MB request limit, a manifest naming the chunks, and a composable
// index template whose strict mapping keeps every field a document
// carries: names and metrics as keywords, text under a Chinese analyzer,
// hospitals and facts as nested objects. Load posts them and reports each
// document a server refused.
package esbulk

import (
	"encoding/json"
	"fmt"
	"io"

	"zhnews"
)

// doc is an article as Elasticsearch stores it: a fact's value is a
// number or a string, which one mapping cannot hold in one field, so it is
// split into value_num and value_text.
type doc struct {
	zhnews.Article
	Published *string   `json:"published,omitempty"`
	Facts     []factDoc `json:"facts"`
}

type factDoc struct {
	zhnews.Fact
	Value     any      `json:"value,omitempty"`
	ValueNum  *float64 `json:"value_num,omitempty"`
	ValueText string   `json:"value_text,omitempty"`
}

// WriteArticle writes one article's action and document lines.
func WriteArticle(w io.Writer, index string, a zhnews.Article) error {
	b, err := Lines(index, a)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// Lines is an article's action and document lines, newline-terminated.
func Lines(index string, a zhnews.Article) ([]byte, error) {
	action, err := json.Marshal(map[string]any{"index": map[string]string{"_index": index, "_id": a.ID}})
	if err != nil {
		return nil, err
	}
	d := doc{Article: a}
	if a.Published != "" {
		d.Published = &a.Published // empty dates are left out, not mapped
	}
	for _, f := range a.Facts {
		fd := factDoc{Fact: f}
		if x, ok := f.Number(); ok {
			fd.ValueNum = &x
		} else {
			fd.ValueText = fmt.Sprint(f.Value)
		}
		d.Facts = append(d.Facts, fd)
	}
	body, err := json.Marshal(d)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(action)+len(body)+2)
	out = append(append(append(append(out, action...), '\n'), body...), '\n')
	return out, nil
}

// Analyzers the template can use for Chinese text.
const (
	// AnalyzerCJK: the engines' built-in CJK bigrams; works on a plain
	// Elasticsearch or OpenSearch, no plugin. Recall is high, precision
	// lower (every two-character run is a term).
	AnalyzerCJK = "cjk"
	// AnalyzerSmartCN: the analysis-smartcn plugin's word segmenter
	// (bundled with both engines as an installable plugin).
	AnalyzerSmartCN = "smartcn"
	// AnalyzerIK: the IK plugin (elasticsearch-analysis-ik, or OpenSearch's
	// port): ik_max_word when indexing, ik_smart when searching.
	AnalyzerIK = "ik"
)

// Analyzers lists the analyzer names Template accepts.
var Analyzers = []string{AnalyzerCJK, AnalyzerSmartCN, AnalyzerIK}

// Options shape the template.
type Options struct {
	Analyzer string // one of Analyzers; "" is AnalyzerCJK
	// Version is the zhnews release that wrote the export, kept in the
	// mapping's _meta so that an index says what made it.
	Version string
}

// analysis returns the settings' analysis block: the "zh" analyzer for
// indexing and "zh_search" for queries.
func analysis(name string) (map[string]any, error) {
	switch name {
	case "", AnalyzerCJK:
		zh := map[string]any{"type": "custom", "tokenizer": "standard", "filter": []string{"cjk_width", "lowercase", "cjk_bigram"}}
		return map[string]any{"analyzer": map[string]any{"zh": zh, "zh_search": zh}}, nil
	case AnalyzerSmartCN:
		zh := map[string]any{"type": "custom", "tokenizer": "smartcn_tokenizer", "filter": []string{"lowercase"}}
		return map[string]any{"analyzer": map[string]any{"zh": zh, "zh_search": zh}}, nil
	case AnalyzerIK:
		return map[string]any{"analyzer": map[string]any{
			"zh":        map[string]any{"type": "custom", "tokenizer": "ik_max_word", "filter": []string{"lowercase"}},
			"zh_search": map[string]any{"type": "custom", "tokenizer": "ik_smart", "filter": []string{"lowercase"}},
		}}, nil
	}
	return nil, fmt.Errorf("unknown analyzer %q (cjk, smartcn or ik)", name)
}

// Template is a composable index template for indexes matching pattern
// (zhnews-*). The text is simplified already: query the same way
// (zhnews's clean stage, or the OpenCC plugin).
func Template(pattern string, o Options) ([]byte, error) {
	an, err := analysis(o.Analyzer)
	if err != nil {
		return nil, err
	}
	keyword := map[string]any{"type": "keyword"}
	text := map[string]any{"type": "text", "analyzer": "zh", "search_analyzer": "zh_search"}
	integer := map[string]any{"type": "integer"}
	meta := map[string]any{"producer": "zhnews", "analyzer": o.Analyzer}
	if o.Analyzer == "" {
		meta["analyzer"] = AnalyzerCJK
	}
	if o.Version != "" {
		meta["zhnews_version"] = o.Version
	}
	t := map[string]any{
		"index_patterns": []string{pattern},
		"_meta":          meta,
		"template": map[string]any{
			"settings": map[string]any{"analysis": an},
			"mappings": map[string]any{
				"dynamic": "strict",
				"_meta":   meta,
				"properties": map[string]any{
					"id":        keyword,
					"source":    keyword,
					"title":     map[string]any{"type": "text", "analyzer": "zh", "search_analyzer": "zh_search", "fields": map[string]any{"raw": keyword}},
					"published": map[string]any{"type": "date", "format": "yyyy-MM-dd||yyyy-MM||yyyy"},
					"authors":   keyword,
					"site":      keyword,
					"script":    keyword,
					"text":      text,
					"warnings":  keyword,
					"simhash":   keyword,
					"sources":   keyword,
					"group":     keyword,
					"fetched":   map[string]any{"type": "date", "format": "strict_date_time_no_millis||strict_date_optional_time"},
					"hospitals": map[string]any{"type": "nested", "properties": map[string]any{
						"name": keyword, "province": keyword, "city": keyword,
					}},
					"facts": map[string]any{"type": "nested", "properties": map[string]any{
						"hospital":   keyword,
						"metric":     keyword,
						"value_num":  map[string]any{"type": "double"},
						"value_text": keyword,
						"approx":     map[string]any{"type": "boolean"},
						"unit":       keyword,
						"year":       integer,
						"scope":      text,
						"total":      integer,
						"evidence":   text,
						"start":      integer,
						"end":        integer,
					}},
				},
			},
		},
	}
	return json.MarshalIndent(t, "", "  ")
}
