package clean

import (
	"strings"
	"unicode/utf8"

	"zhnews/internal/rx"
)

// After the last paragraph, short lines are the page's footer (tags,
// links, the site's sections) unless the article leads into them: a
// roster of winners or ranked hospitals one name a line, under a line
// that announces it, and the rows of an infobox that closes a wiki page.
// closingList finds where those lines end.

// listItemLine: a numbered list's entry (2. 某某, 3、某某, (4)某某).
var listItemLine = rx.MustCompile(`^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[(（]\d{1,2}[)）])\s*[.、．)）]?\s*\S`)

// itemNumber: the number of a list's entry written in digits (7.某某,
// 7、某某); ok is false on any other line.
var itemNumberRe = rx.MustCompile(`^\s*(\d{1,2})\s*[.、．]\s*\S`)

func itemNumber(l string) (int, bool) {
	m := itemNumberRe.FindStringSubmatch(l)
	if m == nil {
		return 0, false
	}
	return atoi(m[1]), true
}

// unitLine: a list's entry that is an institution's name alone, its note
// in brackets after it (青山市人民医院, 青山市卫生健康委员会(机关), 青山市
// 人民医院心血管内科).
var unitLine = rx.MustCompile(`^\p{Han}{2,30}?(?:医院|卫生院|保健院|中心|委员会|卫健委|卫生健康局|卫生局|研究所|研究院|血站|集团|学院|大学|门诊部|科|所|站)(?:\s*[(（][^()（）]{1,40}[)）])?$`)

// rosterTitle: a heading that names the list under it (…先进集体名单,
// 获奖名单如下, 【全国文明单位】:).
var rosterTitle = rx.MustCompile(`(?:名单|名录|榜单|如下)\s*[:：]?$|^【[^【】]{2,30}】\s*[:：]?$`)

// listQualifier: the bracketed line under a roster's heading that says
// whose part of the list follows ((青山省卫生健康系统)).
var listQualifier = rx.MustCompile(`^[(（][^()（）]{2,20}[)）]$`)

// listLead: a line that announces a list: ending in a colon, counting its
// entries, or naming the list.
func listLead(l string) bool {
	return endsWithColon(l) || countHeading.MatchString(l) || rosterTitle.MatchString(l)
}

// closingList returns where the lists after the last paragraph end: the
// numbered entries that continue the list the last paragraph is an entry
// of (…4. 某某(note, with its commas) / 5. 某某 / 6. 某某), and lists that
// the last paragraph, or a heading after it, leads into (…分别是: / 2. 某某,
// 名单如下: / 某某医院 / 某某中心, 【某某先进集体】 / 1. 某某), one after
// another, and an infobox's rows. It returns last+1 when none follows.
func closingList(cls []classified, last, end int) int {
	if last < 0 {
		return 0
	}
	at := continuedItems(cls, last, end)
	led := at == last+1 && endsWithColon(cls[last].text)
	for {
		next := listBlock(cls, at, end, led)
		if next == at {
			next = infoboxBlock(cls, at, end)
		}
		if next == at {
			return at
		}
		at, led = next, false
	}
}

// nextLine is the index of the first line from i on that is not blank.
func nextLine(cls []classified, i, end int) int {
	for i < end && cls[i].kind == kindBlank {
		i++
	}
	return i
}

// unitEntry: a list's entry that opens with an institution's name and
// its note in brackets (青山市人民医院(院长王晓明,党员51名)): the note's commas
// make it a paragraph, but it is one entry of a list.
var unitEntry = rx.MustCompile(`^(?:\d{1,2}\s*[.、．]\s*)?\p{Han}{2,30}?(?:医院|卫生院|保健院|中心|委员会|卫健委|卫生健康局|卫生局|研究所|研究院|血站|集团|学院|大学|门诊部|科|所|站)\s*[(（]`)

// continuedItems returns the index after the entries that follow the
// last paragraph in its own list: numbered on in its numbering, or,
// after an unnumbered entry with its note, names alone; last+1 when none
// follows.
func continuedItems(cls []classified, last, end int) int {
	n, ok := itemNumber(cls[last].text)
	if !ok {
		if !unitEntry.MatchString(cls[last].text) {
			return last + 1
		}
		at := last + 1
		for j := nextLine(cls, at, end); j < end && cls[j].kind == kindHeadline && unitLine.MatchString(strings.TrimSpace(cls[j].text)); j = nextLine(cls, j+1, end) {
			at = j + 1
		}
		return at
	}
	at := last + 1
	for j := nextLine(cls, at, end); j < end && cls[j].kind == kindHeadline; j = nextLine(cls, j+1, end) {
		if m, ok := itemNumber(cls[j].text); !ok || m != n+1 {
			break
		}
		n++
		at = j + 1
	}
	return at
}

