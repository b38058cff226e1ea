package clean

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"zhnews/internal/rx"
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
	for i, l := range raw {
		raw[i] = stripMarkup(l)
	}
	raw = splitGluedFooters(joinWrappedLines(raw))
	cls := classifyLines(raw)
	if split := splitDatelines(raw, bodyStart(cls)); len(split) != len(raw) {
		raw, cls = split, classifyLines(split)
	}
	start := bodyStart(cls)
	if start < len(cls) && pickTitle(cls[:start], "") == "" {
		// A dump of the whole page on one line: the headline, the date
		// and the byline glued before the lead.
		if parts := splitGluedHead(raw[start]); parts != nil {
			raw = append(raw[:start:start], append(parts, raw[start+1:]...)...)
			cls = classifyLines(raw)
			start = bodyStart(cls)
		}
	}
	var p page
	p.body = readBody(cls, &p, roc)
	p.title = pickTitle(cls[:start], p.site)
	if start < len(cls) {
		var others []string
		p.title, others = relatedTitle(p.title, cls[:start], p.site, cls[start].text)
		for _, o := range others {
			p.body = withoutLine(p.body, o)
		}
	}
	if p.title != "" {
		for _, o := range tickerStories(cls[:start], p.title, p.site) {
			p.body = withoutLine(p.body, o)
		}
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

// closingEditor: an editor's credit glued to the end of the last
// paragraph (…取得实效。编辑:王晓明, …。(责任编辑:李红)), the empty cells of
// the table the page was laid out in after it (… (责任编辑:李红) |).
var closingEditor = rx.MustCompile(`([。！？!?”」』)）])\s*[(（]?(?:责任编辑|编辑|责编|审核|校对|审校)\s*[:：]\s*\p{Han}{2,4}(?:\s+\p{Han}{2,4})*\s*[)）]?[\s|｜]*$`)

// withoutClosingEditor drops an editor's credit from the end of the
// article's last paragraph; editors are no authors and no text.
func withoutClosingEditor(t string) string {
	t = closingEditor.ReplaceAllString(t, "$1")
	if strings.Contains(t, "编") || strings.Contains(t, "审") || strings.Contains(t, "监制") {
		t = closingEditorBracket.ReplaceAllString(t, "$1")
	}
	return trailingLink.ReplaceAllString(t, "$1")
}

// closingEditorBracket: the editor's credit in brackets after the last
// sentence, its colon left out or its spaces lost (…1000余人次。(编审 李红),
// (编审李红)), and the desk's hotline the credit may carry after the name
// (…。(编审 李红 本网新闻热线:0000-1234567)). The bracket holds nothing
// else: a sentence's own bracket stays.
var closingEditorBracket = rx.MustCompile(`([。！？!?”」』)）])\s*[(（]\s*(?:责任编辑|编辑|责编|编审|审核|校对|审校|终审|监制)\s*[:：]?\s*\p{Han}{2,4}(?:\s+\p{Han}{2,4})*?\s*(?:(?:本网|本台|本报|本站|新闻)*(?:热线|电话|邮箱)\s*[:：]?\s*[0-9\-－—\s]{5,24})?[)）][\s|｜]*$`)

// trailingLink: a link the page glued after the last sentence, marked
// with its arrows (…其中中高级人员200余人。返回某某频道>>, 查看更多»): the
// page's navigation, no part of the paragraph.
var trailingLink = rx.MustCompile(`([。！？!?”」])[^。！？!?”」]{1,20}?(?:>>|》》|»|＞＞|>)\s*$`)

// bodyStart is the index of the first paragraph: prose, a caption or a
// table row. Everything above is the header.
func bodyStart(cls []classified) int {
	for i, c := range cls {
		switch c.kind {
		case kindProse, kindCaption, kindTableRow:
			if crumb := blurbAboveCrumb(cls, i); crumb > i {
				return bodyStart(cls[crumb+1:]) + crumb + 1
			}
			return i
		}
	}
	return len(cls)
}

// blurbMaxProse and blurbWithin bound a site's blurb above the page's
// breadcrumb: a couple of sentences, within a screen of lines.
const (
	blurbMaxProse = 2
	blurbWithin   = 16
)

// blurbAboveCrumb returns the index of the breadcrumb (…当前位置: 首页 >
// …) that stands below the prose line at start with the page's own
// header under it (a headline, a date or a fields line before the next
// paragraph): the prose above it is the site's blurb (a company's pitch
// over every page), not the article. It returns -1 when there is none.
func blurbAboveCrumb(cls []classified, start int) int {
	prose := 0
	for j := start; j < len(cls) && j < start+blurbWithin; j++ {
		switch cls[j].kind {
		case kindProse:
			if prose++; prose > blurbMaxProse {
				return -1
			}
		case kindBreadcrumb:
			for k := j + 1; k < len(cls); k++ {
				switch cls[k].kind {
				case kindFields, kindDate:
					return j
				case kindProse, kindCaption, kindTableRow:
					return -1
				}
			}
			return -1
		}
	}
	return -1
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
		if k == kindRelated || k == kindEditor || k == kindFooter && i > len(cls)/2 || isFollowPage(cls[i].text) {
			end = i
			break
		}
	}
	if at := tailList(cls, end); at > start {
		end = at // other stories' headlines, the first read as a sentence
	}
	last := -1
	for i := start; i < end; i++ {
		if k := cls[i].kind; k == kindProse || k == kindTableRow {
			last = i
		}
	}
	if p.published == "" {
		// A photo's captions may open the body above the date line and
		// the lead: the date is read down to the first paragraph.
		head := start
		for head < end && (cls[head].kind == kindCaption || cls[head].kind == kindBlank || cls[head].kind == kindDate) {
			head++
		}
		p.published = pickPublished(cls[:end], head, roc)
		for j := start; j < end; j++ {
			if cls[j].kind == kindProse {
				p.published = filedAfter(p.published, cls[j].text) // the lead, under a caption or two
				break
			}
		}
	}
	readAuthorsAndSite(cls[:end], start, last, p)
	if p.site == "" {
		// A page that names no publisher above: the hospital its footer's
		// copyright line names owns the site (Copyright © 某某医院 官方网站).
		from := end
		if last >= 0 && last+1 < from {
			from = last + 1 // a short page's footer stands in its first half
		}
		for _, c := range cls[from:] {
			if m := footerOwner.FindStringSubmatch(c.text); c.kind == kindFooter && m != nil {
				p.site = m[1] + m[2] // the owner named after the mark, or before 版权所有
				break
			}
		}
	}

	listEnd := closingList(cls, last, end)
	var body []string
	list := false // in a sidebar's list above the article
	// The breadcrumb under a site's blurb (bodyStart): what stands above
	// it, the blurb and the site's contact lines, is chrome. (Above any
	// other breadcrumb the masthead may name the hospital in full.)
	crumb := -1
	for j := 0; j < start; j++ {
		if cls[j].kind == kindProse || cls[j].kind == kindTableRow {
			crumb = blurbAboveCrumb(cls, j)
			break
		}
	}
	for i := 0; i < end; i++ {
		c := cls[i]
		if i <= crumb {
			continue
		}
		if i < start {
			switch c.kind {
			case kindRelated:
				list = true
			case kindBreadcrumb, kindFields, kindDate, kindNavBar, kindLabel:
				list = false
			}
			if list {
				continue
			}
		}
		if len(body) > 0 && sameLine(body[len(body)-1], c.text) {
			continue // a caption or paragraph the page prints twice in a row
		}
		switch c.kind {
		case kindProse:
			if isLeadDigest(cls, i, end) {
				continue
			}
			t := c.text
			if i == start {
				t = withoutLeadChrome(t)
			}
			if i == last {
				t = withoutClosingCredit(withoutClosingEditor(t))
			}
			if t = withoutLabelledCaptions(withoutRelatedTail(withoutPhotoCredit(withoutGalleryButtons(t)))); t == "" {
				continue
			}
			body = append(body, joinNumberSpaces(joinNameSpaces(joinWrapSpaces(t))))
		case kindTableRow:
			body = append(body, c.text)
		case kindCaption:
			if t := withoutLabelledCaptions(withoutPhotoCredit(c.text)); t != "" {
				body = append(body, t)
			}
		case kindNavBar:
			// Inside the article, a row of short words under a line that
			// announces a list (先进集体(5个), 获奖名单:) or a title with its
			// people (优秀护士 王晓明 李红) is an honours list, not a menu.
			if i > start && i < last && (leadsIntoList(cls, i) || honoursRow(c.text)) {
				body = append(body, c.text)
			}
		case kindWidget:
			if i < start {
				// The clock's greeting names the site's hospital, which
				// stays as the masthead does (今天是  某某医院祝您健康!).
				if m := clockThenWish.FindStringSubmatch(c.text); m != nil && institutionOnly.MatchString(m[1]) {
					body = append(body, m[1])
				}
			}
		case kindTeaser:
			if t := strings.TrimSpace(teaserEnd.ReplaceAllString(c.text, "")); t != "" {
				body = append(body, t)
			}
		case kindHeadline, kindLabel:
			// Subheadings and list entries inside the body; in the header
			// a label is the section's name, and after the last paragraph
			// a short line is footer, unless an end mark closes the
			// article further down.
			if i > last && i >= listEnd && last >= 0 && (end == len(cls) || c.kind == kindLabel || isTagLine(c.text)) || c.kind == kindLabel && i < start {
				continue // after the last paragraph, a label names a footer's section (图说青山), short words are the page's tags
			}
			if i > last && i < listEnd && c.kind == kindLabel && !listLead(c.text) && !isListEntry(c) {
				continue // an image's placeholder over a closing list, an infobox's section
			}
			if i < start && (p.site != "" && c.text == p.site || namesOnly(c.text) && !honourTitle.MatchString(c.text)) {
				continue // the site's or hospital's name alone on a header line
			}
			if i < start && gluedDate(c.text) > 0 {
				continue // a dateline: 原创 某某医院 2021-06-29, 楼主 某某 发表于 2021-6-29
			}
			if i < start && menuCell(c.text) {
				continue // 线上咨询 |, 回 新闻情报 |: a cell of the page's menu table
			}
			t := c.text
			if i < start && strings.Contains(t, "祝") {
				// The masthead keeps the hospital's full name; its wish goes.
				t = strings.TrimSpace(bannerWish.ReplaceAllString(t, ""))
			}
			if t = withoutLabelledCaptions(t); t == "" {
				continue
			}
			body = append(body, t)
		}
	}
	return body
}

