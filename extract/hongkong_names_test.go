package extract

import "testing"

// Hong Kong's hospitals whose names the suffix rule cannot read are read
// from the list, in either script; a name inside a longer word is not.
func TestHongKongNames(t *testing.T) {
	checkHospitals(t, []hospitalCase{
		{"病人昨日由东华东院转往浸会医院,情况稳定。", []string{"东华东院", "浸会医院"}},
		{"病人昨日由東華東院轉往浸會醫院，情況穩定。", []string{"东华东院", "浸会医院"}},
		{"雅丽氏何妙龄那打素医院及东区尤德夫人那打素医院今日起加开病床。", []string{"雅丽氏何妙龄那打素医院", "东区尤德夫人那打素医院"}},
		{"雅麗氏何妙齡那打素醫院及東區尤德夫人那打素醫院今日起加開病床。", []string{"雅丽氏何妙龄那打素医院", "东区尤德夫人那打素医院"}},
		{"麦理浩复康院举行开放日,大口环根德公爵夫人儿童医院亦派员参加。", []string{"麦理浩复康院", "大口环根德公爵夫人儿童医院"}},
		{"麥理浩復康院舉行開放日，大口環根德公爵夫人兒童醫院亦派員參加。", []string{"麦理浩复康院", "大口环根德公爵夫人儿童医院"}},
		{"位于大埔的那打素医院今日开放。", []string{"那打素医院"}},
		{"位於大埔的那打素醫院今日開放。", []string{"那打素医院"}},
		{"东华东院区的街坊参加活动。", nil},
	})
}
