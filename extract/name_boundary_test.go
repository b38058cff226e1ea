package extract

import "testing"

// Where a hospital's name begins and what it stands for: a place's
// hospitals in general (各大医院) are no name, a preposition glued to a
// name is not part of it, a university's numbered short form (北医三院)
// is its full name, and a leader named before the post makes the
// hospital one of the story. Each case in both scripts.
func TestNameBoundaries(t *testing.T) {
	checkHospitals(t, []hospitalCase{
		// The hospitals of a place in general.
		{"协和医院门诊量居北京市各大医院前列。", []string{"协和医院"}},
		{"協和醫院門診量居北京市各大醫院前列。", []string{"协和医院"}},
		{"台南各大医院调度得宜,同仁医院尤其出力。", []string{"同仁医院"}},
		{"臺南各大醫院調度得宜，同仁醫院尤其出力。", []string{"同仁医院"}},
		// A name of one character and 和 (养和医院) as a list's last item,
		// after the list's conjunction: the conjunction is no part of it,
		// and the 和 is the name's.
		{"卫生局表扬青山市人民医院、绿水县中医院及恒和医院。", []string{"青山市人民医院", "绿水县中医院", "恒和医院"}},
		{"衛生局表揚青山市人民醫院、綠水縣中醫院及恆和醫院。", []string{"青山市人民医院", "绿水县中医院", "恒和医院"}},
		{"专家来自青山市人民医院和恒和医院。", []string{"青山市人民医院", "恒和医院"}},
		{"專家來自青山市人民醫院和恆和醫院。", []string{"青山市人民医院", "恒和医院"}},
		// A hospital group's registered name, verbs and adjectives in it,
		// before its 集团: the hospital is named with it.
		{"我们参观了东山康养健康集团北岭中心医院。", []string{"东山康养健康集团北岭中心医院"}},
		{"我們參觀了東山康養健康集團北嶺中心醫院。", []string{"东山康养健康集团北岭中心医院"}},
		{"广西康泰健康集团南宁中心医院召开职工大会。", []string{"广西康泰健康集团南宁中心医院"}},
		{"廣西康泰健康集團南寧中心醫院召開職工大會。", []string{"广西康泰健康集团南宁中心医院"}},
		// A group named in another phrase before the name is not its part.
		{"他们组建了健康集团,青山市人民医院是成员。", []string{"青山市人民医院"}},
		{"他們組建了健康集團，青山市人民醫院是成員。", []string{"青山市人民医院"}},
		// 是 glued to the noun before it (奖是): the copula, no part of the
		// name after it.
		{"王院长说,这个奖是香港大学深圳医院的荣誉。", []string{"香港大学深圳医院"}},
		{"王院長說，這個獎是香港大學深圳醫院的榮譽。", []string{"香港大学深圳医院"}},
		{"那个奖是北京大学第一医院全体职工的荣誉。", []string{"北京大学第一医院"}},
		{"那個獎是北京大學第一醫院全體職工的榮譽。", []string{"北京大学第一医院"}},
		// 由 glued to the name after it.
		{"交接仪式由同仁医院院长主持。", []string{"同仁医院"}},
		{"交接儀式由同仁醫院院長主持。", []string{"同仁医院"}},
		// 据, 经 before a level's hospital: the preposition, and the level's
		// hospital is the one the article named in full.
		{"甲州人民医院新院启用。据州人民医院党委书记介绍,新院年底开诊。", []string{"甲州人民医院"}},
		{"甲州人民醫院新院啟用。據州人民醫院黨委書記介紹，新院年底開診。", []string{"甲州人民医院"}},
		{"乙市人民医院新楼落成。经市人民医院党委研究,新楼下月启用。", []string{"乙市人民医院"}},
		{"乙市人民醫院新樓落成。經市人民醫院黨委研究，新樓下月啟用。", []string{"乙市人民医院"}},
		// A county whose first character gse cuts off as a verb (灌/南县):
		// the county in full, not the shorter county inside it (南县, 湖南).
		{"灌南县人民医院召开职工大会。", []string{"江苏省灌南县人民医院"}},
		{"灌南縣人民醫院召開職工大會。", []string{"江苏省灌南县人民医院"}},
		{"专家组前往灌阳县人民医院义诊。", []string{"广西壮族自治区灌阳县人民医院"}},
		{"專家組前往灌陽縣人民醫院義診。", []string{"广西壮族自治区灌阳县人民医院"}},
		// The aided hospital, the paired one: a part, no name.
		{"本轮帮扶的受援医院为红安县中医院。", []string{"湖北省红安县中医院"}},
		{"本輪幫扶的受援醫院為紅安縣中醫院。", []string{"湖北省红安县中医院"}},
		{"两家结对医院签订协议,红安县人民医院院长出席。", []string{"湖北省红安县人民医院"}},
		{"兩家結對醫院簽訂協議，紅安縣人民醫院院長出席。", []string{"湖北省红安县人民医院"}},
		// A university's numbered short form, with no full name in the text.
		{"北医三院骨科团队昨日完成一例手术。", []string{"北京大学第三医院"}},
		{"北醫三院骨科團隊昨日完成一例手術。", []string{"北京大学第三医院"}},
		{"华西二院儿科开设夜间门诊。", []string{"四川大学华西第二医院"}},
		{"華西二院兒科開設夜間門診。", []string{"四川大学华西第二医院"}},
		{"兰大二院骨科开设夜间门诊。", []string{"兰州大学第二医院"}},
		{"蘭大二院骨科開設夜間門診。", []string{"兰州大学第二医院"}},
		// A place's numbered short form before its party committee.
		{"会上,鄞州二院党委书记作报告。", []string{"宁波市鄞州区第二人民医院"}},
		{"會上，鄞州二院黨委書記作報告。", []string{"宁波市鄞州区第二人民医院"}},
		// A parent the text names in full only inside its branch's name,
		// then by its short form: the branch stands in its own place.
		{"南京医科大学附属无锡医院江阴分院揭牌,无锡医院院长出席。", []string{"南京医科大学附属无锡医院江阴分院", "南京医科大学附属无锡医院"}},
		{"南京醫科大學附屬無錫醫院江陰分院揭牌，無錫醫院院長出席。", []string{"南京医科大学附属无锡医院江阴分院", "南京医科大学附属无锡医院"}},
		// A region written short with its level after (新疆自治区) is the
		// region in full.
		{"新疆自治区人民医院专家赴南疆义诊。", []string{"新疆维吾尔自治区人民医院"}},
		{"新疆自治區人民醫院專家赴南疆義診。", []string{"新疆维吾尔自治区人民医院"}},
		{"广西自治区人民医院专家开展义诊。", []string{"广西壮族自治区人民医院"}},
		{"廣西自治區人民醫院專家開展義診。", []string{"广西壮族自治区人民医院"}},
		// Who is thanked, and what a ministry will do, are said before
		// the name: no part of it.
		{"林董事长说,谢谢新光医院团队长期支持。", []string{"新光医院"}},
		{"林董事長說，謝謝新光醫院團隊長期支持。", []string{"新光医院"}},
		{"黄太太表示,谢谢慈济医院团队。", []string{"慈济医院"}},
		{"黃太太表示，謝謝慈濟醫院團隊。", []string{"慈济医院"}},
		{"卫福部将医院依规模分级。", nil},
		{"衛福部將醫院依規模分級。", nil},
		// After an organisation, a county's short form is the hospital's
		// place; a hospital 改制为 another is known by the new name.
		{"副署长陈某主持行政院卫生署金门医院揭牌。", []string{"行政院卫生署金门医院"}},
		{"副署長陳某主持行政院衛生署金門醫院揭牌。", []string{"行政院卫生署金门医院"}},
		{"澎湖县立医院今天改制为卫生福利部澎湖医院。澎湖县立医院院长致辞。", []string{"卫生福利部澎湖医院"}},
		{"澎湖縣立醫院今天改制為衛生福利部澎湖醫院。澎湖縣立醫院院長致詞。", []string{"卫生福利部澎湖医院"}},
		// A branch written as its place and its parent's name.
		{"成大医院云林分院今日举行院长交接,成大医院院长监交,斗六成大医院同仁出席。", []string{"成大医院云林分院", "成大医院"}},
		{"成大醫院雲林分院今日舉行院長交接，成大醫院院長監交，斗六成大醫院同仁出席。", []string{"成大医院云林分院", "成大医院"}},
		// A short name that stands for one hospital; not the words it
		// begins (华西村, 华西都市报).
		{"患者转到华西就诊,华西专家会诊后手术成功。", []string{"四川大学华西医院"}},
		{"患者轉到華西就診，華西專家會診後手術成功。", []string{"四川大学华西医院"}},
		{"北大医院的专家来到县里义诊,北大人民医院也派出团队。", []string{"北京大学第一医院", "北京大学人民医院"}},
		{"北大醫院的專家來到縣裡義診，北大人民醫院也派出團隊。", []string{"北京大学第一医院", "北京大学人民医院"}},
		{"徐医附院获得第五届全国文明单位荣誉称号。", []string{"徐州医科大学附属医院"}},
		{"徐醫附院獲得第五屆全國文明單位榮譽稱號。", []string{"徐州医科大学附属医院"}},
		{"华西村党委书记介绍了华西都市报的报道。", nil},
		{"華西村黨委書記介紹了華西都市報的報導。", nil},
		// Two branches under one parent and one 分院, each then written by
		// its own part; a listed short name's branch named after a town.
		{"台北荣总苏澳及员山分院院长今日出席,苏澳分院将增设病床,员山分院维持现状。", []string{"台北荣民总医院苏澳分院", "台北荣民总医院员山分院"}},
		{"台北榮總蘇澳及員山分院院長今日出席，蘇澳分院將增設病床，員山分院維持現狀。", []string{"台北荣民总医院苏澳分院", "台北荣民总医院员山分院"}},
		{"北荣凤林分院院长澄清并未关床。", []string{"台北荣民总医院凤林分院"}},
		{"北榮鳳林分院院長澄清並未關床。", []string{"台北荣民总医院凤林分院"}},
		// The hospital's people named with 的 after it act in the story.
		{"安泰医院昨日开幕。陈医师带领慈济医院的30多名同仁加入筹建。", []string{"安泰医院", "慈济医院"}},
		{"安泰醫院昨日開幕。陳醫師帶領慈濟醫院的30多名同仁加入籌建。", []string{"安泰医院", "慈济医院"}},
		// A mental hospital named 精神卫生中心.
		{"上海市精神卫生中心今年开放床位2000张。", []string{"上海市精神卫生中心"}},
		{"上海市精神衛生中心今年開放床位2000張。", []string{"上海市精神卫生中心"}},
		// A city's hospital for infectious diseases under its other names;
		// a service centre (公共卫生服务中心) and a bare 公共卫生中心 are none.
		{"青山市公共卫生临床医疗中心今年开放床位800张。", []string{"青山市公共卫生临床医疗中心"}},
		{"青山市公共衛生臨床醫療中心今年開放床位800張。", []string{"青山市公共卫生临床医疗中心"}},
		{"绿水市公共卫生医疗中心党委书记出席。", []string{"绿水市公共卫生医疗中心"}},
		{"綠水市公共衛生醫療中心黨委書記出席。", []string{"绿水市公共卫生医疗中心"}},
		{"绿水市公共卫生医疗救治中心开放床位1200张。", []string{"绿水市公共卫生医疗救治中心"}},
		{"绿水区公共卫生服务中心开展义诊。", nil},
		{"綠水市公共衛生中心發布通知。", nil},
		// A hospital the text calls another's predecessor is that one.
		{"1950年创办的茶陵县卫生院,便是今日茶陵县人民医院的前身。茶陵县人民医院现有职工800人。", []string{"湖南省茶陵县人民医院"}},
		{"1950年創辦的茶陵縣衛生院，便是今日茶陵縣人民醫院的前身。茶陵縣人民醫院現有職工800人。", []string{"湖南省茶陵县人民医院"}},
		// The university's name a hospital takes at a ceremony is its
		// second name; the hospital keeps its own.
		{"湛江市中心医院昨日举行揭牌仪式,正式成为“广东医科大学附属湛江医院”。", []string{"湛江市中心医院"}},
		{"湛江市中心醫院昨日舉行揭牌儀式，正式成為「廣東醫科大學附屬湛江醫院」。", []string{"湛江市中心医院"}},
		// A tie or an owner before 医院 is no name; what is furthered
		// (共谋医院发展, 弘扬医院文化) neither.
		{"台中医院举行院庆,西非姐妹医院也传来贺电。", []string{"台中医院"}},
		{"台中醫院舉行院慶，西非姊妹醫院也傳來賀電。", []string{"台中医院"}},
		{"民主党派凝心聚力共谋医院发展,弘扬医院文化。", nil},
		{"民主黨派凝心聚力共謀醫院發展，弘揚醫院文化。", nil},
		// A leader named before the post.
		{"市长感谢安泰医院林德明院长的协助。", []string{"安泰医院"}},
		{"市長感謝安泰醫院林德明院長的協助。", []string{"安泰医院"}},
	})
}

