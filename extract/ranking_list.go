package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"zhnews"
	"zhnews/extract/numbers"
	"zhnews/internal/rx"
	"zhnews/segment"
)

// Rankings written as a list of hospitals with the places they hold, in
// either order:
//
//	公立医院前三分别是:A、B、C            → A 1, B 2, C 3
//	前三名依次为A、B和C                    → the same
//	第2至第4名分别为A、B和C                → A 2, B 3, C 4
//	A、B以及C分别位列前三名                → A 1, B 2, C 3
//
// Each item must be a hospital's name (provinces or departments ranked
// the same way are no facts of a hospital), and the list must hold as
// many items as the places it names: a list that does not add up is
// read wrong, not half right. The fact names its hospital as written.
var (
	// The places: 前三, 前3名, 前三位, 第2至第4名, 第二名到第四名, 第3至第5.
	rankSpan = `(?:前\s*(` + numbers.Pattern + `)\s*(?:名|位|甲)?|第\s*(` + numbers.Pattern + `)\s*(?:名|位)?\s*(?:至|到|—|-|~|和|、|及|与)\s*第?\s*(` + numbers.Pattern + `)\s*(?:名|位)?)`
	// 前三分别是: … and 第2至第4名依次为 … (a comma may stand before 分别:
	// 前5名的医院,分别为…); a top-N named in full needs no 分别 (前三甲医院
	// 仍然是A、B、C: the places in the list's order).
	// An aside may stand before the verb (第1和第2名与去年相同,是A和B).
	rankListHead = rx.MustCompile(rankSpan + `[”"」』]?\s*(?:的医院|的单位|医院|的)?\s*(?:` + listAside + `)?(?:[，,]?\s*(分别|依次|依序)(?:分别|依次|依序)?|(?:仍然|仍|依然|还是|则|均)?)(?:是|为)\s*[:：]?\s*`)
	// … 分别位列前三名, A和B分列第四和第五名
	rankListTail = rx.MustCompile(`(?:(?:分别|依次|依序)(?:位列|位居|名列|排名|排在|列|居|获得)|分列|分居|分获)(?:全国|全省|全市|全区|榜单)?\s*` + rankSpan)
	// What separates the items of a list.
	listSeparator = rx.MustCompile(`\s*(?:、|,|，|和|及|以及|与)\s*`)
	// Before 分别位列, a comma ends the clause the list stands in.
	listSeparatorNoComma = rx.MustCompile(`\s*(?:、|和|及|以及|与)\s*`)
	// A parenthesis after an item: its score (90.53分).
	itemNote = rx.MustCompile(`\s*[(（][^)）]*[)）]\s*`)
	// Words before the first item that are no part of its name.
	itemLead = rx.MustCompile(`^(?:其中|而|则|依次|分别|由|是|为|有|以及)+`)
	// How the name of a hospital ends; a list of anything else is another
	// ranking.
	// Short names count: Taiwan's 〈city〉荣总 and 〈campus〉长庚, a numbered
	// hospital's 〈institution〉一院 (中山一院, 浙大二院), 附医.
	institutionEnd = rx.MustCompile(`(?:医院|病院|卫生院|保健院|防治院|医学中心|医疗中心|保健中心|中医院|门诊部|诊所|荣总|长庚|马偕|慈济|附医|\p{Han}{2}[一二三四五六七八九十]院)$`)
	// 分别是A、B和C,排名为4、5、7位: a list, then its places in order.
	pairedHead   = rx.MustCompile(`(?:分别|依次|依序)(?:是|为)\s*[:：]?\s*`)
	pairedPlaces = rx.MustCompile(`^\s*[,，]\s*(?:排名|名次|位次|排位)(?:分别|依次)?(?:为|是|居|列)?\s*((?:第?\s*(?:` + numbers.Pattern + `)\s*(?:名|位)?\s*(?:、|,|，|和|及)\s*)+第?\s*(?:` + numbers.Pattern + `))\s*(?:名|位)`)
	placeSep     = rx.MustCompile(`\s*(?:名|位)?\s*(?:、|,|，|和|及)\s*第?\s*`)
	// The place a list's first item starts after: the clause before it.
	rankListKeywords = []string{"分别", "依次", "依序", "分列", "分居", "分获", "前三", "前四", "前五", "前六", "前七", "前八", "前九", "前十", "前两", "前二",
		"前2", "前3", "前4", "前5", "前6", "前7", "前8", "前9", "前1",
		// A span without 分别 (第1和第2名与去年相同,是A和B).
		"至第", "到第", "和第", "与第", "及第",
		// The places after a first (居…之冠,其次依序是A及B).
		"其次"}

	// 其次依序是A及B: the hospitals after the one the clause before placed
	// first, in their order.
	nextPlacedHead = rx.MustCompile(`(?:^|[，,；;])\s*其次(?:分别|依次|依序)?(?:是|为)\s*[:：]?\s*`)
	// How the clause before says a hospital came first.
	// (第一 after a rank verb only: 第一医院 is a name.)
	firstPlaced = rx.MustCompile(`之冠|居首|榜首|首位|第一名|第1名|冠军|夺冠|(?:列|居|排名|排在|排行)[^，,。；;]{0,10}第一(?:[^医人中]|$)`)
)

