package segment

import (
	"math"
	"reflect"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/go-ego/gse"
	"github.com/vcaesar/cedar"
)

// cutDAG is gse's Cut(text, true) — the most probable path through the
// graph of dictionary words, with runs of single characters handed to
// gse's HMM — computed the same way with less work per character, and
// returning the same words (TestCutDAGMatchesGse, FuzzCutDAG).
//
// gse's own cut keeps the graph and the routes in maps keyed by position,
// converts every candidate word from runes to a string and then to bytes
// to look it up, and looks each word up twice (once to build the graph,
// once to weigh it): 60 % of its time went to that bookkeeping and 23 %
// of ingest's CPU to the cut. Here the graph and routes are slices, a
// word is looked up once, as a slice of the text's bytes, and its
// frequency kept with it.
//
// The runs of single characters are cut by cutRun, which appends their
// words: hmmModel.appendCut (gse's HMMCut, rewritten: hmm.go).
//
// The words that start at one position are found in one walk down the
// dictionary's trie, a character further at each step (dictWords), where
// gse's Find walked it again from the root for every longer word.
//
// scratch (may be nil) holds the slices of an earlier call, reused: a
// text is cut piece by piece, and the graph of every piece was a sixth of
// all that ingest allocated. The words returned are in scratch too, valid
// until the next call with it.
func cutDAG(seg *gse.Segmenter, words dictWords, cutRun func(dst []string, run string) []string, str string, scratch *dagScratch) []string {
	if scratch == nil {
		scratch = new(dagScratch)
	}
	if gse.ToLower {
		str = strings.ToLower(str)
	}
	if !utf8.ValidString(str) {
		// gse works on the text's runes: each invalid byte is one U+FFFD.
		str = string([]rune(str))
	}
	n := utf8.RuneCountInString(str)
	if n == 0 {
		return []string{}
	}
	// off[k] is the byte offset of rune k; off[n] is len(str).
	off := scratch.off[:0]
	for i := range str {
		off = append(off, i)
	}
	off = append(off, len(str))
	scratch.off = off
	b := append(scratch.bytes[:0], str...)
	scratch.bytes = b

	// The graph: for each start k, the ends i of the dictionary words
	// str[k:i+1] with a frequency, in increasing order, as gse's getDag
	// lists them; a start with none gets the single character, weighed
	// by what the dictionary says of it.
	edges := scratch.edges[:0]
	first := grow(scratch.first, n+1) // edges[first[k]:first[k+1]] start at k
	scratch.first = first
	for k := 0; k < n; k++ {
		first[k] = len(edges)
		var oneFreq float64
		var oneOK bool
		node := 0 // the trie's node for the word str[k:i]
		for i := k; i < n; i++ {
			var freq float64
			var ok bool
			node, freq, ok = words.extend(node, b[off[k]:off[i+1]], off[i]-off[k])
			if i == k {
				oneFreq, oneOK = freq, ok
			}
			if !ok {
				break
			}
			if freq > 0 {
				edges = append(edges, edge{end: i, freq: freq, ok: true})
			}
		}
		if len(edges) == first[k] {
			edges = append(edges, edge{end: k, freq: oneFreq, ok: oneOK})
		}
	}
	first[n] = len(edges)
	scratch.edges = edges

	// The best route from each start, from the end backwards, with gse's
	// arithmetic and tie-break (the later end wins an equal weight).
	routes := grow(scratch.routes, n+1)
	scratch.routes = routes
	routes[n] = route{}
	logT := math.Log(seg.Dict.TotalFreq())
	for k := n - 1; k >= 0; k-- {
		for j, e := range edges[first[k]:first[k+1]] {
			var f float64
			if e.ok {
				f = math.Log(e.freq) - logT + routes[e.end+1].freq
			} else {
				f = math.Log(1.0) - logT + routes[e.end+1].freq
			}
			r := route{freq: f, end: e.end}
			if v := routes[k]; j == 0 || v.freq < r.freq || v.freq == r.freq && v.end < r.end {
				routes[k] = r
			}
		}
	}

	// Words along the route; runs of single characters go to the HMM,
	// unless the run is itself a dictionary word (then gse splits it into
	// its characters).
	result := scratch.words[:0]
	runStart := -1 // first rune of the pending run of single characters
	flush := func(end int) {
		if runStart < 0 {
			return
		}
		run := str[off[runStart]:off[end]]
		if end-runStart == 1 {
			result = append(result, run)
		} else if v, _, ok := seg.Dict.Find(b[off[runStart]:off[end]]); !ok || v == 0 {
			result = cutRun(result, run)
		} else {
			for _, r := range run {
				result = append(result, string(r))
			}
		}
		runStart = -1
	}
	for x := 0; x < n; {
		y := routes[x].end + 1
		if y-x == 1 {
			if runStart < 0 {
				runStart = x
			}
		} else {
			flush(x)
			result = append(result, str[off[x]:off[y]])
		}
		x = y
	}
	flush(n)
	scratch.words = result
	return result
}

// dagScratch is cutDAG's memory, kept from one call to the next.
type dagScratch struct {
	off    []int
	bytes  []byte
	edges  []edge
	first  []int
	routes []route
	words  []string
}

// edge is a dictionary word str[k:end+1] of cutDAG's graph.
type edge struct {
	end  int
	freq float64 // the word's frequency; the single character's when fallback
	ok   bool    // the dictionary knows the word (or the prefix)
}

// route is the best way on from a start: the end of its first word and
// the weight of the whole.
type route struct {
	freq float64
	end  int
}

// grow returns s with length n, reusing its array when it is big enough
// (the elements are then those left in it).
func grow[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}

// dictWords looks words up in gse's dictionary a character at a time.
type dictWords struct {
	dict *gse.Dictionary
	trie *cedar.Cedar // the dictionary's own trie; nil: look each word up whole
}

// newDictWords reaches the trie inside gse's Dictionary, which gse does not
// export: reflect finds the field, so a gse that renames or retypes it
// gives a nil trie (and words looked up whole, as before), not a crash.
// TestDictWordsReachesTrie fails then, so the loss is seen.
func newDictWords(dict *gse.Dictionary) dictWords {
	w := dictWords{dict: dict}
	f := reflect.ValueOf(dict).Elem().FieldByName("trie")
	if f.IsValid() && f.Type() == reflect.TypeFor[*cedar.Cedar]() {
		w.trie = *(**cedar.Cedar)(unsafe.Pointer(f.UnsafeAddr()))
	}
	return w
}

// extend answers what dict.Find(word) answers — the word's frequency, and
// whether the dictionary holds it or a longer word it begins — where the
// first done bytes of word were looked up already and led to node. It
// returns the node word leads to, for the next, longer word.
func (w dictWords) extend(node int, word []byte, done int) (int, float64, bool) {
	if w.trie == nil {
		freq, _, ok := w.dict.Find(word)
		return 0, freq, ok
	}
	to, err := w.trie.Jump(word[done:], node)
	if err != nil {
		return to, 0, false
	}
	v, err := w.trie.Value(to)
	if err != nil {
		// As Find: the beginning of a longer word, with no frequency.
		return to, 0, to != 0
	}
	return to, w.dict.Tokens[v].Freq(), true
}
