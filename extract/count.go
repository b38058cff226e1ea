package extract

import (
	"strings"
	"unicode/utf8"

	"zhnews"
	"zhnews/extract/numbers"
	"zhnews/internal/rx"
)

// countRule reads a count of something a hospital has (党支部, 党员, 职工,
// 床位) in the ways reporters write it:
//
//	number first   设置22个基层党支部 · 1000余名职工 · 党委下设九个支部
//	noun first     医院有党员260名 · 现有职工1572名 · 在职党员285名
//	a change       由原来的11个支部优化至20个 · 党员从…4名,发展到如今的739名 ·
//	               将原有的8个支部调整为现在的13个
//	a qualifier    职工(含合同制)1500人 · 员工(不含托管单位)4000多人
//
// For a change only the value it reached counts: the earlier one is
// history, as is a count said to be the old one (原有12个支部). A part is
// no total: 其他/其余/另外5个支部 are some of the branches, and 个别/最多/
// 平均 make a count one branch's or department's. The rule is data: the
// nouns, classifiers, the words allowed between noun and number, and the
// words that make a count someone else's, so that a new count metric is
// one rule in one file.
type countRule struct {
	metric      string
	units       string // classifiers: 个, 名|人|位, 张
	modifiers   string // words allowed between classifier and noun: 基层|在职
	nouns       string // the counted thing: 党支部|支部
	connect     string // between noun and number: 有|共有|现有|达
	notBefore   string // words right before the match that make it another thing: 临时
	notAfter    string // words right after the match: 专家 (10名党员专家)
	notClause   string // words in the clause that make it someone else's count
	notEarlier  string // words earlier in the sentence that make it a plan: 建成后
	wholeBefore string // words right before the number that make it the whole: 全院 (notAfter is waived)
	readPlanned bool   // a planned change's start is the present count (count_planned.go)
	ofTeams     bool   // the counted thing belongs to teams (临时党支部 of a 医疗队): a team's counts are not someone else's
	amongStaff  bool   // 职工1200人,其中党员300名: the members among the staff are the whole membership
	amongOrgs   bool   // 基层党组织45个,其中党总支4个、党支部41个: each kind among the organisations is all of its kind
	subset      bool   // the counted thing is itself a part (在职党员): 其中 before it introduces it, and makes it no part of another count
	allOf       string // words right before the number that make it everyone of the hospital (全院1200多名职工参加…): notClause is waived, save for others' counts
	kinds       string // words that make the counted thing one kind among others (正式, 在编): with another kind counted in the sentence, a part
	otherKinds  string // the other kinds (合同制, 编外): a count of one of them beside it makes a breakdown

	// Number first and noun first are read around each number of a
	// sentence (see Extract): unitsNouns must follow the number,
	// nounsBefore end right before it, within lookBehind bytes.
	unitsNouns, unitsAfter, nounsBefore  *rx.Regexp
	respectiveRe                         *rx.Regexp // see respectiveCounts
	lookBehind                           int
	changeFrom, changeNoun, changeEnd    *rx.Regexp
	changeLater                          *rx.Regexp // a count, then the figure it changed to (…210名,今年增至236名)
	changeDelta                          *rx.Regexp // the noun, a change by a figure, then the figure reached (党员较去年增加15名,达到402名)
	notBeforeRe, notAfterRe, notClauseRe *rx.Regexp
	notEarlierRe, wholeBeforeRe          *rx.Regexp
	shareOfWhole                         *rx.Regexp // after the count: 占全院总数…, the count is a part
	allOfRe                              *rx.Regexp
	kindRe, otherKindRe                  *rx.Regexp // set when kinds is: a breakdown by kind (正式职工…、合同制职工…)
	kindBeforeRe                         *rx.Regexp // the kind right before a match that leaves it out (行政后勤|党支部3个)
	totalRe                              *rx.Regexp // the sentence's total of the counted thing (共有党支部13个), of which one kind is a part
	plannedFrom                          *rx.Regexp // set when readPlanned is
	keywordList                          []string   // a sentence without one has no count
}

const num = `(` + numbers.Pattern + `)`

// changeNow is the time a change reached its figure, written between the
// verb and the figure or before the verb (发展到如今的739名, 增加到今年的18
// 个, 由2015年的120名增加到2020年底的186名): when is no part of the count.
// reachedVerb: a count grown to its figure (增至, 增加到, 发展到, 壮大到),
// already (已) or not.
const reachedVerb = `已增至|已增加到|已增加至|已增长到|已增长至|已发展到|已发展至|已经发展到|已扩大到|已壮大到|增至|增加到|增加至|增长到|增长至|增到|上升到|上升至|升至|发展到|发展至|扩大到|扩大至|壮大到|壮大至|已壮大到|已壮大至`

