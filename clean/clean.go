// Package clean turns the bytes of a saved article into a cleaned
// zhnews.Article: text, title, date, byline, publisher, script and
// warnings. It is the first stage of the pipeline.
//
// In: a name (path, URL, archive member) and raw bytes, HTML or plain
// text, in UTF-8, UTF-16, GB18030/GBK or Big5, simplified or traditional.
// Out: an Article whose Text is the article body in simplified script,
// page chrome removed, paragraphs joined by "\n"; Facts and Hospitals are
// left for the later stages.
//
// The work runs in this order:
//
//	decode      bytes → UTF-8, encoding read from the bytes (decode.go)
//	structure   HTML: headline, metadata and body by Readability-style
//	            scoring with goquery (html.go, classwords.go), the date by
//	            the surest evidence first and go-htmldate last
//	            (htmldate.go), pages past the parser's depth flattened
//	            (flatten.go)
//	normalise   the Chain of Steps: repair GBK mojibake → strip pinyin →
//	            fold width → strip forum jammer → convert to simplified
//	            (normalize.go, jammer.go)
//	lines       every line of a text dump (every block of a page) gets a
//	            kind (lines.go); text: markup left in the dump is dropped
//	            and a dateline glued to its caption split off
//	            (tags.go, plaintext.go); the header above the first
//	            paragraph gives the title (title.go), the date
//	            (published.go, dates.go), the authors (authors.go) and the
//	            site (site.go); chrome is dropped and the body ends at its
//	            end mark (plaintext.go)
package clean

import (
	"errors"
	"fmt"
	"path"
	"strings"
	"unicode/utf8"

	"zhnews"
	"zhnews/clean/opencc"
	"zhnews/internal/rx"
)

// ErrNoText: the input decoded, but no article text was left after
// cleaning (a page of navigation only, an empty template).
var ErrNoText = errors.New("no article text found")

// Cleaner cleans articles. It is safe for concurrent use.
type Cleaner struct {
	chain Chain
}

// New returns a Cleaner with the default normalisation chain.
func New() *Cleaner {
	conv := opencc.Default()
	return &Cleaner{chain: Chain{
		repairMojibake{conv: conv},
		stripPinyin{},
		foldWidth{},
		stripJammer{},
		toSimplified{conv: conv},
	}}
}

// Steps describes the normalisation chain, for help text.
func (c *Cleaner) Steps() string { return c.chain.Names() }

// Hints are what the input's container says of an article: a crawler's
// JSON Lines record knows whether it holds HTML, and often the title and
// date.
type Hints struct {
	HTML             bool
	Title, Published string
	// Charset is what the HTTP header said of a fetched page: it counts
	// as the page's own declaration when the page declares none.
	Charset string
}

// Clean reads one article. source names it in the record and in errors.
func (c *Cleaner) Clean(source string, data []byte) (zhnews.Article, error) {
	return c.CleanHinted(source, data, Hints{})
}

// CleanHinted is Clean with hints: HTML forces markup; Title and
// Published fill in what the page itself does not state.
func (c *Cleaner) CleanHinted(source string, data []byte, h Hints) (zhnews.Article, error) {
	markup := h.HTML || isHTML(data) || strings.HasSuffix(strings.ToLower(path.Ext(source)), "htm") ||
		strings.HasSuffix(strings.ToLower(path.Ext(source)), "html")
	declared := ""
	if markup {
		declared = declaredCharset(data)
	}
	if declared == "" {
		declared = h.Charset
	}
	dec, err := decode(data, declared)
	if err != nil {
		return zhnews.Article{}, fmt.Errorf("clean %s: %w", source, err)
	}
	if !markup && isHTML(dec.utf8) {
		markup = true // UTF-16 markup shows its tags only once decoded
	}
	var rep Report
	rep.Count(countInvalid, dec.replaced)
	var p page
	var warnings []string
	if markup {
		p, warnings, err = c.cleanHTML(dec.utf8, &rep)
		if err != nil {
			return zhnews.Article{}, fmt.Errorf("clean %s: html: %w", source, err)
		}
	} else {
		text := c.chain.Apply(dec.String(), &rep)
		p = readPlainText(text, rep.Script == "hant")
	}
	text := strings.Join(p.body, "\n")
	if strings.TrimSpace(text) == "" {
		return zhnews.Article{}, fmt.Errorf("clean %s: %w", source, ErrNoText)
	}
	// The header's fields are parts of the normalised page: copied, they
	// do not keep it (the text's size again) alive with the article.
	a := zhnews.Article{
		ID:        zhnews.ArticleID(text),
		Source:    source,
		Title:     strings.Clone(p.title),
		Published: strings.Clone(p.published),
		Authors:   cloneAll(p.authors),
		Site:      strings.Clone(p.site),
		Script:    rep.Script,
		Text:      text,
	}
	if a.Title == "" && h.Title != "" {
		var r Report
		a.Title = strings.TrimSpace(c.chain.Apply(h.Title, &r))
	}
	if a.Published == "" && h.Published != "" {
		a.Published = normalizeDate(h.Published)
	}
	if dec.encoding != encUTF8 {
		a.Warnings = append(a.Warnings, "decoded from "+dec.encoding)
	}
	a.Warnings = append(a.Warnings, rep.Warnings()...)
	a.Warnings = append(a.Warnings, warnings...)
	a.Normalize()
	return a, nil
}

