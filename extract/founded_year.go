package extract

import (
	"strings"
	"unicode/utf8"

	"zhnews"
	"zhnews/extract/numbers"
	"zhnews/internal/rx"
	"zhnews/segment"
)

// foundedYear reads the year a hospital was founded:
//
//	a verb, then the year   创立于1900年 · 建于1939年 · 始建于一九五二年
//	the year, then the verb 1954年建院 · 民国46年7月1日创院的… · 自111年11月11日成立以来
//	the year, the hospital  1958年,某县人民医院正式成立 · 从1940年某县卫生院挂牌开诊
//	its first days          1950年,医院建院之初,只有…
//
// Years are read as written: Arabic, Chinese digit by digit (一九四〇,
// 一八六五), and in the ROC calendar (民国46年 = 1957, 民国前17年 = 1895;
// a bare 46年 or 111年 on a page that dates in that calendar). A founding
// whose subject is something else (党总支成立于2010年, 医共体组建于…, 门诊
// 大楼正式开业) is not the hospital's, nor is a renaming (更名为…并正式挂
// 牌), an anniversary (2020年建院70周年) or the creation of something the
// hospital founded (2017年创建胸痛中心).
type foundedYear struct{}

// yearPat is a year as a founding statement writes it, with 年: Arabic;
// four Chinese digits; 民国 (or 民国前, 民前) and a figure; a bare two or
// three digit figure, which is a year only in the ROC calendar (see
// yearValue).
const yearPat = `((?:1[6-9]|20)\d{2}|[一二][〇零一二三四五六七八九]{3}|(?:民国前|民前|民国)\s*[\d〇零一二三四五六七八九十百]{1,6}|\d{2,3})\s*年`

// eraPat is a year of an emperor's reign written before the year it is
// (始建于清光绪二十年(1894年)): the year in brackets is read.
const eraPat = `(?:(?:清|清朝|晚清|清代)?(?:道光|咸丰|同治|光绪|宣统)[元一二三四五六七八九十廿]{1,4}年\s*[(（]\s*)?`

// foundingAgentPat is who founded it or where, between a year and its
// founding verb: 由县政府, 在城南 (one clause, after an optional comma).
const foundingAgentPat = `(?:[,，]?\s*(?:由[^,，。;；由]{1,20}?|在[^,，。;；]{1,16}?))?`

// foundingBasePat is what a hospital was founded on, between the year and
// the verb: 1958年在原县卫生院基础上组建成立.
const foundingBasePat = `(?:[,，]?\s*在[^,，。;；在]{1,16}?(?:的)?基础上)?`

// approvalPat is the authority that approved a founding, between the year
// and the verb: 1985年经省政府批准成立, 1993年經衛生署核准設立 (profiles
// name who allowed the hospital, not who built it).
const approvalPat = `(?:[,，]?\s*经[^,，。;；经]{1,20}?(?:批准|核准|批复同意|同意))?`

// datePat is what may follow a year before the verb: a month (月, 月份)
// and a day (日, 号), in either kind of numeral.
const datePat = `(?:[\d一二三四五六七八九十]{1,3}\s*月(?:份)?)?(?:[\d一二三四五六七八九十]{1,3}\s*[日号])?`

