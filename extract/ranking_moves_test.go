package extract

import "testing"

// Places with neither a verb nor, often, 第: moves between places and the
// places of years set side by side.
func TestRankingMoves(t *testing.T) {
	runFactCases(t, ranking{}, []factCase{
		// Years side by side: each year's place.
		{"戊市中心医院两度上榜,去年173名,今年141名。", []string{"141", "173"}},
		{"戊市中心醫院兩度上榜,去年173名,今年141名。", []string{"141", "173"}},
		// A move: the later place is the present one, the earlier the
		// year's its time word names.
		{"戊市中心医院在最新一期排行榜中由去年的第26名升至第19名。", []string{"戊市中心医院 19", "戊市中心医院 26"}},
		{"戊市中心醫院在最新一期排行榜中由去年的第26名升至第19名。", []string{"戊市中心医院 19", "戊市中心医院 26"}},
		// Without 第, and without a time word: the later place alone.
		{"戊市中心医院的排名从63位跃升至40位。", []string{"戊市中心医院 40"}},
		{"戊市中心醫院的排名從63位躍升至40位。", []string{"戊市中心医院 40"}},
		{"戊市中心医院排名由第12位下降至第15位。", []string{"戊市中心医院 15"}},
		// 是 before the place; a place with 第 needs no word of ranking.
		{"戊市中心医院连续两年位于前50,去年是第41位,今年第36位。", []string{"36", "41"}},
		{"戊市中心醫院連續兩年位於前50,去年是第41位,今年第36位。", []string{"36", "41"}},
		// A move in numerals, its verb 排到, the later place's time word.
		{"而戊市中心医院则由去年的第十四位排到了今年的第11位。", []string{"戊市中心医院 11", "戊市中心医院 14"}},
		{"而戊市中心醫院則由去年的第十四位排到了今年的第11位。", []string{"戊市中心医院 11", "戊市中心医院 14"}},
		// Counts of persons, in a sentence of no ranking.
		{"医护人员从200名增加到300名,去年120名,今年150名。", nil},
		{"醫護人員從200名增加到300名,去年120名,今年150名。", nil},
		// A person's count after a time word is no place.
		{"该院上榜专家中,今年18名医生来自外科。", nil},
	})
}

// A time word before the list's name is the fact's year, not the scope's.
func TestRankingScopeWithoutTimeWord(t *testing.T) {
	for _, text := range []string{
		"戊市中心医院在今年的复旦版中国医院排行榜中升至第44名。",
		"戊市中心醫院在今年的復旦版中國醫院排行榜中升至第44名。",
		"戊市中心医院在今年的复旦版中国医院排行榜中位列第44名。",
	} {
		_, facts := extractorFacts(t, ranking{}, text)
		if len(facts) != 1 || facts[0].Scope != "复旦版中国医院排行榜" {
			t.Errorf("%q: %+v, want scope 复旦版中国医院排行榜", text, facts)
		}
	}
}

// The earlier place is of the year before the one the sentence states.
func TestRankingMoveYears(t *testing.T) {
	for _, text := range []string{
		"2024年,戊市中心医院在全国排行榜中由去年的第26名升至第19名。",
		"2024年,戊市中心醫院在全國排行榜中由去年的第26名升至第19名。",
	} {
		_, facts := extractorFacts(t, ranking{}, text)
		years := map[any]int{}
		for _, f := range facts {
			years[f.Value] = f.Year
		}
		if len(facts) != 2 || years[int64(19)] != 2024 || years[int64(26)] != 2023 {
			t.Errorf("%q: %+v, want 19 in 2024 and 26 in 2023", text, facts)
		}
	}
}

