package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"zhnews"
	"zhnews/internal/rx"
	"zhnews/segment"
)

// Mention is a hospital's name, or a reference to one, found in the text.
type Mention struct {
	Name       string // canonical: from the first place on (本溪市中心医院), with the province for a county's (湖北省大冶市人民医院)
	Written    string // as the text writes it (湖北大冶市人民医院)
	Start, End int    // rune offsets in the text
	Place      *Place // the lowest place in the name, when it has one
	// Ref marks a reference that needs the rest of the article to say which
	// hospital it is: 市人民医院, 屏东医院 after 卫生福利部屏东医院, 黄岛二医,
	// a nickname in quotes. Resolve links references to full names.
	Ref bool

	org       string // the organisation the name begins with (卫生福利部), before its place
	abbrev    bool   // an abbreviation (黄岛二医) whose Name its place spells out
	placeOnly bool   // a place's name and the suffix only (中山医院, 深圳医院)
	uniShort  bool   // a university hospital's short form (徐医附院), kept as written when the article gives no full name
}

// hospitalSuffixes end a hospital's name, longer first where one ends
// another (卫生院 before 医院 is not needed: 卫生院 does not end in 医院).
// Children's hospitals are also named medical centres (某市妇女儿童医疗中心),
// mental hospitals 精神卫生中心 (上海市精神卫生中心), and a city's hospital
// for infectious diseases 公共卫生临床中心 (also 公共卫生临床医疗中心,
// 公共卫生医疗中心, 公共卫生医疗救治中心); a 医疗中心 of another kind
// (区域医疗中心, 急救医疗中心) is a designation. Korean and Japanese
// hospitals keep their 病院 in Chinese news (首尔峨山病院, 东京大学医学部附属病院).
var hospitalSuffixes = []string{"医院", "卫生院", "保健院", "防治院", "疗养院", "病院", "医学中心", "儿童医疗中心", "精神卫生中心", "公共卫生临床中心", "公共卫生临床医疗中心", "公共卫生医疗中心", "公共卫生医疗救治中心"}

// hospitalSuffix matches any of hospitalSuffixes.
var hospitalSuffix = rx.MustCompile(strings.Join(hospitalSuffixes, "|"))

// maxNameLeft bounds how far before its suffix a name may start, in runes
// (中国医学科学院北京协和 is 10; 佛山市南海区大沥镇人民 is 11).
const maxNameLeft = 18

// maxNameMiddle bounds what stands between the place and the suffix
// (第一人民, 医科大学附属第一, 中西医结合).
const maxNameMiddle = 10

// posStopsName: the parts of speech (gse's tags) that never stand inside a
// hospital's name: verbs, prepositions, conjunctions, particles, adverbs,
// pronouns, time words, measure words, idioms. (Direction words stay:
// 南方医院, 东方医院; 省内医院 is a kind by categoryWords.) Names are
// nouns, places, persons' and organisations' names, numerals (第一) and
// words the dictionary lacks.
var posStopsName = map[string]bool{
	"v": true, "vd": true, "vg": true, "vi": true, "vq": true, "p": true, "c": true, "u": true,
	"uj": true, "ul": true, "uz": true, "uv": true, "ud": true, "ug": true, "d": true, "df": true,
	"dg": true, "r": true, "rr": true, "rz": true, "t": true, "tg": true, "q": true,
	"y": true, "e": true, "o": true, "ad": true, "l": true, "i": true,
	"a": true, "an": true, "ag": true, "vn": true,
}

// properPOS: the parts of speech a hospital's own name (国泰, 长庚, 协和,
// 瑞金) begins with when no place does: proper nouns, abbreviations (北大,
// 东大: "j"), and words the dictionary lacks ("").
var properPOS = map[string]bool{"nz": true, "nr": true, "nrt": true, "nrfg": true, "ns": true, "nt": true, "j": true, "": true}

// notProperFirst: proper nouns that begin names of kinds, not of one
// hospital (中国医院, 全国县市医院).
var notProperFirst = []string{"中国", "全国", "国际", "世界", "亚洲", "国家", "中华"}

// nameWords stand inside names although the dictionary tags them as
// verbs or the like (市立, 附属, and 附设, Taiwan's word for it, 康复, 整形).
var nameWords = map[string]bool{
	"市立": true, "省立": true, "县立": true, "区立": true, "国立": true, "附属": true, "附设": true, "直属": true, "康复": true,
	"整形": true, "美容": true, "护理": true, "疗养": true, "结合": true, "防治": true, "保健": true,
	"急救": true, "中心": true, "省": true, "市": true, "县": true, "区": true, "镇": true, "乡": true,
	"旗": true, "州": true, "盟": true, "卫生": true, "联合": true, "纪念": true, "综合": true,
}

// stopWords end a name from the left whatever the dictionary says:
// actions news writes right before a hospital (代表医院, 建设医院, 全院).
var stopWords = map[string]bool{
	"代表": true, "建设": true, "合作": true, "发展": true, "管理": true, "服务": true, "全院": true,
	"院内": true, "新建": true, "改建": true, "扩建": true, "打造": true, "创建": true, "成立": true,
	"获评": true, "荣获": true, "入选": true, "评为": true, "授予": true, "支持": true, "共建": true,
	"签约": true, "对接": true, "帮扶": true, "托管": true, "领办": true, "举办": true, "承办": true,
	// A hospital's part in an aid pairing (受援医院, 结对医院) is no name.
	"受援": true, "结对": true,
	"主办": true, "协办": true, "走进": true, "来到": true, "前往": true, "以及": true, "包括": true,
	// Who builds a hospital (倡建广华医院的董事局, 援建某医院) is not in its name.
	// Who holds an office (现任医院院长) is said before the hospital.
	"现任": true, "时任": true, "前任": true, "历任": true, "曾任": true, "兼任": true, "担任": true,
	// Where a patient is sent (转往某医院, 送至某医院): gse glues the verb
	// to a name it does not know (转往圣).
	"转往": true, "转至": true, "转到": true, "转入": true, "送往": true, "送至": true, "送到": true, "住进": true, "转介": true,
	// Another name given (又称山顶医院, 人称某某医院) begins after the word.
	"又称": true, "亦称": true, "也称": true, "俗称": true, "人称": true, "通称": true, "别称": true, "又名": true, "统称": true,
	// Who is thanked or overseen (谢谢某医院, 督导某医院) is named after, and
	// what is furthered (共谋医院发展, 弘扬医院文化) is no name at all.
	"谢谢": true, "感谢": true, "感恩": true, "督导": true, "监督": true, "要求": true,
	"共谋": true, "谋划": true, "弘扬": true, "推动": true, "促进": true,
	"倡建": true, "筹建": true, "兴建": true, "援建": true, "承建": true, "组建": true, "迁建": true, "重建": true, "捐建": true,
}

// categoryWords mark a kind of hospital rather than one hospital (三级医院,
// 公立医院, 基层医院, 合作医院, 在地医院): a name holding one is no name.
var categoryWords = []string{
	"公立", "私立", "民营", "综合性", "三级", "二级", "一级", "甲等", "乙等", "三甲", "二甲",
	"基层", "县级", "市级", "省级", "地市级", "区县", "县区", "县市", "市县", "乡镇", "社区", "城市", "农村", "定点",
	"示范", "标杆", "龙头", "合作", "友好", "协作", "托管", "帮扶", "对口", "结对", "成员", "全国", "全省",
	"全市", "全区", "全县", "各级", "各地", "各类", "各大", "各个", "部分", "多家", "大型", "知名", "著名", "一流",
	"现代化", "研究型", "教学", "营利", "互联网", "智慧", "数字化", "平安", "文明", "先进", "优秀",
	"社会办", "专科医院", "当地", "本地", "外地", "在地", "国内", "国外", "省内", "市内", "省外",
	"境外", "海外", "部队", "军队", "非公", "其他", "其它", "主要", "重点", "首批", "试点", "区域",
	"国家", "同级", "上级", "下级", "兄弟", "附近", "周边", "爱婴", "双方", "两家", "各家", "这家", "那家",
	// Who runs them, and the grades of rankings and lists (全国顶级医院,
	// 最佳州内医院).
	"市属", "省属", "县属", "区属", "部属", "顶级", "最佳", "州内",
	// The hospitals a ranking rates (受评医院, 参评医院).
	"受评", "参评",
	// Hong Kong's words for private and public hospitals (私家医院, 公营医院).
	"私家", "私营", "公营",
	// Taiwan's hospitals run by the ministry (部立医院, 署立医院 before 2013).
	"部立", "署立",
	// Who runs them, written short (省直医院, 国企医院, 高校医院): the
	// dictionary tags these abbreviations as it tags a proper name's (北大).
	"省直", "市直", "县直", "区直", "国企", "央企", "民企", "高校",
	// Honour rolls and prizes named after hospitals (十大人气医院奖, 全国百佳医院,
	// 十佳医院, 百强医院) and the classes of a ranking (西医类综合医院, 中医类医院).
	"十大", "十佳", "百佳", "百强", "人气", "医类",
	// A province's programme for its best hospitals (广东省高水平医院).
	"高水平", "高质量",
	// A tie or an owner, not a name (西非姐妹医院, 卫福部所属医院, 集团旗下医院).
	"姐妹", "姊妹", "所属", "下属", "旗下", "所辖",
	// A hospital described by its place in a series or a ranking (台中首座
	// 市立医院, 排名前十医院): the description, not its name. (首家, 首间
	// stay: 首间中医医院 is how Hong Kong names its first one.)
	"首座", "前十", "前三", "前五", "前二十", "前百",
}

