package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"zhnews"
	"zhnews/extract/numbers"
	"zhnews/internal/rx"
	"zhnews/segment"
)

// ranking reads a hospital's place in a ranking, with what was ranked
// (scope) and how many were (total):
//
//	在全国1521家三级综合医院中位列第357名 → 357, total 1521, scope 全国三级综合医院
//	2021年全国三级公立医院绩效考核排名160名 → 160, year 2021
//	湖南省地市级医院排名第一 → 1
//	“中国医院竞争力·县级医院500强”(第151名) → 151, total 500
//	公益风云榜TOP100强,位列91名 → 91, total 100
//	位列全国第34位、广东省第2位 → 34 (全国) and 2 (广东省)
//
// A change (较2021年进步了108名), a share (排名末位5%) or a list number is
// no ranking.
type ranking struct{}

// rankMiddle is what may stand between a rank verb and the place: the
// group or region (全省同类医院), the ranking's year (2023年度) and its
// name, quoted with the figures it holds (“某某医院100强”) or not
// (地级城市医院100强).
const rankMiddle = `(?:[^，,。；;、\d第“"「『《]|(?:19|20)\d{2}\s*(?:年度|年|届)|\d{2,4}\s*强|[“"「『《][^”"」』》，,。；;]{1,40}[”"」』》]){0,16}?`

const rankVerb = `(?:荣居|高居|稳居|位列|排名|名列|位居|列居|位于|排在|排行|并列|排|居|列|蝉联|荣登|跻身)`

var (
	rankOrdinal = rx.MustCompile(`^` + rankVerb + rankMiddle + `第\s*(` + numbers.Pattern + `)\s*(名|位)?`)
	// 位居全省榜首, 排在首位, 居全台之冠, 位居全省之首: the first place
	// without a number.
	rankTop = rx.MustCompile(`^(?:` + rankVerb + `[^，,。；;、\d第]{0,10}?(?:首位|榜首|头名|首名|冠军|之冠|之首)|居冠(?:[，,。；;、外]|$))`)
	// 从第208名跃进到第174名, 以第208名成为…: the place arrived at, or the
	// place with which it entered a list.
	rankArrive = rx.MustCompile(`^(?:大?(?:跃进|跃升|攀升|上升|提升|前进|进步|晋升|升|挺进)(?:到|至)|以)\s*(?:全国|全球|全省|全市|全台)?\s*第\s*(` + numbers.Pattern + `)\s*(名|位)`)
	rankPlain  = rx.MustCompile(`^` + rankVerb + `(?:全国|全省|全市|全区)?\s*(\d+)\s*(名|位)`)
	// 最终排名为 99。: a bare figure after 排名为 that ends its clause;
	// every match begins with one of rankBareStarts.
	rankBare       = rx.MustCompile(`^(?:排名|名次|排位)(?:为|是)\s*(\d{1,4})\s*(名|位)?`)
	rankBareStarts = []string{"排名为", "排名是", "名次为", "名次是", "排位为", "排位是"}
	rankParen      = rx.MustCompile(`(\d+)\s*强[”"」』]?\s*[(（]\s*第\s*(\d+)\s*(名|位)\s*[)）]`)
	rankTotal      = rx.MustCompile(`(?:(\d+|[一二三四五六七八九两]?[十百][一二三四五六七八九十零]*)\s*(?:多|余)?\s*(?:家|间)|(?:TOP|Top|top|前)?\s*(\d+)\s*强|百强)`)
	rankChange     = rx.MustCompile(`(?:进步|提升|上升|前进|提高|下降|后退|跃升|攀升)了?\s*$`)
	rankVerbRe     = rx.MustCompile(`^` + rankVerb)
	// 第一批, 第二届, 第一时间: ordinals of other things.
	notRankAfter = rx.MustCompile(`^(?:批|期|届|次|轮|阶段|类|时间|个|步|线|责任人|书记|议题|课|条|章|部分|季度|年)`)
	// Every rank verb holds one of these.
	rankKeywords = []string{"排", "居", "列", "位于", "蝉联", "荣登", "跻身"}
	// Every rank verb begins with one of these.
	rankVerbStarts = []string{"荣居", "高居", "稳居", "位", "名列", "列", "排", "居", "蝉联", "荣登", "跻身", "并列"}
	// The words rankArrive begins with.
	rankArriveStarts = []string{"大跃进", "跃进", "跃升", "攀升", "上升", "提升", "前进", "进步", "晋升", "升至", "升到", "挺进", "以第", "以 第"}
	rankCount        = rx.MustCompile(`\d+\s*(?:多|余)?\s*家`)
	// 在某某排行榜中: the ranking's name (the 中 of 中国, 中华, 中医, 中心
	// and 中山 is inside it).
	rankContext = rx.MustCompile(`在([^,，。;；在]{4,40}?)(?:榜单中|中(?:[^国华医心山]|$)|里)`)
	yearPrefix  = rx.MustCompile(`^(?:(?:19|20)\d{2}\s*年度?\s*)+`)
	// timePrefix: a time word before a scope (今年的复旦版…), the fact's
	// year and no part of the list's name.
	timePrefix = rx.MustCompile(`^(?:今年度?|去年度?|本年度|前年)\s*(?:的)?\s*`)
)

func (ranking) Metric() string { return "ranking" }

func (ranking) keywords() []string {
	k := append(append(append(append(rankKeywords[:len(rankKeywords):len(rankKeywords)], rankParenKeywords...), rankArriveStarts...), rankWonStarts...), rankBareStarts...)
	k = append(k, rankMoveStarts...)
	return append(append(append(append(k, rankYearPlaceStarts...), rankListKeywords...), tableKeywords...), bestPlacedKeywords...)
}

// listNounHead: 排行榜 and 排名榜 are the list, no verb of ranking.
var listNounHead = rx.MustCompile(`^(?:排行|排名)榜`)

