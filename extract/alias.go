package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"zhnews/internal/rx"
)

// An article names a hospital in full once or twice and then writes it
// short: 省人民医院 for 河北省人民医院, 黄岛二医 for 青岛市黄岛区第二人民医院,
// 衛福部屏東醫院 and 屏東醫院 for 衛生福利部屏東醫院, 市一院 for 徐州市第一人民医
// 院. This file finds the abbreviations the suffix search cannot (二医, 市一
// 院, 人医) and resolves every reference to a full name of the same article.

// ordinals are the numbers of numbered hospitals' abbreviations (二医 is
// 第二人民医院).
const ordinals = "一二三四五六七八九十"

// notAbbrevAfter: characters after 医 or 院 that make a word, not an
// abbreviation's end (医生, 医疗, 院长, 院区).
const notAbbrevAfter = "生学疗药师务保护科患治术德风界师院长士区内外校部办方庆务领感务所系"

// abbreviations finds the abbreviations of numbered and people's hospitals:
// [place or level](一…十 | 人)(医 | 院), as 黄岛二医, 市一院, 省人医, and
// (after a modifier or alone) 新二医, 一院. Each is a reference; its Name is
// the full name it stands for where the place says it (黄岛二医 →
// 青岛市黄岛区第二人民医院), else the abbreviation.
func (f hospitalFinder) abbreviations(d *Doc) []Mention {
	rs := d.runes
	var out []Mention
	for i := 1; i < len(rs); i++ {
		if rs[i] != '医' && rs[i] != '院' {
			continue
		}
		if m, ok := universityAffiliated(d, i); ok {
			out = append(out, m) // before notAbbrevAfter: 徐医附院党委 is the hospital's
			continue
		}
		department := i+2 < len(rs) && rs[i] == '院' && strings.ContainsRune("内外", rs[i+1]) && rs[i+2] == '科' // 二院内科
		if i+1 < len(rs) && strings.ContainsRune(notAbbrevAfter, rs[i+1]) && !department {
			continue
		}
		if i+1 < len(rs) && isHan(rs[i+1]) && !d.StartsToken(i+1) && !department {
			continue
		}
		o := rs[i-1]
		numberEnd := i - 1 // where the number ends: 一附院 has 附 after it
		if o == '附' && rs[i] == '院' && i >= 2 && strings.ContainsRune(ordinals, rs[i-2]) {
			o, numberEnd = rs[i-2], i-2 // 一附院: 第一附属医院
		}
		if !strings.ContainsRune(ordinals, o) && o != '人' {
			continue
		}
		n := numberEnd // the number's rune
		if n >= 1 && (rs[n-1] == '第' || strings.ContainsRune(ordinals, rs[n-1])) {
			continue // 第一院区, 十一院
		}
		if full, k, ok := numberedInstitution(rs, n, o); ok && (numberEnd == i-1 || k > 2 || !placeShort[string(rs[n-k:n])]) && (n-k == 0 || !isHan(rs[n-k-1]) || d.StartsToken(n-k)) {
			// 中山七院 is a university's seventh hospital, not 中山's; 哈医大
			// 一院 and 郑大一附院 are universities' numbered hospitals.
			written := string(rs[n-k : i+1])
			m := Mention{Name: full, Written: written, Start: n - k, End: i + 1}
			m.Place = f.placeOfName(full)
			out = append(out, m)
			continue
		}
		start := n
		var place *Place
		level := ""
		placeText := ""
		// A place before the number: the longest that ends there.
		for k := min(6, n); k >= 2; k-- {
			w := string(rs[n-k : n])
			if ps := f.g.Lookup(w); len(ps) > 0 {
				p := ps[0]
				place, placeText, start = &p, w, n-k
				break
			}
			if ps := f.g.short[w]; len(ps) > 0 {
				p := ps[0]
				place, placeText, start = &p, w, n-k
				break
			}
		}
		switch {
		case place != nil:
		case n >= 1 && strings.ContainsRune("省市县区", rs[n-1]):
			level, start = string(rs[n-1]), n-1
		case n >= 1 && strings.ContainsRune("新老原", rs[n-1]):
			start = n - 1 // 新二医: the new campus of 二医
		case n >= 2 && isHan(rs[n-1]) && isHan(rs[n-2]) && d.StartsToken(n-2) && o != '人':
			// An institution's short form: 浙大一院, 郑大一附院; it stands
			// only for a full name the article gives (浙江大学医学院附属第一医院).
			start = n - 2
		}
		if start > 0 && isHan(rs[start-1]) && !d.StartsToken(start) {
			continue // inside a word: 病人医疗, 个人医保
		}
		if o == '人' && place == nil && level == "" {
			if start > 0 && isHan(rs[start-1]) {
				continue // 人医 alone needs a break before it
			}
		}
		written := string(rs[start : i+1])
		kind := "人民医院"
		switch {
		case numberEnd != i-1:
			kind = "第" + string(o) + "附属医院"
		case o != '人':
			kind = "第" + string(o) + "人民医院"
		}
		m := Mention{Name: written, Written: written, Start: start, End: i + 1, Ref: true, abbrev: true}
		if place != nil {
			m.Place = place
			full := place.Name
			prefix := ""
			if place.Short {
				full = place.Full
				prefix = countyPrefix(*place)
			} else if place.Level == levelCounty {
				prefix = countyPrefix(*place)
			} else if placeText != place.Name && place.Level <= levelCity {
				full = place.Name
			}
			m.Name = prefix + full + kind
		} else if level != "" {
			m.Name = level + kind
		}
		out = append(out, m)
	}
	return out
}

