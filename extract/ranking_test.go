package extract

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"zhnews"
	"zhnews/clean/opencc"
	"zhnews/segment"
)

// extractorFacts runs one extractor over text (either script, converted
// as the cleaner would) and returns its facts as "hospital value" strings
// in text order, with the facts themselves.
func extractorFacts(t testing.TB, ex Extractor, text string) ([]string, []zhnews.Fact) {
	t.Helper()
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	text = opencc.Default().ToSimplified(text)
	facts := ex.Extract(NewDoc(text, seg.Segment(text)))
	runes := []rune(text)
	var out []string
	for _, f := range facts {
		if f.Start < 0 || f.End > len(runes) || string(runes[f.Start:f.End]) != f.Evidence {
			t.Errorf("%q: evidence %q does not stand at %d-%d", text, f.Evidence, f.Start, f.End)
		}
		out = append(out, strings.TrimSpace(fmt.Sprint(f.Hospital, " ", f.Value)))
	}
	sort.Strings(out)
	return out, facts
}

type factCase struct {
	text string
	want []string // "hospital value", sorted; nil: no fact
}

func runFactCases(t *testing.T, ex Extractor, cases []factCase) {
	t.Helper()
	for _, c := range cases {
		got, _ := extractorFacts(t, ex, c.text)
		want := append([]string(nil), c.want...)
		sort.Strings(want)
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s in %q = %q, want %q", ex.Metric(), c.text, got, want)
		}
	}
}

// A list of ten hospitals runs past the segmenter's 160-rune pieces: the
// rules read the sentence whole.
func TestRankingLongList(t *testing.T) {
	names := []string{"北京协和医院", "四川大学华西医院", "复旦大学附属中山医院", "中南大学湘雅医院", "浙江大学医学院附属第一医院",
		"北京大学第一医院", "南方医科大学南方医院", "中山大学附属第一医院", "北京大学第三医院", "复旦大学附属华山医院"}
	lead := "近日,某研究所公布了最新一期的医院综合实力排行榜,榜单每两年发布一次,由多位专家根据临床技术、医疗质量、学科建设等因素综合评定,本次共有100所医院上榜,"
	var want []string
	for i, n := range names {
		want = append(want, fmt.Sprintf("%s %d", n, i+1))
	}
	traditional := "近日,某研究所公布了最新一期的醫院綜合實力排行榜,榜單每兩年發布一次,由多位專家根據臨床技術、醫療質量、學科建設等因素綜合評定,本次共有100所醫院上榜," +
		"其中排名前十的醫院分別是北京協和醫院、四川大學華西醫院、復旦大學附屬中山醫院、中南大學湘雅醫院、浙江大學醫學院附屬第一醫院、" +
		"北京大學第一醫院、南方醫科大學南方醫院、中山大學附屬第一醫院、北京大學第三醫院、復旦大學附屬華山醫院。"
	runFactCases(t, ranking{}, []factCase{
		{lead + "其中排名前十的医院分别是" + strings.Join(names, "、") + "。", want},
		{traditional, want},
	})
}

