package extract

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"zhnews"
	"zhnews/clean/opencc"
	"zhnews/segment"
)

// extractFrom runs the whole extract stage over one sentence, written in
// either script (converted as the cleaner would), and returns the values
// found for metric.
func extractFrom(t testing.TB, text, metric string) []string {
	t.Helper()
	var out []string
	for _, f := range runArticle(t, text).Facts {
		if f.Metric == metric {
			out = append(out, fmt.Sprint(f.Value))
		}
	}
	sort.Strings(out)
	return out
}

type ruleCase struct {
	text   string
	metric string
	want   []string // nil: no fact of the metric
}

func runCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		got := extractFrom(t, c.text, c.metric)
		want := append([]string(nil), c.want...)
		sort.Strings(want)
		if !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("%s in %q = %v, want %v", c.metric, c.text, got, want)
		}
	}
}

func TestPartyOrganisation(t *testing.T) {
	runCases(t, []ruleCase{
		{"医院党委精心设置22个基层党支部、66个党小组。", "party_branches", []string{"22"}},
		{"醫院黨委精心設置22個基層黨支部、66個黨小組。", "party_groups", []string{"66"}},
		{"医院党委下设九个支部,共有中共党员322名。", "party_branches", []string{"9"}},
		{"醫院黨委下設九個支部,共有中共黨員322名。", "party_members", []string{"322"}},
		{"形成党委—党总支—党支部组织体系,设9个党总支、54个党支部。", "party_general_branches", []string{"9"}},
		{"形成黨委—黨總支—黨支部組織體系,設9個黨總支、54個黨支部。", "party_branches", []string{"54"}},
		{"目前,医院有党员260名,下设7个党支部。", "party_members", []string{"260"}},
		{"目前,醫院有黨員260名,下設7個黨支部。", "party_branches", []string{"7"}},
		{"医院党委下辖5个党总支、10个党支部,共211名党员。", "party_members", []string{"211"}},
		{"院党委依据学科相关性优化了党支部设置,由原来的11个支部优化至20个。", "party_branches", []string{"20"}},
		{"院黨委依據學科相關性優化了黨支部設置,由原來的11個支部優化至20個。", "party_branches", []string{"20"}},
		{"党员数量从1954年建院初期的4名,发展到如今的739名。", "party_members", []string{"739"}},
		{"黨員數量從1954年建院初期的4名,發展到如今的739名。", "party_members", []string{"739"}},
		{"全院现有党支部31个,党员总数达1200余人。", "party_branches", []string{"31"}},
		{"全院現有黨支部31個,黨員總數達1200餘人。", "party_members", []string{"1200"}},
		{"长兴县人民医院党委现有党员330名,在职党员285名。", "party_members_active", []string{"285"}},
		{"長興縣人民醫院黨委現有黨員330名,在職黨員285名。", "party_members", []string{"330"}},
		{"成立发热门诊和传染病区两个临时党支部。", "temporary_party_branches", []string{"2"}},
		{"成立發熱門診和傳染病區兩個臨時黨支部。", "party_branches", nil},
		// Not counts of the hospital's organisation.
		{"中共廉江县第一个党支部成立所在地。", "party_branches", nil},
		{"实现“一个支部,一个堡垒”。", "party_branches", nil},
		{"把每一个党支部都建成最坚强的战斗堡垒。", "party_branches", nil},
		{"一名党员就是一面旗帜。", "party_members", nil},
		{"医院组织10余名党员专家到二屯镇开展义诊。", "party_members", nil},
		{"醫院組織10餘名黨員專家到二屯鎮開展義診。", "party_members", nil},
		{"今年共发展党员15名,培训入党积极分子40人。", "party_members", nil},
		{"院党委以“百名党员进百村”活动为载体。", "party_members", nil},
		{"设立党员先锋岗38个、党员责任区46个。", "party_members", nil},
		{"內科第一黨支部書記宋宇時刻把患者放在第一位。", "party_branches", nil},
	})
}

