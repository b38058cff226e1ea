package extract

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"zhnews/extract/numbers"
	"zhnews/internal/rx"
	"zhnews/segment"
)

// Doc is the view of an article that extractors read: its text cut into
// sentences, its tokens, and helpers that turn byte positions in a
// sentence into rune offsets in the text.
type Doc struct {
	Text string
	// Traditional: the article was written in traditional script (a
	// Taiwan, Hong Kong or Macau page, or a mirror), where a bare 46年 can
	// be a year of the ROC calendar.
	Traditional bool
	Sentences   []segment.Sentence
	// tokenStart has bit r set where a token starts at rune offset r:
	// the tokens themselves are not kept (a long text has millions).
	tokenStart []uint64
	runes      []rune
	// byteAt[i] is the byte offset in Text of rune i*sliceStride, so
	// that Slice can cut Text itself instead of making a string from
	// runes; nil when Text is not valid UTF-8 (its runes then hold a
	// U+FFFD per invalid byte, and Text's bytes are not theirs).
	byteAt  []int32
	numbers map[int][][]int // by sentence start: byte spans of its numbers
	// The pipeline's keywords and, for each, the indices of the sentences
	// holding it, found in one pass (nil without a pipeline, and on a
	// view of some sentences).
	keywords    *keywordSet
	keywordHits [][]int
}

// NewDoc builds the view of text with its tokens.
func NewDoc(text string, tokens []segment.Token) *Doc { return newDoc(text, tokens, nil) }

// newDoc is NewDoc finding the words of set, when there is one, up front.
func newDoc(text string, tokens []segment.Token, set *keywordSet) *Doc {
	d := &Doc{Text: text, numbers: map[int][][]int{}}
	// The token starts first: the tokens are free before the rest is
	// made.
	if len(tokens) > 0 {
		n := utf8.RuneCountInString(text)
		d.tokenStart = make([]uint64, n/64+1)
		for _, t := range tokens {
			if r := int(t.Start); r >= 0 && r <= n {
				d.tokenStart[r/64] |= 1 << (r % 64)
			}
		}
	}
	d.Sentences, d.runes = segment.SentencesUpTo(text, maxSentence), []rune(text)
	if utf8.ValidString(text) && len(text) <= math.MaxInt32 {
		d.byteAt = make([]int32, 0, len(d.runes)/sliceStride+1)
		for i, b := 0, 0; i < len(d.runes); i++ {
			if i%sliceStride == 0 {
				d.byteAt = append(d.byteAt, int32(b))
			}
			b += utf8.RuneLen(d.runes[i])
		}
	}
	if set != nil {
		d.keywords, d.keywordHits = set, set.find(text, d.Sentences)
	}
	return d
}

// numbersIn returns the byte spans of the numbers in sentence s, found on
// first use and kept for the other rules. (A Doc is read by one goroutine.)
func (d *Doc) numbersIn(s segment.Sentence) [][]int {
	spans, ok := d.numbers[s.Start]
	if !ok {
		spans = numbers.FindAll(s.Text)
		if d.numbers != nil {
			d.numbers[s.Start] = spans
		}
	}
	return spans
}

// Match is a rule's hit in one sentence: byte offsets in the sentence's
// text of the whole match and of its groups.
type Match struct {
	Sentence segment.Sentence
	Loc      []int // as regexp's FindAllStringSubmatchIndex
}

// Group returns group i of the match, or "".
func (m Match) Group(i int) string {
	if 2*i+1 >= len(m.Loc) || m.Loc[2*i] < 0 {
		return ""
	}
	return m.Sentence.Text[m.Loc[2*i]:m.Loc[2*i+1]]
}

// Rune returns the rune offset in the text of byte offset b of the
// sentence.
func (m Match) Rune(b int) int {
	return m.Sentence.Start + utf8.RuneCountInString(m.Sentence.Text[:b])
}

// sentencesWith returns the sentences that contain one of keywords, in
// order.
func (d *Doc) sentencesWith(keywords []string) []segment.Sentence {
	var idx []int
	for _, k := range keywords {
		idx = append(idx, d.sentencesHolding(k)...)
	}
	sort.Ints(idx)
	out := make([]segment.Sentence, 0, len(idx))
	for i, si := range idx {
		if i == 0 || si != idx[i-1] {
			out = append(out, d.Sentences[si])
		}
	}
	return out
}

// sentenceAfter: the first sentence after s that holds more than space.
func (d *Doc) sentenceAfter(s segment.Sentence) (segment.Sentence, bool) {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].Start >= s.End })
	for ; i < len(d.Sentences); i++ {
		if strings.TrimSpace(d.Sentences[i].Text) != "" {
			return d.Sentences[i], true
		}
	}
	return segment.Sentence{}, false
}

// sentencesHolding returns the indices of the sentences word occurs in:
// from the keyword pass when word is one of the pipeline's, else by
// testing each sentence.
func (d *Doc) sentencesHolding(word string) []int {
	if d.keywords != nil {
		if i, ok := d.keywords.index[word]; ok {
			return d.keywordHits[i]
		}
	}
	var idx []int
	for i, s := range d.Sentences {
		if strings.Contains(s.Text, word) {
			idx = append(idx, i)
		}
	}
	return idx
}

// withSentences is the document seen through some of its sentences only.
func (d *Doc) withSentences(s []segment.Sentence) *Doc {
	c := *d
	c.Sentences = s
	c.keywords, c.keywordHits = nil, nil // indices are the whole document's
	return &c
}

// FindAll runs re over every sentence.
func (d *Doc) FindAll(re *rx.Regexp) []Match { return d.FindAllWith(re, nil) }

