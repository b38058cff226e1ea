package extract

import (
	"strings"

	"zhnews"
	"zhnews/extract/numbers"
	"zhnews/internal/rx"
)

// keySpecialties counts 重点专科 with their level in scope (国家, 省级,
// 市级): 拥有8个湖北省县级医院临床重点专科 → 8, scope 省级; 13个地市级临床重
// 点专科 → 13, scope 市级.
type keySpecialties struct{}

var (
	// A list's 、 ends the words between: in 国家级重点专科2个、省级重点专科11
	// 个 the 2 is the level before it's, not 省级's.
	keySpecialtyRe = rx.MustCompile(num + `(个)([^，,。；;、\d]{0,14}?)(?:临床)?重点专科`)
	// The level first, the count after: 国家中医药管理局重点专科(专病)9个,
	// 省级临床重点专科有5个.
	keySpecialtyAfterRe = rx.MustCompile(`((?:国家|省|市|县|地市|区)[^，,。；;、\d]{0,14}?)(?:临床)?重点专科\s*(?:[(（][^)）]{0,8}[)）])?\s*(?:已经|已)?(?:有|共有|共|达|达到|增至|增加到|总数|数量|总数达|总数为)?\s*` + num + `\s*(个)`)
	// A region, not the hospital, is what has them: 全市共有省级临床重点专科6个.
	regionHas = rx.MustCompile(`(?:全市|全省|全区|全县|全国|全州|全盟|辖区|我市|我省|我区|我县)(?:范围内)?(?:目前|现)?(?:共有|现有|拥有|已有|有|累计有|累计|共计|共)`)
	// A change is no count: 再添1个, 新增2个.
	specialtyChange = rx.MustCompile(`(?:再添|新添|新增|增加|又添|又有|再获|新获|新晋|增添)$`)
	// The same with the new departments listed before the count: 新增甲科、
	// 乙科等2个…重点专科.
	specialtyChangeList = rx.MustCompile(`(?:再添|新添|新增|增加|又添|再获|新获|新晋|增添)[^，,。；;\d]{1,40}?等$`)
	// After a change, the total it brings the count to, the noun left out:
	// 新增2个省级临床重点专科,总数达到8个 → 8 省级.
	specialtyTotalAfter = rx.MustCompile(`^(?:建设项目)?\s*[，,]\s*(?:至此[，,]?\s*)?(?:医院|全院|该院|我院)?(?:的)?(?:(?:总数|总量|累计|共计|总计)\s*(?:已)?(?:达到|达|增至|增加到|为|有)?|(?:已)?(?:增至|增加到|达到))\s*` + num + `\s*个`)
)

// specialtyLevels are the levels a breakdown names.
const specialtyLevels = `国家级|国家|省级|省|地市级|市级|市|县级|县`

// specialtyShareRe is the breakdown that follows a count of 重点专科, each
// level with its count and the noun left out: 拥有重点专科15个,其中省级9个、
// 市级6个. Only the items without 重点专科 are read here; those that name it
// (其中省级重点专科9个) are read by keySpecialtyAfterRe.
var (
	specialtyShareRe = rx.MustCompile(`重点专科[^。；;！？!?其]{0,8}?其中\s*[，,:：]?`)
	specialtyItemRe  = rx.MustCompile(`^\s*(?:[、，,]|和|及|以及)?\s*(` + specialtyLevels + `)(临床)?(重点专科)?\s*(?:有|共有|共|为)?\s*` + num + `\s*个`)
	// The count first: 其中3个为国家级、5个为省级.
	specialtyCountFirstRe = rx.MustCompile(`^\s*(?:[、，,]|和|及|以及)?\s*` + num + `\s*个\s*(?:为|是|属于|属)?\s*(` + specialtyLevels + `)(?:临床)?(重点专科)?`)
)

var specialtyVerb = rx.MustCompile(`入选|获批|成为|被|评为|列入|纳入|获`)

func (keySpecialties) Metric() string { return "key_specialties" }

func (keySpecialties) keywords() []string { return keySpecialtyKeywords }

var keySpecialtyKeywords = []string{"重点"}

