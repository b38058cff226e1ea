package extract

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"zhnews"
	"zhnews/internal/rx"
	"zhnews/segment"
)

// award reads honours the hospital received, as their quoted titles:
// 先后荣获“全国医院文化建设示范单位”“全国文明单位”等三十余项称号 → two
// awards; 被国家卫健委评为“…” → scope 国家卫健委. Lists may qualify their
// items (、省“…”竞赛优胜医院, 、市政府“…”金杯), mix quoted and plain titles
// (“甲”和乙单位的称号) or count a family of prizes and list them (4项某某奖,
// 包括甲-金奖…); a page may list the honours one a line (honourRoll). An honour of a person
// (书记龚治国同志被…授予“…”) or a department (神经内科获评为“…”) is not the
// hospital's, nor one of a person named by the job title (护理师王某获得
// …奖), of a branch or department (该院外科党支部荣获…, 民进医院支部荣获…)
// or in the system of a democratic party (“民进全国先进集体”), and a
// ranking written as a title (县级医院500强) is a ranking.
type award struct{}

var (
	// The verbs of honour, tried only where one of awardVerbStarts stands
	// (matchesFrom): unanchored, the alternation costs a try at every
	// character of every sentence that names an honour.
	awardVerb       = rx.MustCompile(`^(?:荣获|荣膺|夺得|夺下|拿下|囊括|获颁|摘取|问鼎|蝉联|获得|得到|获评为|获评|获批|喜获|斩获|摘得|捧得|获|被评选为|评选为|被评为|被授予|授予|评为|入选|被命名为|命名为|被列为|列为|被确定为|确定为|被认定为|认定为|被评定为|评定为|被表彰为|表彰(?:其|它|该院)?为)`)
	awardVerbStarts = []string{"荣", "夺得", "夺下", "拿下", "囊括", "获", "得到", "摘", "问鼎", "蝉联", "喜获", "斩获", "捧得", "被", "授予", "评为", "评选为", "入选", "命名为", "列为", "确定为", "认定为", "评定为", "表彰"}
	quotedTitle     = rx.MustCompile(`[“"「『]([^”"」』]{2,40})[”"」』]`)
	awardGiver      = rx.MustCompile(`(?:被|获)([^，,。；;被获]{2,24}?)(?:评为|授予|命名为|列为|确定为|认定为|颁发)`)
	personSubject   = rx.MustCompile(`书记|院长|主任|同志|医生|医师|护士|教授|专家|作品|[^医学]科$|科室$|团队成员|(?:^|[^诊术疗])人次|(?:^|[^第\d十百千几数多余])[\d十百千几数多余]+\s*(?:名|人|位)|个人|职工|员工|党员|干部|医务人员|医护人员|同仁|学生|研究生`)
	// Job titles that name a person, in the mainland's and Taiwan's words
	// (护理师, 护理长 are a nurse and a head nurse). Each ends with one of
	// jobTitleEnds.
	jobTitle     = rx.MustCompile(`(?:护理|药|技|治疗|营养|社工|检验|麻醉|心理|康复|放射|工程|会计|律|医技|技术)师|(?:护理|护士|科|处|部|组|队|站|所|局|社|班)长|院士|博士|研究员`)
	jobTitleEnds = "师长士员"
	// A part of the hospital as the subject: a branch, a department, a
	// democratic party's branch (民进医院支部, 九三学社医院支社).
	partSubject = rx.MustCompile(`(?:支部|支社|小组|科室|[^医]科|病区|护理单元|护理部|门诊部|医务部|宣传部|分会|团委|团队|` + democraticParties + `)$`)
	// What may stand between a subject and its verb: adverbs, and dates
	// and streaks, which end in one of subjectTimeEnds.
	subjectAdverbs  = []string{"先后", "多次", "曾经", "曾", "连续", "均", "也", "还", "又", "再次", "共", "分别", "相继", "已", "近年来", "今年", "去年", "此次", "本次", "同时", "一同", "共同", "双双", "都", "同", " "}
	subjectTime     = rx.MustCompile(`(?:(?:19|20)\d{2}\s*年度?|[\d一二三四五六七八九十]+\s*(?:年|届|次))$`)
	subjectTimeEnds = []string{"年", "度", "届", "次"}
	// The democratic parties: their honours go to their branches and
	// members, not to the hospital the branch is in.
	democraticParties = `民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|民主党派`
	partyHonour       = rx.MustCompile(democraticParties)
	// Honours whose holder is a branch or a group inside the hospital.
	partTitle = rx.MustCompile(`(?:支部|支社|团委|党小组|班组|科室|病区)$`)
	// The verb inside a phrase about whom the hospital rewards: 对荣获…的科室.
	awardPreposition = rx.MustCompile(`(?:对|向|给|为)$`)
	// After the titles: those who hold them are others (…的科室进行奖励).
	honourOfOthers = rx.MustCompile(`^(?:等)?[^，,。；;]{0,6}?的(?:科室|个人|集体|单位|同志|员工|职工|人员|医生|护士|团队|党员|先进|部门|班组|病区)`)
	// An entry as the subject, with who made it: 由某某科制作的短片,
	// 由王某拍摄的作品; group 1 is the maker.
	madeBy = rx.MustCompile(`^由([^的，,。；;]{1,16}?)(?:制作|选送|拍摄|撰写|创作|报送|申报|完成|设计|推送|编写|录制)的`)
	// After the titles: how many persons hold them (荣获“…”共计10人, “…”3名).
	personsCounted = rx.MustCompile(`^[^，,。；;]{0,4}?(?:共计|共有|合计|计|共)?\s*[\d一二两三四五六七八九十百]+\s*(?:人|名|位)(?:[^次]|$)`)
	// The title of the winning entry, not the prize: 获得铜奖的主题为「…」.
	entryTitle = rx.MustCompile(`主题|作品|题目|论文|课题|项目名称|案例名称|参赛`)
	// Honours of a person, whoever the sentence names.
	personTitle = rx.MustCompile(`(?:个人|工作者|共产党员|党员|红旗手|劳动模范|劳模|名医|好医生|好护士|能手|之星|人物|杰出青年|青年岗位能手|新秀|新人|新人奖|新星|医师奖|护理师奖|护士奖|护士|医生|医师|护理师|药师|院长|书记|主任|科主任|护士长|学者|人才)$`)
	// A prize written after a quoted title: 「幸福企业」金奖.
	prizeAfter = rx.MustCompile(`^(?:金奖|银奖|铜奖|特等奖|一等奖|二等奖|三等奖|优秀奖|大奖)`)
	// A further prize joined to the first after the title: 「…」金奖及银奖.
	prizeJoin = rx.MustCompile(`^\s*(?:及|和|与|、|以及)\s*(金奖|银奖|铜奖|特等奖|一等奖|二等奖|三等奖|优秀奖)`)
	// The rest of a title written after its quoted part, up to a break
	// or the next title: 「智慧医院」全机构标章.
	titleTail = rx.MustCompile(`^(\p{Han}{1,8}?(?:标章|奖章|奖牌|奖杯|认证|奖))(?:[，,。；;、与及和]|$)`)
	// A prize alone names no honour: which prize is not said.
	prizeOnly = rx.MustCompile(`^(?:金奖|银奖|铜奖|特等奖|一等奖|二等奖|三等奖|优秀奖|大奖|奖项|荣誉|称号)$`)
	// How an honour written without quotation marks ends.
	honourEnd = rx.MustCompile(`(?:单位|集体|先锋号|文明号|奖状|奖杯|奖牌|奖|标兵|模范|基层党组织|党组织|文明岗|之家|示范医院|先进医院|模范医院|品牌医院|平安医院|满意医院|(?:优秀|创新|百佳|十佳|放心|诚信|优质|爱婴|绿色|文明|人文)医院|(?:优秀|先进|模范|最佳|示范)\p{Han}{0,8}组织|示范基地|红旗|称号|站所|品质标章|机构标章)$`)
	// Every honourEnd match holds one of these.
	honourWords = []string{"单位", "集体", "先锋号", "文明号", "奖", "标兵", "模范", "党组织", "文明岗", "之家", "示范医院", "先进医院", "品牌医院", "平安医院", "满意医院", "示范基地", "红旗", "称号", "站所", "标章",
		"优秀医院", "创新医院", "百佳医院", "十佳医院", "放心医院", "诚信医院", "优质医院", "爱婴医院", "绿色医院", "文明医院", "人文医院", "组织"}
	// A quoted category or group an entry competed in (「某某类－某某组」),
	// the prize it won following it: 荣获「…组」某某品质奖金奖.
	categoryTitle = rx.MustCompile(`(?:组|类|组别|类别|赛道)$`)
	categoryPrize = rx.MustCompile(`^(\p{Han}{0,12}?(?:金奖|银奖|铜奖|特等奖|一等奖|二等奖|三等奖|优秀奖|佳作奖|佳作))`)
	// Those who received an honour, named as a list of persons before
	// the verb: 王某、李某某、张某获得“…”称号.
	personList = rx.MustCompile(`^\p{Han}{2,3}(?:、\p{Han}{2,3})+$`)
	// The honour describes the person the phrase ends with: 曾获「…」肯定、
	// 在某院服务三十年的王某某.
	// A person's pronoun in the subject (让他在多年前便荣获…), not 其他.
	personPronoun = rx.MustCompile(`(?:^|[^其])[他她]`)
	// The words for an honour that may follow its title after 的.
	honourNoun      = rx.MustCompile(`^(?:荣誉|称号|殊荣|桂冠|奖项|表彰|嘉奖|肯定|光荣|荣耀)`)
	describesPerson = rx.MustCompile(`的(\p{Han}{2,3}?)(?:医师|医生|教授|主任|院长|护理师|护理长|护士|药师|先生|女士)?$`)
	// Words after an honour that are no part of it.
	honourTail = rx.MustCompile(`的?(?:这一|这项|此项)?(?:最高|崇高|光荣)?(?:殊荣|荣誉称号|光荣称号|荣誉|称号|奖项|表彰)$`)
	// Before a plain honour: 了, 过, a year.
	plainLead = rx.MustCompile(`^(?:了|过)?\s*(?:它|其)?\s*(?:(?:19|20)\d{2}\s*(?:—|-|－|至|到)?\s*(?:(?:19|20)\d{2})?\s*年度?)?\s*(?:第\s*[\d一二三四五六七八九十百]+\s*(?:届|批|次))?\s*`)
	// A day written in numerals, quoted as news quotes festivals (“七一”
	// 表彰, “五四”青年节): no honour's title.
	festivalDay = rx.MustCompile(`^[一二三四五六七八九十]{2,3}$`)
	// How many of a prize, before it: 三座钻石奖, 3项白金奖 are the prize.
	prizeCount = rx.MustCompile(`^(?:[\d一二两三四五六七八九十]+|多|数|几|若干)\s*(?:座|项|个|枚|块|尊)\s*`)
	// A count with no number inside an item (市级多项科研成果奖, 数项省级奖励):
	// how many prizes of a kind, none of them named.
	vagueCount = rx.MustCompile(`(?:多|数|几|若干)\s*(?:项|个|座|枚)`)
	// Every award verb holds one of these.
	awardKeywords = []string{"获", "得到", "颁发", "颁授", "蝉联", "夺得", "夺下", "拿下", "囊括", "荣膺", "摘取", "问鼎", "评为", "授予", "入选", "命名", "列为", "确定为", "认定为", "评定为", "摘得", "捧得", "评选为", "表彰为", "表彰其为", "表彰它为", "表彰该院为"}
	parenthesis   = rx.MustCompile(`[(（][^)）]{0,12}[)）]`)
	// Rankings are no honours: a place (100强, 第5名), a table (排行), or a
	// list of the best hospitals (2024年世界最佳医院, 全球最佳医院).
	rankingTitle = rx.MustCompile(`\d+\s*强|第\s*\d+\s*名|百强|排行|最佳医院$`)
	// A hospital's grade (三级甲等, 二甲; in Taiwan's accreditation 医学中心,
	// 区域医院, 地区医院) is its rating, not an honour.
	gradeTitle = rx.MustCompile(`^(?:(?:[一二三]级[甲乙丙特]等|[二三][甲乙])(?:医院)?|准?医学中心|区域医院|地区医院)$`)
	// The plaque or certificate that comes with an honour is no part of
	// its title: “全国文明单位”牌匾, “全国文明单位牌匾”.
	honourObject = rx.MustCompile(`(?:牌匾|匾额|荣誉证书|证书)$`)
	// Campaigns and programmes a hospital joins are no honours.
	programTitle = rx.MustCompile(`(?:行动|活动|工程|计划|项目启动|专项|建设单位|试点单位|培育单位|创建单位|候选单位|建设项目|` + nominationWords + `)$`)
	// After an honour's closing quote, the words that make the hospital
	// one of those put forward for it, not its holder: “全国文明单位”提名单位,
	// 「十佳医院」候选医院, “…”称号推荐对象.
	nominatedAfter = rx.MustCompile(`^\s*(?:荣誉称号|称号|荣誉)?\s*(?:提名|候选|预选|推荐|入围|参评|申报)`)
)

