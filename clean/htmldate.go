package clean

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"

	"zhnews/internal/rx"
)

// A page's publication date is read by the surest evidence first: what
// the page states as the publication date (meta tags, a labelled
// 发布时间 in the header or anywhere in the page, a date next to the
// headline, the publish time a script carries), then an element whose
// class says it holds a date, and last go-htmldate, a general date
// extractor (meta, JSON-LD, URL patterns, visible date strings) that does
// not know the Chinese labels and reads two-digit years (18-03-08) the
// European way.
//
// Each reader sees the parsed page before chrome is dropped: a dateline
// often sits in a footer or a script.
type dateReader interface {
	readDate(d *datePage) string
}

// datePage is what the date readers share: the parsed page, the text
// around its headline, and the page's text once it is needed.
type datePage struct {
	doc    *goquery.Document
	meta   *metaTags
	header string
	text   string // visible text, read on first use
	// partial is a labelled date without its year ("发布时间:10-08"),
	// completed by a later full date on the same month and day.
	partial [2]int
}

func (d *datePage) visibleText() string {
	if d.text == "" {
		d.text = collapseSpace(textWithBreaks(d.doc.Find("body").Nodes))
	}
	return d.text
}

// pageDate runs the readers in order and returns the first date found,
// as YYYY-MM-DD (or YYYY-MM when a page states no day).
func pageDate(doc *goquery.Document, meta *metaTags, header string) string {
	d := &datePage{doc: doc, meta: meta, header: header}
	for _, r := range dateReaders {
		if v := r.readDate(d); v != "" {
			return v
		}
	}
	return ""
}

var dateReaders = []dateReader{
	metaDateReader{},
	labelledDate{inHeader: true},
	headerDate{},
	labelledDate{},
	scriptDate{},
	classDateReader{},
	libraryDate{fast: true},
	libraryDate{},
}

type metaDateReader struct{}

func (metaDateReader) readDate(d *datePage) string { return metaDate(d.doc, d.meta) }

type classDateReader struct{}

func (classDateReader) readDate(d *datePage) string { return classDate(d.doc) }

// headerDate: the first full date in the text around the headline, where
// a dateline stands even without a label ("标题 2019-09-26 10:56 来源:").
type headerDate struct{}

func (headerDate) readDate(d *datePage) string {
	if v := findDate(d.header); len(v) == len("2006-01-02") {
		return v
	}
	return ""
}

// A publication label says the date after it is the article's: 发布时间,
// 发布日期, 发表于, 发稿时间, 时间, 日期, in both scripts. It must not
// follow another Han character, so that 注册时间 (a forum registration),
// 更新时间, 会议时间 and other dates of prose are not read as the
// publication date.
var (
	labelWords    = []string{"时间", "時間", "日期", "于", "於"}
	labelPrefixes = []string{"发布", "發布", "發佈", "发表", "發表", "发稿", "發稿", "出版", "刊发", "刊發"}
	// Only these stand before 于/於 (发表于), which is no label alone.
	labelPrefixesYu = []string{"发表", "發表", "发布", "發布", "發佈"}
)

// labelEnds returns, in order, the offsets in text just after each
// publication label and the colon and spaces that follow it. It scans for
// the label words rather than running one expression over a page's whole
// text.
func labelEnds(text string) []int {
	var ends []int
	for i := 0; i < len(text); {
		at, word := -1, ""
		for _, w := range labelWords {
			if j := strings.Index(text[i:], w); j >= 0 && (at < 0 || i+j < at) {
				at, word = i+j, w
			}
		}
		if at < 0 {
			break
		}
		end := at + len(word)
		i = end
		start, ok := -1, false
		prefixes := labelPrefixes
		if word == "于" || word == "於" {
			prefixes = labelPrefixesYu
		}
		for _, p := range prefixes {
			if strings.HasSuffix(text[:at], p) {
				start, ok = at-len(p), true
				break
			}
		}
		if !ok && word != "于" && word != "於" {
			start, ok = at, true
		}
		if !ok || startsAfterHan(text, start) {
			continue
		}
		ends = append(ends, end+labelTail(text[end:]))
	}
	return ends
}

func startsAfterHan(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return i > 0 && unicode.Is(unicode.Han, r)
}

// labelTail is the length of the spaces, colon and spaces after a label.
func labelTail(s string) int {
	n := len(s) - len(strings.TrimLeft(s, " \t\n\r\f\v"))
	if rest := s[n:]; strings.HasPrefix(rest, ":") {
		n++
	} else if strings.HasPrefix(rest, "：") {
		n += len("：")
	}
	return n + len(s[n:]) - len(strings.TrimLeft(s[n:], " \t\n\r\f\v"))
}

// labelledDate: a date right after a publication label, in the header or
// anywhere in the page's text. A label with a two-digit year (18-03-08)
// reads it as 20YY; one with month and day only is kept as partial, for a
// later reader's full date to complete.
type labelledDate struct{ inHeader bool }

var (
	labelledFull = rx.MustCompile(`^((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})`)
	// Two-digit fields end at a non-digit, or at the hour that inline
	// markup glued to them ("18-03-08</span><span>23:16" reads 18-03-0823:16).
	labelledShortY = rx.MustCompile(`^(\d{2})-(\d{2})-(\d{2})(?:\D|$|\d{1,2}:)`)
	labelledMD     = rx.MustCompile(`^(?:(\d{1,2})\s*[-/]\s*(\d{2})(?:\D|$|\d{1,2}:)|(\d{1,2})\s*月\s*(\d{1,2})\s*日)`)
)