func (keySpecialties) Extract(d *Doc) []zhnews.Fact {
	var out []zhnews.Fact
	for _, m := range d.FindAllWith(keySpecialtyRe, keySpecialtyKeywords) {
		before := m.Sentence.Text[:m.Loc[2]]
		if specialtyChange.MatchString(before) || specialtyChangeList.MatchString(before) {
			region := regionOwned(m.Sentence.Text[:m.Loc[0]]) || regionSubject(m.Sentence.Text[:m.Loc[0]])
			if t := specialtyTotalAfter.FindStringSubmatchIndex(m.Sentence.Text[m.Loc[1]:]); t != nil && !region {
				if n, ok := numbers.Parse(m.Sentence.Text[m.Loc[1]+t[2] : m.Loc[1]+t[3]]); ok && n.IsInt() && n.Value > 0 {
					end := m.Loc[1] + t[1]
					ev, s, e := m.Evidence(m.Loc[0], end)
					out = append(out, zhnews.Fact{
						Metric: "key_specialties", Value: n.Int(), Approx: n.Approx, Unit: "个",
						Year: m.YearBefore(m.Loc[0]), Scope: specialtyLevel(m.Group(3)),
						Evidence: ev, Start: s, End: e,
					})
				}
			}
			continue // the change itself is no count
		}
		if isOrdinal(before) || regionOwned(m.Sentence.Text[:m.Loc[0]]) {
			continue
		}
		if specialtyVerb.MatchString(m.Group(3)) {
			continue // 九个学科入选…重点专科: a count of departments
		}
		n, ok := numbers.Parse(m.Group(1))
		if !ok || !n.IsInt() || n.Value <= 0 {
			continue
		}
		ev, s, e := m.Evidence(m.Loc[0], m.Loc[1])
		out = append(out, zhnews.Fact{
			Metric: "key_specialties", Value: n.Int(), Approx: n.Approx, Unit: "个",
			Year: m.YearBefore(m.Loc[0]), Scope: specialtyLevel(m.Group(3)),
			Evidence: ev, Start: s, End: e,
		})
	}
	for _, m := range d.FindAllWith(keySpecialtyAfterRe, keySpecialtyKeywords) {
		level := m.Group(1)
		if i := strings.LastIndexAny(level, "在和与及的"); i >= 0 {
			level = level[i:]
		}
		n, ok := numbers.Parse(m.Group(2))
		if !ok || !n.IsInt() || n.Value <= 0 || specialtyChange.MatchString(m.Sentence.Text[:m.Loc[4]]) || regionOwned(m.Sentence.Text[:m.Loc[4]]) {
			continue
		}
		ev, s, e := m.Evidence(m.Loc[0], m.Loc[1])
		out = append(out, zhnews.Fact{
			Metric: "key_specialties", Value: n.Int(), Approx: n.Approx, Unit: "个",
			Year: m.YearBefore(m.Loc[0]), Scope: specialtyLevel(level),
			Evidence: ev, Start: s, End: e,
		})
	}
	return append(out, specialtyShares(d)...)
}

// specialtyShares reads the breakdown after a count of 重点专科
// (specialtyShareRe, specialtyItemRe).
func specialtyShares(d *Doc) []zhnews.Fact {
	var out []zhnews.Fact
	for _, m := range d.FindAllWith(specialtyShareRe, keySpecialtyKeywords) {
		if regionOwned(m.Sentence.Text[:m.Loc[0]]) {
			continue
		}
		for at := m.Loc[1]; ; {
			f, end, ok := specialtyItem(m, at)
			if end < 0 {
				break
			}
			at = end
			if ok {
				out = append(out, f)
			}
		}
	}
	return out
}

// specialtyItem reads the breakdown's item that starts at byte at of
// the match's sentence. end is where the item ends, -1 when none starts
// there; ok is false for an item this rule leaves to the others (it names
// 重点专科) or whose count is none.
func specialtyItem(m Match, at int) (f zhnews.Fact, end int, ok bool) {
	text := m.Sentence.Text[at:]
	level, count, named := 2, 8, 6 // submatch offsets in specialtyItemRe
	loc := specialtyItemRe.FindStringSubmatchIndex(text)
	if loc == nil {
		level, count, named = 4, 2, 6
		if loc = specialtyCountFirstRe.FindStringSubmatchIndex(text); loc == nil {
			return f, -1, false
		}
	}
	for k := range loc {
		if loc[k] >= 0 {
			loc[k] += at
		}
	}
	it := Match{Sentence: m.Sentence, Loc: loc}
	if loc[named] >= 0 {
		return f, loc[1], false // 省级重点专科9个: the other patterns read it
	}
	n, parsed := numbers.Parse(it.Sentence.Text[loc[count]:loc[count+1]])
	if !parsed || !n.IsInt() || n.Value <= 0 {
		return f, loc[1], false
	}
	start := min(loc[level], loc[count])
	ev, s, e := it.Evidence(start, loc[1])
	return zhnews.Fact{
		Metric: "key_specialties", Value: n.Int(), Approx: n.Approx, Unit: "个",
		Year: it.YearBefore(start), Scope: specialtyLevel(it.Sentence.Text[loc[level]:loc[level+1]]),
		Evidence: ev, Start: s, End: e,
	}, loc[1], true
}

// regionOwned: before a count, a region is said to have them (全市共有…),
// and no hospital is named after it (全市共有3家医院,该院…).
func regionOwned(before string) bool {
	locs := regionHas.FindAllStringIndex(before, -1)
	return len(locs) > 0 && !strings.Contains(before[locs[len(locs)-1][1]:], "院")
}

// regionWord: a region as the subject of a count (全市新增…).
var regionWord = rx.MustCompile(`全市|全省|全区|全县|全国|全州|全盟|辖区|我市|我省|我区|我县`)

// regionSubject: before a count, a region is named and no hospital after it.
func regionSubject(before string) bool {
	locs := regionWord.FindAllStringIndex(before, -1)
	return len(locs) > 0 && !strings.Contains(before[locs[len(locs)-1][1]:], "院")
}

func specialtyLevel(mod string) string {
	switch {
	case strings.Contains(mod, "国家"):
		return "国家"
	case strings.Contains(mod, "省"):
		return "省级"
	case strings.Contains(mod, "市"):
		return "市级"
	case strings.Contains(mod, "县"):
		return "县级"
	}
	return ""
}
