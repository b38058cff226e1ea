package extract

import "testing"

// Staff are counted as colleagues (同仁) too; a breakdown by kind of
// employment or by trade gives parts, not the headcount.
func TestStaffColleaguesAndKinds(t *testing.T) {
	runCases(t, []ruleCase{
		{"青山县中医医院全院同仁900余人坚守岗位。", "staff", []string{"900"}},
		{"青山縣中醫醫院全院同仁900餘人堅守崗位。", "staff", []string{"900"}},
		{"青山医院二千三百名同仁齐聚一堂。", "staff", []string{"2300"}},
		{"青山醫院二千三百名同仁齊聚一堂。", "staff", []string{"2300"}},
		// Colleagues who join from elsewhere, doctors and nurses, honoured
		// ones: some people, not the staff.
		{"院长带领40多名同仁加入新医院的筹建。", "staff", nil},
		{"院長帶領40多名同仁加入新醫院的籌建。", "staff", nil},
		{"青山医院现有医护同仁一千余位。", "staff", nil},
		{"青山醫院現有醫護同仁一千餘位。", "staff", nil},
		{"院庆大会表扬30位资深同仁。", "staff", nil},
		// One kind among others is a part; with the other kinds counted
		// beside it the formal staff are one too.
		{"青山市人民医院现有正式职工740人、合同制职工380人。", "staff", nil},
		{"青山市人民醫院現有正式職工740人、合同制職工380人。", "staff", nil},
		{"青山市人民医院有编外人员210人。", "staff", nil},
		{"青山市人民医院现有正式职工740人,开放床位800张。", "staff", []string{"740"}},
		{"青山市人民醫院現有正式職工740人,開放床位800張。", "staff", []string{"740"}},
		// A clause opened by 其中 counts a part of the count before it.
		{"医院职工总数1900人,其中编制内职工1100人,编外聘用人员800人。", "staff", []string{"1900"}},
		{"醫院職工總數1900人,其中編制內職工1100人,編外聘用人員800人。", "staff", []string{"1900"}},
		{"医院目前有员工640人,其中正式在编员工350人,合同制员工290人。", "staff", []string{"640"}},
		{"医院现有在岗人员1420人,其中医生450名、护士630名。", "staff", []string{"1420"}},
		{"醫院現有在崗人員1420人,其中醫生450名、護士630名。", "staff", []string{"1420"}},
		// Everyone of the hospital, whatever they did.
		{"青山市人民医院全院1300多名干部职工参加了义诊活动。", "staff", []string{"1300"}},
		{"青山市人民醫院全院1300多名幹部職工參加了義診活動。", "staff", []string{"1300"}},
		{"青山市人民医院300多名职工参加了义诊活动。", "staff", nil},
		// 为 joins the noun and its figure.
		{"青山区医院员工为870人。", "staff", []string{"870"}},
		{"青山區醫院員工為870人。", "staff", []string{"870"}},
	})
}

// A count and, in the next clause, the figure it went to: the later one
// is the count; time words may stand inside a change.
func TestCountChangedLater(t *testing.T) {
	runCases(t, []ruleCase{
		{"青山市第三人民医院去年有党员190名,今年增至214名。", "party_members", []string{"214"}},
		{"青山市第三人民醫院去年有黨員190名,今年增至214名。", "party_members", []string{"214"}},
		{"青山区医院去年员工为930人,今年已增至1010人。", "staff", []string{"1010"}},
		{"青山區醫院去年員工為930人,今年已增至1010人。", "staff", []string{"1010"}},
		{"医院党支部由去年的13个增加到今年的17个。", "party_branches", []string{"17"}},
		{"醫院黨支部由去年的13個增加到今年的17個。", "party_branches", []string{"17"}},
		{"医院职工人数从去年的310人增至今年的352人。", "staff", []string{"352"}},
		{"醫院職工人數從去年的310人增至今年的352人。", "staff", []string{"352"}},
		{"医院党员由2016年的130名增加到2021年底的175名。", "party_members", []string{"175"}},
		// What follows the later figure is another thing's: the count stands.
		{"医院现有床位800张,增至1000张的规划已获批。", "beds", []string{"800"}},
		// A change by a figure measured against another year, then the
		// figure reached.
		{"青山市人民医院党员总数较去年增加17名,达到408名。", "party_members", []string{"408"}},
		{"青山市人民醫院黨員總數較去年增加17名,達到408名。", "party_members", []string{"408"}},
		{"青山市人民医院员工人数比去年多了70人,达到1370人。", "staff", []string{"1370"}},
		{"青山市人民医院党员较上年增加20名。", "party_members", nil},
		// An increase by a figure is no figure reached.
		{"医院现有党员260名,今年增加了12名。", "party_members", []string{"260"}},
	})
}
