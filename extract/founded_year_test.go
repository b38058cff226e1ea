package extract

import (
	"fmt"
	"reflect"
	"testing"

	"zhnews"
	"zhnews/clean/opencc"
	"zhnews/segment"
)

func TestFoundedYearNumerals(t *testing.T) {
	runCases(t, []ruleCase{
		// Chinese digits read one by one, 〇 or 零 for nought.
		{"该院创建于一九五六年,是一所二级甲等医院。", "founded_year", []string{"1956"}},
		{"該院創建於一九五六年,是一所二級甲等醫院。", "founded_year", []string{"1956"}},
		{"医院始建于一九〇八年。", "founded_year", []string{"1908"}},
		{"醫院始建於一九〇八年。", "founded_year", []string{"1908"}},
		{"南门医院创立于一九三零年,至今已有九十余年。", "founded_year", []string{"1930"}},
		{"南門醫院創立於一九三零年,至今已有九十餘年。", "founded_year", []string{"1930"}},
		{"教会医院自一八八三年创立以来,始终坚持服务乡里。", "founded_year", []string{"1883"}},
		{"教會醫院自一八八三年創立以來,始終堅持服務鄉里。", "founded_year", []string{"1883"}},
		{"医院于二〇〇五年十月正式建院。", "founded_year", []string{"2005"}},
		// Month and day between the year and the verb.
		{"该院1962年3月1日正式建院。", "founded_year", []string{"1962"}},
		{"該院1962年3月1日正式建院。", "founded_year", []string{"1962"}},
		// A building enlarged, rebuilt or planned is no founding; built is.
		{"医院扩建于1990年,新增床位200张。", "founded_year", nil},
		{"醫院擴建於1990年，新增床位200張。", "founded_year", nil},
		{"医院重建于1958年。", "founded_year", nil},
		{"医院筹建于1872年,1874年1月建成开业。", "founded_year", []string{"1874"}},
		{"醫院籌建於1872年，1874年1月建成開業。", "founded_year", []string{"1874"}},
		{"医院兴建于1950年。", "founded_year", []string{"1950"}},
		// The next clause's year is no anniversary (1958年 after 开诊,).
		{"青山县人民医院1952年开诊,1958年更名为青山县第一人民医院。", "founded_year", []string{"1952"}},
		{"青山縣人民醫院1952年開診,1958年更名為青山縣第一人民醫院。", "founded_year", []string{"1952"}},
		{"青山县人民医院1952年成立,1985年迁至新址。", "founded_year", []string{"1952"}},
		{"青山縣人民醫院1952年成立，1985年遷至新址。", "founded_year", []string{"1952"}},
		{"青山县人民医院1952年成立,60年来不断发展。", "founded_year", []string{"1952"}},
		// An anniversary, an ordinal, a figure that is no year.
		{"2020年建院70周年之际,医院举办义诊。", "founded_year", nil},
		{"2020年建院70週年之際,醫院舉辦義診。", "founded_year", nil},
		{"医院迎来创院一百二十周年。", "founded_year", nil},
	})
}

