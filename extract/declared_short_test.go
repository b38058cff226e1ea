package extract

import "testing"

// A short form the article declares names the hospital after; without
// the declaration the same letters name nothing.
func TestDeclaredShortNames(t *testing.T) {
	checkAttribution(t, []attributionCase{
		{"苏州大学附属第一医院(简称苏大附一)与无锡市人民医院签约。苏大附一现有职工5000人。", "staff", "苏州大学附属第一医院"},
		{"蘇州大學附屬第一醫院（簡稱蘇大附一）與無錫市人民醫院簽約。蘇大附一現有職工5000人。", "staff", "苏州大学附属第一医院"},
		{"台南医学大学附设医院(以下简称“南医”)及高雄市立大同医院表现亮眼。大同医院院长致辞。南医一举拿下3项白金奖。", "award", "台南医学大学附设医院"},
		{"台南醫學大學附設醫院（以下簡稱「南醫」）及高雄市立大同醫院表現亮眼。大同醫院院長致辭。南醫一舉拿下3項白金獎。", "award", "台南医学大学附设医院"},
		// A short form that ends in 医院 is a name the suffix search reads
		// by itself: declared, it is the full name's, in the declaration
		// and after it.
		{"甲乙大学附设医院(简称甲大医院)位于新北市。甲大医院现有员工1200人。", "staff", "甲乙大学附设医院"},
		{"甲乙大學附設醫院（簡稱甲大醫院）位於新北市。甲大醫院現有員工1200人。", "staff", "甲乙大学附设医院"},
		{"丙丁大学附属医院(简称丙大医院)床位数800床。", "beds", "丙丁大学附属医院"},
		{"丙丁大學附屬醫院（簡稱丙大醫院）床位數800床。", "beds", "丙丁大学附属医院"},
	})
}
