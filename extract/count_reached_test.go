package extract

import "testing"

// A count grown to its figure, with no earlier figure given (党员人数增至
// 130名, 职工已发展到1350人, 党支部数量增加到13个), is the count now; a
// figure it will reach (将增至, 计划…增加到) is a plan, and a growth by a
// figure (增加15名) is no count.
func TestCountReached(t *testing.T) {
	runCases(t, []ruleCase{
		{"青山市人民医院党员人数增至137名。", "party_members", []string{"137"}},
		{"青山市人民醫院黨員人數增至137名。", "party_members", []string{"137"}},
		{"医院党员已增加到138名。", "party_members", []string{"138"}},
		{"醫院黨員已增加到138名。", "party_members", []string{"138"}},
		{"医院职工人数增至1460人。", "staff", []string{"1460"}},
		{"醫院職工人數增至1460人。", "staff", []string{"1460"}},
		{"医院员工已发展到1470人。", "staff", []string{"1470"}},
		{"醫院員工已發展到1470人。", "staff", []string{"1470"}},
		{"医院党支部数量增加到14个。", "party_branches", []string{"14"}},
		{"醫院黨支部數量增加到14個。", "party_branches", []string{"14"}},
		{"医院党小组增至33个。", "party_groups", []string{"33"}},
		{"醫院黨小組增至33個。", "party_groups", []string{"33"}},
		// A plan, and a growth by a figure.
		{"医院党员人数将增至200名。", "party_members", nil},
		{"醫院黨員人數將增至200名。", "party_members", nil},
		{"医院计划职工人数增加到2000人。", "staff", nil},
		{"醫院計劃職工人數增加到2000人。", "staff", nil},
		{"医院党员今年增加16名。", "party_members", nil},
		{"醫院黨員今年增加16名。", "party_members", nil},
	})
}

// The members or staff counted as a body (党员队伍达303人, 职工队伍已壮大到
// 1500人) and the branches by their total (党支部总数为18个) are the counts;
// some of the body (党员队伍中有青年党员120名) are not.
func TestCountOfTheBodyAndTotal(t *testing.T) {
	runCases(t, []ruleCase{
		{"青山市人民医院党员队伍达313人。", "party_members", []string{"313"}},
		{"青山市人民醫院黨員隊伍達313人。", "party_members", []string{"313"}},
		{"青山市人民医院职工队伍已壮大到1510人。", "staff", []string{"1510"}},
		{"青山市人民醫院職工隊伍已壯大到1510人。", "staff", []string{"1510"}},
		{"全院党支部总数为19个。", "party_branches", []string{"19"}},
		{"全院黨支部總數為19個。", "party_branches", []string{"19"}},
		{"医院党总支数量为4个。", "party_general_branches", []string{"4"}},
		{"醫院黨總支數量為4個。", "party_general_branches", []string{"4"}},
		{"医院党员队伍中有青年党员120名。", "party_members", nil},
		{"醫院黨員隊伍中有青年黨員120名。", "party_members", nil},
	})
}
