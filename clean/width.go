package clean

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// foldWidth folds full-width ASCII (ＡＢＣ１２３，) and the ideographic
// space to their narrow forms, and half-width katakana to full width, with
// x/text's width.Fold. Numbers and names then read the same whichever
// width the reporter's input method produced. The look-alikes of the
// slash and the bar that width.Fold leaves (the division slash of
// 記者王曉明∕台南報導, the fraction slash, a box-drawing bar between menu
// items) are folded to / and | for the same reason.
type foldWidth struct{}

func (foldWidth) Name() string { return "fold-width" }

// foldSeparator maps the look-alikes; strings.Map returns the string
// itself when no rune changes.
func foldSeparator(r rune) rune {
	switch r {
	case '∕', '⁄', '╱':
		return '/'
	case '│', '┃', '︱', '￨':
		return '|'
	}
	return r
}

// hasSeparatorLookalike: whether text holds a rune foldSeparator
// changes. Most texts hold none; every look-alike's UTF-8 starts with
// 0xE2 or 0xEF, so only those bytes are looked at.
func hasSeparatorLookalike(text string) bool {
	for _, lead := range []byte{0xE2, 0xEF} {
		for rest := text; ; {
			i := strings.IndexByte(rest, lead)
			if i < 0 {
				break
			}
			r, n := utf8.DecodeRuneInString(rest[i:])
			if foldSeparator(r) != r {
				return true
			}
			rest = rest[i+n:]
		}
	}
	return false
}

func (foldWidth) Apply(text string, _ *Report) string {
	text = width.Fold.String(text)
	if hasSeparatorLookalike(text) {
		return strings.Map(foldSeparator, text)
	}
	return text
}
