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
	if !utf8.ValidString(text) {
		// width.Fold keeps invalid bytes as they are, where building
		// the text rune by rune would write U+FFFD.
		text = width.Fold.String(text)
		if hasSeparatorLookalike(text) {
			return strings.Map(foldSeparator, text)
		}
		return text
	}
	// width.Fold maps each rune on its own, and so does foldSeparator:
	// the text is folded rune by rune, in one pass, and returned as it
	// is when no rune changes (TestFoldRune checks every rune).
	for i, r := range text {
		if foldRune(r) == r {
			continue
		}
		var b strings.Builder
		b.Grow(len(text))
		b.WriteString(text[:i])
		for _, r := range text[i:] {
			b.WriteRune(foldRune(r))
		}
		return b.String()
	}
	return text
}

// foldRune is what foldWidth makes of one rune: its folded width, then
// the slash or bar for a look-alike.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf || r >= 0x4E00 && r <= 0x9FFF {
		return r // ASCII and the CJK Unified Ideographs fold to themselves
	}
	if f := width.LookupRune(r).Folded(); f != 0 {
		r = f
	}
	return foldSeparator(r)
}
