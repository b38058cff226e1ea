package index

import (
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"zhnews"
	"zhnews/dedupe"
)

// dupKey is what grouping needs of an indexed article: "simhash group".
func dupKey(a zhnews.Article) string {
	if a.SimHash == "" {
		return ""
	}
	return a.SimHash + " " + a.Group
}

// parseDupKey reads the article's SimHash and group from a hit sorted by
// dupkey.
func parseDupKey(hit *search.DocumentMatch) (zhnews.Article, bool) {
	if len(hit.Sort) == 0 {
		return zhnews.Article{}, false
	}
	h, g, ok := strings.Cut(hit.Sort[0], " ")
	if _, err := dedupe.Parse(h); !ok || err != nil || len(h) != 16 || g == "" {
		return zhnews.Article{}, false
	}
	return zhnews.Article{ID: hit.ID, SimHash: h, Group: g}, true
}

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
	// Articles in the index sharing a band, with their SimHash and group
	// from doc values: sorting by dupkey hands them over without loading
	// any stored document, and makes the choice the same on every run.
	var terms []query.Query
	for _, band := range bands {
		terms = append(terms, termQuery("simbands", band))
	}
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(kindQuery(KindArticle), bleve.NewDisjunctionQuery(terms...)), 200, 0, false)
	req.SortBy([]string{"dupkey", "_id"})
	res, err := b.x.search(req)
	if err != nil {
		return a.ID
	}
	for _, hit := range res.Hits {
		c, ok := parseDupKey(hit)
		if !ok {
			// An index written before dupkey: read the stored record.
			if c, ok = b.x.storedArticle(hit.ID); !ok {
				continue
			}
		}
		if near(c) {
			return groupOf(c)
		}
	}
	return a.ID
}
