package clean

import (
	"strings"
)

// page is what the structural readers (plain text, HTML) find in an
// article before the pieces become an Article.
type page struct {
	title, published, site string
	authors                []string
	body                   []string // paragraphs, in order
}

// readPlainText reads a normalised text dump. Every line is classified
// (lines.go); the header is what stands before the body's first
// paragraph, and the fields are chosen from it, each by its own picker:
// title (title.go), published (published.go), authors (authors.go) and
// site (site.go). roc: the page is in traditional script and may count
// years from 1912 (112年11月25日).
func readPlainText(text string, roc bool) page {
	raw := strings.Split(text, "\n")
	cls := classifyLines(raw)
	start := bodyStart(cls)
	var p page
	p.body = readBody(cls, &p, roc)
	p.title = pickTitle(cls[:start], p.site)
	if p.title != "" {
		p.body = withoutLine(p.body, p.title)
	}
	return p
}

// stripChrome keeps the article's paragraphs from lines (the HTML
// reader's blocks, or a dump's lines) and moves the metadata it meets
// into p: bylines to authors, 来源 to site, header dates to published
// where p has none.
func stripChrome(lines []string, p *page) []string {
	return readBody(classifyLines(lines), p, false)
}

// bodyStart is the index of the first paragraph: prose, a caption or a
// table row. Everything above is the header.
func bodyStart(cls []classified) int {
	for i, c := range cls {
		switch c.kind {
		case kindProse, kindCaption, kindTableRow:
			return i
		}
	}
	return len(cls)
}

// readBody reads metadata from classified lines into p and returns the
// body: header chrome dropped, the article ended at its first end mark
// (a related list's heading, the editor's line, the footer in the page's
// second half), lines after the last paragraph dropped, and chrome
// anywhere in between removed.
func readBody(cls []classified, p *page, roc bool) []string {
	start := bodyStart(cls)
	end := len(cls)
	for i := start + 1; i < len(cls); i++ {
		k := cls[i].kind
		if k == kindRelated || k == kindEditor || k == kindFooter && i > len(cls)/2 {
			end = i
			break
		}
	}
	last := -1
	for i := start; i < end; i++ {
		if k := cls[i].kind; k == kindProse || k == kindTableRow {
			last = i
		}
	}
	if p.published == "" {
		p.published = pickPublished(cls[:end], start, roc)
	}
	readAuthorsAndSite(cls[:end], start, last, p)

	var body []string
	for i := 0; i < end; i++ {
		c := cls[i]
		switch c.kind {
		case kindProse:
			body = append(body, joinNameSpaces(c.text))
		case kindTableRow, kindCaption:
			body = append(body, c.text)
		case kindTeaser:
			if t := strings.TrimSpace(teaserEnd.ReplaceAllString(c.text, "")); t != "" {
				body = append(body, t)
			}
		case kindHeadline, kindLabel:
			// Subheadings and list entries inside the body; in the header
			// a label is the section's name, and after the last paragraph
			// a short line is footer.
			if i > last && last >= 0 || c.kind == kindLabel && i < start {
				continue
			}
			if i < start && p.site != "" && c.text == p.site {
				continue // the site's name alone on a header line
			}
			body = append(body, c.text)
		}
	}
	return body
}

// readAuthorsAndSite reads the byline lines, the fields lines, the lead
// paragraph's dateline and the last paragraph's closing credit.
func readAuthorsAndSite(cls []classified, start, last int, p *page) {
	org, prose := "", 0
	for i, c := range cls {
		switch c.kind {
		case kindByline:
			p.authors = appendNew(p.authors, c.authors...)
		case kindFields:
			_, fs := fields(strings.Trim(c.text, "()（）"))
			for _, f := range fs {
				switch {
				case sourceLabels[f.label]:
					if p.site == "" {
						p.site = siteName(f.value)
					}
				case f.label == "作者" || f.label == "撰稿" || f.label == "撰文":
					if names, ok := bylineNames(f.value); ok {
						p.authors = appendNew(p.authors, names...)
					} else if org == "" {
						org = authorAsSite(f.value)
					}
				}
			}
		case kindProse:
			// The lead's dateline: in the first two paragraphs.
			if prose++; prose <= 2 {
				if names, o := leadAuthors(c.text); len(names) > 0 {
					p.authors = appendNew(p.authors, names...)
					if org == "" {
						org = siteName(o)
					}
				}
			}
			if i == last {
				p.authors = appendNew(p.authors, closingAuthors(c.text)...)
			}
		}
	}
	if p.site == "" {
		p.site = org
	}
}

// withoutLine removes the title from the body where it stands in the
// header or repeats further down (a headline printed again as an image's
// alt text).
func withoutLine(body []string, title string) []string {
	kept := body[:0]
	for _, l := range body {
		if l == title || cleanTitle(l) == title {
			continue
		}
		kept = append(kept, l)
	}
	return kept
}
