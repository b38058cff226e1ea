package extract

import (
	"strings"
	"testing"

	"zhnews/clean/opencc"
)

func TestPersonLed(t *testing.T) {
	tests := []struct {
		text, verb string
		want       bool
	}{
		{"其中,心内科王明主任长期深耕心衰领域,运用新技术辅助诊断,荣获某某银奖。", "荣获", true},
		{"其中，心內科王明主任長期深耕心衰領域，運用新技術輔助診斷，榮獲某某銀獎。", "荣获", true},
		{"外科李红医师推动微创手术,手术量名列全省第二。", "名列", true},
		// The hospital, a pronoun or a speaker's report: not the person's.
		{"院长王明介绍,近年来医院先后荣获全国文明单位。", "荣获", false},
		{"院长王明介绍,近年来先后荣获全国文明单位。", "荣获", false},
		{"王明主任带领团队攻坚,该院荣获某某奖。", "荣获", false},
		{"医院坚持以病人为中心,持续改善服务,荣获某某奖。", "荣获", false},
		{"某某医院心内科王明主任长期深耕,荣获某某奖。", "荣获", true},
	}
	for _, tt := range tests {
		text := opencc.Default().ToSimplified(tt.text)
		at := strings.Index(text, tt.verb)
		if got := personLed(text, at); got != tt.want {
			t.Errorf("personLed(%q) = %v, want %v", text, got, tt.want)
		}
	}
}
