package extract

import "testing"

// A profile names who approved the founding between the year and the
// verb (经省政府批准成立, 經衛生署核准設立): the year is still the founding's;
// what the approval founded besides the hospital (a party committee, a
// centre, a group) or made it (成为三级医院) is not.
func TestFoundedYearApproved(t *testing.T) {
	runCases(t, []ruleCase{
		{"青山市人民医院是1987年经省政府批准成立的。", "founded_year", []string{"1987"}},
		{"青山市人民醫院是1987年經省政府批准成立的。", "founded_year", []string{"1987"}},
		{"青山区中医院于1994年经国家卫生部批准设立。", "founded_year", []string{"1994"}},
		{"青山區中醫院於1994年經國家衛生部批准設立。", "founded_year", []string{"1994"}},
		{"青山市妇幼保健院1979年经市政府批准创建。", "founded_year", []string{"1979"}},
		{"青山市婦幼保健院1979年經市政府批准創建。", "founded_year", []string{"1979"}},
		{"1991年,经省卫生厅批准,青山市第二人民医院正式成立。", "founded_year", []string{"1991"}},
		{"1991年,經省衛生廳批准,青山市第二人民醫院正式成立。", "founded_year", []string{"1991"}},
		{"青山醫院於1996年經衛生署核准設立。", "founded_year", []string{"1996"}},
		{"2006年经市委批准成立医院党委。", "founded_year", nil},
		{"2006年經市委批准成立醫院黨委。", "founded_year", nil},
		{"医院于2013年经省卫生厅批准成立胸痛中心。", "founded_year", nil},
		{"2017年经市政府批准组建青山医疗集团。", "founded_year", nil},
		{"医院于2004年经卫生部批准成为三级甲等医院。", "founded_year", nil},
		{"醫院於2004年經衛生部批准成為三級甲等醫院。", "founded_year", nil},
	})
}

// A hospital built and opened (建成开诊, 建成开业) in a year was founded
// then; a building or a campus built and opened was not.
func TestFoundedYearBuiltAndOpened(t *testing.T) {
	runCases(t, []ruleCase{
		{"青山市人民医院于1959年建成开诊。", "founded_year", []string{"1959"}},
		{"青山市人民醫院於1959年建成開診。", "founded_year", []string{"1959"}},
		{"青山市人民医院1959年建成开业,现有职工900人。", "founded_year", []string{"1959"}},
		{"青山市人民醫院1959年建成開業,現有職工900人。", "founded_year", []string{"1959"}},
		{"青山市人民医院的门诊楼于2015年建成开诊。", "founded_year", nil},
		{"青山市人民醫院的門診樓於2015年建成開診。", "founded_year", nil},
		{"青山市人民医院新院区于2018年建成开诊。", "founded_year", nil},
		{"青山市人民医院住院大楼2016年建成开诊,开放床位800张。", "founded_year", nil},
	})
}

// What a hospital was founded on may stand between the year and the verb
// (1958年在原县卫生院基础上组建成立); what else was founded so is not the
// hospital.
func TestFoundedYearOnABase(t *testing.T) {
	runCases(t, []ruleCase{
		{"兴山县人民医院1957年在原县卫生院基础上组建成立。", "founded_year", []string{"1957"}},
		{"興山縣人民醫院1957年在原縣衛生院基礎上組建成立。", "founded_year", []string{"1957"}},
		{"兴山县人民医院于1957年在原卫生院的基础上成立。", "founded_year", []string{"1957"}},
		{"興山縣人民醫院於1957年在原衛生院的基礎上成立。", "founded_year", []string{"1957"}},
		{"医院2016年在原内科的基础上成立心血管中心。", "founded_year", nil},
		{"兴山县人民医院2016年组建成立医共体。", "founded_year", nil},
	})
}