func TestRankingLists(t *testing.T) {
	runFactCases(t, ranking{}, []factCase{
		{"综合医院前三分别是:东阳市人民医院、义乌市中心医院、永康市第一人民医院。",
			[]string{"东阳市人民医院 1", "义乌市中心医院 2", "永康市第一人民医院 3"}},
		{"綜合醫院前三分別是:東陽市人民醫院、義烏市中心醫院、永康市第一人民醫院。",
			[]string{"东阳市人民医院 1", "义乌市中心医院 2", "永康市第一人民医院 3"}},
		{"前三名依次为临海市第一人民医院、温岭市中医院和玉环市人民医院。",
			[]string{"临海市第一人民医院 1", "温岭市中医院 2", "玉环市人民医院 3"}},
		{"前三名依次為臨海市第一人民醫院、溫嶺市中醫院和玉環市人民醫院。",
			[]string{"临海市第一人民医院 1", "温岭市中医院 2", "玉环市人民医院 3"}},
		{"第2至第4名分别为丽水市中心医院、衢州市人民医院和舟山医院。",
			[]string{"丽水市中心医院 2", "衢州市人民医院 3", "舟山医院 4"}},
		{"第2至第4名分別為麗水市中心醫院、衢州市人民醫院和舟山醫院。",
			[]string{"丽水市中心医院 2", "衢州市人民医院 3", "舟山医院 4"}},
		{"第二名到第四名依次是嘉兴市第二医院、海宁市人民医院、桐乡市第一人民医院。",
			[]string{"嘉兴市第二医院 2", "海宁市人民医院 3", "桐乡市第一人民医院 4"}},
		{"排名前三的依次是慈溪市人民医院、余姚市人民医院和宁海县第一医院。",
			[]string{"余姚市人民医院 2", "宁海县第一医院 3", "慈溪市人民医院 1"}},
		// 和 inside a name (协和, 中和) joins no items: a joint follows a name's end.
		{"前三名分别为甲市协和医院、乙县中医院以及丙区人民医院。",
			[]string{"甲市协和医院 1", "乙县中医院 2", "丙区人民医院 3"}},
		{"前三名分別為甲市協和醫院、乙縣中醫院以及丙區人民醫院。",
			[]string{"甲市协和医院 1", "乙县中医院 2", "丙区人民医院 3"}},
		{"前两名依次是乙县中医院和甲市中和纪念医院。",
			[]string{"乙县中医院 1", "甲市中和纪念医院 2"}},
		// A top-N named in full needs no 分别; one that lists fewer does.
		{"本次榜单的前三甲医院仍然是甲市协和医院、乙县中医院、丙区人民医院。",
			[]string{"甲市协和医院 1", "乙县中医院 2", "丙区人民医院 3"}},
		{"本次榜單的前三甲醫院仍然是甲市協和醫院、乙縣中醫院、丙區人民醫院。",
			[]string{"甲市协和医院 1", "乙县中医院 2", "丙区人民医院 3"}},
		{"排名前五的是甲市协和医院、乙县中医院。", nil},
		{"前三季度为医院带来了新的发展。", nil},
		// 分列: the places of the list before it, one each.
		{"丁市中心医院和戊县人民医院分列第四和第五名。", []string{"丁市中心医院 4", "戊县人民医院 5"}},
		{"丁市中心醫院和戊縣人民醫院分列第四和第五名。", []string{"丁市中心医院 4", "戊县人民医院 5"}},
		{"丁市中心医院、戊县人民医院分列第四、五位。", []string{"丁市中心医院 4", "戊县人民医院 5"}},
		// The list before its places.
		{"金华市中心医院、台州医院以及湖州市中心医院分别位列前三名。",
			[]string{"金华市中心医院 1", "台州医院 2", "湖州市中心医院 3"}},
		{"據悉,金華市中心醫院、台州醫院以及湖州市中心醫院分別位列前三名。",
			[]string{"金华市中心医院 1", "台州医院 2", "湖州市中心医院 3"}},
		// Scores in parentheses, the places in quotes.
		{"公立医院“前三”分别是:甲市人民医院(91.20分)、乙县中医院(90.05分)、丙区妇幼保健院(88.73分)。",
			[]string{"丙区妇幼保健院 3", "乙县中医院 2", "甲市人民医院 1"}},
		{"公立醫院「前三」分別是:甲市人民醫院(91.20分)、乙縣中醫院(90.05分)、丙區婦幼保健院(88.73分)。",
			[]string{"丙区妇幼保健院 3", "乙县中医院 2", "甲市人民医院 1"}},
		// One place a clause, the place first and its holder after it.
		{"某某排行榜公布。第1名是甲市人民医院;第2名则是乙省的乙县中医院,第3名为丙区人民医院。",
			[]string{"丙区人民医院 3", "乙县中医院 2", "甲市人民医院 1"}},
		{"某某排行榜公布。第1名是甲市人民醫院;第2名則是乙省的乙縣中醫院,第3名為丙區人民醫院。",
			[]string{"丙区人民医院 3", "乙县中医院 2", "甲市人民医院 1"}},
		// With no ranking near, a contest's winner; a place in words.
		{"技能竞赛圆满结束。第1名是甲市人民医院。", nil},
		{"某某排行榜公布。第一名是甲市人民医院。", nil},
		// The list as a paragraph of its own after the colon of its head.
		{"在某年度某省医院综合榜单上,位列前3位的医院依次分别是:\n甲市人民医院、乙县中医院、丙区人民医院。",
			[]string{"丙区人民医院 3", "乙县中医院 2", "甲市人民医院 1"}},
		{"在某年度某省醫院綜合榜單上,位列前3位的醫院依次分別是:\n甲市人民醫院、乙縣中醫院、丙區人民醫院。",
			[]string{"丙区人民医院 3", "乙县中医院 2", "甲市人民医院 1"}},
		{"前3位依次是:\n心内科、骨科、儿科。", nil},
		// A list printed twice is one list.
		{"前三分别是:甲市人民医院、乙县中医院、丙区人民医院。前三分别是:甲市人民医院、乙县中医院、丙区人民医院。",
			[]string{"丙区人民医院 3", "乙县中医院 2", "甲市人民医院 1"}},
		// Not a ranking of hospitals, or a list that does not fit.
		{"入围数量排名前三的依次是江苏、浙江和广东。", nil},
		{"入圍數量排名前三的依次是江蘇、浙江和廣東。", nil},
		{"医院科室满意度前三分别是:心内科、骨科、儿科。", nil},
		{"前三分别是:公立医院、民营医院、专科医院。", nil},
		{"公立医院“后三”分别是:甲市人民医院、乙县中医院、丙区人民医院。", nil},
		{"公立醫院「後三」分別是:甲市人民醫院、乙縣中醫院、丙區人民醫院。", nil},
		{"第2至第4名分别为甲市人民医院和乙县中医院。", nil},
		{"该院已连续四个月在全市考评中排名前五。", nil},
		// 排行榜 is the list's name: the number after it is its run.
		{"这是某某版中国医院排行榜连续第十年发布。", nil},
		{"這是某某版中國醫院排行榜連續第十年發布。", nil},
		// A count's pool (35家医院中) holds the place, not the pool itself.
		{"甲市人民医院在全省35家受评医院中排名第1。", []string{"甲市人民医院 1"}},
		{"甲市人民醫院在全省35家受評醫院中排名第1。", []string{"甲市人民医院 1"}},
		// Short names as list items: 〈city〉荣总, 〈campus〉长庚, 〈institution〉N院.
		{"第2到4名分别是甲大医院、乙山长庚以及台中荣总。",
			[]string{"甲大医院 2", "乙山长庚 3", "台中荣总 4"}},
		{"第2到4名分別是甲大醫院、乙山長庚以及台中榮總。",
			[]string{"甲大医院 2", "乙山长庚 3", "台中荣总 4"}},
		{"前三名依次为浙大一院、浙大二院和邵逸夫医院。",
			[]string{"浙大一院 1", "浙大二院 2", "邵逸夫医院 3"}},
		// The places in a clause after the list.
		{"进入前十的分别是甲市人民医院、乙县中医院和丙区人民医院,排名为4、5、7位。",
			[]string{"甲市人民医院 4", "乙县中医院 5", "丙区人民医院 7"}},
		{"進入前十的分別是甲市人民醫院、乙縣中醫院和丙區人民醫院,排名為4、5、7位。",
			[]string{"甲市人民医院 4", "乙县中医院 5", "丙区人民医院 7"}},
		{"三家医院分别是甲市人民医院、乙县中医院和丙区人民医院,排名分别为第2、第5和第9名。",
			[]string{"甲市人民医院 2", "乙县中医院 5", "丙区人民医院 9"}},
		{"入围省份分别是山东、江苏和浙江,排名为1、2、3位。", nil},
		{"分别是甲市人民医院、乙县中医院和丙区人民医院,排名为4、5位。", nil},
	})
}

// The place arrived at, and the place with which a hospital entered a
// list; the first place of a change is no place now.
func TestRankingArrived(t *testing.T) {
	runFactCases(t, ranking{}, []factCase{
		// (The hospital stands too far before the verb for the rule; the
		// attributor gives it, TestRankingArrivedHospital. The earlier
		// place is last year's, rankMoves'.)
		{"甲市人民医院从去年的第208名大跃进到第174名。", []string{"174", "甲市人民医院 208"}},
		{"甲市人民醫院從去年的第208名大躍進到第174名。", []string{"174", "甲市人民医院 208"}},
		{"甲市人民医院今年跃升至全国第35位。", []string{"甲市人民医院 35"}},
		{"甲市人民医院以第208名成为唯一入榜的医院。", []string{"甲市人民医院 208"}},
		{"甲市人民醫院以第208名成為唯一入榜的醫院。", []string{"甲市人民医院 208"}},
		{"甲市人民医院排名较去年上升了12名。", nil},
		// 居冠: the first place.
		{"全省医院评比中,甲市人民医院居冠。", []string{"甲市人民医院 1"}},
		{"全省醫院評比中,甲市人民醫院居冠。", []string{"甲市人民医院 1"}},
		{"居冠状动脉介入手术量之首。", nil},
	})
}

func TestRankingArrivedHospital(t *testing.T) {
	runCases(t, []ruleCase{
		{"甲市人民医院从去年的第208名大跃进到第174名。", "ranking", []string{"174", "208"}},
		{"甲市人民醫院從去年的第208名大躍進到第174名。", "ranking", []string{"174", "208"}},
	})
	checkAttribution(t, []attributionCase{
		{"甲市人民医院从去年的第208名大跃进到第174名。", "ranking", "甲市人民医院"},
		{"甲市人民醫院從去年的第208名大躍進到第174名。", "ranking", "甲市人民医院"},
	})
}