// nominationWords end a title that puts a hospital forward for an honour
// without giving it (提名单位, 候选医院, 入围名单, 提名资格).
const nominationWords = `提名单位|提名医院|提名集体|提名资格|候选医院|候选集体|候选资格|候选名单|入围名单|推荐对象|推荐单位|推荐名单`

func (award) Metric() string { return "award" }

// awardSentenceWords: a sentence that may name an honour holds one of
// these: a verb's, or a word that names a holder after the honour (得主;
// 由 alone is too common, and the verbs after it are awardKeywords).
var awardSentenceWords = append(awardKeywords[:len(awardKeywords):len(awardKeywords)], holderKeywords[1:]...)

func (award) keywords() []string { return awardSentenceWords }

func (award) Extract(d *Doc) []zhnews.Fact {
	out := append(honourRoll(d), awardRosters(d)...)
	for _, s := range d.sentencesWith(awardSentenceWords) {
		verbs := matchesFrom(s, awardVerb, awardVerbStarts)
		out = append(out, awardWinners(s, verbs)...)
		held := awardHolders(s)
		out = append(out, held...)
		mark := len(out)
		text := s.Text
		if !strings.ContainsAny(text, `“"「『`) && !containsAny(text, honourWords) {
			continue // an honour is quoted, or ends as one does
		}
		for _, vm := range verbs {
			vloc := vm.Loc
			// The clause up to the verb is the subject.
			subject := text[:vloc[0]]
			if i := lastClauseBreak(subject); i >= 0 {
				subject = subject[i:]
			}
			if strings.HasPrefix(text[vloc[0]:], "获奖") {
				continue // 获奖代表, 获奖者: those who won, no honour named
			}
			if personList.MatchString(strings.TrimSpace(trimAdverbs(subject))) && !strings.ContainsAny(subject, "院科部局室站所心") || personPronoun.MatchString(subject) || personNamed(subject) {
				continue // 王某、李某某获得…, 让他…荣获…: persons' honours
			}
			if m := madeBy.FindStringSubmatch(strings.TrimSpace(subject)); m != nil && !institutionEnd.MatchString(strings.TrimSpace(m[1])) {
				continue // 由心导管室制作的短片获…奖: the maker's entry, a department's or a person's
			}
			if personSubject.MatchString(subject) || awardPreposition.MatchString(subject) ||
				strings.ContainsAny(subject, jobTitleEnds) && jobTitle.MatchString(subject) || partSubject.MatchString(trimAdverbs(subject)) ||
				personLed(text, vloc[0]) {
				continue
			}
			if eventAfterVerb.MatchString(text[vloc[1]:]) && laterVerb(verbs, vloc) {
				continue // 获某会主办的「某某奖」,分别在…获得「金奖」: the event, its prizes named after it
			}
			if countedReceivers(subject, text[vloc[1]:], text[vloc[0]:vloc[1]]) {
				continue // 授予326个单位…称号, 7家单位被授予…: many, none of them named
			}
			rest := text[vloc[1]:]
			end := strings.IndexAny(rest, "。；;!！?？\n")
			if end < 0 {
				end = len(rest)
			}
			rest = rest[:end]
			scope := ""
			if g := awardGiver.FindStringSubmatch(text[max(0, vloc[0]-60):min(len(text), vloc[1]+2)]); g != nil {
				scope = strings.TrimSpace(g[1])
			}
			if fs := contestPrizes(s, vloc, rest); len(fs) > 0 {
				out = append(out, fs...)
				continue // 在某某竞赛中夺得金奖: the contest's prize
			}
			if fs := earlierContestPrizes(d, s, vloc, rest); len(fs) > 0 {
				out = append(out, fs...)
				continue // 第26届某某奖揭晓 … 一举拿下金奖: the prize of the contest named before
			}
			if fs, ok := giveeAwards(s, vm, rest); ok {
				out = append(out, fs...)
				continue // 授予甲医院、乙医院某某称号: the hospitals given it
			}
			clause := rest
			if i := strings.IndexAny(clause, "，,"); i >= 0 {
				clause = clause[:i] + honourListAfter(clause[i:])
			}
			// 甲医院、乙医院等4个单位获评…: the honour of each of them.
			together := subjectHospitals(subject)
			respective := strings.HasSuffix(strings.TrimSpace(subject), "分别")
			if strings.ContainsAny(clause, `“"「『`) {
				if personGivee(d, s, vloc, rest) {
					continue // 授予王某“…”称号: a person's honour
				}
				out = append(out, forEachHospital(quotedAwards(s, vloc, rest, scope), together, respective)...)
			} else {
				fs := plainAwards(s, vloc, clause, scope)
				if members, family := familyMembers(s, vloc, rest, clause, scope); members != nil {
					// 4项某某方案奖,包括甲-金奖、乙-银奖…: the prizes counted, not
					// their family.
					fs = slices.DeleteFunc(fs, func(f zhnews.Fact) bool { return f.Value == family })
					fs = append(fs, members...)
				}
				out = append(out, forEachHospital(fs, together, respective)...)
			}
		}
		out = append(out, editionWinners(s, out[mark:])...)
		if len(held) > 0 {
			// The verb's reading of an honour whose holders are written
			// after it (获得“某某”称号的医院有甲医院…) names none of them.
			out = append(out[:mark], slices.DeleteFunc(out[mark:], func(f zhnews.Fact) bool {
				return f.Hospital == "" && slices.ContainsFunc(held, func(h zhnews.Fact) bool { return h.Value == f.Value })
			})...)
		}
	}
	carryContestScopes(d, out)
	// A list's honour read by two rules (the winners' list, the subject's)
	// is one fact of each hospital, as the pipeline keeps it.
	seen := map[string]bool{}
	return slices.DeleteFunc(out, func(f zhnews.Fact) bool {
		if f.Hospital == "" {
			return false
		}
		key := f.Hospital + "|" + fmt.Sprint(f.Value)
		dup := seen[key]
		seen[key] = true
		return dup
	})
}

