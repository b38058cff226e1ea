package extract

import (
	"strings"

	"zhnews"
	"zhnews/internal/rx"
	"zhnews/segment"
)

// An honour given to several hospitals at once names them in a list,
// either after the honour (「某某奖」表彰…，获奖机构包括A、B及C) or as the
// subject of the verb (A、B和C荣获“某某奖”). Every hospital of the list
// received it: one fact each, its hospital as the list writes it. A list
// any of whose items is no hospital's name (科室, 团队, persons) is
// someone else's honour and gives nothing here.
var (
	// The head of a list of winners after the honour's title.
	winnersHead = rx.MustCompile(`获奖(?:机构|单位|医院|名单)\s*(?:包括|包含|有|为|是|计有)\s*[:：]?\s*`)
	// The receivers between 为/向/给 and 颁发 (为甲医院颁发“…”).
	presentedTo = rx.MustCompile(`(?:为|向|给)\s*([^为向给，,。；;“"「『]{2,60}?)\s*(?:颁发了?|颁授了?|授予了?)\s*`)
	// The winners after 由, right before the verb: (分别)由A及B(夺得).
	byAgents = rx.MustCompile(`(?:分别|均|皆)?由\s*([^由，,。；;]{2,80}?)\s*(?:所|一举|共同|联合)?$`)
)

// awardWinners reads the honours of sentence s given to lists of
// hospitals; verbs are the sentence's award verbs (matchesFrom).
func awardWinners(s segment.Sentence, verbs []Match) []zhnews.Fact {
	var out []zhnews.Fact
	text := s.Text
	for _, loc := range winnersHead.FindAllStringIndex(text, -1) {
		// The honour: the last quoted title before the head.
		titles := quotedTitle.FindAllStringSubmatchIndex(text[:loc[0]], -1)
		if len(titles) == 0 {
			continue
		}
		t := titles[len(titles)-1]
		title := text[t[2]:t[3]]
		if !isHonourTitle(title) {
			continue
		}
		rest := text[loc[1]:]
		if i := strings.IndexAny(rest, "。；;!！?？\n"); i >= 0 {
			rest = rest[:i]
		}
		if i := listCloser(rest); i >= 0 {
			rest = rest[:i]
		}
		items := listItems(rest, loc[1], listSeparator)
		out = append(out, winnerFacts(s, items, title, t[0])...)
	}
	// 为甲医院、乙医院颁发“某某奖”: the hospitals the giver presents it to.
	for _, loc := range presentedTo.FindAllStringSubmatchIndex(text, -1) {
		rest := text[loc[1]:]
		t := quotedTitle.FindStringSubmatchIndex(rest)
		if t == nil || t[0] > 0 {
			continue
		}
		title := rest[t[2]:t[3]]
		if !isHonourTitle(title) {
			continue
		}
		items := listItems(text[loc[2]:loc[3]], loc[2], listSeparatorNoComma)
		out = append(out, winnerFacts(s, items, title, loc[0])...)
	}
	for _, vm := range verbs {
		subject := text[:vm.Loc[0]]
		from := 0
		if i := lastClauseBreak(subject); i >= 0 {
			from = i
		}
		if loc := byAgents.FindStringSubmatchIndex(subject[from:]); loc != nil {
			// 「某某奖」,A组与B组分别由甲医院及乙医院夺得: the honour named
			// before, won by the hospitals after 由.
			titles := quotedTitle.FindAllStringSubmatchIndex(text[:from], -1)
			if len(titles) > 0 {
				t := titles[len(titles)-1]
				if title := text[t[2]:t[3]]; isHonourTitle(title) {
					items := listItems(subject[from+loc[2]:from+loc[3]], from+loc[2], listSeparatorNoComma)
					out = append(out, winnerFacts(s, items, title, t[0])...)
				}
			}
			continue
		}
		respective := strings.HasSuffix(strings.TrimSpace(subject[from:]), "分别")
		subject = trimAdverbs(subject[from:])
		items := listItems(subject, from, listSeparatorNoComma)
		if len(items) < 2 {
			continue
		}
		rest := text[vm.Loc[1]:]
		if i := strings.IndexAny(rest, "。；;!！?？\n"); i >= 0 {
			rest = rest[:i]
		}
		honours := quotedAwards(s, vm.Loc, rest, "")
		if respective && len(honours) == len(items) {
			// 甲、乙分别荣获“丙”和“丁”: the i-th honour is the i-th hospital's.
			for i, f := range honours {
				out = append(out, winnerFacts(s, items[i:i+1], f.Value.(string), vm.Loc[0])...)
			}
			continue
		}
		for _, f := range honours {
			out = append(out, winnerFacts(s, items, f.Value.(string), vm.Loc[0])...)
		}
	}
	return out
}

// isHonourTitle: a quoted title that names an honour, not a ranking, a
// programme, a person's or a branch's title.
func isHonourTitle(title string) bool {
	return !rankingTitle.MatchString(title) && !programTitle.MatchString(title) && !personTitle.MatchString(title) && !othersTitle(title) && !prizeOnly.MatchString(title)
}

// levelReference: a hospital named by its level alone (省医院, 市人民医院,
// 县中医院), as a list of a place's winners writes its own hospitals: the
// province's, city's or county's hospital, not a kind of hospital.
func levelReference(name string) bool {
	base := hospitalSuffix.ReplaceAllString(name, "")
	if !hasAnyPrefix(base, "省", "市", "县", "区") || !isGeneric(base) {
		return false
	}
	for _, w := range categoryWords {
		if strings.Contains(name, w) {
			return false
		}
	}
	return true
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// winnerFacts gives title to every item when every item is a hospital's
// name; from is where the evidence starts in the sentence.
func winnerFacts(s segment.Sentence, items []listItem, title string, from int) []zhnews.Fact {
	if len(items) == 0 {
		return nil
	}
	for _, it := range items {
		if !institutionEnd.MatchString(it.name) || isCategory(it.name) && !levelReference(it.name) {
			return nil
		}
	}
	m := Match{Sentence: s, Loc: []int{from, items[len(items)-1].end}}
	// From the title's clause (or the list's) to the list's end.
	ev, st, en := m.Evidence(from, items[len(items)-1].end)
	var out []zhnews.Fact
	for _, it := range items {
		out = append(out, zhnews.Fact{
			Hospital: it.name, Metric: "award", Value: strings.TrimSpace(title),
			Year: m.YearBefore(from), Evidence: ev, Start: st, End: en,
		})
	}
	return out
}