func TestRankingListYear(t *testing.T) {
	for _, text := range []string{
		"市卫健委通报了2022年第四季度医疗服务满意度排名。公立医院前三分别是:甲市人民医院、乙县中医院、丙区人民医院。",
		"市衛健委通報了2022年第四季度醫療服務滿意度排名。公立醫院前三分別是:甲市人民醫院、乙縣中醫院、丙區人民醫院。",
	} {
		_, facts := extractorFacts(t, ranking{}, text)
		if len(facts) != 3 {
			t.Fatalf("%q: facts %+v", text, facts)
		}
		for _, f := range facts {
			if f.Year != 2022 || f.Scope != "公立医院" {
				t.Errorf("%q: %+v, want year 2022 scope 公立医院", text, f)
			}
		}
	}
}

func TestRankingTables(t *testing.T) {
	table := "“2023东部城市医院竞争力排行榜”公布了“50强排名”。\n" +
		"排名 医院 得分 省份\n" +
		"1 甲市人民医院 912.30 江苏\n" +
		"2 乙市第一人民医院 887.05 浙江\n" +
		"3 丙大学附属医院 850.10 山东\n"
	runFactCases(t, ranking{}, []factCase{
		{table, []string{"丙大学附属医院 3", "乙市第一人民医院 2", "甲市人民医院 1"}},
		{"「2023東部城市醫院競爭力排行榜」公布了50強名單。\n名次 醫院 得分\n1 甲市人民醫院 912.30\n2 乙市第一人民醫院 887.05\n",
			[]string{"乙市第一人民医院 2", "甲市人民医院 1"}},
		// One cell per line, as a page's table is often saved.
		{"综合排名\n医院\n得分\n1\n甲市人民医院\n912.30\n2\n乙市第一人民医院\n887.05\n",
			[]string{"乙市第一人民医院 2", "甲市人民医院 1"}},
		{"綜合排名\n醫院\n得分\n1\n甲市人民醫院\n912.30\n2\n乙市第一人民醫院\n887.05\n",
			[]string{"乙市第一人民医院 2", "甲市人民医院 1"}},
		// A table with its cells between bars.
		{"| 名次 | 医院 | 得分 |\n|---|---|---|\n| 1 | 甲市人民医院 | 912.30 |\n| 2 | 乙市第一人民医院 | 887.05 |\n",
			[]string{"乙市第一人民医院 2", "甲市人民医院 1"}},
		// An honour roll's running numbers, a list's numbers, a table of
		// provinces: no places of hospitals.
		{"序号 获奖时间 获奖单位\n1 2019年 甲市人民医院\n2 2020年 乙县中医院\n", nil},
		{"01 甲市人民医院\n02 乙县中医院\n", nil},
		{"排名 省份 数量\n1 山东 12\n2 江苏 10\n", nil},
		{"排名 醫院\n1 甲市人民醫院\n", nil},
		// The place and the name joined by 、, no space between.
		{"排名 医院名称 评分\n1、甲市人民医院 912.30\n2、乙市第一人民医院 887.05\n",
			[]string{"乙市第一人民医院 2", "甲市人民医院 1"}},
		{"排名 醫院名稱 評分\n1、甲市人民醫院 912.30\n2、乙市第一人民醫院 887.05\n",
			[]string{"乙市第一人民医院 2", "甲市人民医院 1"}},
		// Without the header, 1、 numbers a list.
		{"1、甲市人民医院 912.30\n2、乙市第一人民医院 887.05\n", nil},
		// A ranking's list without columns, its head a line that ends in a
		// colon: the numbers are places when they run from 1.
		{"本省20家医院参加排名。\n本省20家医院名单如下:\n1.甲市人民医院\n2.乙县中医院\n3.丙区人民医院\n",
			[]string{"丙区人民医院 3", "乙县中医院 2", "甲市人民医院 1"}},
		{"本省20家醫院參加排名。\n本省20家醫院名單如下:\n1.甲市人民醫院\n2.乙縣中醫院\n3.丙區人民醫院\n",
			[]string{"丙区人民医院 3", "乙县中医院 2", "甲市人民医院 1"}},
		{"综合排行前三名依次为:\n1、甲市人民医院\n2、乙县中医院\n", []string{"乙县中医院 2", "甲市人民医院 1"}},
		// An honour roll's head, numbers that do not start at 1, a list
		// with no ranking near it: no places.
		{"本次排名公布。获奖名单如下:\n1.甲市人民医院\n2.乙县中医院\n", nil},
		{"本次排名公布。名单如下:\n3.甲市人民医院\n4.乙县中医院\n", nil},
		{"参会单位名单如下:\n1.甲市人民医院\n2.乙县中医院\n", nil},
	})
	_, facts := extractorFacts(t, ranking{}, table)
	for _, f := range facts {
		if f.Total != 50 || f.Year != 2023 || f.Scope != "2023东部城市医院竞争力排行榜" {
			t.Errorf("table row %+v: want total 50, year 2023 and the list's title", f)
		}
	}
}

func TestRankingGroupsAndTotals(t *testing.T) {
	for _, c := range []struct {
		text, hospital, scope string
		place, total          int
	}{
		{"在接受考评的全市64家医院里,江北区人民医院名列公立医院第一位。", "江北区人民医院", "公立医院", 1, 0},
		{"在參加評價的全市86家醫院中,麗水市人民醫院名列公立醫院第一位。", "丽水市人民医院", "公立医院", 1, 0},
		{"全省37家医院接受调查。白沙医院满意度荣居全省第一。", "白沙医院", "全省满意度", 1, 37},
		{"全省52家醫院參加測評。舟山醫院滿意度榮居全省第一。", "舟山医院", "全省满意度", 1, 52},
		{"普洱市人民医院在全国1521家三级综合医院中位列第357名。", "普洱市人民医院", "全国三级综合医院", 357, 1521},
		// The first place without a number.
		{"丽水市人民医院综合实力位居全省榜首。", "丽水市人民医院", "全省综合实力", 1, 0},
		{"麗水市人民醫院綜合實力位居全省榜首。", "丽水市人民医院", "全省综合实力", 1, 0},
		{"在全市42家医院中,丽水市人民医院满意度排在首位。", "丽水市人民医院", "满意度", 1, 42},
		// What was ranked is no subject; a short reference is left to
		// attribution.
		{"2021年全国三级公立医院绩效考核排名160名。", "", "全国三级公立医院绩效考核", 160, 0},
		{"●丽水市人民医院综合实力位居全省第三。", "丽水市人民医院", "全省综合实力", 3, 0},
		{"该院综合实力位居全省同级医院第三。", "", "全省同级医院", 3, 0},
	} {
		_, facts := extractorFacts(t, ranking{}, c.text)
		if len(facts) != 1 || facts[0].Value != int64(c.place) || facts[0].Hospital != c.hospital || facts[0].Scope != c.scope || facts[0].Total != c.total {
			t.Errorf("%q: facts %+v, want %s place %d scope %q total %d", c.text, facts, c.hospital, c.place, c.scope, c.total)
		}
	}
	// A list's size stated for another place of the sentence.
	_, facts := extractorFacts(t, ranking{}, "被评为“中国县级医院竞争力300强”(第86名),在全省同级医院中位居第一。")
	for _, f := range facts {
		if f.Value == int64(86) && (f.Total != 300 || f.Scope != "中国县级医院竞争力300强") || f.Value == int64(1) && (f.Total != 0 || f.Scope != "全省同级医院") {
			t.Errorf("fact %+v: the 300强 is the list of place 86 only", f)
		}
	}
	if len(facts) != 2 {
		t.Errorf("facts %+v, want places 86 and 1", facts)
	}
	runFactCases(t, ranking{}, []factCase{
		// A health bureau ranked among the authorities is no hospital.
		{"区卫健委则在各类主管部门里位列第一。", nil},
		{"市衛健局則在醫院主管部門中位列第一。", nil},
		{"该区在全省84个县(市、区)中排名第一。", nil},
		{"医院始终把患者安全放在首位。", nil},
		{"这座建筑在热门景点排行榜上高居榜首。", nil},
		{"醫院始終把患者安全放在首位。", nil},
	})
}

