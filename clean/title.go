package clean

import (
	"strings"
	"unicode/utf8"

	"zhnews/internal/rx"
)

// The title is the first headline of the page's header, the lines before
// the body's first paragraph. Breadcrumbs, menus, section labels, bylines,
// datelines and prompts are other kinds (lines.go) and never a title; a
// line that only names the site is skipped. A page whose header has no
// headline (the dump starts with the dateline or the first paragraph)
// has no title.

var (
	// A site's name appended to the headline: "…_某某网", "…-新浪网",
	// "…|某某新闻网", "…_0" (a page number). After a dash only a site's
	// name is cut: "…大会召开 - 院长致辞" is one headline.
	titleSuffix = rx.MustCompile(`\s*[_|｜]\s*[^_|｜]{1,16}$|\s*[-—–]\s*(?:\p{Han}{1,10}(?:网|报|台|频道|网站|官网|在线|新闻|传媒|日报|晚报)|[a-zA-Z0-9.-]+\.(?:com|cn|net|org))(?:\s+[A-Za-z]{2,12})?$|_\d+$`)
	siteLike    = rx.MustCompile(`^\p{Han}{1,10}(?:网|报|台|传媒|频道|在线|官网|网站|杂志|杂志社|日报|晚报|新闻网)$`)
)

// pickTitle returns the headline of a header's lines ("" when none).
// Where the header has metadata (a fields line, a byline, a date line),
// the headline is in the run of headlines and blank lines right above
// it: menus, labels, welcome lines and a sidebar's items further up are
// not in that run, whatever kind they were read as. The run's first
// headline is taken, for a subtitle (——某某医院发展纪实) or a caption may
// stand under the headline. Without such a run the first headline of the
// header is taken. A line that only names an institution (the hospital's
// name over its news) gives way to a later headline.
func pickTitle(header []classified, site string) string {
	for i, c := range header {
		if c.kind != kindFields && c.kind != kindByline && c.kind != kindDate {
			continue
		}
		j := i
		// A share or copy button between the headline and a line with its
		// date ([复制链接], 分享到) is passed over; above the headline, or over
		// a line of no date (a player's 听新闻 over its 0:00 / 0:00), a
		// widget ends the run as any other line does.
		widgetsEnd := c.kind == kindDate && findDate(c.text) == ""
		for j > 0 && (header[j-1].kind == kindHeadline || header[j-1].kind == kindBlank || header[j-1].kind == kindWidget && !widgetsEnd) {
			widgetsEnd = widgetsEnd || header[j-1].kind == kindHeadline
			j--
		}
		if j > 0 {
			j-- // the line that ends the run: a sidebar's heading puts the run in its list
		}
		if header[j].kind == kindLabel && tickerLabel.MatchString(header[j].text) {
			// A ticker's label (快讯) heads other stories' headlines; the
			// article's own is the last of the run.
			if cands := headlines(header[j:i], site); len(cands) > 0 {
				return cands[len(cands)-1]
			}
			continue
		}
		if t := firstHeadline(header[j:i], site); t != "" {
			return t
		}
	}
	return firstHeadline(header, site)
}

// firstHeadline: the first headline of lines, past a sidebar's list and
// the site's and institution's names.
func firstHeadline(header []classified, site string) string {
	cands := headlines(header, site)
	for i, t := range cands {
		if i+1 < len(cands) && namesOnly(t) {
			if subjectless.MatchString(cands[i+1]) && institutionOnly.MatchString(t) {
				// 某某医院 / 召开…大会: a headline broken after its subject.
				return t + cands[i+1]
			}
			continue
		}
		if i+1 < len(cands) && menuItem(t, cands[i+1]) {
			continue
		}
		return t
	}
	return ""
}

// menuItem: a short line of a few characters (中医药文化, 党建园地) right over a
// long headline is the last item of a menu down the page's side, not the
// headline's first line; a subtitle under a short headline opens with a
// dash or 记 (——记某某主任).
func menuItem(t, next string) bool {
	n := utf8.RuneCountInString(t)
	if n > 6 || utf8.RuneCountInString(next) < 12 || strings.HasPrefix(next, "—") || strings.HasPrefix(next, "记") || strings.HasPrefix(next, "-") {
		return false
	}
	for _, r := range t {
		if !isHan(r) {
			return false
		}
	}
	return true
}

// subjectless: a headline that opens with its verb, its subject on the
// line above (某某医院 over 召开庆祝大会).
var subjectless = rx.MustCompile(`^(?:召开|举行|举办|开展|荣获|获评|获得|启动|组织|迎来|隆重召开|隆重举行|圆满完成|顺利完成|成功举办)`)

// tickerLabel: the label of a ticker of breaking news over the page.
var tickerLabel = rx.MustCompile(`^(?:快讯|即时|即时新闻|滚动新闻|最新快讯|热门|热门新闻|热点)[:：]?$`)