var (
	// What may stand before an honour on a line of its own: its year or
	// years (2016年度, 2014—2015年度).
	rollLead = rx.MustCompile(`^(?:(?:((?:19|20)\d{2})\s*年?\s*(?:—|-|－|至)\s*)?((?:19|20)\d{2})\s*年度?)?\s*`)
	// A line that ends as an honour does and is a caption: 某某代表上台领奖.
	rollNoHonour = rx.MustCompile(`代表|上台|(?:领|颁|受|评|发|抽|兑|中|得)奖$`)
	// The fewest lines of honours that make a roll of them.
	minRollLines = 3
)

// honourRoll reads a page that lists the hospital's honours one a line,
// as a hospital's 所获荣誉 page or its table does (湖南省文明标兵单位 /
// 2016年度改善医疗服务示范医院 / 全国文明单位): each line that is wholly an
// honour's title (see isPlainHonour), with its year before it, is one
// honour, when at least minRollLines such lines stand in the text. A line
// with a verb (荣获…) is prose, read by the verbs' rules.
func honourRoll(d *Doc) []zhnews.Fact {
	var out []zhnews.Fact
	lineStart := true
	for _, s := range d.Sentences {
		whole := lineStart && (strings.HasSuffix(s.Text, "\n") || s.End == len(d.runes))
		lineStart = strings.HasSuffix(s.Text, "\n")
		if !whole || !containsAny(s.Text, honourWords) {
			continue
		}
		line := strings.TrimSpace(s.Text)
		lead := rollLead.FindStringSubmatch(line)
		item := strings.Trim(line[len(lead[0]):], "“”\"「」『』 ")
		if utf8.RuneCountInString(item) < 5 || strings.ContainsAny(item, "“”\"「」『』、，,:：|()（）") || containsAny(item, awardKeywords) || rollNoHonour.MatchString(item) || !isPlainHonour(item) {
			continue
		}
		year := 0
		if lead[2] != "" {
			year = atoi(lead[2])
		} else if lead[1] != "" {
			year = atoi(lead[1])
		}
		// The value keeps the year as the line writes it: one title given
		// in two years (2016年度…示范医院, 2017年…示范医院) is two honours.
		at := strings.Index(s.Text, line)
		m := Match{Sentence: s, Loc: []int{at, at + len(line)}}
		ev, st, en := m.Evidence(at, at+len(line))
		value := strings.TrimSpace(lead[0]) + item
		out = append(out, zhnews.Fact{Metric: "award", Value: value, Year: year, Evidence: ev, Start: st, End: en})
	}
	if len(out) < minRollLines {
		return nil
	}
	return out
}