// nextPlacedLists reads the hospitals placed after a first: 甲医院居全
// 市之冠,其次依序是乙医院及丙医院 → 乙 2, 丙 3. The first place is read by
// the rule that reads the clause before (bestPlaced); the list runs to the
// next comma or the sentence's end.
func nextPlacedLists(d *Doc, s segment.Sentence) []zhnews.Fact {
	text := s.Text
	var out []zhnews.Fact
	for _, loc := range nextPlacedHead.FindAllStringIndex(text, -1) {
		if !firstPlaced.MatchString(text[:loc[0]]) {
			continue
		}
		rest := text[loc[1]:]
		if i := strings.IndexAny(rest, "，,。；;!！?？\n"); i >= 0 {
			rest = rest[:i]
		}
		items := withoutScores(listItems(rest, loc[1], listSeparator))
		at := loc[0] + strings.Index(text[loc[0]:loc[1]], "其次") // the words, not the comma before them
		m := Match{Sentence: s, Loc: []int{at, loc[1]}}
		out = append(out, listFacts(d, m, items, 2, 1+len(items), "", false)...)
	}
	return out
}

// nextComma returns the offset in s of the first comma after the one at
// i, or -1.
func nextComma(s string, i int) int {
	_, size := utf8.DecodeRuneInString(s[i:])
	if j := strings.IndexAny(s[i+size:], "，,"); j >= 0 {
		return i + size + j
	}
	return -1
}

// listAside: words between a list's places and its verb that compare the
// list with another (与去年相同, 和上届一样, 没有变化), then a comma.
const listAside = `(?:与|和|同)[^，,。；;:：]{1,6}(?:相同|一样|一致|无异)\s*[，,]\s*|(?:没有变化|不变|未变)\s*[，,]\s*`