var (
	// 创立于1900年, and in prose the time of it (医院成立时间是1948年, 建院的
	// 时间为1952年).
	foundedAfter = rx.MustCompile(`^(?:始建|始创|创建|创立|创办|创设|设立|建立|建|成立|组建|兴建|开办|开诊|开业|建院|创院|开院)(?:于|的?(?:时间|日期|年份)(?:是|为|在))\s*(?:西元|公元)?\s*` + eraPat + yearPat + datePat)
	// An infobox's row (建立时间 | 1998年3月3日 |, 成立日期:1985年, or
	// glued as a page dump writes it: 建立时间1966年8月17日): the row names
	// the page's hospital's founding.
	foundedRow = rx.MustCompile(`(?:^|[\n|｜])\s*(?:建立|成立|创建|创立|创办|建院|创院|始建|开院|开业)(?:时间|日期|年份|年代)\s*[|｜:：]?\s*(?:西元|公元)?\s*` + yearPat + datePat + `\s*(?:[|｜\n]|$)`)
	// Every foundedRow match holds one of these.
	foundedRowLabels = []string{"时间", "日期", "年份", "年代"}
	// 1954年建院, 民国46年7月1日创院的…: verbs that found only an
	// institution.
	// Who founded it may stand between (1919年由居民创办, 1872年由某某
	// 倡议创立), and a church's or a missionary's name with its order and
	// the name in its own script is long (由法国某修会修女某某(Sr. X)捐资
	// 创办): 30 characters.
	foundedBefore = rx.MustCompile(`^` + yearPat + datePat + approvalPat + `\s*(?:由[^，,。；;由]{1,30}?)?(?:正式|所)?(?:建院|创院|始建|始创|创建|创立|创办|创设|开院)`)
	// 医院于1956年成立, 自111年11月11日成立以来, 前身为1932年设立的某诊疗
	// 所, 前身是1962年组建的某医疗队, 医院于1958年建成开诊: verbs that also found
	// parts and programmes, and that open a building or a campus, say a
	// founding only when nothing follows them in the clause, or the
	// hospital they founded does (…成立的县人民卫生院).
	foundedOpen = rx.MustCompile(`^` + yearPat + datePat + approvalPat + foundingBasePat + `\s*(?:正式)?(?:组建|筹建)?(?:成立|建立|设立|组建|开业|开诊|营业|挂牌营业|挂牌开业|挂牌开诊|挂牌成立|建成开诊|建成开业|建成开院)(?:以来|至今)?(?:[,，。;；]|$|的)`)
	// 医院于1937年4月13日启用, 1874年1月6日落成, 于1998年3月3日正式开幕
	// (Taiwan's word): a hospital opened or completed; buildings, wards
	// and campuses open and are completed too,
	// so the verb must end the clause and the sentence name a hospital
	// before it and nothing else that is built (openedFact).
	foundedOpened = rx.MustCompile(`^` + yearPat + datePat + `\s*(?:正式)?(?:落成|建成)?(?:启用|落成|开幕)(?:[,，。;；]|$)`)
	// 1958年,长兴县人民医院正式成立。 The verb ends the clause: 2017年,医
	// 院成立医共体 founds something else. Where it was founded may stand
	// before the verb (1939年,某县卫生院在城南某祠堂创办).
	foundedLater = rx.MustCompile(`^` + yearPat + datePat + approvalPat + `[,，]?\s*([^,，。;；]{0,24}?(?:医院|卫生院|保健院|诊所|诊疗所|卫生所|病院))(?:在[^,，。;；]{1,16}?)?(?:正式)?(?:成立|建立|创建|创立|创办|建院|创院|开业|开院|开诊|营业|挂牌营业|挂牌开业|挂牌开诊|挂牌成立)(?:以来)?(?:[,，。;；]|$)`)
	// 1950年,医院建院之初,只有…: a clause about the first days names the
	// founding year.
	foundedBeginning = rx.MustCompile(`^` + yearPat + datePat + `[,，]?\s*([^,，。;；]{0,24}?)(?:建院|创院|开院|开办|创办|创建|创立|成立|建立|开业)(?:之初|初期|伊始)`)
	// 县政府于1984年筹建成立县中医院: the verb, then the hospital it founded
	// as its object, to the clause's end. Who founded it, or where, may
	// stand between, after a comma (1979年1月,在城南建立某医院; 1958年,由县
	// 政府创办某卫生院).
	foundedObjectName = rx.MustCompile(`^` + yearPat + datePat + approvalPat + foundingAgentPat + `\s*(?:正式|筹建|批准)?(?:成立|建立|创建|创立|创办|组建|开办)(?:了)?\s*([^,，。;；]{0,20}?(?:医院|卫生院|保健院))(?:[,，。;；]|$)`)
	// The expressions that begin with a year, tried where yearAt finds
	// one.
	yearFirstRules = []*rx.Regexp{foundedBefore, foundedOpen, foundedLater, foundedBeginning, foundedObjectName, foundedOpened}
	// 2013年创建成为二级甲等医院, 创建为三级医院: a grade attained in a
	// campaign (创建), not a founding.
	attainedAfter = rx.MustCompile(`^(?:成为|为|成功|达标|成了|成)`)
	// rebuiltBefore: before 建, what makes it another work on the hospital
	// than its founding: 扩建 (enlarged), 改建, 重建, 翻建, 续建, 迁建,
	// 筹建 (planned).
	rebuiltBefore = "扩改重翻续迁筹"
	// foundedAfter begins with a founding verb, one of these.
	verbStarts = []string{"始建", "始创", "创", "建", "成立", "组建", "兴建", "开", "设立"}
	// A year as yearPat reads it (it begins with a digit, 一, 二 or 民).
	yearAt = rx.MustCompile(`^` + yearPat)
	// Every founding pattern holds one of these.
	foundingKeywords = []string{"建于", "创于", "始创", "立于", "办于", "设于", "诊于", "业于", "院于", "建院", "创院", "始建", "创建", "创立", "创办", "开院", "成立", "建立", "设立", "组建", "创设", "开业", "开诊", "营业", "开办", "启用", "落成"}
	// Founded things that are not the hospital.
	otherFounding = rx.MustCompile(`党委|党总支|党支部|支部|委员会|中心|科室|[^医]科|联盟|医共体|医联体|基地|学会|协会|工作室|病区|院区|分院|新院|学校|学院|大学|集团|公司|大楼|门诊楼|病房楼|住院楼|综合楼|门诊部|研究所|工作站|急救站|血站|平台|号楼`)
	// The same at the start of what follows a founded hospital's name.
	otherFoundingNext = rx.MustCompile(`^(?:` + otherFounding.String() + `)`)
	// What a hospital renamed, merged or moved is: the event is no founding.
	renamed = rx.MustCompile(`更名|改名|改称|易名|改为|更改为|升格|升级|合并|划归|迁|搬|新址|新院`)
	// An anniversary or an age after the verb: 2020年建院70周年.
	// (Four digits and 年 are a year, the next clause's: 1952年开诊,1958年更名.)
	anniversaryAfter = rx.MustCompile(`^(?:(?:\d{1,3}|[一二三四五六七八九十百零〇两]+)\s*(?:周年|年|岁|週年)|周年|纪念)`)
	// Something the verb creates, right after it: 2017年创建胸痛中心.
	foundedObject = rx.MustCompile(`^(?:了)?[^，,。；;]{0,12}?(?:` + otherFounding.String() + `)`)
	// The predecessor of what the subject names: 某某医院的前身, 其前身.
	predecessorOf = rx.MustCompile(`(?:的|之|其)?前身(?:为|是|最早|可以追溯到|可追溯到|可追溯至)?$`)
	// A department speaking of itself (本部, 该部: Taiwan's 内科部 on its
	// own page); 院本部 and 医院本部 are the hospital's main campus.
	departmentSelf = rx.MustCompile(`^(?:本部|该部|我部)$`)
	// The words that end a subject before the year: 医院自, 该院于, 早在.
	subjectTail = rx.MustCompile(`(?:早在|最早|始|就|便|也|是|自|从|于|在|一家|一所|一座)+$`)
)

