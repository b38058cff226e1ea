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

// Short names of Taiwan's hospitals in a list of hospitals, with or
// without a suffix after them; those that are common words (新光, 振兴,
// 奇美) only as an item of such a list.
func TestTaiwanShortNamesInLists(t *testing.T) {
	checkHospitals(t, []hospitalCase{
		{"评比中名列前茅的有台大医院、中医大附医、高医附设医院。", []string{"台大医院", "中国医药大学附设医院", "高雄医学大学附设中和纪念医院"}},
		{"評比中名列前茅的有台大醫院、中醫大附醫、高醫附設醫院。", []string{"台大医院", "中国医药大学附设医院", "高雄医学大学附设中和纪念医院"}},
		{"入榜的还有国泰医院、奇美及新光,振兴医院则首次入榜。", []string{"国泰医院", "奇美医院", "新光医院", "振兴医院"}},
		{"入榜的還有國泰醫院、奇美及新光，振興醫院則首次入榜。", []string{"国泰医院", "奇美医院", "新光医院", "振兴医院"}},
		// A hospital's name as the text writes it stays (亚东医院, not the
		// registered 亚东纪念医院), as its short name reads (亚东).
		{"入榜的有台大医院、亚东医院。", []string{"台大医院", "亚东医院"}},
		{"入榜的有台大醫院、亞東及國泰醫院。", []string{"台大医院", "亚东医院", "国泰医院"}},
		{"获奖的有双和医院和北医附医。", []string{"双和医院", "台北医学大学附设医院"}},
		{"獲獎的有雙和醫院和北醫附醫。", []string{"双和医院", "台北医学大学附设医院"}},
		// Written in full (亚东纪念医院), the name stays as written too.
		{"入榜的有台大医院、亚东纪念医院。", []string{"台大医院", "亚东纪念医院"}},
		{"入榜的有台大醫院、亞東紀念醫院。", []string{"台大医院", "亚东纪念医院"}},
		// Common words where no list of hospitals stands.
		{"新光三越周年庆开跑,振兴经济方案出炉。", nil},
		{"新光、振兴两家公司今日公布财报。", nil},
		{"台大医院院长说,新光、振兴是他的心愿。", []string{"台大医院"}},
	})
}

// A university's short name (台大, 成大) stands for its hospital only
// before one of the hospital's campuses named by its place.
func TestUniversityShortNameBeforeACampus(t *testing.T) {
	checkHospitals(t, []hospitalCase{
		{"台大云林分院新大楼今日动土。", []string{"台大医院云林分院"}},
		{"台大雲林分院新大樓今日動土。", []string{"台大医院云林分院"}},
		{"成大斗六分院扩建病房。", []string{"成大医院斗六分院"}},
		{"成大斗六分院擴建病房。", []string{"成大医院斗六分院"}},
		// The university, and its hospital written in full as before.
		{"台大校长与成大医学院院长出席典礼。", nil},
		{"台大校長與成大醫學院院長出席典禮。", nil},
		{"台大醫院雲林分院今日動土。", []string{"台大医院云林分院"}},
		// A place before the short name: a campus's own name, not read here.
		{"新竹台大分院院长出席。", nil},
	})
}
