package extract

import "testing"

// People a hospital presents with an honour (颁发, 颁授, 颁给), who come up
// to take a prize (登台领奖) or who receive one (殊荣, 嘉奖, 获颁) are the
// awardees: some of the staff or members, never the headcount. Everyone
// of the hospital (全院…) stays the whole, as does a count in another
// clause of the same sentence.
func TestHonouredCountsAreNoHeadcount(t *testing.T) {
	runCases(t, []ruleCase{
		{"青山市人民医院向32位从医三十年的老专家颁发纪念奖章。", "staff", nil},
		{"青山市人民医院为17名职工颁发荣誉证书。", "staff", nil},
		{"青山市人民醫院為17名職工頒發榮譽證書。", "staff", nil},
		{"院长为28名员工颁授服务奖章。", "staff", nil},
		{"院長為28名員工頒授服務獎章。", "staff", nil},
		{"大会上,45名员工登台领奖。", "staff", nil},
		{"大會上,45名員工登台領獎。", "staff", nil},
		{"19位医务人员享受这份殊荣。", "staff", nil},
		{"19位醫務人員享受這份殊榮。", "staff", nil},
		{"医院为14位党员颁授“光荣在党50年”纪念章。", "party_members", nil},
		{"醫院為14位黨員頒授「光榮在黨50年」紀念章。", "party_members", nil},
		{"会上,27名党员登台领奖。", "party_members", nil},
		{"會上,27名黨員登台領獎。", "party_members", nil},
		{"大会向6个党支部颁发流动红旗。", "party_branches", nil},
		{"大會向6個黨支部頒發流動紅旗。", "party_branches", nil},
		// The whole hospital, and a count in its own clause, stand.
		{"院长为全院1500名职工颁发慰问品。", "staff", []string{"1500"}},
		{"院長為全院1500名職工頒發慰問品。", "staff", []string{"1500"}},
		{"青山市人民医院现有职工1650人,今年为30名职工颁发了服务奖。", "staff", []string{"1650"}},
		{"青山市人民醫院現有職工1650人,今年為30名職工頒發了服務獎。", "staff", []string{"1650"}},
		{"青山市人民医院现有党员420名,会上为12名党员颁发纪念章。", "party_members", []string{"420"}},
	})
}
