package extract

import "testing"

// A hospital placed in a province alone gets the city it stands in: a
// municipality is its own city, a hospital named after its province
// stands in the capital; one named after no place gets no city, and a
// city in the name wins over the rule.
func TestProvinceSeat(t *testing.T) {
	tests := []placeCase{
		{"北京协和医院现有职工4000名。", "北京协和医院", "北京市", "北京市"},
		{"北京協和醫院現有職工4000名。", "北京协和医院", "北京市", "北京市"},
		{"重庆市中医院党委下设12个党支部。", "重庆市中医院", "重庆市", "重庆市"},
		{"天津市第一中心医院現有職工4000名。", "天津市第一中心医院", "天津市", "天津市"},
		{"江西省人民医院现有职工4000名。", "江西省人民医院", "江西省", "南昌市"},
		{"江西省人民醫院現有職工4000名。", "江西省人民医院", "江西省", "南昌市"},
		{"河南省肿瘤医院党委下设40个党支部。", "河南省肿瘤医院", "河南省", "郑州市"},
		{"贵州省骨科醫院黨委下設9個黨支部。", "贵州省骨科医院", "贵州省", "贵阳市"},
		{"内蒙古自治区人民医院现有职工3000名。", "内蒙古自治区人民医院", "内蒙古自治区", "呼和浩特市"},
		// A county-level city under its province directly is its own city.
		{"湖北省仙桃市第一人民医院现有职工3000名。", "湖北省仙桃市第一人民医院", "湖北省", "仙桃市"},
		{"河南省濟源市人民醫院現有職工3000名。", "河南省济源市人民医院", "河南省", "济源市"},
		{"仙桃一医今天举办义诊。湖北省仙桃市第一人民医院", "湖北省仙桃市第一人民医院", "湖北省", "仙桃市"},
		// The city its name gives.
		{"江西省九江市第一人民医院现有职工3000名。", "江西省九江市第一人民医院", "江西省", "九江市"},
		// A university's hospital: the place its name begins with, then
		// the rule (上海 is a municipality).
		{"上海交通大学医学院附属新华医院现有职工3000名。", "上海交通大学医学院附属新华医院", "上海市", "上海市"},
		{"上海交通大學醫學院附屬新華醫院現有職工3000名。", "上海交通大学医学院附属新华医院", "上海市", "上海市"},
		{"第三军医大学西南医院现有职工3000名。", "第三军医大学西南医院", "重庆市", "重庆市"},
	}
	checkPlaces(t, tests)
}

// placeCase is a text and a hospital it names, with the province and
// city that hospital is placed in.
type placeCase struct{ text, name, province, city string }

// checkPlaces runs each text and checks the named hospital's place.
func checkPlaces(t *testing.T, cases []placeCase) {
	t.Helper()
	for _, tt := range cases {
		a := runArticle(t, tt.text)
		found := false
		for _, h := range a.Hospitals {
			if h.Name != tt.name {
				continue
			}
			found = true
			if h.Province != tt.province || h.City != tt.city {
				t.Errorf("%q: %s in %q %q, want %q %q", tt.text, h.Name, h.Province, h.City, tt.province, tt.city)
			}
		}
		if !found {
			t.Errorf("%q: no %s in %v", tt.text, tt.name, hospitalNames(a))
		}
	}
}

func TestProvinceSeatOf(t *testing.T) {
	tests := []struct{ province, name, want string }{
		{"上海市", "瑞金医院", "上海市"},
		{"甘肃省", "甘肃省妇幼保健院", "兰州市"},
		{"甘肃省", "甘肃中医药大学附属医院", "兰州市"},
		{"广西壮族自治区", "广西医科大学第一附属医院", "南宁市"},
		{"内蒙古自治区", "内蒙古医科大学附属医院", "呼和浩特市"},
		// Named after no place: no city.
		{"江苏省", "苏北人民医院", ""},
		{"台湾省", "台湾大学医学院附设医院", ""},
		{"香港特别行政区", "香港玛丽医院", ""},
	}
	for _, tt := range tests {
		if got := provinceSeat(tt.province, tt.name); got != tt.want {
			t.Errorf("provinceSeat(%s, %s) = %q, want %q", tt.province, tt.name, got, tt.want)
		}
	}
}
