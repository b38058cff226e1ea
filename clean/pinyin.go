package clean

import (
	"regexp"
	"strings"
	"unicode"
)

// stripPinyin removes pinyin annotations that some sites print after
// characters (精準(zhǔn) → 精準) and keeps every other parenthesis:
// (许芬 刘振), (试行), (市), (2021), (HIS).
//
// An annotation is a parenthesis right after a Han character holding one
// to four syllables that are well-formed pinyin (initial + final, tone
// marks allowed). An annotation without tone marks (的(de)) is removed
// only when the text carries tone-marked annotations too, because a lone
// "(a)" or "(an)" is more likely a label than pinyin.
type stripPinyin struct{}

func (stripPinyin) Name() string { return "strip-pinyin" }

var (
	// A Han character, then a parenthesis (ASCII or full width) of latin
	// letters with pinyin's vowels, separated by spaces or apostrophes.
	pinyinAnnotation = regexp.MustCompile(`(\p{Han})[(（]([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]+(?:['’ ][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]+){0,3})[)）]`)
	// One syllable: optional initial, then a final (a generous list: it
	// needs to refuse English words, not to police pinyin spelling).
	pinyinSyllable = regexp.MustCompile(`^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|üan|ai|ei|ao|ou|an|en|in|un|ün|vn|er|ia|ie|iu|ua|uo|ui|üe|ve|ue|a|o|e|ê|i|u|ü|v|n|ng|m)r?$`)
	toneMarks      = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
	toneless       = strings.NewReplacer("ā", "a", "á", "a", "ǎ", "a", "à", "a", "ē", "e", "é", "e", "ě", "e", "è", "e",
		"ī", "i", "í", "i", "ǐ", "i", "ì", "i", "ō", "o", "ó", "o", "ǒ", "o", "ò", "o", "ū", "u", "ú", "u", "ǔ", "u", "ù", "u",
		"ǖ", "ü", "ǘ", "ü", "ǚ", "ü", "ǜ", "ü", "ń", "n", "ň", "n", "ǹ", "n", "ḿ", "m")
)

// isPinyin reports whether s is one to four pinyin syllables and whether
// it carries a tone mark.
func isPinyin(s string) (ok, toned bool) {
	toned = strings.ContainsAny(s, toneMarks)
	plain := toneless.Replace(strings.ToLower(s))
	for _, syl := range strings.FieldsFunc(plain, func(r rune) bool { return r == ' ' || r == '\'' || r == '’' }) {
		if !pinyinSyllable.MatchString(syl) {
			return false, toned
		}
	}
	return true, toned
}

func (stripPinyin) Apply(text string, rep *Report) string {
	if !strings.ContainsAny(text, "(（") {
		return text
	}
	matches := pinyinAnnotation.FindAllStringSubmatchIndex(text, -1)
	if len(matches) == 0 {
		return text
	}
	toned := 0
	for _, m := range matches {
		if _, t := isPinyin(text[m[4]:m[5]]); t {
			toned++
		}
	}
	var out strings.Builder
	last, removed := 0, 0
	for _, m := range matches {
		ok, t := isPinyin(text[m[4]:m[5]])
		if !ok || (!t && toned < 2) {
			continue
		}
		out.WriteString(text[last:m[3]]) // up to and with the Han character
		last = m[1]
		removed++
	}
	out.WriteString(text[last:])
	rep.Count(countPinyin, removed)
	return out.String()
}

func isHan(r rune) bool { return r >= 0x2E80 && unicode.Is(unicode.Han, r) }
