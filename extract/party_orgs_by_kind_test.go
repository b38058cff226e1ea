package extract

import "testing"

// All the party organisations counted, then 其中 and their kinds
// (基层党组织45个,其中党总支4个、党支部41个): each kind's figure is all of
// that kind. A part of one kind (党支部20个,其中临床党支部12个) stays a part.
func TestPartyOrganisationsByKind(t *testing.T) {
	runCases(t, []ruleCase{
		{"青山市人民医院党委下设基层党组织47个,其中党总支5个、党支部42个。", "party_branches", []string{"42"}},
		{"青山市人民醫院黨委下設基層黨組織47個,其中黨總支5個、黨支部42個。", "party_branches", []string{"42"}},
		{"青山市人民医院党委下设基层党组织47个,其中党总支5个、党支部42个。", "party_general_branches", []string{"5"}},
		{"青山市人民醫院黨委下設基層黨組織47個,其中黨總支5個、黨支部42個。", "party_general_branches", []string{"5"}},
		{"医院现有党组织33个,其中党总支3个,党支部30个,党员910名。", "party_general_branches", []string{"3"}},
		{"醫院現有黨組織33個,其中黨總支3個,黨支部30個,黨員910名。", "party_general_branches", []string{"3"}},
		{"医院现有党组织33个,其中党总支3个,党支部30个,党员910名。", "party_branches", []string{"30"}},
		{"医院有基层党组织26个,其中包括2个党总支、24个党支部。", "party_branches", []string{"24"}},
		{"醫院有基層黨組織26個,其中包括2個黨總支、24個黨支部。", "party_general_branches", []string{"2"}},
		// A part of one kind, and one kind honoured, stay out.
		{"医院共有党支部21个,其中临床党支部13个。", "party_branches", []string{"21"}},
		{"醫院共有黨支部21個,其中臨床黨支部13個。", "party_branches", []string{"21"}},
		{"医院有基层党组织26个,其中3个党支部被评为先进基层党组织。", "party_branches", nil},
		{"醫院有基層黨組織26個,其中3個黨支部被評為先進基層黨組織。", "party_branches", nil},
	})
}