// quotedAwards reads the quoted titles that follow an award verb at vloc
// (up to 30 runes of giver or year before the first one), one after
// another: 荣获“全国文明单位”“全国卫生系统先进集体”. A prize named after
// the title belongs to it (「幸福企业」金奖 → 幸福企业金奖).
func quotedAwards(s segment.Sentence, vloc []int, rest, scope string) []zhnews.Fact {
	first := quotedTitle.FindStringIndex(rest)
	if first == nil || utf8.RuneCountInString(rest[:first[0]]) > 30 || strings.ContainsAny(rest[:first[0]], "，,") || entryTitle.MatchString(rest[:first[0]]) {
		return nil
	}
	if g := issuedBy.FindStringSubmatch(rest[:first[0]]); g != nil && scope == "" {
		scope = g[1] // 荣获国家卫生健康委授予的“…”称号
	}
	var out []zhnews.Fact
	var extra []string // the further prizes of the title's contest
	pos := first[0]
	for pos < len(rest) {
		loc := quotedTitle.FindStringSubmatchIndex(rest[pos:])
		if loc == nil {
			break
		}
		gap := rest[pos : pos+loc[0]]
		if pos > first[0] && !isTitleJoin(gap) {
			break
		}
		title := rest[pos+loc[2] : pos+loc[3]]
		bStart, bEnd := vloc[1]+pos+loc[0], vloc[1]+pos+loc[1]
		pos += loc[1]
		if nominatedAfter.MatchString(rest[pos:]) {
			continue // 被评为“全国文明单位”提名单位: put forward, not given it
		}
		if categoryTitle.MatchString(title) {
			// The category an entry won in; the prize follows it, or no
			// honour is named.
			p := categoryPrize.FindString(rest[pos:])
			if p == "" {
				continue
			}
			title = p
			bEnd += len(p)
			pos += len(p)
		} else if p := prizeAfter.FindString(rest[pos:]); p != "" {
			base := title
			title += p
			bEnd += len(p)
			pos += len(p)
			// 「某某奖」金奖及银奖: the contest's prizes, one fact each.
			for {
				j := prizeJoin.FindStringSubmatch(rest[pos:])
				if j == nil {
					break
				}
				extra = append(extra, base+j[1])
				bEnd += len(j[0])
				pos += len(j[0])
			}
		} else if t := titleTail.FindStringSubmatch(rest[pos:]); t != nil && !strings.ContainsAny(t[1][:3], "等的之最这此殊") && !strings.Contains(t[1], "荣誉") {
			// 「智慧医院」全机构标章: the title goes on after its quotes.
			title += t[1]
			bEnd += len(t[1])
			pos += len(t[1])
		} else if tail, raw := honourRest(rest[pos:]); raw != "" {
			// 省“优质服务”竞赛优胜医院, “白求恩杯”金杯, “双学双优”第一名荣誉称号:
			// the rest of the title, up to the next item of the list (and
			// “…”称号及“…”: the words for an honour alone, passed over).
			title += tail
			bEnd += len(tail)
			pos += len(raw)
		}
		if t := honourObject.ReplaceAllString(title, ""); utf8.RuneCountInString(t) >= 2 {
			title = t
		}
		if rankingTitle.MatchString(title) || gradeTitle.MatchString(title) || programTitle.MatchString(title) || personTitle.MatchString(title) || othersTitle(title) || festivalDay.MatchString(title) || placeName(s.Text[vloc[0]:vloc[1]], title) {
			continue
		}
		if honourOfOthers.MatchString(rest[pos:]) || personsCounted.MatchString(rest[pos:]) {
			return nil // 对荣获“…”的科室进行奖励, 荣获“…”共计10人: others hold it
		}
		if describesPersonAfter(rest[pos:]) {
			return nil // 曾获「…」肯定、…的王某某: the person's honour
		}
		m := Match{Sentence: s, Loc: []int{bStart, bEnd}}
		ev, st, en := m.Evidence(vloc[0], bEnd)
		year := m.YearBefore(vloc[0])
		if year == 0 {
			year = titleYear(rest[:first[0]]) // 荣膺2023年度“某某奖”
		}
		for _, t := range append([]string{title}, extra...) {
			out = append(out, zhnews.Fact{
				Metric: "award", Value: strings.TrimSpace(t), Year: year,
				Scope: scope, Evidence: ev, Start: st, End: en,
			})
		}
		extra = nil
	}
	// After the quoted titles the list may go on with plain ones: “甲”和
	// 乙省文明单位的荣誉.
	for len(out) > 0 {
		loc := plainAfterQuoted.FindStringSubmatchIndex(rest[pos:])
		if loc == nil {
			break
		}
		item := honourTail.ReplaceAllString(rest[pos+loc[2]:pos+loc[3]], "")
		if !isPlainHonour(item) {
			break
		}
		end := vloc[1] + pos + loc[2] + len(item)
		m := Match{Sentence: s, Loc: []int{vloc[1] + pos + loc[2], end}}
		ev, st, en := m.Evidence(vloc[0], end)
		out = append(out, zhnews.Fact{Metric: "award", Value: item, Year: m.YearBefore(vloc[0]), Scope: scope, Evidence: ev, Start: st, End: en})
		pos += loc[3]
	}
	return out
}

