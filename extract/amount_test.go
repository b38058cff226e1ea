package extract

import "testing"

// Visits and operations summed over a span the sentence states are a
// team's or a campaign's, unless the label makes them a year's.
func TestAmountsOverASpan(t *testing.T) {
	runCases(t, []ruleCase{
		{"三年来,医疗队先后接诊门诊患者5200人次,完成手术410例。", "outpatient_visits", nil},
		{"三年來,醫療隊先後接診門診患者5200人次,完成手術410例。", "outpatient_visits", nil},
		{"三年来,医疗队先后接诊门诊患者5200人次,完成手术410例。", "surgeries", nil},
		{"三年來,醫療隊先後接診門診患者5200人次,完成手術410例。", "surgeries", nil},
		{"驻点期间,队员们累计出院患者300人次。", "inpatient_discharges", nil},
		{"近年来,医院年门诊量达120万人次。", "outpatient_visits", []string{"1200000"}},
		{"近年來,醫院年門診量達120萬人次。", "outpatient_visits", []string{"1200000"}},
		// Visits counted in 次 or 诊次, with a 万 figure; a few times are none.
		{"医院年门诊31万余次,年住院病人2万余人次。", "outpatient_visits", []string{"310000"}},
		{"醫院年門診31萬餘次,年住院病人2萬餘人次。", "outpatient_visits", []string{"310000"}},
		{"医院全年门急诊120万诊次。", "outpatient_visits", []string{"1200000"}},
		{"患者一年内到医院门诊3次。", "outpatient_visits", nil},
		{"2024年医院完成手术2.6万台次。", "surgeries", []string{"26000"}},
		{"建院以来,医院累计完成手术5万余例。", "surgeries", nil},
		{"建院以來,醫院累計完成手術5萬餘例。", "surgeries", nil},
		{"今年以来,医院完成手术8000余台次。", "surgeries", []string{"8000"}},
		{"今年以來,醫院完成手術8000餘臺次。", "surgeries", []string{"8000"}},
		// A team's work, and a building's capacity, are no volume of the
		// hospital's.
		{"据悉,医疗队共诊疗病人1.2万人次,开展手术300余台次。", "outpatient_visits", nil},
		{"據悉,醫療隊共診療病人1.2萬人次,開展手術300餘臺次。", "surgeries", nil},
		{"新大楼每天可服务门诊患者8000人次。", "outpatient_visits", nil},
		{"新大樓每天可服務門診患者8000人次。", "outpatient_visits", nil},
		// A department's or a branch's figures are the part's.
		{"该科年门诊量3万人次,年手术量2000台。", "outpatient_visits", nil},
		{"該科年門診量3萬人次,年手術量2000臺。", "outpatient_visits", nil},
		{"近年来,支部患者满意度保持在98%。", "satisfaction_rate", nil},
		{"近年來,支部患者滿意度保持在98%。", "satisfaction_rate", nil},
		{"医院患者满意度保持在98%。", "satisfaction_rate", []string{"98"}},
		// A sum over the last years (近三年, 累计) is no year's volume.
		{"近三年医院累计门诊量达260万人次。", "outpatient_visits", nil},
		{"近三年醫院累計門診量達260萬人次。", "outpatient_visits", nil},
		{"医院累计出院患者12万人次。", "inpatient_discharges", nil},
		{"醫院累計出院患者12萬人次。", "inpatient_discharges", nil},
		// A department speaking of itself (本部, 该部: Taiwan's 内科部), and
		// a figure given as a share of the hospital's (占全院…): the part's.
		{"门诊:本部2023年门诊共412,300人次,平均每月约34,358人次。", "outpatient_visits", nil},
		{"門診:本部2023年門診共412,300人次,平均每月約34,358人次。", "outpatient_visits", nil},
		{"该部全年出院病患共计15,020人次。", "inpatient_discharges", nil},
		{"該部全年出院病患共計15,020人次。", "inpatient_discharges", nil},
		{"全年出院病患共计15,020人次,占全院出院总人次22.4%。", "inpatient_discharges", nil},
		{"全年出院病患共計15,020人次,佔全院出院總人次22.4%。", "inpatient_discharges", nil},
		{"医院本部年门诊量达150万人次。", "outpatient_visits", []string{"1500000"}},
		{"2023年度统计本部接纳住院病人共18,200人次,门诊402,100人次。", "outpatient_visits", nil},
		{"2023年度統計本部接納住院病人共18,200人次,門診402,100人次。", "outpatient_visits", nil},
		{"医院全年出院病人5.2万人次,占全市的三成。", "inpatient_discharges", []string{"52000"}},
	})
}