const changeNow = `(?:(?:如今|现在|目前|现|今年|本年|当前|现今|年底|年末|今年底|今年年底|(?:19|20)\d{2}\s*年(?:底|末)?)(?:的)?)?`

// qualifierBytes bounds the length of a bracketed qualifier between a
// noun and its count (职工(含合同制)1500人), in bytes: 16 characters.
const qualifierBytes = 16*3 + 2*3

// qualifierStart returns where the bracketed qualifier that ends t begins,
// or len(t) when t ends with none.
func qualifierStart(t string) int {
	inner, ok := strings.CutSuffix(t, ")")
	if !ok {
		if inner, ok = strings.CutSuffix(t, "）"); !ok {
			return len(t)
		}
	}
	from := max(0, len(inner)-qualifierBytes)
	i := max(strings.LastIndex(inner[from:], "("), strings.LastIndex(inner[from:], "（"))
	if i < 0 || from+i == 0 {
		return len(t)
	}
	return from + i
}

var (
	// The label of an infobox's row that counts (雇员数 | , 职工数:) ends
	// right before the row's figure, or before the main site's label when
	// the row splits its count by site (雇员数 | 本院:775人 居家护理所:5人).
	// A page dump may glue the label to the site (雇员数本院:720人).
	rowLabelEnd = rx.MustCompile(`数\s*(?:[|｜:：]\s*(?:(?:本院|总院|院本部|本部)\s*[:：]\s*)?|(?:本院|总院|院本部|本部)\s*[:：]\s*)$`)
	// Right before a count (or its noun): the old count, not the present
	// one (原有12个支部, 原来的党员300名), or a part of the whole (其他5个
	// 支部, 其余党员40名, 另有职工20人).
	historyBefore = rx.MustCompile(`(?:原来的|原有的|原先的|原来|原有|原先|以前的|过去的|此前的|原)$`)
	// A staff count, then 其中 right before the count: 现有职工1200余人,其中.
	staffThenAmong = rx.MustCompile(`(?:` + staffNouns + `)[^，,。；;]{0,4}?(?:\d[\d,.]*|[一二三四五六七八九十百千两]+)\s*(?:余|多)?\s*(?:人|名|位)[，,]\s*(?:其中有?|当中|包括|包含)$`)
	// A count of the party organisations of every kind, then 其中 and the
	// kinds (基层党组织45个,其中党总支4个、党支部41个): what follows splits the
	// organisations by kind, so each figure is all of its kind, not a part
	// of it.
	orgsThenAmong = rx.MustCompile(`党组织[^，,。；;]{0,4}?(?:\d+|[一二三四五六七八九十百两]+)\s*(?:余|多)?\s*个[，,]\s*其中(?:有|包括)?[^，,。；;]*$`)
	// 其中有15名党员 is as much a part as 其中党员15名.
	partBefore = rx.MustCompile(`(?:其他|其它|其余|另外|另有|另|剩余的|剩余|余下的|余下|其中有|其中|当中|包括|包含)$`)
	// A clause that adds a part to the count before it (现有675床,外加分院
	// 75床; 另加门诊部20人): the part, not the whole.
	addedPartClause = rx.MustCompile(`^\s*(?:外加|另加|加上|再加上)`)
	// Right before the figure, the first end of a range (500至600张, 30~40
	// 名): the count is not known, and its upper end is no count.
	rangeEndBefore = rx.MustCompile(`[\d一二三四五六七八九十百千两]\s*(?:至|到|~|～|－|-)\s*$`)
	// In the clause before a count: one unit's figure, not the hospital's
	// (个别支部党员近200人, 平均每个支部党员20名, 人数最多的科室).
	oneUnitClause = rx.MustCompile(`个别|最多|最少|平均|人均|单个|每个|每一个`)
	// Earlier in the sentence: the hospital's first days, or then (建院之
	// 初只有职工20人,病床10张; 当时仅有病床10张); an infobox's 建立时间 row
	// is none. A word of the present after it (如今, 现有) ends its scope.
	firstDays = rx.MustCompile(`(?:建院|创院|开院|成立|创建|创办|建立|初建)(?:之初|初期|伊始|时(?:[^间期]|$))|初创时期|当时|那时|彼时`)
	nowAgain  = rx.MustCompile(`如今|现在|目前|现有|现已|今天|今日|至今|已有|已发展`)
	// Earlier in the sentence, the subject is a team with its head count
	// (援鄂医疗队有队员20名,其中党员12名; 130人的队伍包括…党员66人): the counts
	// that follow are the team's, not the hospital's. (The hospital's own
	// 人才队伍 and 党员队伍 carry no head count before them.)
	teamSubject = rx.MustCompile(`医疗队|医疗分队|队员|专家组|工作组|代表团|(?:\d+|[一二三四五六七八九十百]+)\s*(?:人|名)的?(?:医疗|医护|援\p{Han}{1,2})?队伍`)
	// Earlier in the sentence, the subject is a group of institutions, a
	// region's hospitals or an alliance's members, with their number
	// (全区现有公立医院4家,党支部22个; 共有12家成员单位,职工3000人; 集团下辖
	// 甲医院、乙医院等3家医院,共有职工5000人; 医联体涵盖12家成员单位): the
	// counts that follow are the group's.
	groupOfInstitutions = rx.MustCompile(`(?:公立医院|医院|医疗机构|卫生机构|成员单位)\s*(?:\d+|[一二三四五六七八九十两]+)\s*家|(?:有|共有|现有|拥有|包括|含|等|下辖|辖|涵盖|覆盖|旗下)\s*(?:\d+|[一二三四五六七八九十两]+)\s*家[^，,。；;\d]{0,6}?(?:医院|医疗机构|卫生机构|成员单位|卫生院)`)
)