// rankVerbMatches is FindAllFrom for re with the rank verbs' words, where
// a match that begins with a list's noun (排行榜中位列第5) is tried again
// after the noun: the verb that follows it is the place's.
func rankVerbMatches(d *Doc, re *rx.Regexp) []Match {
	var out []Match
	for _, s := range d.sentencesWith(rankKeywords) {
		for at := 0; at < len(s.Text); {
			ms := matchesFrom(segment.Sentence{Text: s.Text[at:]}, re, rankVerbStarts)
			next := len(s.Text)
			for _, m := range ms {
				for k := range m.Loc {
					if m.Loc[k] >= 0 {
						m.Loc[k] += at
					}
				}
				m.Sentence = s
				if head := listNounHead.FindString(s.Text[m.Loc[0]:]); head != "" {
					next = m.Loc[0] + len(head)
					break
				}
				out = append(out, m)
			}
			at = next
		}
	}
	return out
}

// rankAfterHospital: a place written right after a hospital's name, no
// verb between (a time word may be: 某某荣总今年第174名,), the clause
// ending there (今年某某医院第79名。), or in
// brackets after it, as a list of the ranked gives each its place
// (分别是:甲医院(第9名)、乙医院(第110)); groups 1 and 4 are the place
// with its 第 and measure word, in brackets or not.
var rankAfterHospital = rx.MustCompile(`(?:医院|卫生院|保健院|医学中心|荣总)\s*(?:[(（]\s*(第\s*(\d+)\s*(名|位)?)\s*[)）]|(?:(?:今年|去年|前年|本年度|今年度)\s*)?(?:` + placeRegion + `)?\s*(第\s*(\d+)\s*(名|位)?)\s*(?:[，,。；;、]|$))`)

// placeRegion: the region a place is in, written between a hospital's
// name and the place with no verb (某某医院台湾第3名、全球第128名).
const placeRegion = `全国|全省|全市|全区|全县|全台|台湾|全港|香港|全澳|澳门|全球|世界|亚洲`

// rankedBefore: a clause of the sentence before ranks already, so that a
// place written with no measure word after a name (甲医院排名第3,乙医院第4)
// is the next one's.
var rankedBefore = rx.MustCompile(rankVerb + `[^。；;]{0,30}第\s*\d+`)

// listLead: the words that open a list's first item (包括甲医院…).
var listLead = rx.MustCompile(`^(?:包括|包含|其中|有|如|是|为|以及)+`)

// hospitalSuffixAt returns the ending of a hospital's name that s, a
// rankAfterHospital match, begins with.
func hospitalSuffixAt(s string) string {
	for _, suffix := range []string{"医学中心", "卫生院", "保健院", "医院", "荣总"} {
		if strings.HasPrefix(s, suffix) {
			return suffix
		}
	}
	return ""
}

// rankAfterHospitalKeywords: every rankAfterHospital match holds one.
var rankAfterHospitalKeywords = []string{"院第", "心第", "总第", "院 第", "院(第", "院（第", "心(第", "心（第", "总(第", "总（第", "今年第", "去年第", "前年第", "年度第",
	// A region between the name and the place (placeRegion).
	"国第", "省第", "市第", "区第", "县第", "台第", "湾第", "港第", "澳第", "球第", "界第", "洲第"}

// rankParenKeywords: every rankParen match holds one.
var rankParenKeywords = []string{"强"}

func (ranking) Extract(d *Doc) []zhnews.Fact {
	var out []zhnews.Fact
	for _, re := range []*rx.Regexp{rankOrdinal, rankPlain} {
		for _, m := range rankVerbMatches(d, re) {
			if f, ok := rankFact(d, m, m.Group(1), m.Group(2)); ok {
				out = append(append(out, f), rankFollowers(m, f)...)
				out = append(out, runnerUp(d, m, f)...)
			}
		}
	}
	for _, m := range d.FindAllFrom(rankBare, rankBareStarts, rankBareStarts) {
		if !clauseEndsAt(m.Sentence.Text, m.Loc[1]) {
			continue // 排名为99。: the bare figure ends its clause
		}
		if f, ok := rankFact(d, m, m.Group(1), m.Group(2)); ok {
			out = append(out, f)
		}
	}
	for _, m := range d.FindAllFrom(rankArrive, rankArriveStarts, rankArriveStarts) {
		if f, ok := rankFact(d, m, m.Group(1), m.Group(2)); ok {
			out = append(out, f)
		}
	}
	for _, m := range d.FindAllFrom(rankTop, rankKeywords, rankVerbStarts) {
		// 榜首 and 首位 are said of anything: the sentence must speak of
		// a hospital before them (医院, 该院, 某某医院).
		if !strings.Contains(m.Sentence.Text[:m.Loc[0]], "院") {
			continue
		}
		if f, ok := rankFact(d, m, "1", ""); ok {
			out = append(out, f)
		}
	}
	for _, m := range d.FindAllWith(rankAfterHospital, rankAfterHospitalKeywords) {
		// 某某医院第79名: the place right after the name, no verb.
		loc, place, unit := m.Loc[8:], m.Group(5), m.Group(6)
		if m.Loc[2] >= 0 {
			loc, place, unit = m.Loc[2:], m.Group(2), m.Group(3) // 某某医院(第9名)
		} else if unit == "" && !rankedBefore.MatchString(m.Sentence.Text[:m.Loc[0]]) {
			continue // 甲医院第4 with no measure word: a place only after a ranking
		}
		pm := Match{Sentence: m.Sentence, Loc: loc}
		f, ok := rankFact(d, pm, place, unit)
		if !ok {
			continue
		}
		if m.Loc[2] < 0 && f.Hospital == "" {
			// 包括甲荣总第174名、乙医院第249名: the name right before the place
			// holds it, not the one the article speaks of most.
			text := m.Sentence.Text
			end := m.Loc[0] + len(hospitalSuffixAt(text[m.Loc[0]:]))
			name := listLead.ReplaceAllString(strings.TrimSpace(text[listItemStart(text, m.Loc[0]):end]), "")
			if institutionEnd.MatchString(name) && !isCategory(name) && utf8.RuneCountInString(name) <= 30 {
				f.Hospital = name
				if i := strings.LastIndex(f.Scope, name); i >= 0 {
					// 包括甲医院第174名: the words before the place are the
					// holder's name, no ranking's; a region after it is.
					f.Scope = strings.TrimSpace(f.Scope[i+len(name):])
				}
			}
		}
		if m.Loc[2] >= 0 {
			// A list's item: its name and its place are the fact, not the
			// whole list the clause holds (whose last name would take it).
			nameEnd := m.Loc[0] + strings.IndexAny(m.Sentence.Text[m.Loc[0]:m.Loc[1]], "(（")
			from := listItemStart(m.Sentence.Text, nameEnd)
			name := itemLead.ReplaceAllString(strings.TrimSpace(m.Sentence.Text[from:nameEnd]), "")
			if !institutionEnd.MatchString(name) || isCategory(name) || utf8.RuneCountInString(name) > 30 {
				continue
			}
			f.Hospital = name
			if strings.ContainsAny(f.Scope, "、()（）") {
				f.Scope = "" // the items before this one, no ranking's name
			}
			f.Evidence = strings.TrimSpace(m.Sentence.Text[from:m.Loc[1]])
			at := strings.Index(m.Sentence.Text[from:], f.Evidence)
			f.Start = pm.Rune(from + at)
			f.End = f.Start + utf8.RuneCountInString(f.Evidence)
		}
		out = append(out, f)
		if m.Loc[2] < 0 {
			out = append(out, rankFollowers(pm, f)...) // 台湾第3名、全球第128名
		}
	}
	for _, m := range d.FindAllWith(rankParen, rankParenKeywords) {
		f, ok := rankFact(d, m, m.Group(2), m.Group(3))
		if !ok {
			continue
		}
		if n, ok := numbers.Parse(m.Group(1)); ok {
			f.Total = int(n.Int())
		}
		// What was ranked is the quoted list's name (“…县级医院500强”).
		f.Scope = ""
		before := m.Sentence.Text[:m.Loc[0]]
		if i := strings.LastIndexAny(before, "“\"「『"); i >= 0 {
			f.Scope = strings.TrimLeft(before[i:], "“\"「『") + m.Group(1) + "强"
		}
		out = append(out, f)
	}
	out = append(out, rankLists(d)...)
	out = append(out, respectiveRankings(d)...)
	out = append(out, rankWonPlaces(d)...)
	out = append(out, rankMoves(d)...)
	out = append(out, bestPlaced(d)...)
	out = append(out, rankTables(d)...)
	carryListScopes(d, out)
	tidyScopes(out)
	giveEditionYears(d, out)
	giveStatedSizes(d, out)
	return out
}