// A hedge after the unit (以上, 左右) makes the figure approximate.
func TestAmountHedgeAfterUnit(t *testing.T) {
	for _, text := range []string{"住院患者满意度保持在97%以上。", "住院患者滿意度保持在97%以上。", "年门诊量60万人次左右。", "年門診量60萬人次左右。"} {
		var got []bool
		for _, f := range runArticle(t, text).Facts {
			if f.Metric == "satisfaction_rate" || f.Metric == "outpatient_visits" {
				got = append(got, f.Approx)
			}
		}
		if len(got) != 1 || !got[0] {
			t.Errorf("%q: approx = %v, want one approximate figure", text, got)
		}
	}
}

// A change from one figure to another: the amount is where it went.
func TestAmountChangeTo(t *testing.T) {
	runCases(t, []ruleCase{
		{"两年间,医院门诊人数由149,705人次增至187,718人次。", "outpatient_visits", []string{"187718"}},
		{"兩年間,醫院門診人數由149,705人次增至187,718人次。", "outpatient_visits", []string{"187718"}},
		{"医院出院人次从去年的2.1万人次增加到2.5万人次。", "inpatient_discharges", []string{"25000"}},
		{"醫院出院人次從去年的2.1萬人次增加到2.5萬人次。", "inpatient_discharges", []string{"25000"}},
		{"患者满意度由92%提升至97.5%。", "satisfaction_rate", []string{"97.5"}},
		{"患者滿意度由92%提升至97.5%。", "satisfaction_rate", []string{"97.5"}},
		// A figure after 由 that no change follows is none.
		{"门诊人数由1200人次的高峰回落。", "outpatient_visits", nil},
	})
}

// A figure may come before its label and qualify it (…人次的门诊服务,
// …例的住院手术); read there, it is not read again for the label before it.
func TestAmountFigureFirst(t *testing.T) {
	runCases(t, []ruleCase{
		{"去年医院共提供了18600人次的门诊医疗服务。", "outpatient_visits", []string{"18600"}},
		{"去年醫院共提供了18600人次的門診醫療服務。", "outpatient_visits", []string{"18600"}},
		{"全年完成3.2万人次的门急诊服务和1800余例的住院手术。", "outpatient_visits", []string{"32000"}},
		{"全年完成3.2萬人次的門急診服務和1800餘例的住院手術。", "surgeries", []string{"1800"}},
		{"全年完成3.2萬人次的門急診服務和1800餘例的住院手術。", "outpatient_visits", []string{"32000"}},
		{"医院去年开展2400余台手术。", "surgeries", []string{"2400"}},
		{"醫院去年開展2400餘臺手術。", "surgeries", []string{"2400"}},
		{"医院收治1.1万人次的出院患者。", "inpatient_discharges", []string{"11000"}},
		{"醫院收治1.1萬人次的出院患者。", "inpatient_discharges", []string{"11000"}},
		// The figure after a label and a joint belongs to the next label.
		{"提供了900余例的住院手术服务以及600余例的门诊手术服务。", "surgeries", []string{"600", "900"}},
		{"提供了900餘例的住院手術服務以及600餘例的門診手術服務。", "surgeries", []string{"600", "900"}},
		// 门诊手术 is an operation, not a visit; 住院手术 no discharge.
		{"提供了600人次的门诊手术服务。", "outpatient_visits", nil},
		{"提供了600人次的門診手術服務。", "outpatient_visits", nil},
		{"完成1200人次的住院手术。", "inpatient_discharges", nil},
		// A team's work stays none of the hospital's.
		{"三年来,医疗队先后提供了5200人次的门诊服务。", "outpatient_visits", nil},
		{"三年來,醫療隊先後提供了5200人次的門診服務。", "outpatient_visits", nil},
	})
}

