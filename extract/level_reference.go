package extract

import "strings"

// An article about a province's, a city's or a county's hospital often
// names it by its level alone (省中医院, 市一医院, 县医院) and never in full,
// because the page is the place's own: 省中医院专家赴三沙市义诊 is a
// hospital of 海南. Where every place the text names in full lies in one
// province (or names one city, or one county), that place completes the
// name: 海南省中医院, as the article's readers read it.

// levelPlace returns the full name of the place a reference's level (省
// of 省中医院, 市 of 市一医院, 县 of 县医院) stands for in d, or "" where the
// text names places of more than one such, or none. Places inside the
// names of hospitals (台北市 of 台北市立万芳医院, a guest) are not the
// article's.
func (f hospitalFinder) levelPlace(d *Doc, level string, ms []Mention) string {
	rs := d.runes
	off := make([]int, 0, len(rs)+1) // off[i]: the byte offset of rune i in d.Text
	for b := range d.Text {
		off = append(off, b)
	}
	off = append(off, len(d.Text))
	found := ""
	next := 0 // the first mention that may end after i
	for i := 0; i < len(rs); i++ {
		for next < len(ms) && ms[next].End <= i {
			next++
		}
		if level == "市" && next < len(ms) && ms[next].Start <= i {
			i = ms[next].End - 1 // (a province's or a county's hospital names its own place)
			continue
		}
		if !isHan(rs[i]) || i > 0 && isHan(rs[i-1]) && !d.StartsToken(i) {
			continue
		}
		end := min(len(rs), i+f.g.maxName)
		for _, name := range f.g.PrefixPlaces(d.Text[off[i]:off[end]]) {
			ps := f.g.Lookup(name)
			if len(ps) != 1 || ps[0].Name != name {
				continue // a short form, or a name of two places
			}
			if next < len(ms) && ms[next].Start > i && ms[next].Start < i+len([]rune(name)) {
				continue // 和县 of 人民医院和县中医院: the name runs into a hospital's
			}
			p := ps[0]
			var of string
			switch level {
			case "省":
				of = p.Province
				if !strings.HasSuffix(of, "省") {
					of = "" // a region or a municipality has no 省 hospital
				}
			case "县":
				if p.Level == levelCounty && strings.HasSuffix(p.Name, "县") {
					of = p.Name
				}
			case "市":
				// A city, or a county-level city (大冶市): 市 stands for either.
				if p.Level >= levelCity && strings.HasSuffix(p.Name, "市") {
					of = p.Name
				}
			}
			if of == "" {
				if level == "省" {
					return "" // a place outside every province: 北京市, 香港
				}
				break
			}
			if found != "" && found != of {
				return ""
			}
			found = of
			i += len([]rune(name)) - 1
			break
		}
	}
	return found
}

// namedCity is the one city the hospitals named in full before rune
// before stand in (济宁市 of 济宁市第一人民医院), or "" where they stand in
// several, or in none: an article that names its city only inside a
// hospital's name (济宁市第一人民医院召开大会,市中医院院长出席) means that
// city by 市. A hospital of a county, or of a county-level city (明光市,
// under 滁州市), leaves 市 open: either city may be meant; so does a
// hospital named only after the reference (市人民医院举行院庆…台北市立万芳
// 医院副院长出席: a guest of another city).
func namedCity(ms []Mention, before int) string {
	city := ""
	for _, m := range ms {
		if m.Start >= before {
			break
		}
		if m.Ref || m.Place == nil || m.Place.Level == levelProvince {
			continue
		}
		if m.Place.Level != levelCity || !strings.HasSuffix(m.Place.Name, "市") || city != "" && m.Place.Name != city {
			return ""
		}
		city = m.Place.Name
	}
	return city
}

// completeLevel writes a reference kept as its own hospital (省中医院)
// with the place its level stands for, when the article says which; an
// abbreviation (省人医) as spelled out (省人民医院).
func (f hospitalFinder) completeLevel(d *Doc, m Mention, spelled string, ms []Mention, cache map[string]string) Mention {
	level := ""
	for _, l := range []string{"省", "市", "县"} {
		if strings.HasPrefix(m.Written, l) {
			level = l
		}
	}
	if level == "" {
		return m
	}
	full, ok := cache[level]
	if !ok {
		full = f.levelPlace(d, level, ms)
		cache[level] = full
	}
	if full == "" && level == "市" {
		full = namedCity(ms, m.Start)
	}
	if full == "" {
		return m
	}
	name := m.Written
	if m.abbrev && strings.HasPrefix(spelled, level) {
		name = spelled
	}
	rest := strings.TrimPrefix(name, level)
	if r := []rune(rest); len(r) == 3 && strings.ContainsRune(ordinals, r[0]) && string(r[1:]) == "医院" {
		rest = "第" + string(r[0]) + "人民医院" // 市一医院: the city's 第一人民医院
	}
	m.Name = full + rest
	if ps := f.g.Lookup(full); len(ps) == 1 {
		p := ps[0]
		m.Place = &p
		if p.Level == levelCounty {
			m.Name = countyPrefix(p) + m.Name // 湖北省大冶市人民医院, as the county's are
		}
	}
	return m
}
