package clean

import (
	"strings"

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

var separatorFold = strings.NewReplacer("∕", "/", "⁄", "/", "╱", "/", "│", "|", "┃", "|", "︱", "|", "￨", "|")

func (foldWidth) Apply(text string, _ *Report) string {
	return separatorFold.Replace(width.Fold.String(text))
}
