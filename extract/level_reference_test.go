package extract

import "testing"

// A hospital the text names by its level alone (省中医院, 县医院) takes the
// one province or county the text's places name; with places of more than
// one, or of none, it stays as written.
func TestLevelReferenceCompleted(t *testing.T) {
	checkHospitals(t, []hospitalCase{
		{"省中医院专家赴三沙市义诊,受到当地群众好评。", []string{"海南省中医院"}},
		{"省中醫院專家赴三沙市義診，受到當地群眾好評。", []string{"海南省中医院"}},
		{"省人民医院组织专家到红安县开展义诊。", []string{"湖北省人民医院"}},
		{"省人民醫院組織專家到紅安縣開展義診。", []string{"湖北省人民医院"}},
		{"县医院专家到乡镇坐诊,连江县卫健局组织。", []string{"福建省连江县医院"}},
		{"縣醫院專家到鄉鎮坐診，連江縣衛健局組織。", []string{"福建省连江县医院"}},
		// Places of two provinces, or a municipality's: no province to take.
		{"省人民医院专家赴红安县和茶陵县交流。", []string{"省人民医院"}},
		{"省人民醫院專家赴北京市交流。", []string{"省人民医院"}},
	})
}

// A reference by level stands for a hospital of that level: 省人医 is the
// province's, not the county's hospital the text names in full.
func TestLevelReferenceOfItsLevel(t *testing.T) {
	checkHospitals(t, []hospitalCase{
		{"省人医专家赴涟水县义诊,涟水县人民医院院长陪同。", []string{"江苏省人民医院", "江苏省涟水县人民医院"}},
		{"省人醫專家赴漣水縣義診，漣水縣人民醫院院長陪同。", []string{"江苏省人民医院", "江苏省涟水县人民医院"}},
		{"徐州市第一人民医院新院启用,市一院院长致辞。", []string{"徐州市第一人民医院"}},
		{"徐州市第一人民醫院新院啟用，市一院院長致辭。", []string{"徐州市第一人民医院"}},
	})
}

// 市 stands for the one city the text names outside hospitals' names; a
// guest's city (台北市立万芳医院) is not the article's.
func TestLevelReferenceCity(t *testing.T) {
	checkHospitals(t, []hospitalCase{
		{"调研组来到宜昌市,先后到市中心医院、市一医院和市二医院调研。", []string{"宜昌市中心医院", "宜昌市第一人民医院", "宜昌市第二人民医院"}},
		{"調研組來到宜昌市，先後到市中心醫院、市一醫院和市二醫院調研。", []string{"宜昌市中心医院", "宜昌市第一人民医院", "宜昌市第二人民医院"}},
		{"市人民医院与台北市立万芳医院签订合作协议。", []string{"市人民医院", "台北市立万芳医院"}},
		{"市人民醫院與台北市立萬芳醫院簽訂合作協議。", []string{"市人民医院", "台北市立万芳医院"}},
		// No city named outside the names: the one city of the hospitals
		// named in full before the reference is the article's.
		{"青岛市第一人民医院召开大会,市中医院院长出席。", []string{"青岛市第一人民医院", "青岛市中医院"}},
		{"青島市第一人民醫院召開大會，市中醫院院長出席。", []string{"青岛市第一人民医院", "青岛市中医院"}},
		// Named only after the reference, or hospitals of two cities, or of
		// a county-level city (either city may be meant): as written.
		{"市中医院专家到场。青岛市第一人民医院召开大会。", []string{"市中医院", "青岛市第一人民医院"}},
		{"青岛市第一人民医院与烟台市人民医院签约,市中医院院长出席。", []string{"青岛市第一人民医院", "烟台市人民医院", "市中医院"}},
		{"大冶市人民医院召开大会,市中医院院长出席。", []string{"湖北省大冶市人民医院", "市中医院"}},
		{"大冶市人民醫院召開大會，市中醫院院長出席。", []string{"湖北省大冶市人民医院", "市中医院"}},
		// 市立 before a hospital's own name: the city that runs it, the one
		// the text names; none named, as written.
		{"台中市政府规划的市立丰原医院今日动土。", []string{"台中市立丰原医院"}},
		{"臺中市政府規劃的市立豐原醫院今日動土。", []string{"台中市立丰原医院"}},
		{"市立丰原医院今日动土。", []string{"市立丰原医院"}},
		{"市立豐原醫院今日動土。", []string{"市立丰原医院"}},
		{"台中市政府规划的市立丰原医院今日动土,丰原医院院长致辞。", []string{"台中市立丰原医院"}},
		{"臺中市政府規劃的市立豐原醫院今日動土，豐原醫院院長致辭。", []string{"台中市立丰原医院"}},
	})
}
