// Package segment cuts cleaned text into words with gse.
//
// In: text (simplified script, as the cleaner leaves it). Out: Tokens,
// each a word with its rune offsets in the text, so that later stages can
// point back into the text a user reads.
//
// gse's HMM mode finds words its dictionary lacks (names), but it is
// quadratic on long runs of non-Chinese text. The segmenter therefore cuts
// the text into sentences first and caps their length, which keeps the
// whole cut linear in the text's length. gse's dictionary is loaded once
// per process, from the data embedded in the binary.
package segment

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// Token is one word of a text. Start and End are rune offsets.
type Token struct {
	Text       string
	Start, End int
}

// Segmenter cuts text into tokens.
type Segmenter interface {
	Segment(text string) []Token
}

// Gse is the gse-backed Segmenter. It is safe for concurrent use once
// loaded.
type Gse struct {
	seg *gse.Segmenter
}

// loadGse loads gse's simplified-Chinese dictionary from the data gse
// embeds: never from the module cache or the working directory.
var loadGse = sync.OnceValues(func() (*Gse, error) {
	s := &gse.Segmenter{SkipLog: true}
	if err := s.LoadDictEmbed("zh_s"); err != nil {
		return nil, err
	}
	return &Gse{seg: s}, nil
})

// Default returns the process's gse segmenter, loading its dictionary on
// first use.
func Default() (*Gse, error) { return loadGse() }

// Has reports whether word is in the dictionary.
func (g *Gse) Has(word string) bool {
	_, _, ok := g.seg.Find(word)
	return ok
}

// maxSentence caps a piece handed to gse, in runes. Chinese sentences are
// shorter; longer pieces are code, tables or English.
const maxSentence = 160

// Segment cuts text into words with gse's HMM mode, sentence by sentence.
func (g *Gse) Segment(text string) []Token {
	var out []Token
	base := 0 // rune offset of the current sentence
	for _, sent := range Sentences(text) {
		pos := 0 // byte offset within sent
		runePos := base
		// gse lower-cases latin words (HIS → his); find them in an
		// ASCII-lowered copy, whose byte offsets are the text's.
		lower := asciiLower(sent.Text)
		for _, w := range g.seg.Cut(sent.Text, true) {
			if w == "" {
				continue
			}
			i := strings.Index(lower[pos:], w)
			if i < 0 {
				continue // not in the text as written: skip it
			}
			runePos += utf8.RuneCountInString(sent.Text[pos : pos+i])
			n := utf8.RuneCountInString(w)
			if strings.TrimSpace(w) != "" {
				out = append(out, Token{Text: sent.Text[pos+i : pos+i+len(w)], Start: runePos, End: runePos + n})
			}
			runePos += n
			pos += i + len(w)
		}
		base = sent.End
	}
	return out
}

// Sentence is a piece of text with its rune offsets.
type Sentence struct {
	Text       string
	Start, End int
}

// Sentences cuts text after sentence-final punctuation and line breaks,
// and cuts pieces longer than maxSentence runes at the last space or
// punctuation before the cap (or at the cap). The pieces cover the text
// exactly: their concatenation is the text.
func Sentences(text string) []Sentence {
	var out []Sentence
	start, startRune, runes := 0, 0, 0
	lastBreak, lastBreakRune := -1, 0
	emit := func(end, endRune int) {
		if end > start {
			out = append(out, Sentence{Text: text[start:end], Start: startRune, End: endRune})
		}
		start, startRune = end, endRune
		lastBreak = -1
	}
	for i, r := range text {
		runes++
		_, size := utf8.DecodeRuneInString(text[i:]) // 1 for an invalid byte
		next := i + size
		switch {
		case strings.ContainsRune("。！？!?；;\n", r):
			emit(next, runes)
			continue
		case strings.ContainsRune("，,、：: \t", r):
			lastBreak, lastBreakRune = next, runes
		}
		if runes-startRune >= maxSentence {
			if lastBreak > start {
				emit(lastBreak, lastBreakRune)
			} else {
				emit(next, runes)
			}
		}
	}
	emit(len(text), runes)
	return out
}

// asciiLower lowers A-Z byte by byte: every other byte, valid UTF-8 or
// not, stays where it is.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
