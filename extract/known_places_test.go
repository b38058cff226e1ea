package extract

import "testing"

// A listed hospital whose name holds no place gets its city's province;
// an unlisted one (仁济医院, Shanghai's too) and one with a place keep
// what the name says.
func TestPlacelessHospitalsListed(t *testing.T) {
	for _, tt := range []struct{ text, name, province string }{
		{"玛丽医院今日加开病床,应付流感高峰。", "玛丽医院", "香港特别行政区"},
		{"瑪麗醫院今日加開病床，應付流感高峰。", "玛丽医院", "香港特别行政区"},
		{"奇美医院今日举行院庆,院长致辞。", "奇美医院", "台湾省"},
		{"奇美醫院今日舉行院慶，院長致辭。", "奇美医院", "台湾省"},
		{"台大医院院长今日出席论坛。", "台大医院", "台湾省"},
		{"臺大醫院院長今日出席論壇。", "台大医院", "台湾省"},
		{"仁济医院院长今日出席论坛。", "仁济医院", ""},
		{"仁伯爵综合医院今日举行院庆。", "仁伯爵综合医院", "澳门特别行政区"},
		{"仁伯爵綜合醫院今日舉行院慶。", "仁伯爵综合医院", "澳门特别行政区"},
		{"镜湖医院今日开设新门诊。", "镜湖医院", "澳门特别行政区"},
		// A listed hospital after its district or city.
		{"沙田威尔斯亲王医院今日开设新病房。", "沙田威尔斯亲王医院", "香港特别行政区"},
		{"沙田威爾斯親王醫院今日開設新病房。", "沙田威尔斯亲王医院", "香港特别行政区"},
		{"淡水马偕医院今日举办义诊。", "淡水马偕医院", "台湾省"},
		{"淡水馬偕醫院今日舉辦義診。", "淡水马偕医院", "台湾省"},
		// A campus of a Taiwan system, not 林口县 of Heilongjiang; a
		// university's hospital named after it again, not 南华县 of Yunnan.
		{"林口长庚医院今日启用新大楼。", "林口长庚医院", "台湾省"},
		{"林口長庚醫院今日啟用新大樓。", "林口长庚医院", "台湾省"},
		{"大林慈济医院化疗中心重新启用。", "大林慈济医院", "台湾省"},
		{"永和耕莘医院今日举办健康讲座。", "永和耕莘医院", "台湾省"},
		{"永和耕莘醫院今日舉辦健康講座。", "永和耕莘医院", "台湾省"},
		{"新店耕莘医院院长致词。", "新店耕莘医院", "台湾省"},
		{"大林慈濟醫院化療中心重新啟用。", "大林慈济医院", "台湾省"},
		{"南华大学附属南华医院今日举行义诊。", "南华大学附属南华医院", "湖南省"},
		{"南華大學附屬南華醫院今日舉行義診。", "南华大学附属南华医院", "湖南省"},
	} {
		a := runArticle(t, tt.text)
		found := false
		for _, h := range a.Hospitals {
			if h.Name == tt.name {
				found = true
				if h.Province != tt.province {
					t.Errorf("%q: province of %s = %q, want %q", tt.text, h.Name, h.Province, tt.province)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s in %v", tt.text, tt.name, hospitalNames(a))
		}
	}
}

// A place's name that begins a gate's, road's or street's (广安门,
// 朝阳门, 中山路) is no place of the hospital: the name stays as written and
// only a place before it counts.
func TestLandmarkIsNoPlace(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"广安门医院专家今日到社区义诊。", "广安门医院", "", ""},
		{"廣安門醫院專家今日到社區義診。", "广安门医院", "", ""},
		{"北京朝阳门医院今日开设新门诊。", "北京朝阳门医院", "北京市", "北京市"},
		{"北京朝陽門醫院今日開設新門診。", "北京朝阳门医院", "北京市", "北京市"},
		{"南京中山路医院今日举行义诊。", "南京中山路医院", "江苏省", "南京市"},
		{"南京中山路醫院今日舉行義診。", "南京中山路医院", "江苏省", "南京市"},
		// The place itself, a level or nothing after it, still counts.
		{"广安市人民医院今日举行义诊。", "广安市人民医院", "四川省", "广安市"},
		{"廣安市人民醫院今日舉行義診。", "广安市人民医院", "四川省", "广安市"},
	})
}

// The mainland's hospitals known by a name without a place, and the
// hospitals of national institutions, stand in their cities; a name
// known as one hospital's is one before 的 too.
func TestNationallyKnownHospitals(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"华西医院的专家今日到县里义诊。", "华西医院", "四川省", "成都市"},
		{"華西醫院的專家今日到縣裡義診。", "华西医院", "四川省", "成都市"},
		{"天坛医院的专家今日到县里义诊。", "天坛医院", "北京市", "北京市"},
		{"天壇醫院的專家今日到縣裡義診。", "天坛医院", "北京市", "北京市"},
		{"积水潭医院的医生为患者做了手术。", "积水潭医院", "北京市", "北京市"},
		{"積水潭醫院的醫生為患者做了手術。", "积水潭医院", "北京市", "北京市"},
		// 解放 of 解放军 is the army, not 解放区 of 焦作.
		{"解放军总医院第一医学中心今日开展义诊。", "解放军总医院", "北京市", "北京市"},
		{"解放軍總醫院第一醫學中心今日開展義診。", "解放军总医院", "北京市", "北京市"},
		{"中国中医科学院西苑医院今日开展义诊。", "中国中医科学院西苑医院", "北京市", "北京市"},
		{"中國中醫科學院西苑醫院今日開展義診。", "中国中医科学院西苑医院", "北京市", "北京市"},
	})
}