// relatedTail: a bracketed link to related stories glued to a
// paragraph's end ((相关报导: 某某…), （延伸阅读：…）), open or closed: what
// follows it is the link's headline, not the story.
var relatedTail = rx.MustCompile(`\s*[(（【\[]\s*(?:相关报导|相关报道|相关新闻|相关阅读|延伸阅读|推荐阅读|更多报导|看更多)\s*[:：][^()（）【】\[\]]*(?:[)）】\]]\s*)?$`)

func withoutRelatedTail(l string) string {
	if !strings.Contains(l, "相关") && !strings.Contains(l, "阅读") && !strings.Contains(l, "更多") {
		return l
	}
	return relatedTail.ReplaceAllString(l, "")
}

// labelledCaption: a picture's caption or credit in brackets that
// labels itself (【图:评审委员与院长合影】, (图:记者王晓明摄), (图片/院方提供)):
// set into a paragraph or on a line of its own, it is no sentence of the
// story. An unlabelled bracket (见图1) is the story's.
var labelledCaption = rx.MustCompile(`[【\[(（〔]\s*(?:图|图片|照片|相片|摄影)\s*[:：/／][^【】\[\]()（）〔〕]{1,80}[】\])）〕]`)

// figureNumber: a figure's number before its caption (图110  2011年…),
// set off by a space or a colon: 图1显示 is a sentence.
var figureNumber = rx.MustCompile(`^(?:图|图片)\s*\d{1,4}(?:\s+|\s*[:：])`)

