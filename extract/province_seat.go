package extract

import (
	"strings"
	"unicode/utf8"
)

// A hospital whose place is a province names no city, yet it stands in
// one, and readers know which: a municipality's hospital (北京协和医院,
// 上海市第七人民医院) stands in the municipality, which is its own city;
// a province's own hospital, named after the province (甘肃省人民医院,
// 山东省中医院, 湖北省妇幼保健院), stands in the province's capital, as
// nearly all do. provinceCapitals is that general knowledge, for the
// provinces and autonomous regions of the mainland; Taiwan, Hong Kong
// and Macau have no such rule.
var provinceCapitals = map[string]string{
	"河北省": "石家庄市", "山西省": "太原市", "内蒙古自治区": "呼和浩特市", "辽宁省": "沈阳市", "吉林省": "长春市",
	"黑龙江省": "哈尔滨市", "江苏省": "南京市", "浙江省": "杭州市", "安徽省": "合肥市", "福建省": "福州市",
	"江西省": "南昌市", "山东省": "济南市", "河南省": "郑州市", "湖北省": "武汉市", "湖南省": "长沙市",
	"广东省": "广州市", "广西壮族自治区": "南宁市", "海南省": "海口市", "四川省": "成都市", "贵州省": "贵阳市",
	"云南省": "昆明市", "西藏自治区": "拉萨市", "陕西省": "西安市", "甘肃省": "兰州市", "青海省": "西宁市",
	"宁夏回族自治区": "银川市", "新疆维吾尔自治区": "乌鲁木齐市",
}

// municipalities are the provinces that are cities.
var municipalities = map[string]bool{"北京市": true, "上海市": true, "天津市": true, "重庆市": true}

// provinceSeat returns the city of a hospital named name whose place is
// the province alone: the municipality itself, or the capital of a
// province whose name (甘肃省, 甘肃, 广西) begins the hospital's; "" for
// any other.
func provinceSeat(province, name string) string {
	if municipalities[province] {
		return province
	}
	capital, ok := provinceCapitals[province]
	if !ok {
		return ""
	}
	if strings.HasPrefix(name, province) {
		return capital
	}
	// The short form: the province without its level (甘肃 of 甘肃省), or
	// a region's first two characters (广西, 新疆, 内蒙古 is three).
	short := strings.TrimSuffix(province, "省")
	if short == province {
		short = string([]rune(province)[:2])
		if strings.HasPrefix(province, "内蒙古") {
			short = "内蒙古"
		}
	}
	if utf8.RuneCountInString(short) >= 2 && strings.HasPrefix(name, short) {
		return capital
	}
	return ""
}