// rankLists reads the list rankings of the document's sentences.
func rankLists(d *Doc) []zhnews.Fact {
	var out []zhnews.Fact
	seen := map[string]bool{} // a list the page prints twice is one list
	add := func(f zhnews.Fact) {
		key := f.Hospital + "|" + f.Scope + "|" + itoa(int(f.Value.(int64)))
		if !seen[key] {
			seen[key] = true
			out = append(out, f)
		}
	}
	for _, s := range d.sentencesWith(rankListKeywords) {
		text := s.Text
		for _, loc := range rankListHead.FindAllStringSubmatchIndex(text, -1) {
			m := Match{Sentence: s, Loc: loc}
			first, last, ok := spanPlaces(m)
			if !ok {
				continue
			}
			rest := text[loc[1]:]
			if i := strings.IndexAny(rest, "。；;!！?？\n"); i >= 0 {
				rest = rest[:i]
			}
			items := withoutScores(listItems(rest, loc[1], listSeparator))
			scope := listScope(text[:loc[0]])
			if strings.TrimSpace(rest) == "" && strings.ContainsAny(m.Group(0), ":：") {
				// 前十位依次是: and the list as a paragraph of its own.
				next, ok := d.sentenceAfter(s)
				if !ok {
					continue
				}
				rest = next.Text
				if i := strings.IndexAny(rest, "。；;!！?？\n"); i >= 0 {
					rest = rest[:i]
				}
				m = Match{Sentence: next, Loc: []int{0, 0}}
				items = withoutScores(listItems(rest, 0, listSeparator))
			}
			// Without 分别 or 依次 only a list that names every place is
			// in their order.
			open := strings.HasPrefix(m.Group(0), "前") && m.Group(4) != ""
			facts := listFacts(d, m, items, first, last, scope, open)
			for from, cut := m.Loc[1], strings.IndexAny(rest, "，,"); len(facts) == 0 && cut > 0; cut = nextComma(rest, cut) {
				// The list may end at a comma, another clause after it
				// (前三甲为A、B、C,第四和第五分别是D和E), when what stands
				// before the comma names every place.
				if cutItems := withoutScores(listItems(rest[:cut], from, listSeparator)); len(cutItems) == last-first+1 {
					facts = listFacts(d, m, cutItems, first, last, scope, false)
				}
			}
			for _, f := range facts {
				add(f)
			}
		}
		for _, loc := range rankListTail.FindAllStringSubmatchIndex(text, -1) {
			m := Match{Sentence: s, Loc: loc}
			first, last, ok := spanPlaces(m)
			if !ok {
				continue
			}
			before := text[:loc[0]]
			from := 0
			if i := strings.LastIndexAny(before, "。；;：:!！?？\n,，"); i >= 0 {
				_, size := utf8.DecodeRuneInString(before[i:])
				from = i + size
			}
			items := listItems(before[from:], from, listSeparatorNoComma)
			scope := listScope(text[loc[1]:])
			for _, f := range listFacts(d, m, items, first, last, scope, true) {
				add(f)
			}
		}
		for _, f := range pairedLists(d, s) {
			add(f)
		}
		for _, f := range nextPlacedLists(d, s) {
			add(f)
		}
	}
	for _, s := range d.sentencesWith([]string{"第"}) {
		for _, f := range placeIsNames(d, s) {
			add(f)
		}
	}
	return out
}

var (
	// 第3名则是甲医院: one place, then the hospital that holds it.
	// 第1名:甲医院(…): the place as the heading of the holder's part.
	placeIsName = rx.MustCompile(`(?:^|[，,;；:：])\s*第\s*(\d{1,4})\s*(?:名|位)\s*(?:(?:则|仍然|仍|依然|还是)?\s*(?:是|为)|[:：])\s*`)
	// Words of a ranking, in the sentence or the three before it (综合
	// 医院Top10).
	placeContext = rx.MustCompile(`排名|排行|榜|名列|强|(?i:top)\s*\d+`)
)

// placeIsNames reads the places a ranking's list gives one a clause,
// the place first and its holder after it (…;第3名则是甲医院,第4名…).
// The place is written in digits and the sentence or the three before
// it speak of a ranking: 第一名是甲医院 is as often a contest's winner.
func placeIsNames(d *Doc, s segment.Sentence) []zhnews.Fact {
	text := s.Text
	var out []zhnews.Fact
	for _, loc := range placeIsName.FindAllStringSubmatchIndex(text, -1) {
		if !rankingNear(d, s) {
			return nil
		}
		rest := text[loc[1]:]
		if i := strings.IndexAny(rest, "，,。；;!！?？\n"); i >= 0 {
			rest = rest[:i]
		}
		items := withoutScores(listItems(rest, loc[1], listSeparator))
		if len(items) != 1 {
			continue
		}
		// The place's own words (第3名), not the clause break before it.
		at := loc[0] + strings.Index(text[loc[0]:loc[1]], "第")
		m := Match{Sentence: s, Loc: []int{at, loc[1]}}
		place := atoi(text[loc[2]:loc[3]])
		if name := items[0].name; strings.Contains(name, "的") {
			// 加拿大多伦多的甲医院: the hospital after where it is.
			items[0].name = name[strings.LastIndex(name, "的")+len("的"):]
		}
		out = append(out, listFacts(d, m, items, place, place, "", false)...)
	}
	return out
}

