package index

import (
	"fmt"
	"sort"

	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/highlight"
	ansiFormatter "github.com/blevesearch/bleve/v2/search/highlight/format/ansi"
	htmlFormatter "github.com/blevesearch/bleve/v2/search/highlight/format/html"
	"github.com/blevesearch/bleve/v2/search/highlight/format/plain"
	simpleFragmenter "github.com/blevesearch/bleve/v2/search/highlight/fragmenter/simple"
	simpleHighlighter "github.com/blevesearch/bleve/v2/search/highlight/highlighter/simple"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// Snippet styles. Each is bleve's simple highlighter (240-byte fragments)
// behind outermostHighlighter.
const (
	// HighlighterBrackets marks hits as 【hit】 in plain-text snippets.
	HighlighterBrackets = "zh_brackets"
	// HighlighterANSI marks hits in colour for a terminal.
	HighlighterANSI = "zh_ansi"
	// HighlighterHTML marks hits as <mark>hit</mark>.
	HighlighterHTML = "zh_html"
)

func init() {
	for name, format := range map[string]highlight.FragmentFormatter{
		HighlighterBrackets: plain.NewFragmentFormatter("【", "】"),
		HighlighterANSI:     ansiFormatter.NewFragmentFormatter(ansiFormatter.DefaultAnsiHighlight),
		HighlighterHTML:     htmlFormatter.NewFragmentFormatter("<mark>", "</mark>"),
	} {
		registry.RegisterHighlighter(name, func(map[string]interface{}, *registry.Cache) (highlight.Highlighter, error) {
			return outermostHighlighter{simpleHighlighter.NewHighlighter(
				simpleFragmenter.NewFragmenter(240), format, " … ")}, nil
		})
	}
}

// outermostHighlighter marks only the outermost of nested matches.
//
// The zh tokenizer gives a long word and the words inside it at the same
// place (本溪市 and 本溪), and a query can match both. bleve's highlighter
// orders matches by start alone and, merging overlaps, takes the end of
// whichever comes second, so the mark could shrink to the inner word
// (【本溪】市) and which one won depended on map order. Dropping every
// match that lies inside another first makes the marks whole words and the
// same on every run, in one index or over shards.
type outermostHighlighter struct{ highlight.Highlighter }

// The simple highlighter stores the fragments in the match it is given, so
// they are handed back to dm.

func (h outermostHighlighter) BestFragmentInField(dm *search.DocumentMatch, doc bleveindex.Document, field string) string {
	c := outermostOnly(dm, field)
	defer func() { dm.Fragments = c.Fragments }()
	return h.Highlighter.BestFragmentInField(c, doc, field)
}

func (h outermostHighlighter) BestFragmentsInField(dm *search.DocumentMatch, doc bleveindex.Document, field string, n int) []string {
	c := outermostOnly(dm, field)
	defer func() { dm.Fragments = c.Fragments }()
	return h.Highlighter.BestFragmentsInField(c, doc, field, n)
}

// outermostOnly returns dm with field's term locations cut to those that
// no other location of the same array element contains (of equal spans,
// the first term in byte order). dm itself is not changed.
func outermostOnly(dm *search.DocumentMatch, field string) *search.DocumentMatch {
	tlm, ok := dm.Locations[field]
	if !ok {
		return dm
	}
	type termLoc struct {
		term  string
		array string
		loc   *search.Location
	}
	var all []termLoc
	for term, locs := range tlm {
		for _, l := range locs {
			all = append(all, termLoc{term, fmt.Sprint(l.ArrayPositions), l})
		}
	}
	sort.Slice(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.array != b.array {
			return a.array < b.array
		}
		if a.loc.Start != b.loc.Start {
			return a.loc.Start < b.loc.Start
		}
		if a.loc.End != b.loc.End {
			return a.loc.End > b.loc.End
		}
		return a.term < b.term
	})
	kept := search.TermLocationMap{}
	var array string
	var reach uint64 // the furthest end so far in this array element
	for i, tl := range all {
		if i == 0 || tl.array != array {
			array, reach = tl.array, 0
		}
		if tl.loc.End <= reach {
			continue // inside an earlier, longer match
		}
		reach = tl.loc.End
		kept[tl.term] = append(kept[tl.term], tl.loc)
	}
	c := *dm
	c.Locations = search.FieldTermLocationMap{}
	for f, m := range dm.Locations {
		c.Locations[f] = m
	}
	c.Locations[field] = kept
	return &c
}
