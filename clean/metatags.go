package clean

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// metaTags indexes a page's <meta> elements in one walk of the tree: the
// page reader asks for some twenty of them (dates, site, author, title),
// and a selector per question walked the whole document each time.
type metaTags struct {
	// first maps "name=author", "property=og:title", "itemprop=..." to
	// the first such element's content; ok says it had one.
	first map[string]metaValue
	all   []string // every content, in document order
}

type metaValue struct {
	content string
	ok      bool
}

// pageIndex is what the page reader looks up in the parsed page before
// it drops anything, gathered in one walk: the meta tags, the elements
// that may hold the headline (isHeadlineCandidate), in document order,
// and the first <time datetime>.
type pageIndex struct {
	meta      *metaTags
	headlines []*html.Node
	firstTime *html.Node
}

func readPageIndex(doc *goquery.Document) pageIndex {
	idx := pageIndex{meta: &metaTags{first: map[string]metaValue{}}}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if isHeadlineCandidate(c) {
				idx.headlines = append(idx.headlines, c)
			}
			if idx.firstTime == nil && c.Data == "time" && hasAttr(c, "datetime") {
				idx.firstTime = c
			}
			if c.Data == "meta" {
				idx.meta.add(c)
				continue // a void element: nothing inside
			}
			walk(c)
		}
	}
	for _, n := range doc.Nodes {
		walk(n)
	}
	return idx
}

func (m *metaTags) add(n *html.Node) {
	var v metaValue
	for _, a := range n.Attr {
		if a.Key == "content" {
			v = metaValue{a.Val, true}
			m.all = append(m.all, a.Val)
			break
		}
	}
	for _, a := range n.Attr {
		if a.Key == "name" || a.Key == "property" || a.Key == "itemprop" {
			k := a.Key + "=" + a.Val
			if _, seen := m.first[k]; !seen {
				m.first[k] = v
			}
		}
	}
}

// content returns the first non-empty content of the keys, in the order
// asked: for each key, the first element that has it, as a selector's
// First() would.
func (m *metaTags) content(keys ...string) string {
	for _, k := range keys {
		if v := m.first[k]; v.ok && strings.TrimSpace(v.content) != "" {
			return collapseSpace(v.content)
		}
	}
	return ""
}