// The branch stands in the place its own words name, the parent where
// its university's name says, not in the place its short form spells.
func TestBranchAndParentPlaces(t *testing.T) {
	for _, text := range []string{
		"南京医科大学附属无锡医院江阴分院揭牌,无锡医院院长出席。",
		"南京醫科大學附屬無錫醫院江陰分院揭牌，無錫醫院院長出席。",
	} {
		got := map[string]string{}
		for _, h := range runArticle(t, text).Hospitals {
			got[h.Name] = h.Province + "/" + h.City
		}
		want := map[string]string{"南京医科大学附属无锡医院江阴分院": "江苏省/无锡市", "南京医科大学附属无锡医院": "江苏省/南京市"}
		for n, w := range want {
			if got[n] != w {
				t.Errorf("%q: %s placed %q, want %q", text, n, got[n], w)
			}
		}
	}
}

// Branches stand in their own towns, not in the parent's city.
func TestBranchTowns(t *testing.T) {
	for _, text := range []string{
		"台北荣总苏澳及员山分院院长今日出席。北荣凤林分院院长也到场。",
		"台北榮總蘇澳及員山分院院長今日出席。北榮鳳林分院院長也到場。",
	} {
		got := map[string]string{}
		for _, h := range runArticle(t, text).Hospitals {
			got[h.Name] = h.Province + "/" + h.City
		}
		want := map[string]string{"台北荣民总医院苏澳分院": "台湾省/宜兰县", "台北荣民总医院员山分院": "台湾省/宜兰县", "台北荣民总医院凤林分院": "台湾省/花莲县"}
		for n, w := range want {
			if got[n] != w {
				t.Errorf("%q: %s placed %q, want %q", text, n, got[n], w)
			}
		}
	}
}