func TestRankingFollowers(t *testing.T) {
	runCases(t, []ruleCase{
		// Each place of a pair is a fact.
		{"在全国三级公立医院绩效考核中,湖滨医院位列全国第57位、浙江省第4位。", "ranking", []string{"4", "57"}},
		{"在全國三級公立醫院績效考核中,湖濱醫院位列全國第57位、浙江省第4位。", "ranking", []string{"4", "57"}},
		{"该院排名全国第120名,全省第6名。", "ranking", []string{"120", "6"}},
		{"該院排名全國第120名,全省第6名。", "ranking", []string{"120", "6"}},
		{"医院位居全国第88位、全省第5位和全市第1位。", "ranking", []string{"1", "5", "88"}},
		// What follows is no place.
		{"医院排名全国第30位,第二年又有提升。", "ranking", []string{"30"}},
		{"醫院排名全國第30位,第二年又有提升。", "ranking", []string{"30"}},
		{"医院排名全省第9位,第一时间召开分析会。", "ranking", []string{"9"}},
	})
	_, facts := extractorFacts(t, ranking{}, "在全国三级公立医院绩效考核中,湖滨医院位列全国第57位、浙江省第4位。")
	if len(facts) != 2 || facts[1].Scope != "全国三级公立医院绩效考核(浙江省)" || facts[1].Total != 0 {
		t.Errorf("second place: %+v, want the ranking's scope in 浙江省, no total", facts)
	}
}

func TestRankingFollowerInBrackets(t *testing.T) {
	runCases(t, []ruleCase{
		{"医院位列全国第61位(全省第3位)。", "ranking", []string{"3", "61"}},
		{"醫院位列全國第61位(全省第3位)。", "ranking", []string{"3", "61"}},
	})
}

func TestRankingFollowerIsNoOtherHospital(t *testing.T) {
	_, facts := extractorFacts(t, ranking{}, "城东医院排名全省第1位,城西医院第2位。")
	for _, f := range facts {
		if f.Value == int64(2) && f.Hospital == "城东医院" {
			t.Errorf("another hospital's place read as the first's: %+v", f)
		}
	}
	runCases(t, []ruleCase{
		{"医院排名全国第45位、同级医院第3位。", "ranking", []string{"3", "45"}},
		{"醫院排名全國第45位、同級醫院第3位。", "ranking", []string{"3", "45"}},
	})
}

// The best-placed hospital named with its place in brackets; a score or a
// year in the bracket is no place.
func TestRankingBestPlacedInBrackets(t *testing.T) {
	runCases(t, []ruleCase{
		{"全省共有20家医院入选,排名最高的是青山市人民医院(35)。", "ranking", []string{"35"}},
		{"全省共有20家醫院入選,排名最高的是青山市人民醫院(35)。", "ranking", []string{"35"}},
		{"本次榜单中,名次最前的为青山医院（12）,其余均在百名之外。", "ranking", []string{"12"}},
		{"本次榜單中,名次最前的為青山醫院（12）,其餘均在百名之外。", "ranking", []string{"12"}},
		{"排名最高的是青山市人民医院(92.5分)。", "ranking", nil},
		{"排名最高的是青山市人民醫院(92.5分)。", "ranking", nil},
		{"排名最高的是青山省(35)。", "ranking", nil},
	})
}

// A place said as a prize won (获得, 取得, 夺得) counts when the words
// before 第 say where the hospital stands, and not when the place is a
// contest's or a person's.
func TestRankingWon(t *testing.T) {
	runFactCases(t, ranking{}, []factCase{
		{"甲市中心医院继去年取得全省同级医院第2名后,今年再次获得全省地市级第1名。",
			[]string{"甲市中心医院 2", "1"}},
		{"甲市中心醫院繼去年取得全省同級醫院第2名後,今年再次獲得全省地市級第1名。",
			[]string{"甲市中心医院 2", "1"}},
		{"乙县人民医院在年度考核中夺得全市第三名的好成绩。", []string{"乙县人民医院 3"}},
		{"乙縣人民醫院在年度考核中奪得全市第三名的好成績。", []string{"乙县人民医院 3"}},
		{"丙区中医院荣获地市级综合医院第五名。", []string{"丙区中医院 5"}},
		{"甲市人民医院在全球最佳医院评比中拿下全球第218名。", []string{"甲市人民医院 218"}},
		{"甲市人民醫院在全球最佳醫院評比中拿下全球第218名。", []string{"甲市人民医院 218"}},
		{"乙县人民医院抢下全台第3名。", []string{"乙县人民医院 3"}},
		// A contest's place said with the same verbs, a place with no scope.
		{"我院护理团队在技能大赛中拿下全市第一名。", nil},
		{"我院護理團隊在技能大賽中拿下全市第一名。", nil},
		{"乙县人民医院拿下第3名。", nil},
		// A contest's place, a person's, a team's, or no scope at all.
		{"我院代表队获得全市护理技能大赛第一名。", nil},
		{"我院代表隊獲得全市護理技能大賽第一名。", nil},
		{"该院护士李某获得全省第二名。", nil},
		{"該院護士李某獲得全省第二名。", nil},
		{"丁县医院的论文获得第一名。", nil},
		{"在全省演讲比赛中,丁县医院获得全省第一名。", nil},
	})
}

