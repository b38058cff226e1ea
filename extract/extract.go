// Package extract reads structured facts from a cleaned article with
// rules over its text and gse tokens.
//
// In: a zhnews.Article with its cleaned Text (and Title), and the tokens
// the segment stage cut from the Text. Out: the same Article with Facts
// and Hospitals filled in.
//
// Each metric is one small Extractor in its own file (party_branches.go,
// ranking.go, award.go, ...): it reads candidate facts with evidence and
// rune offsets. Run then finds the hospitals the article names
// (hospital.go, with the GB/T 2260 gazetteer in gazetteer.go), cuts
// multi-hospital articles into sections, and attributes each fact to the
// hospital its sentence or section is about.
package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"zhnews"
	"zhnews/segment"
)

// Extractor reads the facts of one metric from a document. Facts come
// back without their hospital: Run attributes them.
type Extractor interface {
	Metric() string
	Extract(d *Doc) []zhnews.Fact
}

// Extractors lists every metric's extractor, in the order of FACTS.md.
// Adding a metric is a file with its rule and a line here.
func Extractors() []Extractor {
	return []Extractor{
		partyBranches(),
		partyGeneralBranches(),
		partyGroups(),
		partyMembers(),
		staff(),
		foundedYear{},
		ranking{},
		partyMembersActive(),
		temporaryPartyBranches(),
		award{},
		partySecretary{},
		keySpecialties{},
		beds(),
		bedsCounted(),
		outpatientVisits(),
		inpatientDischarges(),
		surgeries(),
		satisfactionRate(),
		investmentYuan(),
	}
}

// Pipeline runs all extractors and attributes their facts.
type Pipeline struct {
	extractors []Extractor
	hospitals  hospitalFinder
	keywords   *keywordSet // every extractor's words, found once per document
}

// New returns a pipeline with every extractor and the vendored gazetteer.
func New() *Pipeline {
	p := &Pipeline{extractors: Extractors(), hospitals: newHospitalFinder(loadGazetteer())}
	var words []string
	for _, ex := range p.extractors {
		if k, ok := ex.(keyworder); ok {
			words = append(words, k.keywords()...)
		}
	}
	p.keywords = newKeywordSet(words)
	return p
}

// Run fills a.Facts and a.Hospitals from a.Text and its tokens.
func (p *Pipeline) Run(a *zhnews.Article, tokens []segment.Token) {
	d := newDoc(a.Text, tokens, p.keywords)
	d.Traditional = a.Script == zhnews.ScriptTraditional
	mentions := p.hospitals.resolve(d, p.hospitals.find(d))
	if head, ok := p.titleMention(a.Title); ok {
		mentions = withHeadlineName(mentions, head)
	}
	sections := Sections(d, a.Title, mentions)
	attr := newAttributor(d, mentions, sections)
	var facts []zhnews.Fact
	seen := map[string]bool{}
	rankYears := map[string][]int{} // hospital and place → the years given
	awards := map[string][]any{}    // hospital → the honours given
	for _, ex := range p.extractors {
		for _, f := range ex.Extract(d) {
			if h, ok := attr.hospital(f); ok {
				f.Hospital = h.Name
			}
			key := fmt.Sprint(f.Metric, "|", f.Hospital, "|", f.Value, "|", f.Start)
			// A figure restated is one fact; a place in a ranking restated
			// in the same year too (前三分别是A… then A名列第一位).
			dupKey := fmt.Sprint(f.Metric, "|", f.Hospital, "|", f.Value)
			if seen[key] || f.Metric != "ranking" && seen[dupKey] || f.Metric == "ranking" && f.Hospital != "" && restated(rankYears[dupKey], f.Year) {
				continue
			}
			if f.Metric == "award" && honourRestated(awards[f.Hospital], f.Value) {
				continue
			}
			if f.Metric == "award" {
				awards[f.Hospital] = append(awards[f.Hospital], f.Value)
			}
			seen[key], seen[dupKey] = true, true
			if f.Metric == "ranking" {
				rankYears[dupKey] = append(rankYears[dupKey], f.Year)
			}
			facts = append(facts, f)
		}
	}
	facts = withoutRoundedRestatements(facts)
	facts = withoutPrizeTallies(facts)
	sort.SliceStable(facts, func(i, j int) bool { return facts[i].Start < facts[j].Start })
	a.Facts = facts
	a.Hospitals = reportedHospitals(d, mentions, sections, facts)
	if h, ok := p.titleIsHospital(a.Title); ok && len(mentions) > 0 {
		// A page whose headline is a hospital's name alone (an encyclopedia's
		// entry, its infobox under it): the facts no sentence gives to
		// another hospital are that hospital's.
		given := false
		for i := range a.Facts {
			if a.Facts[i].Hospital == "" {
				a.Facts[i].Hospital, given = h.Name, true
			}
		}
		if given && !slices.ContainsFunc(a.Hospitals, func(r zhnews.Hospital) bool { return r.Name == h.Name }) {
			a.Hospitals = append([]zhnews.Hospital{h}, a.Hospitals...)
		}
	}
	if len(mentions) == 0 || speaksOnlyOfOthers(d, sections) {
		h, ok := p.titleHospital(a.Title)
		if !ok {
			h, ok = p.siteHospital(a.Site)
		}
		if ok {
			// A page that names its hospital only in its headline
			// (某某医院简介 over 医院现有职工…, 某某医院的荣誉称号 over 医院先后
			// 获得…), or a hospital's own page that names itself only in its
			// chrome (我院召开…, the name in the copyright line): its facts
			// are that hospital's.
			for i := range a.Facts {
				if a.Facts[i].Hospital == "" {
					a.Facts[i].Hospital = h.Name
				}
			}
			// The hospitals it names are others it deals with (我院与甲医院
			// 签约): they stay, after the page's own.
			a.Hospitals = append([]zhnews.Hospital{h}, slices.DeleteFunc(a.Hospitals, func(r zhnews.Hospital) bool { return r.Name == h.Name })...)
		}
	}
	a.Normalize()
}