// withoutLabelledCaptions cuts the labelled captions and a figure's
// number out of a line, and returns "" for a line that held nothing else.
func withoutLabelledCaptions(l string) string {
	if !strings.Contains(l, "图") && !strings.Contains(l, "照") && !strings.Contains(l, "摄") {
		return l
	}
	return strings.TrimSpace(labelledCaption.ReplaceAllString(figureNumber.ReplaceAllString(l, ""), ""))
}

// menuCell: a short line the page's layout table closes with its bar
// (线上咨询 |), above the article: a menu's cell. One that names a
// hospital is the masthead, which stays.
func menuCell(l string) bool {
	t := strings.TrimSpace(l)
	if !strings.HasSuffix(t, "|") {
		return false
	}
	t = strings.TrimSpace(strings.TrimRight(t, "| "))
	return t != "" && utf8.RuneCountInString(t) <= 8 && !strings.Contains(t, "院")
}

// bannerWish: the wish a site's banner closes with, after the hospital's
// name (某某医院 | 某某大学临床学院 祝您健康!).
var bannerWish = rx.MustCompile(`\s*(?:祝您|祝你|祝大家)(?:身体)?(?:健康|平安|安康|早日康复)\s*[!！]?$`)

// countHeading: a heading that counts what its list names: 一、先进集体(5个),
// 优秀个人(3名).
var countHeading = rx.MustCompile(`[(（]\s*\d{1,3}\s*(?:个|名|人|项|家|位|篇|支)\s*[)）]$`)

// leadsIntoList: the line above line i (blank lines passed) announces a
// list, ending in a colon or counting its entries.
func leadsIntoList(cls []classified, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if cls[j].kind == kindBlank {
			continue
		}
		return endsWithColon(cls[j].text) || countHeading.MatchString(cls[j].text)
	}
	return false
}

// honoursRow: an honour's title and the people who won it, between
// spaces (优秀护士 王晓明 李红 张伟): two people at least.
func honoursRow(l string) bool {
	toks := joinSpacedSurnames(strings.Fields(l))
	if len(toks) < 3 || utf8.RuneCountInString(toks[0]) > 12 || isPersonName(toks[0]) {
		return false
	}
	for _, t := range toks[1:] {
		if !isPersonName(t) {
			return false
		}
	}
	return true
}

func endsWithColon(l string) bool {
	l = strings.TrimSpace(l)
	return strings.HasSuffix(l, ":") || strings.HasSuffix(l, "：")
}

// sameLine: two lines alike but for their spacing.
func sameLine(a, b string) bool {
	if a == "" {
		return false
	}
	// The joined fields begin with the first character that is not
	// white space and end with the last: lines that differ there are not
	// one (most pairs), told without joining them. Only valid characters
	// are compared: no valid encoding begins or ends another, while an
	// invalid byte may join with the next field's bytes.
	if ra, ok := edgeRune(a, false); ok {
		if rb, ok := edgeRune(b, false); ok && ra != rb {
			return false
		}
	}
	if ra, ok := edgeRune(a, true); ok {
		if rb, ok := edgeRune(b, true); ok && ra != rb {
			return false
		}
	}
	return strings.Join(strings.Fields(a), "") == strings.Join(strings.Fields(b), "")
}