func TestFoundedYearROC(t *testing.T) {
	runCases(t, []ruleCase{
		// 创设 founds an institution, in either calendar.
		{"本院自民国五十八年创设迄今,已逾半世纪。", "founded_year", []string{"1969"}},
		{"本院自民國五十八年創設迄今,已逾半世紀。", "founded_year", []string{"1969"}},
		{"青山医院创设于1931年。", "founded_year", []string{"1931"}},
		// 民国 years, in either numeral, and before 民国 (民国前).
		{"民国五十二年创院的仁爱医院,今天举办院庆。", "founded_year", []string{"1963"}},
		{"民國五十二年創院的仁愛醫院,今天舉辦院慶。", "founded_year", []string{"1963"}},
		{"民国52年8月1日创院的仁爱医院迎来院庆。", "founded_year", []string{"1963"}},
		{"民國52年8月1日創院的仁愛醫院迎來院慶。", "founded_year", []string{"1963"}},
		{"公立医院创立于民国前十年。", "founded_year", []string{"1902"}},
		{"公立醫院創立於民國前十年。", "founded_year", []string{"1902"}},
		// A bare year on a page that dates in the ROC calendar.
		{"卫福部丰原医院113年5月举办活动。院长表示,医院自108年1月2日成立以来,服务超过百万人次。", "founded_year", []string{"2019"}},
		{"衛福部豐原醫院113年5月舉辦活動。院長表示,醫院自108年1月2日成立以來,服務超過百萬人次。", "founded_year", []string{"2019"}},
		{"民国时期的老院舍已拆除;医院58年创院,是地区医院。", "founded_year", []string{"1969"}},
		// Elsewhere a bare figure is no year.
		{"医院自98年成立以来,发展迅速。", "founded_year", nil},
		{"醫院自98年成立以來,發展迅速。", "founded_year", nil},
	})
}

func TestFoundedYearVerbs(t *testing.T) {
	runCases(t, []ruleCase{
		{"青山医院的成立时间是1952年,至今已有七十年。", "founded_year", []string{"1952"}},
		{"青山醫院建院的時間為1936年。", "founded_year", []string{"1936"}},
		{"院党委成立时间是1984年。", "founded_year", nil},
		{"青山醫院創設於1895年,前身為一所診療所。", "founded_year", []string{"1895"}},
		{"青山医院设立于1950年。", "founded_year", []string{"1950"}},
		{"青山医院分院设立于2010年。", "founded_year", nil},
		{"青山医院开院于1907年,是当地第一所西医医院。", "founded_year", []string{"1907"}},
		{"青山醫院開院於1907年,是當地第一所西醫醫院。", "founded_year", []string{"1907"}},
		// Opening verbs: 挂牌营业, 开业, 开诊, 成立 at the clause's end.
		{"从1951年城关卫生院正式挂牌营业,到今天已走过七十余年。", "founded_year", []string{"1951"}},
		{"從1951年城關衛生院正式掛牌營業,到今天已走過七十餘年。", "founded_year", []string{"1951"}},
		{"1987年5月,东湖医院正式开诊。", "founded_year", []string{"1987"}},
		{"1987年5月,東湖醫院正式開診。", "founded_year", []string{"1987"}},
		{"医院于1975年成立,现有职工800人。", "founded_year", []string{"1975"}},
		{"醫院於1975年成立,現有職工800人。", "founded_year", []string{"1975"}},
		{"医院前身是1949年10月成立的县人民卫生院。", "founded_year", []string{"1949"}},
		{"醫院前身是1949年10月成立的縣人民衛生院。", "founded_year", []string{"1949"}},
		// The first days of the hospital.
		{"1938年,仁济医院建院之初,仅有病床12张。", "founded_year", []string{"1938"}},
		{"1938年,仁濟醫院建院之初,僅有病床12張。", "founded_year", []string{"1938"}},
		{"1958年医院创院之初条件艰苦。", "founded_year", []string{"1958"}},
		{"1958年醫院創院之初條件艱苦。", "founded_year", []string{"1958"}},
		{"1960年,卫生院开办之初只有两间平房。", "founded_year", []string{"1960"}},
		{"1960年,衛生院開辦之初只有兩間平房。", "founded_year", []string{"1960"}},
		// Other things founded or opened, renamings.
		{"2016年,医院门诊大楼正式开业。", "founded_year", nil},
		{"2016年,醫院門診大樓正式開業。", "founded_year", nil},
		{"医院2018年成立胸痛中心。", "founded_year", nil},
		{"2018年成立的胸痛中心已救治患者千余例。", "founded_year", nil},
		{"2018年成立的醫院黨委下設8個支部。", "founded_year", nil},
		{"2017年创建胸痛中心,2019年通过国家认证。", "founded_year", nil},
		{"2017年創建胸痛中心,2019年通過國家認證。", "founded_year", nil},
		{"1994年,县医院更名为市人民医院并正式挂牌成立。", "founded_year", nil},
		{"1994年,縣醫院更名為市人民醫院並正式掛牌成立。", "founded_year", nil},
		{"2012年党支部成立之初只有党员9名。", "founded_year", nil},
		{"2012年黨支部成立之初只有黨員9名。", "founded_year", nil},
		{"他去年被评为开业医师组第一名。", "founded_year", nil},
	})
}