func TestStaffAndBeds(t *testing.T) {
	runCases(t, []ruleCase{
		{"医院现有职工1572名。", "staff", []string{"1572"}},
		{"醫院現有職工1572名。", "staff", []string{"1572"}},
		{"医院党总支团结带领1000余名职工主动打好疫情防治战。", "staff", []string{"1000"}},
		{"醫院黨總支團結帶領1000餘名職工主動打好疫情防治戰。", "staff", []string{"1000"}},
		{"医院在岗员工3000多人,其中高级职称400余人。", "staff", []string{"3000"}},
		{"全院干部职工共计856人。", "staff", []string{"856"}},
		{"近年来共招聘卫生技术人才200余人。", "staff", nil},
		{"先后外派医务人员120余人支援武汉。", "staff", nil},
		{"医院编制床位1200张,开放床位1500张。", "beds", []string{"1200", "1500"}},
		{"醫院編製床位1200張。", "beds", []string{"1200"}},
		{"新感染病区设置负压隔离病床154张。", "beds", nil},
		{"医院床位编制数800张,实际开放床位1200余张。", "beds", []string{"800", "1200"}},
		{"醫院床位編制數800張,實際開放床位1200餘張。", "beds", []string{"800", "1200"}},
		// Beds of hospitals taken together are no hospital's.
		{"现时私院可提供的病床已增至318张。", "beds", nil},
		{"現時私院可提供的病床已增至318張。", "beds", nil},
		{"全数13间私家医院在首阶段腾出364张病床。", "beds", nil},
		{"本港11間私家醫院合共預留約250張病床。", "beds", nil},
		// 临床 is clinical work: its 床 is no bed.
		{"该院临床三支部获评先进基层党支部。", "beds", nil},
		{"該院臨床三支部獲評先進基層黨支部。", "beds", nil},
	})
}

func TestFoundedYear(t *testing.T) {
	runCases(t, []ruleCase{
		{"福建省福清市医院创立于1900年,现为福清市唯一一家三级综合医院。", "founded_year", []string{"1900"}},
		{"福建省福清市醫院創立於1900年。", "founded_year", []string{"1900"}},
		{"简阳市人民医院建于1939年,是一所三级甲等综合医院。", "founded_year", []string{"1939"}},
		{"成立于1934年的廉江市人民医院,已经走过87年风雨岁月。", "founded_year", []string{"1934"}},
		{"成立於1934年的廉江市人民醫院已經走過87年。", "founded_year", []string{"1934"}},
		{"医院始建于1952年,前身为县卫生院。", "founded_year", []string{"1952"}},
		{"党员数量从1954年建院初期的4名发展到739名。", "founded_year", []string{"1954"}},
		{"医院党总支成立于2010年。", "founded_year", nil},
		{"2017年8月,以该院为龙头组建医共体。", "founded_year", nil},
		{"胸痛中心建于2018年。", "founded_year", nil},
	})
}

func TestRanking(t *testing.T) {
	runCases(t, []ruleCase{
		{"普洱市人民医院在全国1521家三级综合医院中位列第357名,较2021年进步了108名。", "ranking", []string{"357"}},
		{"普洱市人民醫院在全國1521家三級綜合醫院中位列第357名,較2021年進步了108名。", "ranking", []string{"357"}},
		{"2021年全国三级公立医院绩效考核排名160名,位列A等级,湖南省地市级医院排名第一。", "ranking", []string{"1", "160"}},
		{"2021年全國三級公立醫院績效考核排名160名,湖南省地市級醫院排名第一。", "ranking", []string{"1", "160"}},
		{"医院在“2019中国县级医院·竞争力100强”排名蝉联第28位。", "ranking", []string{"28"}},
		{"在全省57家县级人民医院DRG能力中列居第2位。", "ranking", []string{"2"}},
		{"被评为“中国医院竞争力·县级医院500强”(第151名)。", "ranking", []string{"151"}},
		{"在公益医院风云大赛中获2020年度公益风云榜TOP100强,位列91名。", "ranking", []string{"91"}},
		{"医院综合实力位居全省同级医院第三。", "ranking", []string{"3"}},
		// Changes, shares and list numbers are no rankings.
		{"较2021年进步了108名,排名提升明显。", "ranking", nil},
		{"年度考核排名末位5%的干部进行谈话提醒。", "ranking", nil},
		{"01 湖北大冶市人民医院", "ranking", nil},
		{"进入全国前25%行列。", "ranking", nil},
	})
}

