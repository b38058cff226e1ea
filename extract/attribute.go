package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"zhnews"
	"zhnews/internal/rx"
	"zhnews/segment"
)

// Section is a stretch of the text about one hospital: a multi-hospital
// article's numbered part (01 湖北大冶市人民医院), or the whole article.
type Section struct {
	Start, End int     // rune offsets
	Topic      Mention // the hospital the section reports on
	HasTopic   bool
}

// listNumber: a list number before a heading (01 湖北大冶市人民医院, 0 4 内蒙
// 古多伦县人民医院).
var listNumber = rx.MustCompile(`^[0-9０-９][0-9０-９ ]{0,3}[、.．\s]*`)

// headingAlias: a bracketed other name at the end of a heading line.
var headingAlias = rx.MustCompile(`[(（][^()（）]{1,30}[)）]$`)

// Sections cuts the text at heading lines that name a hospital, and finds
// each part's topic: its heading's hospital, or for an article without
// headings the hospital named most often (the title counting twice, in a
// story of a visit a guest's hospital half).
// mentions are resolved (every Name canonical) and in text order.
func Sections(d *Doc, title string, mentions []Mention) []Section {
	text := d.Text
	var heads []Section
	rowHeads := 0 // heads that are a table's header row (某医院 | |)
	lineStart := 0
	next := 0 // first mention not before this line
	for _, line := range strings.SplitAfter(text, "\n") {
		n := utf8.RuneCountInString(line)
		body := strings.TrimSpace(listNumber.ReplaceAllString(strings.TrimSpace(line), ""))
		// A heading may give the hospital's other name after it: 某省人民医院
		// (某医科大学第一附属医院).
		body = strings.TrimSpace(headingAlias.ReplaceAllString(body, ""))
		// An infobox's or table's header row gives the name in its first
		// cell, the rest empty (某医院 | |): the name is the heading.
		trimmed := strings.TrimRight(body, "| \t")
		headerRow := trimmed != body && strings.Count(body, "|") >= 2
		body = trimmed
		for next < len(mentions) && mentions[next].Start < lineStart {
			next++
		}
		if utf8.RuneCountInString(body) <= 30 {
			for k := next; k < len(mentions) && mentions[k].End <= lineStart+n; k++ {
				m := mentions[k]
				if strings.HasSuffix(body, m.Written) && utf8.RuneCountInString(body)-utf8.RuneCountInString(m.Written) <= 6 {
					heads = append(heads, Section{Start: lineStart, Topic: m, HasTopic: true})
					rowHeads += b2i(headerRow)
					break
				}
			}
		}
		lineStart += n
	}
	total := utf8.RuneCountInString(text)
	if len(heads) >= 2 {
		// The text before the first heading is the introduction: no topic.
		var out []Section
		if heads[0].Start > 0 {
			out = append(out, Section{Start: 0, End: heads[0].Start})
		}
		for i := range heads {
			end := total
			if i+1 < len(heads) {
				end = heads[i+1].Start
			}
			heads[i].End = end
			out = append(out, heads[i])
		}
		return out
	}
	whole := Section{Start: 0, End: total}
	whole.Topic, whole.HasTopic = topicOf(d, title, mentions)
	if len(heads) == 1 && rowHeads == 1 && heads[0].Start > 0 {
		// One infobox under an article's prose (a branch's box after its
		// parent's introduction): the rows below its header are the box's
		// hospital's, the prose keeps the topic of what it names itself.
		intro := Section{Start: 0, End: heads[0].Start}
		k := sort.Search(len(mentions), func(i int) bool { return mentions[i].Start >= heads[0].Start })
		intro.Topic, intro.HasTopic = topicOf(d, title, mentions[:k])
		heads[0].End = total
		return []Section{intro, heads[0]}
	}
	return []Section{whole}
}

