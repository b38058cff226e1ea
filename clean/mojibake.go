package clean

import (
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"zhnews/clean/opencc"
)

// repairMojibake repairs runs of GBK text that were decoded one byte out
// of step. Such a run begins where a byte was lost: the reader printed
// "?" for the orphaned lead byte and then paired every trail byte with
// the next lead byte, until an ASCII byte brought it back in step:
//
//	。”醫(   = A1A3 A1B1 E174 28
//	?!贬t(  = ?  A3A1 B1E1 74 28   (！ printed as ! once folded)
//
// The repair works on bytes, not on a table of seen strings: it encodes
// the run back to GBK (folded ASCII punctuation back to its full-width
// form, each "?" as an unknown byte), puts the lost byte in front, reads
// the bytes in step again and chooses each unknown byte so that the
// characters read are the likeliest ones: punctuation, then characters of
// the article's script. A run is replaced only when every character reads
// cleanly and the result scores clearly above the garbled text; the Report
// counts runs repaired and runs found but left alone.
type repairMojibake struct {
	conv *opencc.Converter
}

func (repairMojibake) Name() string { return "repair-mojibake" }

// maxRunRunes bounds a run: an out-of-step stretch ends at the next ASCII
// byte, which in Chinese prose comes soon (digits, parentheses, pinyin).
const maxRunRunes = 40

func (m repairMojibake) Apply(text string, rep *Report) string {
	if !strings.Contains(text, "?") {
		return text
	}
	script := m.conv.Script(text)
	runes := []rune(text)
	var out []rune
	repaired, failed := 0, 0
	for i := 0; i < len(runes); i++ {
		if !m.startsRun(runes, i) {
			out = append(out, runes[i])
			continue
		}
		fixed, consumed, trail, ok := m.repairRun(runes[i:], script)
		if !ok {
			failed++
			out = append(out, runes[i])
			continue
		}
		if trail != 0 && isCJKPunct(fixed[0]) {
			fixed[0] = m.reconsiderLead(fixed, trail, runes, i, consumed, script)
		}
		repaired++
		out = append(out, fixed...)
		i += consumed - 1
	}
	rep.Count(countMojibakeRepaired, repaired)
	rep.Count(countMojibakeUnrepaired, failed)
	if repaired == 0 {
		return text
	}
	return string(out)
}

// startsRun: a "?" after a Han character, CJK punctuation or the ")" of an
// annotation, followed by
// folded full-width punctuation or another "?". A question mark a writer
// typed is followed by a space, a quote, a line end or the next sentence.
func (repairMojibake) startsRun(r []rune, i int) bool {
	if r[i] != '?' || i == 0 || i+2 >= len(r) {
		return false
	}
	prev, next := r[i-1], r[i+1]
	if !isHan(prev) && !isCJKPunct(prev) && prev != ')' {
		return false
	}
	return next == '?' || strings.ContainsRune("!;,:！；，：？", next)
}

// looksLikeAnnotationTail: latin letters and a ")" soon after, the rest
// of a pinyin annotation whose "(" was lost.
func looksLikeAnnotationTail(r []rune) bool {
	for i := 0; i < len(r) && i < 12; i++ {
		switch c := r[i]; {
		case c == ')':
			return i > 0
		case c == ' ' || c >= 'a' && c <= 'z' || strings.ContainsRune(toneMarks+"ü", c):
		default:
			return false
		}
	}
	return false
}

// piece is one byte of a reconstructed run: a known byte, or an unknown
// one (known == false) that the repair chooses.
type piece struct {
	b     byte
	known bool
}