// A place written right after the hospital's name, no verb between (某某
// 医院第79名。): the hospital's place. An ordinal of something else after
// a name (医院第3名患者, 医院第2位院长) is none.
func TestRankingRightAfterName(t *testing.T) {
	runCases(t, []ruleCase{
		{"今年甲省人民医院位列第60名,乙市第一医院第82名。", "ranking", []string{"60", "82"}},
		{"今年甲省人民醫院位列第60名,乙市第一醫院第82名。", "ranking", []string{"60", "82"}},
		{"甲市中心医院第3名患者已出院。", "ranking", nil},
		{"甲市中心醫院第2位院長到任。", "ranking", nil},
		// A time word between the name and its place.
		{"甲市荣总今年第174名,首度进入前200名。", "ranking", []string{"174"}},
		{"甲市榮總今年第174名，首度進入前200名。", "ranking", []string{"174"}},
		{"甲市人民医院去年第3季度营收大增。", "ranking", nil},
		// After a ranking in the sentence, the next name's place may go
		// without its measure word; alone, such a figure is none.
		{"在全省排名中,甲市人民医院排名第3,乙市中医院第4。", "ranking", []string{"3", "4"}},
		{"在全省排名中，甲市人民醫院排名第3，乙市中醫院第4。", "ranking", []string{"3", "4"}},
		// A region between the name and its place, and the places in other
		// regions after it.
		{"最佳医院排行中,甲市医院台湾第3名、全球第128名。", "ranking", []string{"128", "3"}},
		{"最佳醫院排行中，甲市醫院台灣第3名、全球第128名。", "ranking", []string{"128", "3"}},
		{"甲市医院名列台湾第3名,全球第128名。", "ranking", []string{"128", "3"}},
		{"甲市醫院名列台灣第3名，全球第128名。", "ranking", []string{"128", "3"}},
		{"甲市人民医院全省第5名。", "ranking", []string{"5"}},
		{"甲市人民醫院全省第5名。", "ranking", []string{"5"}},
		{"甲市人民医院全市第3季度营收增长。", "ranking", nil},
		{"乙市中医院第4,门诊量增长。", "ranking", nil},
		{"乙市中醫院第4，門診量增長。", "ranking", nil},
	})
	checkAttribution(t, []attributionCase{
		{"据了解,今年乙市第一医院第82名。", "ranking", "乙市第一医院"},
		{"全球榜单中,乙市人民医院今年第174名。", "ranking", "乙市人民医院"},
		{"據了解,今年乙市第一醫院第82名。", "ranking", "乙市第一医院"},
	})
}

// Between the verb and the place: the ranking's year and name, quoted
// with the figures it holds (名列2023年度某某考核第88位, 荣登“某某100强”第25位).
func TestRankingNamedBetweenVerbAndPlace(t *testing.T) {
	runCases(t, []ruleCase{
		{"甲市人民医院名列2023年度全国三级公立医院绩效考核第88位。", "ranking", []string{"88"}},
		{"甲市人民醫院名列2023年度全國三級公立醫院績效考核第88位。", "ranking", []string{"88"}},
		{"甲市人民医院荣登“中国医院竞争力·地级城市医院100强”第25位。", "ranking", []string{"25"}},
		{"甲市人民醫院榮登「中國醫院競爭力·地級城市醫院100強」第25位。", "ranking", []string{"25"}},
		{"甲市人民医院位列《2022年度中国医院综合排行榜》第35名。", "ranking", []string{"35"}},
	})
	_, facts := extractorFacts(t, ranking{}, "甲市人民医院荣登“中国医院竞争力·地级城市医院100强”第25位。")
	if len(facts) != 1 || facts[0].Total != 100 {
		t.Errorf("total from the list's name: %+v, want 100", facts)
	}
}

// The ranking's name before the hospital, with 中国 inside it.
func TestRankingScopeNamedBefore(t *testing.T) {
	for _, text := range []string{
		"在最新发布的中国医院科技量值排行榜中,甲市人民医院排名全国第105位。",
		"在最新發布的中國醫院科技量值排行榜中,甲市人民醫院排名全國第105位。",
	} {
		_, facts := extractorFacts(t, ranking{}, text)
		if len(facts) != 1 || facts[0].Scope != "最新发布的中国医院科技量值排行榜" {
			t.Errorf("%q: %+v, want scope 最新发布的中国医院科技量值排行榜", text, facts)
		}
	}
}

// The place of an organisation that is no hospital (a clinic, a
// university), named as its clause's subject, is not a hospital's.
func TestRankingOfOtherOrganisation(t *testing.T) {
	runCases(t, []ruleCase{
		// A clinic (梅约诊所, Mayo Clinic) is a hospital that holds its own place.
		{"榜单公布,梅约诊所全球排名第1,青山医院排名第180名。", "ranking", []string{"1", "180"}},
		{"榜單公布，梅約診所全球排名第1，青山醫院排名第180名。", "ranking", []string{"1", "180"}},
		{"青山大学全国排名第三。", "ranking", nil},
		{"青山大學全國排名第三。", "ranking", nil},
		{"Mayo Clinic全球排名第1,青山医院位列第20名。", "ranking", []string{"20"}},
		{"青山医学院附属医院全国排名第5。", "ranking", []string{"5"}},
	})
}

// A change of places before the place (较上年提升20位) counts no persons;
// 排 glued to its 第 (排第62位) is the verb.
func TestRankingAfterChangeAndGluedVerb(t *testing.T) {
	runFactCases(t, ranking{}, []factCase{
		// (The clause names no hospital: the article's is given it later.)
		{"青山医院排名较上年提升20位,位列第88名。", []string{"88"}},
		{"青山醫院排名較上年提升20位,位列第88名。", []string{"88"}},
		{"青山医院进入全国百强,排第62位。", []string{"62"}},
		{"青山醫院進入全國百強,排第62位。", []string{"62"}},
		{"青山医院在全省排第3名。", []string{"青山医院 3"}},
		// Persons still lead their own places.
		{"该院3位专家参赛,位列第2名。", nil},
		{"工作人员安排第二批患者入院。", nil},
	})
}

// A list of hospitals, each with its place in brackets after its name.
func TestRankingInBracketsAfterListItem(t *testing.T) {
	runFactCases(t, ranking{}, []factCase{
		{"本省入围的医院有3家,分别是:甲市人民医院(第12名)、乙县中医院(第35名)、丙市第二人民医院(第88名)。",
			[]string{"丙市第二人民医院 88", "乙县中医院 35", "甲市人民医院 12"}},
		{"本省入圍的醫院有2家,分別是:甲市人民醫院（第12名）、乙縣中醫院（第35名）。",
			[]string{"乙县中医院 35", "甲市人民医院 12"}},
		// A bracket after something else than a hospital's name.
		{"本次评选共设三个组别(第1批),其中甲组(第2名)由专家评定。", nil},
	})
}