func TestFoundedYearIsOfTheSubject(t *testing.T) {
	runCases(t, []ruleCase{
		// 是…的: the clause ends after 的, its subject was founded.
		{"这家医院是创建于1921年的,历史悠久。", "founded_year", []string{"1921"}},
		{"這家醫院是創建於1921年的,歷史悠久。", "founded_year", []string{"1921"}},
		{"该院是在1964年所创办的。", "founded_year", []string{"1964"}},
		{"該院是在1964年所創辦的。", "founded_year", []string{"1964"}},
		// 的 and what was founded: a hospital, or one of its parts.
		{"成立于1952年的城南医院今年迎来院庆。", "founded_year", []string{"1952"}},
		{"成立于2012年的党总支下设4个支部。", "founded_year", nil},
		{"成立於2012年的黨總支下設4個支部。", "founded_year", nil},
		// 始创: founded first.
		{"青山医院始创于1874年,历史悠久。", "founded_year", []string{"1874"}},
		{"青山醫院始創於1874年,歷史悠久。", "founded_year", []string{"1874"}},
		{"医院1931年始创,至今已有九十余年。", "founded_year", []string{"1931"}},
		// A named hospital described by its kind after 的.
		{"青山医院是一家创办于2009年的民营医疗机构,现有职工300人。", "founded_year", []string{"2009"}},
		{"青山醫院是一家創辦於2009年的民營醫療機構,現有職工300人。", "founded_year", []string{"2009"}},
		{"城南医院是一所成立于1985年的公立医疗单位。", "founded_year", []string{"1985"}},
		// Not where the subject is no hospital.
		{"该集团旗下有一家创办于2009年的民营医疗机构。", "founded_year", nil},
		{"該集團旗下有一家創辦於2009年的民營醫療機構。", "founded_year", nil},
	})
}