var (
	// A second place after the first, in another scope: 位列全国第34位、
	// 广东省第2位; …第34位,全省第2位.
	rankFollower = rx.MustCompile(`^\s*(?:[、，,(（]|和|及|以及)\s*(?:在|位列|位居|排名|居|列)?\s*([^，,。；;、\d第]{1,10}?)\s*第\s*(` + numbers.Pattern + `)\s*(名|位)?`)
	// The scope of a following place: a region, or a group of hospitals
	// (同级医院, not 某某医院: a hospital named there holds its own place).
	followerScope = rx.MustCompile(`^(?:全国|全省|全市|全区|全县|全州|省内|市内|国内|区内|县内|全球|全世界|世界|亚洲|亚太|国际|台湾|全台|香港|全港|澳门|全澳|[^，,。；;]{1,8}?(?:省|市|自治区|区|县|州|地区)|(?:同级|同类|同等级|同级别|地市级|县级|市级|省级|综合|专科|公立|民营|社会办|中医)[^，,。；;]{0,4}?医院)(?:中|内)?$`)
)

var (
	// countMeans: a count of hospitals as the means of a place (以11家上榜
	// 医院排在第二位).
	countMeans = rx.MustCompile(`以\s*\d+\s*(?:多|余)?\s*家`)
	// countEntered: a count of hospitals that entered a list (北京市共有13家
	// 医院上榜).
	countEntered = rx.MustCompile(`(?:有|共有|共计有|计有|共计)\s*\d+\s*(?:多|余)?\s*家[^，,。；;]{0,8}?(?:上榜|入选|入围|进入|入榜)`)
)

// regionByCount reports whether the place read after clause is a
// region's ranked by how many hospitals it has on a list: the clause
// says so (以11家上榜医院), or the clause before when the verb opens its
// own (北京市共有13家医院上榜,排行第一). A pool (在1521家医院中, 有35家医
// 院入选的某地排名最高的是…) is no such count.
func regionByCount(clause, before string) bool {
	if !strings.Contains(before, "家") {
		return false
	}
	if countMeans.MatchString(clause) {
		return true
	}
	if strings.TrimSpace(clause) != "" {
		return false
	}
	prev := strings.TrimRight(before, "，, ")
	if i := lastClauseBreak(prev); i >= 0 {
		prev = prev[i:]
	}
	return countEntered.MatchString(prev)
}

// placeOfNext: a place said of what follows it (排名第1的是…, 排名第一的则为…).
var placeOfNext = rx.MustCompile(`^\s*的\s*(?:则|就)?\s*(?:是|为)`)

// clauseEndsAt reports whether the clause of s ends at byte at: a clause
// break or the sentence's end follows (排第12;).
func clauseEndsAt(s string, at int) bool {
	rest := strings.TrimLeft(s[at:], " ")
	if rest == "" || rest == "\n" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune(clauseBreaks, r)
}

var (
	// foreignNamed: a name written with its name in another language in
	// brackets after it (某某诊所罗彻斯特 (Mayo Clinic Rochester), 某某癌症
	// 中心(… Cancer Centre)); group 1 is the name as written, group 2 the
	// other language's.
	foreignNamed = rx.MustCompile(`([^\s，,。；;、:：()（）的]{2,20}?)\s*[(（]\s*([A-Za-z][^()（）]{1,80}?)\s*[)）]\s*$`)
	// foreignInstitution: the other language's name is an institution's
	// that treats (… Hospital, … Clinic, … Medical Center, … Health Network).
	foreignInstitution = rx.MustCompile(`(?i)hospital|clinic|medical|health|cent(?:er|re)|institut|infirmary|klinik|hôpital|spital|sjukhus`)
)

