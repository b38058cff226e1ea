package extract

import "testing"

// A group that lists or contains its hospitals (下辖甲医院、乙医院等3家医院,
// 医联体涵盖12家成员单位) counts the group's staff and members after them,
// not the last hospital named's; a campus named after a hospital whose own
// name holds a part word (某市中心人民医院东院区) counts the campus's.
func TestGroupAndPartCounts(t *testing.T) {
	runCases(t, []ruleCase{
		{"宜昌市医疗集团下辖宜昌市中心人民医院、兴山县人民医院等3家医院,共有职工5200人,党员1300名。", "staff", nil},
		{"宜昌市醫療集團下轄宜昌市中心人民醫院、興山縣人民醫院等3家醫院,共有職工5200人,黨員1300名。", "party_members", nil},
		{"宜昌市中心人民医院牵头组建的医联体涵盖12家成员单位,共有职工5200人。", "staff", nil},
		{"宜昌市中心人民醫院牽頭組建的醫聯體涵蓋12家成員單位,共有職工5200人。", "staff", nil},
		{"宜昌市中心人民医院东院区现有职工820人。", "staff", nil},
		{"宜昌市中心人民醫院東院區現有職工820人。", "staff", nil},
		{"宜昌市中心人民医院心内科现有职工55人。", "staff", nil},
		// The hospital itself, all its campuses, its new campus.
		{"宜昌市中心人民医院现有职工3150人。", "staff", []string{"3150"}},
		{"宜昌市中心人民医院两个院区现有职工3150人。", "staff", []string{"3150"}},
		{"宜昌市中心人民醫院兩個院區現有職工3150人。", "staff", []string{"3150"}},
		{"宜昌市中心人民医院新院区开放床位950张。", "beds", []string{"950"}},
	})
}