// tickerStories: the headlines a ticker's label (快讯) heads above the
// article's own headline, title: other stories, no line of the article.
// None when title does not follow them.
func tickerStories(header []classified, title, site string) []string {
	for i, c := range header {
		if c.kind != kindLabel || !tickerLabel.MatchString(c.text) {
			continue
		}
		var stories []string
	run:
		for _, h := range header[i+1:] {
			switch h.kind {
			case kindBlank, kindWidget, kindDate:
				// (a player's 听新闻 and its 0:00 / 0:00, read as a
				// clock, over the headline)
			case kindHeadline:
				if t := cleanTitle(h.text); t == title {
					return stories
				} else if t != site {
					stories = append(stories, t)
				}
			default:
				break run
			}
		}
	}
	return nil
}

// headlines: the headlines of lines that may be the title, cleaned.
func headlines(header []classified, site string) []string {
	var cands []string
	list := false
	dated := 0 // the dated items of the list (2021-06-01 某某医院举办…)
	for _, c := range header {
		switch c.kind {
		case kindRelated:
			list, dated = true, 0 // a sidebar's list: its items are other articles
		case kindBreadcrumb, kindFields, kindDate, kindNavBar, kindLabel:
			list = false
		}
		if c.kind == kindHeadline && list {
			// Items that each carry their date end where a headline
			// without one follows them: the article's own.
			if findDate(c.text) != "" {
				dated++
				continue
			}
			if dated >= 2 {
				list = false
			}
		}
		if c.kind != kindHeadline || list {
			continue
		}
		t := cleanTitle(c.text)
		if utf8.RuneCountInString(t) < 5 || t == site || siteLike.MatchString(t) || !containsHan(t) {
			// (a picture's file name, CIMG0024, is no headline)
			continue
		}
		cands = append(cands, t)
	}
	return cands
}

// namesOnly: a line of an institution's name and section labels (青山医院,
// 青山医院 新闻稿), the page's masthead rather than a headline.
func namesOnly(t string) bool {
	for _, tok := range strings.Fields(t) {
		if !institutionOnly.MatchString(tok) && !isLabel(tok, utf8.RuneCountInString(tok)) {
			return false
		}
	}
	return true
}

// institutionOnly: a line that is a name and nothing else.
var institutionOnly = rx.MustCompile(`^\p{Han}{2,16}(?:医院|中医院|卫生院|保健院|医学院|大学|学院|中心|研究所|委员会|卫健委|卫生局|集团)$`)

// titleLabel: a field's label a page prints before its headline
// (浏览标题:某某医院举办…, 文章标题:…).
// wikiTabs: a wiki mirror's page tabs glued behind the article's name
// (某某医院查看源代码讨论查看历史): two of them at least.
var wikiTabs = rx.MustCompile(`\s*(?:(?:查看源代码|编辑源代码|查看历史|讨论|编辑|阅读)\s*){2,}$`)

// crumbPrefix: the channels of a breadcrumb glued before a headline with
// dashes (新闻中心- 医院新闻- 某某医院举办…, 首页 - 院务公开 - …).
var crumbPrefix = rx.MustCompile(`^(?:(?:首页|网站首页|\p{Han}{0,6}(?:中心|新闻|动态|要闻|资讯|公告|频道|栏目|公开|园地))\s*[-－]\s+){1,3}`)

var titleLabel = rx.MustCompile(`^(?:浏览标题|文章标题|新闻标题|标题)\s*[:：]\s*`)

// forumTags: a forum's board tag before a thread's title and its print
// view's label after it ([香港] 某某 [打印本页]).
var forumTags = rx.MustCompile(`^\s*\[[^\[\]]{1,8}\]\s*|\s*\[(?:打印本[页頁]|打印|printable)\]\s*$`)

// sectionKicker: a kicker before a headline, in brackets or before a bar
// (【要闻】某某, 〖动态〗某某, 要闻丨某某, 医院新闻 | 某某).
var sectionKicker = rx.MustCompile(`^\s*(?:[【〔〖]\s*([^【】〔〕〖〗]{1,8}?)\s*[】〕〗]|(\p{Han}{1,8})\s*[|｜丨])\s*`)

// withoutSectionKicker drops a kicker that names the site's section
// (【要闻】, 【医院动态】, 快讯丨: the column the story was filed under, on
// every story of it), not one that is the headline's own word (【荣誉榜】,
// 【深度】, 【捷报频传】, 航拍 |: the story's genre or its cheer).
func withoutSectionKicker(t string) string {
	if !strings.ContainsAny(t, "【〔〖|｜丨") {
		return t
	}
	m := sectionKicker.FindStringSubmatchIndex(t)
	if m == nil {
		return t
	}
	k := ""
	if m[2] >= 0 {
		k = t[m[2]:m[3]]
	} else {
		k = t[m[4]:m[5]]
	}
	if n := utf8.RuneCountInString(k); n > 6 || !allHan(k) || !labelEnd.MatchString(k) || utf8.RuneCountInString(t[m[1]:]) < 5 {
		return t
	}
	return t[m[1]:]
}