var (
	// A group named at the start of the sentence as its subject (彰基体系
	// 今年…, 该医疗集团目前共有…, 县域医共体现有…).
	groupAtStart = rx.MustCompile(`^([^，,。；;]{0,12}?)(?:医疗体系|体系|医疗集团|健康集团|集团|医共体|医联体)`)
	// Before the group's name, a verb makes it an object (医院牵头组建医共
	// 体, 作为集团成员): the sentence's subject is then another.
	groupAsObject = rx.MustCompile(`组建|成立|牵头|加入|建立|打造|作为|是|与|和|同|在|由|联合`)
)

// groupSubject: the sentence (or the clause) before a count opens with a
// group of hospitals as its subject, and names no hospital between it and the
// count: the count is the whole group's (彰基体系…约1000床; not 某某健康集团
// 中心医院现有床位…, a hospital named after its group).
func groupSubject(before string) bool {
	loc := groupAtStart.FindStringSubmatchIndex(before)
	if loc == nil {
		return false
	}
	// 某医院牵头组建的医共体: a verb in a relative clause (…的) describes
	// the group, which stays the subject.
	if prefix := before[loc[2]:loc[3]]; !strings.HasSuffix(prefix, "的") && groupAsObject.MatchString(prefix) {
		return false
	}
	return !strings.Contains(before[loc[1]:], "院")
}

var (
	// A hospital's part named at the start of the sentence as its subject:
	// a campus (某医院东院区), a department or a centre of a named hospital
	// (某医院心内科, 某医院胸痛中心).
	partAtStart = rx.MustCompile(`^([^，,。；;]{0,24}?)(院区|科室|病区|科|中心)`)
	// Right before a campus, the words that make it all of them (两个院区,
	// 三院区, 各院区): the hospital.
	allCampuses = rx.MustCompile(`(?:[\d两二三四五六七八九十几多各]|个)$`)
	// Right before 科, the words that make it no department: degrees (本
	// 科, 专科) and 学科 (a discipline), 医学科 of 医学科学院.
	notDepartmentKe = rx.MustCompile(`[本专学]$`)
	// Between the hospital and its part, the words that join several into
	// a whole (本部及东院区, 内科和外科).
	joinedParts = rx.MustCompile(`及|和|与|、|以及`)
	// Before the part, a verb makes it an object (医院共有临床科室30个, 设有
	// 东院区), and a bracket a remark (最大医院(以单一院区计)): the
	// sentence's subject is the hospital.
	partAsObject = rx.MustCompile(`有|设|含|包括|组建|成立|建立|打造|作为|为|是|在|由|联合|以|[(（]`)
)

// hospitalPartSubject: the sentence (or the clause) before a count opens with one
// of a hospital's parts as its subject and names no hospital after it: the
// count is the part's (某医院东院区现有职工600人,开放床位500张; not 某妇产科医
// 院…, 某中心医院…, whose 科 and 中心 are in the hospital's name).
func hospitalPartSubject(before string) bool {
	loc := partAtStart.FindStringSubmatchIndex(before)
	// A part word inside the hospital's name (the 中心 of 某市中心人民医院)
	// is none: the next one after the name may be the subject
	// (某市中心人民医院东院区现有职工800人).
	for loc != nil && strings.Contains(before[loc[1]:], "院") {
		next := partAtStart.FindStringSubmatchIndex(before[loc[1]:])
		if next == nil {
			return false
		}
		for i := range next {
			next[i] += loc[1]
		}
		// The prefix runs from the sentence's start, as before.
		next[2] = 0
		if utf8.RuneCountInString(before[:next[3]]) > 24 {
			return false
		}
		loc = next
	}
	if loc == nil {
		return false
	}
	prefix, part := before[loc[2]:loc[3]], before[loc[4]:loc[5]]
	if joinedParts.MatchString(prefix) || partAsObject.MatchString(prefix) && !strings.HasSuffix(prefix, "的") {
		return false
	}
	switch part {
	case "院区":
		// A new campus the hospital moved to (医院新院区开放床位900张) is
		// where the hospital now is.
		return !allCampuses.MatchString(prefix) && !strings.HasSuffix(prefix, "新")
	case "科":
		return strings.Contains(prefix, "院") && !notDepartmentKe.MatchString(prefix)
	case "中心":
		return strings.Contains(prefix, "院")
	}
	return true // 科室, 病区
}