// edgeRune is the first (or, with last, the last) character of s that is
// not white space as strings.Fields reads it (unicode.IsSpace); ok is
// false when there is none or it is an invalid byte.
func edgeRune(s string, last bool) (rune, bool) {
	for len(s) > 0 {
		var r rune
		var size int
		if last {
			r, size = utf8.DecodeLastRuneInString(s)
			s = s[:len(s)-size]
		} else {
			r, size = utf8.DecodeRuneInString(s)
			s = s[size:]
		}
		if !unicode.IsSpace(r) {
			return r, !(r == utf8.RuneError && size == 1)
		}
	}
	return 0, false
}

// digestLabel opens a summary of the article that pages print above it.
var digestLabel = rx.MustCompile(`^[【\[]?(?:导读|导语|摘要|内容摘要|内容提要|核心提示|提要)[】\]]?\s*[:：]?\s*`)

// isLeadDigest: a 导读/摘要 paragraph whose text the article repeats further
// down (its lead). A 摘要 that stands alone (an abstract page) is the body.
func isLeadDigest(cls []classified, i, end int) bool {
	loc := digestLabel.FindStringIndex(cls[i].text)
	if loc == nil || loc[1] == 0 {
		return false
	}
	rs := []rune(strings.TrimSpace(cls[i].text[loc[1]:]))
	if len(rs) < 12 {
		return false
	}
	probe := string(rs[:12])
	for j := i + 1; j < end; j++ {
		if cls[j].kind == kindProse && strings.Contains(cls[j].text, probe) {
			return true
		}
	}
	return false
}

// readAuthorsAndSite reads the byline lines, the fields lines, the lead
// paragraph's dateline and the last paragraph's closing credit.
func readAuthorsAndSite(cls []classified, start, last int, p *page) {
	org, crumb, prose := "", "", 0
	fromSource := ""
	for i, c := range cls {
		// The writer's name alone on the line between the header's date
		// or fields and the first paragraph (发布时间:… 作者: 系统, then
		// 王晓明): the content system's author field was left empty and
		// the name typed above the text.
		// A name the first paragraph speaks of is its subject (a doctor's
		// profile under his name), not its writer.
		if (c.kind == kindLabel || c.kind == kindHeadline) && i < start && (afterHeaderFields(cls, i) || overLead(cls, i, start)) {
			// (a list's bullet may open the line: • 王晓明 李红)
			if names := lonePersonNames(strings.TrimLeft(c.text, bullets)); names != nil && len(p.authors) == 0 && !namedIn(names, cls, start) {
				p.authors = appendNew(p.authors, names...)
			}
		}
		switch c.kind {
		case kindLabel:
			signedBy(cls, start, last, i, p)
		case kindBreadcrumb:
			if crumb == "" {
				crumb = crumbSite(c.text)
			}
		case kindByline:
			p.authors = appendNew(p.authors, c.authors...)
			if toks := strings.Fields(c.text); len(toks) > 1 && org == "" && siteLike.MatchString(toks[0]) && departmentCredit(c.text) != nil {
				org = toks[0] // 某某电视台新闻频道 王晓明: the outlet publishes
			}
			if m := agencyDateline.FindStringSubmatch(strings.Trim(c.text, bullets)); m != nil && org == "" {
				org = m[1] // the agency publishes
			}
			if m := bylinePaper.FindStringSubmatch(strings.Trim(c.text, bullets)); m != nil && org == "" {
				org = m[1] // 青山日报/ 记者王晓明/青山报导: the paper publishes
			}
		case kindFields:
			readFields(c.text, &fromSource, &org, p)
		case kindDate:
			// A source and date line names the site: example.com 2021-06-29 某某网.
			if names, ok := sourceDateLine(c.text); i < start && ok {
				p.authors = appendNew(p.authors, names...)
			}
			if i < start && org == "" && isSourceDateLine(c.text) {
				for _, tok := range strings.Fields(c.text) {
					if siteLike.MatchString(tok) && org == "" {
						org = tok
					}
				}
			}
		case kindHeadline:
			// The writer's name alone on the line after the last paragraph,
			// the last line before the footer (…的解释。 / 王晓明 / Copyright
			// …): the story is signed, unless the story speaks of him.
			signedBy(cls, start, last, i, p)
			// A headline with its field line glued on (…举行 2021-06-29 来源:…).
			if at := gluedDate(c.text); i < start && at > 0 {
				readFields(c.text[at:], &fromSource, &org, p)
			}
			// The lead's dateline on a line of its own, before the lead
			// (某某网-某某日报8月2日讯(本网记者 王晓明 实习生 李红)).
			if prose <= 2 && datelineLine.MatchString(c.text) && proseFollows(cls, i) {
				if names, o := leadAuthors(c.text); len(names) > 0 {
					p.authors = appendNew(p.authors, names...)
					// The unit before a lead's role word is a publisher only
					// when it reads as one (某某日报记者, not 职工通讯员).
					if org == "" && (siteLike.MatchString(o) || strings.HasSuffix(o, "社")) {
						org = siteName(o)
					}
				}
			}
		case kindProse:
			// The lead's dateline: in the first two paragraphs. A photo's
			// caption over the lead (…。（院方提供）), printed once or twice,
			// is no paragraph of the story.
			if creditEnd.MatchString(c.text) {
				break
			}
			if prose++; prose <= 2 {
				if m := leadAgency.FindStringSubmatch(c.text); m != nil && org == "" && isPublisher(m[1]) {
					org = m[1] // 某某社香港12月12日电(记者 王晓明)…: the agency publishes
				}
				if names := reportedBy(c.text); names != nil {
					// …的一步。(王晓明报导): the reporter closes the lead.
					p.authors = appendNew(p.authors, names...)
				}
				if names, o := leadAuthors(c.text); len(names) > 0 {
					p.authors = appendNew(p.authors, names...)
					// The unit before a lead's role word is a publisher only
					// when it reads as one (某某日报记者, not 职工通讯员).
					if org == "" && (siteLike.MatchString(o) || strings.HasSuffix(o, "社")) {
						org = siteName(o)
					}
				}
			}
			if i == last {
				p.authors = appendNew(p.authors, closingAuthors(c.text)...)
			}
		}
	}
	// The 来源 field names the publisher; where it names an institution
	// (the hospital that wrote the story), the site the breadcrumb starts
	// at is the publisher.
	if fromSource != "" && !siteLike.MatchString(fromSource) && crumb != "" {
		fromSource = crumb
	}
	for _, s := range []string{fromSource, org, crumb} {
		if p.site == "" {
			p.site = s
		}
	}
}

