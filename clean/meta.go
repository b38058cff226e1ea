package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"zhnews/internal/rx"
)

// A page's header states its metadata as labelled fields, several to a
// line, in any order and with any separator:
//
//	发布日期:2012-05-10   作者:   来源:某某网   点击:
//	时间:2013-02-26 14:04来源:某某网
//	作者: | 来源:本网 | 时间:2019-08-23 点击数:- 分享到:
//	来源:院办公室  发表时间:2015-03-13 11:17 浏览次数:2763
//	example.com  2021-04-29 11:05:36 来源:某医院  我来说两句
//
// fields reads such a line into its labels and values; the field
// extractors (published.go, site.go, authors.go) read the values.

// fieldLabels are the labels of header fields. Longer labels come first
// so that 发布时间 is not read as 时间.
var fieldLabels = []string{
	"信息来源", "文章来源", "新闻来源", "稿件来源", "来源", "稿源", "出处", "发布者", "发布人", "新闻作者", "文章作者", "作者姓名", "作者单位", "作者",
	"供稿", "撰稿", "撰文", "采写", "摄影", "摄像", "责任编辑", "编辑", "责编", "审核", "审校", "校对",
	"发布时间", "发布日期", "发布于", "发表时间", "发表日期", "发表于", "发稿时间", "发稿日期", "录入时间", "更新时间", "更新日期", "上传时间", "创建时间", "生成日期", "成文日期",
	"发文日期", "印发日期", "发刊日期", "出版日期", "刊发日期", "见报日期",
	// The dates of what a notice announces (a deadline, the event), before
	// 日期 and 时间 so that they are not read as the page's.
	"截止日期", "截止时间", "报名时间", "报名日期", "活动时间", "活动日期", "开始时间", "结束时间", "举办时间", "有效期",
	"日期", "时间", "出版", "更新", "索引号", "发布机构", "发文机关",
	"主题分类", "文号", "发文字号", "公开方式", "有效性", "点击数", "点击量", "点击率", "点击", "浏览次数", "浏览量", "浏览",
	"查看次数", "阅读次数", "阅读量", "阅读数", "阅读", "访问量", "访问次数", "人气", "字号", "字体", "分享到", "关键字",
	"关键词", "标签",
}

// fieldLabel matches a field label and its colon. A label may name what
// it is about first (本文来源, 本页责编, 本稿作者): that word is no part of
// the field before it.
var fieldLabel = rx.MustCompile(`(?:本页|本文|本稿|本篇|该文)?(` + strings.Join(fieldLabels, "|") + `)\s*[:：]`)

// hasFieldLabel: some colon of line stands right after a field label,
// with white space (\s: tab, newline, form feed, return, space) between
// them or none. Every match of fieldLabel ends so, and a label ends in a
// Han character, so the label ends where the white space before the
// colon begins: a line without such a colon has no match, and most
// lines with a colon (a time, a sentence's ：) are refused without the
// expression, which tries every alternative at every position.
func hasFieldLabel(line string) bool {
	for i := 0; i < len(line); i++ {
		if line[i] != ':' && !strings.HasPrefix(line[i:], "：") {
			continue
		}
		before := strings.TrimRight(line[:i], " \t\n\f\r")
		for _, l := range fieldLabels {
			if strings.HasSuffix(before, l) {
				return true
			}
		}
	}
	return false
}

// forumWords: a forum's user panel and post history. Its dates are a
// member's, not the article's.
var forumWords = []string{"注册时间", "注册日期", "最后登录", "上次登录", "登录时间", "在线时间", "最后编辑", "编辑于", "本帖最后由",
	"积分:", "帖子:", "精华:", "UID:"}

// field is one label and its value.
type field struct{ label, value string }

// fields splits a line at its labels; text before the first label is
// returned as lead ("example.com 2021-04-29 11:05:36" above).
func fields(line string) (lead string, fs []field) {
	if !hasAnyRune(line, ":：") || !hasFieldLabel(line) {
		return line, nil // no label before a colon: spare the expression
	}
	locs := fieldLabel.FindAllStringSubmatchIndex(line, -1)
	if len(locs) == 0 {
		return line, nil
	}
	lead = strings.TrimSpace(line[:locs[0][0]])
	for i, m := range locs {
		end := len(line)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		v := strings.Trim(line[m[1]:end], " \t|丨/·•【】[]")
		fs = append(fs, field{label: line[m[2]:m[3]], value: v})
	}
	return lead, fs
}

// leadOutletReporter: the outlet and its reporter before a fields line's
// first label (某某地方新闻/记者 王晓明/更新日期: …).
var leadOutletReporter = rx.MustCompile(`^[\p{Han}A-Za-z0-9]{2,20}\s*/\s*(?:特约|特派|实习)?记者\s*\p{Han}{2,4}\s*/?$`)

