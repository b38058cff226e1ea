package extract

import (
	"sort"
	"testing"
)

// Every hospital of a list of winners gets the honour, after the honour
// or before its verb; a list with anything but hospitals gives nothing.
func TestAwardWinners(t *testing.T) {
	tests := []struct {
		text string
		want []string // hospital: award
	}{
		{"其中「卓越机构」表彰整体表现优异之医疗机构,获奖机构包括甲市人民医院、乙县中医院及丙区妇幼保健院等。",
			[]string{"丙区妇幼保健院:卓越机构", "乙县中医院:卓越机构", "甲市人民医院:卓越机构"}},
		{"其中「卓越機構」表彰整體表現優異之醫療機構，獲獎機構包括甲市人民醫院、乙縣中醫院及丙區婦幼保健院等。",
			[]string{"丙区妇幼保健院:卓越机构", "乙县中医院:卓越机构", "甲市人民医院:卓越机构"}},
		{"甲市人民医院、乙县中医院和丙区妇幼保健院荣获“省级文明单位”称号。",
			[]string{"丙区妇幼保健院:省级文明单位", "乙县中医院:省级文明单位", "甲市人民医院:省级文明单位"}},
		{"甲市人民醫院、乙縣中醫院和丙區婦幼保健院榮獲「省級文明單位」稱號。",
			[]string{"丙区妇幼保健院:省级文明单位", "乙县中医院:省级文明单位", "甲市人民医院:省级文明单位"}},
		// The hospitals a verb of giving names as its object, the honour
		// after the last of them, quoted or not; siblings after a full name
		// by their kind alone.
		{"省文明委授予甲市人民医院、乙县中医院省级文明单位称号。",
			[]string{"乙县中医院:省级文明单位", "甲市人民医院:省级文明单位"}},
		{"省文明委授予甲市人民醫院、乙縣中醫院省級文明單位稱號。",
			[]string{"乙县中医院:省级文明单位", "甲市人民医院:省级文明单位"}},
		{"市卫健委授予丁研究院东城医院、南湖医院、眼科医院“先进集体”荣誉称号。",
			[]string{"丁研究院东城医院:先进集体", "南湖医院:先进集体", "眼科医院:先进集体"}},
		{"市衛健委授予丁研究院東城醫院、南湖醫院、眼科醫院「先進集體」榮譽稱號。",
			[]string{"丁研究院东城医院:先进集体", "南湖医院:先进集体", "眼科医院:先进集体"}},
		{"上级授予甲市人民医院先进单位称号,授予乙县中医院文明单位称号。",
			[]string{"乙县中医院:文明单位", "甲市人民医院:先进单位"}},
		// A place's own hospitals by their level alone stand in the list;
		// kinds of hospitals do not.
		{"市人民医院、市中医院和甲县人民医院荣获“省级文明单位”称号。",
			[]string{"市中医院:省级文明单位", "市人民医院:省级文明单位", "甲县人民医院:省级文明单位"}},
		{"市人民醫院、市中醫院和甲縣人民醫院榮獲「省級文明單位」稱號。",
			[]string{"市中医院:省级文明单位", "市人民医院:省级文明单位", "甲县人民医院:省级文明单位"}},
		{"省医院、乙市中心医院被授予“百佳医院”称号。", []string{"乙市中心医院:百佳医院", "省医院:百佳医院"}},
		{"三级医院、二级医院荣获“先进集体”称号。", nil},
		{"全市公立医院、县医院荣获“先进集体”称号。", nil},
		// Departments and persons in the list: no hospital's honour.
		{"其中「卓越团队」表彰优秀团队,获奖单位包括甲市人民医院心内科、乙县中医院骨科。", nil},
		{"心内科、骨科和儿科荣获“优质服务科室”称号。", nil},
	}
	for _, tt := range tests {
		_, facts := extractorFacts(t, award{}, tt.text)
		var got []string
		seen := map[string]bool{}
		for _, f := range facts {
			if f.Hospital == "" {
				continue
			}
			k := f.Hospital + ":" + f.Value.(string)
			if !seen[k] {
				seen[k] = true
				got = append(got, k)
			}
		}
		sort.Strings(got)
		if len(got) != len(tt.want) {
			t.Errorf("winners of %q = %v, want %v", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("winners of %q = %v, want %v", tt.text, got, tt.want)
				break
			}
		}
	}
}
