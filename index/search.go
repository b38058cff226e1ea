package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"zhnews"
	"zhnews/clean/opencc"
)

// Query is an article search.
type Query struct {
	Text     string // bleve query-string syntax: words, "phrases", +must, -not, field:value
	Limit    int
	Offset   int
	Hospital string
	Province string
	City     string
	Site     string
	Metric   string // only articles with a fact of this metric
	Year     string // only articles published this year (YYYY)
	Since    string // YYYY, YYYY-MM or YYYY-MM-DD
	Until    string
	SortDate bool // newest first instead of by relevance
	Facets   bool
	// Highlight is the highlighter for snippets: HighlighterBrackets,
	// HighlighterANSI or HighlighterHTML.
	Highlight string
}

// Hit is one article found.
type Hit struct {
	ID        string   `json:"id"`
	Score     float64  `json:"score"`
	Title     string   `json:"title"`
	Source    string   `json:"source"`
	Site      string   `json:"site"`
	Published string   `json:"published"`
	Hospitals []string `json:"hospitals"`
	Snippet   string   `json:"snippet"`
}

// FacetCount is one value of a facet and how many hits carry it.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// Result is a page of hits with the total and facet counts.
type Result struct {
	Total  uint64                  `json:"total"`
	Took   time.Duration           `json:"took_ns"`
	Hits   []Hit                   `json:"hits"`
	Facets map[string][]FacetCount `json:"facets,omitempty"`
}

func kindQuery(kind string) query.Query {
	q := bleve.NewTermQuery(kind)
	q.SetField("type")
	return q
}

func termQuery(field, value string) query.Query {
	q := bleve.NewTermQuery(value)
	q.SetField(field)
	return q
}

// Search finds articles.
func (x *Index) Search(q Query) (Result, error) {
	return x.SearchContext(context.Background(), q)
}

// SearchContext is Search stopped when ctx is done (a request that timed
// out or was cancelled): bleve's collector checks ctx as it goes, so the
// work ends with the request. A query that is malformed, or names an
// unknown metric or a bad year, is a *QueryError; one whose wildcard,
// regexp or fuzzy word expands to too many terms is ErrQueryTooBroad.
func (x *Index) SearchContext(ctx context.Context, q Query) (Result, error) {
	must, words, err := x.articleQuery(q)
	if err != nil {
		return Result{}, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 10
	}
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(must...), limit, q.Offset, false)
	req.Fields = []string{"title", "source", "site", "published", "hospitals"}
	style := q.Highlight
	if style == "" {
		style = HighlighterBrackets
	}
	req.Highlight = bleve.NewHighlightWithStyle(style)
	req.Highlight.AddField("text")
	req.Highlight.AddField("title")
	if q.Facets {
		req.AddFacet("facets", bleve.NewFacetRequest("facets", facetTermsAsked))
	}
	var res *bleve.SearchResult
	if q.SortDate || !words {
		// Newest first, asked for or because without words there is no
		// relevance to sort by. Ties are broken by id, so that the order
		// is the same in one index and over shards.
		req.SortBy([]string{"-published_at", "-_score", "_id"})
		res, err = x.searchContext(ctx, req)
	} else {
		res, err = x.searchByScore(ctx, req)
	}
	if err != nil {
		return Result{}, searchError(err)
	}
	out := Result{Total: res.Total, Took: res.Took}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, Hit{
			ID: h.ID, Score: roundScore(h.Score),
			Title: str(h.Fields["title"]), Source: str(h.Fields["source"]), Site: str(h.Fields["site"]),
			Published: str(h.Fields["published"]), Hospitals: strs(h.Fields["hospitals"]),
			Snippet: snippet(h),
		})
	}
	if q.Facets {
		out.Facets = splitFacets(res.Facets["facets"])
	}
	return out, nil
}

