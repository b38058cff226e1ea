package clean

import (
	"strings"

	"zhnews/internal/rx"
)

// The published date comes from the page's header: its labelled fields
// (发布时间:, 发布日期:, 发表时间:, 日期:, 时间:, 来源: 某某网 2021-06-29), its
// date lines (2016/12/12 09:30, 2021年6月29日, 二〇二一年六月二十九日, "2021" and
// "02/22" on two lines), a dateline before the byline (date 2021-06-29
// 记者…) or a date glued to the headline. Labelled fields further down
// (a footer's 发布时间:) count when the header has none. Never read: the
// body's prose and captions (an event's 5月28日, a photo's date), a forum
// panel's registration or login dates (kindJunk), 更新时间 when the page
// states its first publication too, and the site's clock: a date with its
// weekday above the headline (2024-04-20 星期六 in the top bar) is the day
// the page was saved, read only when the page states no other date. A page whose header has no date may close the
// article with it: a date line, often bracketed, after the last paragraph
// ((2021/11/11)), or a bracketed date ending the last paragraph.

// publishedLabels read first in a fields line; updateLabels last.
var (
	publishedLabels = map[string]bool{"发布时间": true, "发布日期": true, "发布于": true, "发表于": true, "发稿时间": true, "发稿日期": true, "录入时间": true, "出版": true, "发表时间": true, "发表日期": true, "上传时间": true, "创建时间": true,
		"生成日期": true, "成文日期": true, "发文日期": true, "印发日期": true, "发刊日期": true, "出版日期": true, "刊发日期": true, "见报日期": true, "日期": true, "时间": true}
	updateLabels = map[string]bool{"更新时间": true, "更新日期": true, "更新": true}
	// eventLabels date what a notice announces, never the page.
	eventLabels = map[string]bool{"截止日期": true, "截止时间": true, "报名时间": true, "报名日期": true, "活动时间": true, "活动日期": true,
		"开始时间": true, "结束时间": true, "举办时间": true, "有效期": true}
)

// pickPublished reads the date of lines: header is the index of the
// body's first paragraph, roc reads bare ROC years.
func pickPublished(cls []classified, header int, roc bool) string {
	var dateRun []string // consecutive date lines: "2021" "02/22"
	flush := func() string {
		d := ""
		if len(dateRun) > 0 {
			d = firstDate(strings.Join(dateRun, " "), roc)
		}
		dateRun = dateRun[:0]
		return d
	}
	headline := false // a headline above: a weekday date is no longer the clock
	clock := ""       // the clock's date: the last resort (an e-paper's page date looks the same)
	for i := 0; i < header && i < len(cls); i++ {
		c := cls[i]
		if c.kind == kindDate {
			if !headline && (hasWeekday(c.text) || menuFollows(cls, i)) {
				if clock == "" {
					clock = firstDate(c.text, roc)
				}
				continue
			}
			dateRun = append(dateRun, c.text)
			continue
		}
		if c.kind == kindHeadline && len([]rune(cleanTitle(c.text))) >= 5 {
			headline = true
		}
		if d := flush(); d != "" {
			return d
		}
		switch c.kind {
		case kindFields:
			if d := fieldsDate(c.text, roc); d != "" {
				return d
			}
		case kindByline:
			if d := firstDate(c.text, roc); d != "" {
				return d
			}
		case kindHeadline:
			if at := gluedDate(c.text); at > 0 {
				if d := firstDate(c.text[at:], roc); d != "" {
					return d
				}
			}
		}
	}
	if d := flush(); d != "" {
		return d
	}
	for i := header; i < len(cls); i++ {
		if cls[i].kind == kindFields {
			if d := fieldsDate(cls[i].text, roc); d != "" {
				return d
			}
		}
	}
	if d := closingDate(cls, header, roc); d != "" {
		return d
	}
	return clock
}