// signedBy reads the writer's name alone on line i, the one line after
// the last paragraph, the last before the footer (…的解释。 / 王晓明 /
// Copyright …): the story is signed, unless the story speaks of him.
func signedBy(cls []classified, start, last, i int, p *page) {
	if last < 0 || i <= last || len(p.authors) > 0 || !onlyLineAfter(cls, last, i) {
		return
	}
	if names := lonePersonNames(cls[i].text); names != nil && !namedIn(names, cls, start) {
		p.authors = appendNew(p.authors, names...)
	}
}

// onlyLineAfter: line i is the one line after line last that is not
// blank or a widget (扫一扫, 分享本页), up to the footer.
func onlyLineAfter(cls []classified, last, i int) bool {
	for j := last + 1; j < len(cls); j++ {
		switch {
		case j > i && cls[j].kind == kindFooter:
			return true
		case cls[j].kind != kindBlank && cls[j].kind != kindWidget && j != i:
			return false
		}
	}
	return true
}

// proseFollows: the next line after i that is not blank is a paragraph.
func proseFollows(cls []classified, i int) bool {
	for _, c := range cls[i+1:] {
		if c.kind != kindBlank {
			return c.kind == kindProse
		}
	}
	return false
}

// datelineLine: a line that is a dateline and its bracketed byline only.
var datelineLine = rx.MustCompile(`(?:讯|电)\s*[(（][^)）]{2,40}[)）]\s*$`)

// footerOwner: the hospital a page's copyright line names as the site's
// owner (Copyright © 某某医院 官方网站, 版权所有:某某医院, … 某某医院 版权所有).
var footerOwner = rx.MustCompile(`(?:Copyright|COPYRIGHT|copyright|©|版权所有)\s*(?:©|\(c\)|\(C\))?\s*(?:(?:19|20)\d{2}\s*(?:[-—–]\s*(?:19|20)\d{2})?)?\s*[:：]?\s*(\p{Han}{2,24}?(?:医院|卫生院|保健院))(?:\s|官方|网站|版权|$|[,，.。])|(\p{Han}{2,24}?(?:医院|卫生院|保健院))\s*版权所有`)

// creditEnd: the bracketed credit that ends a photo's caption: (院方提供),
// （资料照）, (记者王晓明摄), (图/某某医院提供).
var creditEnd = rx.MustCompile(`[(（][^()（）]{0,16}(?:提供|资料照|资料图|摄|翻摄|截图)[)）]$`)

// bylinePaper: the paper named before a byline's slash.
var bylinePaper = rx.MustCompile(`^[(（【〔]?(\p{Han}{2,8}(?:社|网|报|台|新闻))\s*/\s*(?:本报|特约|特派|首席|实习|见习)?记者`)