// universityAffiliated reads the short form of a medical university's
// affiliated hospital that ends at rune i: the university's first
// character, 医 or 医大, 附院 or Taiwan's 附医 (徐医附院 for 徐州医科大学附属
// 医院, 南医大附院, 北医附医 for 台北医学大学附设医院).
// The short form names one hospital the way the text writes it (a Ref
// with its own name kept, like 市二院), or the full name the article gives
// elsewhere.
func universityAffiliated(d *Doc, i int) (Mention, bool) {
	rs := d.runes
	if rs[i] != '院' && rs[i] != '医' || i < 3 || rs[i-1] != '附' {
		return Mention{}, false
	}
	k := i - 2
	if rs[k] == '大' {
		k--
	}
	if k < 1 || rs[k] != '医' {
		return Mention{}, false
	}
	x := k - 1
	if !isHan(rs[x]) || strings.ContainsRune(neverInName+unknownNotName+"中西", rs[x]) {
		return Mention{}, false
	}
	if x > 0 && isHan(rs[x-1]) && !d.StartsToken(x) {
		return Mention{}, false // inside a word
	}
	w := string(rs[x : i+1])
	return Mention{Name: w, Written: w, Start: x, End: i + 1, Ref: true, abbrev: true, uniShort: true}, true
}

// numberedInstitutions: universities whose hospitals are known by the
// university's short name and their number, where the short name is also
// a place's (中山一院 … 中山八院 are 中山大学附属第一医院 … 第八医院, not the
// city 中山's; 湘雅二院 is 中南大学湘雅二医院), as the pattern of the full name.
// Medical universities are known by such short forms too, whatever the
// place (哈医大一院 is 哈尔滨医科大学附属第一医院, 郑大一附院 郑州大学第一附属
// 医院): the article often gives no full name.
var numberedInstitutions = map[string]string{
	"中山": "中山大学附属第%s医院", "湘雅": "中南大学湘雅%s医院", "中大": "中山大学附属第%s医院",
	"哈医大": "哈尔滨医科大学附属第%s医院", "郑大": "郑州大学第%s附属医院", "浙大": "浙江大学医学院附属第%s医院",
	"北大": "北京大学第%s医院", "吉大": "吉林大学第%s医院", "苏大": "苏州大学附属第%s医院",
	"安医大": "安徽医科大学第%s附属医院", "南医大": "南京医科大学第%s附属医院", "温医": "温州医科大学附属第%s医院",
	"温医大": "温州医科大学附属第%s医院", "重医": "重庆医科大学附属第%s医院", "中国医大": "中国医科大学附属第%s医院",
	"西安交大": "西安交通大学第%s附属医院", "广医": "广州医科大学附属第%s医院", "昆医": "昆明医科大学第%s附属医院",
	"新医大": "新疆医科大学第%s附属医院", "河北医大": "河北医科大学第%s医院", "天医大": "天津医科大学第%s医院", "兰大": "兰州大学第%s医院",
	"大医": "大连医科大学附属第%s医院", "锦医": "锦州医科大学附属第%s医院",
	// 北医三院 is 北京大学第三医院: 北医 is the university's medical school
	// (北京医科大学 before 2000), its hospitals numbered as 北大's.
	"北医": "北京大学第%s医院", "华西": "四川大学华西第%s医院",
}

// placeShort: the short forms of numberedInstitutions that are places'
// too, read only in the form 〈short〉〈number〉院 (中山一院), not 中山一附院.
var placeShort = map[string]bool{"中山": true, "湘雅": true}

// numberedInstitution reads the longest of numberedInstitutions that ends
// at rs[n] (the number o): the full name and the short form's length.
func numberedInstitution(rs []rune, n int, o rune) (string, int, bool) {
	if o == '人' {
		return "", 0, false
	}
	for k := 4; k >= 2; k-- {
		if n < k {
			continue
		}
		if pattern, ok := numberedInstitutions[string(rs[n-k:n])]; ok {
			return strings.Replace(pattern, "%s", string(o), 1), k, true
		}
	}
	return "", 0, false
}

