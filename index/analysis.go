package index

import (
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	unicodetokenizer "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"zhnews/clean/opencc"
	"zhnews/segment"
)

// Names under which the Chinese analysis is registered in bleve's
// registry, like bleve's own analyzers: a char filter for the script, a
// tokenizer for the words, and the analyzer that chains them.
const (
	CharFilterToSimplified = "zh_to_simplified"
	TokenizerGse           = "zh_gse"
	AnalyzerChinese        = "zh"
	// AnalyzerBigram is bleve's cjk analysis (overlapping bigrams) with the
	// same script conversion: the reference the "zh" analyzer is measured
	// against.
	AnalyzerBigram = "zh_bigram"
)

func init() {
	// bleve's registry is global and filled at init time; these are the
	// only registrations zhnews makes.
	registry.RegisterCharFilter(CharFilterToSimplified, func(map[string]interface{}, *registry.Cache) (analysis.CharFilter, error) {
		return toSimplifiedFilter{opencc.Default()}, nil
	})
	registry.RegisterTokenizer(TokenizerGse, func(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
		seg, err := segment.Default()
		if err != nil {
			return nil, err
		}
		return &gseTokenizer{seg: seg}, nil
	})
}

// toSimplifiedFilter converts traditional script to simplified before
// tokenising, so that a query in either script meets the simplified text
// the cleaner indexes.
type toSimplifiedFilter struct{ conv *opencc.Converter }

func (f toSimplifiedFilter) Filter(input []byte) []byte {
	return []byte(f.conv.ToSimplified(string(input)))
}

// gseTokenizer cuts text into gse words. Words of three or more characters
// also yield the dictionary words inside them at the same position (党支
// 部 → 党支部, 支部), so that a query for the shorter word finds the
// longer one, as gse's search mode does.
type gseTokenizer struct {
	seg *segment.Gse
}

func (t *gseTokenizer) Tokenize(input []byte) analysis.TokenStream {
	text := string(input)
	return wordTokens(t.seg, text, t.seg.Segment(text))
}

// wordTokens makes the token stream of text from its gse words (from
// Segment): the tokenizer's work. The tokens and their terms are laid out
// in two slabs, not allocated one by one.
func wordTokens(seg *segment.Gse, text string, words []segment.Token) analysis.TokenStream {
	slab := make([]analysis.Token, 0, len(words)+len(words)/4)
	terms := make([]byte, 0, len(text)+len(text)/4)
	ends := make([]int, 0, cap(slab)) // of each token's term in terms
	visitWordTokens(seg, text, words, func(term string, start, end, pos int, typ analysis.TokenType) {
		terms = append(terms, term...)
		ends = append(ends, len(terms))
		slab = append(slab, analysis.Token{Start: start, End: end, Position: pos, Type: typ})
	})
	out := make(analysis.TokenStream, len(slab))
	from := 0
	for i := range slab {
		// Capped, so that a filter that grows a term copies it.
		slab[i].Term = terms[from:ends[i]:ends[i]]
		from = ends[i]
		out[i] = &slab[i]
	}
	return out
}

// visitWordTokens calls fn with each token of text the "zh" tokenizer
// makes from its gse words, in order: each word but punctuation and
// spaces, at the next position, and after a word of three or more
// characters the dictionary words inside it at the same position (党支部
// → 党支部, 党支, 支部), so that a query for the shorter word finds the
// longer one, as gse's search mode does. Offsets are in bytes.
func visitWordTokens(seg *segment.Gse, text string, words []segment.Token, fn func(term string, start, end, pos int, typ analysis.TokenType)) {
	// Rune offsets → byte offsets.
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	pos := 0
	var at []int // byte offsets of a word's runes in it
	for _, tok := range words {
		if !isWordToken(tok.Text) {
			continue
		}
		pos++
		fn(tok.Text, byteAt[tok.Start], byteAt[tok.End], pos, tokenType(tok.Text))
		at = at[:0]
		for i := range tok.Text {
			at = append(at, i)
		}
		runes := len(at)
		if runes < 3 {
			continue
		}
		at = append(at, len(tok.Text))
		for i := 0; i+2 <= runes; i++ {
			for m := 2; m < runes && i+m <= runes; m++ {
				if sub := tok.Text[at[i]:at[i+m]]; seg.Has(sub) {
					fn(sub, byteAt[int(tok.Start)+i], byteAt[int(tok.Start)+i+m], pos, analysis.Ideographic)
				}
			}
		}
	}
}

// maxLocatedTokens is how many of a text's tokens keep their locations
// (position and offsets, for phrases and snippets): about 1.5 MB of
// Chinese text, a hundred times the longest news article. A longer text
// is a dump saved as one file; its later words are found and scored by
// their counts, but phrases and snippets reach only into its first part.
// Each location held ~76 bytes until the segment was written: a 50 MB
// text needed 3.3 GB to be indexed.
const maxLocatedTokens = 1 << 20

// TextTokens is an article's text as the "zh" analyzer cuts it, made from
// the words the pipeline cut it into already: ingest segments each text
// once (the analyzer cut it again, a fifth of ingest's time). It holds
// what the index reads of the tokens: each term's positions and offsets
// (bleve's token frequencies), and how many tokens there are.
type TextTokens struct {
	text   string
	freqs  bleveindex.TokenFrequencies
	length int
}

// AnalyzeText makes the "zh" tokens of a cleaned text from words, the
// text's segment.Default() Segment. It returns nil when the analyzer would
// see another text (one the script conversion changes: the cleaner's
// output is simplified already, so that is rare): the index then analyses
// the text itself.
func AnalyzeText(text string, words []segment.Token) *TextTokens {
	seg, err := segment.Default()
	if err != nil || opencc.Default().ToSimplified(text) != text {
		return nil
	}
	return analyzeText(seg, text, words, maxLocatedTokens)
}

// analyzeText is AnalyzeText with the locations of the first located
// tokens kept.
func analyzeText(seg *segment.Gse, text string, words []segment.Token, located int) *TextTokens {
	freqs, n := wordFreqs(seg, text, words, located)
	return &TextTokens{text: text, freqs: freqs, length: n}
}

// wordFreqs is analysis.TokenFrequency of the "zh" tokens of text (with
// term vectors), made from its gse words without the token stream:
// wordTokens's tokens, lower-cased, are each a location of its term. A
// term is a slice of the text unless lower case changes it, and the
// locations are laid out in slabs: an article has a thousand tokens or
// more, and a stream of them was a tenth of what ingest allocated.
//
// Only the first located tokens keep their locations; the rest are
// counted (maxLocatedTokens says why).
func wordFreqs(seg *segment.Gse, text string, words []segment.Token, located int) (bleveindex.TokenFrequencies, int) {
	kept := min(len(words), located)
	freqs := make(bleveindex.TokenFrequencies, kept/2+1)
	var slab []bleveindex.TokenLocation
	chunk := kept + kept/4 + 1
	n := 0
	lower := analysis.TokenStream{&analysis.Token{}}
	visitWordTokens(seg, text, words, func(term string, start, end, pos int, _ analysis.TokenType) {
		if needsLower(term) {
			lower[0].Term = []byte(term)
			term = string(lowercaseFilter.Filter(lower)[0].Term)
		}
		tf, ok := freqs[term]
		if !ok {
			tf = &bleveindex.TokenFreq{Term: []byte(term)}
			freqs[term] = tf
		}
		if n < located {
			if len(slab) == cap(slab) {
				// A new slab: the locations already handed out point
				// into the old one.
				slab = make([]bleveindex.TokenLocation, 0, chunk)
			}
			slab = append(slab, bleveindex.TokenLocation{Start: start, End: end, Position: pos})
			tf.Locations = append(tf.Locations, &slab[len(slab)-1])
		}
		tf.SetFrequency(tf.Frequency() + 1)
		n++
	})
	return freqs, n
}

// needsLower tells whether the lower-case filter may change term: a
// Chinese word never holds a letter with case.
func needsLower(term string) bool {
	for _, r := range term {
		if r < 0x80 {
			if r >= 'A' && r <= 'Z' {
				return true
			}
			continue
		}
		if r >= 0x2E80 && r <= 0x9FFF || unicode.ToLower(r) == r && unicode.ToUpper(r) == r {
			continue
		}
		return true
	}
	return false
}

// lowercaseFilter is the analyzer's token filter, applied to TextTokens.
var lowercaseFilter = lowercase.NewLowerCaseFilter()

// isWordToken drops punctuation and spaces.
func isWordToken(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x2E80 && r != 0x3000 && !(r >= 0x3001 && r <= 0x303F) && !(r >= 0xFF00 && r <= 0xFF0F) && r != '“' && r != '”' {
			return true
		}
	}
	return false
}

func tokenType(s string) analysis.TokenType {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case r >= '0' && r <= '9':
		return analysis.Numeric
	case r < 0x80:
		return analysis.AlphaNumeric
	}
	return analysis.Ideographic
}

// bigramConfig is bleve's cjk analyzer behind the script conversion.
var bigramConfig = map[string]interface{}{
	"type":          custom.Name,
	"char_filters":  []string{CharFilterToSimplified},
	"tokenizer":     unicodetokenizer.Name,
	"token_filters": []string{cjk.WidthName, lowercase.Name, cjk.BigramName},
}

// analyzerConfig is the custom analyzer "zh": script conversion, gse
// words, lower case for latin words.
var analyzerConfig = map[string]interface{}{
	"type":          custom.Name,
	"char_filters":  []string{CharFilterToSimplified},
	"tokenizer":     TokenizerGse,
	"token_filters": []string{lowercase.Name},
}