// topicOf is the hospital a text without headings reports on: the one
// named most often (the title counting twice, in a story of a visit a
// guest's hospital half), and never a party set beside 我院 (otherParties).
func topicOf(d *Doc, title string, mentions []Mention) (Mention, bool) {
	text := d.Text
	counts := map[string]int{}
	first := map[string]Mention{}
	visit := visitStory.MatchString(title) || visitStory.MatchString(text)
	others := otherParties(d, mentions)
	for _, m := range mentions {
		if others[m.Name] {
			continue
		}
		// In a story of a visit to 我院, a hospital named for a person's post
		// (X医院院长王某) is a guest's and counts half.
		if visit && namesPost(d.Slice(m.End, m.End+6)) {
			counts[m.Name]++
		} else {
			counts[m.Name] += 2
		}
		if _, ok := first[m.Name]; !ok {
			first[m.Name] = m
		}
	}
	for name, m := range first {
		if title != "" && (strings.Contains(title, m.Written) || strings.Contains(title, name)) {
			counts[name] += 4
		}
	}
	names := make([]string, 0, len(counts))
	for n := range counts {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if counts[names[i]] != counts[names[j]] {
			return counts[names[i]] > counts[names[j]]
		}
		return first[names[i]].Start < first[names[j]].Start
	})
	if len(names) > 0 {
		return first[names[0]], true
	}
	return Mention{}, false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// visitStory: the article reports a visit to the hospital that writes it
// (来我院调研, 莅临我院指导).
var visitStory = rx.MustCompile(`(?:来|来到|莅临|到|走进|深入)(?:我院|本院)[^。]{0,12}?(?:调研|考察|参观|指导|检查|交流|视察|座谈|走访)`)

// notSubject: words before a hospital's name that make it the object of
// the clause (与…合作, 托管…, 帮扶…), not the one it reports on.
var notSubject = rx.MustCompile(`(?:与|和|同|及|联合|托管|帮扶|援建|新建|兴建|筹建|援助|对口|支援|赴|到|前往|来自|协助|为|向|对|给)\s*$`)

// attributor names the hospital each fact is about. It holds the mentions
// and sections sorted by position, so each fact costs a binary search and
// a walk over its own sentence: attribution stays linear in the text.
type attributor struct {
	d         *Doc
	mentions  []Mention
	pronouns  []pronoun
	sections  []Section
	canonical map[string]string // a written or canonical name → canonical
}

// pronoun is a word that stands for a hospital without naming it: 该院
// (the one named last), 我院, 本院, 院方, 全院 and a bare 医院 (the hospital the
// section is about).
type pronoun struct {
	start, end int
	last       bool // 该院
	first      bool // 我院, 本院: the hospital that writes the page
}

// pronounWords stand for a hospital; "医院" counts only where it ends no
// name.
var pronounWords = []string{"该院", "我院", "本院", "院方", "全院", "医院"}

// pronounAfter: characters after which a bare 医院 is the pronoun (与医院,
// 在医院, 由医院).
const pronounAfter = "与和及同在由对向为把被将让使从是"

// titleDashes join the parts of a prize's category or title (某某类─某某组,
// 甲-乙奖); a bare 医院 after one begins such a part and stands for no
// hospital.
const titleDashes = "─—–-－"

// findPronouns finds the pronouns of the text outside the mentions.
func findPronouns(d *Doc, mentions []Mention) []pronoun {
	var out []pronoun
	rs := d.runes
	next := 0
	for i := 0; i+1 < len(rs); i++ {
		if rs[i+1] != '院' && rs[i+1] != '方' {
			continue
		}
		w := string(rs[i : i+2])
		if !slices.Contains(pronounWords, w) {
			continue
		}
		for next < len(mentions) && mentions[next].End <= i {
			next++
		}
		if next < len(mentions) && mentions[next].Start <= i {
			continue // the end of a name
		}
		if w == "医院" && i > 0 && isHan(rs[i-1]) && !strings.ContainsRune(pronounAfter, rs[i-1]) {
			continue // the end of a kind: 社会办医院, 三级医院
		}
		if w == "医院" && i > 0 && strings.ContainsRune(titleDashes, rs[i-1]) {
			continue // a title's part after its dash: 医疗院所类─医院社区服务组
		}
		out = append(out, pronoun{start: i, end: i + 2, last: w == "该院", first: w == "我院" || w == "本院"})
	}
	return out
}

func newAttributor(d *Doc, mentions []Mention, sections []Section) *attributor {
	a := &attributor{d: d, mentions: mentions, pronouns: findPronouns(d, mentions), sections: sections, canonical: map[string]string{}}
	for _, m := range mentions {
		a.canonical[m.Written] = m.Name
		a.canonical[m.Name] = m.Name
	}
	return a
}