func TestFoundedYearOfOthers(t *testing.T) {
	runCases(t, []ruleCase{
		{"医院1号楼和2号楼分别建于1958年和1976年。", "founded_year", nil},
		{"醫院1號樓和2號樓分別建於1958年和1976年。", "founded_year", nil},
		// 成立 said of a country, 之初 of an era.
		{"中华人民共和国于1949年10月1日成立。", "founded_year", nil},
		{"中華人民共和國於1949年10月1日成立。", "founded_year", nil},
		{"1949年新中国成立之初,医疗条件十分落后。", "founded_year", nil},
		{"1949年新中國成立之初,醫療條件十分落後。", "founded_year", nil},
		// Clauses that go on about a quoted name that is no hospital's.
		{"榜单第一名是“某某诊所”,位于美国中部,成立于1880年。", "founded_year", nil},
		{"榜單第一名是「某某診所」,位於美國中部,成立於1880年。", "founded_year", nil},
		{"他毕业于“某某大学”,该院创建于1952年。", "founded_year", []string{"1952"}},
		{"他畢業於「某某大學」,該院創建於1952年。", "founded_year", []string{"1952"}},
		{"作为土生土长的“老青山”,从1921年建院至今,青山医院不断发展。", "founded_year", []string{"1921"}},
		{"作為土生土長的「老青山」,從1921年建院至今,青山醫院不斷發展。", "founded_year", []string{"1921"}},
		{"“青山医院”位于市中心,始建于1921年。", "founded_year", []string{"1921"}},
		{"「青山醫院」位於市中心,始建於1921年。", "founded_year", []string{"1921"}},
		// A grade attained in a campaign (创建成为) is no founding; the
		// verb with the hospital as its object is.
		{"医院于2013年创建成为国家二级甲等中医医院。", "founded_year", nil},
		{"醫院於2013年創建成為國家二級甲等中醫醫院。", "founded_year", nil},
		{"该院2016年创建为三级综合医院。", "founded_year", nil},
		{"县人民政府于1984年筹建成立县中医院,并于1988年正式开诊。", "founded_year", []string{"1984"}},
		{"縣人民政府於1984年籌建成立縣中醫院,並於1988年正式開診。", "founded_year", []string{"1984"}},
		{"1952年成立青山县人民医院。", "founded_year", []string{"1952"}},
		// Where it was founded, or by whom, between the year and the verb.
		{"1979年1月,在城南建立青山县人民医院,建筑面积1000平方米。", "founded_year", []string{"1979"}},
		{"1979年1月,在城南建立青山縣人民醫院,建築面積1000平方米。", "founded_year", []string{"1979"}},
		{"1958年,由县政府创办青山卫生院。", "founded_year", []string{"1958"}},
		{"1958年,由縣政府創辦青山衛生院。", "founded_year", []string{"1958"}},
		{"2016年,在城东建立青山县人民医院新院区。", "founded_year", nil},
		{"2005年成立青山医院新院区。", "founded_year", nil},
		{"2019年成立中医院医共体。", "founded_year", nil},
		// A department's page speaks of itself as 本部 (Taiwan's 内科部,
		// 外科部): its founding is the department's; the hospital's main
		// campus (医院本部, 院本部) is the hospital.
		{"本部成立于1962年3月,当时仅有医师6位。", "founded_year", nil},
		{"本部成立於1962年3月,當時僅有醫師6位。", "founded_year", nil},
		{"该部创建于1978年,现有主治医师40位。", "founded_year", nil},
		{"該部創建於1978年,現有主治醫師40位。", "founded_year", nil},
		{"医院本部始建于1950年。", "founded_year", []string{"1950"}},
		{"醫院本部始建於1950年。", "founded_year", []string{"1950"}},
		// A reign's year with the year it is in brackets.
		{"该院始建于清光绪二十年(1894年),是省内最早的西医医院。", "founded_year", []string{"1894"}},
		{"該院始建於清光緒二十年(1894年),是省內最早的西醫醫院。", "founded_year", []string{"1894"}},
		{"始建于民国二十三年(1934年)的县医院迎来院庆。", "founded_year", []string{"1934"}},
	})
}

func TestFoundedYearEraWords(t *testing.T) {
	runCases(t, []ruleCase{
		// 西元 / 公元 before the year, as Taiwan pages write it.
		{"仁爱医院成立于西元1968年。", "founded_year", []string{"1968"}},
		{"仁愛醫院成立於西元1968年。", "founded_year", []string{"1968"}},
		{"医院创建于公元1902年。", "founded_year", []string{"1902"}},
		// A decade is no year.
		{"医院创立于1950年代。", "founded_year", nil},
		{"醫院創立於1950年代。", "founded_year", nil},
	})
}

// On a Taiwan page written in traditional script a bare year before a
// founding verb is the ROC calendar's; in simplified script it is no
// year, nor on a mainland page mirrored in traditional script.
func TestFoundedYearBareROCOnTraditionalPages(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		script string
		want   []string
	}{{zhnews.ScriptTraditional, []string{"1957"}}, {zhnews.ScriptSimplified, nil}} {
		text := opencc.Default().ToSimplified("(中央社記者王曉明宜蘭3日電)南澳榮民醫院46年創院,服務鄉親。")
		a := zhnews.Article{Text: text, Script: tt.script}
		New().Run(&a, seg.Segment(text))
		var got []string
		for _, f := range a.Facts {
			if f.Metric == "founded_year" {
				got = append(got, fmt.Sprint(f.Value))
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("script %s: founded_year %v, want %v", tt.script, got, tt.want)
		}
	}
}

