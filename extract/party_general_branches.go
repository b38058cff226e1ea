package extract

// partyGeneralBranches counts 党总支 (设9个党总支, 下辖5个党总支).
func partyGeneralBranches() Extractor {
	return countRule{
		metric:    "party_general_branches",
		units:     `个`,
		nouns:     `党总支|总支`,
		connect:   `有|共有|现有|共|达|总数|总数为|数量|数量为|下设|设有`,
		notBefore: `团`,
		// 党总支下设4个党支部: the figure counts the branches under it.
		// Those honoured (表彰了2个党总支, 党总支1个先进基层党组织) are
		// awardees.
		notAfter:  `书记|委员|党支部|支部|党小组|` + honouredUnit,
		notClause: honouredClause + `|` + branchPlan,
		amongOrgs: true,
	}.compile()
}