// namesKind: the words of a name, its suffix included, hold one of
// categoryWords. 专科医院 after a specialty (骨科专科医院, 眼科专科医院) is
// the kind of one hospital's name, as 骨科医院 is, not the kind alone.
func namesKind(s string) bool {
	if strings.Contains(s, "科专科医院") {
		s = strings.ReplaceAll(s, "科专科医院", "科医院")
	}
	return containsAny(s, categoryWords)
}

// genericParts are the words a hospital's name is made of that say what
// kind of hospital it is, not which one: a name of these alone (人民医院,
// 市中心医院, 第一医院) is a reference the article must resolve.
var genericParts = []string{
	"中西医结合", "妇女儿童", "妇幼保健", "第一", "第二", "第三", "第四", "第五", "第六", "第七",
	"第八", "第九", "第十", "人民", "中心", "中医", "西医", "妇幼", "儿童", "妇产", "肿瘤", "口腔",
	"眼科", "骨科", "胸科", "传染病", "精神病", "精神卫生", "职业病", "结核病", "附属", "附设", "康复", "老年",
	"专科", "综合", "市立", "省立", "县立", "区立", "总", "省", "市", "县", "区", "镇", "乡", "一", "二", "三",
	"四", "五", "六", "七", "八", "九", "十", "医", "中",
}

// yearAlone: a year alone before the suffix (2011医院改革创新奖) dates
// what follows; a hospital's number (301医院, 第960医院) is no year.
var yearAlone = rx.MustCompile(`^(?:19|20)\d\d$`)

// partyFirst: a party's name, which names its branch or committee in a
// hospital (民盟某某医院支部, 中共某某医院委员会), never the hospital.
var partyFirst = rx.MustCompile(`^(?:中共|中国共产党|` + democraticParties + `)`)

// institutionPrefix: the start of a hospital's name that is no place: a
// university or college, or the army.
var institutionPrefix = rx.MustCompile(`^(?:\p{Han}{2,6}?(?:医科大学|中医药大学|医药大学|大学|医学院)|中国人民解放军|解放军|武警|中国医学科学院|中国中医科学院|中日友好)`)

// orgPrefixEnds end an organisation that a hospital's name begins with:
// 卫生福利部屏东医院, 行政院卫生署屏东医院, 中国医学科学院肿瘤医院, and a
// Taiwan foundation's (长庚医疗财团法人嘉义长庚纪念医院).
var orgPrefixEnds = []string{"部", "署", "厅", "科学院", "集团", "公司", "军区", "财团法人", "社团法人"}

// notNameAfter: what follows a suffix that makes it part of a longer name
// that is no hospital's (医院管理研究中心, 医院协会, 医院管理局, 医院排行榜), or
// makes it a topic (深化医院改革, 公立医院改革).
var notNameAfter = []string{"管理", "协会", "学会", "杂志", "报社", "联盟", "评审", "评鉴", "等级", "院长协会", "排行榜", "综合排行榜", "联网", "改革",
	// An award's title (「卓越医院奖」, “十佳医院奖”-金奖): no hospital.
	"奖」", "奖”", "奖\"", "奖』", "奖-", "奖－", "奖—", "奖项", "奖牌", "奖杯"}

// describedBy: a count or an ordinal with its measure word inside the
// words before the suffix (九龙第一所民办医院, 全市三家公立医院) makes them a
// description of a hospital, not its name.
// A count of hundreds or thousands (几千家医院, 数十家医院, 十余所医院) is
// one too, and so are the biggest few (两大医学中心, 三大医院); 万家 or 千家 alone may begin a name, so the count starts with
// a digit, a small numeral, 几 or 数.
// The first or only one (深圳首家港资医院, 全省唯一一家…) is described too.
var describedBy = rx.MustCompile(`[一二三四五六七八九十两\d几数][一二三四五六七八九十两百千万\d几数余多]*(?:所|家|间|座|个|大)|首(?:家|所|间|座|个)|唯一`)

// countedKind: a name that starts at a measure word with a count right
// before it (35家受评医院 read from 家 on) is what the count counts, a kind.
func countedKind(rs []rune, start int) bool {
	if start == 0 || start >= len(rs) || !strings.ContainsRune("所家间座个", rs[start]) {
		return false
	}
	return strings.ContainsRune("0123456789０１２３４５６７８９一二三四五六七八九十两百千万几数余多", rs[start-1])
}

// hospitalFinder finds hospitals' names in a document's text.
type hospitalFinder struct {
	g   *Gazetteer
	pos func(word string) string // a word's part of speech, "" when unknown
}

func newHospitalFinder(g *Gazetteer) hospitalFinder {
	f := hospitalFinder{g: g, pos: func(string) string { return "" }}
	if seg, err := segment.Default(); err == nil {
		f.pos = seg.Pos
	}
	return f
}

// FindHospitals finds the hospitals named in text: full names (湖北大冶市人
// 民医院, 中南大学湘雅医院, 国泰医院) and, marked Ref, references (市人民医院,
// 黄岛二医). The text is cut into words with the default segmenter.
func FindHospitals(text string, g *Gazetteer) []Mention {
	var tokens []segment.Token
	if seg, err := segment.Default(); err == nil {
		tokens = seg.Segment(text)
	}
	return newHospitalFinder(g).find(NewDoc(text, tokens))
}

// find returns the mentions in d's text in order: names ending in a
// hospital suffix, then the abbreviations (二医, 市一院) merged in.
func (f hospitalFinder) find(d *Doc) []Mention {
	var out []Mention
	rs := d.runes
	prevEnd := 0 // names do not overlap
	for i := 0; i < len(rs); i++ {
		sufStart, sufEnd, ok := suffixAt(rs, i)
		if !ok {
			continue
		}
		i = sufEnd - 1
		if hasPrefixRunes(rs[sufEnd:], notNameAfter) || inAwardTitle(rs, sufStart, sufEnd) {
			prevEnd = sufEnd
			continue
		}
		if m, ok := f.nameBefore(d, prevEnd, sufStart, sufEnd); ok && !describedBy.MatchString(m.Written) {
			m = withoutLeadingStop(m, sufStart)
			m = withoutLeadingPreposition(m, sufStart)
			m = runByLevel(d, m, prevEnd)
			if countedKind(rs, m.Start) {
				prevEnd = sufEnd
				continue
			}
			if n := len(out); n > 0 && out[n-1].End == m.Start && relationName.MatchString(m.Written) {
				// 甲大学附属医院乙地联盟医院: the name says what the hospital
				// the article is about is to the one before, and names none.
				prevEnd = sufEnd
				continue
			}
			if end, ok := branchAfter(rs, sufEnd); ok {
				// 甲大学附属医院中西医结合分院: a branch named under its parent;
				// one named after a place (某医院瑞安分院) stands there.
				if p := f.branchPlace(string(rs[sufEnd:end])); p != nil {
					m.Place = p
				}
				m.Name += string(rs[sufEnd:end])
				m.Written = string(rs[m.Start:end])
				m.End, sufEnd, i = end, end, end-1
			}
			if n := len(out); n > 0 && out[n-1].End == m.Start && m.Place != nil && !out[n-1].Ref {
				// 甲省人民医院乙市医院, 北京大学深圳医院: a hospital's branch
				// in another place is named under it, as one name.
				prev := out[n-1]
				prev.Name, prev.Written = prev.Name+m.Written, prev.Written+m.Written
				prev.End, prev.Place = m.End, m.Place
				out[n-1] = prev
				continue
			}
			if firstEnd, end, ok := branchListAfter(rs, sufEnd); ok {
				// 某医院东院及西院分院: two branches under one parent.
				first, second := f.branchPair(rs, m, sufEnd, firstEnd, end)
				out = append(out, first, second)
				prevEnd, i = end, end-1
				continue
			}
			if campus, end, ok := campusAfterDash(rs, sufEnd); ok {
				m.Name += "—" + campus
				m.Written = string(rs[m.Start:end])
				m.End, sufEnd, i = end, end, end-1
			}
			out = append(out, m)
		}
		prevEnd = sufEnd
	}
	if army := f.armyHospitals(d); len(army) > 0 {
		out = mergeMentions(army, out) // the unit's name is longer, and starts first
	}
	out = mergeMentions(out, f.abbreviations(d))
	if strings.Contains(d.Text, veteransShort) {
		// First: 台北荣总医院, which the suffix search reads as written, is
		// the veterans hospital named in full.
		out = mergeMentions(f.veteransHospitals(d), out)
	}
	if short := f.shortNamedHospitals(d); len(short) > 0 {
		out = mergeMentions(withoutCovered(out, short), short)
	}
	if campus := f.campusHospitals(d); len(campus) > 0 {
		out = mergeMentions(out, campus)
	}
	if short := declaredShortNames(d, out); len(short) > 0 {
		// A declared short form that ends in a suffix (辅大医院) was read
		// as a hospital of its own: the declaration says whose it is.
		out = mergeMentions(withoutCovered(out, short), short)
	}
	if short := branchShortNames(d, out); len(short) > 0 {
		out = mergeMentions(out, short)
	}
	f.placeListed(out)
	return out
}

