package extract

// partyMembersActive counts 在职党员 (在职党员285名, 285名在职党员).
func partyMembersActive() Extractor {
	return countRule{
		metric:    "party_members_active",
		units:     `名|人|位`,
		nouns:     `在职党员`,
		connect:   `有|共有|现有|共|达|人数|数量`,
		notClause: `培训|慰问|选派|派出|组织|参加|参与`,
		// 党员432名,其中在职党员350名: the active members are the part 其中
		// introduces.
		subset: true,
	}.compile()
}
