package extract

import "testing"

// Prizes alone, their contest named with its edition earlier in the
// story, are that contest's prizes; without an edition named before they
// say no honour.
func TestEarlierContestPrizes(t *testing.T) {
	runCases(t, []ruleCase{
		{"第12届全国医院品管圈大赛日前揭晓。青山医院凭借多个项目的改善成果，一举拿下2项金奖与1项银奖。", "award", []string{"全国医院品管圈大赛金奖", "全国医院品管圈大赛银奖"}},
		{"第12屆全國醫院品管圈大賽日前揭曉。青山醫院憑藉多個專案的改善成果，一舉拿下2項金獎與1項銀獎。", "award", []string{"全国医院品管圈大赛金奖", "全国医院品管圈大赛银奖"}},
		{"第5届国家医疗品质奖成绩揭晓。绿水医院获得铜奖。", "award", []string{"国家医疗品质奖铜奖"}},
		{"青山医院成立于1950年。青山医院凭借多项成果，一举拿下2项金奖。", "award", nil},
		{"第三届职工运动会举行。护理师王小美获得一等奖。", "award", nil},
	})
}