// Places handed out over a list of hospitals, in its order.
func TestRankingRespective(t *testing.T) {
	runFactCases(t, ranking{}, []factCase{
		{"甲市人民医院、乙市中心医院分别在全国1000多家三级综合医院中位列第33名、44名。",
			[]string{"乙市中心医院 44", "甲市人民医院 33"}},
		{"甲市人民醫院、乙市中心醫院分別在全國1000多家三級綜合醫院中位列第33名、44名。",
			[]string{"乙市中心医院 44", "甲市人民医院 33"}},
		// The list in the clause before 分别.
		{"本县的东山医院、西河医院双双入榜,分别排名58、130名。", []string{"东山医院 58", "西河医院 130"}},
		{"本縣的東山醫院、西河醫院雙雙入榜,分別排名58、130名。", []string{"东山医院 58", "西河医院 130"}},
		{"甲市人民医院和乙县中医院分别排名全省第3和第5位。", []string{"乙县中医院 5", "甲市人民医院 3"}},
		// Siblings named by their kind after the first, full name.
		{"某某医科大学附属协和医院、附属第一医院分别位列第33名、44名。",
			[]string{"某某医科大学附属协和医院 33", "某某医科大学附属第一医院 44"}},
		// As many places as hospitals, or nothing.
		{"甲市人民医院、乙市中心医院、丙县医院分别位列第33名、44名。", nil},
		// A list of departments, not hospitals.
		{"心内科、神经外科分别排名全国第12、第20位。", nil},
		// A change of places is no place.
		{"甲市人民医院、乙市中心医院分别较去年前进了3名、5名。", nil},
	})
}

// The rank verb after 在…中 (gse may glue it to 中), a list's size in its
// unquoted name, and a place held jointly (并列).
func TestRankingVerbForms(t *testing.T) {
	runFactCases(t, ranking{}, []factCase{
		{"甲市人民医院在全省同级医院中居第二位。", []string{"甲市人民医院 2"}},
		{"甲市人民醫院在全省同級醫院中居第二位。", []string{"甲市人民医院 2"}},
		{"甲市人民医院位居全国地级城市医院100强第36名。", []string{"甲市人民医院 36"}},
		{"甲市人民醫院位居全國地級城市醫院100強第36名。", []string{"甲市人民医院 36"}},
		{"乙县人民医院并列全省第三。", []string{"乙县人民医院 3"}},
		{"乙縣人民醫院並列全省第三。", []string{"乙县人民医院 3"}},
		// 居 of 居民 is no verb, after 中 or not.
		{"在该社区中居民第一次体检的人数达到300人。", nil},
	})
	_, facts := extractorFacts(t, ranking{}, "甲市人民医院位居全国地级城市医院100强第36名。")
	if len(facts) != 1 || facts[0].Total != 100 {
		t.Errorf("位居…100强第36名: %+v, want total 100", facts)
	}
}

// A place written before the hospital it describes, with 的.
func TestRankingBeforeName(t *testing.T) {
	runFactCases(t, ranking{}, []factCase{
		{"最佳医院是排名第11的甲国中央医院、排名第18的乙国大学附属医院。",
			[]string{"乙国大学附属医院 18", "甲国中央医院 11"}},
		{"最佳醫院是排名第11的甲國中央醫院、排名第18的乙國大學附屬醫院。",
			[]string{"乙国大学附属医院 18", "甲国中央医院 11"}},
		{"甲市人民医院、乙市中心医院上榜,分别为丙国立医院(第79名)、丁市综合医院(第110)。",
			[]string{"丁市综合医院 110", "丙国立医院 79"}},
	})
}

// How a country's list names its top places: a comma before 分别, the
// scores after the names, a span without its measure word, spaces inside
// names, the runner-up after 其次.
func TestRankingListsWithScores(t *testing.T) {
	runFactCases(t, ranking{}, []factCase{
		{"国内前3名的医院,分别为甲市人民医院、乙市中心医院,以及丙县人民医院。",
			[]string{"丙县人民医院 3", "乙市中心医院 2", "甲市人民医院 1"}},
		{"國內前3名的醫院,分別為甲市人民醫院、乙市中心醫院,以及丙縣人民醫院。",
			[]string{"丙县人民医院 3", "乙市中心医院 2", "甲市人民医院 1"}},
		{"第三至五名分别是丙县人民医院,得分是90.54%、丁市中医院89.72%、戊市妇幼保健院89.43%。",
			[]string{"丁市中医院 4", "丙县人民医院 3", "戊市妇幼保健院 5"}},
		{"第3至第5分別為甲市 人民醫院(英語:Jia People Hospital)、乙市中心醫院和丙縣人民醫院。",
			[]string{"丙县人民医院 5", "乙市中心医院 4", "甲市人民医院 3"}},
		{"35家医院中,甲市人民医院名列第一,得分92.99%;其次是乙市中心医院,得分92.51%。",
			[]string{"乙市中心医院 2", "甲市人民医院 1"}},
		{"35家醫院中,甲市人民醫院名列第一,得分92.99%;其次是乙市中心醫院,得分92.51%。",
			[]string{"乙市中心医院 2", "甲市人民医院 1"}},
		// 其次 of something else.
		{"甲市人民医院名列第一,其次是服务态度好。", []string{"甲市人民医院 1"}},
	})
}

// A department's or centre's place, written after the hospital's name, is
// not the hospital's; what was measured is (满意度).
func TestRankingOfHospitalPart(t *testing.T) {
	runFactCases(t, ranking{}, []factCase{
		{"甲市人民医院胸痛中心排名全省第一。", nil},
		{"甲市人民醫院胸痛中心排名全省第一。", nil},
		{"甲市人民医院心内科排名全省第三。", nil},
		{"甲市人民医院满意度排名全省第一。", []string{"甲市人民医院 1"}},
	})
}

// The first place said without a number: 之冠, 之首.
func TestRankingFirstWithoutNumber(t *testing.T) {
	runFactCases(t, ranking{}, []factCase{
		{"甲市人民医院综合得分位居全省之首。", []string{"甲市人民医院 1"}},
		{"甲市人民醫院綜合得分居全台之冠。", []string{"甲市人民医院 1"}},
		{"该地区人口位居全省之首。", nil},
	})
}

// A university's hospital named by its kind holds its own place.
func TestRankingOfSiblingNamedByKind(t *testing.T) {
	runFactCases(t, ranking{}, []factCase{
		{"附属口腔医院在全国41家三级口腔专科医院中位列第11名。", []string{"附属口腔医院 11"}},
		{"附屬口腔醫院在全國41家三級口腔專科醫院中位列第11名。", []string{"附属口腔医院 11"}},
	})
}