// withoutCovered drops the mentions of a that one of b starts with and
// covers: 高医附设医院, read by the suffix search as a name of its own, is
// the short name's hospital.
func withoutCovered(a, b []Mention) []Mention {
	out := a[:0:0]
	for _, m := range a {
		covered := false
		for _, n := range b {
			if n.Start == m.Start && n.End >= m.End {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, m)
		}
	}
	return out
}

// inAwardTitle: the suffix at rs[sufStart:sufEnd] stands in an award's
// title, not in a hospital's name: 奖 right after it (年度十大人气医院奖;
// 奖励, 奖金 are the hospital's acts), or inside quotes that close on a
// prize (“2011医院改革创新奖”).
func inAwardTitle(rs []rune, sufStart, sufEnd int) bool {
	if sufEnd < len(rs) && rs[sufEnd] == '奖' && (sufEnd+1 >= len(rs) || !strings.ContainsRune("励金惩罚学", rs[sufEnd+1])) {
		return true
	}
	open := -1
	for k := sufStart - 1; k >= 0 && k >= sufStart-20; k-- {
		if strings.ContainsRune("”」』\"，,。；;\n", rs[k]) {
			break
		}
		if strings.ContainsRune("“「『", rs[k]) {
			open = k
			break
		}
	}
	if open < 0 {
		return false
	}
	for k := sufEnd; k < len(rs) && k <= sufEnd+20; k++ {
		if strings.ContainsRune("”」』", rs[k]) {
			return k > sufEnd && rs[k-1] == '奖'
		}
		if strings.ContainsRune("“「『，,。；;\n", rs[k]) {
			return false
		}
	}
	return false
}

// relationName: a hospital's tie to another written as a name (某地联盟
// 医院, 协作医院, 托管医院) right after the other's name: a designation of
// the hospital the article is about, no hospital of its own.
var relationName = rx.MustCompile(`(?:联盟|协作|合作|共建|帮扶|托管|协同|成员|对口支援)医院$`)

// maxBranchRunes bounds a branch's own words before 分院 (中西医结合).
const maxBranchRunes = 5

// notInBranch: what a clause between a hospital and a 分院 holds when it
// tells of founding one (某医院今年新开分院, 设立分院): no branch's name.
const notInBranch = "开设建办成增挂筹组新今年月日拟将"

// branchAfter reads a branch's name that goes on after its parent's
// suffix at rune i (…附属医院中西医结合分院, …人民医院东分院): Han runes up
// to 分院, none of which ends a name or stands between two names. It
// returns where the branch's name ends.
func branchAfter(rs []rune, i int) (int, bool) {
	for k := i; k < len(rs) && k-i <= maxBranchRunes+2; k++ {
		if !isHan(rs[k]) || strings.ContainsRune(neverInName+unknownNotName+notInBranch, rs[k]) && !placeNew(rs, k) {
			return 0, false
		}
		if rs[k] == '院' && k > i && rs[k-1] == '分' {
			return k + 1, true
		}
	}
	return 0, false
}

// branchPlace returns the place a branch's own words begin with (瑞安 of
// 瑞安分院, 凤林镇 of 凤林分院, 南沙 of 南沙分院), when that place is one
// county-level place or a city; nil when the words name no place (东分院,
// 中西医结合分院).
func (f hospitalFinder) branchPlace(branch string) *Place {
	words := strings.TrimSuffix(branch, "分院")
	if words == "" {
		return nil
	}
	if chain := placeChain(words, f.g); len(chain) > 0 && chain[len(chain)-1].end == len(words) {
		p := chain[len(chain)-1].place
		return &p
	}
	for _, suf := range []string{"", "市", "县", "区", "镇", "乡"} {
		if ps := f.g.Lookup(words + suf); len(ps) == 1 && ps[0].Level >= levelCity {
			return &ps[0]
		}
	}
	if ps := f.g.short[words]; len(ps) == 1 {
		p := ps[0]
		return &p
	}
	return nil
}

// branchListAfter reads two branches named under one parent and one 分院
// (台北荣总玉里及凤林分院, 某医院东院和西分院): at rune i the first's own
// words of two or three Han runes, a joint, then a branch's name as
// branchAfter reads it. It returns where the first's words end and where
// the second's end.
func branchListAfter(rs []rune, i int) (firstEnd, end int, ok bool) {
	for n := 2; n <= 3; n++ {
		j := i + n
		if j+1 >= len(rs) || !strings.ContainsRune("及和与、", rs[j]) {
			continue
		}
		words := rs[i:j]
		if !allHanRunes(string(words)) || strings.ContainsAny(string(words), neverInName+unknownNotName+notInBranch) {
			continue
		}
		if e, ok := branchAfter(rs, j+1); ok && e-(j+1) >= 4 && e-(j+1) <= 5 {
			return j, e, true
		}
	}
	return 0, 0, false
}

// branchPair returns the mentions of the two branches branchListAfter
// read after the parent m, whose name ends at rune i.
func (f hospitalFinder) branchPair(rs []rune, m Mention, i, firstEnd, end int) (Mention, Mention) {
	parent := m.Name
	first := m
	first.Name = parent + string(rs[i:firstEnd]) + "分院"
	first.Written = string(rs[m.Start:firstEnd])
	first.End = firstEnd
	if p := f.branchPlace(string(rs[i:firstEnd])); p != nil {
		first.Place = p
	}
	second := Mention{Name: parent + string(rs[firstEnd+1:end]), Written: string(rs[firstEnd+1 : end]), Start: firstEnd + 1, End: end, Place: m.Place}
	if p := f.branchPlace(string(rs[firstEnd+1 : end])); p != nil {
		second.Place = p
	}
	return first, second
}

// placeNew: the 新 at rune k begins a place's name (新竹分院, 新区分院,
// 新城分院), not a founding (新开分院, 新设分院, 新建的分院): the rune after
// it is no verb of founding and no 的.
func placeNew(rs []rune, k int) bool {
	return rs[k] == '新' && k+1 < len(rs) && isHan(rs[k+1]) && !strings.ContainsRune(notInBranch+"的分院", rs[k+1])
}

// campusDashes: the dash Hong Kong's hospitals put between a hospital's
// name and its campus (港安医院—荃湾, 港安医院－司徒拔道), as one em dash,
// a full-width hyphen, or a dump's three hyphens; a headline's double em
// dash (某某医院——为人民健康护航) is no such joint.
var campusDashes = []string{"—", "－", "–", "---", "-"}

// campusAfterDash reads the campus written after a dash at rune i: two
// to five Han runes that end at a break, a list's joint or the text's
// end. It returns the campus and where it ends.
func campusAfterDash(rs []rune, i int) (string, int, bool) {
	if i >= len(rs) || !strings.ContainsRune("—－–-", rs[i]) {
		return "", 0, false
	}
	j := i
	for _, d := range campusDashes {
		if hasPrefixRunes(rs[i:], []string{d}) {
			j = i + utf8.RuneCountInString(d)
			break
		}
	}
	if j >= len(rs) || strings.ContainsRune("—－–-", rs[j]) {
		return "", 0, false // a double dash, or a longer run
	}
	k := j
	for k < len(rs) && isHan(rs[k]) && k-j < 6 {
		k++
	}
	if n := k - j; n < 2 || n > 5 || strings.ContainsRune(unknownNotName+neverInName, rs[j]) {
		return "", 0, false
	}
	if k < len(rs) && !strings.ContainsRune(nameBreaks+"和及与", rs[k]) {
		return "", 0, false
	}
	campus := string(rs[j:k])
	if !campusPlace.MatchString(campus) {
		return "", 0, false // a page's section (某某医院-新闻动态), a slogan
	}
	return campus, k, true
}

