package clean

import (
	"bytes"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"zhnews/internal/rx"
)

// htmlPage is what readHTML finds in a page, still in the page's script.
type htmlPage struct {
	title     string
	published string
	site      string
	authors   []string
	header    string   // text around the headline: dateline, source, byline
	blocks    []string // the body's paragraphs, one line each
	warnings  []string // what the reader was unsure of
	tailRows  int      // how many of the last blocks are rows of a data table
}

// warnNoArticle: no element scored as the article; the page's whole body
// is kept rather than the page lost.
const warnNoArticle = "no element reads as the article: the whole page body kept"

// Elements that never hold article text. Not <form>: old templates wrap
// the whole page in one; its controls go.
var dropTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "iframe": true, "object": true, "embed": true, "svg": true,
	"canvas": true, "button": true, "select": true, "input": true, "textarea": true, "nav": true,
	"aside": true, "footer": true, "template": true, "link": true, "meta": true,
	// A player's fallback text ("您的浏览器暂时无法播放此视频").
	"video": true, "audio": true,
}

// isHTML tells markup from a text dump by its first non-space bytes.
func isHTML(b []byte) bool {
	head := bytes.ToLower(bytes.TrimLeft(b[:min(len(b), 1024)], " \t\r\n\ufeff"))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml", "<meta", "<div", "<p>", "<p ", "<!--", "<title"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return true
		}
	}
	return false
}

// readHTML finds the headline, metadata and body paragraphs of a page. The
// body is the element that Readability's scoring chooses (paragraphs
// score by length and commas, add to their parent and half to their
// grandparent, discounted by link density), with its siblings that score
// close to it; within it, blocks of links and chrome are dropped.
func readHTML(text []byte) (htmlPage, error) {
	doc, warning, err := parseHTML(text)
	if err != nil {
		return htmlPage{}, err
	}
	var p htmlPage
	if warning != "" {
		p.warnings = append(p.warnings, warning)
	}
	idx := readPageIndex(doc)
	meta := idx.meta
	p.site = meta.content("property=og:site_name", "name=application-name", "name=site_name", "name=og:site_name")
	if a := meta.content("name=author", "property=article:author"); personName.MatchString(a) {
		p.authors = []string{a}
	}
	var matched bool
	p.title, p.header, matched = headline(doc, idx)
	p.published = pageDate(doc, idx, p.header)
	removeElements(doc.Nodes, dropTags)
	// As Readability does: when the page read with its chrome-named
	// elements left out gives too little text, read it again with them in
	// (a wrapper whose class says "share" around the whole article), and
	// keep the reading with clearly more text.
	var best []*html.Node
	sc := newScoring(doc)
	for _, lenient := range []bool{false, true} {
		judge := newClassJudge()
		judge.lenient = lenient
		b := bestCandidate(sc, judge)
		if lenient && b == nil {
			break
		}
		bl, rows := bodyBlocks(doc, b, judge)
		// The second reading must at least double the text: a short
		// article is not traded for one with a named panel around it.
		if best == nil || runeLen(bl) > 2*runeLen(p.blocks) {
			best, p.blocks, p.tailRows = b, bl, rows
		}
		if runeLen(p.blocks) >= retryBelow {
			break
		}
	}
	if best == nil {
		p.warnings = append(p.warnings, warnNoArticle)
		best = doc.Find("body").Nodes
		if len(best) == 0 {
			best = doc.Nodes
		}
		p.blocks, p.tailRows = bodyBlocks(doc, best, newClassJudge())
	}
	if !matched {
		// No heading repeats the <title> (a channel's name there, or a
		// template's): the headline is the heading right above the body.
		if t := headingBefore(best[0]); t != "" {
			p.title = t
		}
	}
	return p, nil
}

// retryBelow: a body of fewer characters is read again without leaving
// out chrome-named elements (Readability's 500).
const retryBelow = 500