// isFieldLine: a header line made of labelled fields. The text before
// the first label may only be a date, a domain or a widget word; a line
// with a sentence in it is prose that happens to contain "来源:".
func isFieldLine(line string) bool {
	if strings.Contains(line, "。") || utf8.RuneCountInString(line) > 160 {
		return false
	}
	lead, fs := fields(line)
	if len(fs) == 0 {
		return false
	}
	if lead != "" && !isDateOrDomain(lead) && !(strings.Contains(lead, "记者") && leadOutletReporter.MatchString(lead)) {
		return false
	}
	if len(fs) == 1 {
		// One label: the value is short (a name, a date, a count), not a
		// sentence that runs on after "来源:".
		return utf8.RuneCountInString(fs[0].value) <= 60
	}
	return true
}

// isDateOrDomain: "nd.example.com 2021-04-29 11:05:36", "2021-04-29",
// "date 2021-04-29", "2021-04-29 10:30 |".
//
// A question mark or U+FFFD between them stands for a separator the
// page's encoding lost (a no-break space or a middle dot read as GBK):
// "example.com?2012-05-02 08:39? ?".
func isDateOrDomain(s string) bool {
	for _, tok := range strings.FieldsFunc(s, lostSeparator) {
		switch {
		case isDateLine(tok), domainToken.MatchString(tok), strings.EqualFold(tok, "date"), tok == "|", tok == "丨", tok == "/",
			emptyCounter.MatchString(tok): // 浏览(: a counter whose number the page's script fills in
		default:
			return false
		}
	}
	return true
}

// emptyCounter: a counter's label left without its number, the page's
// script not run (浏览(, 点击:, 阅读数:).
var emptyCounter = rx.MustCompile(`^(?:浏览|浏览量|浏览次数|点击|点击数|点击量|阅读|阅读数|阅读量|访问量)\s*[(（:：]?\s*[)）]?$`)

// lostSeparator: white space, or a character that stands for a separator
// the encoding lost.
func lostSeparator(r rune) bool {
	return unicode.IsSpace(r) || r == '?' || r == '？' || r == utf8.RuneError
}

// isSourceDateLine: a header line of the site's address or name and the
// date, nothing else (example.com 2021年06月29日10:30 某某网, 某某日报
// 2021-06-29, 2021-06-29 10:30 青山医院宣传科): a date line with its
// source, or with a view counter between bars. An aggregator's line puts
// the writer between the date and the source (2021-06-29 王晓明 某某网).
func isSourceDateLine(line string) bool {
	_, ok := sourceDateLine(line)
	return ok
}

// sourceDateLine reads a source and date line; names are the writers it
// names between the date and the source.
func sourceDateLine(line string) (names []string, ok bool) {
	if k := fieldCount(line); k > 6 || firstDate(line, false) == "" {
		return nil, false
	}
	toks := splitGluedTime(strings.Fields(line))
	if len(toks) < 2 {
		return nil, false
	}
	source, dated, channel := false, false, false
	for i, tok := range toks {
		switch {
		case domainToken.MatchString(tok) && !isDateLine(tok), siteLike.MatchString(tok), institutionOnly.MatchString(tok), department.MatchString(tok):
			source = true
		case isDateLine(tok):
			dated = true
		case tok == "|", tok == "丨", tok == "/":
		case dated && originMarks[tok]:
			source = true // 2021-06-29 10:30本站原创: the site says where the story comes from
		case dated && !source && len(names) < 3 && isPersonName(tok):
			// After the date and before the source: the writer.
			names = append(names, tok)
		case i+1 < len(toks) && allHan(tok) && utf8.RuneCountInString(tok) <= 10 && domainToken.MatchString(toks[i+1]) && !isDateLine(toks[i+1]):
			// The site's name before its address: 某某新闻 www.example.cn.
			source = true
		case i == 0 && len(toks) > 2 && allHan(tok) && utf8.RuneCountInString(tok) <= 4 && !isPersonName(tok):
			// Before the date: the aggregator's channel (养生 2021-06-29
			// 10:30 某某网); only with a source after it.
			channel = true
		default:
			return nil, false
		}
	}
	if (names != nil || channel) && !source {
		return nil, false
	}
	// A full date and, between bars, the page's view counter (2017-08-28 |
	// 4474 |): the date line of a page that names no source there.
	counter := (strings.Contains(line, " | ") || strings.Contains(line, " 丨 ")) && strings.ContainsAny(toks[0], "-/年") && isDateLine(toks[0])
	return names, source || counter
}

// originMarks: a site's note after the date of where the story comes from
// (本站原创, 转载), in the source's place.
var originMarks = map[string]bool{"原创": true, "本站原创": true, "本网原创": true, "转载": true, "本站转载": true, "网络转载": true, "本站": true, "本网": true}

// gluedTime: a date or time with the source glued after it, no space
// between them (2021-06-29 10:30党委办公室).
var gluedTime = rx.MustCompile(`^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}:\d{2}(?::\d{2})?)\p{Han}`)

