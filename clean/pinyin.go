package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"zhnews/internal/rx"
)

// stripPinyin removes pinyin annotations that some sites print after
// characters (精準(zhǔn) → 精準, also 精準(zhǔn ), 精準 (zhǔn), 精準（zhǔn）,
// 精準(zhun3)) and keeps every other parenthesis: (许芬 刘振), (试行),
// (市), (2021), (2021年), (HIS), (英语:…).
//
// An annotation is a parenthesis right after a Han character holding one
// to four syllables that are well-formed pinyin (initial + final, tone
// marks allowed). An annotation without tone marks (的(de)) is removed
// only in company, because a lone "(a)" or "(an)" is more likely a label
// than pinyin: when the text carries tone-marked annotations too, or
// when it carries many toneless ones of several syllables (a mirror that
// prints 上(shang)海(hai) without tones; labels are few, and of one
// letter: (a), (b)).
type stripPinyin struct{}

func (stripPinyin) Name() string { return "strip-pinyin" }

var (
	// A parenthesis (ASCII or full width) of latin letters with pinyin's
	// vowels, tone marks or tone numbers (zhun3), separated by spaces or
	// apostrophes, spaces inside the parenthesis allowed (zhǔn ); it
	// follows a Han character, with or without a space (see annotations).
	pinyinParen = rx.MustCompile(`^[(（]\s*([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]+[1-5]?(?:(?:['’]|\s+)[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]+[1-5]?){0,3})\s*[)）]`)
	// One syllable: optional initial, then a final (a generous list: it
	// needs to refuse English words, not to police pinyin spelling).
	pinyinSyllable = rx.MustCompile(`^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|üan|ai|ei|ao|ou|an|en|in|un|ün|vn|er|ia|ie|iu|ua|uo|ui|üe|ve|ue|a|o|e|ê|i|u|ü|v|n|ng|m)r?$`)
	toneMarks      = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
	toneless       = strings.NewReplacer("ā", "a", "á", "a", "ǎ", "a", "à", "a", "ē", "e", "é", "e", "ě", "e", "è", "e",
		"ī", "i", "í", "i", "ǐ", "i", "ì", "i", "ō", "o", "ó", "o", "ǒ", "o", "ò", "o", "ū", "u", "ú", "u", "ǔ", "u", "ù", "u",
		"ǖ", "ü", "ǘ", "ü", "ǚ", "ü", "ǜ", "ü", "ń", "n", "ň", "n", "ǹ", "n", "ḿ", "m")
)

// isPinyin reports whether s is one to four pinyin syllables and how it
// carries its tone: marked (zhǔn) or numbered (zhun3). A numbered
// syllable of one letter (a1) is a label, not pinyin.
func isPinyin(s string) (ok, marked, numbered bool) {
	marked = strings.ContainsAny(s, toneMarks)
	plain := toneless.Replace(strings.ToLower(s))
	for _, syl := range strings.FieldsFunc(plain, func(r rune) bool { return unicode.IsSpace(r) || r == '\'' || r == '’' }) {
		if t := strings.TrimRight(syl, "12345"); t != syl {
			if len(t) < 2 {
				return false, marked, true
			}
			numbered, syl = true, t
		}
		if !pinyinSyllable.MatchString(syl) {
			return false, marked, numbered
		}
	}
	return true, marked, numbered
}

// minTonelessMirror is how many distinct toneless notes of several letters
// make a text a pinyin mirror without tones.
const minTonelessMirror = 6

func (stripPinyin) Apply(text string, rep *Report) string {
	text, labelled := withoutLabelledNotes(text)
	rep.Count(countPinyin, labelled)
	if !hasAnyRune(text, "(（") {
		return text
	}
	matches := annotations(text)
	if len(matches) == 0 {
		return text
	}
	toned := 0
	plainNotes := map[string]bool{} // the distinct toneless notes of two letters or more
	for i := range matches {
		m := &matches[i]
		inner := text[m.inner[0]:m.inner[1]]
		m.pinyin, m.toned, m.numbered = isPinyin(inner)
		if m.pinyin && (m.toned || m.numbered) {
			toned++
		} else if m.pinyin && len(inner) >= 2 && len(plainNotes) < minTonelessMirror {
			plainNotes[strings.ToLower(inner)] = true
		}
	}
	if len(plainNotes) >= minTonelessMirror {
		toned = max(toned, 2) // a toneless mirror: its notes are pinyin
	}
	// The text less its notes: one buffer of the text's size, made when
	// the first note goes (a text whose parentheses are no notes is
	// returned as it is).
	var out strings.Builder
	last, removed := 0, 0
	for _, m := range matches {
		// A tone mark is pinyin's own; a tone number or no tone is pinyin
		// only in the company of other annotations (方案(a), 型号(B2)).
		if !m.pinyin || (!m.toned && toned < 2) {
			continue
		}
		if removed == 0 {
			out.Grow(len(text))
		}
		out.WriteString(text[last:m.start]) // up to and with the Han character
		last = m.end
		removed++
	}
	if removed == 0 {
		return text
	}
	out.WriteString(text[last:])
	res := out.String()
	if toned >= 2 && strings.ContainsAny(res, "?\uFFFD") {
		var orphans int
		res, orphans = withoutOrphanNotes(res)
		removed += orphans
	}
	rep.Count(countPinyin, removed)
	return res
}

