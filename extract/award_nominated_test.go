package extract

import "testing"

// A hospital put forward for an honour (提名, 候选, 推荐) does not hold it.
func TestAwardNominationsAreNoHonours(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		{"医院被评为“全国文明单位”提名单位。", nil},
		{"醫院被評為「全國文明單位」提名單位。", nil},
		{"医院获评“全国十佳医院”候选医院。", nil},
		{"醫院獲評「全國十佳醫院」候選醫院。", nil},
		{"医院被确定为“省级文明单位”推荐对象。", nil},
		{"醫院被確定為「省級文明單位」推薦對象。", nil},
		{"医院被评为全国文明单位提名单位。", nil},
		{"醫院被評為全國文明單位提名單位。", nil},
		// The honour itself still is one.
		{"医院被评为“全国文明单位”。", []string{"全国文明单位"}},
		{"醫院被評為「全國文明單位」。", []string{"全国文明单位"}},
	})
}

// Who gave a plain title (X授予的, X颁发的) is no part of it: it is the
// award's scope, for each title of a list.
func TestAwardIssuerBeforeTitle(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		{"医院荣获市卫生健康委授予的全市卫生健康系统先进集体称号。", []string{"全市卫生健康系统先进集体"}},
		{"醫院榮獲市衛生健康委授予的全市衛生健康系統先進集體稱號。", []string{"全市卫生健康系统先进集体"}},
		{"医院荣获省总工会颁发的省五一劳动奖状和市政府授予的市级文明单位。", []string{"市级文明单位", "省五一劳动奖状"}},
		{"醫院榮獲省總工會頒發的省五一勞動獎狀和市政府授予的市級文明單位。", []string{"市级文明单位", "省五一劳动奖状"}},
		{"医院荣获2022年度市卫生健康委授予的先进集体称号。", []string{"先进集体"}},
	})
	for _, c := range []struct{ text, scope string }{
		{"医院荣获市卫生健康委授予的全市卫生健康系统先进集体称号。", "市卫生健康委"},
		{"醫院榮獲省總工會頒發的省五一勞動獎狀。", "省总工会"},
		{"医院荣获市卫生健康委授予的“全市卫生健康系统先进集体”称号。", "市卫生健康委"},
	} {
		var got []string
		for _, f := range runArticle(t, c.text).Facts {
			if f.Metric == "award" {
				got = append(got, f.Scope)
			}
		}
		if len(got) != 1 || got[0] != c.scope {
			t.Errorf("%q: scopes %q, want [%q]", c.text, got, c.scope)
		}
	}
}

// A title a hospital gives a count of its staff or departments is theirs.
func TestAwardGivenToCountedStaff(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		{"医院授予10名职工“优秀员工”称号。", nil},
		{"醫院授予10名職工「優秀員工」稱號。", nil},
		{"医院授予三位护士“最美天使”称号。", nil},
		{"醫院授予三位護士「最美天使」稱號。", nil},
		{"医院授予12个科室“先进科室”称号。", nil},
		{"醫院授予12個科室「先進科室」稱號。", nil},
		{"医院被授予“全国文明单位”称号。", []string{"全国文明单位"}},
	})
}

// A quality mark written without quotes is read as its title when it
// names itself one (品质标章, 机构标章); a bare tally of marks is not.
func TestAwardPlainQualityMarks(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		{"医院获颁SNQ国家品质标章。", []string{"SNQ国家品质标章"}},
		{"醫院獲頒SNQ國家品質標章。", []string{"SNQ国家品质标章"}},
		{"医院获得智慧医院全机构标章。", []string{"智慧医院全机构标章"}},
		{"醫院獲得智慧醫院全機構標章。", []string{"智慧医院全机构标章"}},
		{"醫院榮獲品質獎銅獎及11項SNQ標章。", []string{"品质奖铜奖"}},
	})
}