// partBracketStart opens a bracket that says what the count before it
// holds: 含, 包括, 其中 (23个党支部(含2个离退休党支部)).
var partBracketStart = rx.MustCompile(`^\s*(?:含|包含|包括|其中|内含|另含|不含)`)

// inPartBracket: the count stands in a bracket, still open, that says
// what the count before it holds: a part of that count, not another.
func inPartBracket(before string) bool {
	i, w := strings.LastIndex(before, "("), len("(")
	if j := strings.LastIndex(before, "（"); j > i {
		i, w = j, len("（")
	}
	if i < 0 {
		return false
	}
	inner := before[i+w:]
	return !strings.ContainsAny(inner, ")）") && partBracketStart.MatchString(inner)
}

// hedgeAfter: a hedge after a count's classifier (职工1000人以上, 床位500张
// 左右).
var hedgeAfter = rx.MustCompile(`^(?:以上|左右|上下)`)

// hedgeBefore: a hedge on the verb before the noun (约有职工1265人, 大约有
// 党员300名) hedges the figure after the noun.
var hedgeBefore = rx.MustCompile(`(?:大约|约)(?:有|共有|拥有)$`)

// foundingEvent: a sentence that opens by telling the founding as an
// event, the year first and the hospital the verb's object (1979年1月,在城南
// 建立某医院; 1958年,由县政府创办某卫生院): the figures after it are that
// year's. (1952年建院的某医院 says the hospital's founding year, and dates
// nothing.)
var foundingEvent = rx.MustCompile(`^\s*` + yearPat + datePat + foundingAgentPat + `\s*(?:正式)?(?:建立|成立|创建|创立|创办|组建|开办|兴建)(?:了)?[^，,。；;]{0,20}?(?:医院|卫生院|保健院|诊所|卫生所)`)

// ofFirstDays: the count belongs to the hospital's first days, named
// earlier in the sentence with no word of the present since.
func ofFirstDays(before string) bool {
	if loc := foundingEvent.FindStringIndex(before); loc != nil && !nowAgain.MatchString(before[loc[1]:]) {
		return true
	}
	locs := firstDays.FindAllStringIndex(before, -1)
	return len(locs) > 0 && !nowAgain.MatchString(before[locs[len(locs)-1][1]:])
}

