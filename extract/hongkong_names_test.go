package extract

import "testing"

// Hong Kong's hospitals whose names the suffix rule cannot read are read
// from the list, in either script; a name inside a longer word is not.
func TestHongKongNames(t *testing.T) {
	for _, text := range []string{"北区医院急症室今日繁忙。", "北區醫院急症室今日繁忙。"} {
		hs := runArticle(t, text).Hospitals
		if len(hs) != 1 || hs[0].Province != "香港特别行政区" {
			t.Errorf("%q: %+v, want Hong Kong's 北区医院", text, hs)
		}
	}
	checkHospitals(t, []hospitalCase{
		{"病人昨日由东华东院转往浸会医院,情况稳定。", []string{"东华东院", "浸会医院"}},
		{"病人昨日由東華東院轉往浸會醫院，情況穩定。", []string{"东华东院", "浸会医院"}},
		{"雅丽氏何妙龄那打素医院及东区尤德夫人那打素医院今日起加开病床。", []string{"雅丽氏何妙龄那打素医院", "东区尤德夫人那打素医院"}},
		{"雅麗氏何妙齡那打素醫院及東區尤德夫人那打素醫院今日起加開病床。", []string{"雅丽氏何妙龄那打素医院", "东区尤德夫人那打素医院"}},
		{"麦理浩复康院举行开放日,大口环根德公爵夫人儿童医院亦派员参加。", []string{"麦理浩复康院", "大口环根德公爵夫人儿童医院"}},
		{"麥理浩復康院舉行開放日，大口環根德公爵夫人兒童醫院亦派員參加。", []string{"麦理浩复康院", "大口环根德公爵夫人儿童医院"}},
		{"位于大埔的那打素医院今日开放。", []string{"那打素医院"}},
		{"位於大埔的那打素醫院今日開放。", []string{"那打素医院"}},
		// A district's name and the suffix: the hospital Hong Kong names so.
		{"1929年,位于九龙塘南部的公立医院九龙医院开始启用。", []string{"九龙医院"}},
		{"玛丽医院于1937年启用。1929年,位于九龙塘南部的公立医院九龙医院开始启用。", []string{"玛丽医院", "九龙医院"}},
		{"1929年，位於九龍塘南部的公立醫院九龍醫院開始啟用。", []string{"九龙医院"}},
		{"东华东院区的街坊参加活动。", nil},
		// Named after a district the gazetteer reads as the mainland's or
		// Taiwan's: Hong Kong's; with a city before it, the city's.
		{"玛嘉烈医院及北区医院今日举行联合演习。", []string{"玛嘉烈医院", "北区医院"}},
		{"瑪嘉烈醫院及北區醫院今日舉行聯合演習。", []string{"玛嘉烈医院", "北区医院"}},
		{"沙田医院与大埔医院推出新服务。", []string{"沙田医院", "大埔医院"}},
		{"沙田醫院與大埔醫院推出新服務。", []string{"沙田医院", "大埔医院"}},
		{"攀枝花市东区医院召开职工大会。", []string{"攀枝花市东区医院"}},
		{"攀枝花市東區醫院召開職工大會。", []string{"攀枝花市东区医院"}},
	})
}