// repairRun tries to read r[0:n] (r[0] is the "?" of the lost byte) in
// step. It returns the repaired runes and how many runes of r they
// replace.
//
// trail is the known trail byte of the lost lead byte's pair, 0 when
// that byte was unknown too: reconsiderLead reads the pair again.
func (m repairMojibake) repairRun(r []rune, script string) (fixed []rune, consumed int, trail byte, ok bool) {
	// Collect the run: non-ASCII characters, "?" and folded punctuation.
	n := 1
	for n < len(r) && n < maxRunRunes {
		c := r[n]
		if c == '?' || strings.ContainsRune("!;,:", c) || (c >= 0x80 && c != '\n' && c != '\uFFFD') {
			n++
			continue
		}
		break
	}
	// Unknown "?"s after the first are a lost byte of their own, a folded
	// full-width question mark (A3BF), or at the end of the run a byte
	// dropped with the ASCII byte after it: try each, for up to four.
	var qs []int
	for i := 1; i < n; i++ {
		if r[i] == '?' {
			qs = append(qs, i)
		}
	}
	if len(qs) > 4 {
		return nil, 0, 0, false
	}
	before := m.score(r[:n], script)
	var best []rune
	var bestTrail piece // the trail byte of the lost lead byte's pair
	bestScore, bestLen := before+3, 0
	combos := 1
	for range qs {
		combos *= 3
	}
	for combo := 0; combo < combos; combo++ {
		kinds := map[int]int{}
		valid := true
		for k, c := 0, combo; k < len(qs); k, c = k+1, c/3 {
			kinds[qs[k]] = c % 3
			// A swallowed ASCII byte can only end a run: after it the
			// reader was back in step.
			if c%3 == qSwallow && qs[k] != n-1 {
				valid = false
			}
		}
		if !valid {
			continue
		}
		pieces := []piece{{}} // the lost lead byte
		ok := true
		for i := 1; i < n && ok; i++ {
			ok = appendPieces(&pieces, r[i], kinds[i])
		}
		if !ok {
			continue
		}
		used := n
		var tail []rune
		switch {
		case kinds[n-1] == qSwallow && len(qs) > 0 && qs[len(qs)-1] == n-1:
			// The last "?" was a lead byte whose trail was an ASCII
			// byte below 0x40; the reader dropped both. The ASCII byte
			// is lost: a "(" when a pinyin annotation follows, else
			// unknown.
			if len(pieces)%2 == 1 {
				continue
			}
			if looksLikeAnnotationTail(r[n:]) {
				tail = []rune{'('}
			} else {
				tail = []rune{utf8.RuneError}
			}
		case len(pieces)%2 == 1:
			// The last lead byte took the next ASCII character as its
			// trail byte (醫 = E1 74 = "t").
			if n >= len(r) || r[n] < 0x40 || r[n] > 0x7E {
				continue
			}
			pieces = append(pieces, piece{b: byte(r[n]), known: true})
			used++
		}
		fixed, ok := m.readInStep(pieces, script)
		if !ok {
			continue
		}
		s := m.score(fixed, script)
		if len(tail) == 1 && tail[0] == '(' {
			s += 2 // the annotation's "(" restored: the bytes fit exactly
		}
		if s > bestScore {
			best, bestScore, bestLen = append(fixed, tail...), s, used
			bestTrail = pieces[1]
		}
	}
	if best == nil {
		return nil, 0, 0, false
	}
	if !bestTrail.known {
		bestTrail.b = 0
	}
	return best, bestLen, bestTrail.b, true
}

// evidenceWindow bounds the text searched for a word's clean spelling:
// the page around a run, not all of a huge dump.
const evidenceWindow = 1 << 16

// reconsiderLead reads again the first character of a repaired run, whose
// lead byte was lost and whose trail byte is known. Punctuation scores
// above any character there, for a lost byte is most often the lead of
// 。 or “; but the same trail byte is also the trail of characters (海,
// 專 share 。's A3), and 。 then lands inside a word (某某省。口市). The
// page itself tells them apart: a word garbled once is mostly printed
// clean elsewhere, so a character c of that trail byte that stands
// before the run's next character, or after the character before the
// run, elsewhere in the text, is the one. Without such evidence, a 。
// right after an opening quote or bracket, or three characters or fewer
// before the next sentence's end, is no sentence's end: the character
// is marked unknown (U+FFFD) rather than guessed.
func (m repairMojibake) reconsiderLead(fixed []rune, trail byte, runes []rune, at, consumed int, script string) rune {
	punct := fixed[0]
	prev := runes[at-1]
	var next rune
	if len(fixed) > 1 {
		next = fixed[1]
	}
	// The characters of that trail byte, by lead byte, and how often each
	// stands by the run's neighbours elsewhere.
	var cands, counts [0xFF - 0x81]rune
	for lb := 0x81; lb <= 0xFE; lb++ {
		if c, ok := gbkRune(byte(lb), trail); ok && isHan(c) && m.charScore(c, script) >= 1 {
			cands[lb-0x81] = c
		}
	}
	lead := func(c rune) int { // c's slot in cands, -1 if none
		if !isHan(c) {
			return -1
		}
		for k, x := range cands {
			if x == c {
				return k
			}
		}
		return -1
	}
	lo, hi := max(0, at-evidenceWindow), min(len(runes), at+evidenceWindow)
	for k := lo; k+1 < hi; k++ {
		// a candidate before the run's next character, or after the
		// character before the run
		if isHan(next) && runes[k+1] == next {
			if l := lead(runes[k]); l >= 0 {
				counts[l]++
			}
		}
		if isHan(prev) && runes[k] == prev {
			if l := lead(runes[k+1]); l >= 0 {
				counts[l]++
			}
		}
	}
	best, bestN := rune(0), rune(0)
	for l, n := range counts {
		if n > bestN {
			best, bestN = cands[l], n
		}
	}
	if best != 0 {
		return best
	}
	if punct != '。' {
		return punct
	}
	if strings.ContainsRune("“‘「『《（【〈(", prev) {
		return utf8.RuneError
	}
	// The next sentence's end, counting the Han characters before it.
	han := 0
	rest := append(append([]rune{}, fixed[1:]...), runes[min(len(runes), at+consumed):min(len(runes), at+consumed+16)]...)
	for _, c := range rest {
		switch {
		case strings.ContainsRune("。！？!?", c):
			if han <= 3 {
				return utf8.RuneError
			}
			return punct
		case isHan(c):
			han++
		}
		if han > 3 {
			break
		}
	}
	return punct
}