// speaksOnlyOfOthers: the page writes of itself as 我院 or 本院 and every
// hospital it names is another party (甲医院专家来我院, 我院与乙医院签约), so
// no section has a hospital for its topic: the page's own hospital is
// then named only in its headline or its chrome.
func speaksOnlyOfOthers(d *Doc, sections []Section) bool {
	for _, s := range sections {
		if s.HasTopic {
			return false
		}
	}
	return strings.Contains(d.Text, "我院") || strings.Contains(d.Text, "本院")
}

// siteHospital reads the site's name as a hospital's: one full name that
// is the whole of it (福建省人民医院, not 某某健康网).
func (p *Pipeline) siteHospital(site string) (zhnews.Hospital, bool) {
	if site == "" || !hospitalSuffix.MatchString(site) {
		return zhnews.Hospital{}, false
	}
	d := newDoc(site, segmentSite(site), p.keywords)
	ms := p.hospitals.find(d)
	if len(ms) != 1 || ms[0].Ref || ms[0].Start != 0 || ms[0].End != utf8.RuneCountInString(site) {
		return zhnews.Hospital{}, false
	}
	return hospitalInfo(ms[0]), true
}

// titleHospital reads the one hospital a headline names in full (某某医院简介,
// 某某医院召开…): none when it names none, several, or only a reference
// (市人民医院).
func (p *Pipeline) titleHospital(title string) (zhnews.Hospital, bool) {
	m, ok := p.titleMention(title)
	if !ok {
		return zhnews.Hospital{}, false
	}
	return hospitalInfo(m), true
}

// titleIsHospital: the title is one hospital's full name and nothing
// else.
func (p *Pipeline) titleIsHospital(title string) (zhnews.Hospital, bool) {
	title = strings.TrimSpace(title)
	if title == "" || !hospitalSuffix.MatchString(title) {
		return zhnews.Hospital{}, false
	}
	d := newDoc(title, segmentSite(title), p.keywords)
	ms := p.hospitals.find(d)
	if len(ms) != 1 || ms[0].Ref || ms[0].abbrev || ms[0].End != utf8.RuneCountInString(title) || !nameHead(d.Slice(0, ms[0].Start)) {
		return zhnews.Hospital{}, false
	}
	return hospitalInfo(ms[0]), true
}

// nameHead: what a title may hold before the hospital's name the finder
// reads and still be the name alone: nothing, or a few Han runes the
// name's left edge left out (台湾 of 台湾基督长老教会…医院).
func nameHead(s string) bool {
	if utf8.RuneCountInString(s) > 4 {
		return false
	}
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return true
}

// segmentSite cuts a site's name into words with the default segmenter.
func segmentSite(site string) []segment.Token {
	if seg, err := segment.Default(); err == nil {
		return seg.Segment(site)
	}
	return nil
}

// roundedWithin: how far, as a share of the exact figure, a hedged
// figure may fall below it and still be the same one rounded.
const roundedWithin = 0.05