// foreignNameLead: the verb before a name that the name's bracket ends
// (排名最高的为某某医院(…)).
var foreignNameLead = rx.MustCompile(`^(?:则是|则为|就是|是|为|有)`)

// foreignNamedSubject returns the name s ends with when its foreign name
// in brackets follows it and names an institution that treats, or "".
// Whatever its Chinese name ends with, the bracket marks it as one
// institution's proper name (梅奥诊所罗彻斯特, 某某大学健康网络).
func foreignNamedSubject(s string) string {
	if !strings.Contains(s, ")") && !strings.Contains(s, "）") {
		return ""
	}
	m := foreignNamed.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || !foreignInstitution.MatchString(m[2]) {
		return ""
	}
	name := rankSubjectStart.ReplaceAllString(respectiveLead.ReplaceAllString(foreignNameLead.ReplaceAllString(m[1], ""), ""), "")
	if r, _ := utf8.DecodeRuneInString(name); !isHan(r) || utf8.RuneCountInString(name) < 3 || isCategory(name) || strings.ContainsAny(name, "是为在") {
		return ""
	}
	return name
}

// placedAfter: a place that describes the hospital named right after it
// (…第11的甲医院); group 1 is the name, up to the next item or clause.
var placedAfter = rx.MustCompile(`^\s*的\s*([^，,。；;、:：()（）和与及]{2,30}?)\s*(?:[，,。；;、()（）和与及]|$)`)

// placedNameGoesOn: a hospital's name after a place and 的 that goes on
// with the name's own clause (以418分位列第一, 今年排名第三); group 1 is the
// name.
var placedNameGoesOn = rx.MustCompile(`^(\p{Han}[^，,。；;、]{1,28}?(?:医院|卫生院|保健院|医学中心|医疗中心|诊所))(?:以|在|位|排|名|则|也|还|于|凭|今年|去年|再|继续|依旧|依然|仍)`)

// placedHospital returns the hospital's name a place describes when the
// place is written before it with 的, or "".
func placedHospital(after string) string {
	m := placedAfter.FindStringSubmatch(after)
	if m == nil {
		return ""
	}
	name := respectiveLead.ReplaceAllString(m[1], "")
	if n := placedNameGoesOn.FindStringSubmatch(name); n != nil && !institutionEnd.MatchString(name) {
		name = n[1] // 去年排名第二的甲诊所以418分位列第一: the name, then its own clause
	}
	if !institutionEnd.MatchString(name) || isCategory(name) || strings.ContainsAny(name, "是为有在") {
		// 排名第一的医院是甲医院: what the place is said of comes after 是
		return ""
	}
	return name
}

// listItemStart returns where the list item that ends at byte at of s
// begins: after the last separator or clause break before it.
func listItemStart(s string, at int) int {
	i := strings.LastIndexAny(s[:at], "、,，:：;；。")
	if i < 0 {
		return 0
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return i + size
}

// numberedName: what follows the number of a hospital's name (第一人民医
// 院, 第二附属医院).
var numberedName = rx.MustCompile(`^\p{Han}{0,4}?(?:医院|卫生院|保健院|医学中心)`)

// rankFollowers reads the places that follow the ranking f read by m, each
// in its own scope: the region or group written before its 第. The year,
// hospital and subject are the first place's.
func rankFollowers(m Match, f zhnews.Fact) []zhnews.Fact {
	var out []zhnews.Fact
	text := m.Sentence.Text
	for at := m.Loc[1]; ; {
		loc := rankFollower.FindStringSubmatchIndex(text[at:])
		if loc == nil {
			break
		}
		scope := strings.TrimSpace(text[at+loc[2] : at+loc[3]])
		end := at + loc[1]
		// A verb in the words starts a ranking of its own (…,连续三年位居全省
		// 第一), which the verb's own rule reads.
		if !followerScope.MatchString(scope) || containsAny(scope, rankKeywords) || notRankAfter.MatchString(text[end:]) || numberedName.MatchString(text[end:]) {
			break // …,乙市第一医院: the number is in a hospital's name
		}
		n, ok := numbers.Parse(text[at+loc[4] : at+loc[5]])
		if !ok || !n.IsInt() || n.Value < 1 || n.Approx {
			break
		}
		g := f
		g.Value, g.Total, g.Unit = n.Int(), 0, ""
		if loc[6] >= 0 {
			g.Unit = text[at+loc[6] : at+loc[7]]
		}
		g.Scope = strings.TrimSuffix(scope, "中")
		if f.Scope != "" && !regionOnly.MatchString(f.Scope) {
			g.Scope = f.Scope + "(" + g.Scope + ")"
		}
		g.Evidence, g.Start, g.End = m.Evidence(m.Loc[0], end)
		out = append(out, g)
		at = end
	}
	return out
}

// siblingName: a university's hospital named by its kind alone (附属第一医院,
// 附属口腔医院), as the university's pages write them.
var siblingName = rx.MustCompile(`^附属\p{Han}{1,8}?医院$`)

// hospitalPart: a department or centre of the hospital, written after its
// name as the subject of a ranking: the place is the part's.
var hospitalPart = rx.MustCompile(`(?:[^医学]科|科室|学科|专科|中心|病区|实验室|团队|护理部)$`)

// partReference: the words that refer back to the hospital before a part
// of it (该院心内科, 其骨科, 其中消化内科, 医院的眼科学科).
var partReference = rx.MustCompile(`^(?:其中|该院|本院|我院|该医院|医院|其|该|本|我)?\s*(?:的)?\s*`)

// personRanked: a person as the subject of a place (某教授位列…).
var personRanked = rx.MustCompile(`(?:教授|医生|医师|主任|院士|专家|护士长|名医|博士)$`)

// partsEnd: the adverbs after the parts a subject lists (心内科、骨科分别).
var partsEnd = rx.MustCompile(`(?:分别|均|都|也|还|各|则|共同|并列|双双)+$`)

// namesPart reports whether rest, the words after a hospital's name in a
// subject, names a part of it, or several (的骨科, 消化内科专业, 心内科、
// 骨科分别): the last one listed decides.
func namesPart(rest string) bool {
	rest = strings.TrimSpace(partsEnd.ReplaceAllString(strings.TrimSpace(rest), ""))
	if i := strings.LastIndexAny(rest, "、和与及"); i >= 0 {
		_, size := utf8.DecodeRuneInString(rest[i:])
		rest = rest[i+size:]
	}
	rest = strings.TrimPrefix(strings.TrimSpace(rest), "的")
	if rest == "" || utf8.RuneCountInString(rest) > 12 {
		return false
	}
	return hospitalPart.MatchString(rest) || strings.HasSuffix(rest, "专业")
}

// centreNamed: a medical centre named in full as the subject (而乙国某某
// 医疗中心则名列第233), which the gazetteer may lack: an institution of
// its own, holding its own place; group 1 is its name.
// A clinic named so (某某诊所, as 梅奥诊所 and 克利夫兰诊所 are written) is
// one too; the words before 的 say where it is or what it was (去年排名第
// 二的某某诊所).
var centreNamed = rx.MustCompile(`^(?:[^，,。；;]*?的|而|但|且|另外|同时|其中)?\s*([^\P{Han}的]{2,16}(?:医疗中心|医学中心|诊所))$`)

// rankedPart reports whether subject, with no hospital's name written in
// it, is a department, discipline, centre or person of the hospital the
// sentence refers back to (该院心内科在…中位列第5, 其泌尿外科专业排名全国第
// 十, 该院某教授位列…): the place is the part's, not the hospital's. A
// deictic 中心 alone (该中心) is the hospital itself.
func rankedPart(subject string) bool {
	if name, _ := lastWrittenHospital(subject); name != "" {
		return false // the rule after the name decides (甲医院胸痛中心…)
	}
	rest := strings.TrimSpace(subject)
	if rest != "" && rest[0] < 0x80 || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "•") || strings.HasPrefix(rest, "·") || strings.HasPrefix(rest, "●") {
		rest = partBullet.ReplaceAllString(rest, "")
	}
	rest = strings.TrimSpace(partReference.ReplaceAllString(rest, ""))
	if rest == "" || rest == "中心" || centreNamed.MatchString(subject) {
		return false
	}
	if hospitalPart.MatchString(rest) || strings.HasSuffix(rest, "专业") || personRanked.MatchString(rest) {
		return true
	}
	// 麻醉科和放射科连续多年排名全国第一, 泌尿外科全国排名第一: parts listed,
	// then how long or where they hold the place.
	if !strings.Contains(rest, "科") && !strings.Contains(rest, "中心") && !strings.Contains(rest, "专业") {
		return false
	}
	rest = strings.TrimSpace(partTail.ReplaceAllString(rest, ""))
	return rest != "" && namesPart(rest)
}