// lastWords is the end of s, where the subject of a verb after it stands.
func lastWords(s string) string {
	r := []rune(strings.TrimSpace(s))
	return string(r[max(0, len(r)-3):])
}

func (foundedYear) Metric() string { return "founded_year" }

func (foundedYear) keywords() []string { return foundingKeywords }

func (foundedYear) Extract(d *Doc) []zhnews.Fact {
	sents := d.sentencesWith(foundingKeywords)
	if len(sents) == 0 {
		return nil
	}
	// Whether the page dates in the ROC calendar is asked only of a bare
	// year, and then once.
	rocKnown, roc := false, false
	isROC := func() bool {
		if !rocKnown {
			rocKnown, roc = true, d.Traditional && taiwanPage(d.Text) || rocCalendar(d.Text)
		}
		return roc
	}
	var out []zhnews.Fact
	add := func(m Match, re *rx.Regexp) {
		if bareYear(m.Group(1)) && !isROC() {
			return
		}
		if f, ok := foundingFact(m, re, roc); ok {
			out = append(out, f)
		}
	}
	for _, s := range sents {
		for _, m := range matchesFrom(s, foundedAfter, verbStarts) {
			if r, _ := utf8.DecodeLastRuneInString(s.Text[:m.Loc[0]]); strings.ContainsRune(rebuiltBefore, r) && strings.HasPrefix(s.Text[m.Loc[0]:], "建") {
				continue // 扩建于, 重建于, 筹建于: a building enlarged, rebuilt or planned, no founding
			}
			add(m, foundedAfter)
		}
		if containsAny(s.Text, foundedRowLabels) {
			for _, loc := range foundedRow.FindAllStringSubmatchIndex(s.Text, -1) {
				// The row's label names what was founded: no subject to check.
				m := Match{Sentence: s, Loc: loc}
				if bareYear(m.Group(1)) && !isROC() {
					continue
				}
				if y, ok := yearValue(m.Group(1), roc); ok {
					ev, st, en := m.Evidence(m.Loc[2], m.Loc[3])
					out = append(out, zhnews.Fact{Metric: "founded_year", Value: int64(y), Unit: "年", Evidence: ev, Start: st, End: en})
				}
			}
		}
	}
	for _, s := range sents {
		years := yearsIn(s.Text)
		if len(years) == 0 {
			continue
		}
		for _, re := range yearFirstRules {
			for _, m := range yearFirstMatches(s, years, re) {
				add(m, re)
			}
		}
	}
	return out
}