// titleYearRe: the year of an honour written between its verb and its
// title (荣获2023年度“…”, 获评2022—2023年度“…”: the last year).
var titleYearRe = rx.MustCompile(`((?:19|20)\d{2})\s*年度?\s*$`)

// titleYear returns the year that ends gap, the words between an award's
// verb and its title, or 0.
func titleYear(gap string) int {
	if m := titleYearRe.FindStringSubmatch(strings.TrimSpace(gap)); m != nil {
		return atoi(m[1])
	}
	return 0
}

// A clause after the honour that tells who took it or how (院长某某代表
// 医院接受奖状, 上台领取奖牌): it ends as an honour does, but the verb in it
// says it is no honour's name.
var receivingClause = rx.MustCompile(`代表|接受|领取|领奖|上台|出席|参加|颁发`)

// A plain title after quoted ones, joined to them (see quotedAwards).
var plainAfterQuoted = rx.MustCompile(`^\s*(?:和|及|以及|、)\s*(\p{Han}{3,24}?)(?:的|等|[、和及，,。；;]|$)`)

// isPlainHonour: item, written without quotation marks, ends as an honour
// does and is none of the things that end so without being one (see
// plainAwards).
func isPlainHonour(item string) bool {
	n := utf8.RuneCountInString(item)
	return n >= 3 && n <= 30 && honourEnd.MatchString(parenthesis.ReplaceAllString(item, "")) && !prizeOnly.MatchString(item) &&
		!strings.ContainsAny(item, "的了是在将") && !(item[0] >= '0' && item[0] <= '9') && !personTitle.MatchString(item) &&
		!rankingTitle.MatchString(item) && !programTitle.MatchString(item) && !othersTitle(item)
}

// issuedBy: before a plain title, who gave it (国家卫生健康委授予的, 省政府
// 颁发的, 健康报评选的): no part of the title, its scope.
var issuedBy = rx.MustCompile(`^([^，,。；;的“"「『]{2,24}?)(?:联合授予|授予|颁发|颁授|评选|命名|评定|认定|表彰|主办)的\s*`)

