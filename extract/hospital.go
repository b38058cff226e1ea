package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"zhnews"
)

// Mention is a full hospital name found in the text.
type Mention struct {
	Name       string // canonical: the lowest place and what follows (本溪市中心医院), with the province for a county's (湖北省大冶市人民医院)
	Written    string // as the text writes it (湖北大冶市人民医院)
	Start, End int    // rune offsets in the text
	Place      *Place // the lowest place in the name, when it has one
}

// hospitalSuffix ends a hospital's name.
var hospitalSuffix = regexp.MustCompile(`(?:医院|卫生院|保健院)`)

// Characters that never stand inside a hospital's name: function words,
// punctuation and the words of categories (三级医院, 公立医院, 202家医院).
const nameStop = "的了在与和及或是为到从对把被将向于等、，,。；;：:！？!?“”\"'（）()《》〈〉 \n\t级家所类各些个"

// categoryWords mark a category of hospitals rather than one hospital.
var categoryWords = []string{"公立", "综合医院", "示范", "定点", "民营", "私立", "基层", "县域", "乡镇", "社区", "全国", "全省", "全市", "地市", "标杆"}

// institutionPrefix: the start of a hospital's name that is no place: a
// university or college, or the army.
var institutionPrefix = regexp.MustCompile(`^(?:\p{Han}{2,6}?(?:医科大学|中医药大学|医药大学|大学|医学院)|中国人民解放军|解放军|武警|中国医学科学院|中国中医科学院|中日友好)`)

// maxNameMiddle bounds what stands between the place and the suffix
// (第一人民, 医科大学附属第一, 中西医结合).
const maxNameMiddle = 10

// FindHospitals finds full hospital names: a place from the gazetteer
// (湖北, 大冶市, 德州) or a chain of them, then at most a few characters
// of the name's own (人民, 第一人民, 中心, 医科大学附属第一), then 医院,
// 卫生院 or 保健院.
func FindHospitals(text string, g *Gazetteer) []Mention {
	var out []Mention
	runeAt := runeIndex(text)
	prevEnd := 0 // byte end of the previous suffix: names do not overlap
	for _, loc := range suffixSpans(text) {
		sufStart, sufEnd := loc[0], loc[1]
		m, ok := nameBefore(text, prevEnd, sufStart, sufEnd, g)
		prevEnd = sufEnd
		if !ok {
			continue
		}
		m.Start, m.End = runeAt(m.Start), runeAt(sufEnd)
		out = append(out, m)
	}
	return out
}

// suffixSpans returns the byte spans of 医院, 卫生院 and 保健院 in text, as
// hospitalSuffix.FindAllStringIndex would: each 院 found with a substring
// search, then the words it ends checked, which is much cheaper than the
// expression over the whole text.
func suffixSpans(text string) [][2]int {
	var out [][2]int
	for off := 0; ; {
		i := strings.Index(text[off:], "院")
		if i < 0 {
			return out
		}
		end := off + i + len("院")
		for _, w := range []string{"医院", "卫生院", "保健院"} {
			if start := end - len(w); start >= off && text[start:end] == w {
				out = append(out, [2]int{start, end})
				break
			}
		}
		off = end
	}
}

// institutionWords: one of them stands in every name institutionPrefix
// reads.
var institutionWords = []string{"大学", "医学院", "解放军", "武警", "科学院", "中日友好"}

