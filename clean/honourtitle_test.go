package clean

import (
	"strings"
	"testing"
)

// A hospital's honour roll whose lines end in 医院 keeps them: they are
// honours, not the masthead's name.
func TestHonourRollLinesStay(t *testing.T) {
	for _, in := range []string{
		"青州市人民医院所获荣誉\n\n省级文明单位\n\n全国优质护理百佳医院\n\n全省人文关怀品牌医院\n\n改善医疗服务示范医院\n\n全国文明单位\n",
		"青州市人民醫院所獲榮譽\n\n省級文明單位\n\n全國優質護理百佳醫院\n\n全省人文關懷品牌醫院\n\n改善醫療服務示範醫院\n\n全國文明單位\n",
	} {
		a, err := New().Clean("t.txt", []byte(in))
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"全国优质护理百佳医院", "全省人文关怀品牌医院", "改善医疗服务示范医院"} {
			if !strings.Contains(a.Text, want) {
				t.Errorf("text of %q lacks %q: %q", in[:20], want, a.Text)
			}
		}
	}
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"全国优质护理百佳医院", true},
		{"改善医疗服务创新医院", true},
		{"青州市人民医院", false},
	} {
		if got := honourTitle.MatchString(tt.line); got != tt.want {
			t.Errorf("honourTitle(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
