package extract

import "strings"

// Taiwan's hospital systems name their campuses by the place and the
// system's name, the 医院 left out: 林口长庚 is 林口长庚纪念医院, 高雄长庚
// 高雄长庚纪念医院, 淡水马偕 淡水马偕纪念医院. Some campus places (林口, 淡水)
// are districts the gazetteer does not list, so each system lists its
// campuses with the city they stand in.

// campusSystem is one system: its name as the short forms write it, the
// suffix of its campuses' full names, and its campuses.
type campusSystem struct {
	short, suffix string
	campuses      map[string]string // campus place → city
	notAfter      string            // the system's own longer words (慈济基金会, 慈济志工), besides notCampusAfter
}

var campusSystems = []campusSystem{
	{"长庚", "纪念医院", map[string]string{"林口": "桃园市", "基隆": "基隆市", "台北": "台北市", "桃园": "桃园市", "嘉义": "嘉义县", "高雄": "高雄市", "云林": "云林县"}, ""},
	{"马偕", "纪念医院", map[string]string{"淡水": "新北市", "台北": "台北市", "新竹": "新竹市", "台东": "台东县"}, ""},
	// 大林 is a mainland town's name too; 台北慈济 stands in 新店 of 新北市.
	// (花莲慈济 is a short name of its own: taiwanShortNames.)
	// 永和 and 新店 are counties' names of the mainland too (永和县 of
	// Shanxi).
	{"耕莘", "医院", map[string]string{"永和": "新北市", "新店": "新北市", "安康": "新北市"}, ""},
	{"慈济", "医院", map[string]string{"大林": "嘉义县", "台北": "新北市", "台中": "台中市", "玉里": "花莲县", "关山": "台东县", "斗六": "云林县"}, "基志功人委会"},
}

// notCampusAfter: what makes 〈place〉长庚 part of a longer word: the
// hospital's full name (the suffix search reads it), the system (长庚医疗),
// the university (长庚大学).
const notCampusAfter = "医纪大科技"

// campusHospitals returns a mention for every 〈campus〉〈system〉 of d's text.
func (f hospitalFinder) campusHospitals(d *Doc) []Mention {
	var out []Mention
	rs := d.runes
	for _, sys := range campusSystems {
		if !strings.Contains(d.Text, sys.short) {
			continue
		}
		short := []rune(sys.short)
		for i := 2; i+len(short) <= len(rs); i++ {
			if !runesAt(rs, i, short) {
				continue
			}
			end := i + len(short)
			if end < len(rs) && (strings.ContainsRune(notCampusAfter, rs[end]) || strings.ContainsRune(sys.notAfter, rs[end])) {
				continue
			}
			place := string(rs[i-2 : i])
			city, ok := sys.campuses[place]
			if !ok || i >= 3 && isHan(rs[i-3]) && !d.StartsToken(i-2) {
				continue
			}
			m := Mention{Name: place + sys.short + sys.suffix, Written: place + sys.short, Start: i - 2, End: end}
			if ps := f.g.Lookup(city); len(ps) > 0 && ps[0].Province == "台湾省" {
				p := ps[0]
				m.Place = &p
			}
			out = append(out, m)
		}
	}
	return out
}

// runesAt: w stands in rs at i (compared rune by rune, without
// building a string at every position).
func runesAt(rs []rune, i int, w []rune) bool {
	if i+len(w) > len(rs) {
		return false
	}
	for k, r := range w {
		if rs[i+k] != r {
			return false
		}
	}
	return true
}