// campusPlace: how the name of a campus's place ends: a district, a
// road, a bay, a hill (荃湾, 司徒拔道), or a campus's own word (东院区).
var campusPlace = rx.MustCompile(`(?:院区|分院|园区|道|路|街|湾|山|区|村|镇|城|岛|坊|角|涌|塘|田|埔|澳|坑|环|朗)$`)

// withoutLeadingStop drops a stop word the segmenter left glued to a
// proper name's first characters (倡建广华医院 cut 倡建广华/医院): the name
// begins after it.
func withoutLeadingStop(m Mention, sufStart int) Mention {
	rs := []rune(m.Written)
	if m.Place != nil || m.org != "" || len(rs) < 2 || !stopWords[string(rs[:2])] || sufStart-(m.Start+2) < 2 {
		return m
	}
	m.Written = string(rs[2:])
	if strings.HasPrefix(m.Name, string(rs[:2])) {
		m.Name = strings.TrimPrefix(m.Name, string(rs[:2]))
	}
	m.Start += 2
	return m
}

// prepositionsBeforeLevel begin a clause and no place: 据 (according
// to), 经 (through), 由 (by), 按, 依 (following); not 随, the first
// character of 随州.
const prepositionsBeforeLevel = "据经由按依"

// withoutLeadingPreposition reads 据州人民医院, 经市人民医院 (据/州人民医院:
// "according to the prefecture's people's hospital") as the level's
// hospital, the preposition before it: a level right after one character
// and nothing but generic words after the level make no place's name.
func withoutLeadingPreposition(m Mention, sufStart int) Mention {
	if m.Place != nil || m.org != "" || m.Ref {
		return m
	}
	rs := []rune(m.Written)
	k := sufStart - m.Start
	if k < 2 || k > len(rs) || !strings.ContainsRune(prepositionsBeforeLevel, rs[0]) ||
		!strings.ContainsRune("省市县区州", rs[1]) || !isGeneric(string(rs[2:k])) {
		return m
	}
	m.Written = string(rs[1:])
	m.Name = m.Written
	m.Start++
	m.Ref = true
	return m
}

// runByLevel reads 市立 or 县立 right before a name (新北市府委托兴建的市立土城
// 医院, 市立大同医院) as the name's: a hospital the city or county runs,
// written without the city, which the article names elsewhere. The
// mention becomes a reference by level (市立土城医院), completed as 市中医院
// is; the place of the proper name after it (大同 of 大同市) is not the
// hospital's.
func runByLevel(d *Doc, m Mention, from int) Mention {
	rs := d.runes
	k := m.Start - 2
	if m.Ref || m.org != "" || k < from || rs[k+1] != '立' || rs[k] != '市' && rs[k] != '县' || !d.StartsToken(k) || k > 0 && isHan(rs[k-1]) && !strings.ContainsRune(neverInName, rs[k-1]) {
		return m
	}
	m.Name = string(rs[k:m.End])
	m.Written = m.Name
	m.Start = k
	m.Place = nil
	m.Ref = true
	return m
}

// suffixAt reports whether a hospital suffix ends at rune i (the 院 or 心
// of it), and its span.
func suffixAt(rs []rune, i int) (start, end int, ok bool) {
	if rs[i] != '院' && rs[i] != '心' {
		return 0, 0, false
	}
	for _, suf := range hospitalSuffixes {
		n := utf8.RuneCountInString(suf)
		if i+1 >= n && string(rs[i+1-n:i+1]) == suf {
			return i + 1 - n, i + 1, true
		}
	}
	return 0, 0, false
}

func hasPrefixRunes(rs []rune, words []string) bool {
	for _, w := range words {
		n := utf8.RuneCountInString(w)
		if len(rs) >= n && string(rs[:n]) == w {
			return true
		}
	}
	return false
}

// nameBefore reads the name that ends with the suffix at [sufStart,
// sufEnd): its left edge is where the words stop being a name's (a verb,
// a preposition, punctuation), and within that the first place, an
// institution, or a proper name begins it.
func (f hospitalFinder) nameBefore(d *Doc, from, sufStart, sufEnd int) (Mention, bool) {
	rs := d.runes
	left := f.leftEdge(d, from, sufStart)
	for n := min(6, sufStart-from); n >= 2; n-- {
		if _, listed := placelessHospitals[string(rs[sufStart-n:sufEnd])]; listed && sufStart-n < left {
			left = sufStart - n // 有双和医院: a listed name, where the words' edge (和) cut it
			break
		}
	}
	if left > 0 && rs[left-1] == '《' && !hasPrefixRunes(rs[sufEnd:], []string{"委员会", "党委"}) {
		return Mention{}, false // a title: 《中国医院》, not a decision of the hospital's party committee (《中共某医院委员会关于…》)
	}
	if left > 0 && left < sufStart && rs[left-1] == '院' && strings.ContainsRune("和及与同并", rs[left]) {
		left++ // 县人民医院和县中医院: 和 joins two names (not 和县's)
	}
	if honourTitleSuffix(string(rs[left:sufStart]), string(rs[sufStart:sufEnd])) {
		return Mention{}, false // 全国改善医疗服务示范医院: an honour's title, no name
	}
	// 「新风和睦家医院」: a quoted name of a few words that the words' edge
	// cut (和睦 ends names) is a name as a whole, and no reference.
	wholeQuote := false
	if q := quotedNameStart(rs, from, left, sufStart, sufEnd); q >= 0 {
		left, wholeQuote = q, true
	}
	quoted := left > 0 && strings.ContainsRune("“「『\"'", rs[left-1]) && sufEnd < len(rs) && strings.ContainsRune("”」』\"'", rs[sufEnd])
	suffix := string(rs[sufStart:sufEnd])
	// Starts to try, left to right: each word start in the span.
	starts := []int{}
	for j := left; j < sufStart; j++ {
		if j == left || d.StartsToken(j) {
			starts = append(starts, j)
		}
	}
	for _, j := range starts {
		s := string(rs[j:sufStart])
		if partyFirst.MatchString(s) {
			continue // 农工党某大学附属医院支部: the party's branch; the hospital's name begins after it
		}
		m, ok := f.placeName(rs, j, sufStart, sufEnd)
		if !ok && j > left && f.orgPrefix(string(rs[left:j])) {
			// 行政院卫生署金门医院: after an organisation, a county's short
			// form alone is the hospital's place, not a name of its own.
			m, ok = f.shortPlaceName(rs, j, sufStart, sufEnd)
		}
		if ok {
			m = f.renamedUnder(rs, m, j, sufStart, sufEnd)
			// An organisation the name begins with stays: 卫生福利部屏东医院.
			if j > left && f.orgPrefix(string(rs[left:j])) {
				m.Name = fullOrg(string(rs[left:j])) + m.Name
				m.Written = string(rs[left:sufEnd])
				m.Start = left
				m.org = fullOrg(string(rs[left:j]))
				m.Ref = false
			}
			return m, true
		}
		if loc := institutionPrefix.FindStringIndex(s); loc != nil && loc[0] == 0 &&
			utf8.RuneCountInString(s[loc[1]:]) <= maxNameMiddle && !namesKind(s[loc[1]:]+suffix) {
			name := string(rs[j:sufEnd])
			m := Mention{Name: name, Written: name, Start: j, End: sufEnd}
			if at := universityEnd(name); at > 0 && !repeatsUniversity(name, at) {
				m.Place = f.placeAfterUniversity(name[at:]) // 中国医药大学北港附设医院 stands in 北港
			}
			if m.Place == nil {
				// 中南大学湘雅医院 stands in 长沙 (the seat), 上海交通大学医学院
				// 附属瑞金医院 in 上海 (the place the name begins with).
				m.Place = f.placeOfName(name)
			}
			return m, true
		}
	}
	// No place and no institution: a proper name (国泰医院, 长庚医院,
	// 协和医院) or a reference (人民医院, 市中心医院, 省立医院).
	labelEnd := foundationLabelEnd(rs, left, sufStart)
	if labelEnd > left && labelEnd < sufStart && !slices.Contains(starts, labelEnd) {
		// The name begins after the label even where the words run across
		// it (法人马偕: 人马 is a word).
		starts = append(starts, labelEnd)
		sort.Ints(starts)
	}
	for _, j := range starts {
		if j < labelEnd {
			continue // inside the foundation's label: 法人马偕纪念医院 is no name
		}
		s := string(rs[j:sufStart])
		if namesKind(s+suffix) || partyFirst.MatchString(s) {
			continue // 农工党市立医院: the party's branch in the hospital, named after
		}
		if yearAlone.MatchString(s) {
			continue // “2011医院改革创新奖”, 2023医院排行榜: the year of a prize or list
		}
		if r, _ := utf8.DecodeLastRuneInString(s); s != "" && strings.ContainsRune(neverBeforeSuffix, r) {
			continue // 卫福部将医院 (cut 卫福/部将/医院): "the ministry will", no name
		}
		org, rest, ok, acts := ministryLead(s)
		if acts {
			return Mention{}, false // 由卫生福利部办理医院评鉴: the ministry acts
		}
		if ok {
			// 卫生福利部新营医院, 卫福部胸腔病院: the ministry's own hospital
			// in a place the gazetteer does not hold, or named for what
			// it treats. Its name follows the ministry whatever its
			// first word (gse cuts 卫生/福利部), and the ministry stays
			// in front, in full, as it does before a place.
			return Mention{Name: org + rest + suffix, Written: s + suffix, Start: j, End: sufEnd, org: org}, true
		}
		n := sufStart - j
		name := s + suffix
		if isGeneric(s) {
			if levelPrefixed(s) {
				return Mention{Name: name, Written: name, Start: j, End: sufEnd, Ref: true}, true
			}
			if n == 0 || s == "人民" || s == "中医" || s == "中心" || n == 1 && j == left && suffix == "医院" && strings.ContainsAny(s, "省市县区") {
				// 县医院 standing alone, however gse cut it (县/医院 or 县医院):
				// the level's hospital; not 县 at the end of a name the
				// rule does not read (某某县卫生院).
				return Mention{Name: name, Written: name, Start: j, End: sufEnd, Ref: true}, true
			}
			continue
		}
		// After a Taiwan foundation's label (马偕医疗财团法人淡水马偕纪念医院)
		// the hospital's own name begins, whatever its first word: the
		// label is its organisation and stays in front.
		if org := string(rs[left:j]); j > left && n >= 2 && n <= 8 && f.orgPrefix(org) && strings.HasSuffix(org, "法人") {
			return Mention{Name: org + name, Written: org + name, Start: left, End: sufEnd, org: org}, true
		}
		// A name known as one hospital's (placelessHospitals: 天坛医院,
		// 积水潭医院) needs no proper first word.
		_, listed := placelessHospitals[name]
		if n < 2 || n > 8 || !listed && !f.properStart(d, j, sufStart) && !f.standsAlone(d, j, sufEnd) {
			continue
		}
		return Mention{Name: name, Written: name, Start: j, End: sufEnd, Ref: quoted && !(wholeQuote && j == left)}, true
	}
	return Mention{}, false
}

