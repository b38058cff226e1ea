package clean

import (
	"strings"
	"testing"
)

// A picture's labelled caption or credit in brackets, set into a
// paragraph or on a line of its own, and a lost picture's placeholder are
// no part of the story; an unlabelled bracket is.
func TestLabelledCaptionsAndPlaceholders(t *testing.T) {
	c := New()
	for _, tc := range []struct {
		name, dump string
		keep, drop []string
	}{
		{"inline caption", "青山医院获国家品质奖\n\n青山医院今日获颁国家品质奖。【图:评审委员与院长合影】院长表示感谢全院同仁的努力。\n院方将持续改善服务品质,并扩大服务范围。\n",
			[]string{"青山医院今日获颁国家品质奖。院长表示感谢全院同仁的努力。"}, []string{"评审委员与院长合影"}},
		{"inline caption, traditional", "青山醫院獲國家品質獎\n\n青山醫院今日獲頒國家品質獎。【圖：評審委員與院長合影】院長表示感謝全院同仁的努力。\n院方將持續改善服務品質，並擴大服務範圍。\n",
			[]string{"青山医院今日获颁国家品质奖。院长表示感谢全院同仁的努力。"}, []string{"评审委员与院长合影"}},
		{"credit on its own line and a placeholder", "青山医院获国家品质奖\n\n青山医院今日获颁国家品质奖,院长表示感谢全院同仁的努力。\n(图:记者王晓明摄)\n文章插图\n院方将持续改善服务品质,并扩大服务范围。\n",
			[]string{"院方将持续改善服务品质"}, []string{"记者王晓明摄", "文章插图"}},
		{"credit on its own line and a placeholder, traditional", "青山醫院獲國家品質獎\n\n青山醫院今日獲頒國家品質獎，院長表示感謝全院同仁的努力。\n(圖:記者王曉明攝)\n文章插圖\n院方將持續改善服務品質，並擴大服務範圍。\n",
			[]string{"院方将持续改善服务品质"}, []string{"记者王晓明摄", "文章插图"}},
		{"an unlabelled bracket stays", "青山医院获国家品质奖\n\n青山医院今日获颁国家品质奖(见图1),院长表示感谢全院同仁的努力。\n院方将持续改善服务品质,并扩大服务范围。\n",
			[]string{"国家品质奖(见图1)"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := c.Clean("caption.txt", []byte(tc.dump))
			if err != nil {
				t.Fatal(err)
			}
			for _, k := range tc.keep {
				if !strings.Contains(a.Text, k) {
					t.Errorf("text lost %q:\n%s", k, a.Text)
				}
			}
			for _, d := range tc.drop {
				if strings.Contains(a.Text, d) {
					t.Errorf("text keeps %q:\n%s", d, a.Text)
				}
			}
		})
	}
}
