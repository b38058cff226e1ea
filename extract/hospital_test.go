package extract

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"zhnews"
	"zhnews/clean/opencc"
	"zhnews/segment"
)

// runArticle runs the extract stage over a text written in either script,
// converted to simplified as the cleaner would.
func runArticle(t testing.TB, text string) zhnews.Article {
	t.Helper()
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	text = opencc.Default().ToSimplified(text)
	a := zhnews.Article{Text: text}
	New().Run(&a, seg.Segment(text))
	return a
}

// hospitalCase is a text and the hospitals it reports on.
type hospitalCase struct {
	text string
	want []string
}

// checkHospitals runs each case through the extract stage and compares
// the hospitals it reports.
func checkHospitals(t *testing.T, cases []hospitalCase) {
	t.Helper()
	for _, tt := range cases {
		if got := hospitalNames(runArticle(t, tt.text)); !reflect.DeepEqual(got, tt.want) && len(got)+len(tt.want) > 0 {
			t.Errorf("hospitals of %q = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func hospitalNames(a zhnews.Article) []string {
	var out []string
	for _, h := range a.Hospitals {
		out = append(out, h.Name)
	}
	return out
}

// Names without a place of the gazetteer's: a proper name before the
// suffix (国泰医院), Taiwan's places, other suffixes; kinds of hospitals
// and common nouns before 医院 are no names.
func TestHospitalNamesFromTheLanguage(t *testing.T) {
	checkHospitals(t, []hospitalCase{
		{"昨日,同仁医院举办义诊活动。", []string{"同仁医院"}},
		{"昨日，長庚醫院舉辦義診活動。", []string{"长庚医院"}},
		// A name followed by one of the hospital's departments (某医院急症室),
		// and a name gse glued to the verb that sends a patient there.
		{"医管局表示,光明医院急症室昨日求诊人数上升。", []string{"光明医院"}},
		{"醫管局表示，光明醫院急症室昨日求診人數上升。", []string{"光明医院"}},
		{"病人已转往圣德肋撒医院接受治疗。", []string{"圣德肋撒医院"}},
		{"病人已轉往聖德肋撒醫院接受治療。", []string{"圣德肋撒医院"}},
		// A common noun's name dated right after (光明医院12日举办…).
		{"光明医院12日举办院庆。", []string{"光明医院"}},
		{"新光醫院3日公布年報。", []string{"新光医院"}},
		{"台北市立联合医院今年扩充病房。", []string{"台北市立联合医院"}},
		{"高雄市立大同醫院啟用新大樓。", []string{"高雄市立大同医院"}},
		{"某市职业病防治院开展体检。", nil},
		// A psychiatric hospital named a mental health centre.
		{"上海市崇明县精神卫生中心核定床位250张。", []string{"上海市崇明县精神卫生中心"}},
		{"杭州市精神衛生中心始建於1962年。", []string{"杭州市精神卫生中心"}},
		{"杭州市职业病防治院开展体检。", []string{"杭州市职业病防治院"}},
		// Korean and Japanese hospitals keep their own 病院 in Chinese news.
		{"韩国首尔峨山病院与我院签署协议。", []string{"韩国首尔峨山病院"}},
		{"東京大學醫學部附屬病院創建於1858年。", []string{"东京大学医学部附属病院"}},
		{"他被送进病院治疗。", nil},
		{"江山市妇幼保健院获评先进。", []string{"浙江省江山市妇幼保健院"}},
		{"青州市谭坊镇卫生院组织义诊。", []string{"山东省青州市谭坊镇卫生院"}},
		// Names gse cuts into single characters, direction words, 综合.
		{"馬偕紀念醫院今日舉行記者會。", []string{"马偕纪念医院"}},
		{"南方医科大学南方医院启用新院区。", []string{"南方医科大学南方医院"}},
		{"國泰綜合醫院今日公布評鑑結果。", []string{"国泰综合医院"}},
		// A hospital joined to another by 及 or 和 shares its part; 和 after
		// a name is no county's (和县).
		{"香港瑪麗醫院及伊利沙伯醫院急症室輪候時間延長。", []string{"香港玛丽医院", "伊利沙伯医院"}},
		{"宁阳县人民医院和县中医院组建医共体。", []string{"山东省宁阳县人民医院", "山东省宁阳县中医院"}}, // the one county the text names
		// Two names of one hospital.
		{"武汉大学人民医院(湖北省人民医院)党委书记介绍。", []string{"武汉大学人民医院"}},
		// A person's name with a preposition glued on is no part of it.
		{"今天,刘小明向市人民医院赠送锦旗。", []string{"市人民医院"}},
		// A common noun begins a name that stands as a phrase of its own.
		{"新华医院今日举办义诊。", []string{"新华医院"}},
		{"医院托管南湖医院、同济康复医院和中山医院。", []string{"南湖医院", "同济康复医院", "中山医院"}},
		// A branch named under its parent is one name; 综合 may be left out.
		{"江蘇省人民醫院重慶醫院今日開業。", []string{"江苏省人民医院重庆医院"}},
		{"台中光田綜合醫院啟用新大樓,光田醫院院長表示感謝。", []string{"台中光田综合医院"}},
		// 附设 is Taiwan's 附属: a university's hospital named under it.
		{"台南醫學大學附設醫院今日舉辦健康講座。", []string{"台南医学大学附设医院"}},
		{"國立成功大學醫學院附設醫院舉行記者會。", []string{"国立成功大学医学院附设医院"}},
		{"台中医学大学附设仁爱纪念医院扩建病房。", []string{"台中医学大学附设仁爱纪念医院"}},
		{"嘉義醫學大學附設中和紀念醫院舉行院慶。", []string{"嘉义医学大学附设中和纪念医院"}},
		// 和 as a name's second character (颐和医院), cut by gse as a
		// conjunction; a noun or pronoun before it is a conjunction's part.
		{"颐和医院今日启用新门诊大楼。", []string{"颐和医院"}},
		{"頤和醫院今日啟用新門診大樓。", []string{"颐和医院"}},
		{"去年,同和医院扩建了急诊部。", []string{"同和医院"}},
		{"去年，同和醫院擴建了急診部。", []string{"同和医院"}},
		{"感谢党和医院的培养。", nil},
		{"感謝黨和醫院的培養。", nil},
		// A common noun's name followed by its leaders' offices.
		{"江都医院副院长王某出席活动。", []string{"江都医院"}},
		{"江都醫院副院長王某出席活動。", []string{"江都医院"}},
		{"其中现任医院院长是李某。", nil},
		{"其中現任醫院院長是李某。", nil},
		// A medical university's affiliated hospital by its short form:
		// as written, or the full name the article gives.
		{"南医大附院今日举办义诊。", []string{"南医大附院"}},
		{"南醫大附院今日舉辦義診。", []string{"南医大附院"}},
		{"苏医附院党委书记在会上发言。", []string{"苏医附院"}},
		{"蘇醫附院黨委書記在會上發言。", []string{"苏医附院"}},
		{"苏州医科大学附属医院今年扩建,苏医附院党委书记表示将继续发展。", []string{"苏州医科大学附属医院"}},
		{"蘇州醫科大學附屬醫院今年擴建，蘇醫附院黨委書記表示將繼續發展。", []string{"苏州医科大学附属医院"}},
		{"患者转入中医附院治疗。", nil},
		{"南醫附醫今日舉辦義診。", []string{"南医附医"}},
		// A verbal noun between a proper name and the suffix names the
		// kind of the owner's hospital; after a common word it is an action.
		{"医院将深化与垦丁旅游医院、青山医院的伙伴关系。", []string{"垦丁旅游医院", "青山医院"}},
		{"醫院將深化與墾丁旅遊醫院、青山醫院的夥伴關係。", []string{"垦丁旅游医院", "青山医院"}},
		{"政府推动发展旅游医院。", nil},
		{"政府推動發展旅遊醫院。", nil},
		// A campus after a dash, as Hong Kong names them; a headline's
		// double dash and a page's section after a hyphen are no campus.
		{"青山港安医院—沙田、某某大学医院增拨病床。", []string{"青山港安医院—沙田", "某某大学医院"}},
		{"青山港安醫院—沙田、某某大學醫院增撥病床。", []string{"青山港安医院—沙田", "某某大学医院"}},
		{"病人转往青山港安医院－司徒拔道,接受治疗。", []string{"青山港安医院—司徒拔道"}},
		{"病人轉往青山港安醫院－司徒拔道，接受治療。", []string{"青山港安医院—司徒拔道"}},
		{"泰安市中心医院——守护百姓健康。", []string{"泰安市中心医院"}},
		{"泰安市中心醫院——守護百姓健康。", []string{"泰安市中心医院"}},
		{"泰安市中心医院-新闻动态\n医院召开大会。", []string{"泰安市中心医院"}},
		// Hong Kong's words for the kinds: private and public hospitals.
		{"香港私家医院联会今日举行记者会。", nil},
		{"香港私家醫院聯會今日舉行記者會。", nil},
		{"香港公营医院急症室轮候时间延长。", nil},
		{"香港公營醫院急症室輪候時間延長。", nil},
		// Determiners and slogans.
		{"双方医院将加强合作,打造“不像医院的医院”。", nil},
		// Kinds, common nouns and verbs before the suffix.
		{"全市公立医院改革,三级医院和基层医院联动。", nil},
		{"持续推动医院高质量发展,打造现代化医院。", nil},
		{"标准医院建设是时代医院的要求。", nil},
		{"该院与其他兄弟医院交流。", nil},
		// A hospital's place in a ranking after its name is no ranking's name.
		{"泰安市中心医院排名全省第三。", []string{"泰安市中心医院"}},
		{"泰安市中心醫院排行全省第三。", []string{"泰安市中心医院"}},
		// A decision of the hospital's party committee, titled: the hospital is named.
		{"院长宣读《中共泰安市中心医院委员会关于表彰先进基层党组织的决定》。", []string{"泰安市中心医院"}},
		// A children's hospital named a medical centre; other medical
		// centres are designations.
		{"乙市妇女儿童医疗中心今日举行义诊。", []string{"乙市妇女儿童医疗中心"}},
		{"乙市婦女兒童醫療中心今日舉行義診。", []string{"乙市妇女儿童医疗中心"}},
		{"该区建设区域医疗中心和急救医疗中心。", nil},
		{"該區建設區域醫療中心和急救醫療中心。", nil},
		// The army's numbered hospitals, named from their unit, the number
		// in digits or in numerals with 〇.
		{"中国人民解放军联勤保障部队第961医院专家到院指导。", []string{"中国人民解放军联勤保障部队第961医院"}},
		{"中國人民解放軍聯勤保障部隊第961醫院專家到院指導。", []string{"中国人民解放军联勤保障部队第961医院"}},
		{"联勤保障部队第九〇三医院医疗队抵达。", []string{"联勤保障部队第九〇三医院"}},
		{"聯勤保障部隊第九〇三醫院醫療隊抵達。", []string{"联勤保障部队第九〇三医院"}},
		// A prize or an honour roll named after hospitals is no hospital.
		{"甲市中心医院获年度十大人气医院奖,乙县医院入选全国百佳医院。", []string{"甲市中心医院", "乙县医院"}},
		{"甲市中心醫院獲年度十大人氣醫院獎，乙縣醫院入選全國百佳醫院。", []string{"甲市中心医院", "乙县医院"}},
		// A title and an organisation of another kind.
		{"在《中国医院》杂志发表论文,香港医院管理局代表出席。", nil},
	})
}

// Short forms resolve to the full name the article gives; an abbreviation
// the article never writes in full is spelt out from its place.
func TestHospitalAliases(t *testing.T) {
	checkHospitals(t, []hospitalCase{
		{"绍兴市第二人民医院今年扩建。市二院党委书记表示,绍二医将继续发展。", []string{"绍兴市第二人民医院"}},
		// A medical centre named on the hospital's abbreviation (彰基医学中心)
		// is the hospital the article also names in full.
		{"青基医学中心今年再获卫生福利部肯定。(图/青山基督教医院提供)", []string{"青山基督教医院"}},
		{"青基醫學中心今年再獲衛生福利部肯定。（圖／青山基督教醫院提供）", []string{"青山基督教医院"}},
		// Another name given after 又称, 俗称 is the same hospital's.
		{"青山综合医院(St. Mark Hospital)又称山顶医院,是本岛最古老的医院,1902年建成启用。山顶医院现有床位300张。", []string{"青山综合医院"}},
		{"青山綜合醫院(St. Mark Hospital)又稱山頂醫院,是本島最古老的醫院,1902年建成啟用。山頂醫院現有床位300張。", []string{"青山综合医院"}},
		{"青山综合医院,俗称“山顶医院”,今年迎来院庆。", []string{"青山综合医院"}},
		{"紹興市第二人民醫院今年擴建。市二院黨委書記表示，將繼續發展。", []string{"绍兴市第二人民医院"}},
		{"黄岛二医新院区开工,二医新大楼明年启用。", []string{"青岛市黄岛区第二人民医院"}},
		{"广西壮族自治区人民医院举行年会。区人民医院院长致辞。", []string{"广西壮族自治区人民医院"}},
		{"卫生福利部屏东医院庆祝院庆。卫福部屏东医院院长致辞,屏东医院员工参加。", []string{"卫生福利部屏东医院"}},
		{"江西省中医院举行院庆。江西省中医医院院长致辞。", []string{"江西省中医医院"}},
		{"昆山市第一人民医院召开大会。昆山一院党委书记讲话。", []string{"江苏省昆山市第一人民医院"}},
		{"浙江大学医学院附属第一医院举行学术年会。浙大一院院长致辞。", []string{"浙江大学医学院附属第一医院"}},
		{"郑州大学第一附属医院新院区启用,郑大一附院职工参加。", []string{"郑州大学第一附属医院"}},
		{"鄭州大學第一附屬醫院新院區啟用，鄭大一附院職工參加。", []string{"郑州大学第一附属医院"}},
		{"中国人民解放军第960医院开展义诊。", []string{"中国人民解放军第960医院"}},
		// The institution's hospital written without the institution, its
		// own name beginning like a place's (广安门 spells 广安).
		{"中国中医科学院广安门医院举行院庆。广安门医院院长致辞。", []string{"中国中医科学院广安门医院"}},
		{"中國中醫科學院廣安門醫院舉行院慶。廣安門醫院院長致辭。", []string{"中国中医科学院广安门医院"}},
		{"青山医科大学长安门医院举行院庆。长安门医院院长致辞。", []string{"青山医科大学长安门医院"}},
		// Renamed: one hospital under its former and present names.
		{"1985年,原泰安地区人民医院更名为泰安市中心医院,泰安市中心医院现有职工3000人。", []string{"泰安市中心医院"}},
		{"泰安市中心醫院（原泰安地區人民醫院）現有職工3000人。", []string{"泰安市中心医院"}},
		// Former names: a rename list, a rename a sentence later, names a
		// sentence calls former.
		{"仁爱医院先后易名为泰安专区人民医院、泰安地区人民医院。1985年,泰安撤地设市后,更名为泰安市中心医院。", []string{"泰安市中心医院"}},
		{"仁愛醫院先後易名為泰安專區人民醫院、泰安地區人民醫院。1985年，泰安撤地設市後，更名為泰安市中心醫院。", []string{"泰安市中心医院"}},
		{"泰安市中心医院始建于1921年,先后称“仁爱医院”“博济医院”,1950年由人民政府接管。", []string{"泰安市中心医院"}},
		// The hospital the sentence opens with, then its former names
		// renamed one into the other: all earlier names of the first.
		{"青山市第一人民医院始建于1941年,原名青山县立医院,1952年更名为青山县人民医院。", []string{"青山市第一人民医院"}},
		{"青山市第一人民醫院始建於1941年,原名青山縣立醫院,1952年更名為青山縣人民醫院。", []string{"青山市第一人民医院"}},
		// Made from another hospital (由…改制而成): the earlier one is a
		// former name, and the counts after it are the present hospital's.
		{"青山康宁医院由青山纺织职工医院2003年改制重组而成,院党委下设三个支部。", []string{"青山康宁医院"}},
		{"青山康寧醫院由青山紡織職工醫院2003年改制重組而成，院黨委下設三個支部。", []string{"青山康宁医院"}},
		{"绿水市第二医院是由绿水县卫生院整合组建而来,现有职工500人。", []string{"绿水市第二医院"}},
		// Not a making: a hospital that sends doctors to another.
		{"青山康宁医院由青山市中心医院派出专家坐诊。", []string{"青山康宁医院", "青山市中心医院"}},
		// A hospital by its level and number, its former full name in
		// brackets: one hospital, as the text names it now.
		{"市第四人民医院(原青山铁路局绿水医院)创建于1938年,是一所二级甲等综合医院。", []string{"市第四人民医院"}},
		{"市第四人民醫院（原青山鐵路局綠水醫院）創建於1938年，是一所二級甲等綜合醫院。", []string{"市第四人民医院"}},
		// Two names in use, the aside in brackets: its short form, however
		// often written, gives way to the name outside the brackets.
		{"青山大学附属医院(绿水市江滨医院)获评A等级。江滨医院排名前进了10位,江滨医院坚持高标准推进。", []string{"青山大学附属医院"}},
		{"青山大學附屬醫院（綠水市江濱醫院）獲評A等級。江濱醫院排名前進了10位，江濱醫院堅持高標準推進。", []string{"青山大学附属医院"}},
		// An organisation's short form written in full.
		{"衛福部屏東醫院今日舉辦義診。", []string{"卫生福利部屏东医院"}},
		// Taiwan's veterans hospitals by their city and 荣总.
		{"台中荣总今日举办优良医师表扬大会。", []string{"台中荣民总医院"}},
		// A branch named under the short form of its parent.
		{"台北荣总苏澳分院今日举办义诊。", []string{"台北荣民总医院苏澳分院"}},
		{"臺北榮總蘇澳分院院長出席。", []string{"台北荣民总医院苏澳分院"}},
		{"台北荣总新开分院的计划公布。", []string{"台北荣民总医院"}},
		{"臺中榮總今日舉辦優良醫師表揚大會。", []string{"台中荣民总医院"}},
		{"高雄荣民总医院启用新大楼,高雄荣总院长致辞。", []string{"高雄荣民总医院"}},
		{"醫院其中榮總一詞並非院名。", nil},
		// A democratic party's branch in the hospital: the party is no part of its name.
		{"农工党市立医院支部召开换届大会,市立医院院长出席。", []string{"市立医院"}},
		{"農工黨市立醫院支部召開換屆大會，市立醫院院長出席。", []string{"市立医院"}},
		// Nor is 中共 of the hospital's party committee or branch.
		{"中共柳溪医院支部委员会今日成立,柳溪医院院长出席。", []string{"柳溪医院"}},
		{"该院向县卫健局党委提出成立中共柳溪医院支部委员会的申请。", []string{"柳溪医院"}},
		{"近日，中共崇嶺醫院總支部委員會召開會議。", []string{"崇岭医院"}},
		{"中共柳溪醫院委員會召開黨建工作會議。", []string{"柳溪医院"}},
		{"中国共产党柳溪医院委员会召开党建工作会议。", []string{"柳溪医院"}},
		// Only ever written short, with a level: kept as the text names it.
		{"中共市二院内科党支部召开组织生活会。", []string{"市二院"}},
		{"5月4日,市中医院举行院庆,该院职工300余人参加。", []string{"市中医院"}},
	})
}

// Hospitals that act in the article are reported: guests whose leaders
// attend, partners that sign, rows of a list; an object of another's
// action is not.
func TestReportedHospitals(t *testing.T) {
	checkHospitals(t, []hospitalCase{
		{"泰安市中心医院举行院庆。济南市中心医院副院长王某、淄博市妇幼保健院院长李某出席。",
			[]string{"泰安市中心医院", "济南市中心医院", "淄博市妇幼保健院"}},
		{"泰安市中心醫院舉行院慶。濟南市中心醫院副院長王某出席。", []string{"泰安市中心医院", "济南市中心医院"}},
		{"泰安市中心医院全面托管宁阳县中医医院,并与山东省立医院建立医联体。", []string{"泰安市中心医院"}},
		{"患者先在宁阳县人民医院就诊,后转至山东省立医院。", []string{"山东省宁阳县人民医院", "山东省立医院"}},
		// A name gse glued to the conjunction before it (局长及仁伯爵综合医院).
		{"典礼由卫生局局长及仁伯爵综合医院院长主持。", []string{"仁伯爵综合医院"}},
		{"典禮由衛生局局長及仁伯爵綜合醫院院長主持。", []string{"仁伯爵综合医院"}},
		// Two hospitals joined by 与 are partners, both of the story; a
		// partner of an action after the subject's verb is not.
		{"今天,泰安市中心医院与宁阳县中医医院签订合作协议。", []string{"泰安市中心医院", "山东省宁阳县中医医院"}},
		{"今天,泰安市中心醫院與寧陽縣中醫醫院簽訂合作協議。", []string{"泰安市中心医院", "山东省宁阳县中医医院"}},
		{"青山医院和卫生福利部屏东医院今天举办义诊。", []string{"青山医院", "卫生福利部屏东医院"}},
		// The first of two partners joined by 与, however the words before
		// it describe it; a hospital before 分别 is its clause's subject.
		{"随后由已通过审查的青山医院与卫生福利部屏东医院介绍规划。", []string{"青山医院", "卫生福利部屏东医院"}},
		{"隨後由已通過審查的青山醫院與衛生福利部屏東醫院介紹規劃。", []string{"青山医院", "卫生福利部屏东医院"}},
		{"青山医院举行记者会,通过审查的泰安市中心医院分别介绍了建院蓝图。", []string{"青山医院", "泰安市中心医院"}},
		// A list after the partner's verb: every item, whatever stands between.
		{"泰安市中心医院与宁阳县中医医院、某某服务中心、肥城市人民医院举行签约仪式。", []string{"泰安市中心医院", "山东省宁阳县中医医院", "山东省肥城市人民医院"}},
		{"泰安市中心醫院與寧陽縣中醫醫院、某某服務中心、肥城市人民醫院舉行簽約儀式。", []string{"泰安市中心医院", "山东省宁阳县中医医院", "山东省肥城市人民医院"}},
		{"泰安市中心医院成为泰山医学院附属医院、省级区域医疗中心。", []string{"泰安市中心医院"}},
		{"患者先在寧陽縣人民醫院就診，後轉至山東省立醫院。", []string{"山东省宁阳县人民医院", "山东省立医院"}},
		{"排名前三的分别是:东莞市人民医院、佛山市第一人民医院和江门市中心医院。",
			[]string{"东莞市人民医院", "佛山市第一人民医院", "江门市中心医院"}},
		// After 由 a hospital is the agent: 由某医院董事局成立.
		{"青山医院于1911年由同仁医院董事局成立。", []string{"青山医院", "同仁医院"}},
		{"青山醫院於1911年由同仁醫院董事局成立。", []string{"青山医院", "同仁医院"}},
		// A row of a numbered list, one a line.
		{"青山医院入选榜单,榜单前列如下:\n2. 绿水医院(某某):西城\n3. 白云医院(某某):南城", []string{"青山医院", "绿水医院", "白云医院"}},
		{"青山醫院入選榜單,榜單前列如下:\n2. 綠水醫院(某某):西城\n3. 白雲醫院(某某):南城", []string{"青山医院", "绿水医院", "白云医院"}},
		// Before its predicate's adverb a hospital is the clause's subject,
		// however the words before it describe it.
		{"青山医院门诊量上升,位于城东的泰安市中心医院亦有增长。", []string{"青山医院", "泰安市中心医院"}},
		{"青山醫院門診量上升,位於城東的泰安市中心醫院亦有增長。", []string{"青山医院", "泰安市中心医院"}},
		{"青山医院全面托管宁阳县中医医院,也派出专家。", []string{"青山医院"}},
		// A hospital's kind in apposition before its name (公立医院某某医院).
		{"同仁医院今天举行院庆。1929年,位于城南的公立医院青山医院开始启用。", []string{"同仁医院", "青山医院"}},
		{"同仁醫院今天舉行院慶。1929年，位於城南的公立醫院青山醫院開始啟用。", []string{"同仁医院", "青山医院"}},
		// Two hospitals a patient may choose between (前往A或B).
		{"市民可前往青山医院或同仁医院求诊。", []string{"青山医院", "同仁医院"}},
		{"市民可前往青山醫院或同仁醫院求診。", []string{"青山医院", "同仁医院"}},
		// The hospitals a superlative picks out (以A及B最多), and hospitals
		// placed in their district (某区的A及B,…), are the clause's subjects.
		{"昨日求诊人数上升,其中以青山医院及同仁医院最多。", []string{"青山医院", "同仁医院"}},
		{"昨日求診人數上升，其中以青山醫院及同仁醫院最多。", []string{"青山医院", "同仁医院"}},
		{"新界区的青山医院及同仁医院,病房已近满额。", []string{"青山医院", "同仁医院"}},
		{"新界區的青山醫院及同仁醫院，病房已近滿額。", []string{"青山医院", "同仁医院"}},
	})
}

// A fact goes to the hospital of its own clause, not to one named earlier
// in the sentence as a partner, nor to one named later.
func TestAttributionByClause(t *testing.T) {
	checkAttribution(t, []attributionCase{
		{"泰安市中心医院院长与宁阳县人民医院党委书记、院长张明代表双方签约。", "party_secretary", "山东省宁阳县人民医院"},
		{"泰安市中心醫院院長與寧陽縣人民醫院黨委書記、院長張明代表雙方簽約。", "party_secretary", "山东省宁阳县人民医院"},
		{"医院现有职工2100人。泰安市中心医院院长介绍,宁阳县人民医院也派人参加。", "staff", "泰安市中心医院"},
		// A visit to 我院: the guests' hospitals, named for their posts, are not the host.
		{"济南市中心医院院长王某一行来我院调研。中共泰安市中心医院委员会书记李某陪同,医院现有职工2100人。", "staff", "泰安市中心医院"},
		// 该院 after a sentence that thanks a helper: the hospital that
		// thanks it; with no helper, the one named last.
		{"宁阳县人民医院院长表示,感谢泰安市中心医院的帮扶。该院现有职工900人。", "staff", "山东省宁阳县人民医院"},
		{"寧陽縣人民醫院院長表示，感謝泰安市中心醫院的幫扶。該院現有職工900人。", "staff", "山东省宁阳县人民医院"},
		{"宁阳县人民医院院长表示,依托泰安市中心医院开展手术。该院现有职工900人。", "staff", "山东省宁阳县人民医院"},
		{"宁阳县人民医院院长出席,泰安市中心医院院长致辞。该院现有职工2100人。", "staff", "泰安市中心医院"},
		{"寧陽縣人民醫院院長出席，泰安市中心醫院院長致辭。該院現有職工2100人。", "staff", "泰安市中心医院"},
	})
}

// attributionCase: in text, the fact of metric goes to want.
type attributionCase struct{ text, metric, want string }

// checkAttribution runs each text as an article and checks that its
// facts of the metric are there and go to the hospital wanted.
func checkAttribution(t *testing.T, tests []attributionCase) {
	t.Helper()
	for _, tt := range tests {
		a := runArticle(t, tt.text)
		found := false
		for _, f := range a.Facts {
			if f.Metric == tt.metric {
				found = true
				if f.Hospital != tt.want {
					t.Errorf("%s in %q is %q's, want %q", tt.metric, tt.text, f.Hospital, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("no %s in %q: %+v", tt.metric, tt.text, a.Facts)
		}
	}
}

// A place restated later in the article is one fact.
func TestRankingRestatedOnce(t *testing.T) {
	for _, text := range []string{
		"在今年的全市患者满意度调查里,位居公立医院前三的依次是:东莞市人民医院、佛山市第一人民医院和江门市中心医院。东莞市人民医院名列公立医院第一位。",
		"在今年的全市患者滿意度調查裡，位居公立醫院前三的依次是：東莞市人民醫院、佛山市第一人民醫院和江門市中心醫院。東莞市人民醫院名列公立醫院第一位。",
	} {
		n := 0
		for _, f := range runArticle(t, text).Facts {
			if f.Metric == "ranking" && f.Hospital == "东莞市人民医院" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d rankings of 东莞市人民医院 in %q, want 1", n, text)
		}
	}
}

// Names of kinds, rankings and programmes that end in 医院 are no
// hospital's, wherever they stand.
func TestNoHospitalNames(t *testing.T) {
	g := loadGazetteer()
	for _, text := range []string{
		"市属医院和省属医院的院长参加会议。",
		"市屬醫院和省屬醫院的院長參加會議。",
		"连续第5年发布“清华版医院排行榜”!",
		"連續第5年發布「清華版醫院排行榜」！",
		"大会发布了 2020 中国顶级医院 100 强。",
		"大會發布了 2020 中國頂級醫院 100 強。",
		"该院获选为日本最佳州内医院\n",
		"該院獲選為日本最佳州內醫院\n",
		"在西医类综合医院中排名第9,中医类医院中排名第3。",
		"在西醫類綜合醫院中排名第9，中醫類醫院中排名第3。",
		"会议交流了深化医院改革的经验。",
		"會議交流了深化醫院改革的經驗。",
		"院长走进电视访谈“聊聊市属医院”栏目。",
		"院長走進電視訪談「聊聊市屬醫院」欄目。",
		// A year dates the prize or list after it; a verb before 大学 is
		// an action, not a university's own name.
		"该院荣获“2019医院管理创新奖”。",
		"該院榮獲「2019醫院管理創新獎」。",
		"两院将发挥大学医院教学、科研的优势。",
		"兩院將發揮大學醫院教學、研究的優勢。",
	} {
		text = opencc.Default().ToSimplified(text)
		for _, m := range FindHospitals(text, g) {
			if m.Name != "该院" {
				t.Errorf("%q names hospital %q", text, m.Name)
			}
		}
	}
}

// Words that join or describe, before a hospital's name, are none of it:
// 联合 as "together with" before a place level, 暨 ("and") between two
// names, a place in a series or a ranking (首座, 前十). Inside a name
// they stay (新北市立联合医院, 暨南大学附属第一医院).
func TestJoinersAndDescriptionsBeforeNames(t *testing.T) {
	tests := []struct {
		text string
		bad  string // no name found may hold this
		want string // a name that must be found, when set
	}{
		{"昨日,城关街道党工委联合市中医医院开展义诊。", "街道", ""},
		{"昨日,城關街道黨工委聯合市中醫醫院開展義診。", "街道", ""},
		{"滨江医学园暨区人民医院新院项目通过验收。", "滨江医学园", ""},
		{"濱江醫學園暨區人民醫院新院項目通過驗收。", "滨江医学园", ""},
		{"见证海港首座市立医院正式启用。", "首座", ""},
		{"見證海港首座市立醫院正式啟用。", "首座", ""},
		{"榜单中排名前十医院均为三甲。", "前十", ""},
		{"新北市立联合医院举办义诊。", "", "新北市立联合医院"},
		{"暨南大学附属第一医院举行院庆。", "", "暨南大学附属第一医院"},
	}
	for _, tt := range tests {
		found := false
		for _, h := range runArticle(t, tt.text).Hospitals {
			if tt.bad != "" && strings.Contains(h.Name, tt.bad) {
				t.Errorf("hospitals of %q hold %q", tt.text, h.Name)
			}
			found = found || h.Name == tt.want
		}
		if tt.want != "" && !found {
			t.Errorf("hospitals of %q miss %q", tt.text, tt.want)
		}
	}
}

// A place alone before the suffix, or a county's short form, that a full
// name beginning with no place resolves (中山 of 孙中山, 解放 of 解放军) is
// a part of the hospital's own name: it gives no province (a university's
// or a national institution's hospital stands in its seat: 复旦大学 in 上海,
// 解放军总医院 in 北京). A city before
// a hospital's own name (武汉协和医院) is where it stands.
func TestShortFormPlaceInsideFullName(t *testing.T) {
	tests := []struct {
		text, name, province string
	}{
		{"中山医院(复旦大学附属中山医院)位列第六。", "复旦大学附属中山医院", "上海市"},
		{"中山醫院(復旦大學附屬中山醫院)位列第六。", "复旦大学附属中山医院", "上海市"},
		{"解放军总医院(中国人民解放军总医院)位列第二。", "中国人民解放军总医院", "北京市"},
		{"解放軍總醫院(中國人民解放軍總醫院)位列第二。", "中国人民解放军总医院", "北京市"},
		{"城阳二医举行院庆。青岛市城阳区第二人民医院始建于1950年。", "青岛市城阳区第二人民医院", "山东省"},
		{"武汉协和医院举行院庆。", "武汉协和医院", "湖北省"},
		{"衛福部台南醫院舉辦院慶。", "卫生福利部台南医院", "台湾省"},
	}
	for _, tt := range tests {
		found := false
		for _, h := range runArticle(t, tt.text).Hospitals {
			if h.Name == tt.name {
				found = true
				if h.Province != tt.province {
					t.Errorf("%q: %s in %q, want %q", tt.text, h.Name, h.Province, tt.province)
				}
			}
		}
		if !found {
			t.Errorf("%q: %s not found", tt.text, tt.name)
		}
	}
}

// A count with its measure word before 医院 counts a kind (35家受评医院,
// 几千家医院, 两大医学中心); a democratic party's name before a hospital's
// names its branch there (九三学社某大学附属医院支社), and the hospital's
// name begins after it.
func TestCountedKindsAndPartyBranches(t *testing.T) {
	checkHospitals(t, []hospitalCase{
		{"青山医院在全省42家受评医院中位列第三。", []string{"青山医院"}},
		{"青山醫院在全省42家受評醫院中位列第三。", []string{"青山医院"}},
		{"全国几千家医院里,青山医院名列前茅。", []string{"青山医院"}},
		{"全國數十所醫院裡，青山醫院名列前茅。", []string{"青山医院"}},
		{"北部两大医学中心之一的青山医院今日开幕。", []string{"青山医院"}},
		{"九三学社江滨大学附属医院支社召开会议。", []string{"江滨大学附属医院"}},
		{"九三學社江濱大學附屬醫院支社召開會議。", []string{"江滨大学附属医院"}},
		{"民盟湖南中医药大学第二附属医院支部换届。", []string{"湖南中医药大学第二附属医院"}},
		{"民盟湖南中醫藥大學第二附屬醫院支部換屆。", []string{"湖南中医药大学第二附属医院"}},
	})
}

// 和 that begins 和县 of Anhui is the conjunction after a common noun
// (负责人和县人民医院: the leaders and the county's hospital), the county
// at a clause's start, after its province or city, or after a verb.
func TestConjunctionHeBeforeCounty(t *testing.T) {
	for _, tt := range []struct {
		text string
		want string // the hospital, "" for none
	}{
		{"卫健局负责人和县人民医院院长出席了会议。", ""},
		{"衛健局負責人和縣人民醫院院長出席了會議。", ""},
		{"记者和县中医院的医生一起下乡义诊。", ""},
		{"記者和縣中醫院的醫生一起下鄉義診。", ""},
		{"和县人民医院院长出席了会议。", "安徽省和县人民医院"},
		{"和縣人民醫院院長出席了會議。", "安徽省和县人民医院"},
		{"马鞍山市和县人民医院今日举行义诊。", "马鞍山市和县人民医院"},
		{"馬鞍山市和縣人民醫院今日舉行義診。", "马鞍山市和县人民医院"},
		{"专家们走进和县人民医院开展义诊。", "安徽省和县人民医院"},
		{"專家們走進和縣人民醫院開展義診。", "安徽省和县人民医院"},
	} {
		names := hospitalNames(runArticle(t, tt.text))
		if tt.want == "" {
			for _, n := range names {
				if strings.Contains(n, "和县") {
					t.Errorf("%q: %s read as 和县's", tt.text, n)
				}
			}
			continue
		}
		if !slices.Contains(names, tt.want) {
			t.Errorf("%q: %v, want %s", tt.text, names, tt.want)
		}
	}
}

// A quoted name of a few words that holds a word no name holds (和睦,
// which gse tags an adjective) is a name as a whole; its later unquoted
// mentions are the same hospital. A quoted honour or common phrase is no
// name.
func TestQuotedNameAsAWhole(t *testing.T) {
	checkHospitals(t, []hospitalCase{
		{"深圳首家港资医院「新风和睦家医院」今年试业,新风和睦家医院设有350张病床。", []string{"新风和睦家医院"}},
		{"深圳首家港資醫院「新風和睦家醫院」今年試業，新風和睦家醫院設有350張病床。", []string{"新风和睦家医院"}},
		{"他说「优质医院」是全院的目标。", nil},
		{"他說「優質醫院」是全院的目標。", nil},
		// The first or only one of a kind is described, not named.
		{"青山首家民营医院今年开业,院长表示将扩大服务。", nil},
		{"青山首家民營醫院今年開業，院長表示將擴大服務。", nil},
	})
}