// quotedNameStart returns where a quotation begins that the suffix at
// [sufStart, sufEnd) closes, when it holds two to six Han characters
// before the suffix and opens before left, the words' edge; else -1.
func quotedNameStart(rs []rune, from, left, sufStart, sufEnd int) int {
	if sufEnd >= len(rs) || !strings.ContainsRune("”」』", rs[sufEnd]) {
		return -1
	}
	for j := sufStart - 1; j >= from && sufStart-j <= 7; j-- {
		switch r := rs[j]; {
		case strings.ContainsRune("“「『", r):
			if j+1 < left && sufStart-(j+1) >= 2 {
				return j + 1
			}
			return -1
		case !isHan(r):
			return -1
		}
	}
	return -1
}

// foundationLabelEnd returns the rune index just after the last
// foundation's label (财团法人, 社团法人) in rs[from:to], or -1.
func foundationLabelEnd(rs []rune, from, to int) int {
	end := -1
	for k := from; k+4 <= to; k++ {
		if w := string(rs[k : k+4]); w == "财团法人" || w == "社团法人" {
			end = k + 4
		}
	}
	return end
}

// shortPlaceName reads a county's short form alone before the suffix
// (金门 of 金门医院) as its place.
func (f hospitalFinder) shortPlaceName(rs []rune, j, sufStart, sufEnd int) (Mention, bool) {
	s := string(rs[j:sufStart])
	ps := f.g.short[s]
	if len(ps) != 1 {
		return Mention{}, false
	}
	p := ps[0]
	name := string(rs[j:sufEnd])
	return Mention{Name: name, Written: name, Start: j, End: sufEnd, Place: &p}, true
}

// renamedUnder reads 台湾省立屏东医院 as 台湾省立 + 屏东医院: a place's 立
// ("run by") before a place within it makes the first the organisation
// and the second the hospital's place, as in the hospital's other names
// (卫生福利部屏东医院).
func (f hospitalFinder) renamedUnder(rs []rune, m Mention, j, sufStart, sufEnd int) Mention {
	if m.Place == nil {
		return m
	}
	for k := j + 1; k < sufStart-1; k++ {
		if rs[k-1] != '立' {
			continue
		}
		if m2, ok := f.placeName(rs, k, sufStart, sufEnd); ok && m2.Place != nil && within(*m2.Place, *m.Place) {
			m2.org = string(rs[j:k])
			m2.Name = m2.org + m2.Name
			m2.Written, m2.Start, m2.Ref = string(rs[j:sufEnd]), j, false
			return m2
		}
	}
	return m
}

// properStart: the words from rune j on begin with a proper noun, as a
// hospital's own name does (国泰医院, 长庚医院), not with a common noun
// (时代医院, 标准医院).
func (f hospitalFinder) properStart(d *Doc, j, end int) bool {
	k := j + 1
	for k < end && !d.StartsToken(k) {
		k++
	}
	w := string(d.runes[j:k])
	pos := f.pos(w)
	if nextIsOneRune := k < end && isHan(d.runes[k]) && (k+1 == end || d.StartsToken(k+1)); k-j == 1 && nextIsOneRune {
		// Two characters cut one by one (马/偕): a name gse does not know.
		w, pos = string(d.runes[j:k+1]), ""
	} else if !d.StartsToken(j) {
		// The name begins inside a word gse glued to the conjunction before
		// it (及仁/伯爵综合医院): a name gse does not know.
		pos = ""
	}
	for _, n := range notProperFirst {
		if strings.HasPrefix(w, n) {
			return false
		}
	}
	if pos == "" && strings.ContainsAny(w, unknownNotName) {
		return false // 这是市立医院, 人来医院: an unknown word that is no name
	}
	return properPOS[pos]
}

// unknownNotName: characters of function words and light verbs; a word
// the dictionary lacks that holds one is a cut of ordinary text, not a
// name the HMM found.
const unknownNotName = "这那是在有了将把被让从向对为以于也都就还又再才则即而且但并其此该各每某本我你他她它们着过得给个来去讲说看做好到要会能可想原旧全诸多不没像"

// standsAlone: a name that begins with a common noun (新楼医院, 同济医院)
// still names one hospital where it stands as a phrase of its own: a
// break or a word that ends names from the left (谢谢, 援建) before it, and after it a break, a list's joint, or a verb or a
// time (新楼医院廿二日举办…) — not another noun it modifies (标准医院建设).
func (f hospitalFinder) standsAlone(d *Doc, j, sufEnd int) bool {
	rs := d.runes
	k := j + 1
	for k < sufEnd && !d.StartsToken(k) {
		k++
	}
	if !strings.HasPrefix(f.pos(string(rs[j:k])), "n") && !f.placeStarts(rs, j, sufEnd) {
		return false // (a place of the gazetteer is a noun, however gse cut it: 台/中医院)
	}
	if j > 0 && !strings.ContainsRune(nameBreaks, rs[j-1]) && !strings.ContainsRune("和及与", rs[j-1]) && !(j >= 2 && (otherNameWords[string(rs[j-2:j])] || stopWords[string(rs[j-2:j])] && !strings.ContainsRune(unknownNotName, rs[j]))) {
		return false
	}
	if sufEnd >= len(rs) || strings.ContainsRune(nameBreaks, rs[sufEnd]) || strings.ContainsRune("和及与", rs[sufEnd]) {
		return true
	}
	if after := rs[sufEnd:]; hasPrefixRunes(after, leaderTitles) || hasPrefixRunes(after, hospitalParts) ||
		after[0] == '的' && (hasPrefixRunes(after[1:], leaderTitles) || hasPrefixRunes(after[1:], hospitalParts)) {
		// 仪征医院副院长某某, 某某医院急症室, 某某医院的专家: the hospital's
		// leaders and parts follow its name
		return true
	}
	if dayAfter.MatchString(string(rs[sufEnd:min(len(rs), sufEnd+4)])) {
		return true // 新光医院28日举办…: a day of the month is a time
	}
	e := sufEnd + 1
	for e < len(rs) && !d.StartsToken(e) {
		e++
	}
	pos := f.pos(string(rs[sufEnd:e]))
	return pos == "v" || pos == "p" || pos == "t" || pos == "m" || pos == "d"
}