// compile builds the rule's expressions; each metric file calls it once
// when the extractor list is built.
func (r countRule) compile() *countRule {
	mods := `(?:` + r.modifiers + `)?`
	if r.modifiers == "" {
		mods = ""
	}
	// 党员人数增至130名, 职工已发展到1350人: the figure the count reached,
	// with no earlier one given, is the count now (将增至, a plan, is not:
	// nothing may stand between the noun's words and the verb).
	conn := `(?:` + r.connect + `)?(?:` + reachedVerb + `)?`
	r.keywordList = keywordsOf(r.nouns)
	// 22个(基层)党支部: after the number.
	r.unitsNouns = rx.MustCompile(`^(` + r.units + `)` + mods + `(?:` + r.nouns + `)`)
	// (在职)党员(共有)260名, 职工(含合同制)1500人: before and after the
	// number (the qualifier is skipped: see qualifierStart).
	r.nounsBefore = rx.MustCompile(mods + `(?:` + r.nouns + `)` + conn + `$`)
	r.unitsAfter = rx.MustCompile(`^(` + r.units + `)`)
	r.respectiveRe = rx.MustCompile(`分别(?:有|拥有|现有|共有|设有|设|下设)?\s*` + mods + `(?:` + r.nouns + `)\s*(?:有|共|达)?\s*` + num + `\s*(` + r.units + `)((?:\s*(?:、|和|及|与)\s*` + numbers.Pattern + `\s*(?:` + r.units + `)?)+)`)
	r.lookBehind = longest(r.modifiers) + longest(r.nouns) + longest(r.connect) + longest(reachedVerb)
	// 由原来的11个支部优化至20个
	r.changeFrom = rx.MustCompile(`^(?:从|由|将|把)(?:原来的|原有的|原先的|原来|原有|原)?[^。；;]{0,12}?` + numbers.Pattern + `(?:` + r.units + `)` + mods + `(?:` + r.nouns + `)[^。；;]{0,15}?(?:到|至|为)(?:了)?` + changeNow + num + `(` + r.units + `)?`)
	// 党员总数较去年增加15名,达到402名: the change is measured against
	// another year, the figure after it is the count.
	r.changeDelta = rx.MustCompile(`^(?:` + r.nouns + `)(?:总数|人数|数量|总量|总人数)?[^，,。；;\d]{0,6}?(?:较|比)[^，,。；;\d]{0,8}?(?:增加|增长|减少|新增|净增|多)(?:了)?\s*` + numbers.Pattern + `\s*(?:` + r.units + `)\s*[，,]?\s*(?:总数|总人数|总量)?(?:已|已经)?(?:达到|达|增至|增加到|为|至)(?:了)?\s*` + num + `\s*(` + r.units + `)`)
	// After the value reached: nothing more, or the counted noun again.
	r.changeEnd = rx.MustCompile(`^` + mods + `(?:` + r.nouns + `)`)
	// 党员数量从1954年建院初期的4名,发展到如今的739名
	r.changeNoun = rx.MustCompile(`^(?:` + r.nouns + `)[^。；;\d]{0,6}?(?:从|由)[^。；;]{0,16}?` + numbers.Pattern + `(?:` + r.units + `)[^。；;\d]{0,12}?(?:到|至|为)(?:了)?` + changeNow + num + `(` + r.units + `)`)
	// 去年有党员210名,今年增至236名: a count, then in the next clause the
	// figure it grew (or shrank) to, with no noun of its own.
	r.changeLater = rx.MustCompile(`^\s*[，,]?\s*` + changeNow + `(?:已|已经|又|再)?(?:增至|增加到|增加至|增长到|增长至|增到|上升到|上升至|升至|发展到|发展至|扩大到|扩大至|扩充到|扩充至|减少到|减少至|减至|降至|下降到|下降至|调整为|调整到|调整至)(?:了)?\s*` + num + `\s*(` + r.units + `)`)
	if r.notBefore != "" {
		r.notBeforeRe = rx.MustCompile(`(?:` + r.notBefore + `)$`)
	}
	if r.notAfter != "" {
		r.notAfterRe = rx.MustCompile(`^(?:` + r.notAfter + `)`)
	}
	if r.notClause != "" {
		r.notClauseRe = rx.MustCompile(r.notClause)
	}
	if r.notEarlier != "" {
		r.notEarlierRe = rx.MustCompile(r.notEarlier)
	}
	if r.readPlanned {
		r.plannedFrom = r.plannedFromRe()
	}
	// 本部一般病床现有590床,占全院总数21%; 党员85名,占全院党员的三成: the
	// count is given as a share of the hospital's own (not 党员320名,占全院
	// 职工总数的25%, a share of something else).
	r.shareOfWhole = rx.MustCompile(`^[^，,。；;]{0,6}?[，,]?\s*(?:约|仅|共|已)?占(?:了)?(?:全院|医院|本院|该院|我院)(?:的)?总?(?:数|总数|总量|` + r.nouns + `)`)
	if r.allOf != "" {
		r.allOfRe = rx.MustCompile(`(?:` + r.allOf + `)$`)
	}
	if r.kinds != "" {
		// The kind opens a noun-first count (正式职工860人, 在职党支部12个)
		// or follows the figure and classifier of a number-first one (860
		// 名正式职工, 12个在职党支部).
		r.kindRe = rx.MustCompile(`^(?:[\d一二三四五六七八九十百千万两零〇,.]+\s*(?:余|多)?\s*(?:` + r.units + `))?(?:` + r.kinds + `)`)
		r.kindBeforeRe = rx.MustCompile(`(?:` + r.kinds + `)$`)
		// 设临床党支部10个,共有党支部13个: beside the total, one kind is
		// a part of it.
		r.totalRe = rx.MustCompile(`(?:共有|共计|总计|合计|总数|共设|共)\s*(?:[\d一二三四五六七八九十百千两]+\s*(?:` + r.units + `))?\s*(?:` + r.nouns + `)`)
		r.otherKindRe = rx.MustCompile(`(?:` + r.otherKinds + `)(?:` + r.nouns + `|人员)`)
	}
	if r.wholeBefore != "" {
		r.wholeBeforeRe = rx.MustCompile(`(?:` + r.wholeBefore + `)$`)
	}
	return &r
}