// cleanTitle drops what a dump glues to a headline: a section label in
// front ("医院新闻  某某医院举办…"), the date line behind it ("…举行
// 2021-06-29 10:30 来源:…"), and the site's name after a separator.
func cleanTitle(t string) string {
	t = strings.TrimRight(t, " |｜") // the empty cells of a table the headline was saved in: "… | |"
	// A list's bullet the page set the headline in (• 某某医院…).
	if b := strings.TrimLeft(t, bullets); utf8.RuneCountInString(b) >= 5 {
		t = b
	}
	t = titleLabel.ReplaceAllString(t, "")
	// A breadcrumb glued before the headline (Início » 某某, 首页 › 新闻 ›
	// 某某) and a forum's tags around it ([香港] 某某 [打印本页]).
	if i := strings.LastIndexAny(t, "»›"); i >= 0 && utf8.RuneCountInString(strings.TrimSpace(t[i:])) > 5 {
		_, size := utf8.DecodeRuneInString(t[i:])
		t = strings.TrimSpace(t[i+size:])
	}
	if loc := crumbPrefix.FindStringIndex(t); loc != nil && utf8.RuneCountInString(t[loc[1]:]) >= 5 {
		t = t[loc[1]:]
	}
	if c := forumTags.ReplaceAllString(t, ""); utf8.RuneCountInString(c) >= 5 {
		t = c
	}
	t = withoutSectionKicker(t)
	if parts := strings.Fields(t); len(parts) > 1 {
		first := parts[0]
		if n := utf8.RuneCountInString(first); n <= 6 && labelEnd.MatchString(first) {
			t = strings.TrimSpace(strings.TrimPrefix(t, first))
		}
	}
	if i := gluedDate(t); i > 0 {
		t = strings.TrimSpace(t[:i])
	}
	if loc := postedClock.FindStringIndex(t); loc != nil && utf8.RuneCountInString(t[:loc[0]]) >= 5 {
		t = t[:loc[0]] // a live page's time of posting: …最爆 (12:12)
	}
	if loc := pictureNumber.FindStringIndex(t); loc != nil && utf8.RuneCountInString(t[:loc[0]]) >= 5 {
		t = t[:loc[0]] // the headline as a picture's alt text: …破200万(图1)
	}
	if loc := wikiTabs.FindStringIndex(t); loc != nil && utf8.RuneCountInString(t[:loc[0]]) >= 4 {
		t = strings.TrimSpace(t[:loc[0]])
	}
	for {
		loc := titleSuffix.FindStringIndex(t)
		if loc == nil || utf8.RuneCountInString(t[:loc[0]]) < 5 || clauseTail(t[loc[0]:]) {
			break
		}
		t = strings.TrimSpace(t[:loc[0]])
	}
	return t
}

// postedClock: the time of day a breaking-news page prints in brackets
// after the headline (…床位告急 (12:12)).
var postedClock = rx.MustCompile(`\s*[(（]\s*(?:[01]?\d|2[0-3])\s*[:：]\s*[0-5]\d\s*[)）]\s*$`)

// pictureNumber: the number a page gives a picture whose alt text is the
// headline (…(图1)).
var pictureNumber = rx.MustCompile(`\s*[(（]\s*图\s*\d{1,2}\s*[)）]$`)

// tailPredicate: the verbs a headline's clause is built on (举行, 开馆,
// 荣获…); tailName: how a site's or an institution's name ends.
var (
	tailPredicate = rx.MustCompile(`开馆|举行|召开|举办|开展|启动|成立|揭牌|荣获|获评|获批|入选|开业|启用|落成|签约|开幕|闭幕|亮相|上线|完成|迎来|走进|看望|慰问|调研|考察|授牌|挂牌|表彰|出席|正式`)
	tailName      = rx.MustCompile(`(?:网|报|台|院|中心|大学|学院|频道|官网|网站|集团|局|委|站|社|新闻|在线|之家|杂志|医生|健康|号)$`)
)

// clauseTail: what stands after a bar is the second half of a slogan
// headline (守正创新 | 青山医院院史馆正式开馆), not the site's name: a clause
// with its verb that does not end like a name.
func clauseTail(tail string) bool {
	tail = strings.TrimSpace(strings.TrimLeft(tail, " _|｜"))
	return utf8.RuneCountInString(tail) >= 6 && tailPredicate.MatchString(tail) && !tailName.MatchString(tail)
}