// What a project's plan costs (计划经费) and what is put into it (投入经费)
// are its investment, as Taiwan's pages write them.
func TestInvestmentAsABudget(t *testing.T) {
	runCases(t, []ruleCase{
		{"新医疗大楼计划经费36.5亿元,由中央负担三成。", "investment_yuan", []string{"3.65e+09"}},
		{"新醫療大樓計畫經費36.5億元,由中央負擔三成。", "investment_yuan", []string{"3.65e+09"}},
		{"扩建工程投入经费达8亿元。", "investment_yuan", []string{"8e+08"}},
		{"擴建工程投入經費達8億元。", "investment_yuan", []string{"8e+08"}},
		// One source's share is a part.
		{"其中一期计划经费2亿元。", "investment_yuan", nil},
		{"其中一期計畫經費2億元。", "investment_yuan", nil},
	})
}

// A figure for a part of the year (上半年, 一季度, 1-10月, a holiday, a day)
// is no volume of the hospital's year; a region's figure is no hospital's.
func TestAmountsOfAPartOrARegion(t *testing.T) {
	runCases(t, []ruleCase{
		{"今年上半年,医院门急诊量达46.2万人次。", "outpatient_visits", nil},
		{"今年上半年,醫院門急診量達46.2萬人次。", "outpatient_visits", nil},
		{"一季度医院出院患者1.3万人次。", "inpatient_discharges", nil},
		{"一季度醫院出院患者1.3萬人次。", "inpatient_discharges", nil},
		{"今年1-9月,医院完成手术1.6万台次。", "surgeries", nil},
		{"今年1-9月,醫院完成手術1.6萬臺次。", "surgeries", nil},
		{"春节长假期间,医院门诊接诊患者9000余人次。", "outpatient_visits", nil},
		{"医院日均门诊量2800人次。", "outpatient_visits", nil},
		{"醫院日均門診量2800人次。", "outpatient_visits", nil},
		// The year's label wins over a daily figure before it.
		{"医院日均门诊量2800人次,年门诊量90万人次。", "outpatient_visits", []string{"900000"}},
		{"醫院日均門診量2800人次,年門診量90萬人次。", "outpatient_visits", []string{"900000"}},
		{"2023年,医院门急诊量达120万人次。", "outpatient_visits", []string{"1200000"}},
		// A region's figures.
		{"全市医疗机构完成门急诊诊疗1100万人次。", "outpatient_visits", nil},
		{"全市醫療機構完成門急診診療1100萬人次。", "outpatient_visits", nil},
		{"全省医院平均满意度为91%。", "satisfaction_rate", nil},
		{"全省醫院平均滿意度為91%。", "satisfaction_rate", nil},
		{"全院门急诊量达120万人次。", "outpatient_visits", []string{"1200000"}},
		{"全省首家,医院满意度达98%。", "satisfaction_rate", []string{"98"}},
	})
}

// After a department's count of patients, 其中 introduces its parts.
func TestAmountPartOfADepartment(t *testing.T) {
	runCases(t, []ruleCase{
		{"全年收住骨科病人多达3000人次,其中住院手术2900例。", "surgeries", nil},
		{"全年收住骨科病人多達3000人次,其中住院手術2900例。", "surgeries", nil},
		{"全年医院出院病人5万人次,其中手术2万台次。", "surgeries", []string{"20000"}},
		{"全年醫院出院病人5萬人次,其中手術2萬臺次。", "surgeries", []string{"20000"}},
	})
}

