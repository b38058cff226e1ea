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
		// A university named after a person or a region stands in its seat.
		{"中山大学附属第一医院现有职工2000人。", "中山大学附属第一医院", "广东省", "广州市"},
		{"中山大學附屬第一醫院現有職工2000人。", "中山大学附属第一医院", "广东省", "广州市"},
		{"中南大学湘雅医院现有职工2000人。", "中南大学湘雅医院", "湖南省", "长沙市"},
		{"中南大學湘雅醫院現有職工2000人。", "中南大学湘雅医院", "湖南省", "长沙市"},
		{"中山医学大学附设医院今日举办义诊。", "中山医学大学附设医院", "台湾省", "台中市"},
		{"中山醫學大學附設醫院今日舉辦義診。", "中山医学大学附设医院", "台湾省", "台中市"},
		// After 附属 or 附设, the place the hospital is built in; not a
		// person's name a hospital bears (中山医院), nor a memorial's.
		{"中山大学附属惠州医院现有职工2000人。", "中山大学附属惠州医院", "广东省", "惠州市"},
		{"中山大學附屬惠州醫院現有職工2000人。", "中山大学附属惠州医院", "广东省", "惠州市"},
		{"复旦大学附属中山医院现有职工2000人。", "复旦大学附属中山医院", "上海市", ""},
		{"復旦大學附屬中山醫院現有職工2000人。", "复旦大学附属中山医院", "上海市", ""},
		{"中國醫藥大學北港附設醫院今日舉辦義診。", "中国医药大学北港附设医院", "台湾省", "云林县"},
		{"中国医药大学北港附设医院今日举办义诊。", "中国医药大学北港附设医院", "台湾省", "云林县"},
		{"高雄醫學大學附設中和紀念醫院今日舉辦義診。", "高雄医学大学附设中和纪念医院", "台湾省", "高雄市"},
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
