package extract

import (
	"regexp"
	"strings"

	"zhnews"
	"zhnews/extract/numbers"
)

// amountRule reads a figure that follows its label: 门急诊诊疗110.73万人次,
// 出院8.9万人次, 满意度99.79%, 投资1.5亿元. Values keep the 万/亿 multiplier
// (110.73万 → 1107300); rates stay percent (99.79).
type amountRule struct {
	metric    string
	label     string // what is measured: 门急诊|门诊
	gap       int    // runes allowed between label and figure
	units     string // 人次|台次
	notClause string // words that make the figure another one: 同比 for a change
	integer   bool   // the value is a count

	re, notClauseRe *regexp.Regexp
	keywordList     []string
}

func (r amountRule) compile() *amountRule {
	r.keywordList = keywordsOf(r.label)
	r.re = regexp.MustCompile(`(?:` + r.label + `)[^，,。；;\d%]{0,` + itoa(r.gap) + `}?` + num + `(` + r.units + `)`)
	if r.notClause != "" {
		r.notClauseRe = regexp.MustCompile(r.notClause)
	}
	return &r
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func (r *amountRule) Metric() string { return r.metric }

func (r *amountRule) keywords() []string { return r.keywordList }

func (r *amountRule) Extract(d *Doc) []zhnews.Fact {
	var out []zhnews.Fact
	for _, m := range d.FindAllWith(r.re, r.keywordList) {
		numStart := m.Loc[2]
		if isOrdinal(m.Sentence.Text[:numStart]) {
			continue
		}
		raw := m.Group(1)
		unit := m.Group(2)
		n, ok := numbers.Parse(raw + multiplierOf(unit))
		if !ok || n.Value <= 0 {
			continue
		}
		ev, s, e := m.Evidence(m.Loc[0], m.Loc[1])
		// The words around the figure: its clause up to the label, and
		// a few after it (投资同比增长).
		from := max(0, lastClauseBreak(m.Sentence.Text[:m.Loc[0]]))
		after := m.Sentence.Text[m.Loc[1]:min(len(m.Sentence.Text), m.Loc[1]+12)]
		if i := strings.IndexAny(after, clauseBreaks); i >= 0 {
			after = after[:i]
		}
		if r.notClauseRe != nil && r.notClauseRe.MatchString(m.Sentence.Text[from:m.Loc[1]]+after) {
			continue
		}
		var v any = n.Value
		if r.integer {
			v = n.Int()
		}
		out = append(out, zhnews.Fact{
			Metric: r.metric, Value: v, Approx: n.Approx, Unit: trimMultiplier(unit),
			Year: m.YearBefore(m.Loc[0]), Evidence: ev, Start: s, End: e,
		})
	}
	return out
}

// multiplierOf: a unit written with its multiplier (万人次, 亿元) scales the
// figure; the multiplier is passed on to the number parser.
func multiplierOf(unit string) string {
	for _, p := range []string{"万亿", "亿", "万"} {
		if len(unit) >= len(p) && unit[:len(p)] == p {
			return p
		}
	}
	return ""
}

func trimMultiplier(unit string) string {
	return unit[len(multiplierOf(unit)):]
}

func outpatientVisits() Extractor {
	return amountRule{
		metric:  "outpatient_visits",
		label:   `门急诊|门诊`,
		gap:     8,
		units:   `万人次|人次|万例|万人|人`,
		integer: true,
	}.compile()
}

func inpatientDischarges() Extractor {
	return amountRule{
		metric:  "inpatient_discharges",
		label:   `出院|住院患者|住院病人`,
		gap:     6,
		units:   `万人次|人次|万人|人`,
		integer: true,
	}.compile()
}

func surgeries() Extractor {
	return amountRule{
		metric:  "surgeries",
		label:   `手术`,
		gap:     6,
		units:   `万人次|人次|万台次|台次|万台|台|万例|例`,
		integer: true,
	}.compile()
}

func satisfactionRate() Extractor {
	return amountRule{
		metric: "satisfaction_rate",
		label:  `满意度|满意率`,
		gap:    10,
		units:  `%`,
	}.compile()
}

func investmentYuan() Extractor {
	return amountRule{
		metric: "investment_yuan",
		label:  `总投资|投资|投入资金|资金投入`,
		gap:    4,
		units:  `万亿元|亿元|万元|元`,
		// A part of the whole: this year's share, one phase, one source.
		notClause: `同比|其中|今年|本年度|年内|当年|首期|一期|二期|三期|剩余|累计完成|已完成|补助|拨付|争取`,
	}.compile()
}
