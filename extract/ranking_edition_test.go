package extract

import "testing"

// A place that states no year of its own is of its list's edition: the
// year the list's name holds, or the one of the list of the same kind the
// lead names; a list's common noun (全国榜单) names no list; a world
// list's size is no country's total. Each case in both scripts.
func TestRankingEditionYear(t *testing.T) {
	type want struct {
		hospital    string
		place, year int
		total       int
		scope       string
	}
	cases := []struct {
		text string
		want []want
	}{
		// The lead names the edition; a later paragraph says 全国榜单.
		{"昨日,某某版《2023年度中国医院综合排行榜》和《2023年度中国医院专科声誉排行榜》在京发布。\n这是某某版中国医院排行榜连续第十年发布。本省共有两家医院进入全国榜单前十,分别是甲市人民医院和乙市中心医院,排名为3、8位。",
			[]want{{"甲市人民医院", 3, 2023, 0, "某某版中国医院排行榜"}, {"乙市中心医院", 8, 2023, 0, "某某版中国医院排行榜"}}},
		{"昨日，某某版《2023年度中國醫院綜合排行榜》和《2023年度中國醫院專科聲譽排行榜》在京發布。\n這是某某版中國醫院排行榜連續第十年發布。本省共有兩家醫院進入全國榜單前十，分別是甲市人民醫院和乙市中心醫院，排名為3、8位。",
			[]want{{"甲市人民医院", 3, 2023, 0, "某某版中国医院排行榜"}, {"乙市中心医院", 8, 2023, 0, "某某版中国医院排行榜"}}},
		// The lead's quoted name ends with its part in brackets.
		{"日前,《2020年度中国医院排行榜(总榜)》在沪发布,引起各方关注。\n在本次某某版医院排行榜中,甲市人民医院位列第12名。",
			[]want{{"甲市人民医院", 12, 2020, 0, "本次某某版医院排行榜"}}},
		{"日前，《2020年度中國醫院排行榜(總榜)》在滬發布，引起各方關注。\n在本次某某版醫院排行榜中，甲市人民醫院位列第12名。",
			[]want{{"甲市人民医院", 12, 2020, 0, "本次某某版医院排行榜"}}},
		// A place said of another year takes no edition's year.
		{"日前,《2020年度中国医院排行榜(总榜)》在沪发布,引起各方关注。\n回顾去年,在某某版医院排行榜中,甲市人民医院位列第15名。",
			[]want{{"甲市人民医院", 15, 0, 0, "某某版医院排行榜"}}},
		{"日前，《2020年度中國醫院排行榜(總榜)》在滬發布，引起各方關注。\n回顧去年，在某某版醫院排行榜中，甲市人民醫院位列第15名。",
			[]want{{"甲市人民医院", 15, 0, 0, "某某版医院排行榜"}}},
		// The year in the place's own list, at the text's very start.
		{"甲市人民医院荣登2021年度某某医院科技排行榜第66名。",
			[]want{{"甲市人民医院", 66, 2021, 0, "2021年度某某医院科技排行榜"}}},
		{"甲市人民醫院榮登2021年度某某醫院科技排行榜第66名。",
			[]want{{"甲市人民医院", 66, 2021, 0, "2021年度某某医院科技排行榜"}}},
		// The top of the list named before the place in its sentence.
		{"某研究中心发布2021某某医院竞争力排行榜,甲市人民医院位居县级医院100强第18名。",
			[]want{{"甲市人民医院", 18, 2021, 100, "县级医院100强"}}},
		{"某研究中心發布2021某某醫院競爭力排行榜，甲市人民醫院位居縣級醫院100強第18名。",
			[]want{{"甲市人民医院", 18, 2021, 100, "县级医院100强"}}},
	}
	for _, c := range cases {
		_, facts := extractorFacts(t, ranking{}, c.text)
		if len(facts) != len(c.want) {
			t.Errorf("%q: facts %+v, want %d", c.text, facts, len(c.want))
			continue
		}
		for i, w := range c.want {
			f := facts[i]
			if f.Hospital != w.hospital || f.Value != int64(w.place) || f.Year != w.year || f.Total != w.total || f.Scope != w.scope {
				t.Errorf("%q: fact %+v, want %+v", c.text, f, w)
			}
		}
	}
}

// A country's place under a world list named in a sentence before
// (全台排名第2名 after 全球前250强) is no place among the world list's 250.
func TestRankingWorldListSizeIsNoCountrys(t *testing.T) {
	for _, text := range []string{
		"某某周刊公布「2025年全球最佳医院」,甲医院连续两年挤进全球前250强。乙医院则在全台排名第2名。",
		"某某周刊公布「2025年全球最佳醫院」，甲醫院連續兩年擠進全球前250強。乙醫院則在全台排名第2名。",
	} {
		_, facts := extractorFacts(t, ranking{}, text)
		for _, f := range facts {
			if f.Value == int64(2) && f.Total != 0 {
				t.Errorf("%q: %+v, want no total", text, f)
			}
		}
		if len(facts) == 0 {
			t.Errorf("%q: no place", text)
		}
	}
}