// mergeMentions joins two lists of mentions, each in text order, into one
// in text order; a mention overlapping an earlier one is dropped.
func mergeMentions(a, b []Mention) []Mention {
	out := append(a[:len(a):len(a)], b...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	kept := out[:0]
	end := -1
	for _, m := range out {
		if m.Start < end {
			continue
		}
		kept = append(kept, m)
		end = m.End
	}
	return kept
}

// nameKey is what two names of one hospital share: the name with its
// places in full (广州胸科医院 → 广州市胸科医院), 中医院 written 中医医院, and
// 综合医院 written 医院.
func (f hospitalFinder) nameKey(name string) string {
	if chain := placeChain(name, f.g); len(chain) > 0 {
		var b strings.Builder
		for _, c := range chain {
			if c.place.Short {
				b.WriteString(c.place.Full)
			} else {
				b.WriteString(c.place.Name)
			}
		}
		name = b.String() + name[chain[len(chain)-1].end:]
	}
	if strings.HasSuffix(name, "中医院") && !strings.HasSuffix(name, "中医医院") {
		name = strings.TrimSuffix(name, "中医院") + "中医医院"
	}
	if base, ok := strings.CutSuffix(name, "综合医院"); ok && base != "" {
		name = base + "医院" // 台中光田综合医院 is 光田医院 too
	}
	if base, ok := strings.CutSuffix(name, "纪念医院"); ok && utf8.RuneCountInString(base) >= 2 {
		name = base + "医院" // 林口长庚纪念医院 is 林口长庚医院 too
	}
	return name
}

// fullness ranks the names of one key by how fully they are written:
// with the registered 综合 or 纪念 (国泰综合医院 over 国泰医院), then
// the key itself (广州市胸科医院 over 广州胸科医院), then the rest.
func fullness(n, key string) int {
	switch {
	case n != key && (strings.HasSuffix(n, "综合医院") || strings.HasSuffix(n, "纪念医院")) && strings.HasSuffix(key, "医院") &&
		strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(n, "医院"), "综合"), "纪念") == strings.TrimSuffix(key, "医院"):
		return 2
	case n == key:
		return 1
	}
	return 0
}

// abbreviatedName: two full names of one hospital, one with its
// institution written short (高医大学附设中和纪念医院, 高雄医学大学附设中和纪念医
// 院): the same tail of six characters or more, and the shorter's head
// begins as the longer's and stands in it in order.
func abbreviatedName(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	tail := 0
	for tail < len(ra) && ra[len(ra)-1-tail] == rb[len(rb)-1-tail] {
		tail++
	}
	head := ra[:len(ra)-tail]
	if tail < 6 || len(head) < 2 || len(ra) == len(rb) || head[0] != rb[0] {
		return false
	}
	return isSubsequence(string(head), string(rb[:len(rb)-tail]))
}

// sameHospital: two full names of one hospital, one the tail of the other
// once their places are written in full (东莞市人民医院, 广东省东莞市人民医院).
func sameHospital(a, b string) bool {
	return strings.HasSuffix(a, b) || strings.HasSuffix(b, a)
}

// refersTo: a reference's text stands for the full name: the full name
// ends with it (省人民医院 → 河北省人民医院), or its characters stand in the
// full name in order, its number among them (黄岛二医 → 青岛市黄岛区第二人民医院,
// 卫福部屏东医院 → 卫生福利部屏东医院, 人医 → 襄阳市人民医院).
func refersTo(ref, full string) bool {
	if strings.HasSuffix(full, ref) {
		return true
	}
	if level, rest, ok := levelHead(ref); ok {
		// 省人民医院 stands for a province's hospital (江苏省人民医院), not a
		// county's of the province (江苏省涟水县人民医院): the level the
		// reference begins with is the last the full name's place holds.
		k := strings.LastIndexAny(full, "省市县区")
		if k < 0 || !strings.HasPrefix(full[k:], level) {
			return false
		}
		full = full[k:]
		ref = level + rest
	}
	for _, r := range ref {
		if strings.ContainsRune(ordinals, r) && !strings.ContainsRune(full, r) {
			return false
		}
	}
	// A numbered hospital (某大学附属第一医院) is referred to with its
	// number: 中山医院 is a hospital of its own, not 中山大学附属第一医院.
	if i := strings.LastIndex(full, "第"); i >= 0 {
		if r, _ := utf8.DecodeRuneInString(full[i+len("第"):]); strings.ContainsRune(ordinals, r) && !strings.ContainsRune(ref, r) {
			return false
		}
	}
	return isSubsequence(ref, full)
}

// levelHead splits a reference that begins with a place's level (省人民医
// 院, 市一院, 县中医院) into the level and the rest.
func levelHead(ref string) (level, rest string, ok bool) {
	for _, l := range []string{"省", "市", "县", "区"} {
		if r, found := strings.CutPrefix(ref, l); found && r != "" {
			return l, r, true
		}
	}
	return "", "", false
}

// group is the names of one hospital in an article.
type group struct {
	name, key string
	names     map[string]int    // each name the text gives it → how often
	at        []int             // the indices of its mentions, in order
	orgs      map[string]string // the part after the organisation → the organisation
	former    map[string]bool   // names the text says it no longer bears
	// place: where a hospital the text names only inside its branch's name
	// stands (see parentGroup); nil for the others, placed by their mentions.
	place *Place
}