var (
	// partBullet: a list's bullet before a subject (- 泌尿外科…).
	partBullet = rx.MustCompile(`^[-–—•·*●]\s*`)
	// partTail: how long and where a subject holds its place, after it
	// (连续多年, 连续三年, 全国): no part of what is ranked.
	partTail = rx.MustCompile(`(?:连续\p{Han}{1,3}年|多年|长期|常年|始终|全国|全省|全市|全球|国内|省内)+$`)
)

// runnerUpRe: the hospital named next after a place, one place below it
// (甲医院名列第一,得分92.99%;其次是乙医院); group 1 is the name.
var runnerUpRe = rx.MustCompile(`^[^。；;!！?？第]{0,20}?[；;，,]\s*其次(?:是|为)\s*([^，,。；;、]{2,30}?)\s*(?:[，,。；;、]|$)`)

// runnerUpNext: the same, opening the next sentence (…得分92.99%;其次是乙医院).
var runnerUpNext = rx.MustCompile(`^\s*其次(?:是|为)\s*([^，,。；;、]{2,30}?)\s*(?:[，,。；;、]|$)`)

// runnerUp reads the hospital placed right after the place f read by m,
// in its sentence or at the start of the next.
func runnerUp(d *Doc, m Match, f zhnews.Fact) []zhnews.Fact {
	text := m.Sentence.Text
	from := m.Loc[1]
	loc := runnerUpRe.FindStringSubmatchIndex(text[from:])
	s := m.Sentence
	if loc == nil {
		if strings.Contains(text[from:], "第") || strings.ContainsAny(strings.TrimRight(text[from:], " \n"), "。!！?？") {
			return nil // another place, or the sentence ended the list
		}
		i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].Start > s.Start })
		if i >= len(d.Sentences) {
			return nil
		}
		s, from = d.Sentences[i], 0
		if loc = runnerUpNext.FindStringSubmatchIndex(s.Text); loc == nil {
			return nil
		}
	}
	name := s.Text[from+loc[2] : from+loc[3]]
	if !institutionEnd.MatchString(name) || isCategory(name) {
		return nil
	}
	g := f
	g.Hospital, g.Value, g.Unit = name, f.Value.(int64)+1, ""
	g.Evidence, g.Start, g.End = Match{Sentence: s}.Evidence(from+loc[2], from+loc[3])
	return []zhnews.Fact{g}
}

