package extract

// temporaryPartyBranches counts 临时党支部 (成立…两个临时党支部), which the
// hospital's teams (援鄂医疗队) have: a team named before them is theirs.
func temporaryPartyBranches() Extractor {
	return countRule{
		metric:  "temporary_party_branches",
		units:   `个`,
		nouns:   `临时党支部|临时支部`,
		connect: `有|共有|共|达|成立`,
		ofTeams: true,
	}.compile()
}