func TestRankingScopeAndTotal(t *testing.T) {
	seg, _ := segment.Default()
	text := "普洱市人民医院在全国1521家三级综合医院中位列第357名。"
	a := zhnews.Article{Text: text}
	New().Run(&a, seg.Segment(text))
	if len(a.Facts) != 1 {
		t.Fatalf("facts = %+v", a.Facts)
	}
	f := a.Facts[0]
	if f.Total != 1521 || f.Scope != "全国三级综合医院" || f.Hospital != "普洱市人民医院" {
		t.Errorf("fact = %+v", f)
	}
	if got := string([]rune(text)[f.Start:f.End]); got != f.Evidence {
		t.Errorf("evidence %q at %d-%d reads %q", f.Evidence, f.Start, f.End, got)
	}
}

func TestAwardsAndSecretary(t *testing.T) {
	runCases(t, []ruleCase{
		{"先后荣获“全国医院文化建设示范单位”“全国文明单位”等三十余项称号。", "award", []string{"全国医院文化建设示范单位", "全国文明单位"}},
		{"先後榮獲「全國醫院文化建設示範單位」「全國文明單位」等三十餘項稱號。", "award", []string{"全国医院文化建设示范单位", "全国文明单位"}},
		{"案例荣获“卓越实践案例奖”。", "award", []string{"卓越实践案例奖"}},
		{"医院被评为“白求恩模范医院”。", "award", []string{"白求恩模范医院"}},
		{"被国家卫健委评为“全国300家县级医院综合服务能力推荐标准医院”、“中国医院竞争力·县级医院500强”(第151名)。", "award", []string{"全国300家县级医院综合服务能力推荐标准医院"}},
		{"院党委书记龚治国同志被组委会授予“中国县市医院党建文化之星”称号。", "award", nil},
		{"2023年1月神经内科获评为“国家临床重点专科建设项目”。", "award", nil},
		{"以“不忘初心、牢记使命”主题教育为契机。", "award", nil},
		{"医院党委书记苏丙贺介绍。", "party_secretary", []string{"苏丙贺"}},
		{"醫院黨委書記蘇丙賀介紹。", "party_secretary", []string{"苏丙贺"}},
		{"市立医院党委书记、理事长段立新表示,医院党员冲锋在前。", "party_secretary", []string{"段立新"}},
		{"成立以党总支书记闫卫军为组长的领导小组。", "party_secretary", []string{"闫卫军"}},
		{"党委书记雷冬竹代表医院出席会议。", "party_secretary", []string{"雷冬竹"}},
		{"每月党委书记在医院集团干部会议上进行通报。", "party_secretary", nil},
		{"医院党委副书记李安东告诉记者。", "party_secretary", nil},
		{"强化书记、院长定期沟通机制。", "party_secretary", nil},
	})
}

func TestAmounts(t *testing.T) {
	runCases(t, []ruleCase{
		{"2023年全院门急诊诊疗110.73万人次,同比上升8.42%。", "outpatient_visits", []string{"1107300"}},
		{"2023年全院門急診診療110.73萬人次,同比上升8.42%。", "outpatient_visits", []string{"1107300"}},
		{"出院8.9万人次,同比上升10.66%。", "inpatient_discharges", []string{"89000"}},
		{"手术2.41万人次,同比上升18%。", "surgeries", []string{"24100"}},
		{"全年完成手术12000余台次。", "surgeries", []string{"12000"}},
		{"平均患者满意度99.79%。", "satisfaction_rate", []string{"99.79"}},
		{"群眾滿意度連年保持95%以上。", "satisfaction_rate", []string{"95"}},
		{"投资1.5亿元打造区域医疗中心。", "investment_yuan", []string{"1.5e+08"}},
		{"投資1.5億元打造區域醫療中心。", "investment_yuan", []string{"1.5e+08"}},
		{"采购农副产品金额达72.39万元。", "investment_yuan", nil},
		// 元 left out after 投资: the bare multiplier is yuan, unless
		// another currency or unit follows.
		{"医院宣布投资30多亿在新址建院。", "investment_yuan", []string{"3e+09"}},
		{"醫院宣布投資30多億在新址建院。", "investment_yuan", []string{"3e+09"}},
		{"医院投资5000万用于购置设备。", "investment_yuan", []string{"5e+07"}},
		{"集团投资2亿美元建设医院。", "investment_yuan", nil},
		{"项目投资3万平方米。", "investment_yuan", nil},
		{"在原有11个省级临床重点专科建设项目基础上。", "key_specialties", []string{"11"}},
		{"九个学科入选福建省卫健委县域重点专科。", "key_specialties", nil},
	})
}