// rankingNear: the sentence s or one of the three before it that hold
// more than space speaks of a ranking.
func rankingNear(d *Doc, s segment.Sentence) bool {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].Start >= s.Start })
	for k, seen := min(i, len(d.Sentences)-1), 0; k >= 0 && seen <= 3; k-- {
		t := d.Sentences[k].Text
		if strings.TrimSpace(t) == "" {
			continue
		}
		if placeContext.MatchString(t) {
			return true
		}
		seen++
	}
	return false
}

// pairedLists reads a list whose places follow it in a clause of their
// own (分别是A、B和C,排名为4、5、7位): the i-th place is the i-th item's,
// when there are as many places as hospitals.
func pairedLists(d *Doc, s segment.Sentence) []zhnews.Fact {
	text := s.Text
	var out []zhnews.Fact
	for _, loc := range pairedHead.FindAllStringIndex(text, -1) {
		rest := text[loc[1]:]
		end := strings.IndexAny(rest, ",，。；;")
		if end < 0 {
			continue
		}
		pl := pairedPlaces.FindStringSubmatchIndex(rest[end:])
		if pl == nil {
			continue
		}
		var places []int
		for _, p := range placeSep.Split(strings.TrimPrefix(strings.TrimSpace(rest[end+pl[2]:end+pl[3]]), "第"), -1) {
			n, ok := numbers.Parse(strings.TrimSpace(p))
			if !ok || !n.IsInt() || n.Approx || n.Value < 1 {
				places = nil
				break
			}
			places = append(places, int(n.Int()))
		}
		items := listItems(rest[:end], loc[1], listSeparator)
		if len(items) < 2 || len(items) != len(places) {
			continue
		}
		m := Match{Sentence: s, Loc: []int{loc[0], loc[1] + end + pl[1]}}
		scope := listScope(text[:loc[0]])
		for i, it := range items {
			fs := listFacts(d, m, []listItem{it}, places[i], places[i], scope, false)
			if len(fs) != 1 {
				return nil // every item a hospital, or none is read
			}
			fs[0].Evidence, fs[0].Start, fs[0].End = m.Evidence(m.Loc[0], m.Loc[1])
			out = append(out, fs[0])
		}
	}
	return out
}

// spanPlaces reads the first and last place of a rankSpan match (groups
// 1 to 3): 前三 → 1, 3; 第2至第4名 → 2, 4.
func spanPlaces(m Match) (int, int, bool) {
	if top := m.Group(1); top != "" {
		n, ok := numbers.Parse(top)
		if !ok || !n.IsInt() || n.Approx || n.Value < 1 {
			return 0, 0, false
		}
		return 1, int(n.Int()), true
	}
	a, okA := numbers.Parse(m.Group(2))
	b, okB := numbers.Parse(m.Group(3))
	if !okA || !okB || !a.IsInt() || !b.IsInt() || a.Value < 1 || b.Value < a.Value {
		return 0, 0, false
	}
	if joint := m.Sentence.Text[m.Loc[5]:m.Loc[6]]; !strings.ContainsAny(joint, "至到—-~") && b.Value != a.Value+1 {
		return 0, 0, false // 第33名、44名, 第3和第5位: two places, no span between
	}
	return int(a.Int()), int(b.Int()), true
}

// listItem is one name of a list with its byte span in the sentence.
type listItem struct {
	name       string
	start, end int
	// note: what the item's brackets held (Mayo Clinic, 90.53分).
	note string
}

var (
	// A list's item that is the score of the item before it (得分是90.54%),
	// and a score written after a name (某医院89.72%): no part of a name.
	scoreItem  = rx.MustCompile(`^(?:得分|评分|分数|总分|综合得分)(?:是|为)?\s*[\d.]+\s*(?:%|分)?$`)
	scoreAfter = rx.MustCompile(`\s*[\d.]+\s*(?:%|分)$`)
)