// orphanNote: a mirror's note whose character and opening parenthesis the
// page's encoding turned into one question mark or U+FFFD (嚴(yán) read
// as ?yán)): the mark, tone-marked pinyin and the closing parenthesis.
var orphanNote = rx.MustCompile(`([?\x{FFFD}])([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]+(?:\s+[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]+){0,3})[)）]`)

// withoutOrphanNotes drops orphaned notes in a text that is a pinyin
// mirror (its other notes were removed), keeping the mark where the lost
// character stood. Only a tone-marked note goes: a question mark before
// a plain word and a bracket ("why?not)") is no note.
func withoutOrphanNotes(text string) (string, int) {
	return cutMatches(text, orphanNote.FindAllStringSubmatchIndex(text, -1), func(m []int) (int, int, bool) {
		ok, marked, _ := isPinyin(text[m[4]:m[5]])
		return m[3], m[1], ok && marked // the mark stays
	})
}

// cutMatches returns text less the span that cut picks from each match,
// where it says to cut, and how many it cut. The text is copied only when
// one goes.
func cutMatches(text string, matches [][]int, cut func(m []int) (from, to int, ok bool)) (string, int) {
	var out strings.Builder
	n, last := 0, 0
	for _, m := range matches {
		from, to, ok := cut(m)
		if !ok {
			continue
		}
		if n == 0 {
			out.Grow(len(text))
		}
		out.WriteString(text[last:from])
		last = to
		n++
	}
	if n == 0 {
		return text, 0
	}
	out.WriteString(text[last:])
	return out.String(), n
}

// annotation is a parenthesis of latin letters right after a Han
// character: text[start:end] is the parenthesis, text[inner[0]:inner[1]]
// its letters.
type annotation struct {
	start, end    int
	inner         [2]int
	pinyin, toned bool // read by isPinyin; toned: a tone mark
	numbered      bool // a tone number
}

// annotations finds the candidate annotations of text from its opening
// parentheses: testing each parenthesis is much cheaper than trying an
// expression at every Han character.
func annotations(text string) []annotation {
	var out []annotation
	for off := 0; off < len(text); {
		i := indexParen(text[off:])
		if i < 0 {
			break
		}
		p := off + i
		// 精準 (zhǔn): a space or two between the character and its note.
		// A note may repeat the one before it (區(qu)(qu): mirrors print
		// some twice), and goes with it.
		before := strings.TrimRight(text[:p], " ")
		r, _ := utf8.DecodeLastRuneInString(before)
		repeated := len(out) > 0 && out[len(out)-1].end == len(before)
		if (isHan(r) || repeated) && p-len(before) <= 2 {
			if loc := pinyinParen.FindStringSubmatchIndex(text[p:]); loc != nil {
				out = append(out, annotation{start: len(before), end: p + loc[1], inner: [2]int{p + loc[2], p + loc[3]}})
				off = p + loc[1]
				continue
			}
		}
		_, size := utf8.DecodeRuneInString(text[p:])
		off = p + size
	}
	return out
}

// indexParen is strings.IndexAny(s, "(（") by bytes: the opening
// parenthesis is one byte, the full-width one three starting with 0xEF,
// and neither byte can stand inside another character's encoding.
func indexParen(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '(' || s[i] == 0xEF && strings.HasPrefix(s[i:], "（") {
			return i
		}
	}
	return -1
}

func isHan(r rune) bool { return r >= 0x2E80 && unicode.Is(unicode.Han, r) }

// labelledNote: a note that names what it gives, as content farms print
// them inside a word (始(拼音:jiàn)建, 更名{pinyin:míng}, 河【练:hé】医大,
// 为(繁:爲)): a label, a colon, and the reading or the other script's
// character, in any bracket.
var labelledNote = rx.MustCompile(`[(（{【\[]\s*(拼音|pinyin|Pinyin|注音|读音|讀音|练|練|繁|繁体|繁體|简|簡)\s*[:：]\s*([^()（）{}【】\[\]:：]{1,24}?)\s*[)）}】\]]`)

// withoutLabelledNotes drops labelled notes whose content is what the
// label says: tone-marked pinyin, or for 繁/简 one or two Han characters.
// Anything else in such a bracket (练:习题) stays.
func withoutLabelledNotes(text string) (string, int) {
	return cutMatches(text, labelledNote.FindAllStringSubmatchIndex(text, -1), func(m []int) (int, int, bool) {
		return m[0], m[1], isLabelledContent(text[m[2]:m[3]], text[m[4]:m[5]])
	})
}

func isLabelledContent(label, inner string) bool {
	switch label {
	case "繁", "繁体", "繁體", "简", "簡":
		count := utf8.RuneCountInString(inner)
		for _, r := range inner {
			if !isHan(r) {
				return false
			}
		}
		return count >= 1 && count <= 2
	}
	ok, marked, numbered := isPinyin(inner)
	return ok && (marked || numbered)
}