// nameBefore looks for the longest name ending at sufEnd whose first
// byte is at or after from. m.Start is a byte offset on return.
func nameBefore(text string, from, sufStart, sufEnd int, g *Gazetteer) (Mention, bool) {
	// Candidate starts: each rune position up to 18 runes back.
	starts := []int{}
	for i, n := sufStart, 0; i > from && n < 18; n++ {
		_, size := utf8.DecodeLastRuneInString(text[from:i])
		i -= size
		if strings.ContainsRune(nameStop, rune(text[i])) || isStopRune(text[i:]) {
			break
		}
		starts = append(starts, i)
	}
	if len(starts) == 0 {
		return Mention{}, false
	}
	institution := containsAny(text[starts[len(starts)-1]:sufStart], institutionWords)
	// Longest name first: the earliest start.
	for k := len(starts) - 1; k >= 0; k-- {
		j := starts[k]
		places := placeChain(text[j:sufStart], g)
		if len(places) == 0 {
			// Universities' and the army's hospitals carry no place:
			// 中南大学湘雅医院, 复旦大学附属中山医院, 解放军总医院.
			if !institution {
				continue
			}
			if loc := institutionPrefix.FindStringIndex(text[j:sufStart]); loc != nil && loc[0] == 0 &&
				utf8.RuneCountInString(text[j+loc[1]:sufStart]) <= maxNameMiddle && !isCategory(text[j:sufEnd]) {
				if j > 0 {
					if r, _ := utf8.DecodeLastRuneInString(text[:j]); isHan(r) && !strings.ContainsRune(nameStop, r) {
						continue // the institution's name goes on to the left
					}
				}
				return Mention{Name: text[j:sufEnd], Written: text[j:sufEnd], Start: j}, true
			}
			continue
		}
		last := places[len(places)-1]
		middle := text[last.end+j : sufStart]
		if utf8.RuneCountInString(middle) > maxNameMiddle || isCategory(text[j:sufEnd]) {
			continue
		}
		if j > 0 {
			// The place must not be the tail of a longer word: 城市 in
			// 全城市, 江西 in 浙江西部. A Han character right before a
			// county-level name is allowed only if it is itself no place.
			r, _ := utf8.DecodeLastRuneInString(text[:j])
			if isHan(r) && last.place.Level == levelCounty && len(places) == 1 && strings.ContainsRune("全各该本省市县区", r) {
				continue
			}
		}
		canon := text[j+last.start : sufEnd]
		p := last.place
		if p.Level == levelCounty && p.Province != "" {
			// County hospitals go by their province too, as their official
			// names do: 浙江省长兴县人民医院, whether the text wrote 浙江长兴县
			// or 长兴县.
			canon = p.Province + canon
		}
		return Mention{Name: canon, Written: text[j:sufEnd], Start: j, Place: &p}, true
	}
	return Mention{}, false
}

func isStopRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune(nameStop, r) || r < 0x80 && !(r >= '0' && r <= '9')
}