func TestGazetteer(t *testing.T) {
	g := loadGazetteer()
	tests := []struct{ name, province, city string }{
		{"大冶市", "湖北省", "黄石市"},
		{"德州", "山东省", "德州市"},
		{"长兴县", "浙江省", "湖州市"},
		{"内蒙古", "内蒙古自治区", ""},
		{"新疆", "新疆维吾尔自治区", ""},
		{"宁夏", "宁夏回族自治区", ""},
		{"广西", "广西壮族自治区", ""},
		{"本溪市", "辽宁省", "本溪市"},
	}
	for _, tt := range tests {
		ps := g.Lookup(tt.name)
		if len(ps) == 0 || ps[0].Province != tt.province || ps[0].City != tt.city {
			t.Errorf("Lookup(%s) = %+v, want %s %s", tt.name, ps, tt.province, tt.city)
		}
	}
}

func TestFindHospitals(t *testing.T) {
	g := loadGazetteer()
	tests := []struct {
		text string
		want []string
	}{
		{"01 湖北大冶市人民医院", []string{"湖北省大冶市人民医院"}},
		{"浙江省长兴县人民医院党委现有党员330名", []string{"浙江省长兴县人民医院"}},
		{"郴州市第一人民医院高质量党建", []string{"郴州市第一人民医院"}},
		{"德州市立医院:党建引领", []string{"德州市立医院"}},
		{"与福建医科大学附属第一医院建立紧密型医联体", []string{"福建医科大学附属第一医院"}},
		{"北京大学第三医院", []string{"北京大学第三医院"}},
		{"镇沅县中医医院为试点", []string{"云南省镇沅县中医医院"}},
		// Categories and references are no names.
		{"湖南省地市级医院在主题一中获奖", nil},
		{"全国三级公立医院绩效考核", nil},
		{"联合14家乡镇卫生院组建医共体", nil},
		{"该院和市立医院", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range FindHospitals(tt.text, g) {
			if !m.Ref {
				got = append(got, m.Name)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("FindHospitals(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// In a multi-hospital article each fact belongs to its section's hospital.
func TestSectionsAttributeFacts(t *testing.T) {
	text := "本期公布十家示范医院。\n01 湖北大冶市人民医院\n医院党委下辖5个党总支、10个党支部。\n02 福建福清市医院\n医院现有职工1572名;党委下设九个支部。\n"
	seg, _ := segment.Default()
	a := zhnews.Article{Text: text}
	New().Run(&a, seg.Segment(text))
	want := map[string]string{"10": "湖北省大冶市人民医院", "9": "福建省福清市医院"}
	n := 0
	for _, f := range a.Facts {
		if f.Metric != "party_branches" {
			continue
		}
		n++
		if h := want[fmt.Sprint(f.Value)]; h != f.Hospital {
			t.Errorf("party_branches %v is %s's, want %s", f.Value, f.Hospital, h)
		}
	}
	if n != 2 || len(a.Hospitals) != 2 || a.Hospitals[0].Province != "湖北省" || a.Hospitals[1].City != "福州市" {
		t.Errorf("facts %d, hospitals %+v", n, a.Hospitals)
	}
}

func ExamplePipeline_Run() {
	seg, _ := segment.Default()
	a := zhnews.Article{Text: "福建省福清市医院创立于1900年。医院现有职工1572名,共有中共党员322名。"}
	New().Run(&a, seg.Segment(a.Text))
	for _, f := range a.Facts {
		fmt.Println(f.Hospital, f.Metric, f.Value, f.Evidence)
	}
	// Output:
	// 福建省福清市医院 founded_year 1900 福建省福清市医院创立于1900年
	// 福建省福清市医院 staff 1572 医院现有职工1572名
	// 福建省福清市医院 party_members 322 共有中共党员322名
}

func BenchmarkExtract(b *testing.B) {
	seg, err := segment.Default()
	if err != nil {
		b.Fatal(err)
	}
	text := "福建省福清市医院创立于1900年,现为福清市唯一一家三级综合医院。医院现有职工1572名;党委下设九个支部,共有中共党员322名。2021年全国三级公立医院绩效考核排名160名,湖南省地市级医院排名第一。先后荣获“全国医院文化建设示范单位”“全国文明单位”等三十余项称号。"
	toks := seg.Segment(text)
	p := New()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := zhnews.Article{Text: text}
		p.Run(&a, toks)
	}
}

func TestRankingNegatives(t *testing.T) {
	runCases(t, []ruleCase{
		{"医院被列入第一批国家区域医疗中心建设试点。", "ranking", nil},
		{"为居民第一时间提供救治。", "ranking", nil},
		{"医院排在第二届评选的首位。", "ranking", nil},
	})
}

func FuzzRun(f *testing.F) {
	seg, err := segment.Default()
	if err != nil {
		f.Fatal(err)
	}
	p := New()
	for _, s := range []string{"医院现有职工1572名;党委下设九个支部。", "01 湖北大冶市人民医院\n排名第一", "\xff党委书记", "由原来的11个支部优化至",
		"黄岛二医、市一院和浙大一附院", "卫福部屏东医院(原台湾省立屏东医院)更名为", "第960医院与该院", "前三分别是:A医院、B医院和"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := zhnews.Article{Text: s}
		p.Run(&a, seg.Segment(s))
		runes := []rune(s)
		for _, fact := range a.Facts {
			if fact.Start < 0 || fact.End > len(runes) || fact.Start > fact.End {
				t.Fatalf("fact %+v outside the text", fact)
			}
		}
		seen := map[string]bool{}
		for _, h := range a.Hospitals {
			if h.Name == "" || seen[h.Name] {
				t.Fatalf("hospitals %+v: an empty or repeated name", a.Hospitals)
			}
			seen[h.Name] = true
		}
	})
}

func TestMoreWordings(t *testing.T) {
	runCases(t, []ruleCase{
		{"目前医院拥有党员560名,下设党支部18个。", "party_members", []string{"560"}},
		{"目前醫院擁有黨員560名,下設黨支部18個。", "party_branches", []string{"18"}},
		{"医院共有在册党员412名。", "party_members", []string{"412"}},
		// The longest modifier, noun and connector before the figure, and
		// hedges on both sides of it.
		{"全院中国共产党员总数达约1,260名。", "party_members", []string{"1260"}},
		{"全院中國共產黨員總數達約1,260名。", "party_members", []string{"1260"}},
		{"医院干部职工总人数2100多人,实际开放床位超过1500张。", "staff", []string{"2100"}},
		{"醫院幹部職工總人數2100多人,實際開放床位超過1500張。", "beds", []string{"1500"}},
		{"党员12名、预备党员3名。", "party_members", []string{"12"}},
		{"现有职工1,500余名职工代表参会", "staff", []string{"1500"}},
		{"医院拥有职工2100余人,编制床位1200张。", "staff", []string{"2100"}},
		{"1958年,长兴县人民医院正式成立。", "founded_year", []string{"1958"}},
		{"1958年,長興縣人民醫院正式成立。", "founded_year", []string{"1958"}},
		{"2017年,医院成立医共体。", "founded_year", nil},
		{"医院建院于1958年,是一所百年老院。", "founded_year", []string{"1958"}},
		{"年门急诊量达180万人次,出院病人6.5万人次。", "outpatient_visits", []string{"1800000"}},
		{"年門急診量達180萬人次,出院病人6.5萬人次。", "inpatient_discharges", []string{"65000"}},
		{"在复旦版中国医院排行榜中位列第12名。", "ranking", []string{"12"}},
		{"患者满意度达到百分之九十八点六。", "satisfaction_rate", []string{"98.6"}},
		{"患者滿意度達到百分之九十八點六。", "satisfaction_rate", []string{"98.6"}},
		{"满意度调查共回收问卷1200份。", "satisfaction_rate", nil},
	})
}

func TestInstitutionHospitals(t *testing.T) {
	g := loadGazetteer()
	for text, want := range map[string]string{
		"中南大学湘雅医院党委书记":  "中南大学湘雅医院",
		"与复旦大学附属中山医院合作": "复旦大学附属中山医院",
		"中国人民解放军总医院专家":  "中国人民解放军总医院",
		"四川大学华西医院":      "四川大学华西医院",
	} {
		ms := FindHospitals(text, g)
		if len(ms) != 1 || ms[0].Name != want {
			t.Errorf("FindHospitals(%q) = %+v, want %s", text, ms, want)
		}
	}
}

func TestFoundedYearSubjectWithCentre(t *testing.T) {
	runCases(t, []ruleCase{
		{"湖州市中心医院始建于1908年。", "founded_year", []string{"1908"}},
		{"医院急救中心建于2015年。", "founded_year", nil},
	})
}

// An honour restated under its bare title is one fact; another honour is
// not.
func TestHonourRestated(t *testing.T) {
	tests := []struct {
		given []any
		v     any
		want  bool
	}{
		{[]any{"优质服务示范奖"}, "优质服务示范", true},
		{[]any{"优质服务示范"}, "优质服务示范奖", true},
		{[]any{"文明单位称号"}, "文明单位", true},
		{[]any{"优质服务示范奖"}, "优质服务示范奖", false}, // the same value: the exact key handles it
		{[]any{"白金奖"}, "金奖", false},
		{[]any{"文明单位"}, "省级文明单位", false},
		{nil, "文明单位", false},
	}
	for _, tt := range tests {
		if got := honourRestated(tt.given, tt.v); got != tt.want {
			t.Errorf("honourRestated(%v, %v) = %v, want %v", tt.given, tt.v, got, tt.want)
		}
	}
	for _, text := range []string{
		"医院荣获“优质服务示范奖”。院长表示,拿下“优质服务示范”的桂冠是全院的荣誉。",
		"醫院榮獲「優質服務示範獎」。院長表示，拿下「優質服務示範」的桂冠是全院的榮譽。",
	} {
		n := 0
		for _, f := range runArticle(t, text).Facts {
			if f.Metric == "award" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d awards in %q, want 1", n, text)
		}
	}
}

// A hedged figure restated precisely is one fact, the precise one; a
// hedged figure of its own stays.
func TestRoundedRestatement(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"医院新大楼总投资21亿余元。院长介绍,新大楼总投资21亿1150万元,明年完工。", []string{"2.1115e+09"}},
		{"醫院新大樓總投資21億餘元。院長介紹，新大樓總投資21億1150萬元，明年完工。", []string{"2.1115e+09"}},
		{"医院门诊楼总投资3亿余元。住院楼总投资5亿元。", []string{"3e+08", "5e+08"}},
	} {
		var got []string
		for _, f := range runArticle(t, tt.text).Facts {
			if f.Metric == "investment_yuan" {
				got = append(got, fmt.Sprint(f.Value))
			}
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("investments of %q = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A heading that gives the hospital's other name in brackets after it
// still heads its section: the facts under it are that hospital's.
func TestSectionHeadingWithAlias(t *testing.T) {
	for _, text := range []string{
		"甲省人民医院(甲医科大学第一附属医院)\n获得880分\n在全国三级医院中排名第7\n\n名单如下:\n1、乙大学附属医院\n2、丙大学第一医院\n",
		"甲省人民醫院（甲醫科大學第一附屬醫院）\n獲得880分\n在全國三級醫院中排名第7\n\n名單如下：\n1、乙大學附屬醫院\n2、丙大學第一醫院\n",
	} {
		text = opencc.Default().ToSimplified(text)
		seg, _ := segment.Default()
		a := zhnews.Article{Text: text}
		New().Run(&a, seg.Segment(text))
		found := false
		for _, f := range a.Facts {
			if f.Metric == "ranking" && f.Value == int64(7) {
				found = true
				if f.Hospital != "甲省人民医院" {
					t.Errorf("%q: ranking 7 is %q's, want 甲省人民医院", text, f.Hospital)
				}
			}
		}
		if !found {
			t.Errorf("%q: no ranking 7 in %+v", text, a.Facts)
		}
	}
}

// In a clause naming two hospitals, the one built, joined or helped is
// the object: the figure is the subject's (甲医院投资30亿元新建乙医院).
func TestClauseObjectHospital(t *testing.T) {
	cases := []struct{ text, metric, want string }{
		{"青山市人民医院宣布投资30亿元新建绿水医院。", "investment_yuan", "青山市人民医院"},
		{"青山市人民醫院宣布投資30億元新建綠水醫院。", "investment_yuan", "青山市人民医院"},
		{"青山市人民医院投资2亿元与绿水县中医院共建分院。", "investment_yuan", "青山市人民医院"},
		{"绿水县中医院获青山市人民医院投资2亿元。", "investment_yuan", "青山市人民医院"},
	}
	for _, c := range cases {
		a := runArticle(t, c.text)
		got := ""
		for _, f := range a.Facts {
			if f.Metric == c.metric {
				got = f.Hospital
			}
		}
		if got != c.want {
			t.Errorf("%q: %s of %q, want %q", c.text, c.metric, got, c.want)
		}
	}
}
