package clean

import (
	"strings"
	"unicode/utf8"
)

// page is what the structural readers (plain text, HTML) find in an
// article before the pieces become an Article.
type page struct {
	title, published, site string
	authors                []string
	body                   []string // paragraphs, in order
}

// readPlainText reads a normalised text dump: the title is the first
// line, and the chrome a saved page carries along is removed by general
// rules, keeping the metadata it holds (bylines → authors, 来源 → site,
// dates → published).
func readPlainText(text string) page {
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		lines = append(lines, strings.TrimSpace(l))
	}
	var p page
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	if len(lines) > 0 && isTitleLine(lines[0]) {
		p.title = lines[0]
		lines = lines[1:]
	}
	p.body = stripChrome(lines, &p)
	return p
}

// headerLines is how far into an article the header (dates, source,
// byline) is looked for.
const headerLines = 15

// stripChrome keeps the article's paragraphs from lines and moves the
// metadata it meets into p.
func stripChrome(lines []string, p *page) []string {
	// The article ends at a disclaimer block in the last part of the page,
	// or at the last prose line: what follows is footer.
	end := len(lines)
	for i, l := range lines {
		if i > len(lines)/2 && disclaimerScore(l) >= 1 && (strings.Contains(l, "声明") || disclaimerScore(l) >= 2) {
			end = i
			break
		}
	}
	lastProse := -1
	for i := 0; i < end; i++ {
		if isProse(lines[i]) && disclaimerScore(lines[i]) < 2 {
			lastProse = i
		}
	}
	firstProse := -1
	for i := 0; i < end; i++ {
		if isProse(lines[i]) && disclaimerScore(lines[i]) < 2 {
			firstProse = i
			break
		}
	}
	// The header: dates are often split over lines ("2021", "02/22").
	if firstProse > 0 {
		header := strings.Join(lines[:min(firstProse, headerLines)], " ")
		if d := findDate(header); d != "" && p.published == "" {
			p.published = d
		}
	}
	var body []string
	for i := 0; i < end; i++ {
		l := lines[i]
		if l == "" {
			continue
		}
		if m := sourceLine.FindStringSubmatch(l); m != nil {
			if p.site == "" {
				p.site = siteName(m[1])
			}
			continue
		}
		if editorLine.MatchString(l) {
			continue
		}
		if i <= firstProse+2 || i > lastProse {
			if names := parseByline(l); names != nil {
				p.authors = appendNew(p.authors, names...)
				continue
			}
		}
		switch {
		case isImageID(l), isWidget(l), disclaimerScore(l) >= 2:
			continue
		case i < firstProse && isDateLine(l):
			continue
		case i < firstProse && p.site != "" && l == p.site:
			continue
		case i > lastProse && lastProse >= 0 && !isProse(l):
			// Footer lines after the last paragraph: keywords, counters,
			// captions of share widgets.
			continue
		}
		body = append(body, l)
	}
	// The site's name alone on a header line, seen before 来源 named it.
	if p.site != "" && len(body) > 0 {
		kept := body[:0]
		for i, l := range body {
			if i < headerLines && l == p.site {
				continue
			}
			kept = append(kept, l)
		}
		body = kept
	}
	return body
}

// isDateLine: a header line holding only a date or a piece of one
// ("2021", "02/22", "2021-02-22 10:31").
func isDateLine(l string) bool {
	for _, r := range l {
		if !(r >= '0' && r <= '9' || strings.ContainsRune(" -/.:年月日时分", r)) {
			return false
		}
	}
	return true
}

// siteName cleans the value of a 来源 line: "德州新闻网 作者:..." → 德州新闻网.
func siteName(v string) string {
	v = strings.TrimSpace(v)
	if i := strings.IndexAny(v, " \t|丨"); i > 0 {
		v = v[:i]
	}
	return strings.Trim(v, "《》“”\"")
}

func appendNew(list []string, items ...string) []string {
	for _, it := range items {
		found := false
		for _, x := range list {
			if x == it {
				found = true
				break
			}
		}
		if !found {
			list = append(list, it)
		}
	}
	return list
}

// isTitleLine: a headline is short and does not end a sentence; a first
// line that reads as prose is the article's first paragraph, and the dump
// has no title.
func isTitleLine(l string) bool {
	n := utf8.RuneCountInString(l)
	if n == 0 || n > 64 || isWidget(l) {
		return false
	}
	return !strings.HasSuffix(l, "。") && !strings.HasSuffix(l, "……") && !(n > 30 && strings.Count(l, ",")+strings.Count(l, "，") >= 2)
}
