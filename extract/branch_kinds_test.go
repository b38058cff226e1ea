package extract

import "testing"

// Branches counted by kind with no total (在职党支部12个、离退休党支部2个;
// 临床党支部10个、行政后勤党支部3个) are a breakdown: each figure a part, not
// the hospital's count, as is one kind beside the sentence's total
// (设临床党支部11个,共有党支部14个). A total, or a kind alone, still counts.
// Staff by kind written number first (860名正式职工、420名合同制职工) are
// a breakdown too.
func TestBranchesAndStaffByKind(t *testing.T) {
	runCases(t, []ruleCase{
		{"青山市人民医院设有在职党支部13个、离退休党支部2个。", "party_branches", nil},
		{"青山市人民醫院設有在職黨支部13個、離退休黨支部2個。", "party_branches", nil},
		{"青山市人民医院党委下设13个在职党支部和1个离退休党支部。", "party_branches", nil},
		{"青山市人民醫院黨委下設13個在職黨支部和1個離退休黨支部。", "party_branches", nil},
		{"医院有临床党支部11个、行政后勤党支部3个。", "party_branches", nil},
		{"醫院有臨床黨支部11個、行政後勤黨支部3個。", "party_branches", nil},
		{"医院共有17个党支部,其中在职党支部15个、离退休党支部2个。", "party_branches", []string{"17"}},
		{"醫院共有17個黨支部,其中在職黨支部15個、離退休黨支部2個。", "party_branches", []string{"17"}},
		{"医院党委下设24个党支部(含2个离退休党支部)。", "party_branches", []string{"24"}},
		{"医院党委下设行政党支部、临床党支部等9个党支部。", "party_branches", []string{"9"}},
		// Beside the sentence's total, one kind is a part of it.
		{"医院设临床党支部11个,共有党支部14个。", "party_branches", []string{"14"}},
		{"醫院設臨床黨支部11個,共有黨支部14個。", "party_branches", []string{"14"}},
		{"医院共有14个党支部,临床党支部11个。", "party_branches", []string{"14"}},
		{"医院设临床党支部11个。", "party_branches", []string{"11"}},
		{"医院现有正式职工750人,共有职工1210人。", "staff", []string{"1210"}},
		{"醫院現有正式職工750人,共有職工1210人。", "staff", []string{"1210"}},
		{"医院现有正式职工750人,开放床位800张。", "staff", []string{"750"}},
		{"医院现有870名正式职工、430名合同制职工。", "staff", nil},
		{"醫院現有870名正式職工、430名合同制職工。", "staff", nil},
	})
}