// readFields reads a fields line: 来源 into source, 作者 into the
// authors when it names persons, else into org (a site that signs as the
// author).
func readFields(line string, source, org *string, p *page) {
	_, fs := fields(strings.Trim(line, "()（）"))
	for _, f := range fs {
		switch {
		case sourceLabels[f.label]:
			value := f.value
			if m := sourceCredit.FindStringSubmatch(value); m != nil {
				// 来源:某某日报(通讯员王晓明 李红): the paper, and its
				// byline in brackets.
				if names, ok := parseByline(m[2]); ok {
					p.authors = appendNew(p.authors, names...)
					value = m[1]
				}
			}
			if i := strings.IndexAny(value, " \t"); i > 0 {
				// 来源:某某医院 文/王晓明;图/李红: the byline after the
				// source, in the same field.
				// (a semicolon may part the writer's credit from the
				// photographer's: 文/王晓明;图/李红)
				if names, ok := parseByline(creditSeparators.Replace(strings.TrimSpace(value[i:]))); ok {
					p.authors = appendNew(p.authors, names...)
				}
			}
			if *source == "" {
				*source = siteName(value)
			}
		case f.label == "作者" || f.label == "作者姓名" || f.label == "新闻作者" || f.label == "文章作者" || f.label == "撰稿" || f.label == "撰文" || f.label == "采写":
			if m := issueCredit.FindStringSubmatchIndex(f.value); m != nil && m[0] > 0 {
				// 作者:本报记者 王晓明 《某某日报》( 2022年10月22日 09版): the
				// paper's issue and page after the byline; the paper
				// publishes.
				if paper := f.value[m[2]:m[3]]; *org == "" && isPublisher(paper) {
					*org = paper
				}
				f.value = strings.TrimSpace(f.value[:m[0]])
			}
			if names, ok := parseByline(f.value); ok {
				p.authors = appendNew(p.authors, names...) // 采写:某都记者 王晓明
			} else if names, ok := bylineNames(f.value, true); ok {
				// 作者:王晓明: the label frames the name, which may have a
				// rare surname (作者:庾小华).
				p.authors = appendNew(p.authors, names...)
			} else if names := affiliatedNames(f.value); names != nil {
				p.authors = appendNew(p.authors, names...) // 作者:王晓明 青山市人民医院
			} else if *org == "" {
				*org = authorAsSite(f.value)
			}
		}
	}
}

// issueCredit: the paper's name in title marks and its issue's date and
// page in brackets, closing an author field (…《某某日报》( 2022年10月22日
// 09版)); the closing bracket may be trimmed off with the line's.
var issueCredit = rx.MustCompile(`\s*《(\p{Han}{2,12})》\s*(?:[(（][^()（）]*[)）]?)?\s*$`)

// creditSeparators: the semicolons between the credits of a byline.
var creditSeparators = strings.NewReplacer(";", " ", "；", " ")

// sourceCredit: a source field's value with a byline in brackets after
// the paper (某某日报(记者 王晓明)); the line's closing bracket may be trimmed
// off before the fields are read.
var sourceCredit = rx.MustCompile(`^([^(（]{2,20}?)\s*[(（]([^)）]{2,40})[)）]?\s*$`)

// crumbSite: the site a breadcrumb starts at ("您的位置:某某网 > 频道 > 正文"),
// when it is named as a site.
func crumbSite(l string) string {
	l = breadcrumbStart.ReplaceAllString(l, "")
	first := strings.TrimSpace(breadcrumbSep.Split(l, 2)[0])
	if siteLike.MatchString(first) {
		return first
	}
	return ""
}

// withoutLine removes the title from the body where it stands in the
// header or repeats further down (a headline printed again as an image's
// alt text).
func withoutLine(body []string, title string) []string {
	kept := body[:0]
	for i := 0; i < len(body); i++ {
		l := body[i]
		// cleanTitle only trims a line, so a line that does not hold the
		// title cannot clean to it: the test spares the date and label
		// readers every paragraph of the body.
		if l == title || strings.Contains(l, title) && cleanTitle(l) == title {
			continue
		}
		if i+1 < len(body) && strings.HasPrefix(title, l) && l+body[i+1] == title {
			i++ // a headline broken after its subject, on two lines
			continue
		}
		if subject, ok := strings.CutSuffix(title, l); ok && subject != "" && institutionOnly.MatchString(subject) {
			continue // its second line, the subject's being the masthead, already dropped
		}
		kept = append(kept, l)
	}
	return kept
}

// splitDatelines splits a dateline glued to the line it stands over, in
// the header and the body's first line (start): a page's "date
// 2024-03-05" and a photo's caption, or the lead, on one line, or a
// section label (date 2024-03-05 快讯). Only a numeric date opening the
// line, with a space after it (and its time), is split off; a sentence
// that starts with its date ("2021年6月29日,…") is the lead, and further
// down a dated line is an entry of a chronicle (2021-06-29 新院区启用。),
// which keeps its date.
func splitDatelines(raw []string, start int) []string {
	out := make([]string, 0, len(raw)+1)
	for i, l := range raw {
		m := leadingDate.FindStringSubmatchIndex(l)
		if i > start {
			m = nil
		}
		if m == nil {
			out = append(out, l)
			continue
		}
		rest := strings.TrimSpace(l[m[1]:])
		if k := classifyLine(rest).kind; rest == "" || k != kindProse && k != kindCaption && k != kindLabel && !headlineAfterDate(raw, i, start, k) && !chromeAfterDate(k, rest) {
			out = append(out, l)
			continue
		}
		out = append(out, strings.TrimSpace(l[:m[1]]))
		if cap, lead, ok := splitCaptionLead(rest); ok {
			out = append(out, cap, lead)
			continue
		}
		out = append(out, rest)
	}
	return out
}

