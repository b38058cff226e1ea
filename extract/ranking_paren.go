package extract

import (
	"strings"
	"unicode/utf8"

	"zhnews"
	"zhnews/internal/rx"
)

// A ranking that names its best-placed hospital and gives the place in
// brackets after the name, as a list's summary does:
//
//	排名最高的是台北荣总(218)      → 台北荣总 218
//	名次最前的为某某医院（35）      → 某某医院 35
//
// The hospital's place is the bracket's bare number; a bracket holding
// anything else (a score, 90.5分; a year) is no place.
var (
	bestPlacedHead = rx.MustCompile(`(?:排名|排行|名次|排位)(?:最高|最前|最佳|第一)的(?:医院)?(?:是|为)\s*`)
	bracketPlace   = rx.MustCompile(`^([^，,。；;、()（）\s]{2,20}?)\s*[(（]\s*(\d{1,4})\s*[)）]`)
	// Every bestPlacedHead match holds one of these.
	bestPlacedKeywords = []string{"排名", "排行", "排位", "名次"}
)

// bestPlaced reads those rankings from the document's sentences; a page
// that prints the sentence twice (a caption and the body) gives one fact.
func bestPlaced(d *Doc) []zhnews.Fact {
	var out []zhnews.Fact
	seen := map[string]bool{}
	for _, s := range d.sentencesWith(bestPlacedKeywords) {
		text := s.Text
		for _, loc := range bestPlacedHead.FindAllStringIndex(text, -1) {
			p := bracketPlace.FindStringSubmatchIndex(text[loc[1]:])
			if p == nil {
				continue
			}
			name := text[loc[1]+p[2] : loc[1]+p[3]]
			if !institutionEnd.MatchString(name) || isCategory(name) {
				continue
			}
			place := atoi(text[loc[1]+p[4] : loc[1]+p[5]])
			if place <= 0 {
				continue
			}
			key := name + "|" + itoa(place)
			if seen[key] {
				continue
			}
			seen[key] = true
			m := Match{Sentence: s, Loc: []int{loc[0], loc[1] + p[1]}}
			ev, st, en := m.Evidence(loc[0], loc[1]+p[1])
			year := m.YearBefore(loc[0])
			if year == 0 {
				year = rankingYearBefore(d, s)
			}
			out = append(out, zhnews.Fact{
				Hospital: name, Metric: "ranking", Value: int64(place), Year: year,
				Scope: bestPlacedScope(text[:loc[0]]), Evidence: ev, Start: st, End: en,
			})
		}
	}
	return out
}

// bestPlacedScope: the quoted ranking the sentence names before its head
// (入选「2024年世界最佳医院」,排名最高的是…), or "".
func bestPlacedScope(before string) string {
	locs := quotedName.FindAllStringSubmatchIndex(before, -1)
	if len(locs) == 0 {
		return ""
	}
	last := locs[len(locs)-1]
	if utf8.RuneCountInString(before[last[1]:]) > 20 {
		return ""
	}
	return strings.TrimSpace(before[last[2]:last[3]])
}
