package segment

import (
	"encoding/binary"
	"fmt"
	"math"
	"unicode"
	"unicode/utf8"

	"zhnews/internal/data"
)

// hmmModel is gse's HMM cut (gse's HMMCut, package hmm: hmm_seg.go,
// viterbi.go) with its model, jieba's, computed the same way with less
// work per character, and returning the same words (TestHMMMatchesGse,
// FuzzHMM).
//
// gse's Viterbi keeps each step's probabilities in a map per character,
// sorts a slice of pointers for each state at each character, and copies
// every state's whole path at every character (quadratic in the run);
// its splitting runs two regular expressions over the rest of the text for
// each piece it takes off. Here the four states' probabilities are an
// array, each state's best predecessor one bit per character, the path
// read back once at the end, and the text is split in one pass.
//
// The model's states are B (a word's first character), M (a middle one),
// E (its last) and S (a word of one character), in that order in arrays.
type hmmModel struct {
	// emit[index[r-first]] are the emission log probabilities of rune r,
	// by state; emit[0] is the value gse gives a rune the model lacks.
	first rune
	index []uint16
	emit  [][4]float64
}

const (
	stateB = iota
	stateM
	stateE
	stateS
)

// minFloat is gse's log probability of what the model lacks (viterbi.go).
const minFloat = -3.14e100

// The start and transition log probabilities, from gse v0.80.3:
// viterbi.go's init (probStart) and prob_trans.go (probTrans[from][to]).
// A transition gse's prevStatus does not list (B→B, B→S, M→B, ...) is
// never weighed.
var probStart = [4]float64{
	stateB: -0.26268660809250016,
	stateM: -3.14e+100,
	stateE: -3.14e+100,
	stateS: -1.4652633398537678,
}

const (
	transBE = -0.510825623765990
	transBM = -0.916290731874155
	transEB = -0.5897149736854513
	transES = -0.8085250474669937
	transME = -0.33344856811948514
	transMM = -1.2603623820268226
	transSB = -0.7211965654669841
	transSS = -0.6658631448798212
)

// emitRecord is the size of one character's record in hmm/emit.bin: the
// rune as a little-endian uint32, then its four emission log
// probabilities (B, M, E, S) as little-endian float64 bits
// (internal/data/gen/hmm.go writes it).
const emitRecord = 4 + 4*8

// loadHMM reads the emission table vendored from gse.
func loadHMM() (*hmmModel, error) {
	const name = "hmm/emit.bin"
	b := data.MustRead(name)
	n := len(b) / emitRecord
	if len(b)%emitRecord != 0 || n == 0 || n >= math.MaxUint16 {
		return nil, fmt.Errorf("segment: %s: %d bytes, not 1 to %d records of %d", name, len(b), math.MaxUint16-1, emitRecord)
	}
	first := rune(binary.LittleEndian.Uint32(b))
	last := rune(binary.LittleEndian.Uint32(b[(n-1)*emitRecord:]))
	if last < first || last-first > 1<<20 {
		return nil, fmt.Errorf("segment: %s: runes %U to %U", name, first, last)
	}
	m := &hmmModel{
		first: first,
		index: make([]uint16, last-first+1),
		emit:  make([][4]float64, 1, n+1),
	}
	m.emit[0] = [4]float64{minFloat, minFloat, minFloat, minFloat}
	prev := first - 1
	for rec := b; len(rec) > 0; rec = rec[emitRecord:] {
		r := rune(binary.LittleEndian.Uint32(rec))
		if r <= prev {
			return nil, fmt.Errorf("segment: %s: rune %U after %U, not in increasing order", name, r, prev)
		}
		prev = r
		var e [4]float64
		for s := range e {
			e[s] = math.Float64frombits(binary.LittleEndian.Uint64(rec[4+8*s:]))
		}
		m.index[r-first] = uint16(len(m.emit))
		m.emit = append(m.emit, e)
	}
	return m, nil
}

// emission returns r's emission log probabilities by state.
func (m *hmmModel) emission(r rune) *[4]float64 {
	if i := uint(r - m.first); i < uint(len(m.index)) {
		return &m.emit[m.index[i]]
	}
	return &m.emit[0]
}

