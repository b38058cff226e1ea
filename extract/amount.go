package extract

import (
	"strings"

	"zhnews"
	"zhnews/extract/numbers"
	"zhnews/internal/rx"
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
	// The unit may come with the label instead of the figure (门急诊人次达
	// 150万, 诊疗总人次156万, 出院人数4.5万, 手术台次2.3万).
	unitFirst string
	// volume: the label may be followed by 量 (门诊量, 接诊量, 手术量) and
	// then a bare figure in 万 (门诊接诊量达到88万): the word says what is
	// counted, so the unit may be left out.
	volume bool
	// closeLabel: a label of the list that takes its figure right after
	// it, or after a currency (投入1200万元, 投入人民币12亿元), where the
	// other labels allow gap runes: 投入防控物资1000多万元 is spent on
	// something, no investment.
	closeLabel string
	// bareUnitsOf, when set, rules out a bare multiplier (亿, 万) matched
	// as the unit when the text after it holds this: another currency or
	// another thing counted.
	bareUnitsOf *rx.Regexp
	// noPlan: a figure in a clause that plans it (可达, 预计, 建成后) is
	// none of the hospital's yet; investments are planned by nature.
	noPlan bool
	// percent: the figure is a rate, written with % or in words (百分之九
	// 十九点八); units then lists % alone and may be left out.
	percent bool
	// noSpan: a figure summed over a span the sentence states (一年来,
	// 4年来先后…, 自2010年以来) is a campaign's or a team's total, not the
	// hospital's volume of a year, unless the label says it is one (年门诊量).
	noSpan bool
	// figureFirst: the label as it may follow its figure, the figure
	// then qualifying it (提供了245000人次的门诊医疗服务, 完成3000余台手术);
	// firstUnits are the units such a figure takes, firstNotAfter what
	// after the label makes it another thing (门诊手术 is no visit).
	figureFirst, firstUnits, firstNotAfter string

	closeRe                                                                *rx.Regexp
	re, unitFirstRe, volumeRe, notClauseRe, figureFirstRe, firstNotAfterRe *rx.Regexp
	changeToRe                                                             *rx.Regexp // the figure a change went to, after the one it started from
	exactAfterRe                                                           *rx.Regexp // the exact figure after a mark the amount passed
	continuedRe                                                            *rx.Regexp // the figure in the clause after the label's
	keywordList                                                            []string
}