// sentenceAt returns the sentence holding rune offset r.
func (a *attributor) sentenceAt(r int) segment.Sentence {
	ss := a.d.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > r })
	if i < len(ss) && ss[i].Start <= r {
		return ss[i]
	}
	return segment.Sentence{Start: r, End: r}
}

// mentionsBefore returns the index range of the mentions that start in
// [from, to).
func (a *attributor) mentionsBefore(from, to int) (int, int) {
	ms := a.mentions
	lo := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= from })
	hi := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= to })
	return lo, hi
}

// hospital names the hospital of a fact: the one an extractor read from a
// list or table row; else the nearest hospital named before the fact in
// its clause; else in its sentence, as the clause's subject; after 该院,
// the hospital named last before; else the topic of the fact's section.
func (a *attributor) hospital(f zhnews.Fact) (zhnews.Hospital, bool) {
	if f.Hospital != "" {
		name := f.Hospital
		if c, ok := a.canonical[name]; ok {
			name = c
		}
		for _, m := range a.mentions {
			if m.Name == name {
				return hospitalInfo(m), true
			}
		}
		// The name as a list wrote it, with words the finder left out of
		// its mention there (附属甲医院 over the mention 甲医院 in the
		// fact's evidence): the mention's hospital.
		lo, hi := a.mentionsBefore(f.Start, f.End)
		for k := lo; k < hi; k++ {
			if m := a.mentions[k]; m.Written != "" && strings.HasSuffix(name, m.Written) {
				return hospitalInfo(m), true
			}
		}
		return zhnews.Hospital{Name: name}, true
	}
	// A hospital named in the fact's own clause, before its end: 宁阳县人民
	// 医院党委书记、院长张明 in a clause that began with another hospital.
	lo, hi := a.mentionsBefore(f.Start, f.End)
	p, pok := a.pronounIn(f.Start, f.End)
	for k := hi - 1; k >= lo; k-- {
		m := a.mentions[k]
		if m.End > f.End || pok && p.start >= m.Start {
			break
		}
		if k > lo && notSubject.MatchString(a.d.Slice(max(f.Start, m.Start-4), m.Start)) {
			// 甲医院投资30亿在新建乙医院: the hospital built, a partner, is
			// the object; an earlier one in the clause is the subject.
			continue
		}
		return hospitalInfo(m), true
	}
	if pok {
		// 与医院党委书记、院长钟森: the pronoun's hospital, not the partner's.
		if p.last {
			if m, ok := a.namedLast(p.start); ok {
				return hospitalInfo(m), true
			}
		}
		if s, ok := a.sectionAt(p.start); ok && s.HasTopic {
			return hospitalInfo(s.Topic), true
		}
		if p.first {
			// 我院现有职工640人 on a page that names only the hospitals it
			// deals with: the writer's own figure, whose name the page
			// does not give, not theirs.
			return zhnews.Hospital{}, false
		}
	}
	start := f.Start
	sent := a.sentenceAt(start)
	lo, hi = a.mentionsBefore(sent.Start, start)
	if hi > lo {
		m := a.mentions[hi-1]
		if between := a.d.Slice(m.End, start); !strings.ContainsAny(between, clauseBreaks) {
			return hospitalInfo(m), true
		}
		for k := hi - 1; k >= lo; k-- {
			m := a.mentions[k]
			if notSubject.MatchString(a.d.Slice(max(sent.Start, m.Start-4), m.Start)) || namesPost(a.d.Slice(m.End, m.End+6)) {
				continue
			}
			if k > lo && a.inPredicate(sent.Start, m) {
				continue
			}
			return hospitalInfo(m), true
		}
	}
	if strings.Contains(a.d.Slice(sent.Start, start), "该院") {
		if m, ok := a.namedLast(sent.Start); ok {
			return hospitalInfo(m), true
		}
	}
	if hi == lo && !pok {
		if m, ok := a.previousSubject(sent); ok {
			return hospitalInfo(m), true
		}
	}
	if s, ok := a.sectionAt(start); ok && s.HasTopic {
		return hospitalInfo(s.Topic), true
	}
	return zhnews.Hospital{}, false
}