func TestFoundedYearBareYearOnMainlandMirror(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	text := opencc.Default().ToSimplified("寧陽縣人民醫院自82年建院以來,規模不斷擴大。")
	a := zhnews.Article{Text: text, Script: zhnews.ScriptTraditional}
	New().Run(&a, seg.Segment(text))
	for _, f := range a.Facts {
		if f.Metric == "founded_year" && f.Value == int64(1993) {
			t.Errorf("a mainland page's 82年 read as the ROC calendar: %+v", f)
		}
	}
}

// The predecessor of the hospital was founded (某某医院的前身始建于…):
// the hospital's founding, under a former name. The predecessor of a
// part is the part's.
func TestFoundedYearOfPredecessor(t *testing.T) {
	runCases(t, []ruleCase{
		{"青山大学附属第二医院的前身始建于1912年,原为一所教会诊所。", "founded_year", []string{"1912"}},
		{"青山大學附屬第二醫院的前身始建於1912年,原為一所教會診所。", "founded_year", []string{"1912"}},
		{"医院历史悠久,其前身创建于1931年。", "founded_year", []string{"1931"}},
		{"醫院歷史悠久,其前身創建於1931年。", "founded_year", []string{"1931"}},
		{"院党委的前身成立于1978年。", "founded_year", nil},
		{"院黨委的前身成立於1978年。", "founded_year", nil},
		// The predecessor named after 前身为, its founding year before it
		// (设立, as 成立, says a founding only of the hospital after 的).
		{"青山医院前身为1932年设立的青山诊疗所。", "founded_year", []string{"1932"}},
		{"青山醫院前身為1932年設立的青山診療所。", "founded_year", []string{"1932"}},
		{"医院前身是1950年成立的县卫生院。", "founded_year", []string{"1950"}},
		{"醫院前身是1950年成立的縣衛生院。", "founded_year", []string{"1950"}},
		// Whatever the predecessor was (a station, a team), its founding
		// after 前身为 is the hospital's; a party body's is not.
		{"青山市妇幼保健院前身为1953年成立的青山县妇幼保健站。", "founded_year", []string{"1953"}},
		{"青山市婦幼保健院前身為1953年成立的青山縣婦幼保健站。", "founded_year", []string{"1953"}},
		{"医院前身是1962年组建的县巡回医疗队。", "founded_year", []string{"1962"}},
		{"醫院前身是1962年組建的縣巡迴醫療隊。", "founded_year", []string{"1962"}},
		{"院党委前身为1958年成立的党总支。", "founded_year", nil},
		{"院黨委前身為1958年成立的黨總支。", "founded_year", nil},
		{"医院于2010年设立的胸痛中心运行良好。", "founded_year", nil},
		{"醫院於2010年設立的胸痛中心運行良好。", "founded_year", nil},
	})
}

// An infobox's row gives the founding: 建立时间 | 1998年3月3日 |.
func TestFoundedYearInfoboxRow(t *testing.T) {
	runCases(t, []ruleCase{
		{"院长 | 王某某 |\n建立时间 | 1987年5月1日 |\n网站 | www |", "founded_year", []string{"1987"}},
		{"院長 | 王某某 |\n建立時間 | 1987年5月1日 |\n網站 | www |", "founded_year", []string{"1987"}},
		{"成立日期:1965年", "founded_year", []string{"1965"}},
		{"成立日期：1965年", "founded_year", []string{"1965"}},
		// Other rows with years are no founding.
		{"院长 | 王某某 |\n启用时间 | 2020年 |", "founded_year", nil},
		{"建立时间 | 某某中心:1949年 |", "founded_year", nil},
		{"急诊室重度级\n建立时间1966年8月17日\n联系方式", "founded_year", []string{"1966"}},
		{"急診室重度級\n建立時間1966年8月17日\n聯繫方式", "founded_year", []string{"1966"}},
		{"历史\n建立时间中兴医院:2006年2月6日\n", "founded_year", nil},
	})
}

