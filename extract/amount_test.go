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
