package extract

import (
	"sort"
	"strings"
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
// what makes them ranks. The total comes from the N强 or N家 the text
// states before the table, the scope from the quoted title of the list
// there (“2023某某医院竞争力排行榜”).
var (
	// A header: short, no sentence punctuation, the place column first.
	tableHeader = rx.MustCompile(`^\s*\|?\s*(?:综合排名|总排名|排名|名次|排序|位次|排行)(?:\s|\||$)`)
	// A row: the place, then the name as the next cell (1 某医院, 1、某医院:
	// after 、 no space is needed).
	tableRow = rx.MustCompile(`^\s*\|?\s*(\d{1,4})\s*(?:[.:：]?(?:\s+|\s*\|\s*)|、\s*)([^\s|]+)`)
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
)

// rankTables reads the rows of the document's ranking tables.
func rankTables(d *Doc) []zhnews.Fact {
	// A header holds one of the keywords: only those sentences are tried.
	var heads []int
	for _, k := range tableKeywords {
		heads = append(heads, d.sentencesHolding(k)...)
	}
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
		if !tableHeader.MatchString(h) || utf8.RuneCountInString(h) > 60 || strings.ContainsAny(h, "，。；;") {
			continue
		}
		scope, year, total := tableContext(sents[:i])
		rows, next := tableRows(sents, i+1)
		for _, r := range rows {
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
		if m := tableRow.FindStringSubmatch(t); m != nil && institutionEnd.MatchString(m[2]) {
			place := atoi(m[1])
			if place <= last {
				break
			}
			ev := strings.TrimSpace(t)
			lead := strings.Index(t, ev)
			start := sents[i].Start + utf8.RuneCountInString(t[:lead])
			rows = append(rows, tableRowFact{place: place, name: m[2], evidence: ev, start: start, end: start + utf8.RuneCountInString(ev)})
			last = place
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
					for i < len(sents) && !tablePlaceCell.MatchString(sents[i].Text) && !tableRow.MatchString(sents[i].Text) && utf8.RuneCountInString(sents[i].Text) <= 30 {
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
	if len(rows) < 2 {
		return nil, from
	}
	return rows, i
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