func (r *countRule) Metric() string { return r.metric }

func (r *countRule) keywords() []string { return r.keywordList }

func (r *countRule) Extract(d *Doc) []zhnews.Fact {
	// The sentences that name the counted thing, found once for the
	// rule's four expressions.
	sd := d.withSentences(d.sentencesWith(r.keywordList))
	if len(sd.Sentences) == 0 {
		return nil
	}
	var out []zhnews.Fact
	if r.plannedFrom != nil {
		out = r.plannedFromFacts(sd)
	}
	var taken [][2]int // rune spans of change matches
	for _, c := range []struct {
		re     *rx.Regexp
		starts []string
	}{{r.changeNoun, r.keywordList}, {r.changeFrom, changeStarts}} {
		for _, m := range sd.findChanges(c.re, c.starts) {
			if !r.endsChange(m) {
				continue
			}
			if f, ok := r.fact(d, m, 1, 2); ok {
				out = append(out, f)
				taken = append(taken, [2]int{m.Rune(m.Loc[0]), m.Rune(m.Loc[1])})
			}
		}
	}
	for _, s := range sd.Sentences {
		if !strings.ContainsAny(s.Text, "较比") {
			continue
		}
		for _, m := range matchesFrom(s, r.changeDelta, r.keywordList) {
			if !r.endsChange(m) {
				continue
			}
			if f, ok := r.fact(d, m, 1, 2); ok {
				out = append(out, f)
				taken = append(taken, [2]int{m.Rune(m.Loc[0]), m.Rune(m.Loc[1])})
			}
		}
	}
	respective, spans := r.respectiveCounts(sd)
	out = append(out, respective...)
	taken = append(taken, spans...)
	for _, m := range r.countsAroundNumbers(sd) {
		s := m.Rune(m.Loc[0])
		overlaps := false
		for _, t := range taken {
			if s >= t[0] && s < t[1] {
				overlaps = true
			}
		}
		if overlaps {
			continue
		}
		if later, ok := r.changedLater(m); ok {
			// The count is history: the figure it changed to is the count.
			m = later
		}
		if f, ok := r.fact(d, m, 1, 2); ok {
			out = append(out, f)
		}
	}
	return out
}

// countsAroundNumbers finds the number-first and noun-first counts of the
// sentences: every number the sentence holds (found once per document for
// all rules) is checked for a classifier and noun after it (22个党支部) or a
// noun before it and a classifier after it (党员260名). This reads each
// sentence once instead of trying two long expressions at every position.
// The matches are laid out as the expressions
// num(units)mods?nouns and mods?nouns conn? num(units) would give them:
// whole match, number, classifier.
func (r *countRule) countsAroundNumbers(d *Doc) []Match {
	var numFirst, nounFirst []Match
	for _, s := range d.Sentences {
		t := s.Text
		for _, n := range d.numbersIn(s) {
			ns, ne := n[0], n[1]
			if loc := r.unitsNouns.FindStringSubmatchIndex(t[ne:]); loc != nil {
				numFirst = append(numFirst, Match{Sentence: s, Loc: []int{ns, ne + loc[1], ns, ne, ne + loc[2], ne + loc[3]}})
			}
			unit := r.unitsAfter.FindStringIndex(t[ne:])
			if unit == nil {
				continue
			}
			// The noun ends where the number, or a qualifier before it, begins.
			nounEnd := qualifierStart(t[:ns])
			if loc := rowLabelEnd.FindStringIndex(t[:nounEnd]); loc != nil {
				// An infobox's row: 雇员数 | 1215人, 职工数:980人.
				nounEnd = loc[0] + len("数")
			}
			from := runeStartBefore(t, nounEnd-r.lookBehind)
			if loc := r.nounsBefore.FindStringIndex(t[from:nounEnd]); loc != nil {
				nounFirst = append(nounFirst, Match{Sentence: s, Loc: []int{from + loc[0], ne + unit[1], ns, ne, ne + unit[0], ne + unit[1]}})
			}
		}
	}
	return append(numFirst, nounFirst...)
}

// changedLater: the count m is followed in the next clause by the figure
// it changed to (去年有党员210名,今年增至236名; 員工為980人,今年已增至1050人):
// the match is widened to that figure, which is the count now, when nothing
// but the counted noun follows it (not 床位800张,增至1000张的规划 … of
// another thing).
func (r *countRule) changedLater(m Match) (Match, bool) {
	t := m.Sentence.Text
	end := m.Loc[1]
	if !strings.ContainsAny(t[end:], "增升发扩减降调") {
		return m, false
	}
	loc := r.changeLater.FindStringSubmatchIndex(t[end:])
	if loc == nil {
		return m, false
	}
	later := Match{Sentence: m.Sentence, Loc: []int{m.Loc[0], end + loc[1], end + loc[2], end + loc[3], end + loc[4], end + loc[5]}}
	if !r.endsChange(later) {
		return m, false
	}
	return later, true
}