// gluedDomain: a source's name with its site's address glued after it
// (某某新闻www.example.cn).
var gluedDomain = rx.MustCompile(`^\p{Han}{2,10}(?:https?://|www\.)`)

// splitGluedTime splits such tokens in two: the date or time, the rest;
// and a name glued to its address: the name, the address.
func splitGluedTime(toks []string) []string {
	for i, tok := range toks {
		if loc := gluedDomain.FindStringIndex(tok); loc != nil {
			at := strings.Index(tok, "http")
			if w := strings.Index(tok, "www."); at < 0 || w >= 0 && w < at {
				at = w
			}
			out := append(append(append([]string{}, toks[:i]...), tok[:at], tok[at:]), toks[i+1:]...)
			return splitGluedTime(out)
		}
		if loc := gluedTime.FindStringIndex(tok); loc != nil {
			_, size := utf8.DecodeLastRuneInString(tok[:loc[1]])
			at := loc[1] - size
			out := append(append(append([]string{}, toks[:i]...), tok[:at], tok[at:]), toks[i+1:]...)
			return splitGluedTime(out)
		}
	}
	return toks
}

// fieldCount is len(strings.Fields(s)) without making the slice: the
// runs of characters that are not white space (unicode.IsSpace, which
// for ASCII is the set strings.Fields uses there too).
func fieldCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// fieldBrackets: fields each in its brackets (【发布时间:2021-06-29】【来源:某某网】)
// read as fields between spaces.
var fieldBrackets = strings.NewReplacer("【", " ", "】", " ", "[", " ", "]", " ")

var domainToken = rx.MustCompile(`^(?:https?://)?[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)+(?:/\S*)?$`)

// isDateLine: a line holding only a date or a piece of one ("2021",
// "02/22", "2021-02-22 10:31", "2023/11/25 14:03(11/25 15:26 更新)",
// "2021年6月29日 星期二").
func isDateLine(l string) bool {
	l = strings.TrimSpace(l)
	if l == "" || len(l) > 90 {
		return false // the longest date line, with its time, update and weekday, is shorter
	}
	if !onlyDateRunes(l) {
		// A machine's timestamp (2021-06-29T10:31:00+08:00) or the
		// month's English name (Jun 29, 2021 10:31) with nothing else.
		return isoDateTime.MatchString(l) || englishDateLine(l)
	}
	rest := dateWords.Replace(l)
	digits := 0
	for _, r := range rest {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune(" -/.:年月日时分秒号()", r):
		default:
			return false
		}
	}
	return digits >= 2 || findDate(l) != ""
}

// isoDateTime: a date and time as machines write them.
var isoDateTime = rx.MustCompile(`^(?:19|20)\d{2}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$`)

// englishDateLine: a date with the month's English name and, around it,
// only what a date line holds (a time, a weekday's word).
func englishDateLine(l string) bool {
	if !hasASCIILetter(l) || !hasYearDigits(l) {
		return false
	}
	for _, re := range []*rx.Regexp{dateEnglish, dateEnglishDMY} {
		if loc := re.FindStringIndex(l); loc != nil {
			rest := strings.TrimSpace(l[:loc[0]] + " " + l[loc[1]:])
			return rest == "" || onlyDateRunes(rest)
		}
	}
	return false
}

// dateWords are the words a date line carries besides its numbers.
var (
	dateWordPairs = []string{"更新", "", "发表于", "", "发布于", "", "发布", "", "星期一", "", "星期二", "", "星期三", "", "星期四", "",
		"星期五", "", "星期六", "", "星期日", "", "星期天", "", "周一", "", "周二", "", "周三", "", "周四", "", "周五", "",
		"周六", "", "周日", "", "上午", "", "下午", "", "date", "", "Date", "", "农历", "", "初", "", "廿", "2", "正", "1", "腊", "1", "冬", "1", "〇", "0", "零", "0", "一", "1", "二", "2",
		"三", "3", "四", "4", "五", "5", "六", "6", "七", "7", "八", "8", "九", "9", "十", "1", "中华民国", "", "民国", "",
		// A label glued to its date without a colon: 日期2022-01-27, 时间 2021-06-29.
		"日期", "", "时间", ""}
	dateWords = strings.NewReplacer(dateWordPairs...)
	// dateLineRunes are the characters a date line may hold: those left
	// after dateWords (digits, separators, 年月日) and those of the words.
	dateLineRunes = runeSet(" -/.:年月日时分秒号()0123456789" + everyOther(dateWordPairs))
)

// onlyDateRunes: every character of l is one a date line may hold. A
// character outside dateLineRunes is in no date word, so dateWords
// leaves it, and isDateLine's loop refuses it: testing first spares the
// replacer, which copies every line it reads.
func onlyDateRunes(l string) bool {
	for _, r := range l {
		if !dateLineRunes[r] {
			return false
		}
	}
	return true
}

func runeSet(s string) map[rune]bool {
	set := map[rune]bool{}
	for _, r := range s {
		set[r] = true
	}
	return set
}