// branchParent returns the parent of the branch the group names (甲医院乙
// 分院 → 甲医院) when its names are a branch's under the parent's full
// name, else "".
func (g *group) branchParent() string {
	parent := ""
	for n := range g.names {
		k := strings.LastIndex(n, "医院")
		if !strings.HasSuffix(n, "分院") || k <= 0 || k+len("医院") == len(n) {
			continue
		}
		if p := n[:k+len("医院")]; len(p) > len(parent) {
			parent = p
		}
	}
	return parent
}

// parentGroup returns the group of the parent hospital named parent,
// made when there is none yet; it is not added to
// groups here.
func parentGroup(f hospitalFinder, groups []*group, parent string) *group {
	key := f.nameKey(parent)
	for _, g := range groups {
		if g.key == key {
			g.names[parent]++
			return g
		}
	}
	return &group{key: key, names: map[string]int{parent: 1}, orgs: map[string]string{}, former: map[string]bool{}}
}

// best is the group's name. Former names give way to the present one;
// the others (a key counting the keys it ends with) are counted by key (广州胸科医院
// and 广州市胸科医院 are one key); of the most frequent keys the longest
// wins, and of its names the one written in full (广州市胸科医院, 江西省中医
// 医院 rather than 江西省中医院).
func (g *group) best(f hospitalFinder) string {
	perKey := map[string]int{}
	keyOf := map[string]string{}
	// A former name's short form is a former name too: 江滨医院 after
	// 甲大学附属医院(某市江滨医院) is the aside written short, and gives way to
	// the name outside the brackets however often it is written.
	var formerKeys []string
	for n := range g.former {
		formerKeys = append(formerKeys, f.nameKey(n))
	}
	former := func(n string) bool {
		if g.former[n] {
			return true
		}
		k := f.nameKey(n)
		for _, fk := range formerKeys {
			if strings.HasSuffix(fk, k) {
				return true
			}
		}
		return false
	}
	present := 0
	for n := range g.names {
		if !former(n) {
			present++
		}
	}
	for n, c := range g.names {
		if present > 0 && former(n) {
			continue // a former name, where the present one is given
		}
		if g.hasFullOf(n) {
			continue // 彰基医学中心, where 彰化基督教医院 is written too
		}
		if g.hasUnabbreviated(n) {
			continue // 上海交大医学院附属某医院, where 上海交通大学… is written too
		}
		k := f.nameKey(n)
		keyOf[n] = k
		perKey[k] += c
	}
	// A key counts the mentions of the keys it ends with too: 台中市光田医院
	// is written 光田医院 most of the time, and is still the fuller name.
	total := map[string]int{}
	for k := range perKey {
		for k2, c := range perKey {
			if strings.HasSuffix(k, k2) {
				total[k] += c
			}
		}
	}
	perKey = total
	bestKey := ""
	for k, c := range perKey {
		bc := perKey[bestKey]
		if bestKey == "" || c > bc || c == bc && (utf8.RuneCountInString(k) > utf8.RuneCountInString(bestKey) || utf8.RuneCountInString(k) == utf8.RuneCountInString(bestKey) && k < bestKey) {
			bestKey = k
		}
	}
	best := ""
	for n, k := range keyOf {
		if k != bestKey {
			continue
		}
		fn, fb := fullness(n, k), fullness(best, k)
		if best == "" || fn > fb || fn == fb && (g.names[n] > g.names[best] || g.names[n] == g.names[best] && n < best) {
			best = n
		}
	}
	return best
}

// centerShortFor: short is a medical centre's name built on the
// hospital's abbreviation (彰基医学中心 for 彰化基督教医院, 奇美医学中心 for
// 奇美医院), as Taiwan's news writes its medical centres: the head before
// 医学中心, two or three characters, begins as full does and stands in
// full's own name in order.
func centerShortFor(short, full string) bool {
	head, ok := strings.CutSuffix(short, "医学中心")
	fullHead, ok2 := strings.CutSuffix(full, "医院")
	if !ok || !ok2 || head == "" || fullHead == "" {
		return false
	}
	n := utf8.RuneCountInString(head)
	h0, _ := utf8.DecodeRuneInString(head)
	f0, _ := utf8.DecodeRuneInString(fullHead)
	return n >= 2 && n <= 3 && h0 == f0 && utf8.RuneCountInString(fullHead) >= n && isSubsequence(head, fullHead)
}

// hasUnabbreviated: the group holds n with its institution written in
// full (上海交通大学医学院附属瑞金医院 for 上海交大医学院附属瑞金医院): the
// full form is the name, however often the short one is written.
func (g *group) hasUnabbreviated(n string) bool {
	for o := range g.names {
		if len(o) > len(n) && abbreviatedName(n, o) {
			return true
		}
	}
	return false
}

// hasFullOf: the group holds the full name n is a medical centre's short
// form of.
func (g *group) hasFullOf(n string) bool {
	for o := range g.names {
		if o != n && centerShortFor(n, o) {
			return true
		}
	}
	return false
}