// previousSubject: a sentence that names no hospital before its fact and
// opens with no subject of its own (创设于1895年,…) goes on about the
// subject of the sentence right before it, when that sentence opens with a
// hospital (甲医院是一所…医院。创设于1895年): Chinese drops a topic it
// keeps.
func (a *attributor) previousSubject(sent segment.Sentence) (Mention, bool) {
	lead := a.d.Slice(sent.Start, min(sent.End, sent.Start+12))
	if !subjectlessOpening.MatchString(lead) {
		return Mention{}, false
	}
	prev := a.sentenceAt(sent.Start - 1)
	if prev.End > sent.Start || prev.Start == prev.End {
		return Mention{}, false
	}
	lo, hi := a.mentionsBefore(prev.Start, prev.End)
	if hi == lo {
		return Mention{}, false
	}
	m := a.mentions[lo]
	if m.Start-prev.Start > 2 || m.Ref && m.placeOnly {
		return Mention{}, false
	}
	return m, true
}

// subjectlessOpening: a sentence that opens with its verb or a time, no
// subject before it (创设于1895年, 始建于…, 1950年更名为…, 现有职工…).
var subjectlessOpening = rx.MustCompile(`^\s*(?:(?:于|自|在)?\s*(?:(?:19|20)\d{2}|[一二][〇零一二三四五六七八九]{3}|民国\S{1,4})\s*年|始建|始创|创建|创立|创办|创设|建于|成立于|建院|现有|拥有|共有|目前|现|占地|设有|下设)`)

// namedLast is the hospital 该院 at rune r stands for: the one named last
// before it, unless the sentence that names it names it as a helper
// thanked or relied on (甲医院党委书记表示,感谢乙医院的帮扶。该院… is 甲医
// 院) and names another hospital before: then that one.
func (a *attributor) namedLast(r int) (Mention, bool) {
	_, last := a.mentionsBefore(0, r)
	if last == 0 {
		return Mention{}, false
	}
	m := a.mentions[last-1]
	sent := a.sentenceAt(m.Start)
	lo, _ := a.mentionsBefore(sent.Start, m.Start)
	for k := last - 1; k >= lo; k-- {
		n := a.mentions[k]
		if !objectBefore.MatchString(a.d.Slice(max(sent.Start, n.Start-4), n.Start)) {
			return n, true
		}
	}
	return m, true
}

// objectBefore: words before a hospital's name that make it the one
// thanked or relied on (感谢乙医院的帮扶, 依托乙医院): a helper the subject
// speaks of, not the hospital the story goes on with.
var objectBefore = rx.MustCompile(`(?:感谢|感激|感恩|得益于|受益于|依托|借助)\s*$`)

// predicateOwnerBefore and predicateOwnerAfter frame a hospital named in
// the predicate of another (甲医院是乙医院的协作医院, 甲医院系乙医院托管医院,
// 甲医院作为乙医院的成员单位): the second owns what the first is, and the
// clauses after it go on about the first, the sentence's subject.
var (
	predicateOwnerBefore = rx.MustCompile(`(?:是|系|为|作为|属于|隶属于|隶属|成为)\s*$`)
	predicateOwnerAfter  = rx.MustCompile(`^\s*(?:的|托管|协作|合作|帮扶|对口|附属|直属|下属|所属|旗下|成员|教学|分院)`)
)

// inPredicate reports whether mention m stands in the predicate of a
// hospital named before it in the sentence that starts at sentStart.
func (a *attributor) inPredicate(sentStart int, m Mention) bool {
	return predicateOwnerBefore.MatchString(a.d.Slice(max(sentStart, m.Start-3), m.Start)) && predicateOwnerAfter.MatchString(a.d.Slice(m.End, m.End+3))
}

// namesPost: the text after a hospital begins with a person's post, so
// the hospital is that person's (浙大二院院长王某出席).
func namesPost(after string) bool {
	for _, w := range personTitles {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// sectionAt returns the section holding rune offset r.
func (a *attributor) sectionAt(r int) (Section, bool) {
	ss := a.sections
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > r })
	if i < len(ss) && ss[i].Start <= r {
		return ss[i], true
	}
	return Section{}, false
}

// pronounIn returns the last pronoun that starts in [from, to).
func (a *attributor) pronounIn(from, to int) (pronoun, bool) {
	ps := a.pronouns
	hi := sort.Search(len(ps), func(i int) bool { return ps[i].start >= to })
	if hi > 0 && ps[hi-1].start >= from {
		return ps[hi-1], true
	}
	return pronoun{}, false
}