// yearsIn returns the byte offsets where a year (yearAt) begins in t, left
// to right, not overlapping. A year is far rarer than the characters one
// can begin with (一, 二, digits), so the expressions that begin with one
// are tried only there.
func yearsIn(t string) []int {
	var out []int
	nian := -1 // the next 年 at or after i
	for i := 0; i < len(t); {
		if nian < i {
			j := strings.Index(t[i:], "年")
			if j < 0 {
				break
			}
			nian = i + j
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		// A year ends in 年 within a few characters (民国一百一十一 is 7).
		if nian-i <= 3*9 && (r >= '1' && r <= '9' || r == '一' || r == '二' || r == '民') {
			if loc := yearAt.FindStringIndex(t[i:]); loc != nil {
				out = append(out, i)
				i += loc[1]
				continue
			}
		}
		i += size
	}
	return out
}

// yearFirstMatches runs re, an expression anchored with ^ that begins with
// a year, at the years of sentence s: the leftmost, non-overlapping
// matches the unanchored expression gives.
func yearFirstMatches(s segment.Sentence, years []int, re *rx.Regexp) []Match {
	var out []Match
	end := 0
	for _, at := range years {
		if at < end {
			continue
		}
		if loc := re.FindStringSubmatchIndex(s.Text[at:]); loc != nil {
			for k := range loc {
				if loc[k] >= 0 {
					loc[k] += at
				}
			}
			out = append(out, Match{Sentence: s, Loc: loc})
			end = loc[1]
		}
	}
	return out
}

// bareYear: a year written as a two or three digit figure, which only the
// ROC calendar has.
func bareYear(raw string) bool {
	raw = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(raw), "年"))
	return len(raw) < 4 && raw != "" && isASCIIDigit(raw[0])
}