func rankFact(d *Doc, m Match, place, unit string) (zhnews.Fact, bool) {
	sent := m.Sentence.Text
	before := sent[:m.Loc[0]]
	if rankChange.MatchString(before) || notRankAfter.MatchString(sent[m.Loc[1]:]) || distributive.MatchString(sent[m.Loc[0]:m.Loc[1]]) {
		return zhnews.Fact{}, false
	}
	// A one-character verb must be a word of its own: 居 in 居民第一 is
	// no verb. (Two-character verbs are unambiguous, and gse sometimes
	// joins them to their neighbours: 考核排名.)
	// gse joins 排 and 居 to the 第 after them (排第|62|位): that is the verb
	// and its ordinal, when the word starts at the verb.
	// After 在…中 the verb follows the group it ranks in, which gse may
	// glue to it (在全省同级医院中/居/第二位 or 中居).
	afterGroup := strings.HasSuffix(before, "中") && strings.Contains(clauseOf(before), "在")
	if v := rankVerbRe.FindString(sent[m.Loc[0]:]); utf8.RuneCountInString(v) == 1 && !afterGroup && !(d.StartsToken(m.Rune(m.Loc[0])) && (d.StartsToken(m.Rune(m.Loc[0]+len(v))) || strings.HasPrefix(sent[m.Loc[0]+len(v):], "第") && (unit != "" || clauseEndsAt(sent, m.Loc[1])))) && !strings.HasPrefix(sent[m.Loc[0]:], "居冠") && !idiomTop(sent[m.Loc[0]:m.Loc[1]]) {
		return zhnews.Fact{}, false
	}
	if moveOn.MatchString(sent[m.Loc[1]:]) {
		return zhnews.Fact{}, false // 排名由第12位下降至第15位: a move's earlier place, which rankMoves reads
	}
	if listNoun.MatchString(sent[m.Loc[0]:]) {
		return zhnews.Fact{}, false // 排行榜连续第十: the list's name, no verb; the number is its run
	}
	n, ok := numbers.Parse(place)
	if !ok || !n.IsInt() || n.Value < 1 || n.Approx {
		return zhnews.Fact{}, false
	}
	ev, s, e := m.Evidence(m.Loc[0], m.Loc[1])
	clause := before
	if i := lastClauseBreak(clause); i >= 0 {
		clause = clause[i:]
	}
	if distributive.MatchString(clause) && placeListAfter.MatchString(sent[m.Loc[1]:]) {
		// 甲、乙分别位列第33名、44名: the first of the places handed out
		// over a list, which respectiveRankings reads.
		return zhnews.Fact{}, false
	}
	f := zhnews.Fact{
		Metric: "ranking", Value: n.Int(), Unit: unit, Year: placeYearBefore(sent[:m.Loc[0]]),
		Evidence: ev, Start: s, End: e,
	}
	subject := rankSubject(clause)
	if regionByCount(clause, before) {
		return zhnews.Fact{}, false // 上海市以11家上榜医院排在第二位: a region's place by its count of hospitals
	}
	if otherRanked.MatchString(regionTail.ReplaceAllString(subject, "")) || otherOrgRanked.MatchString(subject) || personLed(withoutPlaceChanges(sent), m.Loc[0]) || rankedPart(subject) {
		return zhnews.Fact{}, false // someone else's place, or a person's (某主任…,手术量名列全省第二)
	}
	// The hospital named as the subject holds the place (某市人民医院名列
	// 公立医院第一位; 某医院满意度位居全市第一).
	if name, rest := lastWrittenHospital(subject); name != "" && namesPart(rest) {
		return zhnews.Fact{}, false // 甲医院胸痛中心排名全省第一, 甲医院心内科、骨科分别…: the departments' standing
	}
	if name, rest := lastWrittenHospital(subject); name != "" && utf8.RuneCountInString(rest) <= 6 {
		if listNameTail.MatchString(strings.TrimSpace(rest)) {
			return zhnews.Fact{}, false // 某某版中国医院排行榜连续第十: the list's own run, no hospital's place
		}
		if !countedPool(subject, name) {
			f.Hospital = name
		}
	}
	if m := centreNamed.FindStringSubmatch(strings.TrimSpace(subject)); f.Hospital == "" && m != nil && !strings.HasPrefix(m[1], "该") && !strings.HasPrefix(m[1], "本") {
		f.Hospital = m[1]
	}
	if f.Hospital == "" && siblingName.MatchString(strings.TrimSpace(subject)) {
		// 附属口腔医院在全国…位列第11名: a university's hospital named by
		// its kind, as the university's own page writes it; it is no
		// other hospital of the article.
		f.Hospital = strings.TrimSpace(subject)
	}
	if f.Hospital == "" {
		// 其中某某诊所罗彻斯特 (Mayo Clinic Rochester)位列全球第一: the name
		// its foreign name follows; or the clause before, when the verb
		// opens its own (排名最高的为某某医院(… Hospital),位列第五).
		if name := foreignNamedSubject(subject); name != "" {
			f.Hospital = name
		} else if i := lastClauseBreak(before); i > 0 && strings.TrimSpace(clause) == "" {
			f.Hospital = foreignNamedSubject(strings.TrimRight(before[:i], "，, "))
		}
	}
	if strings.HasPrefix(strings.TrimLeft(sent[m.Loc[1]:], " "), "的") {
		if loc := placeOfNext.FindStringIndex(sent[m.Loc[1]:]); loc != nil {
			// 排名第1的是某地的甲医院: the place is the hospital's named
			// after it; a name that ends as no hospital's is someone else's.
			after := sent[m.Loc[1]+loc[1]:]
			if i := strings.IndexAny(after, clauseBreaks); i >= 0 {
				after = after[:i]
			}
			name, _ := lastWrittenHospital(after)
			if name == "" {
				return zhnews.Fact{}, false
			}
			f.Hospital = name
		}
	}
	if name := placedHospital(sent[m.Loc[1]:]); name != "" {
		// 排名第11的甲医院、排名第18的乙医院: the place describes the
		// hospital named after it.
		f.Hospital = name
	}
	f.Scope, f.Total = rankScope(clause, sent[:m.Loc[0]])
	group := rankGroup(sent[m.Loc[0]:m.Loc[1]])
	if group != "" && !regionOnly.MatchString(group) {
		// 位列社会办医院第一: the place is in its own group; a count of
		// the whole (全市115家医院) is not the group's size.
		f.Scope, f.Total = group, 0
	} else if name, rest := lastWrittenHospital(f.Scope); name != "" && !strings.Contains(clause, "在") {
		// The clause before the verb is its subject, and what follows
		// the hospital's name is what was measured (医院满意度位居全市第一
		// → 全省满意度).
		f.Scope = plausibleScope(group + strings.TrimSpace(rest))
	}
	if f.Total == 0 && group != "" && !regionOnly.MatchString(group) {
		// 荣登“某某医院100强”第25位: the list's size is in its name.
		if t := rankTotal.FindStringSubmatch(group); t != nil && t[2] != "" {
			f.Total = atoi(t[2])
		}
	}
	if f.Total == 0 && group != "" && regionOnly.MatchString(group) {
		f.Total = regionTotal(d, m.Sentence, group)
	} else if f.Total == 0 && group == "" && regionOnly.MatchString(f.Scope) {
		// 乙医院则在全台排名第2名, after 甲医院在全台35家受评医院中排名第1:
		// the region before the verb, its count said before.
		f.Total = regionTotal(d, m.Sentence, f.Scope)
	}
	if f.Scope == "" || f.Scope == "全国" || f.Scope == "全省" {
		// 在国家三级公立医院绩效考核中,医院…,2022年度排名全国第98位: the
		// ranking's name stands earlier in the sentence.
		if m := rankContext.FindAllStringSubmatch(sent[:m.Loc[0]], -1); len(m) > 0 {
			f.Scope = timePrefix.ReplaceAllString(yearPrefix.ReplaceAllString(m[len(m)-1][1], ""), "")
		}
	}
	if f.Total > 0 && int(n.Int()) > f.Total {
		f.Total = 0 // the number was something else (a year's 2021家)
	}
	return f, true
}