// withoutScores drops the scores a ranking's list gives its items, as
// items of their own or after the names (甲医院,得分是90.54%、乙医院89.72%).
func withoutScores(items []listItem) []listItem {
	out := items[:0:0]
	for _, it := range items {
		if scoreItem.MatchString(it.name) {
			continue
		}
		if loc := scoreAfter.FindStringIndex(it.name); loc != nil && loc[0] > 0 {
			it.end -= len(it.name) - loc[0]
			it.name = it.name[:loc[0]]
		}
		out = append(out, it)
	}
	return out
}

// joinedName removes the spaces a page put inside a name of Han
// characters (甲市 人民医院).
func joinedName(name string) string {
	if !strings.Contains(name, " ") {
		return name
	}
	for _, r := range name {
		if r != ' ' && !isHan(r) {
			return name
		}
	}
	return strings.ReplaceAll(name, " ", "")
}

// listItems cuts s (at byte offset off of its sentence) into the items
// of a list, each without its parenthesis.
func listItems(s string, off int, sep *rx.Regexp) []listItem {
	var out []listItem
	at := 0
	cut := func(from, to int) {
		raw := s[from:to]
		name := strings.TrimSpace(itemNote.ReplaceAllString(raw, ""))
		name = strings.Trim(name, "“”\"「」『』 ")
		name = strings.TrimSuffix(name, "等")
		name = itemLead.ReplaceAllString(name, "")
		if name == "" {
			return
		}
		i := strings.Index(s[from:to], name)
		if i < 0 {
			i = 0
		}
		note := strings.Trim(itemNote.FindString(raw), " ()（）")
		out = append(out, listItem{name: name, start: off + from + i, end: off + from + i + len(name), note: note})
	}
	// Separators inside a parenthesis (84.34分、满意) are no item breaks.
	masked := itemNote.ReplaceAllStringFunc(s, func(p string) string { return strings.Repeat("x", len(p)) })
	for _, loc := range sep.FindAllStringIndex(masked, -1) {
		if joint := strings.TrimSpace(s[loc[0]:loc[1]]); joint != "、" && joint != "," && joint != "，" &&
			!institutionEnd.MatchString(strings.TrimRight(itemNote.ReplaceAllString(s[at:loc[0]], ""), " ”\"」』")) && !foreignNameEnds(s[at:loc[0]]) {
			continue // 和 inside a name (协和医院): a joint follows a name's end
		}
		cut(at, loc[0])
		at = loc[1]
	}
	cut(at, len(s))
	return out
}

// listScope: what the list ranks, from the words next to its places
// (公立医院前三 → 公立医院). The verb of ranking and how long the place has
// been held are no part of the list's name (在某榜单中位列 → 某榜单; 全省
// 连续三年 → 全省); a clause that holds nothing but them leaves the name to
// the clause before it (在某榜单上,位列前十位 → 某榜单).
func listScope(s string) string {
	named := false
	for tries := 0; tries < 2 && !named; tries++ {
		head, clause := s, s
		if i := lastClauseBreak(s); i >= 0 {
			head, clause = s[:i], s[i:]
		}
		if i := strings.LastIndex(clause, "在"); i >= 0 {
			clause = clause[i+len("在"):]
		}
		clause = scopeVerbTail.ReplaceAllString(strings.TrimSpace(clause), "")
		clause = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(clause, "中"), "上"), "的")
		clause = strings.Trim(clause, " “”\"「」『』《》:：,，")
		if clause != "" || head == s {
			s, named = clause, true
			break
		}
		s = strings.TrimRight(head, ",，、 ")
	}
	if !named {
		return ""
	}
	if deicticScope.MatchString(s) {
		return "" // 本次榜单的前三甲: the ranking is named elsewhere
	}
	return s
}

// scopeVerbTail: the verb of ranking, and the run of years the place has
// been held, at the end of the words before a list's places.
var scopeVerbTail = rx.MustCompile(`(?:连续\p{Han}{1,3}年|持续|稳居|位列|位居|名列|排名|排在|排行|列|居)+$`)

// deicticScope: words that point at a ranking without naming it.
var deicticScope = rx.MustCompile(`^(?:本次|此次|这次|本届|今年|该|这份|此)?(?:榜单|排名|排行榜|名单|评选)?$`)