// foundingFact checks a founding match against what makes it someone
// else's, or no founding, and reads its year.
func foundingFact(m Match, re *rx.Regexp, roc bool) (zhnews.Fact, bool) {
	text := m.Sentence.Text
	yearAt := m.Loc[2]
	if yearAt > 0 && isASCIIDigit(text[yearAt-1]) || strings.HasSuffix(text[:yearAt], "第") {
		return zhnews.Fact{}, false // part of a longer figure, or an ordinal
	}
	y, ok := yearValue(m.Group(1), roc)
	if !ok {
		return zhnews.Fact{}, false
	}
	// The clause up to the match names what was founded.
	subject := text[:m.Loc[0]]
	if i := lastClauseBreak(subject); i >= 0 {
		subject = subject[i:]
	}
	subject = subjectTail.ReplaceAllString(strings.TrimSpace(subject), "")
	// 某某医院的前身始建于1906年: the predecessor's founding is the
	// hospital's (a former name is the same hospital).
	predecessor := predecessorOf.MatchString(subject)
	subject = predecessorOf.ReplaceAllString(subject, "")
	if subject == "" && quotedOtherTopic(text[:m.Loc[0]]) {
		// 第1是「某某诊所」,位于某地,成立于1864年: the clauses go on about
		// the quoted name, which is no hospital the article names.
		return zhnews.Fact{}, false
	}
	if departmentSelf.MatchString(subject) {
		// 本部成立于1959年: a department's page speaks of itself.
		return zhnews.Fact{}, false
	}
	if describedHospital(subject) {
		// 最早的民用政府医院始建于1848年: a hospital described, not named,
		// is another than the article's, which it would name.
		return zhnews.Fact{}, false
	}
	// A hospital's name right before the verb is the subject, whatever
	// it holds (湖州市中心医院始建于…); otherwise the subject must name
	// nothing else that can be founded.
	if !hospitalSuffix.MatchString(lastWords(subject)) && otherFounding.MatchString(hospitalSuffix.ReplaceAllString(subject, "")) {
		return zhnews.Fact{}, false
	}
	after := text[m.Loc[1]:]
	if re == foundedLater || re == foundedBeginning {
		// The words between the year and the verb name what was founded.
		between := strings.TrimSpace(m.Group(2))
		if renamed.MatchString(between) || re == foundedBeginning && between != "" && !namesHospital(between) {
			return zhnews.Fact{}, false // 1949年新中国成立之初
		}
	}
	if re == foundedOpened && !openedHospital(text[:m.Loc[0]], subject) {
		return zhnews.Fact{}, false
	}
	if re == foundedOpen && subject != "" && !strings.HasSuffix(text[:m.Loc[1]], "的") && !namesHospital(subject) {
		// 成立 and 开业 are said of anything: 中华人民共和国于1949年10月1日
		// 成立 is no hospital's founding. (In …成立的县卫生院 what follows
		// is what was founded.)
		return zhnews.Fact{}, false
	}
	if rest, ok := strings.CutPrefix(after, "的"); ok || strings.HasSuffix(text[:m.Loc[1]], "的") {
		// 成立于1934年的某市人民医院, 2010年成立的县卫生院: what follows
		// is what was founded.
		if !ok {
			rest = after
		}
		// 医院是创建于1881年的,…: the clause ends, its subject was founded.
		c, _ := utf8.DecodeRuneInString(rest)
		// 某医院是一家创办于2015年的民营医疗机构: a hospital named as the
		// subject may be described by its kind.
		described := hospitalSuffix.MatchString(lastWords(subject)) && foundedInstitution.MatchString(rest)
		// 某医院前身为1951年成立的某县妇幼保健站: whatever the predecessor
		// was (a station, a clinic, a team), its founding is the hospital's.
		if rest != "" && !strings.ContainsRune(clauseBreaks, c) && !foundsHospital(rest) && !described && !predecessor {
			return zhnews.Fact{}, false
		}
	} else if re != foundedOpen && re != foundedBeginning && foundedObject.MatchString(after) {
		return zhnews.Fact{}, false
	}
	// What follows the verb is its own only before a clause's break: after
	// one (1952年成立,60年来…) the next clause begins.
	last, _ := utf8.DecodeLastRuneInString(text[:m.Loc[1]])
	ownAfter := !strings.ContainsRune(clauseBreaks, last)
	if renamed.MatchString(subject) || ownAfter && (anniversaryAfter.MatchString(after) || strings.HasPrefix(after, "代") || attainedAfter.MatchString(after)) {
		// 建院70周年; 创立于1950年代 is a decade, not a year; 创建成为 a grade.
		return zhnews.Fact{}, false
	}
	if re == foundedObjectName {
		// What was founded is the name after the verb; another thing named
		// in it (医院新院区) or a renaming before it is none.
		if name := m.Group(2); attainedAfter.MatchString(name) || isCategory(name) && !levelReference(name) || otherFounding.MatchString(hospitalSuffix.ReplaceAllString(name, "")) || renamed.MatchString(name) {
			return zhnews.Fact{}, false
		}
	}
	// The match may end with the clause's break (1952年开诊,): the
	// evidence is the clause, not the next one too.
	to := m.Loc[1]
	if r, size := utf8.DecodeLastRuneInString(text[:to]); to-size > m.Loc[0] && strings.ContainsRune(clauseBreaks, r) {
		to -= size
	}
	ev, s, e := m.Evidence(m.Loc[0], to)
	return zhnews.Fact{Metric: "founded_year", Value: int64(y), Unit: "年", Evidence: ev, Start: s, End: e}, true
}

