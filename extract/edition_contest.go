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
var editionContest = rx.MustCompile(`第\s*[\d一二三四五六七八九十]+\s*届\s*[「“《]?\s*[A-Za-z]{0,8}\s*(\p{Han}{2,16}?(?:奖|大赛|竞赛|比赛|评选))`)

// ceremonyContest: a quoted contest's name its ceremony or results
// follow, with no edition (举办「某某品质奖」颁奖典礼, “某某奖”得奖名单出炉).
var ceremonyContest = rx.MustCompile(`[「“《]\s*[A-Za-z]{0,8}\s*(\p{Han}{2,16}?(?:奖|大赛|竞赛|评选))\s*(?:[(（][A-Za-z]{2,8}[)）])?\s*[」”》]\s*(?:颁奖|得奖|获奖|成绩|评选结果|揭晓|授奖)`)

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

// contestPrize: an honour that is a prize or a grade of a contest, or one
// of its categories (杰出医疗类金奖, 主题类金奖, 特优机构, 钻石奖), as a
// contest gives them: alone it names no giver.
var contestPrize = rx.MustCompile(`(?:白金奖|金奖|银奖|铜奖|钻石奖|特等奖|[一二三]等奖|优秀奖|优胜奖|佳作奖|特优|(?:类|组)\p{Han}{0,12}奖)`)

// carryContestScopes gives a contest's prize that names no giver the
// contest the article named before it, with its edition or its ceremony
// (第26届某某品质奖, 「某某品质奖」颁奖典礼): the prize was won in it.
func carryContestScopes(d *Doc, facts []zhnews.Fact) {
	for i := range facts {
		f := &facts[i]
		title, ok := f.Value.(string)
		if f.Scope != "" || !ok || !contestPrize.MatchString(title) || f.Start <= 0 {
			continue
		}
		gap, found := prizeGap(f.Evidence, title)
		if !found {
			continue
		}
		if gap != "" {
			// The clause names what the prize is of: its own contest
			// (蝉联两届某某品质奖医学中心组「特优机构」), else another giver
			// (夺得某某人力银行生技医疗类「幸福企业」金奖) than the one before.
			if m := gapContest.FindStringSubmatch(gap); m != nil && !strings.Contains(title, m[1]) {
				f.Scope = m[1]
			}
			continue
		}
		before := d.Slice(0, f.Start)
		best, at := "", -1
		for _, re := range []*rx.Regexp{editionContest, ceremonyContest} {
			if re == editionContest && !strings.Contains(before, "届") {
				continue
			}
			if all := re.FindAllStringSubmatchIndex(before, -1); len(all) > 0 {
				if m := all[len(all)-1]; m[0] > at {
					best, at = before[m[2]:m[3]], m[0]
				}
			}
		}
		if best != "" && !strings.Contains(title, best) {
			f.Scope = best
		}
	}
}

var (
	// gapCount: a streak, an edition or a count between the verb and the
	// prize (连续3年, 两届, 3项, 一举), which names no giver.
	gapCount = rx.MustCompile(`^(?:了|过)?\s*(?:一举)?\s*(?:连续\s*[\d一二两三四五六七八九十]+\s*(?:年|届|次)|[\d一二两三四五六七八九十]+\s*(?:届|项|座|个|枚))?\s*`)
	// gapContest: a contest named between the verb and the prize.
	gapContest = rx.MustCompile(`^[A-Za-z]{0,8}\s*(\p{Han}{2,16}?奖)`)
)

// prizeGap returns what stands in evidence between the last verb of
// honour and the prize's title (its quoted part, or the title as written),
// streaks and counts left out; found is false when neither is in it.
func prizeGap(evidence, title string) (gap string, found bool) {
	at := strings.IndexAny(evidence, "「“『\"")
	if i := strings.Index(evidence, title); i >= 0 && (at < 0 || i < at) {
		at = i
	}
	if at < 0 {
		return "", false
	}
	before := evidence[:at]
	verbEnd := -1
	for _, k := range awardKeywords {
		i := strings.LastIndex(before, k)
		if i < 0 {
			continue
		}
		end := i + len(k)
		if v := awardVerb.FindString(before[i:]); len(v) > len(k) {
			end = i + len(v) // the whole verb: 获得, not 获
		}
		verbEnd = max(verbEnd, end)
	}
	if verbEnd < 0 {
		return "", true // no verb in the clause: a list's or a roll's item
	}
	gap = strings.TrimSpace(before[verbEnd:])
	return strings.TrimSpace(gapCount.ReplaceAllString(gap, "")), true
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
