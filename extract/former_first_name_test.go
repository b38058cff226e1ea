package extract

import "testing"

// The name a hospital bore at its founding or then (时称, 初名, 最初名为,
// 医院创建…名为“甲医院”) is a former name of the article's hospital, not
// another hospital; a hospital merely called by a name (一家名为…的医院)
// and 同时称 ("said at the same time") are no such thing.
func TestFormerFirstNames(t *testing.T) {
	checkHospitals(t, []hospitalCase{
		{"青山市中心医院始建于1923年,时称“青山县卫生院”。青山市中心医院现有职工1700人。", []string{"青山市中心医院"}},
		{"青山市中心醫院始建於1923年,時稱「青山縣衛生院」。青山市中心醫院現有職工1700人。", []string{"青山市中心医院"}},
		{"青山市中心医院创立于1923年,最初名为青山博爱医院。青山市中心医院现有职工1700人。", []string{"青山市中心医院"}},
		{"青山市中心醫院創立於1923年,最初名為青山博愛醫院。青山市中心醫院現有職工1700人。", []string{"青山市中心医院"}},
		{"青山市中心医院历史悠久。1923年,医院创建,院址位于城南,名为“青山教会医院”。如今的青山市中心医院拥有职工1700人。", []string{"青山市中心医院"}},
		{"青山市中心醫院歷史悠久。1923年,醫院創建,院址位於城南,名為「青山教會醫院」。如今的青山市中心醫院擁有職工1700人。", []string{"青山市中心医院"}},
		{"城南还有一家名为“青山和平医院”的民营医院。青山市中心医院现有职工1700人。", []string{"青山和平医院", "青山市中心医院"}},
	})
}

// The founding year told with the first name belongs to the hospital the
// article is about.
func TestFoundedYearOfFirstName(t *testing.T) {
	checkAttribution(t, []attributionCase{
		{"青山市中心医院历史悠久。1923年,医院创建,院址位于城南,名为“青山教会医院”。如今的青山市中心医院拥有职工1700人。", "founded_year", "青山市中心医院"},
		{"青山市中心醫院歷史悠久。1923年,醫院創建,院址位於城南,名為「青山教會醫院」。如今的青山市中心醫院擁有職工1700人。", "founded_year", "青山市中心医院"},
	})
}