// plainAwards reads honours written without quotation marks, up to the
// clause's end or its 等(称号): 先后获得全国文明单位、全国卫生系统先进集体等称号;
// 连续三届蝉联市级文明单位; 荣获国家生技医疗品质奖铜奖及11项标章. Every item
// must end as an honour does (单位, 集体, 先锋号, 奖, 称号…), so that a verb
// followed by anything else (获得患者好评) reads nothing.
func plainAwards(s segment.Sentence, vloc []int, clause, scope string) []zhnews.Fact {
	if strings.HasPrefix(s.Text[vloc[0]:], "获批") {
		return nil // an approval: a project or a designation, no honour
	}
	if i := listCloser(clause); i >= 0 {
		clause = clause[:i]
	}
	lead := plainLead.FindString(clause)
	year := 0
	if y := yearBefore.FindStringSubmatch(lead); y != nil {
		year = atoi(y[1])
	}
	var out []zhnews.Fact
	at := len(lead)
	body := clause[at:]
	cut := func(from, to int) {
		item := strings.TrimSpace(body[from:to])
		itemScope := scope
		if g := issuedBy.FindStringSubmatch(item); g != nil {
			// 国家卫生健康委授予的全国某某先进集体称号: the giver, then the title.
			if itemScope == "" {
				itemScope = g[1]
			}
			item = item[len(g[0]):]
		}
		item = honourTail.ReplaceAllString(item, "")
		if vagueCount.MatchString(item) {
			return // 省、市级多项科研成果奖: a tally of unnamed prizes, no honour's title
		}
		item = prizeCount.ReplaceAllString(item, "")
		if n := utf8.RuneCountInString(item); n < 3 || n > 30 || !honourEnd.MatchString(parenthesis.ReplaceAllString(item, "")) || prizeOnly.MatchString(item) || receivingClause.MatchString(item) ||
			strings.ContainsAny(item, "的了是在将") || item[0] >= '0' && item[0] <= '9' || personTitle.MatchString(item) || rankingTitle.MatchString(item) || programTitle.MatchString(item) || othersTitle(item) {
			return
		}
		i := strings.Index(body[from:to], item)
		m := Match{Sentence: s, Loc: []int{vloc[1] + at + from + i, vloc[1] + at + from + i + len(item)}}
		ev, st, en := m.Evidence(vloc[0], m.Loc[1])
		y := year
		if y == 0 {
			y = m.YearBefore(vloc[0])
		}
		out = append(out, zhnews.Fact{Metric: "award", Value: item, Year: y, Scope: itemScope, Evidence: ev, Start: st, End: en})
	}
	from := 0
	for _, loc := range listSeparator.FindAllStringIndex(body, -1) {
		cut(from, loc[0])
		from = loc[1]
	}
	cut(from, len(body))
	return out
}

var (
	// What opens the list of the prizes a count of them stood for.
	familyListLead = rx.MustCompile(`^[，,]\s*(?:其中)?(?:包括|包含|分别为|分别是|即)\s*[:：]?\s*`)
	// How such a prize ends: 金奖, 某某奖, 优等, 佳作.
	familyPrizeEnd = rx.MustCompile(`(?:奖|优等|佳作|特优)$`)
)

// familyMembers reads the prizes a counted family of them is followed by:
// 荣获甲奖及4项乙方案奖,包括丙-金奖、丁-银奖、戊-铜奖、己-铜奖 → the four
// prizes, each with its entry (two bronzes are two honours). family is
// the family's title as plainAwards read it (乙方案奖), members nil when
// the clause ends in no counted family or no such list follows.
func familyMembers(s segment.Sentence, vloc []int, rest, clause, scope string) (members []zhnews.Fact, family string) {
	if !strings.HasPrefix(rest, clause) {
		return nil, ""
	}
	last := clause
	if locs := listSeparator.FindAllStringIndex(clause, -1); len(locs) > 0 {
		last = clause[locs[len(locs)-1][1]:]
	}
	last = strings.TrimSpace(last)
	if !prizeCount.MatchString(last) {
		return nil, ""
	}
	family = honourTail.ReplaceAllString(prizeCount.ReplaceAllString(last, ""), "")
	after := rest[len(clause):]
	lead := familyListLead.FindStringIndex(after)
	if lead == nil {
		return nil, ""
	}
	at := vloc[1] + len(clause) + lead[1]
	list := after[lead[1]:]
	if i := strings.IndexAny(list, "，,。；;"); i >= 0 {
		list = list[:i]
	}
	for _, it := range listItems(list, at, listSeparatorNoComma) {
		name := strings.TrimSpace(it.name)
		if n := utf8.RuneCountInString(name); n < 2 || n > 24 || !familyPrizeEnd.MatchString(name) || strings.ContainsAny(name, "的了是在将等") {
			return nil, ""
		}
		m := Match{Sentence: s, Loc: []int{it.start, it.end}}
		ev, st, en := m.Evidence(vloc[0], it.end)
		members = append(members, zhnews.Fact{Metric: "award", Value: name, Year: m.YearBefore(vloc[0]), Scope: strings.TrimSpace(scope + " " + family), Evidence: ev, Start: st, End: en})
	}
	return members, family
}

// honourListAfter returns the clauses after a plain honour, from their
// comma, that go on listing honours (先后获得甲市文明单位,乙市平安医院,
// 丙省先进集体): each ends as an honour does and holds no verb's particle.
// The list stops at the first clause that is no honour.
func honourListAfter(rest string) string {
	end := 0
	for end < len(rest) {
		r, size := utf8.DecodeRuneInString(rest[end:])
		if r != ',' && r != '，' {
			break
		}
		next := rest[end+size:]
		if familyListLead.MatchString(rest[end:]) {
			break // ,包括…: the list of what the last item counted
		}
		i := strings.IndexAny(next, "，,")
		if i < 0 {
			i = len(next)
		}
		item := strings.TrimSpace(next[:i])
		if n := utf8.RuneCountInString(item); n < 3 || n > 30 || !honourEnd.MatchString(parenthesis.ReplaceAllString(item, "")) ||
			strings.ContainsAny(item, "的了是在将等获并") || containsAny(item, awardKeywords) {
			break // a clause of its own (并得到…), not the list's next item
		}
		end += size + i
	}
	return rest[:end]
}

// describesPersonAfter: what follows an honour's title, up to the
// clause's end, closes a phrase about a person (…肯定、在某院服务三十年的王某某).
func describesPersonAfter(rest string) bool {
	if i := strings.IndexAny(rest, "，,。；;"); i >= 0 {
		rest = rest[:i]
	}
	m := describesPerson.FindStringSubmatch(rest)
	if m == nil || honourNoun.MatchString(m[1]) {
		return false // …”的荣誉: the word for the honour (gse tags 荣誉 a name)
	}
	seg, err := segment.Default()
	if err != nil {
		return false
	}
	pos := seg.Pos(m[1])
	return strings.HasPrefix(pos, "nr") || pos == "" // a name the dictionary lacks
}

// trimAdverbs removes the adverbs, dates and streaks that end a subject
// (外科党支部连续三年 → 外科党支部), so that its last noun ends it.
func trimAdverbs(subject string) string {
	for {
		cut := subject
		for _, w := range subjectAdverbs {
			cut = strings.TrimSuffix(cut, w)
		}
		for _, w := range subjectTimeEnds {
			if strings.HasSuffix(cut, w) {
				tail := cut[runeStartBefore(cut, len(cut)-15):]
				if loc := subjectTime.FindStringIndex(tail); loc != nil {
					cut = cut[:len(cut)-len(tail)+loc[0]]
				}
				break
			}
		}
		if cut == subject {
			return subject
		}
		subject = cut
	}
}

