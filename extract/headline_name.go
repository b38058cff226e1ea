package extract

import "strings"

// A report often names its hospital in full once, in the headline, and
// then only by its level in the body (县人民医院, 市一院): the page is the
// place's own paper or the hospital's own site. The hospitals finder reads
// the body alone, so such a reference stays as written; the headline's
// name is the one the reader takes it for.

// titleMention is the one hospital a headline names in full (titleHospital),
// as a mention of the headline's own text.
func (p *Pipeline) titleMention(title string) (Mention, bool) {
	if title == "" || !hospitalSuffix.MatchString(title) && !strings.ContainsAny(title, "院医") {
		// (院 and 医 end the numbered short forms: 兰大二院, 浙大一院.)
		return Mention{}, false
	}
	d := newDoc(title, segmentSite(title), p.keywords)
	ms := p.hospitals.find(d)
	if len(ms) != 1 || ms[0].Ref || ms[0].abbrev {
		return Mention{}, false
	}
	return ms[0], true
}

// withHeadlineName gives the body's references by level that no name in
// the body resolved (kept as written: 县人民医院) the headline's hospital,
// when they refer to it (县人民医院 to 崇阳县人民医院, 市一院 to 宜都市第一人民医院,
// not 县中医院). The mentions are changed in place.
func withHeadlineName(ms []Mention, head Mention) []Mention {
	for i, m := range ms {
		if m.Name == m.Written && levelPrefixed(m.Written) && refersTo(m.Written, head.Name) {
			ms[i].Name, ms[i].Place = head.Name, head.Place
		}
	}
	return ms
}
