package clean

import (
	"strings"
	"unicode/utf8"
)

// phraseSet finds which of a list of phrases occur in a line in one pass
// over it: a bitmap of the phrases' first runes says where a phrase can
// begin, and only there are the phrases compared. The line classifier
// asks a handful of such lists of every line; a strings.Contains per
// phrase would scan each line once per phrase.
type phraseSet struct {
	first   [1 << 16 / 64]uint64 // first runes in the BMP
	byFirst map[rune][]string
}

func newPhraseSet(phrases []string) *phraseSet {
	s := &phraseSet{byFirst: map[rune][]string{}}
	for _, p := range phrases {
		r, _ := utf8.DecodeRuneInString(p)
		if r < 1<<16 {
			s.first[r/64] |= 1 << (r % 64)
		}
		s.byFirst[r] = append(s.byFirst[r], p)
	}
	return s
}

// count returns how many distinct phrases occur in line.
func (s *phraseSet) count(line string) int {
	n := 0
	var seen map[string]bool
	for i, r := range line {
		if r < 1<<16 && s.first[r/64]&(1<<(r%64)) == 0 {
			continue
		}
		for _, p := range s.byFirst[r] {
			if strings.HasPrefix(line[i:], p) && !seen[p] {
				if seen == nil {
					seen = map[string]bool{}
				}
				seen[p] = true
				n++
			}
		}
	}
	return n
}

// any reports whether a phrase occurs in line.
func (s *phraseSet) any(line string) bool {
	for i, r := range line {
		if r < 1<<16 && s.first[r/64]&(1<<(r%64)) == 0 {
			continue
		}
		for _, p := range s.byFirst[r] {
			if strings.HasPrefix(line[i:], p) {
				return true
			}
		}
	}
	return false
}

// hasAnyRune is strings.ContainsAny(s, set) for the short sets of
// Chinese punctuation that the line tests ask about. ContainsAny decodes
// every rune of s and looks it up in set, converting each to a string;
// this looks for each rune of set in s, one vectorised byte search each.
// They agree because UTF-8 synchronises itself: a rune's encoding occurs
// in s only where s holds that rune, invalid bytes around it or not
// (they decode one byte at a time, and no lead byte continues another
// rune). set must not hold U+FFFD, which ContainsAny also finds for an
// invalid byte.
func hasAnyRune(s, set string) bool {
	for i := 0; i < len(set); {
		_, n := utf8.DecodeRuneInString(set[i:])
		if strings.Contains(s, set[i:i+n]) {
			return true
		}
		i += n
	}
	return false
}

// phraseLists finds the phrases of several lists in one pass over a
// line, counting for each list the distinct phrases found: the line
// classifier asks six lists of every line, and a pass per list read each
// line six times.
type phraseLists struct {
	first   [1 << 16 / 64]uint64 // first runes in the BMP
	byFirst map[rune][]listPhrase
}

// listPhrase is a phrase of list number list; id numbers it among all
// phrases of all lists, below maxListPhrases.
type listPhrase struct {
	text     string
	list, id int
}

// maxListPhrases bounds the phrases of a phraseLists (the bits scan keeps
// of those seen).
const maxListPhrases = 256

// newPhraseLists numbers the lists in order; a phrase repeated in a list
// counts once, as phraseSet.count counts it.
func newPhraseLists(lists ...[]string) *phraseLists {
	p := &phraseLists{byFirst: map[rune][]listPhrase{}}
	id := 0
	for list, phrases := range lists {
		seen := map[string]bool{}
		for _, ph := range phrases {
			if seen[ph] || ph == "" {
				continue
			}
			seen[ph] = true
			r, _ := utf8.DecodeRuneInString(ph)
			if r < 1<<16 {
				p.first[r/64] |= 1 << (r % 64)
			}
			p.byFirst[r] = append(p.byFirst[r], listPhrase{ph, list, id})
			id++
		}
	}
	return p
}

// scan adds to counts[k], for each list k whose bit is set in lists, how
// many distinct phrases of list k occur in line.
func (p *phraseLists) scan(line string, lists uint, counts []int) {
	var seen [maxListPhrases / 64]uint64
	for i, r := range line {
		if r < 1<<16 && p.first[r/64]&(1<<(r%64)) == 0 {
			continue
		}
		for _, ph := range p.byFirst[r] {
			if lists&(1<<ph.list) == 0 || seen[ph.id/64]&(1<<(ph.id%64)) != 0 || !strings.HasPrefix(line[i:], ph.text) {
				continue
			}
			seen[ph.id/64] |= 1 << (ph.id % 64)
			counts[ph.list]++
		}
	}
}
