package extract

import (
	"strings"
	"unicode/utf8"

	"zhnews"
	"zhnews/extract/numbers"
	"zhnews/internal/rx"
)

// Counts handed out over a list of hospitals in the list's order, after
// 分别 and the counted noun:
//
//	甲医院和乙医院分别有职工3100人和640人 → 甲 3100, 乙 640
//	甲医院、乙医院分别有党员320名、85名    → 甲 320, 乙 85
//
// As with rankings (ranking_respective.go), every item must end as a
// hospital's name and there must be as many figures as items; the facts
// name their hospitals as written, and the first figure is not read
// again as the last hospital's count.

// respectiveFigure: one figure of the list after the first.
var respectiveFigure = rx.MustCompile(numbers.Pattern)

// respectiveCounts returns the rule's counts given so, and the rune spans
// they were read from.
func (r *countRule) respectiveCounts(d *Doc) ([]zhnews.Fact, [][2]int) {
	var out []zhnews.Fact
	var spans [][2]int
	for _, s := range d.Sentences {
		if !strings.Contains(s.Text, "分别") {
			continue
		}
		for _, loc := range r.respectiveRe.FindAllStringSubmatchIndex(s.Text, -1) {
			before := s.Text[:loc[0]]
			from := max(0, lastClauseBreak(before))
			// Figures handed out over several are none of them one
			// hospital's count, whatever the list is (两家医院分别有…).
			spans = append(spans, [2]int{s.Start + utf8.RuneCountInString(s.Text[:from]), s.Start + utf8.RuneCountInString(s.Text[:loc[1]])})
			items := listItems(before[from:], from, listSeparatorNoComma)
			if len(items) < 2 {
				continue
			}
			figures := []string{s.Text[loc[2]:loc[3]]}
			figures = append(figures, respectiveFigure.FindAllString(s.Text[loc[6]:loc[7]], -1)...)
			if len(figures) != len(items) {
				continue
			}
			unit := s.Text[loc[4]:loc[5]]
			m := Match{Sentence: s, Loc: []int{items[0].start, loc[1]}}
			ev, start, end := m.Evidence(items[0].start, loc[1])
			var facts []zhnews.Fact
			for i, it := range items {
				n, ok := numbers.Parse(figures[i])
				if !institutionEnd.MatchString(it.name) || !ok || !n.IsInt() || n.Value <= 0 {
					facts = nil
					break
				}
				facts = append(facts, zhnews.Fact{
					Hospital: it.name, Metric: r.metric, Value: n.Int(), Approx: n.Approx, Unit: unit,
					Year: m.YearBefore(items[0].start), Evidence: ev, Start: start, End: end,
				})
			}
			out = append(out, facts...)
		}
	}
	return out, spans
}