// sameBelowOrg: m names the group's hospital under another organisation,
// or another form of its organisation's name: 卫福部屏东医院, 卫生福利部屏东医
// 院, 行政院卫生署屏东医院, 台湾省立屏东医院.
func sameBelowOrg(g *group, m Mention, f hospitalFinder) bool {
	if m.org == "" {
		return false
	}
	base := strings.TrimPrefix(m.Name, m.org)
	// Any two organisations: a hospital renamed as its ministry was
	// (行政院卫生署屏东医院, 卫生福利部屏东医院) keeps its place and name.
	if _, ok := g.orgs[base]; ok {
		return true
	}
	// One foundation's two hospitals, each named under it (仁心医疗财团法人
	// 仁心纪念医院 and its 大同仁心纪念医院): the names after the label differ.
	for b, o := range g.orgs {
		if o == m.org && b != base {
			return false
		}
	}
	// The hospital named without its organisation (嘉义长庚纪念医院 and 长庚
	// 医疗财团法人嘉义长庚纪念医院).
	return sameHospital(g.key, f.nameKey(base))
}

// isSubsequence: the characters of a stand in b in order.
func isSubsequence(a, b string) bool {
	for _, r := range a {
		i := strings.IndexRune(b, r)
		if i < 0 {
			return false
		}
		b = b[i+utf8.RuneLen(r):]
	}
	return true
}

// resolve gives every mention the canonical name of its hospital: full
// names of one hospital are grouped (the longest name is the group's), a
// reference takes the group it stands for, the nearest one before it
// first. A reference that stands for no full name of the article is kept
// as a hospital of its own when it says which one it is (市人民医院,
// 黄岛二医 with its place) and dropped when it does not (二医, 人民医院).
func (f hospitalFinder) resolve(d *Doc, ms []Mention) []Mention {
	// Each distinct name is keyed and grouped once, and each distinct
	// reference tested once per group: the work grows with the number of
	// names and hospitals, and with the mentions only by a binary search.
	ms = f.placedBranches(ms)
	var groups []*group
	byName := map[string]*group{}
	of := make([]*group, len(ms))
	for i, m := range ms {
		if m.Ref {
			continue
		}
		g, ok := byName[m.Name]
		if !ok {
			key := f.nameKey(m.Name)
			for _, h := range groups {
				if (sameHospital(h.key, key) || sameBelowOrg(h, m, f) || abbreviatedName(h.key, key) || h.underInstitution(m.Name) ||
					centerShortFor(key, h.key) || centerShortFor(h.key, key)) && !h.otherEntry(d, ms, m) {
					g = h
					if len(key) > len(g.key) {
						g.key = key
					}
					break
				}
			}
			if g == nil {
				g = &group{key: key, names: map[string]int{}, orgs: map[string]string{}, former: map[string]bool{}}
				groups = append(groups, g)
			}
			byName[m.Name] = g
			if m.org != "" {
				g.orgs[strings.TrimPrefix(m.Name, m.org)] = m.org
			}
		}
		g.names[m.Name]++
		g.at = append(g.at, i)
		of[i] = g
	}
	groups = linkRenames(d, ms, of, groups)
	refers := map[string][]*group{} // a reference's text → the groups it may stand for
	for i, m := range ms {
		if !m.Ref {
			continue
		}
		cands, ok := refers[m.Written+"|"+m.Name]
		if !ok {
			for _, g := range groups {
				if g.standsFor(f, m) {
					cands = append(cands, g)
				}
			}
			refers[m.Written+"|"+m.Name] = cands
		}
		var best *group
		bestDist := 1 << 30
		for _, g := range cands {
			// The nearest mention of g: before i first, else after it.
			k := sort.SearchInts(g.at, i)
			dist := 0
			if k > 0 {
				dist = i - g.at[k-1]
			} else {
				dist = g.at[k] - i + len(ms) // a name given later counts after any before
			}
			if dist < bestDist {
				best, bestDist = g, dist
			}
		}
		if best != nil && !strings.HasSuffix(m.Written, "分院") {
			if parent := best.branchParent(); parent != "" && refersTo(m.Written, parent) {
				// 岳阳医院 after 甲大学附属岳阳医院瑞安分院: the parent, which the
				// text names in full only inside its branch's name.
				best = parentGroup(f, groups, parent)
				if k, found := slices.BinarySearch(best.at, i); !found {
					best.at = slices.Insert(best.at, k, i) // kept in order for the distances
				}
				if best.place == nil && len(best.at) == 1 {
					best.place = f.placeOfName(parent)
				}
				if !slices.Contains(groups, best) {
					groups = append(groups, best)
				}
			}
		}
		of[i] = best
	}
	for _, g := range groups {
		g.name = g.best(f)
	}
	levels := map[string]string{} // a level → the place it stands for in d
	var named []Mention           // the mentions as found, for levelPlace (out below reuses ms)
	for i, m := range ms {
		if of[i] == nil && m.Ref && m.Place == nil && levelPrefixed(m.Written) {
			named = slices.Clone(ms)
			break
		}
	}
	out := ms[:0]
	for i, m := range ms {
		switch g := of[i]; {
		case m.placeOnly && m.Place != nil && (m.Place.Province == "香港特别行政区" || m.Place.Province == "澳门特别行政区"):
			// 九龙医院, 北区医院: Hong Kong's public hospitals are named after
			// their districts; the name is one hospital's, not a
			// reference to another hospital of Hong Kong the article names.
			m.Name, m.Ref = m.Written, false
		case g != nil:
			m.Name = g.name
			m.Ref = false
			if g.place != nil {
				m.Place = g.place // not the place a short form spells (岳阳医院 of 上海中医药大学)
			}
		case m.placeOnly && f.standsAlone(d, m.Start, m.End):
			// 中山医院 standing as a phrase of its own: a hospital's name,
			// not the hospitals of 中山.
			m.Name, m.Ref = m.Written, false
		case m.abbrev && (m.Place != nil || m.uniShort) || m.Ref && levelPrefixed(m.Written):
			// Kept as the text names it: 市人民医院, 市二院; or as its
			// place spells it out: 黄岛二医 → 青岛市黄岛区第二人民医院.
			if m.Place == nil {
				spelled := m.Name // 省人民医院 for 省人医
				m.Name = m.Written
				if m.Ref && levelPrefixed(m.Written) {
					m = f.completeLevel(d, m, spelled, named, levels) // 省中医院 of an article on 三沙市: 海南省中医院
				}
			}
			m.Ref = false
		default:
			continue
		}
		out = append(out, m)
	}
	return runByLevelNamed(out)
}

