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
			if end < len(rs) && strings.ContainsRune(h.notAfter, rs[end]) || len(k) < 4 && i > 0 && isHan(rs[i-1]) && !d.StartsToken(i) {
				continue
			}
			m := Mention{Name: h.full, Written: key, Start: i, End: end}
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
			if branch != nil {
				m.Place = branch
			} else if ps := f.g.Lookup(h.city); len(ps) > 0 {
				p := ps[0]
				for _, q := range ps {
					if regionCodes[q.Province] != "" {
						p = q // 台中市 of Taiwan's, not a mainland place of the name
						break
					}
				}
				m.Place = &p
			}
			out = append(out, m)
			i = end - 1
			break
		}
	}
	return out
}
