package extract

// partyGroups counts 党小组 (66个党小组, 党小组42个).
func partyGroups() Extractor {
	return countRule{
		metric:  "party_groups",
		units:   `个`,
		nouns:   `党小组`,
		connect: `有|共有|现有|共|达|总数|总数为|数量|数量为|设有`,
		// Groups honoured (评出党小组4个优秀集体) are awardees.
		notAfter:  `组长|长|` + honouredUnit,
		notClause: honouredClause,
		amongOrgs: true,
	}.compile()
}