// comparedYear: a year a place is compared with (较2024年的218名进步10名,
// 与2022年相比), which is not the year of the place that follows.
var comparedYear = rx.MustCompile(`(?:较|比|相较于?|相比于?)\s*$`)

// placeYearBefore returns the last year written in s that is no year of
// comparison; 0 when there is none.
func placeYearBefore(s string) int {
	locs := yearBefore.FindAllStringSubmatchIndex(s, -1)
	for k := len(locs) - 1; k >= 0; k-- {
		l := locs[k]
		if comparedYear.MatchString(s[:l[0]]) || strings.HasPrefix(strings.TrimLeft(s[l[1]:], " 度"), "相比") {
			continue
		}
		return atoi(s[l[2]:l[3]])
	}
	return 0
}

// placeChange: a change of places (较上年提升20位, 前进了101位), whose N位 counts
// places, not persons.
var placeChange = rx.MustCompile(`(?:提升|上升|前进|进步|跃升|攀升|提高|下降|后退|下滑)了?\s*[\d一二三四五六七八九十百]+\s*(?:位|名)`)

// yearPlace: a place of a year or a move's earlier place (去年218名, 从35
// 位), whose N名 counts places too.
var yearPlace = rx.MustCompile(`(?:去年|今年|前年|上年|本年度|从|由)\s*(?:的)?\s*(?:第\s*)?\d+\s*(?:名|位)`)

// withoutPlaceChanges masks the changes of places in s byte for byte, so
// that a person's count (3位专家) is not read in them and offsets stay.
func withoutPlaceChanges(s string) string {
	if !strings.ContainsAny(s, "位名") {
		return s
	}
	mask := func(c string) string { return strings.Repeat("#", len(c)) }
	s = yearPlace.ReplaceAllStringFunc(placeChange.ReplaceAllStringFunc(s, mask), mask)
	if strings.Contains(s, "前") || strings.Contains(s, "op") || strings.Contains(s, "OP") {
		s = topPlaces.ReplaceAllStringFunc(s, mask)
	}
	return s
}

// topPlaces: the top places of a list (险入前100名, 进入TOP 50位), whose N名
// counts places too.
var topPlaces = rx.MustCompile(`(?:前|TOP|Top|top)\s*\d+\s*(?:名|位)`)

// distributive: places handed out over a list (排名分别为第2、第5和第9名),
// which the list's rule reads, not the first place alone.
var distributive = rx.MustCompile(`分别|依次|依序`)

var (
	// What stands between a rank verb and 第: the group the place is in
	// (位列社会办医院第一), or a region (排名全省第一).
	rankGroupRe = rx.MustCompile(`^` + rankVerb + `(` + rankMiddle + `)(?:第|首位|榜首|头名|首名|之冠|之首|冠军)`)
	regionOnly  = rx.MustCompile(`^(?:全国|全省|全市|全区|全县|全州|省内|市内|国内|全台|全港|全澳|台湾|香港|澳门|全球|全世界|世界|亚洲)$`)
	// The subject of a ranking that is no hospital: a health bureau ranked
	// among the 主管部门, a county among counties.
	otherRanked = rx.MustCompile(`(?:局|委|厅|委员会|政府|部门|办公室|管理中心|县|区|市|省)$`)
	// regionTail: the region a subject is ranked in, written before the
	// verb (甲医院全省排名第12位): the place's scope, not the subject.
	regionTail = rx.MustCompile(`\s*(?:全国|全省|全市|全区|全县|全州|全台|省内|市内|区内|县内|国内|全球)\s*$`)
	// An organisation that is no hospital as the subject, perhaps with the
	// region it is ranked in (梅约诊所全球排名第1, 某某大学全国排名第三):
	// its place is not the hospital's the article is about.
	otherOrgRanked = rx.MustCompile(`(?:大学|学院|医学部|学部|公司|集团|研究所|研究院|银行|基金会|[A-Za-z]{3,})\s*(?:在)?(?:全球|全世界|世界|全美|美国|全国|全台|全省|全市|亚洲|国内)?$`)
	// The conjunctions that open a subject (而乙医院则…).
	rankSubjectStart = rx.MustCompile(`^(?:而|但|且|另外|同时)\s*`)
	// The adverbs after a subject, and the score the place was won with
	// (某诊所以418分位列第一).
	rankSubjectEnd = rx.MustCompile(`(?:则|也|还|均|都|亦|再次|再度|首次|继续|今年|去年|依旧|依然|仍然|仍|一直|以\s*[\d.]+\s*(?:分|%))+$`)
	// 全省41家医院参加调查: how many took part, stated in an earlier
	// sentence.
	regionCount = rx.MustCompile(`(全国|全省|全市|全区|全县|全台|全港)(?:共有|共|有)?(\d+)\s*[家间](?:(?:受评|参评)(?:医院|医疗机构|单位)|(?:医院|医疗机构|单位)?[^，,。；;]{0,6}?(?:参加|参与|参评|接受|纳入))`)
)

