package extract

import "testing"

// Two entries of a numbered list are two hospitals, the main hospital
// and its branch alike; in prose the names still join.
func TestListEntriesAreDistinct(t *testing.T) {
	checkHospitals(t, []hospitalCase{
		{"评比结果如下:\n1.仁爱纪念医院\n2.新竹仁爱医院\n3.高雄长庚医院\n", []string{"仁爱纪念医院", "新竹仁爱医院", "高雄长庚医院"}},
		{"評比結果如下:\n1.仁愛紀念醫院\n2.新竹仁愛醫院\n3.高雄長庚醫院\n", []string{"仁爱纪念医院", "新竹仁爱医院", "高雄长庚医院"}},
		{"评比结果如下:\n1.光华综合医院\n2.新竹光华医院\n", []string{"光华综合医院", "新竹光华医院"}},
	})
	d := &Doc{runes: []rune("名单:\n12.甲医院\n乙医院参加\n")}
	for _, tt := range []struct {
		m    Mention
		want bool
	}{
		{Mention{Start: 7, End: 10}, true},
		{Mention{Start: 11, End: 14}, false},
	} {
		if got := wholeEntry(d, tt.m); got != tt.want {
			t.Errorf("wholeEntry(%q) = %v, want %v", string(d.runes[tt.m.Start:tt.m.End]), got, tt.want)
		}
	}
}