// othersTitle: an honour whose title says it is held by a branch, a group
// or a democratic party's organisation, not by the hospital.
func othersTitle(title string) bool {
	return partyHonour.MatchString(title) || partTitle.MatchString(title)
}

// isTitleJoin: what may stand between two titles of one list: nothing, 、
// or 和/及, and a ranking's parenthesis (第151名); after the joint, who
// gave the next one or its level (、省“…”, 、市人民政府“…”).
func isTitleJoin(gap string) bool {
	gap = parenthesis.ReplaceAllString(gap, "")
	gap = strings.TrimSpace(gap)
	if m := qualifiedJoin.FindStringSubmatch(gap); m != nil {
		gap = m[1]
		if q := m[2]; strings.ContainsAny(q, "的了是在将等并其") || containsAny(q, awardKeywords) || !titleGiver.MatchString(q) {
			return false
		}
	}
	return gap == "" || gap == "、" || gap == "和" || gap == "及" || gap == "以及" || gap == "," || gap == "，"
}

var (
	// A joint of a list of titles and the giver or level of the next
	// title (、市卫生系统): at most ten characters, no verb (see isTitleJoin).
	qualifiedJoin = rx.MustCompile(`^(、|和|及|以及)\s*(\p{Han}{1,10})$`)
	// Who gives a title, or its level, as a list writes them before it:
	// a place or a level (省, 省级, 全国), a government, a system, a body.
	titleGiver = rx.MustCompile(`(?:省|市|县|区|州|国家|全国|级|政府|系统|委员会|委|局|厅|部|会|妇联|工会|中心)$`)
	// The rest of a title after its quoted part, up to the list's next
	// item: one that ends as an honour does (竞赛优胜医院, 金杯), or that
	// the words for an honour close (第一名荣誉称号).
	honourRestText = rx.MustCompile(`^([^\P{Han}及和与等]\p{Han}{0,9}?)(?:[、，,。；;及和与等]|$)`)
	honourRestEnd  = rx.MustCompile(`(?:杯|优胜医院|优胜单位|优胜集体)$`)
	// A placing in a contest, which the words for an honour close:
	// “某某”第一名荣誉称号.
	honourPlacing = rx.MustCompile(`^(?:第[一二三四五六七八九十\d]{1,2}名|冠军|亚军|季军)$`)
)

// honourRest reads the rest of a title after its quotes (see
// honourRestText): tail is the part that belongs to the title, raw what
// it takes of rest (the words for an honour after it too, 荣誉称号; raw
// alone when they are all there is).
func honourRest(rest string) (tail, raw string) {
	m := honourRestText.FindStringSubmatch(rest)
	if m == nil {
		return "", ""
	}
	raw = m[1]
	for tail = raw; ; {
		t := honourTail.ReplaceAllString(tail, "")
		if t == tail {
			break
		}
		tail = t
	}
	if tail == "" {
		return "", raw
	}
	if strings.ContainsAny(tail, "的了是在将等并获其之这此殊") || containsAny(tail, awardKeywords) || strings.Contains(tail, "最高") {
		return "", ""
	}
	if !honourEnd.MatchString(tail) && !honourRestEnd.MatchString(tail) && !honourPlacing.MatchString(tail) {
		return "", raw[:0] // 授予“某某”王某以荣誉: no part of the title
	}
	if prizeOnly.MatchString(tail) {
		return "", ""
	}
	return tail, raw
}

// giveVerbs: the verbs of award that take the receiver as their object
// (授予某某“…”称号).
var giveVerbs = []string{"授予", "被授予", "颁给", "颁发给"}

// commonSurnames: the hundred commonest single-character surnames, those
// whose character is seldom a function word or the head of a place's or
// hospital's short name (于, 和, 全, 华, 童 are left out).
const commonSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施牛樊葛邢"

// notInPersonName: characters of units, places, counts and dates, which a
// subject naming a person holds none of.
const notInPersonName = "院医科部局室站所心会社校该其我本市县区省州国镇村乡总年日届次期项个家名位人系组队处办委"

// personNamed: the subject, adverbs aside, is a person's name of three
// characters, a surname and a given name (陈某某获“某某创新大奖”): the
// honour is the person's. Two characters are too often a hospital's short
// name (高医, 马偕) to be read so.
func personNamed(subject string) bool {
	s := strings.TrimSpace(trimAdverbs(strings.TrimSpace(subject)))
	rs := []rune(s)
	if len(rs) != 3 || !allHanRunes(s) || !strings.ContainsRune(commonSurnames, rs[0]) {
		return false
	}
	return !strings.ContainsAny(s, notInPersonName)
}

// personGivee: the object between a verb of giving and the quoted title is
// a person's name of two or three characters, no organisation's (授予王某某
// “优秀医师”称号): one word gse tags as a name or does not know, or a
// surname it cut off the given name (汪/明亮).
func personGivee(d *Doc, s segment.Sentence, vloc []int, rest string) bool {
	verb := s.Text[vloc[0]:vloc[1]]
	given := false
	for _, v := range giveVerbs {
		given = given || verb == v
	}
	q := strings.IndexAny(rest, `“"「『`)
	if !given || q <= 0 {
		return false
	}
	gap := strings.TrimSpace(rest[:q])
	n := utf8.RuneCountInString(gap)
	if n < 2 || n > 3 || !allHanRunes(gap) || strings.ContainsAny(gap, "院局委部所站科心会社校该其我本") {
		return false
	}
	seg, err := segment.Default()
	if err != nil {
		return false
	}
	m := Match{Sentence: s}
	at := m.Rune(vloc[1] + strings.Index(rest, gap))
	if d.StartsToken(at + 1) {
		// 汪/明亮: a surname cut off the given name.
		first, _ := utf8.DecodeRuneInString(gap)
		return strings.HasPrefix(seg.Pos(string(first)), "nr")
	}
	for r := at + 2; r < at+n; r++ {
		if d.StartsToken(r) {
			return false // more than one word
		}
	}
	pos := seg.Pos(gap)
	return pos == "" || strings.HasPrefix(pos, "nr")
}