// What a "?" after the first one in a run stood for.
const (
	qLost     = iota // a byte the reader could not pair: one unknown byte
	qQuestion        // a full-width question mark (A3BF), folded to "?"
	qSwallow         // an unknown byte and the ASCII byte the reader dropped with it
)

// appendPieces appends the GBK bytes that printed as c; kind says what a
// "?" stood for.
func appendPieces(p *[]piece, c rune, kind int) bool {
	switch {
	case c == '?' && kind == qQuestion:
		*p = append(*p, piece{0xA3, true}, piece{0xBF, true})
	case c == '?':
		*p = append(*p, piece{})
	case c < 0x80:
		// Folded full-width punctuation: ！ is A3A1, ； is A3BB.
		*p = append(*p, piece{0xA3, true}, piece{byte(c) + 0x80, true})
	default:
		b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(string(c)))
		if err != nil || len(b) != 2 {
			return false
		}
		*p = append(*p, piece{b[0], true}, piece{b[1], true})
	}
	return true
}

// readInStep reads pieces two at a time as GBK, choosing unknown bytes.
func (m repairMojibake) readInStep(p []piece, script string) ([]rune, bool) {
	var out []rune
	for i := 0; i+1 < len(p); i += 2 {
		lead, trail := p[i], p[i+1]
		if !lead.known && !trail.known {
			return nil, false
		}
		best, bestScore := rune(0), -100
		for _, lb := range candidates(lead, 0x81, 0xFE) {
			for _, tb := range candidates(trail, 0x40, 0xFE) {
				c, ok := gbkRune(lb, tb)
				if !ok {
					continue
				}
				if s := m.charScore(c, script); s > bestScore {
					best, bestScore = c, s
				}
			}
		}
		if best == 0 || bestScore < 1 {
			return nil, false
		}
		out = append(out, best)
	}
	return out, true
}

func candidates(p piece, lo, hi byte) []byte {
	if p.known {
		return []byte{p.b}
	}
	out := make([]byte, 0, int(hi-lo)+1)
	for b := int(lo); b <= int(hi); b++ {
		out = append(out, byte(b))
	}
	return out
}

func gbkRune(lead, trail byte) (rune, bool) {
	if lead < 0x81 || lead == 0xFF || trail < 0x40 || trail == 0x7F || trail == 0xFF {
		return 0, false
	}
	c := gbkTable()[int(lead-0x81)*gbkTrails+int(trail-0x40)]
	return c, c != 0
}

// gbkTrails is the number of trail bytes of a GBK pair (0x40–0xFE).
const gbkTrails = 0xFF - 0x40

// gbkTable holds every two-byte GBK character by lead and trail byte, 0
// for pairs that are none (or private use), decoded once with x/text:
// a repair tries up to 126 lead bytes for each lost one.
var gbkTable = sync.OnceValue(func() []rune {
	t := make([]rune, (0xFF-0x81)*gbkTrails)
	dec := simplifiedchinese.GBK.NewDecoder()
	for lead := 0x81; lead <= 0xFE; lead++ {
		for trail := 0x40; trail <= 0xFE; trail++ {
			if trail == 0x7F {
				continue
			}
			b, err := dec.Bytes([]byte{byte(lead), byte(trail)})
			if err != nil {
				continue
			}
			c, size := utf8.DecodeRune(b)
			if size != len(b) || c == utf8.RuneError || c >= 0xE000 && c <= 0xF8FF {
				continue
			}
			t[(lead-0x81)*gbkTrails+trail-0x40] = c
		}
	}
	return t
})

// charScore: how likely a character is in an article of the given script.
func (m repairMojibake) charScore(c rune, script string) int {
	switch {
	case isCJKPunct(c):
		// Above any character: a lost byte is most often the lead of
		// 。or “ (A1A3, A1B0), and ties go to punctuation.
		return 4
	case !isHan(c):
		return 0
	case script == "hant" && m.conv.IsTraditional(c), script == "hans" && m.conv.IsSimplified(c):
		return 3
	case script == "hant" && m.conv.IsSimplified(c), script == "hans" && m.conv.IsTraditional(c):
		return -2
	}
	return 1
}

func (m repairMojibake) score(rs []rune, script string) int {
	s := 0
	for _, c := range rs {
		if c == '?' {
			s--
			continue
		}
		s += m.charScore(c, script)
	}
	return s
}

// isCJKPunct: the punctuation of Chinese prose, full width.
func isCJKPunct(r rune) bool {
	return strings.ContainsRune("。，、；：！？“”‘’（）《》〈〉【】「」『』…—·", r)
}
