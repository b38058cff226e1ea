package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"zhnews"
	"zhnews/internal/rx"
	"zhnews/segment"
)

// Ranking tables: a header line whose first column is the place (排名,
// 名次, 综合排名, 位次) and rows under it that begin with the place and the
// hospital's name:
//
//	排名 医院 得分 省份
//	1 某市人民医院 835.68 某省
//	2 某某大学附属医院 801.84 某省
//
// A table dumped one cell per line (排名 / 医院 / … then 1 / 某市人民医院 /
// …) is read the same way. The running numbers of a list without such a
// header (an honour roll's 序号, 01 某医院) are no places: the header is
// what makes them ranks. A list without columns may stand for the header
// a short line of a ranking that ends in a colon (名单如下:, see
// rankedListIntro), when its rows number the places from 1 without a gap. The total comes from the N强 or N家 the text
// states before the table, the scope from the quoted title of the list
// there (“2023某某医院竞争力排行榜”).
var (
	// A header: short, no sentence punctuation, the place column first.
	tableHeader = rx.MustCompile(`^\s*\|?\s*(?:综合排名|总排名|排名|名次|排序|位次|排行)(?:\s|\||$)`)
	// A row: the place, then the name as the next cell (1 某医院, 1、某医院:
	// after 、 no space is needed).
	// A row's place may be glued to the name (3甲医院(…)), as a page's
	// columns run together when saved: rowName decides what the cell is.
	tableRow = rx.MustCompile(`^\s*\|?\s*(\d{1,4})\s*(?:[.:：]?(?:\s+|\s*\|\s*)|[、.．]\s*)?([^\s|]+)`)
	// A list's head without columns: a short line that ends in a colon
	// (名单如下:, 前十名依次为:).
	listIntro = rx.MustCompile(`(?:如下|依次|依序|排名|排行|名次|名单|榜单)\p{Han}{0,4}\s*[:：]\s*$`)
	// Words of an honour roll: its numbers count the honoured, no places.
	honourRollWord = rx.MustCompile(`奖|表彰|授予|称号|荣誉|先进|获评|入选|认定|评为`)
	// Words of a ranking, in the list's head or just before it.
	rankingWord = rx.MustCompile(`排名|排行|名列|名次|榜`)
	// Words of a ranking before a numbered list that has no head of its
	// own (评选出全美最优秀的20家医院。… 1 甲医院): a ranking's word or a
	// superlative of a selection.
	rankedListWord = rx.MustCompile(`排名|排行|名列|名次|榜|最佳|最优秀|最好的|(?i:top)\s*\d+`)
	// A lone place cell, when the table is written a cell per line.
	tablePlaceCell = rx.MustCompile(`^\s*(\d{1,4})\s*$`)
	tableTitle     = rx.MustCompile(`[“"「『《]([^”"」』》]{2,60}(?:榜|排行|排名|强|评价|评估|考核)[^”"」』》]{0,10})[”"」』》]`)
	tableTotal     = rx.MustCompile(`(\d+)\s*强|百强|(?:TOP|Top|top)\s*(\d+)|(\d+)\s*家`)
	leadingYear    = rx.MustCompile(`^((?:19|20)\d{2})`)
	// A label, not the list's name: “100强排名”, “排行榜”.
	genericTitle = rx.MustCompile(`^(?:\d+\s*强|百强|TOP\s*\d+)?(?:排名|名单|榜单|排行榜|排行)$`)
	// A rule between the header and the rows: |---|---|.
	tableRule     = rx.MustCompile(`^[\s|:\-—=+]+$`)
	tableKeywords = []string{"排名", "名次", "排序", "位次", "排行"}
	// The words a list's head without columns holds (see listIntro).
	listIntroKeywords = []string{"如下", "依次", "依序", "名单", "榜单"}
)