// A list's rows as pages write them: the name then its name in another
// language in brackets or where it is after a comma, a tie (并列), a row
// that names no hospital keeping the count, rows run together in one line
// and places glued to names; a numbered list with no head of its own is a
// ranking's when a sentence just before it speaks of one.
func TestRankingListRows(t *testing.T) {
	five := func(sep string) string {
		return "1" + sep + "青山诊所(Green Hill Clinic),甲州某市\n2" + sep + "白水医院,乙州某市\n3" + sep + "红河大学医学中心(Red River Medical Center)\n" +
			"4" + sep + "(并列)金沙医院(Jinsha Hospital)\n4" + sep + "(并列)银湖医院\n6" + sep + "东岭医院/东岭大学(Dongling)\n"
	}
	want := []string{"东岭医院 6", "白水医院 2", "红河大学医学中心 3", "金沙医院 4", "银湖医院 4", "青山诊所 1"}
	runFactCases(t, ranking{}, []factCase{
		{"今年最佳医院排名如下:\n" + five("."), want},
		{"今年最佳醫院排名如下:\n" + opencc.Default().ToSimplified(five(".")), want},
		// No head: the sentence before the list names the ranking.
		{"某刊评选出全国最优秀的20家医院。\n" + five(" "), want},
		{"某刊評選出全國最優秀的20家醫院。\n1 青山診所(Green Hill Clinic)\n2 白水醫院\n3 紅河大學醫學中心\n4 金沙醫院\n5 銀湖醫院\n",
			[]string{"白水医院 2", "红河大学医学中心 3", "金沙医院 4", "银湖医院 5", "青山诊所 1"}},
		// Rows run together in one line, places glued to the names; a row
		// of no hospital's name (某大学和研究所) keeps its place.
		{"某刊评选出全国最优秀的20家医院。\n1 青山医院 (Green Hill Hospital)2白水医院 (White Water)3红河大学和研究所 (Red River)4金沙医院5银湖医院\n",
			[]string{"白水医院 2", "金沙医院 4", "银湖医院 5", "青山医院 1"}},
		{"某刊評選出全國最優秀的20家醫院。\n1 青山醫院 (Green Hill Hospital)2白水醫院 (White Water)3紅河大學和研究所 (Red River)4金沙醫院5銀湖醫院\n",
			[]string{"白水医院 2", "金沙医院 4", "银湖医院 5", "青山医院 1"}},
		// Without a ranking's words before it, near an honour, or short:
		// the numbers count items.
		{"今天天气很好。\n" + five(" "), nil},
		{"某刊评选出最佳医院,授予荣誉称号。\n" + five(" "), nil},
		{"某刊评选出全国最优秀的医院。\n1 青山医院\n2 白水医院\n3 红河医院\n", nil},
		// A count glued to its measure word is no row.
		{"某刊评选出全国最优秀的医院。\n1家青山医院\n2家白水医院\n3家红河医院\n4家金沙医院\n5家银湖医院\n", nil},
	})
}

// The holder of a place as reports of lists abroad write it: a clinic
// with the score it won the place with or last year's place before it, a
// name before its foreign name in brackets (in the clause of the verb or
// the one before it), the name after 排名第N的是, 排第N ending its clause,
// a bare figure after 排名为.
func TestRankingHolderForms(t *testing.T) {
	runFactCases(t, ranking{}, []factCase{
		{"去年排名第三的青山诊所以95分位列第一。", []string{"青山诊所 1", "青山诊所 3"}},
		{"去年排名第三的青山診所以95分位列第一。", []string{"青山诊所 1", "青山诊所 3"}},
		{"在综合榜中,白水诊所依旧稳居第一。", []string{"白水诊所 1"}},
		{"在綜合榜中,白水診所依舊穩居第一。", []string{"白水诊所 1"}},
		{"其中青山诊所东院 (Green Hill Clinic East)位列全球第一。", []string{"青山诊所东院 1"}},
		{"其中青山診所東院 (Green Hill Clinic East)位列全球第一。", []string{"青山诊所东院 1"}},
		{"本国医院中排名最高的为红河综合医院(Red River General Hospital),位列第五。", []string{"红河综合医院 5"}},
		{"本國醫院中排名最高的為紅河綜合醫院(Red River General Hospital),位列第五。", []string{"红河综合医院 5"}},
		// A name in brackets that is no institution's gives no holder.
		{"其中青山集团 (Green Hill Group)位列全球第一。", []string{"1"}},
		{"在这份排名中,排名第1的是某州某市的白水医院。", []string{"白水医院 1"}},
		{"在這份排名中,排名第1的是某州某市的白水醫院。", []string{"白水医院 1"}},
		// What the place is said of is no hospital: no fact.
		{"在这份排名中,排名第1的是某州某市(Somecity)的青山公司(Green Ltd)。", nil},
		{"另外,某市的金沙儿童医院排第12;某县的银湖儿童医院则排名第40。", []string{"金沙儿童医院 12", "银湖儿童医院 40"}},
		{"另外,某市的金沙兒童醫院排第12;某縣的銀湖兒童醫院則排名第40。", []string{"金沙儿童医院 12", "银湖儿童医院 40"}},
		{"银湖医院险入前100名,最终排名为99。", []string{"99"}},
		{"銀湖醫院險入前100名,最終排名為99。", []string{"99"}},
		// A list of places after 排名为 is the paired list's.
		{"排名为4、5、7位。", nil},
	})
}

// A department's place stays the department's whatever follows it (how
// long, where); a list of hospitals may hold one name of an institution
// abroad that ends as no hospital's, and a short name that stands for one
// hospital (华西); a place may head its holder's part (第1名:某某诊所);
// the name right before a place in a list holds it.
func TestRankingPartsListsAndHeadings(t *testing.T) {
	runFactCases(t, ranking{}, []factCase{
		{"青山医院综合实力排名全国第二。\n- 眼科和骨科连续多年排名全国第一。\n- 儿外科全国排名第一。", []string{"青山医院 2"}},
		{"青山醫院綜合實力排名全國第二。\n- 眼科和骨科連續多年排名全國第一。\n- 兒外科全國排名第一。", []string{"青山医院 2"}},
		{"全球前4名医院依序为甲国的青山诊所、乙国白水大学健康网络、红河医院、金沙医院。",
			[]string{"乙国白水大学健康网络 2", "红河医院 3", "甲国的青山诊所 1", "金沙医院 4"}},
		{"全球前4名醫院依序為甲國的青山診所、乙國白水大學健康網絡、紅河醫院、金沙醫院。",
			[]string{"乙国白水大学健康网络 2", "红河医院 3", "甲国的青山诊所 1", "金沙医院 4"}},
		// Two such names, or one among three: a list of something else.
		{"全球前4名依序为甲国白水大学健康网络、乙国红河健康网络、青山医院、金沙医院。", nil},
		{"前三名依次为青山医院、白水医院和某某研究网络。", nil},
		{"前三名依次为华西、青山医院和白水医院。", []string{"四川大学华西医院 1", "白水医院 3", "青山医院 2"}},
		{"前三名依次為華西、青山醫院和白水醫院。", []string{"四川大学华西医院 1", "白水医院 3", "青山医院 2"}},
		{"综合医院Top10\n第1名:青山诊所(Green Hill Clinic)\n青山诊所创建于1900年。\n第2名:白水医学中心(White Water Medical Center)\n",
			[]string{"白水医学中心 2", "青山诊所 1"}},
		{"綜合醫院Top10\n第1名:青山診所(Green Hill Clinic)\n青山診所創建於1900年。\n第2名:白水醫學中心(White Water Medical Center)\n",
			[]string{"白水医学中心 2", "青山诊所 1"}},
		// A contest's heading names no hospital.
		{"技能大赛Top10\n第1名:张三\n第2名:李四\n", nil},
		{"两家医院进入前250名,包括青山荣总第174名、白水医院第249名。", []string{"白水医院 249", "青山荣总 174"}},
		{"兩家醫院進入前250名,包括青山榮總第174名、白水醫院第249名。", []string{"白水医院 249", "青山荣总 174"}},
	})
}