// longest is the byte length of the longest word of an alternation.
func longest(alternation string) int {
	n := 0
	for _, w := range keywordsOf(alternation) {
		n = max(n, len(w))
	}
	return n
}

// runeStartBefore moves byte offset i of s (clamped to 0) forward to the
// start of a rune.
func runeStartBefore(s string, i int) int {
	if i <= 0 {
		return 0
	}
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

// fact checks a match against the rule's negatives and reads its value
// from group numGroup and its classifier from unitGroup.
func (r *countRule) fact(d *Doc, m Match, numGroup, unitGroup int) (zhnews.Fact, bool) {
	sent := m.Sentence.Text
	start, end := m.Loc[0], m.Loc[1]
	before := sent[:start]
	// The words right before: the longest of them is three characters.
	near := before[runeStartBefore(before, len(before)-9):]
	if r.notBeforeRe != nil && r.notBeforeRe.MatchString(before) || historyBefore.MatchString(near) || !r.subset && partBefore.MatchString(near) && !(r.amongStaff && staffThenAmong.MatchString(before)) && !(r.amongOrgs && orgsThenAmong.MatchString(before)) {
		return zhnews.Fact{}, false
	}
	clauseBefore := before
	if i := lastClauseBreak(clauseBefore); i >= 0 {
		clauseBefore = clauseBefore[i:]
	}
	if oneUnitClause.MatchString(clauseBefore) || ofFirstDays(before) || !r.ofTeams && teamSubject.MatchString(before) || groupOfInstitutions.MatchString(before) || groupSubject(before) || groupSubject(clauseBefore) || hospitalPartSubject(before) || hospitalPartSubject(clauseBefore) {
		return zhnews.Fact{}, false
	}
	if addedPartClause.MatchString(clauseBefore) || rangeEndBefore.MatchString(near) || inPartBracket(before) {
		return zhnews.Fact{}, false
	}
	if r.kindRe != nil && (r.kindRe.MatchString(sent[start:]) || r.kindBeforeRe.MatchString(before)) && (r.otherKindRe.MatchString(sent[:start]+sent[end:]) || r.totalRe.MatchString(sent[:start]+sent[end:])) {
		// 正式职工860人、合同制职工420人: one kind of a breakdown, a part.
		return zhnews.Fact{}, false
	}
	whole := r.wholeBeforeRe != nil && r.wholeBeforeRe.MatchString(before)
	if r.notAfterRe != nil && !whole && r.notAfterRe.MatchString(sent[end:]) {
		return zhnews.Fact{}, false
	}
	if after := sent[end:]; strings.Contains(after[:min(len(after), 12*3)], "占") && r.shareOfWhole.MatchString(after) {
		return zhnews.Fact{}, false
	}
	if r.notEarlierRe != nil && r.notEarlierRe.MatchString(before) && r.notEarlierRe.MatchString(sinceHospitalAgain(before)) {
		return zhnews.Fact{}, false
	}
	numStart := m.Loc[2*numGroup]
	// The match must begin a word: a figure or noun that starts inside a
	// gse token (the 3 of 第3个, the 党员 of 预备党员) is part of another
	// word.
	if !startsWord(d, m.Rune(start), start < numStart) || isOrdinal(sent[:numStart]) || insideQuotes(before) {
		return zhnews.Fact{}, false
	}
	raw := m.Group(numGroup)
	n, ok := numbers.Parse(raw)
	if !ok || !n.IsInt() || n.Value <= 0 {
		return zhnews.Fact{}, false
	}
	if raw == "一" || !n.Approx && (strings.HasPrefix(raw, "百") || strings.HasPrefix(raw, "千")) {
		// 一个支部, 一名党员, 百名党员: "a", "every", "a hundred" as
		// figures of speech, not counts. Hedged (千余人, 百余名) they are
		// a count's round figure.
		return zhnews.Fact{}, false
	}
	ev, s, e := m.Evidence(start, end)
	everyone := r.allOfRe != nil && r.allOfRe.MatchString(before)
	// The kinds split out of all the organisations are read whatever 其中
	// their clause opens with; its other words still count.
	clauseWords := ev
	if r.amongOrgs && orgsThenAmong.MatchString(before) {
		clauseWords = strings.Replace(ev, "其中", "", 1)
	}
	if r.notClauseRe != nil && r.notClauseRe.MatchString(clauseWords) && (!everyone || othersCount.MatchString(clauseWords)) {
		return zhnews.Fact{}, false
	}
	year := countYear(sent[:start])
	return zhnews.Fact{
		Metric:   r.metric,
		Value:    n.Int(),
		Approx:   n.Approx || hedgeAfter.MatchString(sent[end:]) || hedgeBefore.MatchString(near),
		Unit:     m.Group(unitGroup),
		Year:     year,
		Evidence: ev,
		Start:    s,
		End:      e,
	}, true
}

// foundingNearYear: words around a year that make it the year of a
// founding, a renaming or a predecessor (创建于1946年, 1985年更名为…), which
// is no date of a count later in the sentence.
var foundingNearYear = rx.MustCompile(`(?:建于|创于|立于|办于|设于|始建|始创|创建|创立|创办|建院|创院|成立|更名|改名|前身)\s*$|^\s*(?:[\d一二三四五六七八九十]{1,2}\s*月(?:[\d一二三四五六七八九十]{1,3}\s*[日号])?)?\s*(?:正式)?(?:建院|创院|始建|创建|创立|创办|成立|更名|改名)`)

// countYear is the year a count is for: the last year before it in the
// sentence, unless that year dates a founding or a renaming and the
// present (现有, 目前) came after it (创建于1946年,…现有职工1800名 is no
// count of 1946).
func countYear(before string) int {
	locs := yearBefore.FindAllStringSubmatchIndex(before, -1)
	if len(locs) == 0 {
		return 0
	}
	last := locs[len(locs)-1]
	lead, rest := before[runeStartBefore(before, last[0]-4*3):last[0]], before[last[1]:]
	if (foundingNearYear.MatchString(lead) || foundingNearYear.MatchString(rest)) && nowAgain.MatchString(rest) {
		return 0
	}
	y := 0
	for _, c := range before[last[2]:last[3]] {
		y = y*10 + int(c-'0')
	}
	return y
}

// startsWord: a match begins a word at rune r. A noun before its figure
// also does when gse glued its first character to the word before and
// cut the rest off (应到|会党|员): the next character starts a token.
func startsWord(d *Doc, r int, nounFirst bool) bool {
	return d.StartsToken(r) || nounFirst && d.StartsToken(r+1)
}

// changeStarts begin every changeFrom match.
var changeStarts = []string{"从", "由", "将", "把"}

// endsChange: a change's value is the counted thing's (由8个支部调整为12个,
// …为12个党支部), not another's (将12个支部划为3个片区).
func (r *countRule) endsChange(m Match) bool {
	after := m.Sentence.Text[m.Loc[1]:]
	c, _ := utf8.DecodeRuneInString(after)
	return !isHan(c) || r.changeEnd.MatchString(after)
}

// findChanges runs a change expression (anchored with ^) where one of
// starts stands, over the sentences that can hold a change: from (从, 由,
// 将, 把) … to (到, 至, 为), and two figures at least.
func (d *Doc) findChanges(re *rx.Regexp, starts []string) []Match {
	var out []Match
	for _, s := range d.Sentences {
		if strings.ContainsAny(s.Text, "从由将把") && strings.ContainsAny(s.Text, "到至为") && len(d.numbersIn(s)) >= 2 {
			out = append(out, matchesFrom(s, re, starts)...)
		}
	}
	return out
}

// insideQuotes: more opening than closing quotes before the match: the
// figure is part of a slogan or a title (“一个支部,一个堡垒”).
func insideQuotes(before string) bool {
	return strings.Count(before, "“") > strings.Count(before, "”")
}

// isOrdinal: the number is part of 第N (第一个党支部 is no count), or a
// digit run continues before it.
func isOrdinal(before string) bool {
	if before == "" {
		return false
	}
	last := before[len(before)-1]
	if last >= '0' && last <= '9' || last == '.' {
		return true
	}
	return len(before) >= len("第") && before[len(before)-len("第"):] == "第"
}

// hospitalAgain: the hospital named again as a clause's subject by a
// determiner (，该院…, ，我院…), after which the sentence speaks of it and no
// longer of the plan or building an earlier clause described.
var hospitalAgain = rx.MustCompile(`[，,;；](?:而|但|而且|同时)?\s*(?:(?:从|自)?[^，,;；]{0,12}?[，,])?\s*(?:该院|本院|我院)`)

// sinceHospitalAgain returns what before holds from the last clause
// that names the hospital again (新院区设计床位1000张,该院现有床位500张 →
// 该院现有床位500张): a plan word earlier describes another thing.
func sinceHospitalAgain(before string) string {
	locs := hospitalAgain.FindAllStringIndex(before, -1)
	if len(locs) == 0 {
		return before
	}
	return before[locs[len(locs)-1][0]:]
}