// A year the place is compared with (较2021年的第30名进步5名) is not the
// year of the place after it; a year joined to another (2022和2023年) is.
func TestRankingComparedYear(t *testing.T) {
	cases := []struct {
		text  string
		place int
		year  int
	}{
		{"甲市人民医院较2021年的第30名进步5名,并在全省42家医院中排名第3。", 3, 0},
		{"甲市人民醫院較2021年的第30名進步5名，並在全省42家醫院中排名第3。", 3, 0},
		{"甲市人民医院与2021年相比进步明显,在全省42家医院中排名第3。", 3, 0},
		{"甲市人民醫院與2021年相比進步明顯，在全省42家醫院中排名第3。", 3, 0},
		{"2022和2023年,甲市人民医院在全省42家医院中排名第3。", 3, 2023},
		{"2022和2023年，甲市人民醫院在全省42家醫院中排名第3。", 3, 2023},
	}
	for _, c := range cases {
		_, facts := extractorFacts(t, ranking{}, c.text)
		found := false
		for _, f := range facts {
			if f.Value == int64(c.place) {
				found = true
				if f.Year != c.year {
					t.Errorf("%q: %+v, want year %d", c.text, f, c.year)
				}
			}
		}
		if !found {
			t.Errorf("%q: no place %d in %+v", c.text, c.place, facts)
		}
	}
}

// The region a hospital is ranked in, written between its name and the
// verb (甲医院全省排名第12位), is the place's scope, not a region ranked;
// a scope is its list's name with the region in brackets, no hospital's
// name before it.
func TestRankingRegionBeforeVerb(t *testing.T) {
	cases := []struct {
		text, hospital, scope string
		place                 int
	}{
		{"据悉,青山市第一人民医院全省排名第12位。", "青山市第一人民医院", "全省", 12},
		{"據悉，青山市第一人民醫院全省排名第12位。", "青山市第一人民医院", "全省", 12},
		// The exam's name holds 医院: the place is left to the sentence's
		// hospital, which the pipeline names.
		{"青山市第一人民医院三级公立医院绩效考核全省排名第9位。", "", "三级公立医院绩效考核(全省)", 9},
		{"青山市第一人民醫院三級公立醫院績效考核全省排名第9位。", "", "三级公立医院绩效考核(全省)", 9},
		{"青山市第一人民医院在2022年度三级公立医院绩效考核中全省排名第7位。", "青山市第一人民医院", "三级公立医院绩效考核(全省)", 7},
		{"青山市第一人民醫院在2022年度三級公立醫院績效考核中全省排名第7位。", "青山市第一人民医院", "三级公立医院绩效考核(全省)", 7},
		// A region ranked among regions is still no hospital's.
		{"青山区全省排名第一。", "", "", 0},
		{"青山區全省排名第一。", "", "", 0},
	}
	for _, c := range cases {
		_, facts := extractorFacts(t, ranking{}, c.text)
		if c.place == 0 {
			if len(facts) != 0 {
				t.Errorf("%q: %+v, want no place", c.text, facts)
			}
			continue
		}
		if len(facts) != 1 || facts[0].Hospital != c.hospital || facts[0].Value != int64(c.place) || facts[0].Scope != c.scope {
			t.Errorf("%q: %+v, want %s %d scope %q", c.text, facts, c.hospital, c.place, c.scope)
		}
	}
}

// The verb of being rated (获评为) before a list's name is no part of it.
func TestRankingListNameAfterRatingVerb(t *testing.T) {
	for _, text := range []string{
		"据悉,青山市人民医院于2024年获评为亚洲最佳医院之一,排名第41位。",
		"據悉，青山市人民醫院於2024年獲評為亞洲最佳醫院之一，排名第41位。",
	} {
		_, facts := extractorFacts(t, ranking{}, text)
		if len(facts) != 1 || facts[0].Scope != "亚洲最佳医院" || facts[0].Year != 2024 {
			t.Errorf("%q: %+v, want scope 亚洲最佳医院, year 2024", text, facts)
		}
	}
}

