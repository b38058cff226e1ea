package extract

import "testing"

// An honour's title that ends in 医院 is no hospital: the page's hospital
// keeps its honours, in both scripts.
func TestHonourTitleIsNoHospital(t *testing.T) {
	checkHospitals(t, []hospitalCase{
		{"青州市人民医院获评全省人文关怀品牌医院。", []string{"山东省青州市人民医院"}},
		{"青州市人民醫院獲評全省人文關懷品牌醫院。", []string{"山东省青州市人民医院"}},
		{"青州市人民医院所获荣誉\n全省诚信服务示范医院\n全国优质护理百佳医院\n省级文明单位\n", []string{"山东省青州市人民医院"}},
	})
	for _, tt := range []struct {
		stem, suffix string
		want         bool
	}{
		{"人文关怀品牌", "医院", true},
		{"改善服务创新", "医院", true},
		{"全国百佳", "医院", true},
		{"青州市人民", "医院", false},
		{"品牌", "中医院", false},
	} {
		if got := honourTitleSuffix(tt.stem, tt.suffix); got != tt.want {
			t.Errorf("honourTitleSuffix(%q, %q) = %v, want %v", tt.stem, tt.suffix, got, tt.want)
		}
	}
}
