package extract

import "testing"

// 荣 after 中 begins a verb of honour (大赛中荣获), not 中荣 (台中荣民总医院).
func TestShortNameBeforeVerbOfHonour(t *testing.T) {
	checkHospitals(t, []hospitalCase{
		{"青山医院在全省护理技能大赛中荣获一等奖。", []string{"青山医院"}},
		{"青山醫院在全國評比中榮膺首獎。", []string{"青山医院"}},
		{"中荣今年启用新大楼。", []string{"台中荣民总医院"}},
	})
}

// 恒基 before 集团 is the developer, not 恒春基督教医院.
func TestShortNameOfACompany(t *testing.T) {
	checkHospitals(t, []hospitalCase{
		{"恒基集团主席的家族拥有的青山医院表示有兴趣。", []string{"青山医院"}},
		{"恆基集團主席的家族擁有的青山醫院表示有興趣。", []string{"青山医院"}},
	})
}