// reportedHospitals: the hospitals the article reports on, in order of
// first mention, each placed by the first of its mentions that has a
// place: a section's topic, a hospital a fact is about, and any other
// hospital named as an actor (see actsIn) — a guest whose leaders attend,
// a partner that signs, a row of a list — but not one named only as the
// object of another's action (托管镇沅县中医医院, 并与某医院建立医联体);
// two hospitals joined by 与 (甲医院与乙医院签约) are partners, both reported.
func reportedHospitals(d *Doc, mentions []Mention, sections []Section, facts []zhnews.Fact) []zhnews.Hospital {
	want := map[string]bool{}
	for _, s := range sections {
		if s.HasTopic {
			want[s.Topic.Name] = true
		}
	}
	for _, f := range facts {
		if f.Hospital != "" {
			want[f.Hospital] = true
		}
	}
	listed := false // the mention before stands in a list
	prevActs := false
	for i, m := range mentions {
		// A hospital joined to the one before (A、B和C, A及B) shares its part.
		inList := i > 0 && (listed || prevActs) && lastOfList(d.Slice(mentions[i-1].End, m.Start))
		listNext := i+1 < len(mentions) && strings.TrimSpace(d.Slice(m.End, mentions[i+1].Start)) == "、"
		// 甲医院与乙医院…: the first of two partners joined by 与 acts too.
		jointNext := i+1 < len(mentions) && joinedTo(d, m.End, mentions[i+1].Start)
		acts := inList || jointNext || actsIn(d, m, listNext)
		if !want[m.Name] && acts {
			want[m.Name] = true
		}
		prevActs = acts
		after := strings.TrimLeft(d.Slice(m.End, m.End+12), " ")
		listed = inList || strings.HasPrefix(after, "、") || strings.HasPrefix(after, "(") && strings.Contains(after, ")、") ||
			strings.HasPrefix(after, "（") && strings.Contains(after, "）、")
	}
	var out []zhnews.Hospital
	at := map[string]int{}
	for _, m := range mentions {
		if !want[m.Name] {
			continue
		}
		info := placedByItsName(m)
		i, ok := at[m.Name]
		if !ok {
			at[m.Name] = len(out)
			out = append(out, info)
			continue
		}
		if out[i].Province == "" && info.Province != "" {
			out[i] = info
		}
	}
	for _, f := range facts {
		if _, ok := at[f.Hospital]; f.Hospital != "" && !ok {
			at[f.Hospital] = len(out)
			out = append(out, zhnews.Hospital{Name: f.Hospital})
		}
	}
	return out
}

// placedByItsName places a hospital by one of its mentions, unless the
// mention is a place alone before the suffix, or a county's short form
// (中山医院, 解放军总医院), resolved to a full name that begins with no
// place (复旦大学附属中山医院, 中国人民解放军总医院) or an organisation's
// name (衛福部台東醫院 is 卫生福利部台东医院, of 台东):
// the short form's place (中山, 解放) is then a part of the hospital's own
// name, not where it stands. A full name that begins with one keeps it
// (城阳二医 is 青岛市城阳区第二人民医院).
func placedByItsName(m Mention) zhnews.Hospital {
	h := hospitalInfo(m)
	if m.Place == nil || m.org != "" || m.Name == m.Written || strings.HasPrefix(m.Name, m.Written) || !m.placeOnly && !m.Place.Short {
		return h // 武汉协和医院: a city before the hospital's own name is where it stands
	}
	if chain := placeChain(m.Name, loadGazetteer()); len(chain) == 0 || chain[0].start != 0 {
		h.Province, h.City = "", ""
	}
	return h
}

// lastOfList: what stands between the last two items of a list of
// hospitals (A、B和C; A(90分)、B(89分)及C; A或B). 与 is no list: A与B签约 makes B
// A's partner.
func lastOfList(between string) bool {
	if strings.HasPrefix(between, "(") || strings.HasPrefix(between, "（") {
		if j := strings.IndexAny(between, ")）"); j > 0 {
			_, size := utf8.DecodeRuneInString(between[j:])
			between = between[j+size:]
		}
	}
	between = strings.TrimSpace(between)
	return between == "和" || between == "及" || between == "以及" || between == "、" || between == "或"
}