// dayAfter: a day of the month written in digits right after a name
// (某某医院28日举办, 某某医院3月起), as Taiwan's and Hong Kong's news date
// what a hospital did; gse leaves the digits untagged.
var dayAfter = rx.MustCompile(`^[0-9０-９]{1,2}[日号月]`)

// hospitalParts: the departments and people of a hospital, which news
// writes right after its name (将军澳医院急症室, 某某医院护理部): a common
// noun's phrase (标准医院建设) is not followed by them.
var hospitalParts = []string{"急症室", "急诊室", "急诊科", "急诊部", "急诊", "门诊部", "门诊", "住院部", "病房", "手术室", "护理部", "医务部", "医护", "医生", "医师", "护士", "护理师", "专家", "团队", "院方", "发言人"}

// otherNameWords give another name of a hospital just named (甲医院又称
// 山顶医院): the name after one stands as a phrase of its own.
var otherNameWords = map[string]bool{"又称": true, "亦称": true, "也称": true, "俗称": true, "人称": true, "通称": true, "别称": true, "又名": true}

// leaderTitles: the offices of a hospital's leaders, which news writes
// right after its name (某某医院院长, 某某医院党委书记): a common noun's
// phrase (标准医院建设) is not followed by them.
var leaderTitles = []string{"院长", "副院长", "常务副院长", "执行院长", "党委", "党总支", "院党委", "纪委", "行政总监", "行政总裁", "署理院长", "署理行政总监"}

// placeStarts: a place of the gazetteer begins rs[j:end].
func (f hospitalFinder) placeStarts(rs []rune, j, end int) bool {
	for n := min(4, end-j); n >= 2; n-- {
		if len(f.g.Lookup(string(rs[j:j+n]))) > 0 {
			return true
		}
	}
	return false
}

// nameBreaks: characters a name stands between as a phrase of its own.
const nameBreaks = "，,。；;：:！？!?、 \t\n（()）“”「」『』\"'"

// leftEdge walks left from a suffix over the words that can stand in a
// hospital's name and returns where they stop.
func (f hospitalFinder) leftEdge(d *Doc, from, sufStart int) int {
	rs := d.runes
	// The run of Han characters before the suffix.
	j := sufStart
	for j > from && sufStart-j < maxNameLeft {
		r := rs[j-1]
		if r >= '0' && r <= '9' && (j == sufStart || rs[j] >= '0' && rs[j] <= '9') {
			// A number that ends at the suffix: 解放军第960医院, 301医院.
			j--
			continue
		}
		if !isHan(r) || r == '的' || r == '了' || r == '之' {
			break
		}
		j--
	}
	// Word by word from the right: a word gse joined to the suffix (县中医院
	// cut as 县/中医院) belongs to the name; any other word must be a name's.
	edge := sufStart
	end := sufStart
	for k := sufStart - 1; k >= j; k-- {
		if k != j && !d.StartsToken(k) {
			continue
		}
		w := string(rs[k:end])
		// A word gse joined to the suffix, or one character right before it
		// (立 in 德州市立医院, 总 in 解放军总医院), is the name's own.
		joined := end == sufStart && (!d.StartsToken(sufStart) || end-k == 1 && !strings.ContainsRune(neverInName, rs[k])) ||
			w == "立" && k > 0 && strings.ContainsRune("省市县区", rs[k-1]) // 高雄市/立/大同医院
		if w == "联合" && end < sufStart && strings.ContainsRune("省市县区", rs[end]) {
			// 街道联合市中医医院开展…: "together with", the verb, before the
			// place level the name begins with (联合医院 keeps its 联合).
			break
		}
		if k > j && f.conjunctionHe(d, j, k) {
			break // 负责人和县人民医院: the leaders, and the county's hospital
		}
		if !joined && f.stopsName(w) && !f.namedKind(d, j, k, end) && !f.placeSpans(rs, k, end, sufStart) && !groupNamePart(rs, k, end) {
			if k > j && f.joinedByHe(d, k, end, sufStart) {
				edge = k - 1 // 养/和/医院: the name begins at the rune before 和
				break
			}
			if n := ownerBefore(rs, j, k, end, sufStart, f.pos); n > 0 {
				edge, end = end-n, end-n
				k = end // the loop steps on left of the owner
				continue
			}
			break
		}
		if cut := gluedPreposition(w, f.pos(w)); cut > 0 && !joined {
			// 陈某向/市人民医院 cut as one unknown word: the name begins
			// after the preposition.
			return k + cut
		}
		edge, end = k, k
	}
	return edge
}

// conjunctionHe: the 和 at rune k, which begins a place's name (和县 of
// Anhui), joins the noun phrase before it to the name after it: a common
// noun's word (负责人, 记者) ends right before it, where a place (安徽省),
// a verb or a preposition (走进, 在) would lead to the place.
func (f hospitalFinder) conjunctionHe(d *Doc, j, k int) bool {
	rs := d.runes
	if rs[k] != '和' || !d.StartsToken(k) || !isHan(rs[k-1]) {
		return false
	}
	p := k - 1
	for p > j && !d.StartsToken(p) {
		p--
	}
	pos := f.pos(string(rs[p:k]))
	return pos == "n" || pos == "nr" || pos == "r"
}

// maxGroupName bounds, in runes, the name of a hospital group before its
// 集团.
const maxGroupName = 8

// groupNamePart: the word at [k, end) stands in the name of a hospital
// group whose 集团 follows it (山东颐养健康集团莱芜中心医院, 某某矿业集团中心
// 医院): a group's registered name holds verbs and adjectives (颐养, 健康)
// that end other names, and its hospital is named with it. Words of one
// character that end names (在, 的) still end it.
func groupNamePart(rs []rune, k, end int) bool {
	g := end
	for g < len(rs) && g-end <= maxGroupName && rs[g] != '集' {
		if !isHan(rs[g]) {
			return false
		}
		g++
	}
	if g+1 >= len(rs) || rs[g] != '集' || rs[g+1] != '团' || g-k > maxGroupName {
		return false
	}
	for _, r := range rs[k:g] {
		if strings.ContainsRune(neverInName+gluedPrepositions, r) {
			return false
		}
	}
	return true
}

// placeSpans: a place's full name (灌南县, 灌云县) begins at rune k and
// runs on past end, the word's end: gse cut the place (灌/南县) and its
// first part, read alone, looks like a verb; the place is the name's.
func (f hospitalFinder) placeSpans(rs []rune, k, end, sufStart int) bool {
	for e := end + 1; e <= sufStart && e-k <= f.g.maxName; e++ {
		if strings.ContainsRune("省市县区州旗", rs[e-1]) && len(f.g.Lookup(string(rs[k:e]))) > 0 {
			return true
		}
	}
	return false
}

// namedKind: a verbal noun (旅游, 整形 as gse tags them) between a proper
// name or a place and the suffix says what kind of hospital the name's
// owner runs (某某旅游医院): a name's part, where after a common word it
// is an action (推动旅游医院).
func (f hospitalFinder) namedKind(d *Doc, j, k, end int) bool {
	if f.pos(string(d.runes[k:end])) != "vn" || k-2 < j {
		return false
	}
	p := k - 1
	for p > j && !d.StartsToken(p) {
		p--
	}
	prev := string(d.runes[p:k])
	if utf8.RuneCountInString(prev) < 2 {
		return false
	}
	switch f.pos(prev) {
	case "nz", "ns", "nr", "nrt":
		return true
	}
	return len(f.g.Lookup(prev)) > 0
}

// joinedByHe: 和 right before the suffix, after one rune that begins a
// phrase (养和医院, 双和医院, 仁和医院), is the second character of the
// hospital's own name, which gse cut as a conjunction: "X and hospital"
// with a lone character for X is no phrase of the language. A noun or a
// pronoun before 和 (党和医院, 他和医院) is a conjunction's first part.
func (f hospitalFinder) joinedByHe(d *Doc, k, end, sufStart int) bool {
	rs := d.runes
	// gse may glue the list's conjunction to the lone character (及恒/和/医院).
	glued := k >= 2 && !d.StartsToken(k-1) && strings.ContainsRune(listConjunctions, rs[k-2]) && d.StartsToken(k-2)
	if end != sufStart || rs[k] != '和' || end-k != 1 || !d.StartsToken(k-1) && !glued {
		return false
	}
	x := rs[k-1]
	if !isHan(x) || strings.ContainsRune(neverInName+unknownNotName+gluedPrepositions, x) {
		return false
	}
	if k-1 > 0 && !strings.ContainsRune(nameBreaks, rs[k-2]) && !listConjunctionAt(d, k-2) && !glued {
		return false
	}
	pos := f.pos(string(x))
	return !strings.HasPrefix(pos, "n") && !strings.HasPrefix(pos, "r")
}