// withoutRoundedRestatements drops a hedged figure (21亿余元) that rounds
// down an exact one of the same hospital and metric given elsewhere
// (21亿1150万元): one figure said twice, the second time precisely.
func withoutRoundedRestatements(facts []zhnews.Fact) []zhnews.Fact {
	kept := facts[:0]
	for i, f := range facts {
		if f.Approx && f.Metric != "ranking" && f.Metric != "founded_year" && roundsAnother(facts, i) {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// withoutPrizeTallies drops a contest's bare prize (某某品质奖金奖, read
// from a tally: 荣获2项金奖等16项奖项) when the hospital's prizes of that
// level in the same contest are named elsewhere (杰出医疗类金奖, 主题类金奖):
// the tally counts them, it is no further honour.
func withoutPrizeTallies(facts []zhnews.Fact) []zhnews.Fact {
	kept := facts[:0]
	for i, f := range facts {
		if f.Metric == "award" && talliedElsewhere(facts, i) {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// talliedElsewhere: facts[i] is the contest's name and a prize level, and
// another award of its hospital in that contest ends with the same level.
func talliedElsewhere(facts []zhnews.Fact, i int) bool {
	f := facts[i]
	v, _ := f.Value.(string)
	level, ok := strings.CutPrefix(v, f.Scope)
	if f.Scope == "" || !ok || prizeLevel(v) != level {
		return false
	}
	for j, g := range facts {
		w, _ := g.Value.(string)
		if j != i && g.Metric == "award" && g.Hospital == f.Hospital && g.Scope == f.Scope && w != v && prizeLevel(w) == level {
			return true
		}
	}
	return false
}

// prizeLevels: the levels of a contest's prizes, longest first.
var prizeLevels = []string{"白金奖", "钻石奖", "特等奖", "一等奖", "二等奖", "三等奖", "优秀奖", "金奖", "银奖", "铜奖"}

// prizeLevel returns the level an honour's title ends with (白金奖, not
// 金奖, for 某某白金奖), or "".
func prizeLevel(title string) string {
	for _, l := range prizeLevels {
		if strings.HasSuffix(title, l) {
			return l
		}
	}
	return ""
}

// roundsAnother: facts[i] is hedged and some exact fact of its hospital
// and metric is at most roundedWithin above it.
func roundsAnother(facts []zhnews.Fact, i int) bool {
	v, ok := number(facts[i].Value)
	if !ok || v <= 0 {
		return false
	}
	for j, g := range facts {
		if j == i || g.Approx || g.Metric != facts[i].Metric || g.Hospital != facts[i].Hospital {
			continue
		}
		if w, ok := number(g.Value); ok && w >= v && w-v <= roundedWithin*w {
			return true
		}
	}
	return false
}

func number(v any) (float64, bool) {
	switch x := v.(type) {
	case int64:
		return float64(x), true
	case float64:
		return x, true
	case int:
		return float64(x), true
	}
	return 0, false
}

// honourRestated: an honour given before under its title with or without
// the word for what it is (“卓越实践案例”的桂冠 after 卓越实践案例奖).
func honourRestated(given []any, v any) bool {
	t, ok := v.(string)
	if !ok {
		return false
	}
	for _, g := range given {
		p, _ := g.(string)
		if p != "" && p != t && (honourKind(p) == honourKind(t) || prizeRestated(p, t) || prizeRestated(t, p)) {
			return true
		}
	}
	return false
}

// prizeRestated: a prize named alone (「金奖」) and again with the award
// or the category it is the prize of (某某品质奖金奖, 某某类金奖): one
// honour. 白金奖 is another prize.
func prizeRestated(short, long string) bool {
	of, ok := strings.CutSuffix(long, short)
	return ok && prizeOnly.MatchString(short) && (strings.HasSuffix(of, "奖") || strings.HasSuffix(of, "类") || strings.HasSuffix(of, "组"))
}

// honourKind is an honour's title without the word for what it is (奖,
// 奖项, 称号) at its end.
func honourKind(t string) string {
	for _, w := range []string{"奖项", "称号", "荣誉", "奖"} {
		if s := strings.TrimSuffix(t, w); s != t && s != "" {
			return s
		}
	}
	return t
}

// restated: a place of a hospital given before for the same year, or
// where either says no year.
func restated(years []int, year int) bool {
	for _, y := range years {
		if y == year || y == 0 || year == 0 {
			return true
		}
	}
	return false
}