// articleQuery is the conjunction of what q asks of articles; words
// tells whether it has words to score by.
func (x *Index) articleQuery(q Query) ([]query.Query, bool, error) {
	must := []query.Query{kindQuery(KindArticle)}
	words := false
	if strings.TrimSpace(q.Text) != "" {
		tree, err := parseQueryText(q.Text)
		if err != nil {
			return nil, false, err
		}
		if tree != nil {
			built, err := queryBuilder{m: x.bleve.Mapping(), conv: opencc.Default()}.build(tree)
			if err != nil {
				return nil, false, err
			}
			must = append(must, built)
			words = true
		}
	}
	if q.Metric != "" && !KnownMetric(q.Metric) {
		return nil, false, &QueryError{Query: q.Metric, Msg: "unknown metric (metrics: " + strings.Join(Metrics, ", ") + ")"}
	}
	if q.Year != "" && !isYear(q.Year) {
		return nil, false, &QueryError{Query: q.Year, Msg: "year: want four digits (2021)"}
	}
	for _, f := range []struct{ field, v string }{{"hospitals", q.Hospital}, {"provinces", q.Province}, {"cities", q.City}, {"site", q.Site}, {"metrics", q.Metric}, {"year", q.Year}} {
		if f.v != "" {
			must = append(must, termQuery(f.field, f.v))
		}
	}
	if q.Since != "" || q.Until != "" {
		var since, until time.Time
		if q.Since != "" {
			t := publishedTime(q.Since)
			if t == nil {
				return nil, false, &QueryError{Query: q.Since, Msg: "since: want YYYY, YYYY-MM or YYYY-MM-DD"}
			}
			since = *t
		}
		if q.Until != "" {
			t := publishedTime(q.Until)
			if t == nil {
				return nil, false, &QueryError{Query: q.Until, Msg: "until: want YYYY, YYYY-MM or YYYY-MM-DD"}
			}
			until = endOf(q.Until, *t)
		}
		dr := bleve.NewDateRangeQuery(since, until)
		dr.SetField("published_at")
		must = append(must, dr)
	}
	return must, words, nil
}

// ErrQueryTooBroad is a query whose wildcard, regexp or fuzzy word matches
// more than MaxExpansion terms of the index.
var ErrQueryTooBroad = errors.New("the query's wildcard, regexp or fuzzy word matches too many words")

// searchError names what bleve's errors mean to the user.
func searchError(err error) error {
	if strings.Contains(err.Error(), "TooManyClauses") {
		return fmt.Errorf("%w (more than %d): use more characters or a smaller ~N", ErrQueryTooBroad, MaxExpansion)
	}
	return err
}

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// searchByScore runs req ordered by score, ties in id order, as sorting by
// ["-_score", "_id"] would, without its cost: that sort reads every
// matching document's id (a third more time per search). The page is
// fetched by score alone with one hit more on each side; when no tie
// crosses either edge of the page, the page holds the same hits as the id
// sort would give and only needs its ties put in id order. When one does,
// the search runs again with the id sort.
func (x *Index) searchByScore(ctx context.Context, req *bleve.SearchRequest) (*bleve.SearchResult, error) {
	probe := *req
	before := 0
	if req.From > 0 {
		before = 1
	}
	probe.From, probe.Size = req.From-before, req.Size+before+1
	probe.SortBy([]string{"-_score"})
	res, err := x.searchContext(ctx, &probe)
	if err != nil {
		return nil, err
	}
	hits := res.Hits
	tieBefore := before == 1 && len(hits) > 1 && sameScore(hits[0].Score, hits[1].Score)
	tieAfter := req.Size > 0 && len(hits) > before+req.Size && sameScore(hits[before+req.Size].Score, hits[before+req.Size-1].Score)
	if tieBefore || tieAfter {
		req.SortBy([]string{"-_score", "_id"})
		return x.searchContext(ctx, req)
	}
	hits = hits[min(before, len(hits)):min(before+req.Size, len(hits))]
	sort.SliceStable(hits, func(i, j int) bool {
		if !sameScore(hits[i].Score, hits[j].Score) {
			return hits[i].Score > hits[j].Score
		}
		return hits[i].ID < hits[j].ID
	})
	res.Hits = hits
	return res, nil
}

// scoreDigits is the precision scores are compared and reported at. A
// wildcard's terms are summed in an order that depends on the shard
// holding the article, which moves the last bits of a score (by up to
// 3e-17 measured); scores this close are equal, and list in id order.
const scoreDigits = 1e12

func sameScore(a, b float64) bool { return roundScore(a) == roundScore(b) }