// leadAgency: the agency or paper whose dateline opens the lead
// (某某社香港12月12日电, 某某网(某某日报网)讯); 本报讯 names no publisher
// (isPublisher).
var leadAgency = rx.MustCompile(`^[(（【]?(\p{Han}{2,8}?(?:社|网|报|台|新闻))(?:[(（]\p{Han}{2,12}[)）])?\s*\p{Han}{0,6}?(?:(?:\d{1,2}月)?\d{1,2}日)?(?:电|讯)`)

// leadFiled: the day an agency's lead says it was filed (某某社香港12月12日电).
var leadFiled = rx.MustCompile(`^[(（【]?\p{Han}{2,8}?(?:社|网|报|台|新闻)(?:记者\p{Han}{2,3})?\p{Han}{0,6}?(\d{1,2})月(\d{1,2})日(?:电|讯)`)

// filedAfter: a story is published when it is filed or later, so a
// header date before the day the lead was filed is the page's, not the
// story's (date 2025-12-08 over 某某社12月12日电): the filing day, in the
// header date's year and within a month of it, is taken instead.
func filedAfter(published, lead string) string {
	if len(published) != len("2006-01-02") || !strings.Contains(lead, "月") {
		return published
	}
	m := leadFiled.FindStringSubmatch(lead)
	if m == nil {
		return published
	}
	hd, err := time.Parse("2006-01-02", published)
	if err != nil {
		return published
	}
	filed := time.Date(hd.Year(), time.Month(atoi(m[1])), atoi(m[2]), 0, 0, 0, 0, time.UTC)
	if d := filed.Sub(hd); d > 0 && d <= 31*24*time.Hour && filed.Month() == time.Month(atoi(m[1])) {
		return filed.Format("2006-01-02")
	}
	return published
}

// captionThenDateline: a photo's caption, closed by its credit, glued
// before the lead's agency dateline (…详情(某某社 王晓明摄) 某某社香港12月12日电
// (记者 王晓明)…).
var captionThenDateline = rx.MustCompile(`[(（][^()（）]{0,20}摄[)）]\s*(\p{Han}{2,8}(?:社|网|报|台|新闻)\p{Han}{0,6}?(?:\d{1,2}月)?\d{1,2}日(?:电|讯))`)

// splitCaptionLead splits such a line into the caption and the lead.
func splitCaptionLead(l string) (caption, lead string, ok bool) {
	if !strings.Contains(l, "摄") {
		return "", "", false
	}
	m := captionThenDateline.FindStringSubmatchIndex(l)
	if m == nil {
		return "", "", false
	}
	return strings.TrimSpace(l[:m[2]]), l[m[2]:], true
}

// headlineAfterDate: the page's first line holds its date and then its
// headline (date 2026-01-08 某某医院获颁…): the headline is the title, not
// part of a date line. Only the first line of the header: further down, a
// dated headline is a sidebar's entry (2023-05-01 某某医院举办…).
func headlineAfterDate(raw []string, i, start int, k lineKind) bool {
	if k != kindHeadline || i >= start {
		return false
	}
	for _, l := range raw[:i] {
		if strings.TrimSpace(l) != "" {
			return false
		}
	}
	return true
}

// chromeAfterDate: what a dump may print after its date on one line that
// is the page's chrome, not the date's: the site's name (date 2024-03-05
// 某某电子报), its app prompt (某某新闻云 手机版 新闻云APP) or a menu.
func chromeAfterDate(k lineKind, rest string) bool {
	return k == kindNotice || k == kindNavBar || k == kindWidget || siteLike.MatchString(rest)
}

// splitGluedHead cuts a headline, a date and a byline glued before the
// lead on its line (某某医院院庆 新大楼将启用 2015年11月17日 04:10 王晓明/青山
// 报导 某某医院16日举行…) into lines of their own; nil when the line does
// not open so. The headline's words come first, each of four characters
// or more, and the lead is the last space-separated word of the first
// clause; a dateline (本报讯), a role word or a short word first is a
// lead's own opening.
func splitGluedHead(l string) []string {
	cut := strings.IndexAny(l, "，,。；;！？!?")
	if cut < 0 {
		return nil
	}
	toks := strings.Fields(l[:cut])
	if len(toks) < 2 {
		return nil
	}
	var head, date []string
	byline := ""
	for k, t := range toks[:len(toks)-1] {
		switch {
		case byline == "" && len(head) > 0 && (isDateLine(t) || timeOfDay.MatchString(t)):
			date = append(date, t)
		case byline == "" && len(head) > 0:
			if _, ok := parseByline(t); ok {
				byline = t
				continue
			}
			if len(date) > 0 {
				return nil // words after the date that are no byline
			}
			fallthrough
		default:
			if len(date) > 0 || byline != "" || utf8.RuneCountInString(t) < 4 || strings.ContainsAny(t, roleRunes) && bylineRole.MatchString(t) ||
				strings.HasSuffix(t, "讯") || strings.HasSuffix(t, "电") || !wordBreak(t, toks[k+1]) || opensBracket(t) {
				// a space inside a sentence (第 26 届, 第28 SNQ) or a
				// bracket (某某讯(融媒体中心 王晓明)), or a lead's own opening
				return nil
			}
			head = append(head, t)
		}
	}
	if len(head) == 0 || utf8.RuneCountInString(strings.Join(head, "")) < 8 {
		return nil
	}
	last := toks[len(toks)-1]
	i := strings.Index(l, last)
	out := []string{strings.Join(head, " ")}
	if len(date) > 0 {
		out = append(out, strings.Join(date, " "))
	}
	if byline != "" {
		out = append(out, byline)
	}
	return append(out, l[i:])
}

