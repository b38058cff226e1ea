package extract

import (
	"reflect"
	"sort"
	"testing"
)

// A hospital said to be an edition's winner holds the honour the
// sentence named before it, or the one named with the winner.
func TestEditionWinners(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // "hospital award", sorted
	}{
		{"甲市医院今年荣获第22届某某品质奖,乙市医院为第13届得主。", []string{"乙市医院 某某品质奖", "甲市医院 某某品质奖"}},
		{"甲市醫院今年榮獲第22屆某某品質獎，乙市醫院為第13屆得主。", []string{"乙市医院 某某品质奖", "甲市医院 某某品质奖"}},
		{"乙市医院是第五届全国医院品质奖的得主。", []string{"乙市医院 全国医院品质奖"}},
		{"乙市醫院是第五屆全國醫院品質獎的得主。", []string{"乙市医院 全国医院品质奖"}},
		// A person of the hospital is the winner, not the hospital.
		{"乙市医院王医生为第五届名医奖得主。", nil},
	} {
		a := runArticle(t, tc.text)
		var got []string
		for _, f := range a.Facts {
			if f.Metric == "award" {
				got = append(got, f.Hospital+" "+f.Value.(string))
			}
		}
		sort.Strings(got)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