// A list's name written earlier in the paragraph or in the lead is the
// scope of a place whose clause names none.
func TestRankingScopeCarried(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"标题\n\n近日,某某研究院发布了2024年度中国医院竞争力排行榜,榜单覆盖全国三级医院。\n\n戊市中心医院位列第57名。", "2024年度中国医院竞争力排行榜"},
		{"標題\n\n近日,某某研究院發布了2024年度中國醫院競爭力排行榜,榜單覆蓋全國三級醫院。\n\n戊市中心醫院位列第57名。", "2024年度中国医院竞争力排行榜"},
		{"标题\n\n这是一篇导语,说的是某地医疗卫生事业的发展情况和成绩。\n\n美国《新闻周刊》的「World's Best Hospitals 2024」名单揭晓,戊市中心医院排名全球第212名。", "World's Best Hospitals 2024(全球)"},
		{"標題\n\n這是一篇導語,說的是某地醫療衛生事業的發展情況和成績。\n\n美國《新聞周刊》的「World's Best Hospitals 2024」名單揭曉,戊市中心醫院排名全球第212名。", "World's Best Hospitals 2024(全球)"},
		{"标题\n\n《自然》指数年度榜单今日公布,各地医疗机构的科研产出再受关注。\n\n戊市中心医院位列第8名。", "《自然》指数"},
		{"標題\n\n《自然》指數年度榜單今日公布,各地醫療機構的科研產出再受關注。\n\n戊市中心醫院位列第8名。", "《自然》指数"},
		// A known maker before the verb is kept with the name.
		{"软科发布2025中国医院排名,本次评价覆盖全国各地的三级医院和部分专科医院。\n\n戊市中心医院位列第63位。", "软科2025中国医院排名"},
		{"軟科發布2025中國醫院排名,本次評價覆蓋全國各地的三級醫院和部分專科醫院。\n\n戊市中心醫院位列第63位。", "软科2025中国医院排名"},
		{"美国《新闻周刊》公布2025年全球最佳医院榜单,今年参评的医院遍布三十多个国家。\n\n戊市中心医院排名全球第177名。", "新闻周刊2025年全球最佳医院"},
		{"美國《新聞周刊》公布2025年全球最佳醫院榜單,今年參評的醫院遍布三十多個國家。\n\n戊市中心醫院排名全球第177名。", "新闻周刊2025年全球最佳医院"},
		// The verb of entering and the edition's word are no part of the
		// name; nor the words before an unclosed quote.
		{"标题\n\n戊市中心医院连续三年成为本省唯一挤进全球前300强的医院,此次全球前300强共有亚洲医院数十家。\n\n戊市中心医院今年位列第266名。", "全球前300强"},
		{"標題\n\n戊市中心醫院連續三年成為本省唯一擠進全球前300強的醫院,此次全球前300強共有亞洲醫院數十家。\n\n戊市中心醫院今年位列第266名。", "全球前300强"},
		{"标题\n\n某刊物的World's Best Hospitals 2026评选结果日前出炉,多家医院入选其中。\n\n戊市中心医院位列第170名。", "World's Best Hospitals"},
		// A province's place is no place in a national list.
		{"标题\n\n近日,某某研究院发布了2024年度中国医院竞争力排行榜,榜单覆盖全国三级医院。\n\n戊市中心医院位居全省第一。", "全省"},
		{"標題\n\n近日,某某研究院發布了2024年度中國醫院競爭力排行榜,榜單覆蓋全國三級醫院。\n\n戊市中心醫院位居全省第一。", "全省"},
		// The clause's own list is kept.
		{"标题\n\n近日,某某研究院发布了2024年度中国医院竞争力排行榜,榜单覆盖全国三级医院。\n\n在省级医院科技影响力排行中,戊市中心医院位列第3名。", "省级医院科技影响力排行"},
	} {
		_, facts := extractorFacts(t, ranking{}, c.text)
		if len(facts) != 1 || facts[0].Scope != c.want {
			t.Errorf("%q: %+v, want scope %s", c.text, facts, c.want)
		}
	}
}

// The size of a list carried as the scope is the place's total.
func TestRankingScopeCarriedTotal(t *testing.T) {
	for _, text := range []string{
		"某刊物今年再度公布全球前300强医院名单,亚洲有数十家医院入选,名单引起广泛关注。\n\n戊市中心医院上榜,去年271名,今年244名。",
		"某刊物今年再度公布全球前300強醫院名單,亞洲有數十家醫院入選,名單引起廣泛關注。\n\n戊市中心醫院上榜,去年271名,今年244名。",
	} {
		_, facts := extractorFacts(t, ranking{}, text)
		if len(facts) != 2 || facts[0].Total != 300 || facts[1].Total != 300 || facts[0].Scope != "全球前300强" {
			t.Errorf("%q: %+v, want 2 places of 全球前300强, total 300", text, facts)
		}
	}
}

// The place of a department, a discipline or a person the sentence
// refers to with the hospital's pronoun is not the hospital's.
func TestRankingOfPartByReference(t *testing.T) {
	runFactCases(t, ranking{}, []factCase{
		{"该院肾内科在专科声誉排行榜中位列第6。", nil},
		{"該院腎內科在專科聲譽排行榜中位列第6。", nil},
		{"其中,本院眼科学科排名全国第9位。", nil},
		{"其中,本院眼科學科排名全國第9位。", nil},
		{"其风湿免疫专业排名全国第十一。", nil},
		{"其風濕免疫專業排名全國第十一。", nil},
		{"该院王某某教授位列全国名医榜第4名。", nil},
		{"該院王某某教授位列全國名醫榜第4名。", nil},
		{"该院消化病中心排名全省第二。", nil},
		// Parts written after the hospital's name: with 的, as a 专业, or
		// several of them with 分别.
		{"戊市中心医院的泌尿外科位列全国第14名。", nil},
		{"戊市中心醫院的泌尿外科位列全國第14名。", nil},
		{"戊市中心医院妇产科专业在专科声誉排行榜中位列第7名。", nil},
		{"戊市中心醫院婦產科專業在專科聲譽排行榜中位列第7名。", nil},
		{"戊市中心医院眼科、耳鼻喉科分别排名全省第一、第三。", nil},
		{"戊市中心醫院眼科、耳鼻喉科分別排名全省第一、第三。", nil},
		// The hospital itself, by pronoun or as a centre.
		{"该院位列全国第31名。", []string{"31"}},
		{"該院位列全國第31名。", []string{"31"}},
		{"该中心位列全国第31名。", []string{"31"}},
	})
}

// A medical centre named in full as the subject holds its own place, and a
// Korean or Japanese 病院 written after its place is the place's holder.
func TestRankingOfNamedCentreAndByoin(t *testing.T) {
	runFactCases(t, ranking{}, []factCase{
		{"甲国某某医院位居第140,而乙州金湾医疗中心则名列第187。", []string{"乙州金湾医疗中心 187", "甲国某某医院 140"}},
		{"甲國某某醫院位居第140,而乙州金灣醫療中心則名列第187。", []string{"乙州金湾医疗中心 187", "甲国某某医院 140"}},
		{"亚洲上榜的有排名第15的大阪某某病院、排名第27的釜山某某病院。", []string{"大阪某某病院 15", "釜山某某病院 27"}},
		{"亞洲上榜的有排名第15的大阪某某病院、排名第27的釜山某某病院。", []string{"大阪某某病院 15", "釜山某某病院 27"}},
	})
}