// rankTables reads the rows of the document's ranking tables.
func rankTables(d *Doc) []zhnews.Fact {
	// A header holds one of the keywords: only those sentences are tried.
	var heads []int
	for _, k := range tableKeywords {
		heads = append(heads, d.sentencesHolding(k)...)
	}
	for _, k := range listIntroKeywords {
		heads = append(heads, d.sentencesHolding(k)...)
	}
	heads = append(heads, headlessLists(d.Sentences)...)
	if len(heads) == 0 {
		return nil
	}
	sort.Ints(heads)
	var out []zhnews.Fact
	sents := d.Sentences
	done := -1 // the sentences up to here were read as a table
	for _, i := range heads {
		if i <= done {
			continue
		}
		h := sents[i].Text
		intro := rankedListIntro(sents, i)
		// A numbered list with no head: its first row is sentence i.
		headless := !intro && firstRowOfRanking(sents, i)
		if !intro && !headless && (!tableHeader.MatchString(h) || utf8.RuneCountInString(h) > 60 || strings.ContainsAny(h, "，。；;")) {
			continue
		}
		scope, year, total := tableContext(sents[:i])
		if intro {
			// The head itself may state the list's size (35家医院名单如下).
			_, _, total = tableContext(sents[:i+1])
		}
		from := i + 1
		if headless {
			from = i
		}
		rows, next := tableRows(sents, from)
		if (intro || headless) && !fromFirstPlace(rows) || headless && len(rows) < minHeadlessRows {
			continue
		}
		for _, r := range rows {
			if r.name == "" {
				continue // a numbered row of no hospital (…/某大学): its place is counted, not read
			}
			f := zhnews.Fact{
				Hospital: r.name, Metric: "ranking", Value: int64(r.place),
				Scope: scope, Year: year, Total: total,
				Evidence: r.evidence, Start: r.start, End: r.end,
			}
			if total > 0 && r.place > total {
				f.Total = 0
			}
			out = append(out, f)
		}
		done = next - 1
	}
	return out
}

// rankedListIntro: sentence i heads a numbered list of places without
// columns (台湾35家医院名单如下: then 1.甲医院 2.乙医院): a short line
// ending in a colon, of a ranking (its own words or the three sentences
// before it name one), and no honour roll's (获奖名单如下: numbers those
// honoured, whatever the words before it).
func rankedListIntro(sents []segment.Sentence, i int) bool {
	h := strings.TrimSpace(sents[i].Text)
	if utf8.RuneCountInString(h) > 40 || !listIntro.MatchString(h) || honourRollWord.MatchString(h) {
		return false
	}
	for k, seen := i, 0; k >= 0 && seen <= 3; k-- {
		t := sents[k].Text
		if strings.TrimSpace(t) == "" {
			continue
		}
		if rankingWord.MatchString(t) {
			return true
		}
		seen++
	}
	return false
}

// minHeadlessRows: a numbered list with no head of its own holds at least
// this many rows to be a ranking's (a short one is as often steps or
// items of anything).
const minHeadlessRows = 5

// headlessLists returns the indices of the sentences that may begin a
// numbered list with no head (1 甲医院(…), 1.甲医院,…): a row numbered 1.
func headlessLists(sents []segment.Sentence) []int {
	var out []int
	for i, s := range sents {
		t := strings.TrimLeft(s.Text, " \t|")
		if len(t) < 2 || t[0] != '1' || t[1] >= '0' && t[1] <= '9' {
			continue
		}
		if m := tableRow.FindStringSubmatch(s.Text); m != nil && m[1] == "1" && rowName(m[2]) != "" {
			out = append(out, i)
		}
	}
	return out
}

// firstRowOfRanking: sentence i is the first row of a numbered list that
// no head introduces, and one of the five sentences before it that hold
// more than space speaks of a ranking (评选出全美最优秀的20家医院; 在这份排
// 名中…) and none of them of an honour (表彰, 荣誉: its numbers count the
// honoured).
func firstRowOfRanking(sents []segment.Sentence, i int) bool {
	m := tableRow.FindStringSubmatch(sents[i].Text)
	if m == nil || m[1] != "1" || rowName(m[2]) == "" {
		return false
	}
	ranked := false
	for k, seen := i-1, 0; k >= 0 && seen < 5; k-- {
		t := sents[k].Text
		if strings.TrimSpace(t) == "" {
			continue
		}
		if honourRollWord.MatchString(t) {
			return false
		}
		ranked = ranked || rankedListWord.MatchString(t)
		seen++
	}
	return ranked
}

