package extract

import (
	"strings"
	"unicode/utf8"

	"zhnews/segment"
)

// keyworder is an extractor whose matches each hold one of its keywords
// (党员, 排名, 成立). The pipeline gathers them into one keywordSet so that
// a document finds every rule's words in a single pass: much cheaper than
// testing every sentence for every rule's words.
type keyworder interface {
	keywords() []string
}

// keywordSet is the words the extractors ask for, known when the pipeline
// is built. Read only once built.
type keywordSet struct {
	words   []string
	index   map[string]int // word → its place in words
	byFirst map[rune][]int // first character → the words it begins
	first   []uint64       // a bit per BMP character: it begins a word
}

func newKeywordSet(words []string) *keywordSet {
	s := &keywordSet{index: map[string]int{}, byFirst: map[rune][]int{}, first: make([]uint64, 0x10000/64)}
	for _, w := range words {
		if _, dup := s.index[w]; dup || w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		s.index[w] = len(s.words)
		s.byFirst[r] = append(s.byFirst[r], len(s.words))
		s.words = append(s.words, w)
		if r < 0x10000 {
			s.first[r>>6] |= 1 << (r & 63)
		}
	}
	return s
}

func (s *keywordSet) begins(r rune) bool {
	if r < 0x10000 {
		return s.first[r>>6]&(1<<(r&63)) != 0
	}
	_, ok := s.byFirst[r]
	return ok
}

// find returns, for each word of the set, the indices of the sentences
// holding it, in order, reading the text once. sents must cover text.
func (s *keywordSet) find(text string, sents []segment.Sentence) [][]int {
	hits := make([][]int, len(s.words))
	off := 0
	for si, sent := range sents {
		for i, r := range sent.Text {
			if !s.begins(r) {
				continue
			}
			at := off + i
			for _, wi := range s.byFirst[r] {
				if h := hits[wi]; strings.HasPrefix(text[at:], s.words[wi]) && (len(h) == 0 || h[len(h)-1] != si) {
					hits[wi] = append(h, si)
				}
			}
		}
		off += len(sent.Text)
	}
	return hits
}