// opensBracket: t leaves a bracket open (某某讯(融媒体中心).
func opensBracket(t string) bool {
	return strings.Count(t, "(")+strings.Count(t, "（") > strings.Count(t, ")")+strings.Count(t, "）")
}

// wordBreak: the space between a and b may end a headline's phrase: Han
// on both sides, or a full date after it.
func wordBreak(a, b string) bool {
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	// A headline's phrase may end in a percentage (使用率105% 某某…); a
	// bare number before the space is a sentence's (第 26 届).
	if !isHan(last) && !strings.ContainsRune("」”』)）%", last) {
		return false
	}
	return isHan(first) || strings.ContainsRune("「“『(（", first) || isDateLine(b) && strings.ContainsAny(b, "年-/.")
}

// timeOfDay: a clock time alone (04:10, 12:41:05).
var timeOfDay = rx.MustCompile(`^\d{1,2}:\d{2}(?::\d{2})?$`)

// leadingDate: a numeric date, with its time, opening a line and
// followed by a space.
// After a time the space may be missing (2023-01-04 11:29王晓明: the
// writer's name glued on); a date alone keeps its space.
var leadingDate = rx.MustCompile(`^\s*(?:[dD]ate\s*[:：]?\s*)?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s|\b)|\s)`)

// leadChrome: a site's name and a follow button printed on the lead's
// line before its dateline (某某旅游网 公众微信号 青山讯. …): a few short
// tokens, one of them a site's name or an account word, before "…讯".
var (
	chromeDateline = rx.MustCompile(`^((?:\S{1,12}\s+){1,4})(\p{Han}{1,8}讯)`)
	accountWords   = []string{"公众微信号", "微信公众号", "官方微信", "官方微博", "公众号", "微信号", "手机版", "客户端"}
)

// withoutLeadChrome drops that prefix from the first paragraph.
func withoutLeadChrome(l string) string {
	m := chromeDateline.FindStringSubmatchIndex(l)
	if m == nil {
		return l
	}
	chrome := false
	for _, tok := range strings.Fields(l[m[2]:m[3]]) {
		switch {
		case siteLike.MatchString(tok), hasPrefixAny(tok, accountWords):
			chrome = true
		case isLabel(tok, len([]rune(tok))):
		default:
			return l
		}
	}
	if !chrome {
		return l
	}
	return l[m[4]:]
}

// isTagLine: the article's tags printed under it, three to six short
// words between spaces (医院 院庆 义诊). A headline has longer parts.
func isTagLine(l string) bool {
	toks := strings.Fields(l)
	if len(toks) < 3 || len(toks) > 6 {
		return false
	}
	for _, t := range toks {
		if n := utf8.RuneCountInString(t); n > 4 || !allHan(t) {
			return false
		}
	}
	return true
}

// afterHeaderFields: the nearest line above line i that is not blank is
// the header's date or fields line.
func afterHeaderFields(cls []classified, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch cls[j].kind {
		case kindBlank:
			continue
		case kindDate, kindFields:
			return true
		}
		return false
	}
	return false
}

// overLeadHeadlines bounds the headlines between the header's fields and
// a name over the lead: the headline printed again, its subtitle.
const overLeadHeadlines = 3

// overLead: line i is the last line of the header, right above the first
// paragraph (line start), and the header's date or fields line stands
// above it with at most a few headlines between (发布时间:… / 某某医院举办… /
// ——记… / 王晓明 / the lead): the page printed its headline again under
// the fields, and the writer's name under that.
func overLead(cls []classified, i, start int) bool {
	for j := i + 1; j < start; j++ {
		if cls[j].kind != kindBlank {
			return false
		}
	}
	headlines := 0
	for j := i - 1; j >= 0; j-- {
		switch cls[j].kind {
		case kindBlank:
			continue
		case kindHeadline:
			if headlines++; headlines > overLeadHeadlines {
				return false
			}
			continue
		case kindDate, kindFields:
			return true
		}
		return false
	}
	return false
}

// lonePersonNames: a line of one to three people's names and nothing
// else (王晓明, 王 明, 王晓明 李红).
func lonePersonNames(l string) []string {
	return fewPersonNames(joinSpacedSurnames(strings.Fields(l)))
}

// namedIn: one of names occurs in the first paragraph (line start).
func namedIn(names []string, cls []classified, start int) bool {
	if start >= len(cls) {
		return false
	}
	for _, n := range names {
		if strings.Contains(cls[start].text, n) {
			return true
		}
	}
	return false
}
