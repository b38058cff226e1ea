package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"zhnews"
)

// award reads honours the hospital received, as their quoted titles:
// 先后荣获“全国医院文化建设示范单位”“全国文明单位”等三十余项称号 → two
// awards; 被国家卫健委评为“…” → scope 国家卫健委. An honour of a person
// (书记龚治国同志被…授予“…”) or a department (神经内科获评为“…”) is not the
// hospital's, and a ranking written as a title (县级医院500强) is a ranking.
type award struct{}

var (
	awardVerb     = regexp.MustCompile(`(?:荣获|获得|获评为|获评|获批|喜获|斩获|摘得|捧得|获|被评为|被授予|授予|评为|入选|被命名为|命名为|被列为|列为|被确定为|确定为|被认定为|认定为)`)
	quotedTitle   = regexp.MustCompile(`[“"「『]([^”"」』]{2,40})[”"」』]`)
	awardGiver    = regexp.MustCompile(`(?:被|获)([^，,。；;被获]{2,24}?)(?:评为|授予|命名为|列为|确定为|认定为|颁发)`)
	personSubject = regexp.MustCompile(`书记|院长|主任|同志|医生|医师|护士|教授|专家|作品|[^医]科$|科室$|团队成员`)
	// Every award verb holds one of these.
	awardKeywords = []string{"获", "评为", "授予", "入选", "命名", "列为", "确定为", "认定为", "摘得", "捧得"}
	parenthesis   = regexp.MustCompile(`[(（][^)）]{0,12}[)）]`)
	rankingTitle  = regexp.MustCompile(`\d+\s*强|第\s*\d+\s*名|百强|排行`)
	// Campaigns and programmes a hospital joins are no honours.
	programTitle = regexp.MustCompile(`(?:行动|活动|工程|计划|项目启动|专项)$`)
)

func (award) Metric() string { return "award" }

func (award) keywords() []string { return awardKeywords }

func (award) Extract(d *Doc) []zhnews.Fact {
	var out []zhnews.Fact
	for _, s := range d.sentencesWith(awardKeywords) {
		text := s.Text
		if !strings.ContainsAny(text, `“"「『`) {
			continue // titles are quoted, after a verb of honour
		}
		for _, vloc := range awardVerb.FindAllStringIndex(text, -1) {
			// The clause up to the verb is the subject.
			subject := text[:vloc[0]]
			if i := lastClauseBreak(subject); i >= 0 {
				subject = subject[i:]
			}
			if personSubject.MatchString(subject) {
				continue
			}
			// Titles follow the verb within the clause (up to 30 runes of
			// giver or year before the first one), one after another.
			rest := text[vloc[1]:]
			end := strings.IndexAny(rest, "。；;!！?？\n")
			if end < 0 {
				end = len(rest)
			}
			rest = rest[:end]
			first := quotedTitle.FindStringIndex(rest)
			if first == nil || utf8.RuneCountInString(rest[:first[0]]) > 30 || strings.ContainsAny(rest[:first[0]], "，,") {
				continue
			}
			scope := ""
			if g := awardGiver.FindStringSubmatch(text[max(0, vloc[0]-60):min(len(text), vloc[1]+2)]); g != nil {
				scope = strings.TrimSpace(g[1])
			}
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
				if rankingTitle.MatchString(title) || programTitle.MatchString(title) {
					continue
				}
				m := Match{Sentence: s, Loc: []int{bStart, bEnd}}
				ev, st, en := m.Evidence(vloc[0], bEnd)
				out = append(out, zhnews.Fact{
					Metric: "award", Value: strings.TrimSpace(title), Year: m.YearBefore(vloc[0]),
					Scope: scope, Evidence: ev, Start: st, End: en,
				})
			}
		}
	}
	return out
}

// isTitleJoin: what may stand between two titles of one list: nothing, 、
// or 和/及, and a ranking's parenthesis (第151名).
func isTitleJoin(gap string) bool {
	gap = parenthesis.ReplaceAllString(gap, "")
	gap = strings.TrimSpace(gap)
	return gap == "" || gap == "、" || gap == "和" || gap == "及" || gap == "以及" || gap == "," || gap == "，"
}