// officialWords follow a hospital whose people act in the article (关渡医
// 院行政副院长, 山东省中医医院副院长, 某市中医院党委副书记).
var officialWords = append([]string{"书记", "党委", "党总支", "党支部", "支部", "团委", "领导", "负责人", "代表", "团队", "院领导", "院方", "工会", "职工", "员工", "医护", "副书记", "董事长", "总裁", "理事长"}, personTitles...)

// namedOfficial: a person's name of two or three characters, then a
// leader's post (某医院杨某某院长, 某医院王某书记): Taiwan's and Hong Kong's
// news name the person before the post; the hospital is the person's. A
// name holds no character of an organisation's word or a function word.
var namedOfficial = rx.MustCompile(`^([\p{Han}]{2,3}?)(?:院长|副院长|总院长|执行长|党委书记|书记|董事长)`)

// staffOf: the hospital's people named with 的 after it (某医院的70多名同
// 仁, 某医院的医护团队): they act, and the hospital is of the story.
var staffOf = rx.MustCompile(`^的[^，,。；;！？!?、]{0,8}?(?:同仁|员工|职工|医师|医生|医护|护士|护理师|专家|团队|院长|副院长|党委书记)`)

// namesOfficial: the text after a hospital begins with namedOfficial.
func namesOfficial(after string) bool {
	m := namedOfficial.FindStringSubmatch(after)
	return m != nil && !strings.ContainsAny(m[1], "院局委部所站科心会社校该其我本的与和及党副总")
}

// personTitles follow a hospital that names a person's post (浙大二院院长
// 王某): the hospital describes the person, it is not the sentence's
// subject.
var personTitles = []string{"院长", "副院长", "常务副院长", "行政副院长", "主任", "副主任", "专家", "医生", "医师", "护士", "护士长", "教授", "主任医师", "副主任医师"}

// partyPrefix: a party's name before the hospital whose branch it names
// (中共X医院委员会, 民进X医院支部, 九三学社X医院支社).
var partyPrefix = rx.MustCompile(`(?:中共|中国共产党|民进|民盟|民建|民革|农工党|致公党|九三学社|台盟)$`)

// partnerOf: words before a hospital that make it the partner of another
// hospital's action (与…建立医联体, 托管…, 帮扶…) or a title another takes
// (成为…附属医院, 被评为…): that other's news. A hospital someone goes to
// (到北京同仁医院) is named as itself.
var partnerOf = rx.MustCompile(`(?:与|和|同|联合|托管|帮扶|援建|援助|对口|支援|协助|领办|接管|并入|合并|为)\s*$`)

// jointWith: the words of partnerOf that join partners, not a title
// another takes (成为…附属医院、…).
var jointWith = rx.MustCompile(`(?:与|和|同|联合)\s*$`)

// destinationOf: words before a hospital someone goes to or is treated in
// (到北京同仁医院就诊, 转至省人民医院): a hospital of the story.
var destinationOf = rx.MustCompile(`(?:到|去|赴|前往|来到|走进|送往|送至|送到|转至|转到|转往|转入|住进|就诊于|就医于)\s*$`)

// agentOf: the word before a hospital that makes it the agent of what
// follows (由某医院董事局成立, 由某医院承办): a hospital of the story.
var agentOf = rx.MustCompile(`(?:由|分别由)\s*$`)

// superlativeOf: 以 before the hospitals a superlative picks out (其中以
// 甲医院及乙医院最高, 以某医院最多): they are of the story.
var superlativeOf = rx.MustCompile(`(?:^|[^\p{Han}]|其中|当中|又|则|而)以\s*$`)

// kindBefore: the kind of hospital right before its name, in apposition
// (公立医院某某医院, 私家医院某某医院): the name is the phrase's head.
var kindBefore = rx.MustCompile(`(?:公立|私立|私家|公营|私营|民营|教学|综合|专科|区域|地区|军队|教会|慈善)医院\s*$`)

// placedIn: a district, an island or a town with 的 before a hospital
// (港岛区的某医院, 新界西的某医院): the hospital is placed, as the subject
// of a report on a region's hospitals is.
var placedIn = rx.MustCompile(`\p{Han}(?:区|岛|县|市|镇|乡)的\s*$`)