func (r amountRule) compile() *amountRule {
	r.keywordList = keywordsOf(r.label)
	units := `(` + r.units + `)`
	if r.percent {
		units += `?`
	}
	r.re = rx.MustCompile(`(?:` + r.label + `)[^，,。；;\d%]{0,` + itoa(r.gap) + `}?` + num + units)
	// 满意度持续提升,达到99.1%: the label's clause says how the amount
	// went, the next clause gives it.
	r.continuedRe = rx.MustCompile(`(?:` + r.label + `)[^，,。；;\d%]{0,12}[，,]\s*(?:达到|达|为|升至|提升至|提高到|提高至|上升至|上升到|增至|稳定在|保持在)了?` + num + units)
	if r.unitFirst != "" {
		// The figure must not run on into a unit of another thing (元,
		// 平方米).
		r.unitFirstRe = rx.MustCompile(`(?:` + r.label + `)(?:量|服务量|总)?(` + r.unitFirst + `)(?:数|总数|量)?[^，,。；;\d%]{0,6}?` + num + `(万)?` + figureEnd)
	}
	if r.closeLabel != "" {
		r.closeRe = rx.MustCompile(`^(?:` + r.closeLabel + `)(?:人民币|新台币|港币|资金|经费)?` + num)
	}
	if r.volume {
		r.volumeRe = rx.MustCompile(`(?:` + r.label + `)(?:接诊|诊疗|就诊|服务|业务|总)?量[^，,。；;\d%]{0,6}?` + num + `(万)` + figureEnd)
	}
	if r.notClause != "" {
		r.notClauseRe = rx.MustCompile(r.notClause)
	}
	// 突破100万人次,达到102.6万人次: the exact figure after the mark, in
	// the next clause.
	r.exactAfterRe = rx.MustCompile(`^\s*[，,]\s*(?:达到|达|为|共计|总计|计)了?` + num + `(` + r.units + `)?`)
	r.changeToRe = rx.MustCompile(`^[^，,。；;\d]{0,4}?(?:增至|增加至|增加到|增长至|增长到|升至|上升至|上升到|提高至|提高到|提升至|提升到|降至|下降至|下降到|减少至|减少到|减至|达到|到|至)了?` + num + `(` + r.units + `)?`)

	if r.figureFirst != "" {
		r.figureFirstRe = rx.MustCompile(num + `(` + r.firstUnits + `)的?(?:` + r.figureFirst + `)`)
		if r.firstNotAfter != "" {
			r.firstNotAfterRe = rx.MustCompile(`^(?:` + r.firstNotAfter + `)`)
		}
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
	type found struct {
		m                 Match
		raw, unit, scaled string
	}
	var all []found
	for _, m := range d.FindAllWith(r.re, r.keywordList) {
		if r.closeRe != nil && strings.HasPrefix(m.Group(0), r.closeLabel) && !r.closeRe.MatchString(m.Group(0)) {
			continue
		}
		all = append(all, found{m, m.Group(1), m.Group(2), multiplierOf(m.Group(2))})
	}
	for _, m := range d.FindAllWith(r.continuedRe, r.keywordList) {
		all = append(all, found{m, m.Group(1), m.Group(2), multiplierOf(m.Group(2))})
	}
	if r.figureFirstRe != nil {
		for _, m := range d.FindAllWith(r.figureFirstRe, r.keywordList) {
			if r.firstNotAfterRe == nil || !r.firstNotAfterRe.MatchString(m.Sentence.Text[m.Loc[1]:]) {
				all = append(all, found{m, m.Group(1), m.Group(2), multiplierOf(m.Group(2))})
			}
		}
	}
	if r.unitFirstRe != nil {
		for _, m := range d.FindAllWith(r.unitFirstRe, r.keywordList) {
			if !amountChange.MatchString(m.Group(0)) {
				// 人数, 例数: the unit is the person, the case.
				all = append(all, found{m, m.Group(2), strings.TrimSuffix(m.Group(1), "数"), m.Group(3)})
			}
		}
	}
	if r.volumeRe != nil {
		for _, m := range d.FindAllWith(r.volumeRe, r.keywordList) {
			if !amountChange.MatchString(m.Group(0)) {
				all = append(all, found{m, m.Group(1), m.Group(2), m.Group(2)})
			}
		}
	}
	for _, c := range all {
		m, raw, unit := c.m, c.raw, c.unit
		numStart := strings.Index(m.Sentence.Text[m.Loc[0]:], raw) + m.Loc[0]
		if isOrdinal(m.Sentence.Text[:numStart]) {
			continue
		}
		if r.figureFirstRe != nil && m.Loc[0] != numStart && r.figureFirstQualifies(m.Sentence.Text[numStart:]) {
			continue // 手术服务以及8000余例的门诊手术: the figure qualifies the label after it, read there
		}
		if r.bareUnitsOf != nil && (unit == "亿" || unit == "万") && r.bareUnitsOf.MatchString(m.Sentence.Text[m.Loc[1]:]) {
			continue
		}
		n, ok := numbers.Parse(raw + c.scaled)
		if !ok || n.Value <= 0 || r.percent && unit == "" && !n.Percent {
			continue
		}
		if unit == "次" && !strings.ContainsAny(raw+c.scaled, "万亿") {
			continue // 门诊3次: times, not a volume (门诊31万余次 is one)
		}
		if r.percent && unit == "" {
			unit = "%" // 百分之九十九点八
		}
		if changeFrom := amountFrom.MatchString(m.Sentence.Text[m.Loc[0]:numStart]); changeFrom {
			// 门诊人数由14.9万人次增至18.8万人次: the figure is where the
			// change started; the amount is where it went.
			var moved bool
			if m, n, unit, moved = r.figureAfter(r.changeToRe, m, unit, c.scaled); !moved {
				continue // (由…到… of something else: no amount of this)
			}
		} else if amountThreshold.MatchString(m.Sentence.Text[m.Loc[0]:numStart]) || hasAnyPrefix(raw, thresholdHedges...) {
			// 门诊量首次突破100万人次,达到102.6万人次: the round figure is
			// a mark the amount passed; the amount is the one after it.
			if m2, n2, unit2, moved := r.figureAfter(r.exactAfterRe, m, unit, c.scaled); moved {
				m, n, unit = m2, n2, unit2
			}
		}
		ev, s, e := m.Evidence(m.Loc[0], m.Loc[1])
		// The words around the figure: its clause up to the label, and
		// a few after it (投资同比增长).
		from := max(0, lastClauseBreak(m.Sentence.Text[:m.Loc[0]]))
		after := m.Sentence.Text[m.Loc[1]:min(len(m.Sentence.Text), m.Loc[1]+12)]
		if i := strings.IndexAny(after, clauseBreaks); i >= 0 {
			after = after[:i]
		}
		if r.noPlan && amountPlan.MatchString(m.Sentence.Text[from:m.Loc[1]]) {
			continue // 建成后年门诊量可达50万人次: what a project is built for
		}
		if r.noSpan && (amountSpan.MatchString(m.Sentence.Text[:m.Loc[0]]) && !annualLabel.MatchString(m.Sentence.Text[:m.Loc[0]]) || teamSubject.MatchString(m.Sentence.Text[:m.Loc[0]])) {
			continue // 医疗队共诊疗病人3.5万人次: a team's work, not the hospital's volume
		}
		if r.noSpan && cumulativeSpan.MatchString(m.Sentence.Text[:m.Loc[0]]) && !singleYear.MatchString(m.Sentence.Text[:m.Loc[0]]) {
			continue // 近三年累计门诊量260万人次: a sum over years
		}
		if r.noSpan && partOfYear.MatchString(m.Sentence.Text[:m.Loc[0]]) && !annualLabel.MatchString(m.Sentence.Text[:m.Loc[0]]) {
			continue // 上半年门急诊56万人次, 国庆长假门诊2万人次: a part of the year's volume
		}
		if regionFigure(m.Sentence.Text[:m.Loc[0]]) {
			continue // 全市医疗机构门急诊…, 全省医院平均满意度…: a region's figure
		}
		if r.noSpan && partOfDepartment(m.Sentence.Text[:m.Loc[0]]) {
			continue // 收住骨科病人4000人次,其中住院手术3950例: the department's part
		}
		if partSubjectOfAmount.MatchString(m.Sentence.Text[:m.Loc[0]]) || departmentSelfBefore.MatchString(m.Sentence.Text[:m.Loc[0]]) {
			continue // 该科年门诊量3万人次: a department's figure
		}
		if rest := m.Sentence.Text[m.Loc[1]:]; strings.Contains(rest[:min(len(rest), 12*3)], "占") && amountShareOfWhole.MatchString(rest) {
			continue // …人次,占全院出院总人次22%: a part's figure given as its share
		}
		if hedgeAfter.MatchString(m.Sentence.Text[m.Loc[1]:]) {
			n.Approx = true // 满意度稳定在99%以上: the hedge after the unit (count.go)
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

// figureAfter reads the figure that re finds right after match m (re's
// group 1 the number, group 2 its unit when written), in m's unit
// otherwise. It returns m stretched over it, the figure and its unit, and
// false when re finds none or it is no figure.
func (r *amountRule) figureAfter(re *rx.Regexp, m Match, unit, scaled string) (Match, numbers.Number, string, bool) {
	after := m.Sentence.Text[m.Loc[1]:]
	t := re.FindStringSubmatchIndex(after)
	if t == nil {
		return m, numbers.Number{}, unit, false
	}
	if t[4] >= 0 {
		unit = after[t[4]:t[5]]
		scaled = multiplierOf(unit)
	}
	to, ok := numbers.Parse(after[t[2]:t[3]] + scaled)
	if !ok || to.Value <= 0 {
		return m, numbers.Number{}, unit, false
	}
	m.Loc = append([]int{m.Loc[0], m.Loc[1] + t[1]}, m.Loc[2:]...) // (a copy: the match's slice is shared)
	return m, to, unit, true
}

// amountThreshold: between the label and the figure, words that make it
// a mark passed (突破, 超过 written apart from the number: 突破了100万).
var amountThreshold = rx.MustCompile(`(?:突破|超过|跨越|迈过|破)了?\s*$`)

// thresholdHedges: the number's own hedges that make it a mark passed.
var thresholdHedges = []string{"超过", "超過", "超", "逾"}

// figureFirstQualifies: text, from a figure on, is a figure that qualifies
// the rule's label after it (8000余例的门诊手术).
func (r *amountRule) figureFirstQualifies(text string) bool {
	loc := r.figureFirstRe.FindStringIndex(text)
	return loc != nil && loc[0] == 0 && (r.firstNotAfterRe == nil || !r.firstNotAfterRe.MatchString(text[loc[1]:]))
}

// figureEnd: a figure whose unit was given before it ends here, not
// running on into a unit of another thing (元, 平方米, 人).
const figureEnd = `(?:[^\p{Han}\d.%％]|$|[，,。；;、])`

// bareMoneyAfter: what after a bare 亿 or 万 makes it no sum in yuan:
// another currency (美元, 港元, 新台币 written out is yuan of Taiwan's
// pages and stays), an area, people, visits, things.
var bareMoneyAfter = rx.MustCompile(`^(?:美|港|日元|欧|英镑|韩元|平方|亩|人|次|册|台|件|套|余人|多人)`)

// amountPlan: words of a clause that gives a figure planned or hoped
// for rather than counted, or a capacity (每天可服务门诊患者1万人次).
var amountPlan = rx.MustCompile(`可服务|可接待|可达|可望|有望|预计|预期|将达|将突破|将超过|建成后|投用后|投入使用后|运营后|规划|设计|目标|力争`)

// amountSpan: earlier in the sentence, a span the figure is summed over.
// (今年以来, a year so far, is none: the figure is this year's.)
var amountSpan = rx.MustCompile(`(?:\d+|[一二三四五六七八九十两几多数]+)\s*年来|(?:建院|成立|开院|建成|开业|开诊|援\p{Han}{1,2}|驻\p{Han}{0,2})以来|\d{4}\s*年以来|先后|期间`)

// cumulativeSpan: earlier in the sentence, a sum (累计) or the last years
// (近三年): the figure is summed over them, unless a single year is named
// (2023年医院累计完成…, 今年以来累计…).
var cumulativeSpan = rx.MustCompile(`累计|近\s*(?:\d+|[一二三四五六七八九十两几]+)\s*年`)

// singleYear: a year named alone (今年, 全年, 2023年), not the end of a
// span (2019年至2023年, 三年来).
var singleYear = rx.MustCompile(`今年|本年|全年|年度|当年|去年|上年|\d{4}\s*年(?:[^来以至到—－~～-]|$)`)

// amountShareOfWhole: right after the figure, its share of the
// hospital's whole (…人次,占全院门诊总人次数之27%): the figure is a part's.
var amountShareOfWhole = rx.MustCompile(`^[^，,。；;]{0,6}?[，,]?\s*(?:约|仅|共|已)?占(?:了)?(?:全院|医院|本院|该院|我院)`)

// partOfDepartment: the figure's clause begins with 其中 and the clause
// before it counts a department's patients (收住骨科病人4000人次,其中…):
// the figure is a part of the department's count.
func partOfDepartment(before string) bool {
	from := lastClauseBreak(before)
	if from <= 0 || !strings.HasPrefix(strings.TrimSpace(before[from:]), "其中") {
		return false
	}
	prev := strings.TrimRightFunc(before[:from], func(r rune) bool { return strings.ContainsRune(clauseBreaks, r) })
	if i := lastClauseBreak(prev); i >= 0 {
		prev = prev[i:]
	}
	return departmentPatients.MatchString(prev)
}

// departmentPatients: a department's patients, named by its specialty
// (骨科病人, 心内科患者, 儿科住院患者); 专科, 学科 and 本科 are no department.
var departmentPatients = rx.MustCompile(`[^专学本全分]科室?(?:住院|门诊)?(?:病人|患者|病例)`)

// partOfYear: earlier in the sentence, a part of a year the figure is
// for (上半年, 一季度, 1-10月, 国庆长假, 日均): no year's volume of the
// hospital's.
var partOfYear = rx.MustCompile(`上半年|下半年|[一二三四1-4]季度|前三季度|前[两二三四五六七八九十\d]{1,2}个?月|\d{1,2}\s*月?\s*[-—~～至到]\s*\d{1,2}\s*月|[一二三四五六七八九十\d]{1,2}月份|春节|国庆|长假|黄金周|假期|节日期间|当天|当日|单日|日均|每天|每日|每周|月均|每月`)

// regionFigure: the figure's clause begins with a region (全市, 全省,
// 辖区), perhaps its hospitals or institutions (全省医院, 全市各级医疗机构),
// and names no hospital after it: the region's figure.
func regionFigure(before string) bool {
	from := max(0, lastClauseBreak(before))
	clause := before[from:]
	loc := regionLead.FindStringIndex(clause)
	return loc != nil && !strings.Contains(clause[loc[1]:], "院")
}

// regionLead: a region at a clause's start, with the kind of its
// institutions when named (全省医院, 全市各级医疗机构, 全区公立医院).
var regionLead = rx.MustCompile(`^\s*(?:(?:今年|去年|目前|截至目前|同时)[，,]?\s*)?(?:全市|全省|全区|全县|全国|全州|全盟|辖区|我市|我省|我区|我县|我国)(?:范围内)?(?:各级|各类|各|所有|二级以上|三级|公立|县级)?(?:公立)?(?:医院|医疗机构|医疗卫生机构|卫生机构|医疗单位)?`)

// annualLabel: the label, right before the match, says the figure is a
// year's (年门诊量, 全年手术量, 年均出院).
var annualLabel = rx.MustCompile(`(?:年|年度|年均|全年|每年)$`)

// partSubjectOfAmount: earlier in the sentence, a clause whose subject is a
// department or a party branch (该科…, 支部年均…, 病区…): its figures are
// the part's, not the hospital's.
var partSubjectOfAmount = rx.MustCompile(`(?:^|[，,；;])\s*(?:(?:近年来|目前|去年|今年|同时)[，,]?\s*)?(?:该科室?|本科室?|科室|该支部|本支部|支部|该病区|病区)`)

// amountFrom: the words between the label and the figure open a change
// (门诊人数由…, 出院人次从去年的…).
var amountFrom = rx.MustCompile(`(?:由|从)[^，,。；;\d]{0,6}$`)

// departmentSelfBefore: earlier in the sentence, a department speaking of
// itself (本部, 该部: Taiwan's 内科部 on its own page: 2021年统计本部接纳住院
// 病人…): its figures are the department's. 院本部 and 总部 are the
// hospital's main site, left as written.
var departmentSelfBefore = rx.MustCompile(`(?:^|[^院总])(?:本部|该部|我部)`)

// amountChange: a figure after these words is a change, not the amount
// (门诊人次同比增长12).
var amountChange = rx.MustCompile(`同比|环比|增长|增加|下降|减少|提高|提升|上升`)

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
		metric:    "outpatient_visits",
		noPlan:    true,
		noSpan:    true,
		label:     `门急诊|门、急诊|门/急诊|门诊|诊疗`,
		gap:       8,
		units:     `万人次|人次|万诊次|诊次|万例|万人|人|万次|次`,
		unitFirst: `人次`,
		volume:    true,
		integer:   true,
		// 提供了24万人次的门诊医疗服务; 门诊手术 is an operation.
		figureFirst:   `门急诊|门、急诊|门诊`,
		firstUnits:    `万人次|人次`,
		firstNotAfter: `手术|部`,
		// One service or clinic is a part of the visits.
		notClause: `远程|互联网|线上|义诊|体检|发热门诊|专科门诊|夜间门诊|特需|下乡`,
	}.compile()
}

func inpatientDischarges() Extractor {
	return amountRule{
		metric:    "inpatient_discharges",
		noPlan:    true,
		noSpan:    true,
		label:     `出院|住院患者|住院病人`,
		gap:       6,
		units:     `万人次|人次|万人|人`,
		unitFirst: `人次|人数`,
		volume:    true,
		integer:   true,
		// 收治1.1万人次的出院患者; 住院手术 is an operation.
		figureFirst:   `出院|住院患者|住院病人`,
		firstUnits:    `万人次|人次`,
		firstNotAfter: `手术`,
	}.compile()
}

func surgeries() Extractor {
	return amountRule{
		metric:    "surgeries",
		noPlan:    true,
		noSpan:    true,
		label:     `手术`,
		gap:       6,
		units:     `万人次|人次|万台次|台次|万台|台|万例|例`,
		unitFirst: `台次|例次|人次|例数|台数`,
		volume:    true,
		integer:   true,
		// 完成6200余例的住院手术, 开展3000余台手术.
		figureFirst: `(?:住院|门诊|日间|急诊)?手术`,
		firstUnits:  `万台次|台次|万台|台|万例|例`,
		// One kind of operation (其中四级手术2100台, 微创手术占…) is a part
		// of the whole.
		notClause: `(?:四级|三四级|三、四级|微创|机器人|腔镜|介入|达芬奇|疑难)手术`,
	}.compile()
}

func satisfactionRate() Extractor {
	return amountRule{
		metric:  "satisfaction_rate",
		noPlan:  true,
		label:   `满意度|满意率`,
		gap:     10,
		units:   `%`,
		percent: true,
	}.compile()
}

func investmentYuan() Extractor {
	return amountRule{
		metric: "investment_yuan",
		// 总经费 and 总工程经费: a project's budget, as Taiwan writes it;
		// 计划经费 and 投入经费: what the plan costs, what is put in.
		// 投入 alone (投入人民币12亿元, 投入1200万元购置设备) takes the
		// same sums, right after it; 投入使用 and 投入医护人员 hold none.
		label:      `总投资|投资|投入资金|资金投入|总工程经费|总经费|计划经费|投入经费|投入`,
		closeLabel: `投入`,
		gap:        4,
		// A sum after 投资 may leave 元 out (投资30多亿在新址建院, 投资5000万
		// 用于): the bare multiplier is yuan, unless another unit follows.
		units:       `万亿元|亿元|万元|元|亿|万`,
		bareUnitsOf: bareMoneyAfter,
		// A part of the whole: this year's share, one phase, one source.
		notClause: `同比|其中|今年|本年度|年内|当年|首期|一期|二期|三期|剩余|累计完成|已完成|补助|拨付|争取|原先|原本`,
	}.compile()
}
