package extract

import (
	"zhnews"
	"zhnews/extract/numbers"
	"zhnews/internal/rx"
)

// A planned change says what the hospital has now: in 病床将由600张增至800
// 张 the 800 is a plan, but the 600 is the present count, whatever plan
// words (届时, 将, 预计) stand around it. A rule with plannedFrom set reads
// that starting value.

// othersCount: words in the clause that make a count someone else's
// (全港, 多家医院, 12间私家医院), the part of notClause that is no plan.
var othersCount = rx.MustCompile(`全市|全省|全国|全区|全县|全州|全港|全澳|全台|全系统|辖区|各级|私院|私家医院|各医院|各院|多家医院|\d+\s*(?:间|家|所)\p{Han}{0,4}医院`)

// partOfNoun: words before the noun that make it a kind, some of the
// whole (特殊病床, 急性病床, 重症床位).
var partOfNoun = rx.MustCompile(`(?:特殊|急性|一般|慢性|重症|特需|精神科|精神|负压|隔离|观察|留观|ICU|家庭|新增|增加)$`)

// plannedFromRe builds the expression of a planned change's start: the
// noun, a plan word, 由 or 从, the present count and a verb of growth.
func (r *countRule) plannedFromRe() *rx.Regexp {
	return rx.MustCompile(`(?:` + r.nouns + `)(?:数目|数量|总数|数)?\s*(?:将|会|拟|预计|计划|准备)(?:在[^，,。；;]{0,12}?)?(?:由|从)(?:现有的|目前的|现在的|现有|目前)?\s*` +
		num + `\s*(` + r.units + `)[^，,。；;\d]{0,4}?(?:增加|增|扩|提高|提升|扩大|扩展|加|升)(?:到|至)` +
		// 核定床位1000张,比目前的870张增加不少: the plan measured against
		// the present count.
		`|(?:` + r.nouns + `)[^，,。；;\d]{0,6}?\d[\d,.]*\s*(?:` + r.units + `)\s*[,，]?\s*(?:比|较)(?:目前的|现在的|现有的|目前|现在|现有)\s*` +
		num + `\s*(` + r.units + `)`)
}

// plannedFromFacts reads the present counts of the sentences' planned
// changes.
func (r *countRule) plannedFromFacts(d *Doc) []zhnews.Fact {
	var out []zhnews.Fact
	for _, s := range d.Sentences {
		for _, loc := range r.plannedFrom.FindAllStringSubmatchIndex(s.Text, -1) {
			m := Match{Sentence: s, Loc: loc}
			before := s.Text[:loc[0]]
			// A plan word before the noun belongs to a comparison's plan
			// (规划床位1200张,较现有的800张): only a kind of bed rules it out.
			if loc[2] >= 0 && r.notBeforeRe != nil && r.notBeforeRe.MatchString(before) || partOfNoun.MatchString(before) {
				continue
			}
			ev, st, en := m.Evidence(loc[0], loc[1])
			if othersCount.MatchString(ev) {
				continue
			}
			numG, unitG := 1, 2
			if loc[2] < 0 {
				numG, unitG = 3, 4 // the comparison's present count
			}
			n, ok := numbers.Parse(m.Group(numG))
			if !ok || !n.IsInt() || n.Value <= 0 {
				continue
			}
			out = append(out, zhnews.Fact{
				Metric: r.metric, Value: n.Int(), Approx: n.Approx, Unit: m.Group(unitG),
				Year: m.YearBefore(loc[0]), Evidence: ev, Start: st, End: en,
			})
		}
	}
	return out
}