// runByLevelNamed gives a hospital the city runs, completed once from 市立
// (市立土城医院 → 新北市立土城医院), the mentions that write its own name
// alone, without a place (土城医院): one hospital.
func runByLevelNamed(ms []Mention) []Mention {
	var full map[string]Mention // own name → the completed mention
	for _, m := range ms {
		own, ok := strings.CutPrefix(m.Written, "市立")
		if !ok {
			own, ok = strings.CutPrefix(m.Written, "县立")
		}
		if ok && m.Name != m.Written && m.Place != nil {
			if full == nil {
				full = map[string]Mention{}
			}
			full[own] = m
		}
	}
	if full == nil {
		return ms
	}
	for i, m := range ms {
		if c, ok := full[m.Name]; ok && m.Place == nil {
			ms[i].Name, ms[i].Place = c.Name, c.Place
		}
	}
	return ms
}

// renamedTo: what stands between a hospital's former and present names
// (原甲医院更名为乙医院, 甲医院现更名为“乙医院”, 乙医院(原甲医院)).
var (
	renamedTo   = rx.MustCompile(`^\s*(?:正式|已|后|现|先后|于\d{4}年)?\s*(?:更名为|更名|改名为|改名|改称为|改称|改为|易名为|改制为|升格为|改隶为|现名|现为)\s*[“"「『]?\s*$|^\s*[(（]\s*(?:现|现名|现为)\s*$`)
	renamedFrom = rx.MustCompile(`^\s*[(（]\s*(?:原|原名|原为|前身为?)\s*$`)
	// 。1998年,撤地设市后,更名为乙医院: a rename whose subject is the name
	// just before, a clause or two back.
	renamedLater = rx.MustCompile(`(?:更名为|改名为|易名为|改称为|改称|改为|定名为|改制为|升格为|改隶为)\s*[“"「『]?\s*$`)
	// 甲医院(于2001年)由乙医院(2001年)改制而成 / 整合组建而来: the hospital
	// made from another; the clause after the second name must end in 而成
	// or 而来 before any break.
	// The second name may follow a description of its founding (由始建于
	// 1938年的乙医院发展而来).
	formedFrom = rx.MustCompile(`^\s*(?:是|系)?\s*(?:于?\d{4}年\s*)?由\s*(?:[^，,。；;！？!?]{0,24}的)?\s*$`)
	formedEnd  = rx.MustCompile(`^[^,，。；;！？!?、和与及]{0,16}?(?:改制|重组|转制|改建|组建|更名|改名|合并|整合|演变|发展|升格|扩建)\S{0,4}?而(?:成|来)`)
	// 先后称“甲医院”“乙医院”, 原名甲医院, 前身为甲医院: former names.
	// The name a hospital bore then or at first (时称“甲卫生院”, 当时称甲医院,
	// 初名甲医院, 最初名为甲医院) is one too; 同时称 ("said at the same time")
	// is none.
	formerIntro = rx.MustCompile(`(?:先后称|曾称|原称|原名|旧称|曾用名|曾名|前身为|前身是|前身|(?:^|[^同])时称|当时名为|初称|初名|始称|最初称|最初名为)[^。；;]*$`)
	// 1915年,医院创建,初址位于城南,名为“甲医院”: the name given at the
	// founding, told of the hospital the article is about, is its first
	// name.
	foundedNamed = rx.MustCompile(`(?:始建|创建|创办|创立|成立|建立|建院|创院|开办|开业)[^。；;！？!?\n]{0,24}?(?:名为|称为|命名为|取名为|取名|定名为)\s*[“"「『]?\s*$`)
	// 甲医院…正式成为“乙大学附属医院”: a second name the hospital takes.
	// (2005年成为乙大学附属医院 is a step of the hospital's history, told
	// of a name before it.)
	becameAffiliated = rx.MustCompile(`(?:正式成为|挂牌为|认定为)\s*[“"「『]?\s*$`)
	// 前身为1928年由某修会修女捐资创办的甲医院, 前身可以追溯到创建于1908年
	// 的甲医院: the former name after a description of its founding, which
	// may be long, in the same clause.
	formerDescribed = rx.MustCompile(`前身(?:为|是|可以追溯到|可追溯到|可追溯至|追溯到|追溯至)[^。；;，,！？!?\n]{0,56}的\s*$`)
	// 武汉大学人民医院(湖北省人民医院): one hospital's two names.
	alsoNamed = rx.MustCompile(`^\s*[(（]\s*(?:又称|亦称|即|又名|也称|挂牌)?\s*$`)
	// 甲医院(葡文名)又称乙医院, 甲医院,俗称“乙医院”: the second is another
	// name of the first, in the same clause or after an aside.
	alsoCalled = rx.MustCompile(`^[^。；;！？!?]{0,60}?(?:又称|亦称|也称|俗称|人称|通称|别称|又名)\s*[为作]?\s*[“"「『]?\s*$`)
)