// A hospital opened (启用) or completed (落成) in a year, the verb ending
// its clause, is founded then; a building, a ward or a campus opened is
// not, nor a hospital's opening planned or its renaming.
func TestFoundedYearOpened(t *testing.T) {
	runCases(t, []ruleCase{
		{"青山醫院於1998年3月3日正式開幕,現有員工1200人。", "founded_year", []string{"1998"}},
		{"青山医院于1998年3月3日正式开幕。", "founded_year", []string{"1998"}},
		{"青山醫院新大樓於2015年正式開幕。", "founded_year", nil},
		{"青山医院坐落于城南,于1952年6月1日启用,是当地最早的公立医院。", "founded_year", []string{"1952"}},
		{"青山醫院坐落於城南,於1952年6月1日啟用,是當地最早的公立醫院。", "founded_year", []string{"1952"}},
		{"这所医院前身为一间诊疗所,1903年3月落成。", "founded_year", []string{"1903"}},
		{"這所醫院前身為一間診療所,1903年3月落成。", "founded_year", []string{"1903"}},
		{"该院是城区唯一的综合医院,1921年奠基,1923年建成启用。", "founded_year", []string{"1923"}},
		{"該院是城區唯一的綜合醫院,1921年奠基,1923年建成啟用。", "founded_year", []string{"1923"}},
		{"医院新门诊大楼于2013年10月正式启用。", "founded_year", nil},
		{"醫院新門診大樓於2013年10月正式啟用。", "founded_year", nil},
		{"医院的住院部位于河东,于2019年启用。", "founded_year", nil},
		{"医院的急诊大楼位于河东,于2019年落成。", "founded_year", nil},
		{"医院更名为青山医院后,于1998年启用。", "founded_year", nil},
		{"该院计划于2028年启用新院区。", "founded_year", nil},
	})
}

// Who founded the hospital may stand between the year and the verb.
func TestFoundedYearByWhom(t *testing.T) {
	runCases(t, []ruleCase{
		{"青山医院1919年由当地居民创办。", "founded_year", []string{"1919"}},
		{"青山醫院1919年由當地居民創辦。", "founded_year", []string{"1919"}},
		{"医院2017年由院党委创办的胸痛中心投入使用。", "founded_year", nil},
		// A church's or a missionary's name, with an order and a name in
		// Latin letters, is long.
		{"青山医院前身为1928年1月6日由法国某修会修女安娜(Sr. Anna)捐资创办的仁爱医院。", "founded_year", []string{"1928"}},
		{"青山醫院前身為1928年1月6日由法國某修會修女安娜(Sr. Anna)捐資創辦的仁愛醫院。", "founded_year", []string{"1928"}},
		{"1936年由美国基督教圣公会传教士集资创办的博爱医院位于城东。", "founded_year", []string{"1936"}},
		{"医院2019年由市卫生健康委员会和市财政局共同出资创办的互联网医院平台上线。", "founded_year", nil},
	})
}

// A hospital described, not named (最早的公立医院), founded in a year is
// another than the article's; a possessive pronoun's (我们的医院) is its own.
func TestFoundedYearDescribedSubject(t *testing.T) {
	runCases(t, []ruleCase{
		{"东华医院已有百年历史。当地最早的公立医院始建于一八七二年。", "founded_year", nil},
		{"東華醫院已有百年歷史。當地最早的公立醫院始建於一八七二年。", "founded_year", nil},
		{"我们的医院始建于1952年。", "founded_year", []string{"1952"}},
		{"我們的醫院始建於1952年。", "founded_year", []string{"1952"}},
	})
}