// menuFollows: the lines under line i open a menu, three of its next four
// lines being a menu's items or labels (2025-07-03 / • 头条 / • 财经 / …):
// the date over a site's menu is its clock, as a weekday's is.
func menuFollows(cls []classified, i int) bool {
	items, seen := 0, 0
	for j := i + 1; j < len(cls) && seen < 4; j++ {
		switch cls[j].kind {
		case kindBlank:
			continue
		case kindLabel, kindNavBar, kindWidget:
			items++
		}
		seen++
	}
	return items >= 3
}

// closingDate: the date that closes the article, on a line of its own
// after the last paragraph or in brackets at its end.
func closingDate(cls []classified, header int, roc bool) string {
	last := -1
	for i := len(cls) - 1; i >= header && i >= 0; i-- {
		if cls[i].kind == kindProse {
			last = i
			break
		}
	}
	if last < 0 {
		return ""
	}
	// The date stands within the three lines after the last paragraph;
	// blank lines, which a dump keeps in runs, are not counted.
	seen := 0
	for i := last + 1; i < len(cls) && seen < closingDateLines; i++ {
		if cls[i].kind == kindBlank {
			continue
		}
		seen++
		if cls[i].kind == kindDate {
			if d := firstDate(cls[i].text, roc); len(d) == len("2006-01-02") {
				return d
			}
		}
		if m := bracketedDateStamp.FindStringSubmatch(cls[i].text); m != nil {
			// 【2010/08/20 某某报】 under the story: the paper's stamp.
			return firstDate(m[1], roc)
		}
	}
	end := len(cls) - 1
	for end > last && cls[end].kind == kindBlank {
		end--
	}
	if end > last && cls[end].kind == kindDate && bareMonthLine.MatchString(cls[end].text) {
		// A year and month alone on the page's last line (2022年11月) sign
		// the piece as a report is signed, however long a list stands
		// between it and the last paragraph: the month it was written,
		// not a heading of what follows, since nothing does.
		if d := firstDate(cls[end].text, roc); d != "" {
			return d
		}
	}
	if m := bracketedDateEnd.FindStringSubmatch(cls[last].text); m != nil {
		return firstDate(m[1], roc)
	}
	return ""
}

// closingDateLines: how many lines under the last paragraph its closing
// date may stand (the date, the clock, a revision date).
const closingDateLines = 3

var (
	bareMonthLine    = rx.MustCompile(`^\s*[(（]?\s*(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月|[-/.]\s*\d{1,2})\s*[)）]?\s*$`)
	bracketedDateEnd = rx.MustCompile(`[(（\[【]\s*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)\s*[\p{Han}A-Za-z]{0,10}\s*[)）\]】]$`)
	// A paper's stamp on a line of its own: the full date and the paper's
	// name in brackets (【2010/08/20 某某报】), what the page adds after it.
	bracketedDateStamp = rx.MustCompile(`^\s*[(（\[【]\s*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)\s*[\p{Han}A-Za-z]{0,10}\s*[)）\]】]`)
	weekday            = rx.MustCompile(`星期[一二三四五六日天]|周[一二三四五六日]|礼拜[一二三四五六日天]`)
)

// hasWeekday: a date line that names its weekday.
func hasWeekday(l string) bool { return weekday.MatchString(l) }

// fieldsDate reads the date of a fields line: a publication label's
// value first, then any date outside an update label, then the update.
func fieldsDate(line string, roc bool) string {
	lead, fs := fields(strings.Trim(line, "()（）"))
	for _, f := range fs {
		if publishedLabels[f.label] {
			if d := firstDate(f.value, roc); d != "" {
				return d
			}
		}
	}
	if d := firstDate(lead, roc); d != "" {
		return d
	}
	for _, f := range fs {
		if !updateLabels[f.label] && !eventLabels[f.label] {
			if d := firstDate(f.value, roc); d != "" {
				return d
			}
		}
	}
	for _, f := range fs {
		if d := firstDate(f.value, roc); d != "" && !eventLabels[f.label] {
			return d
		}
	}
	return ""
}