// dayFirst: the page reader reads a slashed or dashed date month first
// (12/3/2025 as 3 December), not knowing the page's script yet. A page in
// traditional script writes the day first (Hong Kong's 12 March; Taiwan
// puts the year first): where the header's date read so is published
// with day and month swapped, the day-first reading is taken. Any other
// date (a meta tag's, an unambiguous one) stands.
func dayFirst(published, header string) string {
	if len(published) != len("2006-01-02") || !strings.ContainsAny(header, "/-") {
		return published
	}
	d := firstDate(header, true)
	if len(d) == len(published) && d[:4] == published[:4] && d[5:7] == published[8:10] && d[8:10] == published[5:7] {
		return d
	}
	return published
}

// cloneAll copies each string of ss.
func cloneAll(ss []string) []string {
	if ss == nil {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.Clone(s)
	}
	return out
}

var (
	headerSource = rx.MustCompile(`(?:来源|稿源|出处)\s*[:：]\s*([^\s|丨:：]{2,30})`)
)

// cleanHTML reads a page's structure first (in the page's own script),
// then normalises headline, header and paragraphs in one pass so that the
// script is judged on the whole article. The warnings say what the page
// reader was unsure of.
func (c *Cleaner) cleanHTML(text []byte, rep *Report) (page, []string, error) {
	hp, err := readHTML(text)
	if err != nil {
		return page{}, nil, err
	}
	raw := append([]string{hp.title, hp.header, hp.site, strings.Join(hp.authors, " ")}, hp.blocks...)
	lines := strings.Split(c.chain.Apply(strings.Join(raw, "\n"), rep), "\n")
	p := page{title: lines[0], published: hp.published, site: lines[2]}
	// A page's author tag often names its publisher (网易, 新京报) or says
	// nobody signed (未知): only a person's name, read after conversion
	// to simplified script, is an author; else the header is asked.
	if a := lines[3]; a != "" && isPersonName(a) && !unsigned[a] && !selfNames[a] && a != p.site {
		p.authors = []string{a}
	}
	header := lines[1]
	if p.published == "" {
		p.published = findDate(header)
	}
	if rep.Script == "hant" {
		p.published = dayFirst(p.published, header)
	}
	if m := headerSource.FindStringSubmatch(header); m != nil && p.site == "" {
		p.site = siteName(m[1]) // the field may run into the next (来源:某某网作者:…)
	}
	if len(p.authors) == 0 {
		p.authors = headerAuthors(header)
	}
	body := lines[4:]
	// The headline repeated as the body's first block, perhaps behind a
	// label of a few characters (原创, 独家, 图文).
	if len(body) > 0 && p.title != "" && strings.HasSuffix(body[0], p.title) &&
		utf8.RuneCountInString(body[0])-utf8.RuneCountInString(p.title) <= 4 {
		body = body[1:]
	}
	// A data table that ends the article is kept apart from the chrome
	// rules, which end an article at its last line of prose.
	rows := 0
	if hp.tailRows < len(body) {
		rows = hp.tailRows
	}
	head, tail := body[:len(body)-rows], body[len(body)-rows:]
	p.body = stripChrome(head, &p)
	p.body = append(p.body, tableTail(head, tail, p.body)...)
	return p, hp.warnings, nil
}

// tableTail keeps the rows of a data table that ends the article: in a
// page, the markup shows they belong to the body. They are kept when the
// line before them survived the chrome rules (the article reaches them),
// each row that is no widget or disclaimer.
func tableTail(head, tail, kept []string) []string {
	if len(tail) == 0 || len(head) == 0 || len(kept) == 0 || kept[len(kept)-1] != head[len(head)-1] {
		return nil
	}
	var out []string
	for _, r := range tail {
		if !isWidget(r) && disclaimerScore(r) < 2 {
			out = append(out, r)
		}
	}
	return out
}

// headerAuthors reads a byline inside a page's header line ("2023-06-18
// 来源:示例新闻网 记者 王晓明 通讯员 李红"): from the first role word, as
// long as the words are role words and names.
func headerAuthors(header string) []string {
	var names []string
	started, photo := false, false
	for _, f := range strings.Fields(header) {
		var role []int
		if mayHaveRole(f) { // the expression only where a role word can be
			role = bylineRole.FindStringIndex(f)
		}
		switch {
		case role != nil && role[0] == 0:
			// A photographer's credit (摄影: 王晓明) names no author; the
			// names after it are skipped up to the next role word.
			started, photo = true, photoRole.MatchString(f)
			if rest := f[role[1]:]; rest != "" {
				if !headerName(rest) {
					return names // 作者:未知 says nobody signed
				}
				if !photo {
					names = appendNew(names, rest)
				}
			}
		case started && headerName(f):
			if !photo {
				names = appendNew(names, f)
			}
		case started:
			return names
		}
	}
	return names
}

// headerName: a word of a header's byline that reads as a person's name,
// not as a placeholder (未知) or a job title (产品经理).
func headerName(s string) bool {
	return !unsigned[s] && (isPersonName(s) || nameShaped(s))
}