// gluedDate returns where a date line glued behind a headline starts, or
// -1: a full date after at least five characters of headline.
func gluedDate(t string) int {
	for _, d := range findDates(t, false) {
		if len(d.Value) == len("2006-01-02") && utf8.RuneCountInString(t[:d.Start]) >= 5 {
			if eventDateLabel.MatchString(t[:d.Start]) {
				return -1 // an infobox's row: 建立时间 | 1912年12月26日 |
			}
			return d.Start
		}
	}
	if lead, fs := fields(t); len(fs) > 0 && utf8.RuneCountInString(lead) >= 5 {
		return len(lead)
	}
	return -1
}

// eventDateLabel: the words before a date that say it is the date of
// something else than the page (a founding, an opening, a birth), as an
// infobox's row or a profile's field writes it: 建立时间 | , 成立日期:.
// The lines are read in the page's own script: both are listed.
var eventDateLabel = rx.MustCompile(`(?:建立|成立|创建|創建|创立|創立|创办|創辦|始建|建院|创院|創院|开院|開院|开业|開業|启用|啟用|落成|竣工|出生|逝世|去世)(?:时间|時間|日期|年份|年代|于|於)?\s*[|｜:：]?\s*$`)

// A page may print other stories' headlines above the article's own (a
// ticker, a "my channel" list) with nothing to tell them apart by kind.
// The article's headline speaks of what its first paragraph says; another
// story's shares nothing with it.

// relatedOverlap: the bigrams a headline shares with the lead to be taken
// for an unrelated first headline.
const relatedOverlap = 4

// relatedTitle returns title, or, when title shares no pair of characters
// with the lead paragraph, the header's later headline that shares most
// with it (at least relatedOverlap), and the headlines before that one:
// other stories, to be dropped from the body. A subtitle (——…) is never
// taken: a headline in other words than its lead is common.
func relatedTitle(title string, header []classified, site, lead string) (string, []string) {
	if title != "" && bigramOverlap(title, lead) > 0 {
		return stackedTitle(title, header, site, lead)
	}
	if title == "" {
		return title, nil
	}
	cands := headlines(header, site)
	if printedAroundFields(title, header) {
		return title, nil // the page's own headline, printed again under its fields
	}
	best, bestN, at := title, relatedOverlap-1, -1
	for i, t := range cands {
		if strings.HasPrefix(t, "—") {
			continue
		}
		if n := bigramOverlap(t, lead); n > bestN {
			best, bestN, at = t, n, i
		}
	}
	if at < 0 {
		return title, nil
	}
	return best, cands[:at]
}

// printedAroundFields: title stands over the header's fields (or date,
// or byline) line and again under it: a page that prints its headline
// above its metadata and again over the text (a subtitle under it). A
// sidebar's story is listed once, a masthead printed twice stands above
// the metadata both times; so the title is the page's own even if its
// words are not the lead's.
func printedAroundFields(title string, header []classified) bool {
	above, meta := false, false
	for _, c := range header {
		switch c.kind {
		case kindFields, kindDate, kindByline:
			meta = above
		case kindHeadline:
			if cleanTitle(c.text) == title {
				if meta {
					return true
				}
				above = true
			}
		}
	}
	return false
}

// stackedOverlap: the pairs of characters the headline right above the
// lead must share with it to be taken over a kicker stacked above it.
const stackedOverlap = 6

// stackedTitle: a page with no metadata that stacks a kicker and a
// poster's short lines above its headline (庆祝某某成立100周年 / 医患同心 /
// 共庆党生 / 某某医院举办…生日会, as WeChat articles do) has its headline
// right above the lead: the last headline of the header, when it speaks
// of the lead at least twice as much as the first one does.
func stackedTitle(title string, header []classified, site, lead string) (string, []string) {
	for _, c := range header {
		switch c.kind {
		case kindFields, kindDate, kindByline, kindBreadcrumb:
			return title, nil // a page's header: pickTitle read it
		}
	}
	cands := headlines(header, site)
	if len(cands) < 2 || cands[0] != title {
		return title, nil
	}
	last := cands[len(cands)-1]
	if strings.HasPrefix(last, "—") || namesOnly(last) {
		return title, nil
	}
	if n := bigramOverlap(last, lead); n >= stackedOverlap && n >= 2*bigramOverlap(title, lead) {
		return last, cands[:len(cands)-1]
	}
	return title, nil
}

// bigramOverlap counts the distinct pairs of Han characters of a that
// also stand in b.
func bigramOverlap(a, b string) int {
	rs := []rune(a)
	seen := map[string]bool{}
	n := 0
	for i := 0; i+1 < len(rs); i++ {
		if !isHan(rs[i]) || !isHan(rs[i+1]) {
			continue
		}
		bg := string(rs[i : i+2])
		if !seen[bg] && strings.Contains(b, bg) {
			seen[bg] = true
			n++
		}
	}
	return n
}