// A top the place is not in (挺进全球前200强, then 第249名) is not its
// list: the lead's list is; a place said in a sentence of another year
// (回顾去年…) takes no edition's year.
func TestRankingTopTooSmallAndOtherYear(t *testing.T) {
	lead := "某某周刊日前公布「2030年全球最佳医院」排行,本地共有两家医院入榜,成绩亮眼。\n"
	cases := []struct {
		text, scope string
		place, year int
	}{
		{lead + "青山市人民医院从第208名跃升到第174名,挺进全球前200强;绿水县中医院则以第249名成绩首度入榜。", "某某周刊日前公布「2030年全球最佳医院」", 249, 2030},
		{lead + "青山市人民醫院從第208名躍升到第174名，挺進全球前200強；綠水縣中醫院則以第249名成績首度入榜。", "某某周刊日前公布「2030年全球最佳医院」", 249, 2030},
		{lead + "回顾去年排名,青山市人民医院名列第208名,表现稳定。", "", 208, 0},
		{lead + "回顧去年排名，青山市人民醫院名列第208名，表現穩定。", "", 208, 0},
	}
	for _, c := range cases {
		_, facts := extractorFacts(t, ranking{}, c.text)
		found := false
		for _, f := range facts {
			if f.Value != int64(c.place) {
				continue
			}
			found = true
			if f.Year != c.year || c.scope != "" && f.Scope == "全球前200强" {
				t.Errorf("%q: %+v, want year %d, not the top of 200", c.text, f, c.year)
			}
		}
		if !found {
			t.Errorf("%q: no place %d in %+v", c.text, c.place, facts)
		}
	}
}

// A place won in the group of Taiwan's hospital level (医学中心组,
// 地区医院组) is the hospital's standing among its level, as 三级医院 is
// on the mainland; 获评 is one of the verbs of winning it.
func TestRankingWonInTaiwanLevel(t *testing.T) {
	cases := []struct {
		text, scope string
	}{
		{"在今年的评鉴中,青山纪念医院获评医学中心组第一名。", "医学中心组"},
		{"在今年的評鑑中，青山紀念醫院獲評醫學中心組第一名。", "医学中心组"},
		{"青山纪念医院荣获地区医院组第1名。", "地区医院组"},
		{"青山紀念醫院榮獲地區醫院組第1名。", "地区医院组"},
	}
	for _, c := range cases {
		_, facts := extractorFacts(t, ranking{}, c.text)
		if len(facts) != 1 || facts[0].Value != int64(1) || facts[0].Scope != c.scope || facts[0].Hospital != "青山纪念医院" {
			t.Errorf("%q: %+v, want 青山纪念医院 1 in %s", c.text, facts, c.scope)
		}
	}
}

// The first place said without a number (居全台之冠, 位居全市同级医院之首)
// is in the region or group written before its 之冠 or 之首.
func TestRankingTopScope(t *testing.T) {
	cases := []struct{ text, scope string }{
		{"青山纪念医院居全台之冠,绿水县中医院紧随其后。", "全台"},
		{"青山紀念醫院居全台之冠，綠水縣中醫院緊隨其後。", "全台"},
		{"青山市人民医院位居全市同级医院之首。", "全市同级医院"},
		{"青山市人民醫院位居全市同級醫院之首。", "全市同级医院"},
	}
	for _, c := range cases {
		_, facts := extractorFacts(t, ranking{}, c.text)
		if len(facts) != 1 || facts[0].Value != int64(1) || facts[0].Scope != c.scope {
			t.Errorf("%q: %+v, want place 1 in %s", c.text, facts, c.scope)
		}
	}
}

// The size of the whole list, stated anywhere in the article (全国共有100家
// 医院进入“某某排行榜”), is the total of a place in that list; a region's
// share of the list (本省共有3家医院进入) is not.
func TestRankingStatedListSize(t *testing.T) {
	cases := []struct {
		text  string
		total int
	}{
		{"某某版《2030年度中国医院综合排行榜》昨日发布,青山市人民医院排名为第45位。\n全国共有100家医院进入“某某版中国医院综合排行榜”。", 100},
		{"某某版《2030年度中國醫院綜合排行榜》昨日發布，青山市人民醫院排名為第45位。\n全國共有100家醫院進入「某某版中國醫院綜合排行榜」。", 100},
		{"某某版《2030年度中国医院综合排行榜》昨日发布,青山市人民医院排名为第2位。\n本省共有3家医院进入排行榜。", 0},
		{"某某版《2030年度中國醫院綜合排行榜》昨日發布，青山市人民醫院排名為第2位。\n本省共有3家醫院進入排行榜。", 0},
	}
	for _, c := range cases {
		_, facts := extractorFacts(t, ranking{}, c.text)
		if len(facts) != 1 || facts[0].Total != c.total {
			t.Errorf("%q: %+v, want total %d", c.text, facts, c.total)
		}
	}
}

// A place in a region written before the verb (乙医院则在全台排名第2名)
// counts the region's hospitals said just before (全台35家受评医院).
func TestRankingRegionCountBefore(t *testing.T) {
	for _, text := range []string{
		"青山纪念医院在全台35家受评医院中排名第1。绿水纪念医院则在全台排名第2名。",
		"青山紀念醫院在全台35家受評醫院中排名第1。綠水紀念醫院則在全台排名第2名。",
	} {
		_, facts := extractorFacts(t, ranking{}, text)
		if len(facts) != 2 || facts[0].Total != 35 || facts[1].Total != 35 || facts[1].Value != int64(2) {
			t.Errorf("%q: %+v, want places 1 and 2 of 35", text, facts)
		}
	}
}
