package extract

import (
	"strings"

	"zhnews"
	"zhnews/internal/rx"
	"zhnews/segment"
)

// A story often names the contest once, in its lead, with its edition
// (第26届某某医疗品质奖成绩揭晓), and then says what each hospital won with
// the prizes alone, the contest out of the clause (某院凭借多项成果,一举拿下
// 3项白金奖与2项金奖). A prize alone says no honour; the edition's contest
// named last before the sentence is the one it was won in.

// editionContest: a contest's name after its edition, ending as a prize's
// does or a contest's (第26届国家医疗品质奖, 第 8 届 SNQ 某某奖, 第3届某某大赛). Latin letters may open it
// (an acronym), the rest is Han.
var editionContest = rx.MustCompile(`第\s*[\d一二三四五六七八九十]+\s*届\s*[A-Za-z]{0,8}\s*(\p{Han}{2,16}?(?:奖|大赛|竞赛|比赛|评选))`)

// contestEarlier returns the contest the document names with its edition
// last before sentence s; "" when it names none.
func contestEarlier(d *Doc, s segment.Sentence) string {
	before := d.Slice(0, s.Start)
	if !strings.Contains(before, "届") {
		return "" // the literal before the expression: most texts name no edition
	}
	all := editionContest.FindAllStringSubmatch(before, -1)
	if len(all) == 0 {
		return ""
	}
	return all[len(all)-1][1]
}

// earlierContestPrizes reads the prizes after the award verb at vloc as
// prizes of the contest named earlier (contestEarlier), when the clause
// names none of its own (contestPrizes).
func earlierContestPrizes(d *Doc, s segment.Sentence, vloc []int, rest string) []zhnews.Fact {
	if contestPrizeItem.FindStringIndex(rest) == nil {
		return nil
	}
	c := contestEarlier(d, s)
	if c == "" {
		return nil
	}
	return prizesOfContest(s, vloc, rest, c)
}