// Places spanned without 分别 and an aside before the verb (第1和第2名与去
// 年相同,是A和B); an item whose foreign name in brackets names a clinic is
// a name whatever its Chinese name ends with, and 和 after its bracket
// parts the list.
func TestRankingSpanWithAside(t *testing.T) {
	runFactCases(t, ranking{}, []factCase{
		{"全球榜单第1和第2名与去年相同,是甲国某地的青山医疗国际(Green Clinic-East)和乙国白水医学中心(White Clinic)。",
			[]string{"乙国白水医学中心 2", "青山医疗国际 1"}},
		{"全球榜單第1和第2名與去年相同,是甲國某地的青山醫療國際(Green Clinic-East)和乙國白水醫學中心(White Clinic)。",
			[]string{"乙国白水医学中心 2", "青山医疗国际 1"}},
		{"本省榜单第2至第3名没有变化,依次为红河医院、金沙医院。", []string{"红河医院 2", "金沙医院 3"}},
		{"本省榜單第2至第3名沒有變化,依次為紅河醫院、金沙醫院。", []string{"红河医院 2", "金沙医院 3"}},
		// A bracket that names no institution: the item is no hospital.
		{"全球榜单第1和第2名与去年相同,是甲国某地的青山国际(Green Group)和乙国白水医学中心(White Clinic)。", nil},
	})
}

// Ties without a mark (10. 甲医院, 10. 乙医院); a count of the list after
// its last name (乙荣总2家龙头医院双双入榜,分别排行…); a region ranked by
// how many hospitals it has on a list holds no hospital's place, while a
// pool's count before the place does not make it a region's.
func TestRankingTiesCountsAndRegions(t *testing.T) {
	runFactCases(t, ranking{}, []factCase{
		{"今年最佳医院排名如下:\n1. 青山医院\n2. 白水医院\n2. 红河医院\n4. 金沙医院\n",
			[]string{"白水医院 2", "红河医院 2", "金沙医院 4", "青山医院 1"}},
		{"今年最佳醫院排名如下:\n1. 青山醫院\n2. 白水醫院\n2. 紅河醫院\n4. 金沙醫院\n",
			[]string{"白水医院 2", "红河医院 2", "金沙医院 4", "青山医院 1"}},
		// The same row printed twice is no tie.
		{"今年最佳医院排名如下:\n1. 青山医院\n2. 白水医院\n2. 白水医院\n3. 金沙医院\n", []string{"白水医院 2", "青山医院 1"}},
		{"本省青山医院、白水荣总2家龙头医院双双入榜,分别排行49、74名。", []string{"白水荣总 74", "青山医院 49"}},
		{"本省青山醫院、白水榮總2家龍頭醫院雙雙入榜,分別排行49、74名。", []string{"白水荣总 74", "青山医院 49"}},
		{"榜单中甲省共计有13家医院上榜,排行第一;乙省以11家上榜医院排在第二位。", nil},
		{"榜單中甲省共計有13家醫院上榜,排行第一;乙省以11家上榜醫院排在第二位。", nil},
		{"有35家医院入选的甲地排名最高的是第21名的青山医院。", []string{"青山医院 21"}},
		{"有35家醫院入選的甲地排名最高的是第21名的青山醫院。", []string{"青山医院 21"}},
	})
}

// A medical school or a university's medical faculty ranked in the same
// article is no hospital: its place is its own.
func TestRankingOfASchool(t *testing.T) {
	runCases(t, []ruleCase{
		{"青山市人民医院位列第5名。在高校排名中,青山医学院再度蝉联第一,青山大学医学部仍位列第二。", "ranking", []string{"5"}},
		{"青山市人民醫院位列第5名。在高校排名中,青山醫學院再度蟬聯第一,青山大學醫學部仍位列第二。", "ranking", []string{"5"}},
	})
}

// A list may end at a comma with another clause after it; the hospitals
// after a first place (其次依序是) hold the places after it; a volume's
// 人次 is no person placed.
func TestRankingListEndsAndNextPlaces(t *testing.T) {
	runFactCases(t, ranking{}, []factCase{
		{"排行榜前三甲为甲市第一医院、乙市中心医院、丙市人民医院,第四和第五分别是丁市中医医院和戊市妇幼保健院。",
			[]string{"丁市中医医院 4", "丙市人民医院 3", "乙市中心医院 2", "戊市妇幼保健院 5", "甲市第一医院 1"}},
		{"排行榜前三甲為甲市第一醫院、乙市中心醫院、丙市人民醫院,第四和第五分別是丁市中醫醫院和戊市婦幼保健院。",
			[]string{"丁市中医医院 4", "丙市人民医院 3", "乙市中心医院 2", "戊市妇幼保健院 5", "甲市第一医院 1"}},
		{"榜单前两名依次为甲市第一医院、乙市中心医院,丙市人民医院排名第九。",
			[]string{"丙市人民医院 9", "乙市中心医院 2", "甲市第一医院 1"}},
		{"甲市第一医院门诊人次居全市之冠,每天超过八千人,其次依序是乙市中心医院及丙市人民医院。",
			[]string{"丙市人民医院 3", "乙市中心医院 2", "甲市第一医院 1"}},
		{"甲市第一醫院門診人次居全市之冠,每天超過八千人,其次依序是乙市中心醫院及丙市人民醫院。",
			[]string{"丙市人民医院 3", "乙市中心医院 2", "甲市第一医院 1"}},
		// 其次 after no first place is no ranking.
		{"甲市第一医院先开展了筛查,其次是乙市中心医院。", nil},
		{"甲市第一醫院先開展了篩查,其次是乙市中心醫院。", nil},
	})
}

// A list item's name before its place is no ranking's scope.
func TestRankingListItemNameIsNoScope(t *testing.T) {
	for _, text := range []string{"包括甲市荣总第174名、乙市医院第249名。", "包括甲市榮總第174名、乙市醫院第249名。"} {
		_, facts := extractorFacts(t, ranking{}, text)
		if len(facts) != 2 {
			t.Fatalf("%q: %+v, want two places", text, facts)
		}
		for _, f := range facts {
			if f.Scope != "" {
				t.Errorf("%q: %s's scope %q, want none", text, f.Hospital, f.Scope)
			}
		}
	}
}
