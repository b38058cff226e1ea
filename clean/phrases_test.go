package clean

import (
	"strings"
	"testing"
)

func TestPhraseSet(t *testing.T) {
	s := newPhraseSet([]string{"免责声明", "版权与免责声明", "不得转载", "©", "icp备"})
	tests := []struct {
		in    string
		count int
	}{
		{"某某网版权与免责声明", 2},
		{"未经许可不得转载,不得转载", 1},
		{"© 2021 青山医院", 1},
		{"青山医院今天举行大会。", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := s.count(tt.in); got != tt.count {
			t.Errorf("count(%q) = %d, want %d", tt.in, got, tt.count)
		}
		if got := s.any(tt.in); got != (tt.count > 0) {
			t.Errorf("any(%q) = %v", tt.in, got)
		}
	}
}

// The set agrees with a Contains per phrase on every mark list.
func TestPhraseSetAgreesWithContains(t *testing.T) {
	lines := []string{"大众网版权与免责声明", "Copyright © 青山医院 版权所有 皖ICP备0000号", "本站使用cookie以改善浏览体验", "注册时间:2019-01-01"}
	for _, list := range [][]string{disclaimerMarks, footerWords, noticeWords, forumWords} {
		s := newPhraseSet(list)
		for _, l := range lines {
			want := 0
			for _, p := range list {
				if strings.Contains(l, p) {
					want++
				}
			}
			if got := s.count(l); got != want {
				t.Errorf("count(%q) = %d, Contains finds %d", l, got, want)
			}
		}
	}
}