// asideJoint: what joins the names an aside in brackets lists.
var asideJoint = rx.MustCompile(`^\s*(?:和|与|及|、|或)\s*$`)

// asideEnds returns the index of the last name of the aside in brackets
// that ms[from] begins (乙医院) or lists on (乙医院和丙医院)), when the
// bracket closes after it; -1 when it does not.
func asideEnds(d *Doc, ms []Mention, of []*group, from int) int {
	for k := from; k < len(ms); k++ {
		if of[k] == nil {
			return -1
		}
		after := strings.TrimLeft(d.Slice(ms[k].End, ms[k].End+2), " ")
		if strings.HasPrefix(after, ")") || strings.HasPrefix(after, "）") {
			return k
		}
		if k+1 >= len(ms) || !asideJoint.MatchString(d.Slice(ms[k].End, ms[k+1].Start)) {
			return -1
		}
	}
	return -1
}

// linkRenames joins the groups of a hospital's former and present names
// when the text says one became the other, and returns the groups left.
func linkRenames(d *Doc, ms []Mention, of []*group, groups []*group) []*group {
	chain := false // the last link was a rename whose list may go on (先后易名为A、B)
	for i := 0; i+1 < len(ms); i++ {
		a, b := of[i], of[i+1]
		if a == nil && b != nil && ms[i].Ref && levelPrefixed(ms[i].Written) && renamedFrom.MatchString(d.Slice(ms[i].End, ms[i+1].Start)) {
			// 市第四人民医院(原某铁路局某医院): the hospital by its level and
			// number, its former full name in brackets: one hospital, named
			// as the text names it now.
			for n := range b.names {
				b.former[n] = true
			}
			b.names[ms[i].Written]++
			of[i] = b
			b.at = append(b.at, i)
			sort.Ints(b.at)
			chain = false
			continue
		}
		if a == nil || b == nil {
			chain = false
			continue
		}
		between := d.Slice(ms[i].End, ms[i+1].Start)
		switch {
		case renamedTo.MatchString(between),
			utf8.RuneCountInString(between) <= 40 && renamedLater.MatchString(between),
			chain && strings.TrimSpace(between) == "、":
			a.former[ms[i].Name] = true
			chain = true
		case renamedFrom.MatchString(between):
			a.former[ms[i+1].Name] = true
			chain = false
		case formedFrom.MatchString(between) && formedEnd.MatchString(d.Slice(ms[i+1].End, ms[i+1].End+60)):
			// 甲医院由乙医院2001年改制重组而成: the second is what the first
			// was made from, an earlier name of the same hospital.
			a.former[ms[i+1].Name] = true
			chain = false
		case alsoNamed.MatchString(between) && asideEnds(d, ms, of, i+1) > i:
			// Two names of one hospital, both in use; the one in brackets is
			// the aside (北港附设医院(北港妈祖医院)): the name outside them is
			// the one the article gives first, in full, and the group's. The
			// aside may list several (甲医院(又名乙医院和丙医院)).
			last := asideEnds(d, ms, of, i+1)
			for k := i + 1; k <= last; k++ {
				a.former[ms[k].Name] = true
				if k > i+1 {
					groups = mergeGroups(of, groups, a, of[k])
				}
			}
			chain = false
		case alsoCalled.MatchString(between),
			utf8.RuneCountInString(between) <= 40 && becameAffiliated.MatchString(between) && institutionPrefix.MatchString(ms[i+1].Name) && strings.Contains(ms[i+1].Name, "附属"):
			// 甲医院举行揭牌仪式,正式成为“乙大学附属某医院”: the university's
			// name for the same hospital, which keeps its own.
			a.former[ms[i+1].Name] = true
			chain = false
		case predecessorOfNext(d, ms[i+1], between):
			// 甲卫生院,便是今日…的乙医院的前身: the first is the second's
			// earlier name.
			a.former[ms[i].Name] = true
			chain = false
		default:
			chain = false
			continue
		}
		groups = mergeGroups(of, groups, a, b)
	}
	// Names a sentence calls former (先后称A、B, 原名A, 前身为A) are the
	// article's hospital's: their group joins the most named one.
	var main *group
	for _, g := range groups {
		if main == nil || len(g.at) > len(main.at) {
			main = g
		}
	}
	for i, m := range ms {
		g := of[i]
		if g == nil || main == nil || m.Ref {
			continue
		}
		// The hospital the sentence opens with is the one whose former
		// names it gives (甲医院始建于1938年,原名乙医院,1950年更名为丙医院:
		// 乙 and 丙, renamed one into the other, are 甲's earlier names even
		// when they are named more often than 甲).
		target := main
		if s := sentenceSubject(d, ms, of, i); s != nil {
			target = s
		}
		if g == target {
			continue
		}
		before := d.Slice(max(0, m.Start-16), m.Start)
		if k := strings.LastIndexAny(before, "。；;!！?？\n"); k >= 0 {
			before = before[k:]
		}
		if formerIntro.MatchString(before) || formerDescribed.MatchString(clauseBefore(d, m.Start, 60)) || foundedNamed.MatchString(sentenceBefore(d, m.Start, 40)) {
			for n := range g.names {
				g.former[n] = true
			}
			groups = mergeGroups(of, groups, target, g)
			if g == main {
				main = target
			}
		}
	}
	return groups
}