// listConjunctionAt: rune r is a conjunction of a list standing as a word
// of its own (及/双/和/医院, 和/仁/和/医院): what follows it begins a phrase.
func listConjunctionAt(d *Doc, r int) bool {
	return strings.ContainsRune(listConjunctions, d.runes[r]) && d.StartsToken(r) && d.StartsToken(r+1)
}

// listConjunctions join a list's last item to the others.
const listConjunctions = "及和与或"

// ownerBefore returns how many runes before end name the owner of what
// follows, when that is 大学, 学院 or 纪念 (成功/大学医学院附设医院, 中和/纪念
// 医院): a university's own name, or the one a memorial hospital is named
// for, is a name whatever the dictionary makes of it (成功 is an adjective
// to gse; 中和 is cut 中/和). The stopping word, starting at k, must lie
// within two to four Han runes before end; 0 when it does not.
func ownerBefore(rs []rune, j, k, end, sufStart int, pos func(string) string) int {
	if !hasPrefixRunes(rs[end:sufStart], []string{"大学", "学院", "纪念"}) {
		return 0
	}
	n := max(end-k, 2)
	if n > 4 || end-n < j {
		return 0
	}
	for _, r := range rs[end-n : end] {
		if !isHan(r) || strings.ContainsRune("的了之在是", r) {
			return 0
		}
	}
	if stopWords[string(rs[end-n:end])] || end-k == n && posVerb[pos(string(rs[k:end]))] {
		return 0 // 走进/大学, 发挥/大学医院教学功能: an action before the name
	}
	return n
}

// posVerb: gse's tags of verbs; a verb word standing where the owner
// of a university's or memorial's name would is an action (发挥大学医院教
// 学功能), where 成功 (an adjective to gse) and 中和 (cut 中/和) are names.
var posVerb = map[string]bool{"v": true, "vd": true, "vi": true}

// gluedPrepositions: prepositions, conjunctions and verbs that gse's HMM
// glues to the name next to them (陈某向, 李某为, 及仁) when it does not
// know the name, and the copula it glues to a one-character noun before
// a name (这个奖是/某某大学深圳医院: "this prize is").
const gluedPrepositions = "向为给对到在与和及把被从让将由是"

// gluedPreposition returns where, in runes, a word the dictionary lacks or
// tags as a person's name stops being a name: after a preposition glued
// to it (陈某向 → 3); 0 when none is.
func gluedPreposition(w, pos string) int {
	if pos != "" && !strings.HasPrefix(pos, "nr") {
		return 0
	}
	rs := []rune(w)
	last := 1
	if pos == "" && len(rs) > 1 {
		last = 0 // 向市 cut as one unknown word
	}
	for i := len(rs) - 1; i >= last; i-- {
		if strings.ContainsRune(gluedPrepositions, rs[i]) {
			return i + 1
		}
	}
	return 0
}

// neverInName: characters that, as words of their own, end a name even
// right before its suffix (在医院, 该医院, 全医院).
// 暨 joins two names (某综合体暨区中医院); inside one (暨南大学) gse keeps
// it in its word.
const neverInName = "的了在和与及等为是到对向从把被让给于由每各该本我全这那此其贵暨将"

// neverBeforeSuffix: function words no hospital's own name ends with,
// even where gse glued one to the word before (部将 in 卫福部将医院).
const neverBeforeSuffix = "将把被让给对向从在于由的了是"

// stopsName: a word that cannot stand inside a hospital's name.
func (f hospitalFinder) stopsName(w string) bool {
	if ok, listed := nameWords[w]; listed {
		return !ok
	}
	if utf8.RuneCountInString(w) == 1 && strings.Contains(neverInName+gluedPrepositions, w) {
		return true // 向 alone, whatever gse tags it
	}
	if stopWords[w] {
		return true
	}
	if len(f.g.Lookup(w)) > 0 {
		return false
	}
	pos := f.pos(w)
	if utf8.RuneCountInString(w) == 1 && strings.HasSuffix(pos, "g") {
		// A bound morpheme (偕 vg, 仁 ng): a piece of a name gse could not
		// put together, as in 马偕纪念医院, 仁伯爵综合医院.
		return false
	}
	return posStopsName[pos]
}

// ministries: the ministries Taiwan's public hospitals are named under,
// longest first (行政院卫生署 before 卫生署).
var ministries = []string{"行政院卫生署", "卫生福利部", "卫福部", "卫生署"}

// ministryActs: what a ministry does, written right after it (由卫生福利部
// 办理医院评鉴, 卫福部补助医院): the words are no hospital's name.
var ministryActs = []string{"办理", "举办", "主办", "指导", "督导", "辅导", "补助", "委托", "核定", "公布", "审查", "评鉴", "推动", "表扬", "颁发", "要求", "规定", "鼓励", "协助", "所属", "下属", "辖下", "直属"}

// ministryLead splits s, the words before a hospital's suffix, into the
// ministry it begins with, written in full, and the hospital's own name
// after it: two to six characters that are no kind alone (中医). acts
// reports a ministry followed by what it does: no name at all.
func ministryLead(s string) (org, rest string, ok, acts bool) {
	if !strings.Contains(s, "卫") {
		return "", "", false, false
	}
	for _, m := range ministries {
		r, found := strings.CutPrefix(s, m)
		if !found {
			continue
		}
		if hasAnyPrefix(r, ministryActs...) {
			return "", "", false, true
		}
		n := utf8.RuneCountInString(r)
		if n < 2 || n > 6 || !allHanRunes(r) || isGeneric(r) || hasAnyPrefix(r, notProperFirst...) {
			return "", "", false, false
		}
		return fullOrg(m), r, true, false
	}
	return "", "", false, false
}

// orgShortForms: the short forms of organisations hospitals are named
// under (衛福部臺東醫院 is 衛生福利部臺東醫院).
var orgShortForms = map[string]string{"卫福部": "卫生福利部", "国卫": "国家卫生健康委员会"}

// fullOrg writes an organisation's short form in full.
func fullOrg(org string) string {
	if full, ok := orgShortForms[org]; ok {
		return full
	}
	return org
}

