package extract

import (
	"testing"

	"zhnews/clean/opencc"
)

// A university's hospital named after another place (某某大学深圳医院)
// stands in that place; one named after the university alone, or with its
// own words after 大学 (附属第一医院, 人民医院), stands where the
// university's name says.
func TestUniversityHospitalPlace(t *testing.T) {
	g := loadGazetteer()
	tests := []struct {
		text, name, province, city string
	}{
		{"北京大学深圳医院党委下设32个党支部。", "北京大学深圳医院", "广东省", "深圳市"},
		{"北京大學深圳醫院黨委下設32個黨支部。", "北京大学深圳医院", "广东省", "深圳市"},
		{"香港大学深圳医院现有职工2000人。", "香港大学深圳医院", "广东省", "深圳市"},
		{"青岛大学附属医院现有职工2000人。", "青岛大学附属医院", "山东省", "青岛市"},
		{"苏州大学附属第一医院现有职工2000人。", "苏州大学附属第一医院", "江苏省", "苏州市"},
		{"北京大学人民医院现有职工2000人。", "北京大学人民医院", "北京市", ""},
	}
	for _, tt := range tests {
		var found bool
		for _, m := range FindHospitals(opencc.Default().ToSimplified(tt.text), g) {
			if m.Ref || m.Name != tt.name {
				continue
			}
			found = true
			if m.Place == nil || m.Place.Province != tt.province || m.Place.City != tt.city && tt.city != "" {
				t.Errorf("%s: place %+v, want %s %s", tt.name, m.Place, tt.province, tt.city)
			}
		}
		if !found {
			t.Errorf("%q: no %s found", tt.text, tt.name)
		}
	}
}