func allHanRunes(s string) bool {
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return true
}

// A new building or campus is named as an honour is given (命名为“某某
// 医院”, 被命名为“某某院区”): a quoted name that ends as a place's does
// and holds none of honourQualities is no award. Honours a hospital is
// named (命名为“全国示范医院”, “改善医疗服务创新医院”) say what it excels in.
var (
	placeTitle      = rx.MustCompile(`(?:院|院区|大楼|楼)$`)
	honourQualities = rx.MustCompile(`示范|先进|优秀|标准|创新|文明|模范|满意|放心|品牌|平安|特色|重点|诚信|星级|百佳|十佳|最佳|优质|友好|爱婴|绿色|廉洁|和谐|卓越|杰出|推荐`)
)

// placeName: verb names title as a place, not as an honour.
func placeName(verb, title string) bool {
	return strings.Contains(verb, "命名") && placeTitle.MatchString(title) && !honourEnd.MatchString(title) && !honourQualities.MatchString(title)
}

// The event a hospital took part in, written as its host's (某会主办的
// 「第26届某某奖」), when the verb is followed by the title at once.
var eventAfterVerb = rx.MustCompile(`^[^“"「『，,。；;]{0,40}(?:主办|举办|承办|主持)的\s*[“"「『]`)

// laterVerb: another verb of award follows the one at vloc in the
// sentence, naming what was won in the event.
func laterVerb(verbs []Match, vloc []int) bool {
	for _, v := range verbs {
		if v.Loc[0] >= vloc[1] {
			return true
		}
	}
	return false
}

// A count of the units or persons honoured, none of them named: 326个单位,
// 7家单位, 30名同志, 7个党员所在集体, 10个科室; a count of persons whatever
// they are called (10名职工, 三位护士).
var (
	countedUnits       = `(?:\d+|[一二两三四五六七八九十百]+)\s*(?:(?:个|家|名|位|所)\s*\p{Han}{0,8}?(?:单位|集体|同志|人|医院|机构|科室|部门|支部|团队|班组|病区)|名|位)`
	countedSubjectEnd  = rx.MustCompile(countedUnits + `$`)
	countedObjectStart = rx.MustCompile(`^\s*` + countedUnits)
)

// countedReceivers: the honour at a verb goes to a count of receivers
// that names none of them, as the subject (7家单位被授予…) or as the object
// of a verb of giving (授予326个单位…): it is no honour of the article's
// hospital, and the hospitals a roster lists are read from the roster.
// A count after names (甲医院、乙医院等4个单位获评) is theirs.
func countedReceivers(subject, after, verb string) bool {
	sub := strings.TrimSuffix(strings.TrimSpace(trimAdverbs(subject)), "被")
	if countedSubjectEnd.MatchString(sub) && !strings.Contains(sub, "等") && len(subjectHospitals(subject)) == 0 {
		return true
	}
	give := strings.HasSuffix(verb, "授予") || strings.HasSuffix(verb, "颁给") || strings.HasSuffix(verb, "颁发给")
	return give && countedObjectStart.MatchString(after)
}

// giveeAwards reads the honour a verb of giving (授予, 颁给) gives to the
// hospitals named as its object: 授予甲医院先进单位称号, 授予甲医院、乙医院、
// 丙医院“文明单位”称号. Every item of the object must be a hospital's name
// and the honour must follow the last one; ok reports that the object was
// such a list, so that the honour is not read again as the subject's.
func giveeAwards(s segment.Sentence, vm Match, rest string) ([]zhnews.Fact, bool) {
	verb := s.Text[vm.Loc[0]:vm.Loc[1]]
	if verb != "授予" && verb != "颁给" && verb != "颁发给" {
		return nil, false
	}
	if i := strings.IndexAny(rest, "，,"); i >= 0 {
		rest = rest[:i]
	}
	// The object ends at the last hospital's suffix before the honour.
	end := -1
	for _, loc := range hospitalSuffix.FindAllStringIndex(rest, -1) {
		if q := strings.IndexAny(rest, `“"「『`); q >= 0 && loc[1] > q {
			break
		}
		end = loc[1]
	}
	if end < 0 {
		return nil, false
	}
	honour := strings.TrimSpace(rest[end:])
	var title string
	if loc := quotedTitle.FindStringSubmatchIndex(honour); loc != nil && loc[0] == 0 {
		title = honour[loc[2]:loc[3]]
		if !isHonourTitle(title) {
			return nil, false
		}
	} else {
		title = honourTail.ReplaceAllString(honour, "")
		if n := utf8.RuneCountInString(title); n < 3 || n > 30 || !honourEnd.MatchString(title) || prizeOnly.MatchString(title) ||
			strings.ContainsAny(title, "的了是在将等") || personTitle.MatchString(title) || rankingTitle.MatchString(title) || programTitle.MatchString(title) || othersTitle(title) {
			return nil, false
		}
	}
	items := listItems(rest[:end], vm.Loc[1], listSeparatorNoComma)
	if len(items) == 0 || isCategory(items[0].name) {
		return nil, false
	}
	// A list after a full name may name its siblings by their kind alone
	// (甲研究院西城医院、南湖医院、眼科医院): the first item says whose they are.
	for _, it := range items {
		if !institutionEnd.MatchString(it.name) {
			return nil, false
		}
	}
	m := Match{Sentence: s, Loc: []int{vm.Loc[0], items[len(items)-1].end}}
	ev, st, en := m.Evidence(vm.Loc[0], items[len(items)-1].end)
	var fs []zhnews.Fact
	for _, it := range items {
		fs = append(fs, zhnews.Fact{
			Hospital: it.name, Metric: "award", Value: strings.TrimSpace(title),
			Year: m.YearBefore(vm.Loc[0]), Evidence: ev, Start: st, End: en,
		})
	}
	return fs, true
}