func isCategory(name string) bool {
	for _, w := range categoryWords {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// chainPlace is a place found at byte offsets [start, end) of a name.
type chainPlace struct {
	place      Place
	start, end int
}

// placeChain reads places from the start of s, each within the one before
// (湖北 → 大冶市), and returns them; nil when s starts with no place.
func placeChain(s string, g *Gazetteer) []chainPlace {
	var chain []chainPlace
	pos := 0
	for pos < len(s) {
		var found *chainPlace
		for _, name := range g.PrefixPlaces(s[pos:]) {
			for _, p := range g.Lookup(name) {
				if len(chain) > 0 && !within(p, chain[len(chain)-1].place) {
					continue
				}
				found = &chainPlace{place: p, start: pos, end: pos + len(name)}
				break
			}
			if found != nil {
				break
			}
		}
		if found == nil {
			break
		}
		chain = append(chain, *found)
		pos = found.end
	}
	return chain
}

// within: p lies inside parent (by GB/T 2260 code prefix).
func within(p, parent Place) bool {
	if p.Level <= parent.Level {
		return false
	}
	switch parent.Level {
	case levelProvince:
		return strings.HasPrefix(p.Code, parent.Code[:2])
	case levelCity:
		return strings.HasPrefix(p.Code, parent.Code[:4])
	}
	return false
}

// runeIndex returns a function from byte offsets of text to rune offsets,
// for offsets asked in increasing order (it counts on from the last one).
func runeIndex(text string) func(int) int {
	lastByte, lastRune := 0, 0
	return func(b int) int {
		if b < lastByte {
			lastByte, lastRune = 0, 0
		}
		lastRune += utf8.RuneCountInString(text[lastByte:b])
		lastByte = b
		return lastRune
	}
}

// hospitalInfo places a hospital: province and city from its place.
func hospitalInfo(m Mention) zhnews.Hospital {
	h := zhnews.Hospital{Name: m.Name}
	if m.Place != nil {
		h.Province = m.Place.Province
		h.City = m.Place.City
	}
	return h
}

// Section is a stretch of the text about one hospital: a multi-hospital
// article's numbered part (01 湖北大冶市人民医院), or the whole article.
type Section struct {
	Start, End int     // rune offsets
	Topic      Mention // the hospital the section reports on
	HasTopic   bool
}

// sectionHeading: a line that is a hospital's name, with or without a
// list number before it (01 湖北大冶市人民医院, 0 4 内蒙古多伦县人民医院).
var listNumber = regexp.MustCompile(`^[0-9０-９][0-9０-９ ]{0,3}[、.．\s]*`)

// Sections cuts the text at heading lines that name a hospital, and finds
// each part's topic: its heading's hospital, or for an article without
// headings the hospital named most often (the title counting twice).
func Sections(text, title string, mentions []Mention, g *Gazetteer) []Section {
	var heads []Section
	lineStart := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		n := utf8.RuneCountInString(line)
		body := strings.TrimSpace(listNumber.ReplaceAllString(strings.TrimSpace(line), ""))
		if utf8.RuneCountInString(body) <= 30 {
			for _, m := range mentions {
				if m.Start >= lineStart && m.End <= lineStart+n && strings.HasSuffix(body, m.Written) &&
					utf8.RuneCountInString(body)-utf8.RuneCountInString(m.Written) <= 6 {
					heads = append(heads, Section{Start: lineStart, Topic: m, HasTopic: true})
					break
				}
			}
		}
		lineStart += n
	}
	total := utf8.RuneCountInString(text)
	if len(heads) >= 2 {
		// The text before the first heading is the introduction: no topic.
		var out []Section
		if heads[0].Start > 0 {
			out = append(out, Section{Start: 0, End: heads[0].Start})
		}
		for i := range heads {
			end := total
			if i+1 < len(heads) {
				end = heads[i+1].Start
			}
			heads[i].End = end
			out = append(out, heads[i])
		}
		return out
	}
	whole := Section{Start: 0, End: total}
	counts := map[string]int{}
	first := map[string]Mention{}
	for _, m := range FindHospitals(title, g) {
		counts[m.Name] += 2
		if _, ok := first[m.Name]; !ok {
			first[m.Name] = m
		}
	}
	for _, m := range mentions {
		counts[m.Name]++
		if _, ok := first[m.Name]; !ok {
			first[m.Name] = m
		}
	}
	names := make([]string, 0, len(counts))
	for n := range counts {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if counts[names[i]] != counts[names[j]] {
			return counts[names[i]] > counts[names[j]]
		}
		return first[names[i]].Start < first[names[j]].Start
	})
	if len(names) > 0 {
		whole.Topic, whole.HasTopic = first[names[0]], true
	}
	return []Section{whole}
}

// notSubject: words before a hospital's name that make it the object of
// the clause (与…合作, 托管…, 帮扶…), not the one it reports on.
var notSubject = regexp.MustCompile(`(?:与|和|同|及|联合|托管|帮扶|援建|援助|对口|支援|赴|到|前往|来自|协助|为)\s*$`)

// attribute names the hospital a fact at rune offset start is about: the
// nearest hospital named before it in the same sentence as the clause's
// subject, else the topic of its section.
func attribute(d *Doc, start int, mentions []Mention, sections []Section) (zhnews.Hospital, bool) {
	var sent struct{ start, end int }
	for _, s := range d.Sentences {
		if start >= s.Start && start < s.End {
			sent.start, sent.end = s.Start, s.End
			break
		}
	}
	var best *Mention
	for i := range mentions {
		m := &mentions[i]
		if m.Start < sent.start || m.Start >= start {
			continue
		}
		before := d.Slice(max(sent.start, m.Start-4), m.Start)
		if notSubject.MatchString(before) {
			continue
		}
		best = m
	}
	if best != nil {
		return hospitalInfo(*best), true
	}
	for _, s := range sections {
		if start >= s.Start && start < s.End && s.HasTopic {
			return hospitalInfo(s.Topic), true
		}
	}
	return zhnews.Hospital{}, false
}
