package extract

import (
	"regexp"
	"strconv"
	"strings"

	"zhnews"
)

// foundedYear reads the year a hospital was founded: 创立于1900年, 建于1939
// 年, 始建于1952年, 成立于1934年的…医院, 1954年建院. A founding whose
// subject is something else (党总支成立于2010年, 医共体组建于…) is not the
// hospital's.
type foundedYear struct{}

var (
	foundedAfter  = regexp.MustCompile(`^(?:始建|创建|创立|创办|建立|建|成立|组建|兴建|开办|开诊|建院)于\s*((?:1[6-9]|20)\d{2})\s*年`)
	foundedBefore = regexp.MustCompile(`^((?:1[6-9]|20)\d{2})\s*年\s*(?:建院|创院|始建|创建|创立|创办|开院)`)
	// 1958年,长兴县人民医院正式成立。 The verb ends the clause: 2017年,医
	// 院成立医共体 founds something else.
	foundedLater = regexp.MustCompile(`^((?:1[6-9]|20)\d{2})\s*年(?:\d{1,2}月)?(?:\d{1,2}日)?[,，]?\s*[^,，。;；]{0,24}?(?:医院|卫生院|保健院)(?:正式)?(?:成立|建立|创建|创办|建院|开业|开院)(?:[,，。;；]|$)`)
	// The expressions with the words their matches begin with: a founding
	// verb, or a year.
	foundingRules = []struct {
		re     *regexp.Regexp
		starts []string
	}{
		{foundedAfter, []string{"始建", "创", "建", "成立", "组建", "兴建", "开"}},
		{foundedBefore, yearStarts},
		{foundedLater, yearStarts},
	}
	yearStarts = []string{"1", "2"}
	// Every founding pattern holds one of these.
	foundingKeywords = []string{"于1", "于2", "建院", "创院", "始建", "创建", "创立", "创办", "开院", "成立", "建立", "开业"}
	// Founded things that are not the hospital.
	otherFounding = regexp.MustCompile(`党委|党总支|党支部|支部|委员会|中心|科室|[^医]科|联盟|医共体|医联体|基地|学会|协会|工作室|病区|院区|分院|学校|学院|大学|集团|公司`)
)

// lastWords is the end of s, where the subject of a verb after it stands.
func lastWords(s string) string {
	r := []rune(strings.TrimSpace(s))
	return string(r[max(0, len(r)-3):])
}

func (foundedYear) Metric() string { return "founded_year" }

func (foundedYear) keywords() []string { return foundingKeywords }

func (foundedYear) Extract(d *Doc) []zhnews.Fact {
	var out []zhnews.Fact
	for _, c := range foundingRules {
		for _, m := range d.FindAllFrom(c.re, foundingKeywords, c.starts) {
			ev, s, e := m.Evidence(m.Loc[0], m.Loc[1])
			// The clause up to the founding verb names what was founded.
			subject := m.Sentence.Text[:m.Loc[0]]
			if i := lastClauseBreak(subject); i >= 0 {
				subject = subject[i:]
			}
			// A hospital's name right before the verb is the subject, whatever
			// it holds (湖州市中心医院始建于…); otherwise the subject must name
			// nothing else that can be founded.
			if !hospitalSuffix.MatchString(lastWords(subject)) && otherFounding.MatchString(hospitalSuffix.ReplaceAllString(subject, "")) {
				continue
			}
			y, _ := strconv.Atoi(m.Group(1))
			out = append(out, zhnews.Fact{Metric: "founded_year", Value: int64(y), Unit: "年", Evidence: ev, Start: s, End: e})
		}
	}
	return out
}