// fromFirstPlace: the rows of a list without a table's header number the
// places from the first without a gap, a tie (5.(并列)甲, 5.(并列)乙, 7.丙)
// repeating a place; anything else is some other count.
func fromFirstPlace(rows []tableRowFact) bool {
	named := 0
	for k, r := range rows {
		if r.place != k+1 && (k == 0 || r.place != rows[k-1].place) {
			return false
		}
		if r.name != "" {
			named++
		}
	}
	return named > 0
}

// rowNote: a note before a row's name ((并列), 【并列】).
var rowNote = rx.MustCompile(`^[(（【\[][^)）】\]]{1,4}[)）】\]]\s*`)

// rowName returns the hospital's name that a row's name cell begins with,
// without what a list writes after it: the name in another language in
// brackets (梅奥诊所(Mayo Clinic)), where it is (麻省总医院,麻州波士顿市;
// 甲医院:美国某市), a second name after a slash; "" when the cell begins
// with no hospital's name.
func rowName(cell string) string {
	name := rowNote.ReplaceAllString(strings.TrimSpace(cell), "")
	if i := strings.IndexAny(name, "(（,，:：;；/、。"); i >= 0 {
		name = name[:i]
	}
	name = strings.TrimSpace(name)
	if !institutionEnd.MatchString(name) || utf8.RuneCountInString(name) > 30 || isCategory(name) || countedAfter.MatchString(name) {
		return ""
	}
	return name
}

// startsName: a row's cell that begins as a name does (a Han character or
// a Latin letter, no measure word: 13某大学医院和保健中心, not 13家).
func startsName(cell string) bool {
	r, _ := utf8.DecodeRuneInString(cell)
	return (isHan(r) || r < 0x80 && unicode.IsLetter(r)) && !countedAfter.MatchString(cell)
}

// countedAfter: a cell that begins with a measure word is the rest of a
// count (3家医院, 20年), not a name after its place.
var countedAfter = rx.MustCompile(`^(?:家|所|个|名|位|年|月|日|号|届|期|次|强|余|多)`)

type tableRowFact struct {
	place, start, end int
	name, evidence    string
}

// tableRows reads the rows that follow a header at sentence from, as one
// row per line or one cell per line, and returns them with the index of
// the first sentence after the table. Fewer than two rows is no table.
func tableRows(sents []segment.Sentence, from int) ([]tableRowFact, int) {
	var rows []tableRowFact
	i := from
	last := 0
	for i < len(sents) {
		t := sents[i].Text
		if strings.TrimSpace(t) == "" || tableRule.MatchString(t) {
			i++
			continue
		}
		if m := tableRow.FindStringSubmatch(t); m != nil && (rowName(m[2]) != "" || len(rows) > 0) {
			for _, span := range gluedRows(t, atoi(m[1])) {
				row := t[span[0]:span[1]]
				m := tableRow.FindStringSubmatch(row)
				place, name := atoi(m[1]), rowName(m[2])
				// A tie repeats the place before (5.(并列)甲医院); a row of
				// the list that names no hospital (9 某大学医院) keeps the
				// count when a hospital's row has come before it.
				if place < last || place == last && !tiedRow(row) && (name == "" || name == rows[len(rows)-1].name) || name == "" && place != last+1 {
					return tableEnd(rows, from, i)
				}
				ev := strings.TrimSpace(row)
				lead := span[0] + strings.Index(row, ev)
				start := sents[i].Start + utf8.RuneCountInString(t[:lead])
				rows = append(rows, tableRowFact{place: place, name: name, evidence: ev, start: start, end: start + utf8.RuneCountInString(ev)})
				last = place
			}
			i++
			continue
		}
		// A cell per line: the place, then the name in the next cell.
		if m := tablePlaceCell.FindStringSubmatch(t); m != nil {
			j := i + 1
			for j < len(sents) && strings.TrimSpace(sents[j].Text) == "" {
				j++
			}
			if j < len(sents) {
				name := strings.TrimSpace(sents[j].Text)
				if place := atoi(m[1]); place > last && institutionEnd.MatchString(name) && utf8.RuneCountInString(name) <= 30 {
					start := sents[j].Start + utf8.RuneCountInString(sents[j].Text[:strings.Index(sents[j].Text, name)])
					rows = append(rows, tableRowFact{place: place, name: name, evidence: name, start: start, end: start + utf8.RuneCountInString(name)})
					last = place
					i = j + 1
					// The other cells of the row, up to the next place.
					for i < len(sents) && !tablePlaceCell.MatchString(sents[i].Text) && !isTableRow(sents[i].Text) && utf8.RuneCountInString(sents[i].Text) <= 30 {
						i++
					}
					continue
				}
			}
		}
		// Header cells written one per line come before the first row.
		if len(rows) == 0 && utf8.RuneCountInString(t) <= 12 && !strings.ContainsAny(t, "，。；;") && i-from < 8 {
			i++
			continue
		}
		break
	}
	return tableEnd(rows, from, i)
}

