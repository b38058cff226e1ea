package extract

import (
	"sort"
	"strings"
)

// Taiwan's news writes its best-known hospitals by short names that hold
// no hospital suffix and no place the gazetteer reads: 北荣 is 台北荣民总
// 医院, 高医 高雄医学大学附设中和纪念医院, 彰基 彰化基督教医院, 三总 三军
// 总医院. Each short name stands for one hospital; it counts where it
// stands as a word of its own (not 北荣 inside 台北荣总, not 高医 in 高医大
// 学, the university), and a campus written after it (三总澎湖分院) is the
// campus's name.

// shortHospital is one short name: the hospital's full name, its city,
// and the characters after it that make it another word.
type shortHospital struct {
	full, city, notAfter string
}

var taiwanShortNames = map[string]shortHospital{
	// 荣 also begins the verbs of honour (大赛中荣获, 评比中荣膺, 榜中荣登).
	"北荣":   {"台北荣民总医院", "台北市", "民总获膺登誉耀"},
	"中荣":   {"台中荣民总医院", "台中市", "民总获膺登誉耀"},
	"高荣":   {"高雄荣民总医院", "高雄市", "民总获膺登誉耀"},
	"高医":   {"高雄医学大学附设中和纪念医院", "高雄市", "大学生师院科"},
	"彰基":   {"彰化基督教医院", "彰化县", "督"},
	"恒基":   {"恒春基督教医院", "屏东县", "督集兆地"}, // not 恒基集团, 恒基兆业地产
	"三总":   {"三军总医院", "台北市", "医"},
	"中国附医": {"中国医药大学附设医院", "台中市", ""},
	// 中国医大 alone is the mainland's 中国医科大学 too (中国医大一院): only
	// Taiwan's 附设/附医 after it make the Taichung hospital.
	"中医大附医": {"中国医药大学附设医院", "台中市", ""},
	// 北医 alone is Peking University's medical school too (北医三院).
	"北医附医":   {"台北医学大学附设医院", "台北市", ""},
	"中国医大附医": {"中国医药大学附设医院", "台中市", ""},
	// Written with its 医院 (中国医大附设医院) it is a name the article
	// gives, kept as written as a university hospital's short form is.
	"中国医大附设": {"中国医大附设医院", "台中市", ""},
	// Names that are common words too (新光 "new light", 振兴 "revive",
	// 奇美 a company, 亚东 "East Asia"): read only as a hospital in a list
	// of hospitals (listOnlyShortNames).
	"新光":   {"新光医院", "台北市", "三人金控集产银证保纺合医学大吴"},
	"振兴":   {"振兴医院", "台北市", "经济乡村产业计划方案券中华党会"},
	"奇美":   {"奇美医院", "台南市", "实电材业集团化"},
	"亚东":   {"亚东医院", "新北市", "运洲区太地经商银集团技科大"},
	"花莲慈济": {"花莲慈济医院", "花莲县", "大学基金会功德志"},
	// The universities' short names (台大, 成大): their hospital only
	// where a campus follows (台大云林分院), see campusOnlyShortNames.
	"台大": {"台大医院", "台北市", ""},
	"成大": {"成大医院", "台南市", ""},
}

// campusOnlyShortNames: short names of a university that stand for its
// hospital only before one of the hospital's campuses (台大云林分院 is
// 台大医院云林分院; 台大校长, 台大医学院 are the university's). Written with
// 医院 (台大医院), the name is read as any other hospital's.
var campusOnlyShortNames = map[string]bool{"台大": true, "成大": true}

// listOnlyShortNames: short names that are also common words, read only
// where they stand as an item of a list that names hospitals.
var listOnlyShortNames = map[string]bool{"新光": true, "振兴": true, "奇美": true, "亚东": true}

// shortSuffixes: what may follow a short name as part of it (高医附设医院,
// 振兴医院, 中医大附设医院): the mention spans it, the full name stays.
var shortSuffixes = [][]rune{[]rune("附设医院"), []rune("纪念医院"), []rune("医院")}

// listSeparators stand between the items of a list of hospitals.
const listSeparators = "、,，;；和及与或/"

// standsAsItem: the name at rs[start:end] stands as an item of a list: a
// separator or a line's or sentence's start before it, a separator, 等,
// a bracket or the end after it, unless a suffix has ended it (振兴医院则…).
func standsAsItem(rs []rune, start, end int, suffixed bool) bool {
	before := start == 0 || strings.ContainsRune(listSeparators+"。\n:：. ", rs[start-1])
	after := suffixed || end == len(rs) || strings.ContainsRune(listSeparators+"。\n等)）", rs[end])
	return before && after
}

// itemEnd: the characters a hospital's item of a list ends in.
var itemEnds = []string{"医院", "荣总", "医学中心"}

// prevItemIsHospital: the item of the list right before start (after its
// separator) ends as a hospital's name does, or is a short name that is
// no common word.
func prevItemIsHospital(rs []rune, start int) bool {
	if start < 2 || !strings.ContainsRune(listSeparators, rs[start-1]) {
		return false
	}
	lo := start - 1
	for lo > 0 && !strings.ContainsRune(listSeparators+"。！？!?\n:：", rs[lo-1]) {
		lo--
	}
	item := string(rs[lo : start-1])
	for _, e := range itemEnds {
		if strings.HasSuffix(item, e) {
			return true
		}
	}
	_, known := knownShortNames[item]
	return known && !listOnlyShortNames[item] && !campusOnlyShortNames[item]
}