// FindAllWith runs re over the sentences that contain one of keywords (all
// sentences when there are none). Most sentences name no metric at all, and
// finding a word is far cheaper than the expressions.
func (d *Doc) FindAllWith(re *rx.Regexp, keywords []string) []Match {
	sents := d.Sentences
	if len(keywords) > 0 {
		sents = d.sentencesWith(keywords)
	}
	var out []Match
	for _, s := range sents {
		for _, loc := range re.FindAllStringSubmatchIndex(s.Text, -1) {
			out = append(out, Match{Sentence: s, Loc: loc})
		}
	}
	return out
}

// FindAllFrom is FindAllWith for an expression anchored with ^ whose
// matches all begin with one of starts (the first words of its
// alternation): it is tried only where one of them stands. A long
// expression, lazy or with many alternatives, costs a try at every
// character; the matches are the same as the unanchored expression's.
func (d *Doc) FindAllFrom(re *rx.Regexp, keywords, starts []string) []Match {
	var out []Match
	for _, s := range d.sentencesWith(keywords) {
		out = append(out, matchesFrom(s, re, starts)...)
	}
	return out
}

// matchesFrom returns the leftmost, non-overlapping matches of re
// (anchored with ^) at the places in s where one of starts stands.
func matchesFrom(s segment.Sentence, re *rx.Regexp, starts []string) []Match {
	var out []Match
	t := s.Text
	for at := 0; at < len(t); {
		next := -1
		for _, w := range starts {
			if i := strings.Index(t[at:], w); i >= 0 && (next < 0 || at+i < next) {
				next = at + i
			}
		}
		if next < 0 {
			break
		}
		if loc := re.FindStringSubmatchIndex(t[next:]); loc != nil {
			for k := range loc {
				if loc[k] >= 0 {
					loc[k] += next
				}
			}
			out = append(out, Match{Sentence: s, Loc: loc})
			at = max(loc[1], next+1)
			continue
		}
		_, size := utf8.DecodeRuneInString(t[next:])
		at = next + size
	}
	return out
}

// maxSentence caps a sentence the rules read, in runes: the segmenter's
// pieces (160) cut lists of hospitals and honours in two, and a sentence
// without end (a table glued into one line) must still cost the rules
// work in proportion to the text.
const maxSentence = 600

// evidenceTrim: what a clause's evidence does not start with.
const evidenceTrim = " \t●■◆▲★☆○◎□◇·•-—"

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// keywordsOf splits a regexp alternation of literal words ("党支部|支部")
// into its words, the literal prefilter of a rule.
func keywordsOf(alternation string) []string {
	return strings.Split(alternation, "|")
}

// clauseBreaks end a clause inside a sentence.
const clauseBreaks = "，,；;：:。！？!?\n"

// Evidence returns the clause around bytes [from, to) of the match's
// sentence: from the clause break before from to the one after to, as
// text and rune offsets in the article.
func (m Match) Evidence(from, to int) (string, int, int) {
	s := m.Sentence.Text
	start := strings.LastIndexAny(s[:from], clauseBreaks)
	if start < 0 {
		start = 0
	} else {
		_, size := utf8.DecodeRuneInString(s[start:])
		start += size
	}
	end := strings.IndexAny(s[to:], clauseBreaks)
	if end < 0 {
		end = len(s)
	} else {
		end += to
	}
	// Bullets and spaces before the clause are no part of it; the offsets
	// stay exact.
	lead := len(s[start:end]) - len(strings.TrimLeft(s[start:end], evidenceTrim))
	start += lead
	ev := strings.TrimRight(s[start:end], " \t")
	return ev, m.Rune(start), m.Rune(start) + utf8.RuneCountInString(ev)
}

// StartsToken reports whether a token starts at rune offset r: a figure
// or a keyword that starts in the middle of a word is no match.
func (d *Doc) StartsToken(r int) bool {
	if d.tokenStart == nil {
		return true
	}
	return r >= 0 && r/64 < len(d.tokenStart) && d.tokenStart[r/64]&(1<<(r%64)) != 0
}

var yearBefore = rx.MustCompile(`((?:19|20)\d{2})\s*年`)

// YearBefore returns the last year (2021年, 2022年度) the match's sentence
// names before byte offset b, or 0.
func (m Match) YearBefore(b int) int {
	locs := yearBefore.FindAllStringSubmatch(m.Sentence.Text[:b], -1)
	if len(locs) == 0 {
		return 0
	}
	y := 0
	for _, c := range locs[len(locs)-1][1] {
		y = y*10 + int(c-'0')
	}
	return y
}

// Slice returns the text between rune offsets, clamped to the text.
//
// Rules slice the text at every mention and number; cutting Text at
// byte offsets shares its bytes, where a string made from the runes was
// a fresh allocation each time.
func (d *Doc) Slice(from, to int) string {
	from, to = max(from, 0), min(to, len(d.runes))
	if from >= to {
		return ""
	}
	if d.byteAt == nil {
		return string(d.runes[from:to])
	}
	start := d.byteOffset(from)
	end := start
	if to-from > sliceStride {
		end = d.byteOffset(to)
	} else {
		for _, r := range d.runes[from:to] {
			end += utf8.RuneLen(r)
		}
	}
	return d.Text[start:end]
}

// sliceStride is how many runes apart byteAt keeps byte offsets.
const sliceStride = 16

// byteOffset returns the byte offset in Text of rune i (byteAt is set).
func (d *Doc) byteOffset(i int) int {
	if i == len(d.runes) {
		return len(d.Text)
	}
	k := i / sliceStride
	b := int(d.byteAt[k])
	for _, r := range d.runes[k*sliceStride : i] {
		b += utf8.RuneLen(r)
	}
	return b
}

func isHan(r rune) bool { return r >= 0x2E80 && unicode.Is(unicode.Han, r) }
