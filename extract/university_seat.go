package extract

import "strings"

// A university's hospital is named after the university (中山大学附属第一
// 医院, 四川大学华西医院, 上海中医药大学附属岳阳中西医结合医院), and where
// the university's name begins with a place the gazetteer reads that place
// as the hospital's. For most universities that is right (青岛大学附属医院
// stands in 青岛), but some names hold no place (中南大学, 南方医科大学),
// a province only (四川大学, 浙江大学), or another place than the seat:
// 中山大学 and 中山医学大学 are named after Sun Yat-sen, not the city of
// 中山, and stand in 广州 and 台中. universitySeats gives those the city
// they stand in, as general knowledge the text does not state.
var universitySeats = map[string]string{
	// Named after a person or a region, not a place of the gazetteer's.
	"中山大学": "广州市", "中山医学大学": "台中市", "中南大学": "长沙市", "南方医科大学": "广州市",
	"暨南大学": "广州市", "复旦大学": "上海市", "同济大学": "上海市", "华中科技大学": "武汉市",
	"首都医科大学": "北京市", "北京协和医学院": "北京市", "清华大学": "北京市", "南开大学": "天津市",
	"东南大学": "南京市", "中国医科大学": "沈阳市", "中国科学技术大学": "合肥市", "中国药科大学": "南京市",
	"川北医学院": "南充市", "西南医科大学": "泸州市", "皖南医学院": "芜湖市", "赣南医学院": "赣州市",
	"湖北医药学院": "十堰市", "江苏大学": "镇江市", "长庚大学": "桃园市", "成功大学": "台南市",
	"阳明交通大学": "台北市", "慈济大学": "花莲县", "辅仁大学": "新北市", "中国医药大学": "台中市",
	"台湾大学": "台北市", "南华大学": "衡阳市", // 南华 the region, not 南华县 of Yunnan
	"中国科技大学": "合肥市", "空军军医大学": "西安市", "第四军医大学": "西安市", "陆军军医大学": "重庆市",
	"第三军医大学": "重庆市", "海军军医大学": "上海市", "第二军医大学": "上海市", "河北大学": "保定市",
	// A university's hospitals built in another city.
	"中山大学附属第五医院": "珠海市", "中山大学附属第七医院": "深圳市", "中山大学附属第八医院": "深圳市",
	"北京大学深圳医院": "深圳市", "香港大学深圳医院": "深圳市", "四川大学华西厦门医院": "厦门市",
	// Named after a province: the city is the province's capital.
	"四川大学": "成都市", "浙江大学": "杭州市", "山东大学": "济南市", "吉林大学": "长春市",
	"安徽医科大学": "合肥市", "福建医科大学": "福州市", "广西医科大学": "南宁市", "贵州医科大学": "贵阳市",
	"河北医科大学": "石家庄市", "山西医科大学": "太原市", "新疆医科大学": "乌鲁木齐市", "宁夏医科大学": "银川市",
	"内蒙古医科大学": "呼和浩特市", "海南医学院": "海口市", "海南医科大学": "海口市", "青海大学": "西宁市",
	"山东第一医科大学": "济南市", "山东中医药大学": "济南市", "浙江中医药大学": "杭州市", "河南中医药大学": "郑州市",
	"湖南中医药大学": "长沙市", "安徽中医药大学": "合肥市", "福建中医药大学": "福州市", "江西中医药大学": "南昌市",
	"辽宁中医药大学": "沈阳市", "黑龙江中医药大学": "哈尔滨市", "广西中医药大学": "南宁市", "云南中医药大学": "昆明市",
	"贵州中医药大学": "贵阳市", "湖北中医药大学": "武汉市", "河北中医药大学": "石家庄市", "甘肃中医药大学": "兰州市",
	"陕西中医药大学": "咸阳市", "湖南师范大学": "长沙市", "河南大学": "开封市",
	// National institutions whose hospitals and centres are named after
	// them and stand in the capital (解放军总医院第一医学中心, 中国医学科学院
	// 阜外医院, 中国中医科学院广安门医院).
	"中国人民解放军总医院": "北京市", "解放军总医院": "北京市", "中国医学科学院": "北京市",
	"中国中医科学院": "北京市", "中日友好医院": "北京市", "武警总医院": "北京市",
}

// universitySeat returns the city a hospital named after a university of
// universitySeats stands in: the longest of them that begins name.
func (f hospitalFinder) universitySeat(name string) (*Place, bool) {
	best := ""
	for u := range universitySeats {
		if len(u) > len(best) && strings.HasPrefix(name, u) {
			best = u
		}
	}
	if best == "" {
		return nil, false
	}
	for _, p := range f.g.Lookup(universitySeats[best]) {
		if p.Level == levelCity || p.Level == levelProvince && p.Province == p.Name && strings.HasSuffix(p.Name, "市") {
			return &p, true
		}
	}
	return nil, false
}

// placeOfName places a full name the text does not write (北医三院 stands
// for 北京大学第三医院): by the seat of its university, else by the place
// its name begins with.
func (f hospitalFinder) placeOfName(name string) *Place {
	if seat, ok := f.universitySeat(name); ok {
		return seat
	}
	if chain := placeChain(name, f.g); len(chain) > 0 {
		p := chain[len(chain)-1].place
		return &p
	}
	return nil
}