func (l labelledDate) readDate(d *datePage) string {
	text := d.header
	if !l.inHeader {
		text = d.visibleText()
	}
	for _, end := range labelEnds(text) {
		rest := text[end:]
		if m := labelledFull.FindStringSubmatch(rest); m != nil {
			if v := ymd(m[1], m[2], m[3]); v != "" {
				return v
			}
			continue
		}
		if m := labelledShortY.FindStringSubmatch(rest); m != nil {
			if v := ymd("20"+m[1], m[2], m[3]); v != "" {
				return v
			}
			continue
		}
		if m := labelledMD.FindStringSubmatch(rest); m != nil && d.partial == [2]int{} {
			mo, _ := strconv.Atoi(m[1] + m[3])
			day, _ := strconv.Atoi(m[2] + m[4])
			if validMonthDay(mo, day) {
				d.partial = [2]int{mo, day}
			}
		}
	}
	if !l.inHeader && d.partial != [2]int{} {
		return metaDateOn(d.meta, d.partial)
	}
	return ""
}

// metaDateOn completes a year-less dateline from a full date in any meta
// tag (a page's modification date, a date in its description) that falls
// on the same month and day.
func metaDateOn(meta *metaTags, md [2]int) string {
	for _, v := range meta.all {
		if got := findDate(v); len(got) == len("2006-01-02") && sameMonthDay(got, md) {
			return got
		}
	}
	return ""
}

func sameMonthDay(date string, md [2]int) bool {
	return date[5:] == fmt.Sprintf("%02d-%02d", md[0], md[1])
}

// scriptDate: the publish time an inline script carries, as WeChat and
// many CMS pages write it: a Unix time in `var ct = "1581517074"`, or a
// date under a publish key (publish_time, pubtime, publishTime,
// datePublished) in JSON or script variables.
type scriptDate struct{}

var (
	scriptUnix = rx.MustCompile(`\bvar\s+ct\s*=\s*["']?(\d{10})["']?`)
	scriptKey  = rx.MustCompile(`(?i)["']?\b(?:publish_?time|pub_?time|publish_?date|pub_?date|date_?published|first_?publish(?:ed)?_?time)["']?\s*[:=]\s*["']([^"']{8,40})["']`)
)

// chinaTime: Chinese pages' Unix times are read in UTC+8, where the day
// the reader saw begins.
var chinaTime = time.FixedZone("CST", 8*3600)

func (scriptDate) readDate(d *datePage) string {
	found := ""
	d.doc.Find("script").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		src := scriptText(s.Nodes[0])
		// The expressions run only where they can match: after "var ct",
		// and in a window around each "pub" (every key has it), not over
		// scripts of hundreds of kilobytes.
		if strings.Contains(src, "var") {
			if m := scriptUnix.FindStringSubmatch(src); m != nil {
				sec, _ := strconv.ParseInt(m[1], 10, 64)
				found = time.Unix(sec, 0).In(chinaTime).Format("2006-01-02")
				return false
			}
		}
		matches := 0
		for _, at := range indexesFold(src, "pub") {
			// A key begins at most 7 bytes before its "pub" (`"first_`),
			// and the window starts well before that, so that \b sees
			// the real byte ahead of the key.
			m := scriptKey.FindStringSubmatch(src[max(0, at-24):min(len(src), at+80)])
			if m == nil {
				continue
			}
			if v := findDate(m[1] + " "); len(v) == len("2006-01-02") {
				found = v
				return false
			}
			if matches++; matches == 4 {
				break
			}
		}
		return true
	})
	return found
}

// scriptText is the text of a script element without copying it when,
// as almost always, it is one text node.
func scriptText(n *html.Node) string {
	if c := n.FirstChild; c != nil && c.NextSibling == nil && c.Type == html.TextNode {
		return c.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// libraryDate asks go-htmldate for the original publication date: fast
// mode (meta, JSON-LD, URL, marked elements) first, then the extensive
// search of the page's text, which costs several times more and so runs
// only on the pages nothing else dated.
type libraryDate struct{ fast bool }

func (l libraryDate) readDate(d *datePage) string {
	if len(d.doc.Nodes) == 0 {
		return ""
	}
	r, err := htmldate.FromDocument(d.doc.Nodes[0], htmldate.Options{
		UseOriginalDate:     true,
		SkipExtensiveSearch: l.fast,
	})
	if err != nil || r.IsZero() {
		return ""
	}
	v := r.Format("2006-01-02")
	if d.partial != [2]int{} && !sameMonthDay(v, d.partial) {
		return "" // the page's own dateline says another day
	}
	return v
}

// indexesFold returns where the lower-case ASCII letters w occur in s,
// in any case, without overlaps.
func indexesFold(s, w string) []int {
	var at []int
	for i := 0; i+len(w) <= len(s); i++ {
		k := 0
		for k < len(w) && s[i+k]|0x20 == w[k] {
			k++
		}
		if k == len(w) {
			at = append(at, i)
			i += len(w) - 1
		}
	}
	return at
}

// ymd formats a year, month and day as YYYY-MM-DD when they make a date.
func ymd(y, mo, d string) string {
	yi, _ := strconv.Atoi(y)
	mi, _ := strconv.Atoi(mo)
	di, _ := strconv.Atoi(d)
	if yi < 1900 || yi > 2100 || !validMonthDay(mi, di) {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", yi, mi, di)
}

func validMonthDay(mo, d int) bool { return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 }