// appendCut appends the words of gse's HMMCut(text) to dst. As gse's Cut
// does, it takes off the front of the text, until none is left:
//
//   - a run of Han characters (regHan, \p{Han}+), cut by Viterbi;
//   - else a number with decimals or a run of ASCII letters and digits
//     (regSkip, (\d+\.\d+|[a-zA-Z0-9]+), the first alternative first), as
//     one word;
//   - else everything up to the next Han character or ASCII letter or
//     digit (locJudge), as one word.
//
// Positions step by runes as the regular expressions do (an invalid byte
// is one step), and the words are pieces of text.
func (m *hmmModel) appendCut(dst []string, text string) []string {
	for len(text) > 0 {
		r, size := utf8.DecodeRuneInString(text)
		var end int
		switch {
		case isHan(r):
			end = size
			for end < len(text) {
				r, size := utf8.DecodeRuneInString(text[end:])
				if !isHan(r) {
					break
				}
				end += size
			}
			dst = m.appendViterbi(dst, text[:end])
			text = text[end:]
			continue
		case isDigit(text[0]):
			end = skipDigits(text, 0)
			if end+1 < len(text) && text[end] == '.' && isDigit(text[end+1]) {
				end = skipDigits(text, end+1)
				break
			}
			fallthrough
		case isAlnum(text[0]):
			end = 1
			for end < len(text) && isAlnum(text[end]) {
				end++
			}
		default:
			end = size
			for end < len(text) {
				r, size := utf8.DecodeRuneInString(text[end:])
				if isHan(r) || isAlnum(text[end]) {
					break
				}
				end += size
			}
		}
		dst = append(dst, text[:end])
		text = text[end:]
	}
	return dst
}

// isHan is regHan's \p{Han}.
func isHan(r rune) bool {
	return r >= 0x2e80 && unicode.Is(unicode.Han, r) // the script starts at U+2E80
}

// isDigit is \d (ASCII only, as in Go's regular expressions).
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isAlnum is [a-zA-Z0-9].
func isAlnum(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// skipDigits returns the end of the digits of s from i.
func skipDigits(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// appendViterbi appends the words of gse's internalCut(run): the most
// probable states of the run's characters, with gse's arithmetic (the
// predecessor's probability plus the transition's plus the emission's, in
// that order) and gse's tie-break (it sorts by probability and then by the
// state's letter, both descending: on an equal probability S wins over M,
// M over E, E over B), then the characters from a B to the next E as one
// word, an S as one, and what is left after the last E or S as one. run is
// a run of Han characters (valid UTF-8).
func (m *hmmModel) appendViterbi(dst []string, run string) []string {
	n := utf8.RuneCountInString(run)
	// from[t] has bit s set when state s at character t comes from its
	// second possible predecessor: B from S (else E), M from B (else M),
	// E from M (else B), S from E (else S). Later it holds the states.
	var buf [128]uint8
	from := buf[:0]
	if n > len(buf) {
		from = make([]uint8, 0, n)
	}
	var v [4]float64
	for _, r := range run {
		em := m.emission(r)
		if len(from) == 0 {
			for s := range v {
				v[s] = em[s] + probStart[s]
			}
			from = append(from, 0)
			continue
		}
		var bits uint8
		var w [4]float64
		// B from E or S.
		if pE, pS := v[stateE]+transEB+em[stateB], v[stateS]+transSB+em[stateB]; pS >= pE {
			w[stateB], bits = pS, bits|1<<stateB
		} else {
			w[stateB] = pE
		}
		// M from M or B.
		if pM, pB := v[stateM]+transMM+em[stateM], v[stateB]+transBM+em[stateM]; pM >= pB {
			w[stateM] = pM
		} else {
			w[stateM], bits = pB, bits|1<<stateM
		}
		// E from B or M.
		if pB, pM := v[stateB]+transBE+em[stateE], v[stateM]+transME+em[stateE]; pM >= pB {
			w[stateE], bits = pM, bits|1<<stateE
		} else {
			w[stateE] = pB
		}
		// S from S or E.
		if pS, pE := v[stateS]+transSS+em[stateS], v[stateE]+transES+em[stateS]; pS >= pE {
			w[stateS] = pS
		} else {
			w[stateS], bits = pE, bits|1<<stateS
		}
		v = w
		from = append(from, bits)
	}
	// The last character's state is E or S (S on a tie); the others are
	// read back, each replacing its pointer bits.
	s := uint8(stateE)
	if v[stateS] >= v[stateE] {
		s = stateS
	}
	for t := n - 1; t >= 0; t-- {
		second := from[t]&(1<<s) != 0
		from[t] = s
		switch {
		case s == stateB && second, s == stateS && !second:
			s = stateS
		case s == stateB, s == stateS:
			s = stateE
		case s == stateM && second, s == stateE && !second:
			s = stateB
		default:
			s = stateM
		}
	}
	begin, next := 0, 0
	t := 0
	for i, r := range run {
		end := i + utf8.RuneLen(r)
		switch from[t] {
		case stateB:
			begin = i
		case stateE:
			dst = append(dst, run[begin:end])
			next = end
		case stateS:
			dst = append(dst, run[i:end])
			next = end
		}
		t++
	}
	if next < len(run) {
		dst = append(dst, run[next:])
	}
	return dst
}