// listFillers bounds the lines a roster's heading may stand under after
// the paragraph: an image's placeholder, a caption.
const listFillers = 2

// listBlock returns the index after a list that starts at from: its
// heading (unless led, the paragraph above having announced it), the
// heading's bracketed qualifier, and two entries at least; from when no
// list starts there.
func listBlock(cls []classified, from, end int, led bool) int {
	j := nextLine(cls, from, end)
	if !led {
		for k := 0; k < listFillers && j < end && (cls[j].kind == kindCaption || cls[j].kind == kindLabel && !listLead(cls[j].text)); k++ {
			j = nextLine(cls, j+1, end)
		}
		if j >= end {
			return from
		}
		switch {
		case isListHeading(cls[j]):
			j++
		case cls[j].kind == kindHeadline && utf8.RuneCountInString(cls[j].text) <= 20 && !isListEntry(cls[j]):
			// A heading broken over two lines (复查确认保留称号的 / 文明单位名单).
			k := nextLine(cls, j+1, end)
			if k >= end || !isListHeading(cls[k]) {
				return from
			}
			j = k + 1
		default:
			return from
		}
		if k := nextLine(cls, j, end); k < end && cls[k].kind == kindHeadline && listQualifier.MatchString(cls[k].text) {
			j = k + 1
		}
	}
	items, at := 0, from
	for j = nextLine(cls, j, end); j < end && isListEntry(cls[j]); j = nextLine(cls, j+1, end) {
		items++
		at = j + 1
	}
	if items < 2 {
		return from
	}
	return at
}

// isListHeading: a short line of its own that announces a list.
func isListHeading(c classified) bool {
	return (c.kind == kindHeadline || c.kind == kindLabel) && listLead(c.text)
}

// isListEntry: a numbered entry, or an institution's name alone (a short
// one, 青山医院, reads as a label).
func isListEntry(c classified) bool {
	switch c.kind {
	case kindHeadline:
		return listItemLine.MatchString(c.text) || unitLine.MatchString(strings.TrimSpace(c.text))
	case kindLabel:
		return unitLine.MatchString(strings.TrimSpace(c.text))
	}
	return false
}

// infoboxLabel: the label an infobox's row opens with, its value glued
// on or after a bar or a colon (床位数 | 3986床 |, 病床数1200床, 院长王晓明).
var infoboxLabel = rx.MustCompile(`^(?:地址|医院类型|经营性质|医疗划分|医院等级|评鉴等级|院长|董事长|创办人|赞助者|附属机构|隶属|机构代码|急诊室|床位数|病床数|雇员数|员工数|职工数|医师数|建立时间|成立时间|创建时间|创立时间|网站|官网|电话)\s*[|｜:：]?\s*\S`)

// infoboxCount: a row that counts the hospital's beds or staff, its site
// named before the figure (员工数本院:720人).
var infoboxCount = rx.MustCompile(`^(?:床位|病床|雇员|员工|职工|医师)数?\s*[|｜:：]?\s*(?:\p{Han}{1,4}\s*[:：])?\s*(?:约|逾|近|共)?\s*\d[\d,，]*\s*(?:床|张|人|名|位)`)

// infoboxBlock returns the index after the rows of an infobox that
// starts at from (its section labels between them: 基本信息, 医疗服务),
// two rows at least and one of them a count; from when none starts
// there. A row with a count is the article's figure wherever the page
// prints its box; the other rows come along as its context.
func infoboxBlock(cls []classified, from, end int) int {
	rows, counts, at := 0, 0, from
	for j := nextLine(cls, from, end); j < end; j = nextLine(cls, j+1, end) {
		c := cls[j]
		t := strings.TrimSpace(c.text)
		switch {
		case (c.kind == kindLabel || c.kind == kindHeadline) && boxSection(t):
			continue // a section of the box: 基本信息, 医疗服务 | |
		case c.kind != kindHeadline || !infoboxLabel.MatchString(t):
			if rows < 2 || counts == 0 {
				return from
			}
			return at
		}
		rows++
		if infoboxCount.MatchString(t) {
			counts++
		}
		at = j + 1
	}
	if rows < 2 || counts == 0 {
		return from
	}
	return at
}

// boxSection: an infobox's section heading, its empty cells after it
// (基本信息 | |).
func boxSection(t string) bool {
	t = strings.TrimRight(t, " |｜")
	return t != "" && utf8.RuneCountInString(t) <= 6 && allHan(t)
}
