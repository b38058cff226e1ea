package clean

import (
	"strings"

	"golang.org/x/net/html"
)

// Class and id words of page chrome (after Readability's list) and of the
// words that keep an element anyway. They are tested as lower-case
// substrings; the few that must stand as words (foot, nav, ads, ad-) are
// checked at ASCII word boundaries, as \b does in a regular expression.
// Plain substring tests in place of a case-insensitive alternation: the
// scorer asks this of every ancestor of every candidate element, and the
// alternation was most of HTML cleaning's CPU.
var (
	unlikelyWords = []string{
		"comment", "share", "social", "sns", "related", "recommend", "footer", "sidebar", "side-bar",
		"navbar", "menu", "breadcrumb", "copyright", "banner", "advert", "popup", "modal", "toolbar",
		"pager", "pagination", "login", "qrcode", "reward", "tag-", "tags-", "hotnews", "hot-news",
		"rank", "subscribe",
	}
	// Words that count only between word boundaries; "ad-" only after one.
	unlikelyWholeWords = []string{"foot", "nav", "ads"}
	likelyWords        = []string{"article", "content", "main", "body", "text", "detail", "post", "story", "entry"}
)

// classVerdict is what a class or id value says of its element.
type classVerdict struct {
	unlikely, likely bool
}

// judgeClass reads one class or id value.
func judgeClass(val string) classVerdict {
	v := asciiLower(val)
	var c classVerdict
	for _, w := range unlikelyWords {
		if strings.Contains(v, w) {
			c.unlikely = true
			break
		}
	}
	if !c.unlikely {
		for _, w := range unlikelyWholeWords {
			if containsWord(v, w, true) {
				c.unlikely = true
				break
			}
		}
	}
	if !c.unlikely && containsWord(v, "ad-", false) {
		c.unlikely = true
	}
	for _, w := range likelyWords {
		if strings.Contains(v, w) {
			c.likely = true
			break
		}
	}
	return c
}

// containsWord: w occurs in s with a word boundary before it and, when
// after is set, after it too.
func containsWord(s, w string, after bool) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(w)
		if (start == 0 || !isWordByte(s[start-1])) && (!after || end == len(s) || !isWordByte(s[end])) {
			return true
		}
		i = start + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}

// asciiLower lowers ASCII letters only, without allocating when there are
// none to lower.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if b[k] >= 'A' && b[k] <= 'Z' {
					b[k] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// classJudge remembers verdicts for one document: pages repeat a few
// class names on thousands of elements, and the scorer asks about every
// ancestor of every candidate.
type classJudge struct {
	values    map[string]classVerdict
	ancestors map[*html.Node]bool
	// lenient judges no element chrome by its name (the second reading
	// of a page whose first gave too little text).
	lenient bool
}

func newClassJudge() *classJudge {
	return &classJudge{values: map[string]classVerdict{}, ancestors: map[*html.Node]bool{}}
}

func (j *classJudge) value(v string) classVerdict {
	c, ok := j.values[v]
	if !ok {
		c = judgeClass(v)
		j.values[v] = c
	}
	return c
}

// weight: Readability's bonus and malus from class and id names.
func (j *classJudge) weight(n *html.Node) float64 {
	w := 0.0
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		c := j.value(a.Val)
		if c.unlikely {
			w -= 25
		}
		if c.likely {
			w += 25
		}
	}
	return w
}

// node: the element's class or id names it as chrome and neither names
// it as content, as Readability reads class and id together: an article
// with id "artibody" in a class "share_pop" is the article.
func (j *classJudge) node(n *html.Node) bool {
	if j.lenient {
		return false
	}
	unlikely, likely := false, false
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" {
			c := j.value(a.Val)
			unlikely = unlikely || c.unlikely
			likely = likely || c.likely
		}
	}
	return unlikely && !likely
}

// unlikely: the element or an ancestor is named as chrome and not also as
// content. The answer for each ancestor is kept, so a document costs one
// visit per element.
func (j *classJudge) unlikely(n *html.Node) bool {
	if n == nil || j.lenient {
		return false // a lenient judge names no element chrome (node)
	}
	if v, ok := j.ancestors[n]; ok {
		return v
	}
	v := false
	if n.Type == html.ElementNode && n.Data != "body" && n.Data != "html" {
		v = j.node(n)
	}
	if !v {
		v = j.unlikely(n.Parent)
	}
	j.ancestors[n] = v
	return v
}
