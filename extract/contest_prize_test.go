package extract

import "testing"

// A prize named only by the contest it was won in is the contest's prize;
// a person's prize in a contest is no hospital's honour.
func TestContestPrizes(t *testing.T) {
	runCases(t, []ruleCase{
		{"青山医院在今年国家医疗品质奖竞赛中夺得金奖。", "award", []string{"国家医疗品质奖金奖"}},
		{"青山醫院在今年國家醫療品質獎競賽中奪得金獎。", "award", []string{"国家医疗品质奖金奖"}},
		{"青山医院参加第26届国家医疗品质奖,一举拿下2项白金奖与3项金奖。", "award", []string{"国家医疗品质奖白金奖", "国家医疗品质奖金奖"}},
		{"青山醫院參加第26屆國家醫療品質獎，一舉拿下2項白金獎與3項金獎。", "award", []string{"国家医疗品质奖白金奖", "国家医疗品质奖金奖"}},
		{"青山医院在2023年度全国医院品管圈大赛中获得二等奖。", "award", []string{"全国医院品管圈大赛二等奖"}},
		{"青山醫院於SNQ國家品質標章評選中獲得銅獎肯定。", "award", []string{"SNQ国家品质标章铜奖"}},
		{"护理师王小美在全国护理技能大赛中获得一等奖。", "award", nil},
		{"護理師王小美在全國護理技能大賽中獲得一等獎。", "award", nil},
		{"青山医院职工在全市演讲比赛中获得一等奖。", "award", nil},
		{"青山医院荣获金奖。", "award", nil},
	})
}