// orgPrefix: text before a place that names the organisation a hospital
// belongs to (卫生福利部, 行政院卫生署).
func (f hospitalFinder) orgPrefix(s string) bool {
	if utf8.RuneCountInString(s) < 2 {
		return false
	}
	for _, e := range orgPrefixEnds {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// placeName reads a name that starts at rune j with a place (湖北 大冶市,
// 台北市, or a county's short form: 黄岛) and ends with the suffix.
func (f hospitalFinder) placeName(rs []rune, j, sufStart, sufEnd int) (Mention, bool) {
	s := string(rs[j:sufStart])
	places := placeChain(s, f.g)
	if len(places) == 0 {
		shorts := f.g.ShortCounty(s)
		if len(shorts) == 0 || shorts[0] == s || landmarkAfter(s[len(shorts[0]):]) {
			// A short form alone before the suffix is rather a name of
			// the hospital's own: 同仁医院 is no hospital of 同仁市.
			return Mention{}, false
		}
		p := f.g.short[shorts[0]][0]
		places = []chainPlace{{place: p, start: 0, end: len(shorts[0])}}
	}
	last := places[len(places)-1]
	middle := s[last.end:]
	if lw := s[last.start:last.end]; lw != last.place.Name {
		// 新疆自治区人民医院, 恩施自治州中心医院: a place written
		// short with its level after is the place in full.
		for _, level := range []string{"自治区", "自治州", "省"} {
			if strings.HasSuffix(last.place.Name, level) && strings.HasPrefix(middle, level) {
				s = s[:last.start] + last.place.Name + middle[len(level):]
				last.end = last.start + len(last.place.Name)
				places[len(places)-1] = last
				middle = s[last.end:]
				break
			}
		}
	}
	if utf8.RuneCountInString(middle) > maxNameMiddle || namesKind(middle+string(rs[sufStart:sufEnd])) || strings.ContainsRune(middle, '暨') {
		// 暨 joins two names: the place begins the first, not the hospital's.
		return Mention{}, false
	}
	written := string(rs[j:sufEnd])
	top := places[0].place
	if utf8.RuneCountInString(middle) == 1 && strings.Contains(ordinals, middle) {
		// 双流五医院, 市一医院: a place's numbered hospital, 第五人民医院.
		middle = "第" + middle + "人民"
		s = s[:last.end] + middle
	}
	m := Mention{Written: written, Start: j, End: sufEnd}
	p := last.place
	m.Place = &p
	rest := s[last.end:] + string(rs[sufStart:sufEnd])
	switch {
	case top.Short:
		// 黄岛人民医院 stays as written: the place (青岛市黄岛区) is known, but
		// the hospital's own name is the text's.
		m.Name = s[places[0].start:last.end] + rest
		m.Place = &top
	case top.Level == levelCounty && top.Province != "":
		// County hospitals go by their province too, as their official
		// names do: 浙江省长兴县人民医院, whether the text wrote 浙江长兴县
		// or 长兴县.
		m.Name = countyPrefix(top) + s[places[0].start:last.end] + rest
	case len(places) > 1:
		// 湖北大冶市 is 湖北省大冶市, 成都双流 成都市双流区: every place but the
		// last in full, and a district's short form too.
		var b strings.Builder
		for _, c := range places[:len(places)-1] {
			b.WriteString(c.place.Name)
		}
		if last.place.Short {
			b.WriteString(last.place.Full)
		} else {
			b.WriteString(s[last.start:last.end])
		}
		m.Name = b.String() + rest
	default:
		m.Name = s[places[0].start:last.end] + rest
	}
	if lastWritten := s[last.start:last.end]; middle == "" && (last.place.Short || lastWritten != last.place.Name || last.place.Level < levelCounty) {
		// 深圳医院, 深圳市医院, 屏东医院: a city's name and a suffix name the
		// hospitals of the city, or one the article names in full
		// elsewhere; a county's (福清市医院, 某县医院) is its hospital.
		m.Ref, m.placeOnly = true, true
	}
	if at := universityEnd(middle); at > 0 {
		// 北京大学深圳医院, 香港大学深圳医院: a university's hospital named
		// after another place stands in that place, not the university's;
		// one named after the university stands in its seat (中山大学附属
		// 第一医院 in 广州, not 中山).
		if far := f.placeAfterUniversity(middle[at:]); far != nil {
			m.Place = far
		} else if seat, ok := f.universitySeat(written); ok {
			m.Place = seat
		}
	}
	return m, true
}

// placeAfterUniversity returns the place that begins the words after a
// university's name (深圳 of 北京大学深圳医院), after the university's
// 附属 or 附设 (惠州 of 中山大学附属惠州医院), or a town of Taiwan's written
// without its level (北港 of 中国医药大学北港附设医院); nil when they begin
// with none.
func (f hospitalFinder) placeAfterUniversity(rest string) *Place {
	for _, w := range []string{"医学院附属", "医学院附设", "附属", "附设"} {
		if r, ok := strings.CutPrefix(rest, w); ok {
			rest = r
			break
		}
	}
	if far := placeChain(rest, f.g); len(far) > 0 && far[0].start == 0 && !far[0].place.Short && !honourNames[rest[:far[0].end]] {
		p := far[len(far)-1].place
		return &p
	}
	rs := []rune(rest)
	if len(rs) < 4 || !hasPrefixRunes(rs[2:], []string{"附设", "附属", "医院", "分院"}) {
		return nil // 中和纪念医院 is named for a person, not for 中和区
	}
	for _, level := range []string{"镇", "乡", "市", "区"} {
		if ps := f.g.Lookup(string(rs[:2]) + level); len(ps) == 1 && ps[0].Province == "台湾省" {
			return &ps[0]
		}
	}
	return nil
}

// honourNames: names of places that hospitals bear for a person (中山 for
// Sun Yat-sen, 中正 for Chiang Kai-shek): 复旦大学附属中山医院 stands in
// 上海, not in 中山.
var honourNames = map[string]bool{"中山": true, "中正": true, "逸仙": true}

// repeatsUniversity: the name after the university at name[:at] begins
// with the university's own name (南华大学附属南华医院): that is the
// university's name again, not a place (南华县) the hospital stands in.
func repeatsUniversity(name string, at int) bool {
	uni := strings.TrimSuffix(strings.TrimSuffix(name[:at], "大学"), "医学院")
	rest := name[at:]
	for _, w := range []string{"附属", "附设"} {
		rest = strings.TrimPrefix(rest, w)
	}
	return uni != "" && strings.HasPrefix(rest, uni)
}

// universityEnd returns where the words after a university's name begin
// in s (大学, 医科大学, 医学院), or -1.
func universityEnd(s string) int {
	for _, w := range []string{"大学", "医学院"} {
		if i := strings.Index(s, w); i >= 0 {
			return i + len(w)
		}
	}
	return -1
}

// countyPrefix: what stands before a county-level place in its hospitals'
// official names: the city for a city's district (青岛市黄岛区), else the
// province (湖北省大冶市).
func countyPrefix(p Place) string {
	name := p.Name
	if p.Short {
		name = p.Full
	}
	if strings.HasSuffix(name, "区") && p.City != "" && p.City != p.Province {
		return p.City
	}
	if p.Province == p.City {
		return "" // a municipality's district: 重庆市 is both
	}
	return p.Province
}

// isGeneric: s is made of genericParts only ("" included): the kind of a
// hospital, not its name.
func isGeneric(s string) bool {
	for s != "" {
		found := false
		for _, w := range genericParts {
			if strings.HasPrefix(s, w) {
				s = s[len(w):]
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// levelPrefixed: a generic name that begins with the level of a place
// (市人民医院, 省中医院, 县中医院): the hospital of the article's place.
func levelPrefixed(s string) bool {
	for _, p := range []string{"省", "市", "县", "区"} {
		if strings.HasPrefix(s, p) && len(s) > len(p) {
			return true
		}
	}
	return false
}

// chainPlace is a place found at byte offsets [start, end) of a name.
type chainPlace struct {
	place      Place
	start, end int
}

// placeChain reads places from the start of s, each within the one before
// (湖北 → 大冶市), and returns them; nil when s starts with no place.
func placeChain(s string, g *Gazetteer) []chainPlace {
	var chain []chainPlace
	pos := 0
	for pos < len(s) {
		var found *chainPlace
		for _, name := range g.PrefixPlaces(s[pos:]) {
			if landmarkAfter(s[pos+len(name):]) {
				continue
			}
			for _, p := range g.Lookup(name) {
				if len(chain) > 0 && !within(p, chain[len(chain)-1].place) {
					continue
				}
				found = &chainPlace{place: p, start: pos, end: pos + len(name)}
				break
			}
			if found != nil {
				break
			}
		}
		if found == nil && len(chain) > 0 {
			// 青岛市黄岛二医: a district's short form after its city — not
			// where a level follows it (光明新区 is its own name).
			for _, name := range g.ShortCounty(s[pos:]) {
				if r, _ := utf8.DecodeRuneInString(s[pos+len(name):]); strings.ContainsRune("区县市镇乡新", r) || landmarkAfter(s[pos+len(name):]) {
					continue
				}
				for _, p := range g.short[name] {
					if within(p, chain[len(chain)-1].place) {
						found = &chainPlace{place: p, start: pos, end: pos + len(name)}
						break
					}
				}
				if found != nil {
					break
				}
			}
		}
		if found == nil {
			break
		}
		chain = append(chain, *found)
		pos = found.end
	}
	return chain
}

// landmarkAfter: the text after a place's name makes the two another
// name: a gate, road, street or bridge named after the place (广安门医院,
// 朝阳门医院, 中山路医院, 朝阳街道) lies anywhere, not in it, and 解放军 (解放
// of 解放区) is the army.
func landmarkAfter(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune("门路街桥巷军", r)
}

// within: p lies inside parent (by GB/T 2260 code prefix).
func within(p, parent Place) bool {
	if p.Level <= parent.Level {
		return false
	}
	switch parent.Level {
	case levelProvince:
		return strings.HasPrefix(p.Code, parent.Code[:2])
	case levelCity:
		return strings.HasPrefix(p.Code, parent.Code[:4])
	}
	return false
}

// runeIndex returns a function from byte offsets of text to rune offsets,
// for offsets asked in increasing order (it counts on from the last one).
func runeIndex(text string) func(int) int {
	lastByte, lastRune := 0, 0
	return func(b int) int {
		if b < lastByte {
			lastByte, lastRune = 0, 0
		}
		lastRune += utf8.RuneCountInString(text[lastByte:b])
		lastByte = b
		return lastRune
	}
}

// hospitalInfo places a hospital: province and city from its place; a
// hospital placed in a province alone gets the city it stands in where
// that is general knowledge (provinceSeat).
func hospitalInfo(m Mention) zhnews.Hospital {
	h := zhnews.Hospital{Name: m.Name}
	if m.Place != nil {
		h.Province = m.Place.Province
		h.City = m.Place.City
		switch {
		case h.City != "":
		case m.Place.Level == levelProvince:
			h.City = provinceSeat(h.Province, m.Name)
		case m.Place.Level == levelCounty && !municipalities[h.Province]:
			// A county-level city the province governs itself (天门市,
			// 济源市, 琼海市; 天门 in 天门一医) is its own city.
			if full := cmp.Or(m.Place.Full, m.Place.Name); strings.HasSuffix(full, "市") {
				h.City = full
			}
		}
	}
	return h
}
