package clean

import "golang.org/x/text/width"

// foldWidth folds full-width ASCII (ＡＢＣ１２３，) and the ideographic
// space to their narrow forms, and half-width katakana to full width, with
// x/text's width.Fold. Numbers and names then read the same whichever
// width the reporter's input method produced.
type foldWidth struct{}

func (foldWidth) Name() string { return "fold-width" }

func (foldWidth) Apply(text string, _ *Report) string {
	return width.Fold.String(text)
}