// tableEnd returns the rows a table read from sentence from holds, and
// the sentence it ended before (at): fewer than two rows is no table.
func tableEnd(rows []tableRowFact, from, at int) ([]tableRowFact, int) {
	for len(rows) > 0 && rows[len(rows)-1].name == "" {
		rows = rows[:len(rows)-1] // the list ended before them
	}
	if len(rows) < 2 {
		return nil, from
	}
	return rows, at
}

// gluedRows returns the byte spans of the rows that line t holds: one,
// or several when a page's rows ran together in one line (11甲医院 (…)12乙
// 医院 (…)13丙医院), each next row starting with the next place right
// after the row before and going on with a name.
func gluedRows(t string, place int) [][]int {
	spans := [][]int{{0, len(t)}}
	for at := 0; ; {
		next := itoa(place + 1)
		i := strings.Index(t[at+1:], next)
		if i < 0 {
			return spans
		}
		i += at + 1
		if c := t[i-1]; c >= '0' && c <= '9' || c == '.' || c == ',' {
			at = i // inside another number (2012, 3.12)
			continue
		}
		m := tableRow.FindStringSubmatch(t[i:])
		if m == nil || m[1] != next || !startsName(m[2]) {
			at = i
			continue
		}
		spans[len(spans)-1][1] = i
		spans = append(spans, []int{i, len(t)})
		at, place = i, place+1
	}
}

// tiedRow: a row that shares the place of the row before it, marked so
// (5.(并列)甲医院); a row of another hospital with the same place is a tie
// too (10. 甲医院, 10. 乙医院).
func tiedRow(t string) bool {
	return strings.Contains(t, "并列") || strings.Contains(t, "並列")
}

// isTableRow: t is a row that begins with a place and a hospital's name
// (a score's 912.30 begins with digits and a point, and is none).
func isTableRow(t string) bool {
	m := tableRow.FindStringSubmatch(t)
	return m != nil && rowName(m[2]) != ""
}

// tableContext reads what the text before a table says about its
// ranking: the list's quoted title (scope, and the year it starts with),
// and the size of the list (100强, TOP50, 120家).
func tableContext(before []segment.Sentence) (scope string, year, total int) {
	for k := len(before) - 1; k >= 0 && k >= len(before)-8; k-- {
		t := before[k].Text
		if scope == "" {
			ms := tableTitle.FindAllStringSubmatch(t, -1)
			for j := len(ms) - 1; j >= 0 && scope == ""; j-- {
				if title := strings.TrimSpace(ms[j][1]); !genericTitle.MatchString(title) {
					scope = title
				}
			}
			if y := leadingYear.FindString(scope); y != "" {
				year = atoi(y)
			}
		}
		if total == 0 {
			for _, m := range tableTotal.FindAllStringSubmatch(t, -1) {
				switch {
				case m[1] != "":
					total = atoi(m[1])
				case m[2] != "":
					total = atoi(m[2])
				case m[3] != "":
					if total == 0 {
						total = atoi(m[3])
					}
				default:
					total = 100
				}
			}
		}
	}
	return scope, year, total
}