func roundScore(s float64) float64 { return math.Round(s*scoreDigits) / scoreDigits }

// facetTermsAsked is how many of the combined facet terms a search
// counts; each facet then shows its facetShown most frequent values.
const (
	facetTermsAsked = 1000
	facetShown      = 10
)

// splitFacets turns the combined "name:value" terms into one list per
// facet, most frequent first.
func splitFacets(f *search.FacetResult) map[string][]FacetCount {
	out := map[string][]FacetCount{}
	if f == nil || f.Terms == nil {
		return out
	}
	for _, t := range f.Terms.Terms() {
		name, value, ok := strings.Cut(t.Term, ":")
		if !ok || len(out[name]) >= facetShown {
			continue
		}
		out[name] = append(out[name], FacetCount{Value: value, Count: t.Count})
	}
	return out
}

// endOf is the last moment of the period a date names (2021 → end of 2021).
func endOf(s string, t time.Time) time.Time {
	switch len(s) {
	case 4:
		return t.AddDate(1, 0, 0).Add(-time.Nanosecond)
	case 7:
		return t.AddDate(0, 1, 0).Add(-time.Nanosecond)
	}
	return t.AddDate(0, 0, 1).Add(-time.Nanosecond)
}

func snippet(h *search.DocumentMatch) string {
	if f := h.Fragments["text"]; len(f) > 0 {
		return strings.ReplaceAll(f[0], "\n", " ")
	}
	if f := h.Fragments["title"]; len(f) > 0 {
		return f[0]
	}
	return ""
}

func str(v interface{}) string {
	switch s := v.(type) {
	case string:
		return s
	case []interface{}:
		if len(s) > 0 {
			return str(s[0])
		}
	}
	return ""
}

func strs(v interface{}) []string {
	switch s := v.(type) {
	case string:
		return []string{s}
	case []interface{}:
		out := make([]string, 0, len(s))
		for _, x := range s {
			out = append(out, str(x))
		}
		return out
	}
	return nil
}

// pageSize is how many stored records one page of an export reads.
const pageSize = 500

// Articles calls fn for every article in the index, in id order. Each
// article's Group is its near-duplicate group over the whole index (all
// shards), as Groups computes it, not the one ingest stored: it is the
// same however the articles are sharded.
func (x *Index) Articles(fn func(zhnews.Article) error) error {
	groups, err := x.Groups()
	if err != nil {
		return err
	}
	return x.each(kindQuery(KindArticle), func(fields map[string]interface{}) error {
		a, err := articleFrom(fields)
		if err != nil {
			return err
		}
		if g, ok := groups[a.ID]; ok {
			a.Group = g
		}
		return fn(a)
	})
}

// articleFrom rebuilds an article from its stored record and text.
func articleFrom(fields map[string]interface{}) (zhnews.Article, error) {
	var a zhnews.Article
	if err := json.Unmarshal([]byte(str(fields["record"])), &a); err != nil {
		return a, err
	}
	a.Text = str(fields["text"])
	a.Normalize()
	return a, nil
}

// Article returns one article by id.
func (x *Index) Article(id string) (zhnews.Article, bool, error) {
	req := bleve.NewSearchRequestOptions(bleve.NewDocIDQuery([]string{id}), 1, 0, false)
	req.Fields = []string{"record", "text", "type"}
	req.SortBy([]string{"_id"}) // one document: no score to compute
	res, err := x.search(req)
	if err != nil || len(res.Hits) == 0 || str(res.Hits[0].Fields["type"]) != KindArticle {
		return zhnews.Article{}, false, err
	}
	a, err := articleFrom(res.Hits[0].Fields)
	return a, err == nil, err
}

// each pages through the stored fields of the documents q matches.
func (x *Index) each(q query.Query, fn func(fields map[string]interface{}) error) error {
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(q, pageSize, 0, false)
		req.Fields = []string{"record", "text"}
		req.SortBy([]string{"_id"})
		if after != nil {
			req.SetSearchAfter(after)
		}
		res, err := x.search(req)
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			if err := fn(h.Fields); err != nil {
				return err
			}
		}
		if len(res.Hits) < pageSize {
			return nil
		}
		after = []string{res.Hits[len(res.Hits)-1].ID}
	}
}