// The unit may come with the label (诊疗总人次156万, 出院人数4.5万, 手术台次
// 2.3万), or the label end in 量 and the figure stand in 万 alone (门诊接诊量
// 达到88万); a figure running on into another unit (88万元) is none.
func TestAmountUnitWithLabel(t *testing.T) {
	runCases(t, []ruleCase{
		{"2023年医院诊疗总人次达到156万,同比增长6%。", "outpatient_visits", []string{"1560000"}},
		{"2023年醫院診療總人次達到156萬,同比增長6%。", "outpatient_visits", []string{"1560000"}},
		{"全年门诊接诊量达到88万。", "outpatient_visits", []string{"880000"}},
		{"全年門診接診量達到88萬。", "outpatient_visits", []string{"880000"}},
		{"医院门诊量达到88万元。", "outpatient_visits", nil},
		{"全年出院人数4.5万,平均住院日7.2天。", "inpatient_discharges", []string{"45000"}},
		{"全年出院人數4.5萬,平均住院日7.2天。", "inpatient_discharges", []string{"45000"}},
		{"医院完成手术台次2.3万。", "surgeries", []string{"23000"}},
		{"醫院完成手術台次2.3萬。", "surgeries", []string{"23000"}},
		{"全年手术量达1.6万。", "surgeries", []string{"16000"}},
		{"全年手術量達1.6萬。", "surgeries", []string{"16000"}},
		// A change, not the amount.
		{"门诊接诊量同比增长3万。", "outpatient_visits", nil},
	})
}

// One kind of operation is a part of the hospital's operations.
func TestSurgeriesOfOneKind(t *testing.T) {
	runCases(t, []ruleCase{
		{"全年完成手术1.8万台次,其中四级手术2100台。", "surgeries", []string{"18000"}},
		{"全年完成手術1.8萬臺次,其中四級手術2100臺。", "surgeries", []string{"18000"}},
		{"医院开展微创手术3000余例。", "surgeries", nil},
		{"醫院開展微創手術3000餘例。", "surgeries", nil},
	})
}

// 投入 alone puts in a sum, in 元 of either side of the strait.
func TestInvestmentPutIn(t *testing.T) {
	runCases(t, []ruleCase{
		{"医院投入人民币1.2亿元建设新大楼。", "investment_yuan", []string{"1.2e+08"}},
		{"醫院投入新台幣3億元更新設備。", "investment_yuan", []string{"3e+08"}},
		{"医院投入800万元购置设备。", "investment_yuan", []string{"8e+06"}},
		{"新院区于2020年投入使用,投入医护人员300余名。", "investment_yuan", nil},
	})
}

// 投入 takes its sum right after it: what is bought with it in between
// (投入防控物资) makes it spending, no investment.
func TestInvestmentPutInSpent(t *testing.T) {
	runCases(t, []ruleCase{
		{"疫情期间医院投入防护物资500多万元。", "investment_yuan", nil},
		{"疫情期間醫院投入防護物資500多萬元。", "investment_yuan", nil},
		{"医院投入资金2000万元改造病房。", "investment_yuan", []string{"2e+07"}},
	})
}

// A round mark the amount passed (突破百万, 超过100万) gives way to the exact
// figure in the next clause; alone, it stands.
func TestAmountPastAMark(t *testing.T) {
	runCases(t, []ruleCase{
		{"全年门诊量首次突破百万人次,达到102.6万人次。", "outpatient_visits", []string{"1026000"}},
		{"全年門診量首次突破百萬人次,達到102.6萬人次。", "outpatient_visits", []string{"1026000"}},
		{"全年手术量超过2万台,达2.15万台。", "surgeries", []string{"21500"}},
		{"全年手術量超過2萬臺,達2.15萬臺。", "surgeries", []string{"21500"}},
		{"全年门诊量突破100万人次。", "outpatient_visits", []string{"1000000"}},
		// The clause after is another thing's figure.
		{"全年门诊量突破100万人次,同比增长8%。", "outpatient_visits", []string{"1000000"}},
	})
}
