// Package esbulk writes articles for Elasticsearch and OpenSearch, for
// users whose search outgrows bleve.
//
// In: zhnews.Articles. Out: bulk-API NDJSON (an action line, then the
// document, per article) and a composable index template whose mapping
// keeps the record's fields: names and metrics as keywords, text under a
// Chinese analyzer, hospitals and facts as nested objects.
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
	action, err := json.Marshal(map[string]any{"index": map[string]string{"_index": index, "_id": a.ID}})
	if err != nil {
		return err
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
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n%s\n", action, body)
	return err
}

// Template is a composable index template for indexes matching pattern
// (zhnews-*). Its "zh" analyzer uses the engines' built-in CJK bigrams, so
// it works on a plain Elasticsearch or OpenSearch; with the analysis-smartcn
// or IK plugin installed, set the analyzer's tokenizer to smartcn_tokenizer
// or ik_max_word for word segmentation. The text is simplified already:
// query the same way (zhnews's clean stage, or the OpenCC plugin).
func Template(pattern string) ([]byte, error) {
	keyword := map[string]any{"type": "keyword"}
	text := map[string]any{"type": "text", "analyzer": "zh"}
	integer := map[string]any{"type": "integer"}
	t := map[string]any{
		"index_patterns": []string{pattern},
		"template": map[string]any{
			"settings": map[string]any{
				"analysis": map[string]any{
					"analyzer": map[string]any{
						"zh": map[string]any{
							"type":      "custom",
							"tokenizer": "standard",
							"filter":    []string{"cjk_width", "lowercase", "cjk_bigram"},
						},
					},
				},
			},
			"mappings": map[string]any{
				"dynamic": "strict",
				"properties": map[string]any{
					"id":        keyword,
					"source":    keyword,
					"title":     map[string]any{"type": "text", "analyzer": "zh", "fields": map[string]any{"raw": keyword}},
					"published": map[string]any{"type": "date", "format": "yyyy-MM-dd||yyyy-MM||yyyy"},
					"authors":   keyword,
					"site":      keyword,
					"script":    keyword,
					"text":      text,
					"warnings":  keyword,
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