// sentenceSubject is the group of the hospital that opens the sentence of
// mention i, named before it, not a reference and of another group, or
// nil.
func sentenceSubject(d *Doc, ms []Mention, of []*group, i int) *group {
	var first *group
	for j := i - 1; j >= 0; j-- {
		if strings.ContainsAny(d.Slice(ms[j].End, ms[i].Start), "。；;!！?？\n") {
			break
		}
		if of[j] != nil && of[j] != of[i] && !ms[j].Ref {
			first = of[j]
		}
	}
	return first
}

// mergeGroups moves b's names and mentions into a.
func mergeGroups(of []*group, groups []*group, a, b *group) []*group {
	if a == b {
		return groups
	}
	for n := range b.former {
		a.former[n] = true
	}
	for n, c := range b.names {
		a.names[n] += c
	}
	for k, v := range b.orgs {
		a.orgs[k] = v
	}
	a.at = append(a.at, b.at...)
	sort.Ints(a.at)
	for k := range of {
		if of[k] == b {
			of[k] = a
		}
	}
	return slices.DeleteFunc(groups, func(g *group) bool { return g == b })
}

// standsFor: the reference m may stand for the group's hospital under any
// of the names the text gives it.
func (g *group) standsFor(f hospitalFinder, m Mention) bool {
	if refersTo(f.nameKey(m.Name), g.key) || refersTo(m.Written, g.key) {
		return true
	}
	for n := range g.names {
		if refersTo(m.Written, n) || refersTo(m.Written, f.nameKey(n)) {
			return true
		}
	}
	return false
}

// underInstitution: name is one of the group's names without the
// institution it begins with, or with it (中国中医科学院某某门医院 and
// 某某门医院). The keys cannot tell when the rest begins with a place's
// name (广安门 spells 广安): its key is the place's hospital's.
func (g *group) underInstitution(name string) bool {
	for n := range g.names {
		long, short := n, name
		if len(short) > len(long) {
			long, short = short, long
		}
		if prefix, ok := strings.CutSuffix(long, short); ok && prefix != "" && utf8.RuneCountInString(short) >= 4 {
			if loc := institutionPrefix.FindStringIndex(prefix); loc != nil && loc[1] == len(prefix) {
				return true
			}
		}
	}
	return false
}

// predecessorIs: what stands between a hospital's earlier name and the
// present one that calls the first the second's 前身 (甲卫生院便是乙医院的前身,
// 甲医院就是如今…的乙医院的前身), within one sentence.
var predecessorIs = rx.MustCompile(`^[^。；;！？!?\n]{0,120}?(?:便是|就是|即是|正是|是|即为|即)[^。；;！？!?\n]{0,120}$`)

// predecessorOfNext: the text calls the mention before next the 前身 of
// next (…是next的前身), between the two.
func predecessorOfNext(d *Doc, next Mention, between string) bool {
	after := strings.TrimLeft(d.Slice(next.End, next.End+4), " ")
	return strings.HasPrefix(after, "的前身") && utf8.RuneCountInString(between) <= 120 && predecessorIs.MatchString(between)
}

// sentenceBefore returns up to n runes of the text before rune offset at,
// from the last sentence break on.
func sentenceBefore(d *Doc, at, n int) string {
	before := d.Slice(max(0, at-n), at)
	if k := strings.LastIndexAny(before, "。；;!！?？\n"); k >= 0 {
		before = before[k:]
	}
	return before
}

// clauseBefore returns up to n runes of the text before rune offset at,
// from the last clause break on.
func clauseBefore(d *Doc, at, n int) string {
	before := d.Slice(max(0, at-n), at)
	if k := strings.LastIndexAny(before, clauseBreaks); k >= 0 {
		before = before[k:]
	}
	return before
}