// enumerators stand before the first of a list of hospitals.
var enumerators = rx.MustCompile(`(?:分别是|分别为|依次是|依次为|包括|有|是|为)[:：]?\s*$`)

// predicateAdverbs: adverbs that open a predicate right after its
// subject (某医院亦有…, 某医院也将…, 某医院则…): a hospital before one is
// the clause's subject, however the words before it describe it.
var predicateAdverbs = []string{"亦", "也", "则", "均", "都", "还", "仍", "更是", "已经", "已于", "分别"}

// actsIn: the mention names a hospital of the story: its people are
// named (X医院副院长), it stands in a list (、 before or after it, or after
// 分别是), someone goes to it, or it begins a sentence or clause as its
// subject; and it is not the partner of another hospital's action.
func actsIn(d *Doc, m Mention, listNext bool) bool {
	after := d.Slice(m.End, m.End+6)
	for _, w := range officialWords {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	if listNext {
		return true // 托管A医院、B医院: a list of hospitals, each of the story
	}
	if staffOf.MatchString(d.Slice(m.End, m.End+14)) {
		return true // 带领台大医院的70多名同仁加入: the hospital's people act
	}
	if namesOfficial(d.Slice(m.End, m.End+10)) {
		return true // 成大医院杨某某院长监交: the hospital's leader, named before the post
	}
	subjectOfPredicate := hasPrefixRunes([]rune(after), predicateAdverbs)
	// 该县人民医院, 本院: a determiner is part of the reference's phrase;
	// so is a party's name before its branch in the hospital (中共X医院委员
	// 会, 民进X医院支部).
	before := strings.TrimRight(strings.TrimRight(d.Slice(m.Start-8, m.Start), " \t"), "该本我此这")
	if partyPrefix.MatchString(before) {
		return true // 中共X医院委员会: the hospital's own party organisation
	}
	if jointWith.MatchString(before) && hospitalBeforeJoint(d, m.Start) {
		return true // 甲医院与乙医院签约: a partner, named as one of the story
	}
	if partnerOf.MatchString(before) && !(strings.HasPrefix(strings.TrimLeft(after, " "), "、") && jointWith.MatchString(before)) {
		return false // a list of partners (与A、B签约) is the story's, as listNext says
	}
	if subjectOfPredicate {
		return true // 位于某区的某医院亦有增幅: the hospital is the clause's subject
	}
	if superlativeOf.MatchString(before) && strings.Contains(d.Slice(m.End, m.End+24), "最") {
		return true // 当中以某医院及某医院最高: the hospitals a figure ranks first
	}
	if kindBefore.MatchString(before) {
		return true // 位于某区的公立医院某某医院开始启用: the kind, then the name it is
	}
	if placedIn.MatchString(before) {
		return true // 港岛区的某医院及某医院,…: a hospital placed in its district is the clause's subject
	}
	if strings.HasPrefix(strings.TrimLeft(after, " "), "、") || strings.HasSuffix(before, "、") || enumerators.MatchString(before) || destinationOf.MatchString(before) || agentOf.MatchString(before) {
		return true
	}
	if before == "" {
		return m.Start == 0 || strings.ContainsRune(" \t\n", []rune(d.Slice(m.Start-1, m.Start))[0])
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	// A list's number opening the line (…\n4. 某某医院): a row of a list.
	line := before[strings.LastIndex(before, "\n")+1:]
	return strings.ContainsRune("，,。；;：:！？!?\n（(“「『", last) || listNumber.MatchString(line+"|") && strings.TrimSpace(line) != "" && !isHan(last)
}

// joinedTo: only a joint of two hospitals (与, 和, 同) stands between
// rune end and rune next (甲医院与乙医院).
func joinedTo(d *Doc, end, next int) bool {
	if next-end != 1 || end >= len(d.runes) {
		return false
	}
	return strings.ContainsRune("与和同", d.runes[end])
}

// hospitalBeforeJoint: the words right before the joint (与, 和) that
// stands before rune start end with a hospital's suffix: two hospitals
// joined as partners (甲医院与乙医院签约).
func hospitalBeforeJoint(d *Doc, start int) bool {
	before := strings.TrimRight(d.Slice(start-12, start), " \t")
	before = strings.TrimRight(jointWith.ReplaceAllString(before, ""), " \t")
	return institutionEnd.MatchString(before)
}
