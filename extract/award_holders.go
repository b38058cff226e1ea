package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"zhnews"
	"zhnews/internal/rx"
	"zhnews/segment"
)

// Honours whose holders are written after them, as a list of winners
// gives them:
//
//	医疗机构组「某某公益奖」由甲医院获奖 → 甲医院 某某公益奖
//	“某某奖”由甲醫院、乙醫院獲得      → both
//	某某示范医院的得主是甲医院         → 甲医院
//	团体奖得奖单位为甲医院             → 甲医院
//	获得“某某”称号的医院有甲医院、乙医院 → both
//	“某某”称号授予甲医院               → 甲医院
//
// The holder must be a hospital's name: a department (由宣传处选送的作品获奖),
// a team or a person holds the honour of its own, and a hospital's part
// (甲医院社区医学部) is no hospital.
var (
	holderAfterTitle = rx.MustCompile(`[“"「『]([^”"」』]{2,40})[”"」』]\s*(?:则|均|也)?\s*由\s*([^，,。；;：:!！?？]{2,80}?)\s*(?:获得|获奖|获颁|摘得|夺得|拿下|获选|荣获|得奖|捧得)`)
	holderNamed      = rx.MustCompile(`[“"「『]?([^“"「『”"」』，,。；;：:、]{2,40}?)[”"」』]?\s*的?(?:得主|获奖单位|得奖单位|获奖医院|得奖医院|获奖机构|得奖机构|获奖者|得奖者)\s*(?:是|为|则是|则为)\s*[:：]?\s*([^，,。；;!！?？]{2,80})`)
	// 获得“某某”称号的医院有甲医院、乙医院; 荣获「某某奖」的单位包括甲医院和乙医院等.
	holderListAfter = rx.MustCompile(`(?:获得|荣获|获评|获颁|摘得|被授予)\s*[“"「『]([^”"」』]{2,40})[”"」』]\s*(?:荣誉称号|称号|荣誉|奖项)?\s*的\s*(?:医院|单位|医疗机构|机构)\s*(?:有|包括|包含|为|是|分别是|分别为)\s*[:：]?\s*([^，,。；;!！?？]{2,120})`)
	// “某某”称号授予甲医院; 「某某奖」颁给了甲医院、乙医院.
	holderGivenTo  = rx.MustCompile(`[“"「『]([^”"」』]{2,40})[”"」』]\s*(?:荣誉称号|称号|荣誉|奖项|奖牌)?\s*(?:授予|颁给|颁发给|授给)了?\s*([^，,。；;!！?？]{2,120})`)
	holderKeywords = []string{"由", "颁给", "授给", "得主", "获奖单位", "得奖单位", "获奖医院", "得奖医院", "获奖机构", "得奖机构", "获奖者", "得奖者"}
	// Which edition, before a title written without quotes: 本届, 今年.
	holderDeictic = rx.MustCompile(`^(?:本届|本次|此次|这次|今年|去年|本年度)`)
)

// awardHolders reads those honours in sentence s.
func awardHolders(s segment.Sentence) []zhnews.Fact {
	var out []zhnews.Fact
	text := s.Text
	for _, re := range []*rx.Regexp{holderAfterTitle, holderNamed, holderListAfter, holderGivenTo} {
		for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
			title := strings.TrimSpace(text[loc[2]:loc[3]])
			if re == holderNamed {
				title = withoutCategory(title)
				title = plainLead.ReplaceAllString(holderDeictic.ReplaceAllString(title, ""), "")
			}
			if !isHonourTitle(title) && !isPlainHonour(title) {
				continue
			}
			if rankingTitle.MatchString(title) || personTitle.MatchString(title) || othersTitle(title) {
				continue
			}
			holders := holderNames(text[loc[4]:loc[5]], loc[4])
			if len(holders) == 0 {
				continue
			}
			m := Match{Sentence: s, Loc: []int{loc[0], loc[1]}}
			ev, st, en := m.Evidence(loc[0], loc[1])
			for _, h := range holders {
				out = append(out, zhnews.Fact{
					Hospital: h.name, Metric: "award", Value: title, Year: m.YearBefore(loc[0]),
					Evidence: ev, Start: st, End: en,
				})
			}
		}
	}
	return out
}

