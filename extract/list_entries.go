package extract

// A numbered list names one hospital an entry (1.甲医院 / 2.乙医院): two
// entries are two hospitals however alike their names (马偕纪念医院 and
// 新竹马偕医院, 国泰综合医院 and 新竹国泰医院, the main hospital and its
// branch), while in prose the shorter would be the longer's short form.

// wholeEntry: the mention m is all of its line but a list's number before
// it (12.甲医院, 12、甲医院, 12. 甲医院).
func wholeEntry(d *Doc, m Mention) bool {
	rs := d.runes
	k := m.Start - 1
	for k >= 0 && (rs[k] == ' ' || rs[k] == '\u3000') {
		k--
	}
	if k < 0 || (rs[k] != '.' && rs[k] != '、' && rs[k] != '．') {
		return false
	}
	k--
	digits := 0
	for k >= 0 && rs[k] >= '0' && rs[k] <= '9' {
		k--
		digits++
	}
	if digits == 0 || digits > 3 || k >= 0 && rs[k] != '\n' {
		return false
	}
	e := m.End
	for e < len(rs) && (rs[e] == ' ' || rs[e] == '\u3000') {
		e++
	}
	return e == len(rs) || rs[e] == '\n'
}

// otherEntry: m is a whole entry of a list (wholeEntry) and the group
// holds a mention of another name that is one too.
func (g *group) otherEntry(d *Doc, ms []Mention, m Mention) bool {
	if !wholeEntry(d, m) {
		return false
	}
	for _, k := range g.at {
		if o := ms[k]; o.Name != m.Name && wholeEntry(d, o) {
			return true
		}
	}
	return false
}