// bodyBlocks is the paragraphs of the body elements, and how many of the
// last are rows of a data table.
func bodyBlocks(doc *goquery.Document, best []*html.Node, judge *classJudge) ([]string, int) {
	var out []string
	tail := 0
	for _, n := range best {
		b, rows := blocks(n, judge)
		out = append(out, b...)
		if len(b) > 0 {
			tail = rows
		}
	}
	return out, tail
}

func runeLen(lines []string) int {
	n := 0
	for _, l := range lines {
		n += utf8.RuneCountInString(l)
	}
	return n
}

// metaDate reads the publish date from meta tags and <time>.
func metaDate(idx pageIndex) string {
	meta := idx.meta
	v := meta.content(
		"property=article:published_time", "name=article:published_time",
		"itemprop=datePublished", "name=pubdate", "name=PubDate",
		"name=publishdate", "name=publish_date", "name=publish-date",
		"name=publication_date", "name=firstpublishedtime", "name=og:release_date",
		"property=og:release_date", "name=weibo: article:create_at", "name=date", "name=DC.date")
	if v == "" && idx.firstTime != nil {
		v = attr(idx.firstTime, "datetime")
	}
	return findDate(v)
}

// classDate reads the first full date in an element whose class or id
// says it holds one (time, date, pub), the way most templates mark the
// dateline.
func classDate(doc *goquery.Document) string {
	found := ""
	doc.Find(`[class*="time"], [class*="date"], [id*="time"], [id*="date"], [class*="pub"], [class*="Time"], [class*="Date"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		t := collapseSpace(s.Text())
		if utf8.RuneCountInString(t) > 80 {
			return true
		}
		if d := findDate(t); len(d) == len("2006-01-02") {
			found = d
			return false
		}
		return true
	})
	return found
}

// headline picks the title: an <h1>/<h2> whose text the <title> or
// og:title contains (the headline without the site's suffix), else the
// first part of <title> before a separator. It also returns the text
// around the headline, where datelines and bylines stand, and whether a
// heading of the page matched the <title>.
func headline(doc *goquery.Document, idx pageIndex) (title, header string, matched bool) {
	pageTitle := ""
	if t := firstElement(doc.Nodes, func(n *html.Node) bool { return n.Data == "title" }); t != nil {
		pageTitle = collapseSpace(doc.FindNodes(t).Text())
	}
	og := idx.meta.content("property=og:title", "name=og:title", "name=title")
	var bestSel *goquery.Selection
	for _, x := range idx.headlines {
		t, ok := shortText(x, 100)
		n := utf8.RuneCountInString(t)
		if !ok || n < 4 || n > 100 {
			continue
		}
		if (pageTitle != "" && strings.Contains(pageTitle, t)) || (og != "" && strings.Contains(og, t)) {
			if utf8.RuneCountInString(t) > utf8.RuneCountInString(title) {
				title, bestSel = t, doc.FindNodes(x)
			}
		}
	}
	matched = title != ""
	if title == "" {
		if h1 := doc.Find("h1").First(); h1.Length() > 0 {
			if t := collapseSpace(h1.Text()); utf8.RuneCountInString(t) >= 4 && utf8.RuneCountInString(t) <= 100 {
				title, bestSel = t, h1
			}
		}
	}
	if title == "" && og != "" {
		title = og
	}
	if title == "" {
		title = stripSiteSuffix(pageTitle)
	}
	if bestSel != nil {
		// The headline's container, up to a few levels: datelines and
		// bylines sit next to the headline.
		c := bestSel.Parent()
		for i := 0; i < 3 && shortEnough(c, 200) && c.Parent().Length() > 0; i++ {
			c = c.Parent()
		}
		// Only the first 600 characters are kept: the text is built no
		// further than that needs (a container can be the whole page).
		header = collapseSpace(textWithBreaksUpTo(c.Nodes, 601))
		if utf8.RuneCountInString(header) > 600 {
			header = string([]rune(header)[:600])
		}
	}
	return title, header, matched
}

// firstElement is the first element below roots, in document order, for
// which match holds: a walk that stops there, where a selector's Find
// walks the whole page.
func firstElement(roots []*html.Node, match func(*html.Node) bool) *html.Node {
	var found *html.Node
	var walk func(*html.Node)
	walk = func(x *html.Node) {
		for c := x.FirstChild; c != nil && found == nil; c = c.NextSibling {
			if c.Type == html.ElementNode && match(c) {
				found = c
				return
			}
			walk(c)
		}
	}
	for _, r := range roots {
		if found == nil {
			walk(r)
		}
	}
	return found
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// isHeadlineCandidate: an element that may hold the headline: h1–h3,
// #title, and those whose class contains "title" in any case. A test in
// the page index's walk in place of a selector group, whose
// case-insensitive attribute test ran a regular expression per element.
func isHeadlineCandidate(n *html.Node) bool {
	if n.Data == "h1" || n.Data == "h2" || n.Data == "h3" {
		return true
	}
	for i := range n.Attr {
		a := &n.Attr[i] // not a copy: every element of the page is asked
		if a.Namespace != "" {
			continue
		}
		if a.Key == "id" && a.Val == "title" || a.Key == "class" && containsFoldASCII(a.Val, "title") {
			return true
		}
	}
	return false
}

// removeElements detaches every element below roots whose tag is in tags.
func removeElements(roots []*html.Node, tags map[string]bool) {
	var walk func(*html.Node)
	walk = func(x *html.Node) {
		for c := x.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && tags[c.Data] {
				x.RemoveChild(c)
			} else {
				walk(c)
			}
			c = next
		}
	}
	for _, r := range roots {
		walk(r)
	}
}

// shortText is collapseSpace(goquery's Text()) of n when it has at most
// max characters besides white space; ok is false, and the walk stops
// early, when it has more. Headline candidates include whole wrappers
// whose class says title: their text need not be built to be refused.
func shortText(n *html.Node, max int) (string, bool) {
	var b strings.Builder
	count := 0
	var walk func(*html.Node) bool
	walk = func(x *html.Node) bool {
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				for _, r := range c.Data {
					if !isCollapsible(r) {
						count++
					}
				}
				if count > max {
					return false
				}
				b.WriteString(c.Data)
			case html.ElementNode:
				if !walk(c) {
					return false
				}
			}
		}
		return true
	}
	if !walk(n) {
		return "", false
	}
	return collapseSpace(b.String()), true
}

// shortEnough: the collapsed text of the selection has fewer than n
// characters, found without building the text of a large container.
func shortEnough(s *goquery.Selection, n int) bool {
	if len(s.Nodes) != 1 {
		return utf8.RuneCountInString(collapseSpace(s.Text())) < n
	}
	t, ok := shortText(s.Nodes[0], n)
	return ok && utf8.RuneCountInString(t) < n
}

var headingTags = map[string]bool{"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true}

// headingBefore finds the heading that stands right above the body n: a
// heading element, or one whose class names it a title, with no more than
// a dateline's worth of text between it and the body.
func headingBefore(n *html.Node) string {
	const maxGap = 120 // runes of dateline, source and byline between
	gap := 0
	for x := prevInOrder(n); x != nil; x = prevInOrder(x) {
		switch x.Type {
		case html.TextNode:
			gap += utf8.RuneCountInString(strings.TrimSpace(x.Data))
			if gap > maxGap+100 {
				return ""
			}
		case html.ElementNode:
			if x.Data == "body" {
				return ""
			}
			if headingTags[x.Data] || judgeTitleClass(x) {
				t := collapseSpace(textWithBreaks([]*html.Node{x}))
				k := utf8.RuneCountInString(t)
				if k >= 6 && k <= 100 && gap-k <= maxGap {
					return t
				}
			}
		}
	}
	return ""
}

// prevInOrder is the node before x in document order: its previous
// sibling's last descendant, or its parent.
func prevInOrder(x *html.Node) *html.Node {
	if x.PrevSibling == nil {
		return x.Parent
	}
	x = x.PrevSibling
	for x.LastChild != nil {
		x = x.LastChild
	}
	return x
}

// containsFoldASCII: s contains the lower-case word w in any ASCII case,
// without lowering a copy of s.
func containsFoldASCII(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		k := 0
		for k < len(w) && (s[i+k] == w[k] || s[i+k]+('a'-'A') == w[k] && s[i+k] >= 'A' && s[i+k] <= 'Z') {
			k++
		}
		if k == len(w) {
			return true
		}
	}
	return false
}

func judgeTitleClass(n *html.Node) bool {
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && strings.Contains(asciiLower(a.Val), "title") {
			return true
		}
	}
	return false
}

var titleSeparator = rx.MustCompile(`\s*(?:_|\||｜|–|—|-{1,2}|::)\s*`)

// stripSiteSuffix keeps the headline part of a <title>: the longest part
// between separators, which is the headline rather than site or channel.
func stripSiteSuffix(t string) string {
	parts := titleSeparator.Split(t, -1)
	best := ""
	for _, p := range parts {
		if utf8.RuneCountInString(p) > utf8.RuneCountInString(best) {
			best = p
		}
	}
	return strings.TrimSpace(best)
}

// paragraph is an element whose own text scores as a paragraph, with
// its text's length and commas, and the element its score goes to.
type paragraph struct {
	n, parent      *html.Node
	length, commas int
}

// scoring is what both readings of a page (bestCandidate with and
// without a lenient judge) score: its paragraphs in document order and
// the link density of every element a paragraph adds to. The judge
// only leaves paragraphs out, so they are found, and their text
// counted, once.
type scoring struct {
	paragraphs []paragraph
	density    map[*html.Node]float64
}

// newScoring reads a page's paragraphs and link densities in one walk
// that sums, bottom-up, each node's text (for link density) and its own
// text (ownText, for the paragraph score), reading each text node once.
// Paragraphs are listed in document order, each before its descendants,
// as a selector's Find lists them; a node's link density is taken once
// its subtree is summed, by then every paragraph that adds to it (itself,
// a child or a grandchild) has been found.
func newScoring(doc *goquery.Document) *scoring {
	sc := &scoring{density: map[*html.Node]float64{}}
	targets := map[*html.Node]bool{}
	// A paragraph is known when the walk leaves its element; seq, the
	// order in which the walk entered the scored elements, puts them
	// back in document order.
	type numbered struct {
		seq int
		p   paragraph
	}
	var found []numbered
	seq := 0
	// walk returns x's own text and the text of its subtree and of the
	// links below x, as linkDensity counts them.
	var walk func(*html.Node) (own textStats, total, links int)
	walk = func(x *html.Node) (textStats, int, int) {
		entered := -1 // x's place among the scored elements
		if x.Type == html.ElementNode && scoredTags[x.Data] {
			entered = seq
			seq++
		}
		var own textStats
		total, links := 0, 0
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				st, trimmed := textNodeStats(c.Data)
				own = own.then(st)
				total += trimmed
			case html.ElementNode:
				cOwn, t, l := walk(c)
				if !blockTags[c.Data] || c.Data == "br" {
					own = own.then(cOwn) // ownText reads inline children
				}
				total += t
				if c.Data == "a" {
					l = t
				}
				links += l
			}
		}
		// Collapsed, k visible characters make at most 2k-1: an element
		// with ten or fewer cannot reach 20, and most elements are such.
		if entered >= 0 && own.visible > 10 && own.length() >= 20 {
			// An element with blocks inside scores the text that stands
			// between them (a <div> of text and <br>s with a <p> at its
			// end) as a paragraph of its own, as Readability wraps it in
			// a <p>: the element itself is that paragraph's parent.
			parent := x.Parent
			if x.Data != "p" && x.Data != "pre" && hasBlockChild(x) {
				parent = x
			}
			found = append(found, numbered{entered, paragraph{n: x, parent: parent, length: own.length(), commas: own.commas}})
			if parent != nil {
				targets[parent] = true
				if parent.Parent != nil {
					targets[parent.Parent] = true
				}
			}
		}
		if targets[x] {
			d := 1.0
			if total > 0 {
				d = float64(links) / float64(total)
			}
			sc.density[x] = d
		}
		return own, total, links
	}
	for _, r := range doc.Nodes {
		walk(r)
	}
	sort.Slice(found, func(i, j int) bool { return found[i].seq < found[j].seq })
	sc.paragraphs = make([]paragraph, len(found))
	for i, f := range found {
		sc.paragraphs[i] = f.p
	}
	return sc
}

// bestCandidate scores paragraphs and their ancestors as Readability does
// and returns the top element with the siblings that share its content.
func bestCandidate(sc *scoring, judge *classJudge) []*html.Node {
	scores := map[*html.Node]float64{}
	content := map[*html.Node]float64{} // the score without the class bonus
	paragraphs := map[*html.Node]int{}  // scored paragraphs right below
	var order []*html.Node
	add := func(n *html.Node, s float64) {
		if n == nil || n.Type != html.ElementNode {
			return
		}
		if _, ok := scores[n]; !ok {
			order = append(order, n)
			scores[n] = judge.weight(n)
		}
		scores[n] += s
		content[n] += s
	}
	for _, p := range sc.paragraphs {
		// The class of every ancestor is asked only of paragraphs long
		// enough to score.
		if judge.unlikely(p.n) {
			continue
		}
		score := 1 + float64(p.commas) + math.Min(float64(p.length)/50, 3)
		add(p.parent, score)
		paragraphs[p.parent]++
		if p.parent != nil {
			add(p.parent.Parent, score/2)
		}
	}
	var best *html.Node
	bestScore := 0.0
	density := sc.density
	for _, n := range order {
		s := scores[n] * (1 - density[n])
		scores[n] = s
		if s > bestScore {
			best, bestScore = n, s
		}
	}
	if best == nil {
		return nil
	}
	// Siblings with enough content join the top element (articles split
	// over several containers): their score with the class bonus, as
	// Readability has it, but a class that says "article" makes a box of
	// one paragraph (a promotion above the article) part of it only when
	// its content alone would.
	var out []*html.Node
	if best.Parent == nil {
		return []*html.Node{best}
	}
	threshold := math.Max(10, bestScore*0.2)
	for c := best.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c == best || c.Type == html.ElementNode && scores[c] >= threshold &&
			(paragraphs[c] >= 2 || content[c]*(1-density[c]) >= threshold) {
			out = append(out, c)
		}
	}
	return out
}

// scoredTags are the elements whose own text is scored as paragraphs.
var scoredTags = map[string]bool{"p": true, "pre": true, "td": true, "section": true, "div": true, "span": true, "font": true, "li": true, "blockquote": true}

var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "tr": true, "table": true, "section": true, "article": true,
	"blockquote": true, "pre": true, "dd": true, "dt": true, "dl": true, "figcaption": true, "figure": true,
	"header": true, "main": true, "center": true, "hr": true, "tbody": true, "td": true, "th": true,
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && blockTags[c.Data] && c.Data != "br" {
			return true
		}
	}
	return false
}

// ownText is the text of n without its block descendants' text.
func ownText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(x *html.Node) {
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && (!blockTags[c.Data] || c.Data == "br"):
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

// textStats is what the scorer reads of an element's own text, counted
// without building the text. Stats of two texts combine into the stats
// of the two joined (then), so that each text node is read once.
type textStats struct {
	visible int // characters that are not white space (isCollapsible)
	gaps    int // runs of white space between two of them
	commas  int // ，,、。
	// lead, trail: white space before the first visible character and
	// after the last; with no visible character, lead says whether
	// there is white space at all.
	lead, trail bool
}

// length is the character count of the text collapsed (collapseSpace):
// each run of white space between two visible characters becomes one
// space, the runs at the ends go.
func (s textStats) length() int { return s.visible + s.gaps }

// then is the stats of s's text followed by t's.
func (s textStats) then(t textStats) textStats {
	switch {
	case t.visible == 0:
		if s.visible == 0 {
			s.lead = s.lead || t.lead
		} else {
			s.trail = s.trail || t.lead
		}
		return s
	case s.visible == 0:
		t.lead = t.lead || s.lead
		return t
	}
	out := textStats{visible: s.visible + t.visible, gaps: s.gaps + t.gaps, commas: s.commas + t.commas, lead: s.lead, trail: t.trail}
	if s.trail || t.lead {
		out.gaps++
	}
	return out
}

// notIndentation: r is not one of the ASCII spaces that both collapse
// and are unicode.IsSpace (not \v, which does not collapse).
func notIndentation(r rune) bool {
	return r != ' ' && r != '\t' && r != '\n' && r != '\r' && r != '\f'
}

// textNodeStats reads a text node: its textStats, and its length in
// characters without white space (unicode.IsSpace) at its ends, as
// link density counts text. Text nodes are valid UTF-8 (the page was
// decoded to it, and the parser cuts text only at ASCII bytes), so the
// stats of joined nodes are the joined stats.
func textNodeStats(s string) (textStats, int) {
	// Most text nodes of a page are the indentation between its tags:
	// white space that is both unicode.IsSpace and collapsible, and
	// nothing else.
	if strings.IndexFunc(s, notIndentation) < 0 {
		return textStats{lead: s != ""}, 0
	}
	var st textStats
	space := false // white space since the last visible character
	runes, lastNonSpace, firstNonSpace := 0, -1, -1
	for _, r := range s {
		// Above U+3000 no character is white space (unicode.IsSpace) and
		// only U+FEFF collapses: the ideographs need neither test.
		isSpace, collapses := false, r == '\ufeff'
		if r <= 0x3000 {
			isSpace, collapses = unicode.IsSpace(r), isCollapsible(r)
		}
		if !isSpace {
			if firstNonSpace < 0 {
				firstNonSpace = runes
			}
			lastNonSpace = runes
		}
		runes++
		switch {
		case collapses:
			space = true
			continue
		case r == '，' || r == ',' || r == '、' || r == '。':
			st.commas++
		}
		if space {
			if st.visible > 0 {
				st.gaps++
			} else {
				st.lead = true
			}
		}
		space = false
		st.visible++
	}
	if st.visible == 0 {
		st.lead = space
	} else {
		st.trail = space
	}
	trimmed := 0
	if firstNonSpace >= 0 {
		trimmed = lastNonSpace - firstNonSpace + 1
	}
	return st, trimmed
}

// linkDensity is the share of an element's text that sits in links.
func linkDensity(n *html.Node) float64 {
	total, links := 0, 0
	var walk func(*html.Node, bool)
	walk = func(x *html.Node, inLink bool) {
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				k := utf8.RuneCountInString(strings.TrimSpace(c.Data))
				total += k
				if inLink {
					links += k
				}
			case html.ElementNode:
				walk(c, inLink || c.Data == "a")
			}
		}
	}
	walk(n, false)
	if total == 0 {
		return 1
	}
	return float64(links) / float64(total)
}

// blocks turns an element into paragraphs: one per block element, with
// lists of links and named chrome left out.
func blocks(n *html.Node, judge *classJudge) ([]string, int) {
	var out []string
	var cur strings.Builder
	tailRows := 0 // rows of a data table at the end of out
	flush := func() {
		if t := collapseSpace(cur.String()); t != "" {
			out = append(out, t)
			tailRows = 0
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(x *html.Node) {
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			if isSummaryLabel(c) {
				// A summary of the article ahead of it (划重点: and a
				// list): the article says it all again.
				if next := nextElement(c); next != nil && (next.Data == "ol" || next.Data == "ul") {
					c = next
				}
				continue
			}
			switch c.Type {
			case html.TextNode:
				cur.WriteString(dropWideSegmentBreaks(c.Data))
			case html.ElementNode:
				if c.Data == "img" {
					continue
				}
				if blockTags[c.Data] {
					flush()
					if c.Data != "br" && skipBlock(c, judge) {
						continue
					}
					if c.Data == "tr" && isDataRow(c) {
						// A row of a table of data (a ranking, a list
						// of figures) is one line, its cells in order,
						// so that a fact keeps its subject and number.
						flush()
						if t := rowText(c); t != "" {
							out = append(out, t)
							tailRows++
						}
						continue
					}
					walk(c)
					flush()
					continue
				}
				walk(c)
			}
		}
	}
	if n.Type == html.TextNode {
		return []string{collapseSpace(n.Data)}, 0
	}
	walk(n)
	flush()
	return out, tailRows
}

// dropWideSegmentBreaks removes the line breaks of the page's source
// (with the indentation around them) that stand between two wide
// characters inside one text, as CSS Text renders them: a source that
// wraps a name over two lines ("長庚\n      醫院") shows it whole, not as
// "長庚 醫院". A space typed between two characters is kept, and so is the
// break between two elements (本文来源:X</span>\n<span>责任编辑), which
// the page's style sets apart.
func dropWideSegmentBreaks(s string) string {
	if !strings.ContainsAny(s, "\n\r") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r') {
			j++
		}
		if j > i {
			run := s[i:j]
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			after, _ := utf8.DecodeRuneInString(s[j:])
			if !(strings.ContainsAny(run, "\n\r") && i > 0 && j < len(s) && isWide(before) && isWide(after)) {
				b.WriteString(run)
			}
			i = j
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+size])
		i += size
	}
	return b.String()
}

// isWide: a character of East Asian width Wide or Fullwidth that Chinese
// text sets without spaces: ideographs, CJK punctuation, full-width forms.
func isWide(r rune) bool {
	return unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303F || r >= 0xFF01 && r <= 0xFF60 || r >= 0xFE30 && r <= 0xFE4F
}

// summaryLabels head a summary of the article placed before it.
var summaryLabels = map[string]bool{
	"划重点": true, "劃重點": true, "导读": true, "導讀": true, "摘要": true, "内容提要": true, "內容提要": true,
	"核心提示": true, "本文导读": true, "本文導讀": true, "内容摘要": true, "內容摘要": true, "文章导读": true, "文章導讀": true,
}

// isSummaryLabel: a block whose whole text is a summary label, with or
// without a colon or brackets.
func isSummaryLabel(n *html.Node) bool {
	if n.Type != html.ElementNode || !blockTags[n.Data] || n.Data == "br" {
		return false
	}
	t, ok := shortText(n, 8)
	if !ok {
		return false
	}
	return summaryLabels[strings.Trim(t, " :：【】[]")]
}

func nextElement(n *html.Node) *html.Node {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return nil
		}
	}
	return nil
}

// isDataRow: a table row whose cells hold text, not blocks (a layout
// table's cells hold whole paragraphs and are read block by block).
func isDataRow(tr *html.Node) bool {
	cells := 0
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.Data != "td" && c.Data != "th" || hasBlockChild(c) {
			return false
		}
		cells++
	}
	return cells >= 2
}

// rowText is a data row's cells, each collapsed, joined by spaces.
func rowText(tr *html.Node) string {
	var cells []string
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if t := collapseSpace(ownText(c)); t != "" {
				cells = append(cells, t)
			}
		}
	}
	return strings.Join(cells, " ")
}

// skipBlock: a block that is chrome inside the body: named so, or mostly
// links (related-article lists, tag clouds).
func skipBlock(n *html.Node, judge *classJudge) bool {
	if judge.node(n) {
		return true
	}
	if n.Data == "ul" || n.Data == "ol" || n.Data == "div" || n.Data == "table" || n.Data == "section" {
		// Counted, not built, and only up to 600: the walk into the body
		// asks this of every block at every depth. The link density
		// walk is only needed below 600.
		t := collapsedLen(n, 600)
		return t > 0 && t < 600 && linkDensity(n) > 0.5 || isTeaserList(n)
	}
	return false
}

// teaserDate: a date or time at the end of a line, as lists of other
// articles print after each headline (2019-09-09, 09-09 10:20, 2019年9月9日).
var teaserDate = rx.MustCompile(`(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$`)

// isTeaserList: a block whose children are mostly teasers of other
// articles, each a short headline ending in its date, whether or not the
// headlines are links (a "more from this column" panel, a forum's latest
// posts). An article's paragraphs are long and do not end in dates.
func isTeaserList(n *html.Node) bool {
	children, teasers := 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		k := collapsedLen(c, 61)
		if k == 0 {
			continue
		}
		children++
		if k <= 60 && k >= 8 && teaserDate.MatchString(collapseSpace(textWithBreaks([]*html.Node{c}))) {
			teasers++
		}
	}
	return teasers >= 3 && teasers*3 >= children*2
}

// walkText visits the text under n as textWithBreaks reads it: each text
// node's data to text, in document order, script and style left out, and
// blockEnd after each block element. It stops, and returns false, once
// text returns false.
func walkText(n *html.Node, text func(string) bool, blockEnd func()) bool {
	if n.Type == html.TextNode {
		return text(n.Data)
	}
	if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !walkText(c, text, blockEnd) {
			return false
		}
		if c.Type == html.ElementNode && blockTags[c.Data] {
			blockEnd()
		}
	}
	return true
}

// collapsedLen is the length in characters of
// collapseSpace(textWithBreaks(n)), counted as textStats counts it, or
// limit when it is limit or more: the count stops there.
func collapsedLen(n *html.Node, limit int) int {
	visible, gaps := 0, 0
	space := false // white space since the last visible character
	walkText(n, func(data string) bool {
		for _, r := range data {
			if isCollapsible(r) {
				space = true
				continue
			}
			if space && visible > 0 {
				gaps++
			}
			space = false
			visible++
		}
		return visible+gaps < limit
	}, func() { space = true }) // textWithBreaks' space at a block's end
	return min(visible+gaps, limit)
}

// textWithBreaksUpTo is textWithBreaks cut once it holds limit
// characters other than white space: collapsed, its first limit
// characters are those of the whole text.
func textWithBreaksUpTo(nodes []*html.Node, limit int) string {
	var b strings.Builder
	visible := 0
	text := func(data string) bool {
		b.WriteString(data)
		for _, r := range data {
			if !isCollapsible(r) {
				visible++
			}
		}
		return visible < limit
	}
	for _, n := range nodes {
		if !walkText(n, text, func() { b.WriteByte(' ') }) {
			break
		}
	}
	return b.String()
}

// textWithBreaks is the text of nodes with a space at block boundaries.
func textWithBreaks(nodes []*html.Node) string {
	var b strings.Builder
	text := func(data string) bool {
		b.WriteString(data)
		return true
	}
	for _, n := range nodes {
		walkText(n, text, func() { b.WriteByte(' ') })
	}
	return b.String()
}

// collapseSpace folds runs of white space (with &nbsp; and the ideographic
// space) into one space and trims the ends. One pass, and no copy when
// there is nothing to fold: it runs on the text of every element scored.
func collapseSpace(s string) string {
	if !needsCollapse(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for i, r := range s {
		if isCollapsible(r) {
			pending = b.Len() > 0
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+size]) // the bytes as they were, valid or not
	}
	return b.String()
}

func isCollapsible(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\u00a0' || r == '\u3000' || r == '\u200b' || r == '\ufeff'
}

// needsCollapse: s has white space other than single spaces between
// words, or at its ends.
func needsCollapse(s string) bool {
	prevSpace := true // a space at the start needs trimming
	for _, r := range s {
		switch {
		case r == ' ':
			if prevSpace {
				return true
			}
			prevSpace = true
		case isCollapsible(r):
			return true
		default:
			prevSpace = false
		}
	}
	return prevSpace && s != ""
}