// describedSubject: a subject that ends in a hospital described with 的
// (最早的民用政府医院, 当地第一家的私立医院), its words after 的 no name.
var describedSubject = rx.MustCompile(`^(.*)的(\p{Han}{0,8})(?:医院|卫生院)$`)

// describedHospital: subject describes a hospital (…的…医院) other than by
// a possessive pronoun (我们的医院 is the article's own).
func describedHospital(subject string) bool {
	m := describedSubject.FindStringSubmatch(subject)
	if m == nil {
		return false
	}
	owner := m[1]
	for _, p := range []string{"我们", "我", "咱们", "本院", "该院", "他们", "她们", "自己"} {
		if strings.HasSuffix(owner, p) {
			return false
		}
	}
	return true
}

// openedHospital: what was opened or completed (启用, 落成) is a
// hospital: the clause's subject names one, or the clause has none and the
// sentence before it names a hospital and nothing else that is built
// (医院位于…,于1937年启用 — not 新大楼位于…,于2013年启用).
func openedHospital(before, subject string) bool {
	if subject != "" {
		return namesHospital(subject)
	}
	rest := hospitalSuffix.ReplaceAllString(before, "")
	return hospitalSuffix.MatchString(before) && !otherFounding.MatchString(rest) && !builtOther.MatchString(rest) && !renamed.MatchString(before)
}

// builtOther: what else is opened or completed besides a hospital (a
// ward, a building, a project).
var builtOther = rx.MustCompile(`楼|住院部|病房|大厦|工程|项目|设施`)

// quotedName: a name in quotation marks.
var quotedName = rx.MustCompile(`[“"「『]([^”"」』]{2,20})[”"」』]`)

// quotedOtherTopic: the sentence before a clause with no subject of its
// own quotes the name of an organisation that is no hospital (「某某诊所」,
// “某某大学”) and names no hospital after it: that name is the elided
// subject.
func quotedOtherTopic(before string) bool {
	locs := quotedName.FindAllStringSubmatchIndex(before, -1)
	if len(locs) == 0 {
		return false
	}
	last := locs[len(locs)-1]
	name := before[last[2]:last[3]]
	return otherOrgName.MatchString(name) && !hospitalSuffix.MatchString(name) && !hospitalSuffix.MatchString(before[last[1]:])
}

// otherOrgName: how the name of an organisation other than a hospital
// ends (a nickname in quotes, “老苏州”, names none).
var otherOrgName = rx.MustCompile(`(?:诊所|大学|学院|学校|公司|集团|研究所|研究院|协会|学会|基金会|银行|博物馆)$`)

// hospitalEnd ends the name of a hospital or a reference to one (该院,
// 我院, 某某荣总, 诊所).
var hospitalEnd = rx.MustCompile(`(?:院|荣总|诊所|卫生所)$`)

// namesHospital: words that end with a hospital's name or a reference to
// one, and name nothing else that can be founded before it.
func namesHospital(words string) bool {
	return hospitalEnd.MatchString(words) && (hospitalSuffix.MatchString(lastWords(words)) || !otherFounding.MatchString(words))
}

