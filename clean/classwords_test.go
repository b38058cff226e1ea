package clean

import (
	"regexp"
	"testing"
)

// The alternations the word tests replaced: the verdicts must not change.
var (
	refUnlikely = regexp.MustCompile(`(?i)comment|share|social|sns|related|recommend|footer|\bfoot\b|sidebar|side-bar|\bnav\b|navbar|menu|breadcrumb|copyright|banner|advert|\bad-|\bads\b|popup|modal|toolbar|pager|pagination|login|qrcode|reward|tags?-|hot-?news|rank|subscribe`)
	refLikely   = regexp.MustCompile(`(?i)article|content|main|body|text|detail|post|story|entry`)
)

func TestJudgeClass(t *testing.T) {
	tests := []struct {
		val              string
		unlikely, likely bool
	}{
		{"article-content", false, true},
		{"Footer", true, false},
		{"foot", true, false},
		{"footnote", false, false},
		{"page-foot clearfix", true, false},
		{"nav", true, false},
		{"canvas", false, false},
		{"top_nav", false, false}, // _ is a word byte: no boundary
		{"top-nav", true, false},
		{"ad-box", true, false},
		{"head-ad-box", true, false},
		{"load-more", false, false},
		{"ads", true, false},
		{"loads", false, false},
		{"tags-list", true, false},
		{"tag-cloud", true, false},
		{"HotNews", true, false},
		{"hot-news", true, false},
		{"comment-body", true, true},
		{"ShareBar", true, false},
		{"main_text", false, true},
		{"", false, false},
		{"文章 正文", false, false},
	}
	for _, tt := range tests {
		got := judgeClass(tt.val)
		if got.unlikely != tt.unlikely || got.likely != tt.likely {
			t.Errorf("judgeClass(%q) = %+v, want unlikely %v likely %v", tt.val, got, tt.unlikely, tt.likely)
		}
		if got.unlikely != refUnlikely.MatchString(tt.val) || got.likely != refLikely.MatchString(tt.val) {
			t.Errorf("judgeClass(%q) = %+v differs from the regular expressions", tt.val, got)
		}
	}
}

func FuzzJudgeClass(f *testing.F) {
	for _, s := range []string{"nav", "ad-x", "x_ads", "FOOT", "tags-", "hot-news"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := judgeClass(s)
		if got.unlikely != refUnlikely.MatchString(asciiLower(s)) || got.likely != refLikely.MatchString(asciiLower(s)) {
			t.Errorf("judgeClass(%q) = %+v differs from the regular expressions", s, got)
		}
	})
}

func TestCollapseSpace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  ", ""},
		{"医院", "医院"},
		{"a b", "a b"},
		{" a b ", "a b"},
		{"a\u3000\u00a0 b\n\tc", "a b c"},
		{"\ufeff标题\u200b", "标题"},
		{"a  b", "a b"},
		{"\xff a", "\xff a"},
		{"\xff  a\n", "\xff a"},
	}
	for _, tt := range tests {
		if got := collapseSpace(tt.in); got != tt.want {
			t.Errorf("collapseSpace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