// rankGroup returns the words between the rank verb and 第 of a match.
func rankGroup(match string) string {
	g := rankGroupRe.FindStringSubmatch(match)
	if g == nil {
		return ""
	}
	// 排名为第45位: the copula after the verb names no group.
	return strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(g[1]), "为是了"))
}

// rankSubject is the clause before a rank verb up to 在 (…在全国…中): who
// holds the place.
func rankSubject(clause string) string {
	if i := strings.Index(clause, "在"); i >= 0 {
		clause = clause[:i]
	}
	return rankSubjectStart.ReplaceAllString(rankSubjectEnd.ReplaceAllString(strings.TrimSpace(clause), ""), "")
}

// regionTotal finds, in the sentence or the two before it, how many in
// region took part (全省41家医院参加调查 … 荣居全省第一 → 41).
func regionTotal(d *Doc, s segment.Sentence, region string) int {
	idx := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].Start >= s.Start })
	for k := idx; k >= 0 && k >= idx-2; k-- {
		if k >= len(d.Sentences) {
			continue
		}
		for _, m := range regionCount.FindAllStringSubmatch(d.Sentences[k].Text, -1) {
			if m[1] == region {
				return atoi(m[2])
			}
		}
	}
	return 0
}

// placeStated: a place stated between a list's size and the verb.
var placeStated = rx.MustCompile(`第\s*\d+\s*(?:名|位)`)

var (
	// The verb of ranking as the head of the list's name (排行榜).
	listNoun = rx.MustCompile(`^(?:排行|排名)榜\s*(?:连续|第)`)
	// What follows a name that is a list's (某某医院排行榜, 医院百强榜).
	listNameTail = rx.MustCompile(`^(?:排行榜|排行|排名榜|榜单|榜|百强|\d+强)`)
	// A scope names a region, a list or a measure (满意度); words without
	// any are the subject's remains (则, 北荣, 从去年的第208名一举).
	scopeWord = rx.MustCompile(`度|率|量|指数|分|绩|效|全|国|省|市|区|县|州|球|洲|亚太|榜|排行|排名|强|考核|评价|评比|评估|医院|中心|机构|类|组|专科|地区|境内|台湾|香港|澳门|\p{Latin}`)
	// Remains that are no list's name even beside such a word.
	scopeRemains = rx.MustCompile(`第\s*\d+\s*[名位]|去年|今年|一举|见图|[(（]`)
)

// countedPool: name is the pool a count stands before (在35家受评医院中排
// 名第1): the place is of a hospital the pool holds, not of the pool.
func countedPool(subject, name string) bool {
	i := strings.LastIndex(subject, name)
	if i <= 0 {
		return false
	}
	before := subject[:i]
	if strings.HasPrefix(name, "家") {
		before += "家"
	}
	return strings.HasSuffix(before, "家") && len(before) > len("家") && before[len(before)-len("家")-1] >= '0' && before[len(before)-len("家")-1] <= '9'
}

// rankScope reads what was ranked from the clause before the verb, and the
// total from "N家" there or "N强" earlier in the sentence.
func rankScope(clause, sentenceBefore string) (string, int) {
	total := 0
	locs := rankTotal.FindAllStringSubmatchIndex(sentenceBefore, -1)
	if n := len(locs); n > 0 && locs[n-1][2] < 0 && placeStated.MatchString(sentenceBefore[locs[n-1][1]:]) {
		// 500强(第151名)、…位居第一: the list's size (not a count of
		// those ranked, N家) is the other place's total.
		locs = nil
	}
	for _, loc := range locs {
		t := make([]string, 3)
		for k := 1; k < 3; k++ {
			if loc[2*k] >= 0 {
				t[k] = sentenceBefore[loc[2*k]:loc[2*k+1]]
			}
		}
		switch {
		case t[1] != "":
			// 四十二间 (Hong Kong and Taiwan reports write the count in
			// Chinese numerals and count hospitals with 间 as often as 家).
			total = atoiOrHan(t[1])
		case t[2] != "":
			total = atoi(t[2])
		default:
			total = 100 // 百强
		}
	}
	scope := clause
	if i := strings.LastIndex(scope, "在"); i >= 0 {
		scope = scope[i+len("在"):]
	}
	scope = timePrefix.ReplaceAllString(yearPrefix.ReplaceAllString(strings.TrimSpace(scope), ""), "")
	scope = rankCount.ReplaceAllString(scope, "")
	scope = strings.TrimSuffix(strings.TrimSuffix(scope, "中"), "里")
	scope = strings.Trim(scope, " “”\"《》()（）·")
	return plausibleScope(scope), total
}

// plausibleScope: s as the scope of a place when it names a region or a
// list (以全球 → 全球), or "" for what the subject's words leave (则, 北荣,
// 从去年的第208名一举).
func plausibleScope(s string) string {
	s = strings.TrimPrefix(s, "以")
	if !scopeWord.MatchString(s) || scopeRemains.MatchString(s) {
		return ""
	}
	return s
}

// atoiOrHan reads a count written in digits or in Chinese numerals
// (四十二, 一百二十); 0 when it cannot.
func atoiOrHan(s string) int {
	if n := atoi(s); n > 0 {
		return n
	}
	if n, ok := numbers.Parse(s); ok && n.Value >= 1 {
		return int(n.Value)
	}
	return 0
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// idiomTop: 居…之冠, 居…之首, idioms of the first place whose 居 gse may
// glue to the word before (得分/居 → 分居).
func idiomTop(match string) bool {
	return strings.HasSuffix(match, "之冠") || strings.HasSuffix(match, "之首")
}

// clauseOf returns the last clause of s: from its last clause break on.
func clauseOf(s string) string {
	if i := lastClauseBreak(s); i >= 0 {
		return s[i:]
	}
	return s
}

// lastClauseBreak returns the byte offset just after the last clause
// break in s, or -1.
func lastClauseBreak(s string) int {
	i := strings.LastIndexAny(s, clauseBreaks)
	if i < 0 {
		return -1
	}
	for j := i + 1; j <= len(s); j++ {
		if j == len(s) || s[j] < 0x80 || s[j] >= 0xC0 {
			return j
		}
	}
	return -1
}