// holderNames cuts the holders of an honour (at byte off of its
// sentence) into hospitals' names; nil unless every one is a hospital.
func holderNames(s string, off int) []listItem {
	items := listItems(s, off, listSeparatorNoComma)
	if len(items) == 0 {
		return nil
	}
	last := &items[len(items)-1]
	if i := strings.Index(last.name, "等"); i > 0 {
		last.name = last.name[:i]
		last.end = last.start + i
	}
	for _, it := range items {
		if !institutionEnd.MatchString(it.name) || isCategory(it.name) || utf8.RuneCountInString(it.name) > 30 || partSubject.MatchString(it.name) {
			return nil
		}
	}
	return items
}

var (
	// The end of a list of honour holders before what they are: 等, or a
	// count of them (两家医院, 4个单位).
	subjectListEnd = rx.MustCompile(`等|[\d一二两三四五六七八九十]+\s*(?:家|个|所|座)`)
	// An organisation that may stand in such a list beside hospitals,
	// holding the honour of its own: an institute, a centre, a station.
	listedOrganisation = rx.MustCompile(`(?:研究所|研究院|中心|站|所|局|委员会|协会|学会|学校|学院|大学)$`)
)

// subjectHospitals returns the hospitals a subject lists as those who
// received an honour together (甲医院、乙医院、丙研究所等4个单位获评…): at
// least two hospitals, every other item an organisation; nil otherwise.
func subjectHospitals(subject string) []string {
	subject = strings.TrimSpace(trimAdverbs(subject))
	items := listItems(subject, 0, listSeparatorNoComma)
	if len(items) < 2 {
		return nil
	}
	last := &items[len(items)-1]
	if loc := subjectListEnd.FindStringIndex(last.name); loc != nil && loc[0] > 0 {
		last.name = strings.TrimSpace(last.name[:loc[0]])
	}
	var out []string
	for _, it := range items {
		name := itemLead.ReplaceAllString(respectiveLead.ReplaceAllString(it.name, ""), "")
		switch {
		case institutionEnd.MatchString(name) && !isCategory(name) && utf8.RuneCountInString(name) <= 30:
			out = append(out, name)
		case listedOrganisation.MatchString(name):
		default:
			return nil
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// forEachHospital gives each fact of fs to every hospital of names, the
// facts of an honour received by them together; after 分别 (甲、乙分别荣获
// “丙”和“丁”) the i-th honour is the i-th hospital's, when there are as
// many of each.
func forEachHospital(fs []zhnews.Fact, names []string, respective bool) []zhnews.Fact {
	if len(names) == 0 {
		return fs
	}
	if respective && len(fs) == len(names) {
		out := slices.Clone(fs)
		for i := range out {
			out[i].Hospital = names[i]
		}
		return out
	}
	var out []zhnews.Fact
	for _, f := range fs {
		for _, n := range names {
			g := f
			g.Hospital = n
			out = append(out, g)
		}
	}
	return out
}

// withoutCategory drops the group or category an honour is given in,
// written before its title without quotes (医疗机构组某某奖 → 某某奖): the
// words up to the last 组 or 类 that is no part of a word (组织, 类型).
func withoutCategory(title string) string {
	cut := 0
	for i, r := range title {
		if r != '组' && r != '类' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(title[i+len(string(r)):])
		if !strings.ContainsRune("织员长成建合别型委", next) {
			cut = i + len(string(r))
		}
	}
	if rest := title[cut:]; utf8.RuneCountInString(rest) >= 3 {
		return rest
	}
	return title
}