// inHospitalLists keeps the mentions of common-word short names that
// stand in a list of hospitals: written with their suffix (振兴医院), or
// right after an item that is a hospital, or right before or after
// another one kept (新光和振兴医院: 振兴医院 keeps 新光).
func inHospitalLists(rs []rune, cands []Mention) []Mention {
	kept := make([]bool, len(cands))
	for i, m := range cands {
		kept[i] = strings.HasSuffix(m.Written, "医院") || prevItemIsHospital(rs, m.Start)
	}
	for changed := true; changed; {
		changed = false
		for i := range cands {
			if kept[i] {
				continue
			}
			for j := range cands {
				if kept[j] && (cands[j].End+1 == cands[i].Start || cands[i].End+1 == cands[j].Start) {
					kept[i], changed = true, true
					break
				}
			}
		}
	}
	var out []Mention
	for i, m := range cands {
		if kept[i] {
			out = append(out, m)
		}
	}
	return out
}

// shortNameKeys lists knownShortNames' keys, longest first, so that a
// longer name is read before a shorter one inside it.
var shortNameKeys = func() []string {
	keys := make([]string, 0, len(knownShortNames))
	for k := range knownShortNames {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(keys[i]) != len(keys[j]) {
			return len(keys[i]) > len(keys[j])
		}
		return keys[i] < keys[j]
	})
	return keys
}()

// shortNameFirst marks the first characters of the short names, so that
// one pass over a text finds where one may stand.
var shortNameFirst = func() map[rune][]string {
	m := map[rune][]string{}
	for _, k := range shortNameKeys {
		r := []rune(k)[0]
		m[r] = append(m[r], k)
		shortFirstMark[r-0x4e00] = true
	}
	return m
}()

// shortFirstMark: the same first characters as a table over the CJK
// block, a test cheaper than the map's at every character of a text.
var shortFirstMark [0xa000 - 0x4e00]bool

// shortNamedHospitals returns a mention for every short name of d's text.
func (f hospitalFinder) shortNamedHospitals(d *Doc) []Mention {
	var out []Mention
	listed := map[int]bool{} // starts of common-word names, to be kept in a list of hospitals only
	rs := d.runes
	for i := 0; i < len(rs); i++ {
		if rs[i] < 0x4e00 || rs[i] >= 0xa000 || !shortFirstMark[rs[i]-0x4e00] {
			continue
		}
		for _, key := range shortNameFirst[rs[i]] {
			k := []rune(key)
			if !runesAt(rs, i, k) {
				continue
			}
			h := knownShortNames[key]
			end := i + len(k)
			// A name of four characters or more is read even where gse glued
			// its first to the word before (由东/华东/院): only a short one
			// (北荣 in 台北荣总) stands inside other words.
			// A name of a list is bounded by the list's separators, whatever
			// gse glued to it (和振兴: 和 is the separator).
			listOnly := listOnlyShortNames[key]
			if end < len(rs) && strings.ContainsRune(h.notAfter, rs[end]) || !listOnly && len(k) < 4 && i > 0 && isHan(rs[i-1]) && !d.StartsToken(i) {
				continue
			}
			for _, sfx := range shortSuffixes {
				if runesAt(rs, end, sfx) {
					end += len(sfx) // 高医附设医院, 振兴医院: the short name with a suffix
					break
				}
			}
			suffixed := end > i+len(k)
			if listOnly && !standsAsItem(rs, i, end, suffixed) {
				continue
			}
			m := Mention{Name: h.full, Written: string(rs[i:end]), Start: i, End: end}
			if suffixed && h.full == key+"医院" {
				// 亚东纪念医院 is named in full where the short name's
				// hospital is only the short name with 医院 (亚东医院).
				m.Name = m.Written
			}
			// A campus after it, named after its place (三总澎湖分院, 北荣凤林分院
			// of 凤林镇), or by a district the gazetteer lacks (三总北投分院), as
			// a parent's branch is read.
			var branch *Place
			for n := 2; n <= 3 && end+n+2 <= len(rs); n++ {
				if string(rs[end+n:end+n+2]) != "分院" {
					continue
				}
				if branch = f.branchPlace(string(rs[end : end+n+2])); branch != nil {
					m.Name = h.full + string(rs[end:end+n+2])
					m.Written = string(rs[i : end+n+2])
					m.End = end + n + 2
					break
				}
			}
			if m.End == end {
				if bEnd, ok := branchAfter(rs, end); ok && bEnd-end <= 5 {
					m.Name = h.full + string(rs[end:bEnd])
					m.Written = string(rs[i:bEnd])
					m.End = bEnd
				}
			}
			if campusOnlyShortNames[key] && (suffixed || m.End-end <= 2) {
				// 台大医学院, 台大医院: the university, or a name read as
				// any other; 新竹台大分院: the place before, a name of its own.
				continue
			}
			if branch != nil {
				m.Place = branch
			} else {
				m.Place = f.regionPlace(h.city)
			}
			if listOnly {
				listed[m.Start] = true
			}
			out = append(out, m)
			i = end - 1
			break
		}
	}
	if len(listed) == 0 {
		return out
	}
	var cands, kept []Mention
	for _, m := range out {
		if listed[m.Start] {
			cands = append(cands, m)
		}
	}
	inList := map[int]bool{}
	for _, m := range inHospitalLists(rs, cands) {
		inList[m.Start] = true
	}
	for _, m := range out {
		if !listed[m.Start] || inList[m.Start] {
			kept = append(kept, m)
		}
	}
	return kept
}
