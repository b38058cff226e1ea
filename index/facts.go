package index

import (
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"sort"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// FactQuery selects facts. Empty fields match everything.
type FactQuery struct {
	Metric   string
	Hospital string
	Province string
	City     string
	Year     int      // the year the figure is for
	Min, Max *float64 // bounds on the value (numeric facts only)
	Text     string   // words in the evidence
	Limit    int      // at most this many (0: all, up to MaxFacts)
	SortBy   string   // "value" (descending, default), "-value", "hospital", "year"
}

// MaxFacts bounds one facts query.
const MaxFacts = 10000

// FactsResult is what a facts query found.
type FactsResult struct {
	Total uint64       `json:"total"`
	Facts []FactRecord `json:"facts"`
}

// Facts returns the facts a query selects, each with its evidence and
// article.
func (x *Index) Facts(q FactQuery) (FactsResult, error) {
	must := []query.Query{kindQuery(KindFact)}
	for field, v := range map[string]string{"metric": q.Metric, "hospital": q.Hospital, "province": q.Province, "city": q.City} {
		if v != "" {
			must = append(must, termQuery(field, v))
		}
	}
	if q.Year != 0 {
		y := float64(q.Year)
		inc := true
		nq := bleve.NewNumericRangeInclusiveQuery(&y, &y, &inc, &inc)
		nq.SetField("year")
		must = append(must, nq)
	}
	if q.Min != nil || q.Max != nil {
		if q.Min != nil && q.Max != nil && *q.Min > *q.Max {
			return FactsResult{}, fmt.Errorf("min %v is above max %v", *q.Min, *q.Max)
		}
		inc := true
		nq := bleve.NewNumericRangeInclusiveQuery(q.Min, q.Max, &inc, &inc)
		nq.SetField("value")
		must = append(must, nq)
	}
	if q.Text != "" {
		mq := bleve.NewMatchQuery(q.Text)
		mq.SetField("evidence")
		must = append(must, mq)
	}
	limit := q.Limit
	if limit <= 0 || limit > MaxFacts {
		limit = MaxFacts
	}
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(must...), limit, 0, false)
	req.Fields = []string{"record"}
	switch q.SortBy {
	case "", "value":
		req.SortBy([]string{"-value", "hospital", "_id"})
	case "-value":
		req.SortBy([]string{"value", "hospital", "_id"})
	case "hospital":
		req.SortBy([]string{"hospital", "metric", "-value", "_id"})
	case "year":
		req.SortBy([]string{"-year", "hospital", "_id"})
	default:
		return FactsResult{}, fmt.Errorf("sort %q: want value, -value, hospital or year", q.SortBy)
	}
	res, err := x.search(req)
	if err != nil {
		return FactsResult{}, err
	}
	out := FactsResult{Total: res.Total}
	for _, h := range res.Hits {
		var fr FactRecord
		if err := json.Unmarshal([]byte(str(h.Fields["record"])), &fr); err != nil {
			return FactsResult{}, fmt.Errorf("fact %s: %w", h.ID, err)
		}
		fr.Value = normalizeValue(fr.Value)
		out.Facts = append(out.Facts, fr)
	}
	if q.SortBy == "" || q.SortBy == "value" {
		// Facts without a numeric value (awards) sort after the numbers,
		// by hospital.
		sort.SliceStable(out.Facts, func(i, j int) bool {
			return isNumber(out.Facts[i].Value) && !isNumber(out.Facts[j].Value)
		})
	}
	return out, nil
}

// normalizeValue turns JSON numbers that are whole into int64, as the
// extractor wrote them.
func normalizeValue(v any) any {
	if f, ok := v.(float64); ok && f == math.Trunc(f) && math.Abs(f) < 1e15 {
		return int64(f)
	}
	return v
}

func isNumber(v any) bool {
	switch v.(type) {
	case int64, float64:
		return true
	}
	return false
}

// Stats describes the index.
type Stats struct {
	Articles  uint64         `json:"articles"`
	Facts     uint64         `json:"facts"`
	Metrics   map[string]int `json:"metrics"`
	Hospitals int            `json:"hospitals"`
}

// Stats counts articles, facts, facts per metric and distinct hospitals.
// The counts are kept from one call to the next until a commit changes
// the index (a read-only index does not change): counting reads the
// facet values of every fact, 125 ms at 40,000 articles.
func (x *Index) Stats() (Stats, error) {
	gen := x.generation.Load()
	x.statsMu.Lock()
	cached, ok := x.statsCache, x.statsOK && x.statsGen == gen
	x.statsMu.Unlock()
	if ok {
		return cached.clone(), nil
	}
	s, err := x.countStats()
	if err != nil {
		return s, err
	}
	x.statsMu.Lock()
	x.statsCache, x.statsGen, x.statsOK = s, gen, true
	x.statsMu.Unlock()
	return s.clone(), nil
}

func (s Stats) clone() Stats {
	s.Metrics = maps.Clone(s.Metrics)
	return s
}

// countStats counts what Stats reports.
func (x *Index) countStats() (Stats, error) {
	var s Stats
	req := bleve.NewSearchRequestOptions(kindQuery(KindFact), 0, 0, false)
	req.AddFacet("metric", bleve.NewFacetRequest("metric", 50))
	req.AddFacet("hospital", bleve.NewFacetRequest("hospital", 100000))
	res, err := x.search(req)
	if err != nil {
		return s, err
	}
	s.Facts = res.Total
	s.Metrics = map[string]int{}
	for _, t := range res.Facets["metric"].Terms.Terms() {
		s.Metrics[t.Term] = t.Count
	}
	s.Hospitals = len(res.Facets["hospital"].Terms.Terms())
	s.Articles, err = x.Count()
	return s, err
}
