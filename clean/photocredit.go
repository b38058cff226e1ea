package clean

import (
	"strings"
	"unicode/utf8"

	"zhnews/internal/rx"
)

// A photo's caption stays in the text, the picture's words being the
// article's; the credit that closes it is the page's furniture, no
// sentence of anybody's: (记者王晓明摄), （某某社 王晓明摄）, (图/某某医院提供),
// 图/本报资料照片. photoCreditEnd strips it where it closes a caption or a
// paragraph after the sentence's end, or after a caption's words.

// bracketCredit: a credit in brackets at the end of the line (creditEnd's
// kinds of credit: 提供, 资料照, 摄, 截图).
var bracketCredit = rx.MustCompile(`\s*[(（][^()（）]{0,16}(?:提供|资料照|资料图|资料照片|摄|摄影|翻摄|截图)[)）]\s*$`)

// slashCredit: a picture's credit after the sentence's end, no bracket
// (…个案。图/本报资料照片, …。照片/某某医院提供).
var slashCredit = rx.MustCompile(`([。！？!?”」』])\s*(?:图|图片|照片|相片)\s*[/／]\s*[^。，,;；()（）/／]{2,16}$`)

// withoutPhotoCredit drops the credit that closes a caption or a
// paragraph; a line that is nothing but the credit is left as it is (the
// line classifier reads those as bylines and drops them).
func withoutPhotoCredit(t string) string {
	// A credit is a few characters at the line's end: the expressions,
	// anchored there, read only its tail, where on a long paragraph they
	// would try every position.
	off := tailStart(t, creditTail)
	tail := t[off:]
	if !hasAnyRune(tail, "摄供照图截") {
		return t
	}
	if loc := bracketCredit.FindStringIndex(tail); loc != nil && off+loc[0] > 0 && credited(t[:off+loc[0]]) {
		return strings.TrimSpace(t[:off+loc[0]])
	}
	if m := slashCredit.FindStringSubmatchIndex(tail); m != nil {
		return t[:off+m[3]]
	}
	if m := bareCredit.FindStringSubmatchIndex(tail); m != nil && (m[4] < 0 || isPersonName(tail[m[4]:m[5]])) {
		return t[:off+m[3]]
	}
	return t
}

// creditTail bounds, in bytes, the end of a line a credit stands in: the
// longest credit the expressions read is some 30 characters and spaces.
const creditTail = 160

// tailStart returns the offset of the last n bytes of s, moved on to the
// start of a character.
func tailStart(s string, n int) int {
	if len(s) <= n {
		return 0
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

// bareCredit: a credit with no bracket and no slash after the sentence's
// end: who gave the picture (…获奖证书。通讯员供图) or the photographer's name
// and 摄 (…合影留念。记者 王晓明 摄). The name is checked as a person's, so
// that a clause that ends in 摄 (…负责拍摄) is no credit.
var bareCredit = rx.MustCompile(`([。！？!?”」』])\s*(?:(?:本报|本台|本网)?(?:通讯员|记者|摄影记者|院方|医院|受访者|资料)\s*供图|(?:(?:本报|本台|本网)?(?:记者|通讯员|摄影记者|摄影)\s*)?(\p{Han}{2,4})\s*摄)$`)

// credited: what stands before a credit is a caption's or a sentence's
// words, not a name's or a number's (a credit that is all the line has).
func credited(before string) bool {
	return containsHan(before) && len([]rune(strings.TrimSpace(before))) >= 6
}

// galleryButtons: a photo gallery's buttons that a one-line dump left
// between the caption's sentence and the text's (…达到127%。 Previous Next
// 夏季…): the page's, no word of the article.
var galleryButtons = rx.MustCompile(`([。！？!?])\s+(?:(?:Previous|Prev|Next|上一张|下一张|上一幅|下一幅)\s+)+`)

// withoutGalleryButtons drops them, keeping the sentence end before them.
func withoutGalleryButtons(t string) string {
	if !strings.Contains(t, "Next") && !strings.Contains(t, "下一") {
		return t
	}
	return galleryButtons.ReplaceAllString(t, "$1")
}
