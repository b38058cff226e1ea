package extract

import (
	"strings"
	"unicode/utf8"

	"zhnews"
	"zhnews/internal/rx"
	"zhnews/segment"
)

// A prize is often named only by the contest it was won in: 在国家医疗品质
// 奖竞赛中夺得金奖, 参加第26届国家医疗品质奖,一举拿下3项白金奖与2项金奖,
// 在全省护理技能大赛中荣获一等奖. The prize alone (金奖) says no honour,
// so the honour is the contest's name and its prize (国家医疗品质奖金奖),
// and the contest is the award's scope.

var (
	// The contest named before the verb: after 在, 于, 参加 or 角逐, an
	// edition or a year, then a name that ends as a prize's, a contest's
	// or a selection's does, then the word for the contest and 中, and
	// at most a few words (一举, 表现亮眼) before the verb.
	contestBefore = rx.MustCompile(`(?:在|于|参加|参与|角逐)\s*(?:第\s*[\d一二三四五六七八九十]+\s*届|(?:19|20)\d{2}\s*年度?|今年度?|去年度?|本届|年度)?\s*([^，,。；;:：在于]{2,24}?(?:奖|赛|评选|评比|评鉴|标章))(?:竞赛|大赛|比赛|评选|评比|评鉴|活动)?\s*(?:中|上|当中)?\s*[，,]?[^，,。；;获奖]{0,8}$`)
	// The prizes after the verb, one or more joined by 与, 及, 和 or 、,
	// each perhaps counted (3项白金奖).
	contestPrizeItem = rx.MustCompile(`^(?:了)?\s*(?:[\d一二三四五六七八九十两]+\s*[项座个面枚]\s*)?(白金奖|金奖|银奖|铜奖|特等奖|一等奖|二等奖|三等奖|优秀奖|优胜奖|佳作奖|佳作|优等奖|特优奖)`)
	contestPrizeJoin = rx.MustCompile(`^\s*(?:与|及|和|、|以及)\s*`)
	// An edition or year the contest's name may still begin with.
	contestEdition = rx.MustCompile(`^(?:第\s*[\d一二三四五六七八九十]+\s*届|(?:19|20)\d{2}\s*年度?)\s*`)
)

// contestPrizes reads the prizes after the award verb at vloc whose
// contest the clause names before it; nil when the verb is followed by
// no prize or no contest stands before it.
func contestPrizes(s segment.Sentence, vloc []int, rest string) []zhnews.Fact {
	if contestPrizeItem.FindStringIndex(rest) == nil {
		return nil
	}
	before := s.Text[:vloc[0]]
	if n := utf8.RuneCountInString(before); n > 60 {
		before = string([]rune(before)[n-60:])
	}
	m := contestBefore.FindStringSubmatch(before)
	if m == nil {
		return nil
	}
	return prizesOfContest(s, vloc, rest, strings.TrimSpace(contestEdition.ReplaceAllString(strings.TrimSpace(m[1]), "")))
}

// prizesOfContest reads the prizes after the award verb at vloc as prizes
// of contest (see contestPrizes); nil when contest is no contest's name.
func prizesOfContest(s segment.Sentence, vloc []int, rest, contest string) []zhnews.Fact {
	if utf8.RuneCountInString(contest) < 3 || rankingTitle.MatchString(contest) || personTitle.MatchString(contest) {
		return nil
	}
	var out []zhnews.Fact
	seen := map[string]bool{}
	pos := 0
	for {
		loc := contestPrizeItem.FindStringSubmatchIndex(rest[pos:])
		if loc == nil {
			break
		}
		prize := rest[pos+loc[2] : pos+loc[3]]
		end := vloc[1] + pos + loc[1]
		pos += loc[1]
		if title := contest + prize; !seen[title] {
			seen[title] = true
			mt := Match{Sentence: s, Loc: []int{vloc[0], end}}
			ev, st, en := mt.Evidence(vloc[0], end)
			out = append(out, zhnews.Fact{Metric: "award", Value: title, Year: mt.YearBefore(vloc[0]), Scope: contest, Evidence: ev, Start: st, End: en})
		}
		j := contestPrizeJoin.FindStringIndex(rest[pos:])
		if j == nil {
			break
		}
		pos += j[1]
	}
	return out
}