// foundedHospital: the words after …成立的 name a hospital (县人民卫生
// 院), not one of its parts (胸痛中心, 医院党委).
var foundedHospital = rx.MustCompile(`^[^，,。；;]{0,20}?(?:医院|卫生院|保健院|诊所|诊疗所|卫生所|病院)`)

// foundedInstitution: the words after …创办于2015年的 call a hospital by
// its kind (民营医疗机构, 医疗单位).
var foundedInstitution = rx.MustCompile(`^[^，,。；;]{0,12}?(?:医疗机构|医疗单位|医疗卫生机构)`)

func foundsHospital(after string) bool {
	loc := foundedHospital.FindStringIndex(after)
	return loc != nil && !otherFoundingNext.MatchString(after[loc[1]:])
}

// taiwanWords mark a page from Taiwan among traditional-script pages
// (mainland pages are mirrored in traditional script too): Taiwan's
// spelling 报导, its agencies and cities.
var taiwanWords = []string{"报导", "中央社", "台湾", "台北", "新北", "桃园", "台中", "台南", "高雄", "基隆", "新竹", "嘉义", "屏东", "宜兰", "花莲", "台东", "卫福部", "健保"}

// taiwanPage: the text reads as a Taiwan page's.
func taiwanPage(text string) bool {
	for _, w := range taiwanWords {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// rocCalendar: the text dates in the ROC calendar, as Taiwan pages do:
// it names 民国, or writes a date with a three-digit year (111年11月).
func rocCalendar(text string) bool {
	if strings.Contains(text, "民国") || strings.Contains(text, "民前") {
		return true
	}
	for at := 0; ; {
		i := strings.Index(text[at:], "年")
		if i < 0 {
			return false
		}
		i += at
		at = i + len("年")
		if isROCDate(text[:i], text[at:]) {
			return true
		}
	}
}

// isROCDate: before 年 stands a year 100 to 129 (not the end of a longer
// figure) and after it a month (1到2 digits and 月).
func isROCDate(before, after string) bool {
	n := len(before)
	if n < 3 || before[n-3] != '1' || before[n-2] < '0' || before[n-2] > '2' || !isASCIIDigit(before[n-1]) || n > 3 && isASCIIDigit(before[n-4]) {
		return false
	}
	k := 0
	for k < len(after) && k < 2 && isASCIIDigit(after[k]) {
		k++
	}
	return k > 0 && strings.HasPrefix(after[k:], "月")
}

// yearValue reads a year as yearPat matches it. A bare figure of two or
// three digits is an ROC year (N+1911) on a page in that calendar, and no
// year elsewhere (98年 may be 1998 or 2009).
func yearValue(raw string, roc bool) (int, bool) {
	raw = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(raw), "年"))
	var y int
	switch {
	case strings.HasPrefix(raw, "民国前"), strings.HasPrefix(raw, "民前"):
		n, ok := smallFigure(strings.TrimPrefix(strings.TrimPrefix(raw, "民国前"), "民前"))
		if !ok {
			return 0, false
		}
		y = 1912 - n
	case strings.HasPrefix(raw, "民国"):
		n, ok := smallFigure(strings.TrimPrefix(raw, "民国"))
		if !ok {
			return 0, false
		}
		y = 1911 + n
	case len(raw) < 4 && isASCIIDigit(raw[0]):
		if !roc {
			return 0, false
		}
		n, ok := smallFigure(raw)
		if !ok {
			return 0, false
		}
		y = 1911 + n
	default:
		// 1954, or 一九五四 / 一九五〇 read digit by digit.
		n, ok := numbers.Parse(raw)
		if !ok || !n.IsInt() || n.Approx || utf8.RuneCountInString(raw) != 4 {
			return 0, false
		}
		y = int(n.Int())
	}
	return y, y >= 1600 && y <= 2100
}

// smallFigure reads an ROC year's figure (46, 四十六, 一百一十一).
func smallFigure(s string) (int, bool) {
	n, ok := numbers.Parse(strings.TrimSpace(s))
	if !ok || !n.IsInt() || n.Approx || n.Value < 1 || n.Value > 200 {
		return 0, false
	}
	return int(n.Int()), true
}

func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }
