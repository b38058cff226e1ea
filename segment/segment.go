// Package segment cuts cleaned text into words with gse.
//
// In: text (simplified script, as the cleaner leaves it). Out: Tokens,
// each a word with its rune offsets in the text, so that later stages can
// point back into the text a user reads.
//
// The cut is gse's Cut with its HMM (which finds the words the dictionary
// lacks: names), rewritten to return the same words with less work
// (dag.go, hmm.go). gse's HMM is quadratic on long runs of non-Chinese
// text, so the segmenter cuts the text into sentences first and caps their
// length; the rewritten HMM is linear, but the pieces stay, since the words
// depend on where the text is cut. The dictionary and the HMM's model are
// loaded once per process, from the data embedded in the binary.
package segment

import (
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-ego/gse"

	"zhnews/internal/data"
)

// Token is one word of a text. Start and End are rune offsets, in 32 bits:
// a long text has ten million tokens (a text past two billion runes, were
// one to fit in memory, is cut up to there).
type Token struct {
	Text       string
	Start, End int32
}

// Segmenter cuts text into tokens.
type Segmenter interface {
	Segment(text string) []Token
}

// Gse is the gse-backed Segmenter. It is safe for concurrent use once
// loaded.
type Gse struct {
	seg   *gse.Segmenter
	words dictWords // seg's dictionary, walked a character at a time
	hmm   *hmmModel
}

// loadGse loads the compact simplified-Chinese dictionary embedded in the
// binary (internal/data/gse, made from gse's own at go generate time):
// never from the module cache or the working directory. It holds the
// 186k words news text needs of gse's 352k, and loads in a quarter of the
// time with a third less memory.
var loadGse = sync.OnceValues(func() (*Gse, error) {
	s, err := loadDictionary(string(data.MustRead("gse/zh_s_compact.txt")))
	if err != nil {
		return nil, err
	}
	h, err := loadHMM()
	if err != nil {
		return nil, err
	}
	return &Gse{seg: s, words: newDictWords(s.Dict), hmm: h}, nil
})

// loadDictionary builds a segmenter from dictionary lines ("word freq
// pos"). It adds the words as gse's LoadDictStr does, but leaves out
// gse's CalcToken: that precomputes search-mode sub-segments and path
// weights for every word, which the HMM cut this package uses never reads
// (it weighs words by their frequency). Start-up is the faster by half.
func loadDictionary(dict string) (*gse.Segmenter, error) {
	// The load allocates a few hundred thousand small objects that all
	// stay: collecting garbage while the heap grows is wasted work.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	s := &gse.Segmenter{SkipLog: true}
	s.Dict = gse.NewDict()
	s.Init()
	for _, line := range strings.Split(dict, "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		freq, err := strconv.ParseFloat(f[1], 64)
		if err != nil || freq < s.MinTokenFreq {
			continue
		}
		pos := ""
		if len(f) > 2 {
			pos = f[2]
		}
		if err := s.AddToken(f[0], freq, pos); err != nil {
			return nil, fmt.Errorf("segment: dictionary word %q: %w", f[0], err)
		}
	}
	return s, nil
}

// Default returns the process's gse segmenter, loading its dictionary on
// first use.
func Default() (*Gse, error) { return loadGse() }

// CutForBenchmark is gse's own Cut (HMM on) over the whole text, the
// reference the pipeline's throughput is measured against.
func (g *Gse) CutForBenchmark(text string) []string { return g.seg.Cut(text, true) }

// Has reports whether word is in the dictionary.
func (g *Gse) Has(word string) bool {
	_, _, ok := g.seg.Find(word)
	return ok
}

// Pos returns the part-of-speech tag gse's dictionary gives word (ns for
// a place, v for a verb, nr for a person, ...), or "" for a word the
// dictionary lacks: the names the HMM cut finds.
func (g *Gse) Pos(word string) string {
	_, pos, ok := g.seg.Find(word)
	if !ok {
		return ""
	}
	return pos
}

// maxSentence caps a piece handed to gse, in runes. Chinese sentences are
// shorter; longer pieces are code, tables or English.
const maxSentence = 160

// Segment cuts text into words with gse's HMM mode, sentence by sentence.
//
// A long text is cut in parts, one per core: the pieces are cut
// independently, so the words are the same. Its words are first kept as
// spans in their piece, a sixth of a Token's size, and the tokens made
// once at their exact number, not in a slice that grows (five times its
// final size allocated, two copies held while it grows).
func (g *Gse) Segment(text string) []Token { return g.segment(text, partsFor(len(text))) }

// segment is Segment cutting text in n parts (fewer when it has fewer
// pieces).
func (g *Gse) segment(text string, n int) []Token {
	pieces := chunks(text, Sentences(text))
	parts := make([][]piece, max(1, min(n, len(pieces))))
	spans := make([][]span, len(parts))
	var wg sync.WaitGroup
	from := 0
	for p := range parts {
		// Parts of about equal bytes.
		to := len(pieces)
		if p < len(parts)-1 {
			limit := (p + 1) * len(text) / len(parts)
			to = from + sort.Search(len(pieces)-from, func(i int) bool { return pieces[from+i].at >= limit })
		}
		parts[p] = pieces[from:to]
		from = to
		if p == len(parts)-1 {
			spans[p] = g.cut(parts[p]) // on this goroutine
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			spans[p] = g.cut(parts[p])
		}()
	}
	wg.Wait()
	total := 0
	for _, s := range spans {
		total += len(s)
	}
	out := make([]Token, 0, total)
	bytePos, runePos := 0, 0
	for p, part := range parts {
		k := 0 // next span of the part
		for _, pc := range part {
			for _, sp := range spans[p][k : k+pc.words] {
				start := pc.at + int(sp.off)
				end := start + int(sp.len)
				runePos += utf8.RuneCountInString(text[bytePos:start])
				n := utf8.RuneCountInString(text[start:end])
				if runePos+n > math.MaxInt32 {
					return out
				}
				out = append(out, Token{Text: text[start:end], Start: int32(runePos), End: int32(runePos + n)})
				runePos += n
				bytePos = end
			}
			k += pc.words
		}
		spans[p] = nil
	}
	return out
}

// span is a word's place in its piece, in bytes: a piece is at most
// maxChunk runes.
type span struct{ off, len uint16 }

// A piece's bytes fit a span's 16 bits (this does not compile otherwise).
const _ uint16 = maxChunk * utf8.UTFMax

// partMinBytes: a text shorter than this is cut on one goroutine, as an
// article of a normal size is (the cores are busy with the other
// articles).
const partMinBytes = 1 << 20

// partsFor returns how many parts a text of n bytes is cut in.
func partsFor(n int) int {
	return max(1, min(runtime.GOMAXPROCS(0), n/partMinBytes))
}

// cut returns the spans of the words of pieces, in order, and sets each
// piece's count of them. A word gse gives but the text does not hold as
// written is skipped, as are words of spaces only.
func (g *Gse) cut(pieces []piece) []span {
	var out []span
	if n := len(pieces); n > 0 {
		// Chinese news text has a word every five bytes or so.
		out = make([]span, 0, (pieces[n-1].at+len(pieces[n-1].text)-pieces[0].at)/4)
	}
	var scratch dagScratch
	for i := range pieces {
		t := pieces[i].text
		before := len(out)
		pos := 0    // byte offset within t
		lower := "" // made when needed
		for _, w := range cutDAG(g.seg, g.words, g.hmm.appendCut, t, &scratch) {
			if w == "" {
				continue
			}
			// gse's words follow one another through the text, but
			// latin words come back lower-cased (HIS → his): compare
			// without case, and search only when a word is elsewhere.
			i := 0
			if end := pos + len(w); end > len(t) || t[pos:end] != w && !strings.EqualFold(t[pos:end], w) {
				if lower == "" {
					lower = asciiLower(t)
				}
				if i = strings.Index(lower[pos:], w); i < 0 {
					continue // not in the text as written: skip it
				}
			}
			if strings.TrimSpace(w) != "" {
				out = append(out, span{off: uint16(pos + i), len: uint16(len(w))})
			}
			pos += i + len(w)
		}
		pieces[i].words = len(out) - before
	}
	return out
}

// maxChunk bounds the pieces handed to gse: consecutive sentences are cut
// together up to this many runes, since every call to gse cost its own
// setup, while a piece this short kept gse's HMM's quadratic cost on
// non-Chinese runs small. (At most 4 bytes a rune: a piece and its words
// fit a span.)
const maxChunk = 320

// piece is a part of the text handed to gse, with its byte offset and
// the number of words cut from it.
type piece struct {
	text  string
	at    int
	words int
}

// chunks joins consecutive sentences into pieces of at most maxChunk runes.
// The pieces still cover the text exactly.
func chunks(text string, sents []Sentence) []piece {
	var out []piece
	end, endRune := 0, 0 // of the last piece, in bytes and runes
	startRune := 0       // of the last piece
	for _, s := range sents {
		if n := len(out); n > 0 && endRune == s.Start && s.End-startRune <= maxChunk {
			end += len(s.Text)
			out[n-1].text = text[out[n-1].at:end]
			endRune = s.End
			continue
		}
		out = append(out, piece{text: s.Text, at: end})
		end += len(s.Text)
		startRune, endRune = s.Start, s.End
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
func Sentences(text string) []Sentence { return SentencesUpTo(text, maxSentence) }

// SentencesUpTo is Sentences with pieces of up to limit runes: extraction
// reads whole sentences (a list of ten hospitals runs past 160 runes),
// with a cap that keeps its work per sentence bounded.
func SentencesUpTo(text string, limit int) []Sentence {
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
		switch r {
		case '。', '！', '？', '!', '?', '；', ';', '\n':
			emit(next, runes)
			continue
		case '.':
			if asciiFullStop(text, i) {
				emit(next, runes)
				continue
			}
		case '，', ',', '、', '：', ':', ' ', '\t':
			lastBreak, lastBreakRune = next, runes
		}
		if runes-startRune >= limit {
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

// asciiFullStop: the ASCII '.' at byte i ends a Chinese sentence, as
// journal databases and some sites print the full stop (…组合而成.医院共
// 有职工…): Han text, or a closing bracket or quote after Han text, before
// it and a Han character after it, outside quotation marks. A decimal
// point (3.5亿), an address (www.example.com) and a list number (1.) have
// no Han character on one side.
func asciiFullStop(text string, i int) bool {
	next, _ := utf8.DecodeRuneInString(text[i+1:])
	if !unicode.Is(unicode.Han, next) {
		return false
	}
	// Inside quotation marks the dot is a name's (“中国医院竞争力.县级医院500强”).
	line := text[strings.LastIndexByte(text[:i], '\n')+1 : i]
	if strings.LastIndex(line, "“") > strings.LastIndex(line, "”") || strings.LastIndex(line, "「") > strings.LastIndex(line, "」") {
		return false
	}
	prev, size := utf8.DecodeLastRuneInString(text[:i])
	if strings.ContainsRune(")）”’」』】", prev) {
		prev, _ = utf8.DecodeLastRuneInString(text[:i-size])
		if prev == utf8.RuneError {
			return false
		}
		return !(prev >= '0' && prev <= '9') && prev > unicode.MaxASCII
	}
	return unicode.Is(unicode.Han, prev)
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
