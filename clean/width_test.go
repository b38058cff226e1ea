package clean

import (
	"strings"
	"testing"

	"golang.org/x/text/width"
)

// oldFold is foldWidth as width.Fold and a map of the separators.
func oldFold(s string) string {
	return strings.Map(foldSeparator, width.Fold.String(s))
}

// TestFoldRune: folding rune by rune gives, for every rune, what
// width.Fold and the separator map give.
func TestFoldRune(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		if got, want := string(foldRune(r)), oldFold(string(r)); got != want {
			t.Errorf("foldRune(U+%04X) = %q, want %q", r, got, want)
		}
	}
}

func FuzzFoldWidth(f *testing.F) {
	for _, s := range []string{"ＡＢＣ１２３，青山", "王晓明∕台南", "ｶﾞ", "\xff全角ａ", "首页│新闻"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := foldWidth{}.Apply(s, &Report{})
		want := width.Fold.String(s)
		if hasSeparatorLookalike(want) {
			want = strings.Map(foldSeparator, want)
		}
		if got != want {
			t.Errorf("foldWidth(%q) = %q, want %q", s, got, want)
		}
	})
}
