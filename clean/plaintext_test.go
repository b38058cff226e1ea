package clean

import (
	"reflect"
	"strings"
	"testing"
)

// The dumps below are written for these tests: each is a page header of
// a form real sites use (breadcrumbs, menus, labels, field lines,
// datelines, bylines), around invented articles. Traditional ones go
// through the whole Cleaner, so that conversion runs first as it does in
// the pipeline.

const lead = "青山市人民医院始建于1950年,是一所集医疗、教学、科研于一体的三级甲等综合医院。"
const second = "医院现有职工2000余人,开放床位1500张,设有临床科室40个。"

func TestReadPlainTextHeader(t *testing.T) {
	tests := []struct {
		name, dump             string
		title, published, site string
		authors                []string
	}{
		{
			name:  "menu, breadcrumb, headline, source line",
			dump:  "东城区 西城区 南城区 北城区 新城区 老城区\n某某网 > 青山 > 今日青山 > 正文\n\n青山市人民医院建院70周年庆祝大会举行 院长致辞\n\n来源:青山日报 2020-05-30 03:10   https://www.example.com/\n\n本报青山讯(某某·青山日报记者王晓明)5月28日,青山市人民医院举行大会。\n" + lead,
			title: "青山市人民医院建院70周年庆祝大会举行 院长致辞", published: "2020-05-30", site: "青山日报", authors: []string{"王晓明"},
		},
		{
			name:  "section label, breadcrumb, field line with spam source",
			dump:  "医院新闻\n\n当前位置: 首页医院动态医院新闻正文\n\n青山市人民医院隆重举行院庆\n\n发布日期:2012-05-10    作者:     来源: 8888ab银河线路      点击:\n\n" + lead,
			title: "青山市人民医院隆重举行院庆", published: "2012-05-10",
		},
		{
			name:  "label glued to the headline",
			dump:  "您的位置:\n\n医院新闻  青山医院举办纪念大会 暨表彰大会\n文章来源: 日期:2011-08-03\n\n" + lead,
			title: "青山医院举办纪念大会 暨表彰大会", published: "2011-08-03",
		},
		{
			name:  "headline glued to its date line",
			dump:  "青山医院举办纪念大会2021-06-29 10:30 来源:青山日报\n" + lead,
			title: "青山医院举办纪念大会", published: "2021-06-29", site: "青山日报",
		},
		{
			name:  "the hospital's name over its headline",
			dump:  "青山市第二人民医院\n青山市第二人民医院举行党员大会\n发布时间:2021-06-29\n" + lead,
			title: "青山市第二人民医院举行党员大会", published: "2021-06-29",
		},
		{
			name:  "masthead line over the headline",
			dump:  "绿水市第一人民医院 新闻稿\n绿水医院获国家品质奖 院长感谢团队\n" + lead,
			title: "绿水医院获国家品质奖 院长感谢团队",
		},
		{
			name:    "closing credit with the writer's department",
			dump:    "青山医院举行大会\n" + lead + "\n" + second + "\n(党委办公室 李红)\n上一篇:青山医院举办护士节表彰大会\n下一篇:青山医院开展义诊活动",
			title:   "青山医院举行大会",
			authors: []string{"李红"},
		},
		{
			name:  "a sidebar list above the headline",
			dump:  "热点新闻\n绿水医院开展义诊活动\n白云医院新院区启用\n首页 > 新闻中心 > 正文\n青山医院召开党建工作会议\n编辑:张伟 来源:青山日报 2021-06-29\n" + lead,
			title: "青山医院召开党建工作会议", published: "2021-06-29", site: "青山日报",
		},
		{
			name:    "closing credit on its own line",
			dump:    "青山医院举行大会\n" + lead + "\n" + second + "\n(王晓明 李红)",
			title:   "青山医院举行大会",
			authors: []string{"王晓明", "李红"},
		},
		{
			name:  "site suffix dropped",
			dump:  "青山医院获评省级文明单位_青山新闻网\n" + lead,
			title: "青山医院获评省级文明单位",
		},
		{
			name:  "page number suffix dropped",
			dump:  "青山医院获评省级文明单位_0\n" + lead,
			title: "青山医院获评省级文明单位",
		},
		{
			name: "dateline first: no headline",
			dump: "date 2026-01-16 记者王晓明/台北报导\n\n青山医院荣获品质奖。(图/青山医院提供)\n\n" + lead,
			// The dump's first line is the dateline; the caption is body.
			published: "2026-01-16", authors: []string{"王晓明"},
		},
		{
			name:  "abstract page: the section label is no title",
			dump:  "摘要\n" + lead + "\n出处\n《青山医院管理》\n北大核心\n2015年第8期F0002-F0002,I0001,共2页\nQingshan Hospital Management Journal",
			title: "",
		},
		{
			name: "first line is prose: no title, and its date is the event's",
			dump: "2015年7月26日,青山市第一人民医院第五次党员大会召开。医院287名党员参加了大会。\n" + second,
		},
		{
			name:  "blurb above the headline",
			dump:  "青山医院始建于1952年,坐落于青山脚下,... [ 详细 ]\n青山医院举办建院六十周年庆典\n时间:2013-02-26 14:04来源:某某医网\n" + lead,
			title: "青山医院举办建院六十周年庆典", published: "2013-02-26", site: "某某医网",
		},
		{
			name:  "breadcrumb, label, field line with a counter",
			dump:  "首页 - 医院动态 - 院内新闻\n院内新闻\n青山老年病医院党支部成立\n发布时间:2018-06-27 09:27:41    浏览:7593\n\n" + lead,
			title: "青山老年病医院党支部成立", published: "2018-06-27",
		},
		{
			name:  "author field naming the site",
			dump:  "交通 | 火车 | 航班 | 公交 | 客运\n首页 >> 生活服务 >> 正文\n\n青山医院满意度排名出炉 有3家医院被通报\n\n时间:2016-12-12 12:16:50 作者:青山本地宝\n\n" + lead,
			title: "青山医院满意度排名出炉 有3家医院被通报", published: "2016-12-12", site: "青山本地宝",
		},
		{
			name:  "department as source, spaced names",
			dump:  "我院第四季度群众满意度全省第一\n\n来源:院办公室  王 黄  发表时间:2015-03-13 11:17 浏览次数:2763\n\n" + lead,
			title: "我院第四季度群众满意度全省第一", published: "2015-03-13",
		},
		{
			name:  "source names the hospital: the breadcrumb's site publishes",
			dump:  "您所在的位置:青山网 > 频道首页 > 健康 > 正文\n\n青山医院蝉联省级文明单位\n\nqs.example.com  2021-04-29 11:05:36 来源:青山人民医院  我来说两句\n\n" + lead + "\n" + second + "(李红)\n\n  • 责任编辑:张伟     关键字:医院,文明,全省,单位\n  • 打印\n相关新闻\n青山网新闻频道",
			title: "青山医院蝉联省级文明单位", published: "2021-04-29", site: "青山网", authors: []string{"李红"},
		},
		{
			name:  "year and day on two lines",
			dump:  "【喜报】青山医院上榜!看看你家医院上榜没\n\n2021\n02/22\n\n+\n分享\n评论\n青山传媒\nA-\nA+\n\n来源:青山传媒\n\n43501613271617908\n\n" + lead,
			title: "【喜报】青山医院上榜!看看你家医院上榜没", published: "2021-02-22", site: "青山传媒",
		},
		{
			name:      "Chinese-numeral date line",
			dump:      "青山市卫生健康委员会关于表彰先进集体的通报\n二〇二一年六月二十九日\n" + lead,
			title:     "青山市卫生健康委员会关于表彰先进集体的通报",
			published: "2021-06-29",
		},
		{
			name:  "forum panel dates are no publication date",
			dump:  "青山医院就诊体验分享\n注册时间:2019-01-01 最后登录:2021-06-29\n" + lead,
			title: "青山医院就诊体验分享",
		},
		{
			name:    "byline in mid-text with a URL",
			dump:    "青山医院再添1个国家临床重点专科\n记者从6月27日召开的会议上获悉,青山医院皮肤科入选国家临床重点专科。\n" + lead + "\n本报记者 王晓明 通讯员 李红, http://www.example.com\n" + second,
			title:   "青山医院再添1个国家临床重点专科",
			authors: []string{"王晓明", "李红"},
		},
		{
			name:    "teaser after the related heading is another article",
			dump:    "青山医院举行大会\n" + lead + "\n新闻推荐\n\n绿水县开展义诊\n\n某某日报记者张伟赵刚近日,绿水县开展义诊活动,群众踊跃参加。\n\n相关推荐:",
			title:   "青山医院举行大会",
			authors: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := readPlainText(tt.dump, false)
			if p.title != tt.title || p.published != tt.published || p.site != tt.site || !reflect.DeepEqual(p.authors, tt.authors) {
				t.Errorf("title %q published %q site %q authors %v\nwant  %q %q %q %v", p.title, p.published, p.site, p.authors, tt.title, tt.published, tt.site, tt.authors)
			}
			body := strings.Join(p.body, "\n")
			if !strings.Contains(body, "青山市人民医院始建于1950年") && !strings.Contains(body, "第五次党员大会") {
				t.Errorf("body lost the lead:\n%s", body)
			}
			if tt.title != "" && strings.Contains(body, tt.title) {
				t.Errorf("body keeps the title:\n%s", body)
			}
		})
	}
}

func TestCleanTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"青山医院获评省级文明单位_青山新闻网", "青山医院获评省级文明单位"},
		{"青山医院获评省级文明单位-新浪网", "青山医院获评省级文明单位"},
		{"青山医院获评省级文明单位 - example.com", "青山医院获评省级文明单位"},
		{"青山医院获评省级文明单位 | 青山医院", "青山医院获评省级文明单位"},
		{"青山医院获评省级文明单位_健康频道_青山网", "青山医院获评省级文明单位"},
		{"青山医院获评省级文明单位_0", "青山医院获评省级文明单位"},
		{"青山医院召开大会 - 院长作报告", "青山医院召开大会 - 院长作报告"},
		{"医院新闻  青山医院召开大会", "青山医院召开大会"},
		{"青山医院召开大会2021-06-29 10:30 来源:青山日报", "青山医院召开大会"},
		{"青山医院召开大会 来源:青山日报 作者:王晓明", "青山医院召开大会"},
		{"党建有活力 发展添动力", "党建有活力 发展添动力"},
	}
	for _, tt := range tests {
		if got := cleanTitle(tt.in); got != tt.want {
			t.Errorf("cleanTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReadPlainTextBody(t *testing.T) {
	tests := []struct {
		name, dump string
		keep, drop []string
	}{
		{
			name: "footer, editor, widgets, related list",
			dump: "青山医院举行大会\n" + lead + "\n" + second + "\n责任编辑:张伟\n热点图片\n某某网版权与免责声明\n1、某某网所有内容的版权均属于作者。未经某某网的书面许可,不得转载。",
			keep: []string{"始建于1950年", "开放床位1500张"},
			drop: []string{"责任编辑", "热点图片", "免责声明", "不得转载"},
		},
		{
			name: "table rows kept one a line",
			dump: "榜单显示,青山省入围医院数量最多,绿水省次之,基层医院发展较快。\n排名 医院 得分 所在省 市\n1 青山大学附属医院 835.68 青山 东城\n2 绿水市人民医院 801.84 绿水 西城\n3 白云市第一医院 791.33 白云 南城",
			keep: []string{"排名 医院 得分 所在省 市", "1 青山大学附属医院 835.68 青山 东城", "3 白云市第一医院 791.33 白云 南城"},
		},
		{
			name: "captions kept, prompts dropped",
			dump: "本网站使用cookie技术提供更好的阅读体验,继续浏览即表示您同意我们的隐私政策。\nYour browser does not support this page. Would you like to go to the English site?\n青山医院园游会欢庆128岁\n请同意我们的隐私权规范,才能启用听新闻的功能。\n青山医院25日举办园游会。某某社记者王晓明青山摄  112年11月25日\n青山医院25日举办园游会。某某社记者王晓明青山摄 112年11月25日\n" + lead,
			keep: []string{"青山医院25日举办园游会", "始建于1950年"},
			drop: []string{"cookie", "browser", "隐私权"},
		},
		{
			name: "ads, pagers, copyright notes",
			dump: "青山医院举行大会\n" + lead + "\n广告 广告\n" + second + "\n青山医院举行大会\n[1] [2]  下一页\n注:本站部分文章收集自网络,仅供学习参考之用,如有侵权请联系我们。",
			keep: []string{"始建于1950年", "开放床位1500张"},
			drop: []string{"广告", "下一页", "收集自网络"},
		},
		{
			name: "a digest of the lead dropped, the lead kept",
			dump: "青山医院举行大会\n导读:青山市人民医院始建于1950年,是一所三级甲等综合医院。\n" + lead,
			keep: []string{lead},
			drop: []string{"导读"},
		},
		{
			name: "the body's last line kept",
			dump: "青山医院举行大会\n" + lead + "\n" + second + "\n征途漫漫,惟有奋斗。",
			keep: []string{"征途漫漫,惟有奋斗。"},
		},
		{
			name: "government notice: index fields out, short closing sentence in",
			dump: "索引号: 000000000/2021-00001 发布机构: 青山市卫生健康委员会\n生成日期: 2021-06-29 文号: 青卫发〔2021〕1号\n青山市卫生健康委员会关于表彰先进集体的通报\n" + lead + "\n特此通报。",
			keep: []string{"特此通报。"},
			drop: []string{"索引号", "生成日期"},
		},
		{
			name: "WeChat header and footer",
			dump: "青山医院召开表彰大会\n原创 青山医院宣传科 青山医院 2021-06-29 10:30\n收录于话题 #党建 12个\n点击蓝字 关注我们\n" + lead + "\n文字:王晓明\n图片:李红\n审核:张伟\n阅读原文\n在看",
			keep: []string{lead},
			drop: []string{"原创", "收录于", "点击蓝字", "图片:李红", "阅读原文", "在看"},
		},
		{
			name: "forum post",
			dump: "青山论坛 » 健康生活 » 就医经验\n青山医院看病经历分享\n楼主 小明同学 发表于 2021-6-29 10:30\n注册时间 2015-3-1 积分 1234\n本帖最后由 小明同学 于 2021-6-30 09:00 编辑\n" + lead,
			keep: []string{lead},
			drop: []string{"楼主", "注册时间", "本帖最后由", "论坛"},
		},
		{
			name: "a sidebar list above the article",
			dump: "热点新闻\n绿水医院开展义诊活动\n白云医院新院区启用\n首页 > 新闻中心 > 正文\n青山医院召开党建工作会议\n" + lead,
			keep: []string{lead},
			drop: []string{"义诊", "新院区"},
		},
		{
			name: "a name cut by markup is joined in prose",
			dump: "青山医院举行大会\n患者被送往青山 医院救治,目前情况稳定,家属表示感谢。",
			keep: []string{"青山医院救治"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := strings.Join(readPlainText(tt.dump, true).body, "\n")
			for _, s := range tt.keep {
				if !strings.Contains(body, s) {
					t.Errorf("body lacks %q:\n%s", s, body)
				}
			}
			for _, s := range tt.drop {
				if strings.Contains(body, s) {
					t.Errorf("body keeps %q:\n%s", s, body)
				}
			}
		})
	}
}

// Traditional-script pages: the reader sees them converted, Taiwan dates
// and bylines included.
func TestCleanTraditionalHeader(t *testing.T) {
	tests := []struct {
		name, dump             string
		title, published, site string
		authors                []string
	}{
		{
			name:  "Taiwan agency page",
			dump:  "守護青山人健康 「省立醫院」園遊會歡慶128歲\n\n2023/11/25 14:03(11/25 15:26 更新)\n\n(中央社記者王曉明青山縣25日電)守護青山人健康逾百年的青山醫院,今天舉辦園遊會。\n\n青山醫院創立於1896年,原名「青山診療所」,是當地歷史最悠久的醫院。",
			title: "守护青山人健康 「省立医院」园游会欢庆128岁", published: "2023-11-25", site: "中央社", authors: []string{"王晓明"},
		},
		{
			name:  "ROC date only",
			dump:  "青山醫院舉辦院慶活動\n發布日期:112年11月25日\n青山醫院今天舉辦院慶活動,院長致詞感謝全體同仁,現場氣氛熱烈。",
			title: "青山医院举办院庆活动", published: "2023-11-25",
		},
		{
			name:  "ROC year named",
			dump:  "青山醫院舉辦院慶活動\n民國110年6月29日\n青山醫院今天舉辦院慶活動,院長致詞感謝全體同仁,現場氣氛熱烈。",
			title: "青山医院举办院庆活动", published: "2021-06-29",
		},
		{
			name:      "mainland mirror with pinyin and a field line",
			dump:      "青山縣中醫(yī)院二期工程舉行動工儀式\n\n作者: | 來源:本網(wǎng) | 時間:2019-08-23 點擊數(shù):- 分享到:\n\n2019年8月22日上午,青山縣中醫(yī)院二期工程舉行動工儀式。",
			title:     "青山县中医院二期工程举行动工仪式",
			published: "2019-08-23",
		},
		{
			name:      "Taiwan byline bracket",
			dump:      "青山醫院獲評優良醫院\n【記者王曉明/台北報導】青山醫院今天公布評鑑結果,獲評優良醫院,院方表示感謝。",
			title:     "青山医院获评优良医院",
			published: "", authors: []string{"王晓明"},
		},
	}
	c := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := c.Clean("tw.txt", []byte(tt.dump))
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.Published != tt.published || a.Site != tt.site {
				t.Errorf("title %q published %q site %q; want %q %q %q", a.Title, a.Published, a.Site, tt.title, tt.published, tt.site)
			}
			if tt.authors == nil {
				tt.authors = []string{}
			}
			if !reflect.DeepEqual(a.Authors, tt.authors) {
				t.Errorf("authors %v, want %v", a.Authors, tt.authors)
			}
			if strings.Contains(a.Text, "(yī)") || strings.Contains(a.Text, "点击数") {
				t.Errorf("text keeps chrome:\n%s", a.Text)
			}
		})
	}
}