// listFacts gives place first+i to the i-th item when every item is a
// hospital and their number fits the places (exactly, or at most the
// size of a top-N when open is set: 前十 may list fewer).
func listFacts(d *Doc, m Match, items []listItem, first, last int, scope string, open bool) []zhnews.Fact {
	want := last - first + 1
	if len(items) == 0 || len(items) > want || (!open && len(items) != want) || (open && len(items) != want && len(items) < 2) {
		return nil
	}
	odd := 0
	for k, it := range items {
		if full, ok := mainlandShortNames[it.name]; ok {
			items[k].name = full.full // 华西: the one hospital the short name stands for
			continue
		}
		if !institutionEnd.MatchString(it.name) || utf8.RuneCountInString(it.name) > 30 || isCategory(it.name) {
			name := it.name
			if i := strings.LastIndex(name, "的"); i >= 0 {
				name = name[i+len("的"):]
			}
			if foreignInstitution.MatchString(it.note) && oddListName(name) {
				// 某地的某某医疗国际(Some Clinic): its foreign name says what
				// it is; the words before 的 say where.
				items[k].name = name
				continue
			}
			if !oddListName(it.name) {
				return nil
			}
			odd++
		}
	}
	// One name of four or more that ends as no hospital's does (某某大学健康
	// 网络) stands among hospitals as one; more, and the list is of others.
	if odd > 1 || odd == 1 && len(items) < 4 {
		return nil
	}
	// The evidence is the places and the whole list.
	from, to := min(m.Loc[0], items[0].start), max(m.Loc[1], items[len(items)-1].end)
	ev, s, e := m.Evidence(from, to)
	var out []zhnews.Fact
	year := m.YearBefore(m.Loc[0])
	if year == 0 {
		year = rankingYearBefore(d, m.Sentence)
	}
	for i, it := range items {
		f := zhnews.Fact{
			Hospital: joinedName(it.name), Metric: "ranking", Value: int64(first + i),
			Year: year, Scope: scope, Evidence: ev, Start: s, End: e,
		}
		out = append(out, f)
	}
	return out
}

// rankingNamed: a sentence that names a ranking (2016年第三季度满意度排名).
var rankingNamed = rx.MustCompile(`排名|排行|评价|考核|满意度|测评|评选|榜`)

// rankingYearBefore: the year of the ranking the sentence before s names
// (通报了2016年第三季度满意度排名。公立医院前三分别是…), or 0.
func rankingYearBefore(d *Doc, s segment.Sentence) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].Start >= s.Start })
	if i == 0 || i > len(d.Sentences) {
		return 0
	}
	prev := d.Sentences[i-1]
	if !rankingNamed.MatchString(prev.Text) {
		return 0
	}
	return Match{Sentence: prev}.YearBefore(len(prev.Text))
}

// oddListName: an item of a list of hospitals that does not end as a
// hospital's name may still be one (多伦多总医院大学健康网络, an
// institution abroad): a short name of Han characters and Latin letters,
// no region, department or kind of hospital, and no verb.
func oddListName(name string) bool {
	if n := utf8.RuneCountInString(name); n < 2 || n > 16 {
		return false
	}
	for _, r := range name {
		if !isHan(r) && !(r < 0x80 && unicode.IsLetter(r)) && r != '-' {
			return false
		}
	}
	return !otherRanked.MatchString(name) && !hospitalPart.MatchString(name) && !strings.ContainsAny(name, "的是为在有和与及等") && !isCategory(name)
}

// foreignNameEnds: s ends with a name in another language in brackets that
// names an institution that treats (…的某某医疗国际(Some Clinic)): a name
// ended there, whatever its Chinese name ends with.
func foreignNameEnds(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ")") && !strings.HasSuffix(s, "）") {
		return false
	}
	notes := itemNote.FindAllString(s, -1)
	return len(notes) > 0 && strings.HasSuffix(s, strings.TrimSpace(notes[len(notes)-1])) && foreignInstitution.MatchString(notes[len(notes)-1])
}
