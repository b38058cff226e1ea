package extract

import (
	"strings"
	"unicode/utf8"

	"zhnews"
	"zhnews/extract/numbers"
	"zhnews/internal/rx"
	"zhnews/segment"
)

// Places given to a list of hospitals in the list's order, the places
// after 分别 (依次, 依序) and a rank verb:
//
//	甲医院、乙医院分别在全国1000多家三级综合医院中位列第33名、44名 → 甲 33, 乙 44
//	甲醫院、乙醫院雙雙入榜,分別排行249、174名                 → 甲 249, 乙 174
//	甲医院和乙医院分别排名全省第3和第5位                      → 甲 3, 乙 5
//
// The list is the subject of the clause 分别 stands in, or of the clause
// before it when 分别 opens its own (…双双入榜,分别排行…). Every item must
// be a hospital's name and there must be as many places as items: a list
// that does not add up is read wrong, not half right. Places that make a
// span (分别位列前三名) are ranking_list's.
var (
	respectivePlaces = rx.MustCompile(`(?:分别|依次|依序)([^，,。；;!！?？]{0,40}?)` + rankVerb + `([^，,。；;、\d第]{0,12}?)` +
		`(第?\s*(?:` + numbers.Pattern + `)\s*(?:名|位)?(?:\s*(?:、|和|及|与)\s*第?\s*(?:` + numbers.Pattern + `)\s*(?:名|位)?)+)`)
	// The places of a respectivePlaces match, one by one.
	respectivePlace = rx.MustCompile(`第?\s*(` + numbers.Pattern + `)\s*(?:名|位)?`)
	// A place followed by another: the first of a list of places, which
	// respectivePlaces reads with the list of hospitals.
	placeListAfter = rx.MustCompile(`^\s*(?:、|和|及|与)\s*第?\s*(?:` + numbers.Pattern + `)\s*(?:名|位)`)
	// Words before a list's first hospital that are no part of its name:
	// whose it is (我国, 本省) or a connective.
	respectiveLead = rx.MustCompile(`^(?:其中|而|则|另外|此外|今年|去年|我国|我省|我市|我区|我县|本省|本市|本县|全国|全省|全市)+`)
	// The rest of a list's last item after its name: the clause goes on
	// (台北荣总医院双双入榜); the name is its longest part that ends as a
	// hospital's does.
	respectiveName     = rx.MustCompile(`^(.*(?:医院|卫生院|保健院|防治院|医学中心|医疗中心|荣总|长庚|马偕|慈济|附医))`)
	respectiveKeywords = []string{"分别", "依次", "依序"}
)

// apposedCount: the count of a list's hospitals after its last name (2家
// 龙头医院, 3家医院).
var apposedCount = rx.MustCompile(`\s*\d+\s*家\p{Han}{0,6}?(?:医院|单位|机构)`)

// respectiveRankings reads those lists in the document's sentences.
func respectiveRankings(d *Doc) []zhnews.Fact {
	var out []zhnews.Fact
	for _, s := range d.sentencesWith(respectiveKeywords) {
		for _, loc := range respectivePlaces.FindAllStringSubmatchIndex(s.Text, -1) {
			out = append(out, respectiveFacts(s, loc)...)
		}
	}
	return out
}

func respectiveFacts(s segment.Sentence, loc []int) []zhnews.Fact {
	text := s.Text
	placesText := text[loc[6]:loc[7]]
	if !strings.Contains(placesText, "第") && !strings.ContainsAny(placesText, "名位") {
		return nil // 分别排名3、5: bare numbers might be anything
	}
	if notRankAfter.MatchString(text[loc[7]:]) || rankChange.MatchString(text[loc[2]:loc[3]]) {
		return nil
	}
	var places []int64
	for _, p := range respectivePlace.FindAllStringSubmatch(placesText, -1) {
		n, ok := numbers.Parse(p[1])
		if !ok || !n.IsInt() || n.Approx || n.Value < 1 {
			return nil
		}
		places = append(places, n.Int())
	}
	items := respectiveSubjects(text, loc[0])
	if len(items) < 2 || len(items) != len(places) {
		return nil
	}
	m := Match{Sentence: s, Loc: []int{items[0].start, loc[1]}}
	middle := text[loc[2]:loc[3]]
	scope, total := rankScope(middle, text[:loc[2]]+middle)
	if g := strings.TrimSpace(text[loc[4]:loc[5]]); g != "" && !regionOnly.MatchString(g) {
		scope = g // 分别排名社会办医院第3、第5位: the group
	} else if scope == "" {
		scope = g
	}
	year := m.YearBefore(loc[0])
	var out []zhnews.Fact
	for i, it := range items {
		ev := text[it.start:loc[1]]
		start := m.Rune(it.start)
		f := zhnews.Fact{
			Hospital: it.name, Metric: "ranking", Value: places[i], Year: year,
			Scope: scope, Total: total, Evidence: ev, Start: start, End: start + utf8.RuneCountInString(ev),
		}
		if f.Total > 0 && int(places[i]) > f.Total {
			f.Total = 0
		}
		out = append(out, f)
	}
	return out
}

// respectiveSubjects returns the hospitals listed before 分别 at byte at
// of text: in its own clause, or in the clause before when 分别 opens one.
func respectiveSubjects(text string, at int) []listItem {
	from := 0
	if i := lastClauseBreak(text[:at]); i >= 0 {
		from = i
	}
	if strings.TrimSpace(text[from:at]) == "" && from > 0 {
		// …双双入榜,分别排行…: the clause before.
		prev := text[:from]
		_, size := utf8.DecodeLastRuneInString(prev)
		at = from - size
		from = 0
		if i := lastClauseBreak(text[:at]); i >= 0 {
			from = i
		}
	}
	items := listItems(text[from:at], from, listSeparatorNoComma)
	if len(items) < 2 {
		return nil
	}
	first := &items[0]
	if i := strings.LastIndex(first.name, "的"); i >= 0 {
		// 本县的甲医院: whose the hospital is, before its name.
		first.name = first.name[i+len("的"):]
		first.start += i + len("的")
	}
	if lead := respectiveLead.FindString(first.name); lead != "" {
		first.name = first.name[len(lead):]
		first.start += len(lead)
	}
	last := &items[len(items)-1]
	if loc := apposedCount.FindStringIndex(last.name); loc != nil && loc[0] > 0 {
		// 乙荣总2家龙头医院双双入榜: the count of the list stands after its
		// last name; the clause goes on after the count.
		last.name = last.name[:loc[0]] + last.name[loc[1]:]
	}
	if !institutionEnd.MatchString(last.name) {
		m := respectiveName.FindString(last.name)
		if m == "" {
			return nil
		}
		last.name, last.end = m, last.start+len(m)
	}
	for i := range items {
		it := &items[i]
		if !institutionEnd.MatchString(it.name) || utf8.RuneCountInString(it.name) > 30 {
			return nil
		}
		if !isCategory(it.name) {
			continue
		}
		// 某大学附属甲医院、附属第一医院: a sibling named by its kind alone
		// after a full name, whose owner it shares.
		if i == 0 || isCategory(items[0].name) || !strings.HasPrefix(it.name, "附属") {
			return nil
		}
		if k := strings.Index(items[0].name, "附属"); k > 0 {
			it.name = items[0].name[:k] + it.name
		}
	}
	return items
}
