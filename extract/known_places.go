package extract

import "strings"

// Hospitals of Taiwan and Hong Kong whose names hold no place (台大医院,
// 国泰医院, 玛丽医院, 伊利沙伯医院) stand in one city each, and the
// gazetteer cannot place them: their names are listed with it, as the
// short names are. Only names that are one hospital's across Chinese news
// are listed: not 仁济医院 (Shanghai's too), 东华医院 (Dongguan's), 博爱医院
// (many cities'), 协和医院.
var placelessHospitals = map[string]string{
	"台大医院": "台北市", "台湾大学医学院附设医院": "台北市", "国立台湾大学医学院附设医院": "台北市",
	"成大医院": "台南市", "国立成功大学医院": "台南市", "成功大学医学院附设医院": "台南市", "国立成功大学医学院附设医院": "台南市",
	"国泰医院": "台北市", "国泰综合医院": "台北市", "马偕医院": "台北市", "马偕纪念医院": "台北市",
	"新光医院": "台北市", "新光吴火狮纪念医院": "台北市", "振兴医院": "台北市", "万芳医院": "台北市",
	"奇美医院": "台南市", "郭综合医院": "台南市", "亚东医院": "新北市", "亚东纪念医院": "新北市",
	"双和医院": "新北市", "耕莘医院": "新北市", "光田综合医院": "台中市", "童综合医院": "台中市",
	"义大医院": "高雄市", "秀传纪念医院": "彰化县",
	// The mainland's hospitals known across the country by a name that
	// holds no place (四川大学华西医院 as 华西医院); not those whose name is
	// several cities' (协和医院, 同济医院, 中山医院, 人民医院).
	"华西医院": "成都市", "湘雅医院": "长沙市", "湘雅二医院": "长沙市", "湘雅三医院": "长沙市",
	"齐鲁医院": "济南市", "瑞金医院": "上海市", "华山医院": "上海市", "长海医院": "上海市",
	"长征医院": "上海市", "西京医院": "西安市", "唐都医院": "西安市", "宣武医院": "北京市",
	"天坛医院": "北京市", "安贞医院": "北京市", "阜外医院": "北京市", "积水潭医院": "北京市",
	"小汤山医院": "北京市", "南方医院": "广州市", "珠江医院": "广州市",
	// Hong Kong's public hospitals (the Hospital Authority's) and private ones.
	"玛丽医院": "香港", "伊利沙伯医院": "香港", "威尔斯亲王医院": "香港", "玛嘉烈医院": "香港",
	"广华医院": "香港", "律敦治医院": "香港", "葛量洪医院": "香港", "明爱医院": "香港",
	"屯门医院": "香港", "沙田医院": "香港", "将军澳医院": "香港", "天水围医院": "香港",
	"北大屿山医院": "香港", "基督教联合医院": "香港", "灵实医院": "香港", "荔枝角医院": "香港",
	"圣保禄医院": "香港", "养和医院": "香港", "嘉诺撒医院": "香港", "港怡医院": "香港",
	"宝血医院": "香港", "港安医院": "香港", "圣德肋撒医院": "香港",
	// Macau's public hospital (山顶医院 its popular name) and its private one.
	"仁伯爵综合医院": "澳门", "仁伯爵医院": "澳门", "山顶医院": "澳门", "镜湖医院": "澳门",
}

// regionPlace returns the gazetteer's place of a Taiwan or Hong Kong
// city's name, preferring it to a mainland place of the same name.
func (f hospitalFinder) regionPlace(city string) *Place {
	ps := f.g.Lookup(city)
	if len(ps) == 0 {
		return nil
	}
	p := ps[0]
	for _, q := range ps {
		if regionCodes[q.Province] != "" {
			p = q // 台中市 of Taiwan's, not a mainland place of the name
			break
		}
	}
	return &p
}

// placeListed gives a placeless mention of a listed hospital its city,
// and a campus of a Taiwan system (林口长庚医院) its campus's city where
// the gazetteer read a mainland place of the campus's name (林口县 of
// Heilongjiang).
func (f hospitalFinder) placeListed(ms []Mention) {
	for i := range ms {
		if ms[i].Ref {
			continue
		}
		if city := campusCity(ms[i].Name); city != "" && (ms[i].Place == nil || regionCodes[ms[i].Place.Province] == "") {
			ms[i].Place = f.regionPlace(city)
			continue
		}
		if ms[i].Place != nil {
			continue
		}
		if city, ok := placelessHospitals[ms[i].Name]; ok {
			ms[i].Place = f.regionPlace(city)
		} else if p := f.districtListed(ms[i].Name); p != nil {
			ms[i].Place = p
		}
	}
}

// districtListed places a listed hospital written after its district
// (沙田威尔斯亲王医院, 九龙广华医院, 台北马偕医院): the words before the
// listed name must be a place of the same region, so that a mainland
// namesake with a prefix (上海仁济医院) is not read as one. nil otherwise.
func (f hospitalFinder) districtListed(name string) *Place {
	for n := 1; n <= 4 && n < len([]rune(name)); n++ {
		prefix := string([]rune(name)[:n])
		city, ok := placelessHospitals[strings.TrimPrefix(name, prefix)]
		if !ok {
			continue
		}
		want := f.regionPlace(city)
		if want == nil {
			return nil
		}
		// A district is written without its 区 (沙田 for 沙田区).
		for _, q := range append(f.g.Lookup(prefix), f.g.Lookup(prefix+"区")...) {
			if q.Province == want.Province {
				return want
			}
		}
		return nil
	}
	return nil
}

// campusCity returns the city of the campus a name begins with
// (林口长庚医院: 桃园市), or "".
func campusCity(name string) string {
	for _, sys := range campusSystems {
		for place, city := range sys.campuses {
			if strings.HasPrefix(name, place+sys.short) {
				return city
			}
		}
	}
	return ""
}
