package index

import (
	"encoding/json"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"zhnews"
	"zhnews/dedupe"
)

func simBands(simhash string) []string {
	h, err := dedupe.Parse(simhash)
	if err != nil || simhash == "" {
		return nil
	}
	return dedupe.Bands(h)
}

// group finds a's near-duplicate group: the group of an article, in the
// batch or the index, that shares a SimHash band with a and lies within
// dedupe.MaxDistance of it; else a's own id.
func (b *Batch) group(a zhnews.Article) string {
	h, err := dedupe.Parse(a.SimHash)
	if err != nil || a.SimHash == "" {
		return a.ID
	}
	near := func(c zhnews.Article) bool {
		ch, err := dedupe.Parse(c.SimHash)
		return err == nil && c.ID != a.ID && dedupe.Distance(h, ch) <= dedupe.MaxDistance
	}
	groupOf := func(c zhnews.Article) string {
		if c.Group != "" {
			return c.Group
		}
		return c.ID
	}
	bands := dedupe.Bands(h)
	for _, band := range bands {
		for _, id := range b.bands[band] {
			if c := b.added[id]; near(c) {
				return groupOf(c)
			}
		}
	}
	var terms []query.Query
	for _, band := range bands {
		terms = append(terms, termQuery("simbands", band))
	}
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(kindQuery(KindArticle), bleve.NewDisjunctionQuery(terms...)), 200, 0, false)
	req.Fields = []string{"record"}
	req.SortBy([]string{"_id"})
	res, err := b.x.search(req)
	if err != nil {
		return a.ID
	}
	for _, hit := range res.Hits {
		var c zhnews.Article
		if json.Unmarshal([]byte(str(hit.Fields["record"])), &c) == nil && near(c) {
			return groupOf(c)
		}
	}
	return a.ID
}
