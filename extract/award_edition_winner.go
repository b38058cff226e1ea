package extract

import (
	"strings"

	"zhnews"
	"zhnews/internal/rx"
	"zhnews/segment"
)

// A hospital said to be an edition's winner of an honour holds it:
//
//	甲医院荣获第22届某某奖,乙医院为第13届得主    → 乙 某某奖
//	乙医院是第五届某某奖的得主                    → 乙 某某奖
//
// The honour is the one named in the words (某某奖得主), or else the last
// one the sentence gave before (read by the verb's rules); a winner named
// by no hospital's name is someone else.
var (
	editionWinner = rx.MustCompile(`([^，,。；;、]{2,30}?(?:医院|卫生院|保健院|医学中心|附医|荣总|长庚))\s*(?:为|是|系|成为)\s*(?:第\s*[\d一二三四五六七八九十百]+\s*(?:届|次|年度))?\s*([^，,。；;]{0,24}?)\s*(?:的)?得主`)
	// An honour's edition written before its title (第22届): no part of it.
	editionPrefix = rx.MustCompile(`^第\s*[\d一二三四五六七八九十百]+\s*(?:届|次)\s*`)
)

// editionWinners reads those winners in sentence s; before are the
// honours the sentence's verbs gave.
func editionWinners(s segment.Sentence, before []zhnews.Fact) []zhnews.Fact {
	if !strings.Contains(s.Text, "得主") {
		return nil
	}
	var out []zhnews.Fact
	for _, loc := range editionWinner.FindAllStringSubmatchIndex(s.Text, -1) {
		m := Match{Sentence: s, Loc: loc}
		name := strings.TrimSpace(itemLead.ReplaceAllString(m.Group(1), ""))
		if !institutionEnd.MatchString(name) || isCategory(name) {
			continue
		}
		value := strings.Trim(m.Group(2), "“”\"「」『』 ")
		if value != "" && !isHonourTitle(value) {
			continue // 为该奖项得主: no title of its own, nor the earlier one's
		}
		at := m.Rune(loc[0])
		if value == "" {
			for _, f := range before {
				if v, ok := f.Value.(string); ok && f.Start < at {
					value = v
				}
			}
		}
		value = editionPrefix.ReplaceAllString(value, "")
		if value == "" {
			continue
		}
		ev, start, end := m.Evidence(loc[2], loc[1])
		out = append(out, zhnews.Fact{Hospital: name, Metric: "award", Value: value, Evidence: ev, Start: start, End: end})
	}
	return out
}
