package extract

import "testing"

// A hospital named in another's predicate (甲医院是乙医院的协作医院, 甲医院系
// 乙医院托管医院, 作为乙医院的成员单位) owns what the first is; the clauses
// after it go on about the first, the sentence's subject. Named after 是
// with nothing of its own after it, the hospital is the subject itself.
func TestAttributionPastPredicateOwner(t *testing.T) {
	checkAttribution(t, []attributionCase{
		{"兴山县人民医院是宜昌市中心人民医院的医联体成员单位,现有职工640人。", "staff", "湖北省兴山县人民医院"},
		{"興山縣人民醫院是宜昌市中心人民醫院的醫聯體成員單位,現有職工640人。", "staff", "湖北省兴山县人民医院"},
		{"兴山县人民医院系宜昌市中心人民医院托管医院,现有职工640人,党员130名。", "party_members", "湖北省兴山县人民医院"},
		{"興山縣人民醫院係宜昌市中心人民醫院託管醫院,現有職工640人,黨員130名。", "party_members", "湖北省兴山县人民医院"},
		{"兴山县人民医院作为宜昌市中心人民医院的成员单位,始建于1953年。", "founded_year", "湖北省兴山县人民医院"},
		{"兴山县人民医院是宜昌市中心人民医院的教学医院,下设党支部9个。", "party_branches", "湖北省兴山县人民医院"},
		{"目前全市规模最大的是宜昌市中心人民医院,现有职工3100人。", "staff", "宜昌市中心人民医院"},
	})
}
