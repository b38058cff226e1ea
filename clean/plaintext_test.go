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
			dump:  "东城区 西城区 南城区 北城区 新城区 老城区\n某某网 > 青山 > 今日青山 > 正文\n\n青山市人民医院迎来建院55周年 市长到场祝贺\n\n来源:青山日报 2019-11-08 09:25   https://www.example.com/\n\n本报青山讯(青山日报记者王晓明)11月6日,青山市人民医院举行纪念活动。\n" + lead,
			title: "青山市人民医院迎来建院55周年 市长到场祝贺", published: "2019-11-08", site: "青山日报", authors: []string{"王晓明"},
		},
		{
			name:  "section label, breadcrumb, field line with spam source",
			dump:  "医院新闻\n\n当前位置: 首页医院动态医院新闻正文\n\n青山市人民医院召开职工代表大会\n\n发布日期:2014-09-18    作者:     来源: 9977kk皇冠线路      点击:\n\n" + lead,
			title: "青山市人民医院召开职工代表大会", published: "2014-09-18",
		},
		{
			name:  "label glued to the headline",
			dump:  "您的位置:\n\n医院新闻  青山医院召开总结大会 暨先进表彰会\n文章来源: 日期:2013-04-16\n\n" + lead,
			title: "青山医院召开总结大会 暨先进表彰会", published: "2013-04-16",
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
			dump: "date 2024-03-05 记者王晓明/台中报导\n\n青山医院通过评鉴。(图/青山医院提供)\n\n" + lead,
			// The dump's first line is the dateline; the caption is body.
			published: "2024-03-05", authors: []string{"王晓明"},
		},
		{
			name:  "abstract page: the section label is no title",
			dump:  "摘要\n" + lead + "\n出处\n《青山卫生》\n科技核心\n2017年第3期A0004-A0005,共2页\nQingshan Health Journal",
			title: "",
		},
		{
			name: "first line is prose: no title, and its date is the event's",
			dump: "2018年3月12日,青山市第一人民医院第三次党员代表大会召开。医院196名党员参加了会议。\n" + second,
		},
		{
			name:  "blurb above the headline",
			dump:  "青山医院始建于1961年,位于青山北麓,... [ 详细 ]\n青山医院举行新院区启用仪式\n时间:2017-10-09 16:20来源:某某健康网\n" + lead,
			title: "青山医院举行新院区启用仪式", published: "2017-10-09", site: "某某健康网",
		},
		{
			name:  "breadcrumb, label, field line with a counter",
			dump:  "首页 - 新闻中心 - 医院要闻\n医院要闻\n青山康复医院党总支换届\n发布时间:2019-12-02 14:05:11    浏览:1268\n\n" + lead,
			title: "青山康复医院党总支换届", published: "2019-12-02",
		},
		{
			name:  "author field naming the site",
			dump:  "天气 | 地铁 | 社保 | 公积金\n首页 >> 便民服务 >> 正文\n\n青山各医院服务评价公布 两家医院被约谈\n\n时间:2019-07-22 08:40:15 作者:青山生活网\n\n" + lead,
			title: "青山各医院服务评价公布 两家医院被约谈", published: "2019-07-22", site: "青山生活网",
		},
		{
			name:  "department as source, spaced names",
			dump:  "我院获评年度改善服务示范单位\n\n来源:党政办公室  李 周  发表时间:2016-05-20 10:02 浏览次数:415\n\n" + lead,
			title: "我院获评年度改善服务示范单位", published: "2016-05-20",
		},
		{
			name:  "source names the hospital: the breadcrumb's site publishes",
			dump:  "您所在的位置:青山网 > 地方频道 > 卫生 > 正文\n\n青山医院再获市级文明单位\n\nqs.example.com  2022-08-16 15:42:07 来源:青山人民医院  我来说两句\n\n" + lead + "\n" + second + "(李红)\n\n  • 责任编辑:张伟     关键字:医院,卫生,评比\n  • 打印\n相关新闻\n青山网新闻频道",
			title: "青山医院再获市级文明单位", published: "2022-08-16", site: "青山网", authors: []string{"李红"},
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
			dump:    "青山医院新增2个省级重点学科\n记者从9月14日举行的评审会上了解到,青山医院心内科入选省级重点学科。\n" + lead + "\n本报记者 王晓明 通讯员 李红, http://www.example.com\n" + second,
			title:   "青山医院新增2个省级重点学科",
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
			if !strings.Contains(body, "青山市人民医院始建于1950年") && !strings.Contains(body, "第三次党员代表大会") {
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
			dump: "榜单显示,青山省入围医院数量最多,绿水省次之,基层医院发展较快。\n排名 医院 得分 所在省 市\n1 青山大学附属医院 912.40 青山 东城\n2 绿水市人民医院 856.12 绿水 西城\n3 白云市第一医院 874.05 白云 南城",
			keep: []string{"排名 医院 得分 所在省 市", "1 青山大学附属医院 912.40 青山 东城", "3 白云市第一医院 874.05 白云 南城"},
		},
		{
			name: "captions kept, prompts dropped",
			dump: "本站使用cookie以改善浏览体验,继续访问即视为同意隐私条款。\nThis browser is not supported. Switch to the English edition?\n青山医院运动会庆祝建院百年\n请先同意隐私条款,以便使用语音播报功能。\n青山医院3日举办运动会。某某社记者王晓明摄  111年6月3日\n青山医院3日举办运动会。某某社记者王晓明摄 111年6月3日\n" + lead,
			keep: []string{"青山医院3日举办运动会", "始建于1950年"},
			drop: []string{"cookie", "browser", "隐私条款"},
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
			dump:  "陪伴青山人百年 「縣立醫院」運動會熱鬧登場\n\n2022/06/03 09:41(06/03 11:02 更新)\n\n(中央社記者王曉明青山縣3日電)陪伴青山人走過百年的青山醫院,今天舉辦運動會。\n\n青山醫院創立於1921年,原名「青山病院」,是縣內最早的醫院。",
			title: "陪伴青山人百年 「县立医院」运动会热闹登场", published: "2022-06-03", site: "中央社", authors: []string{"王晓明"},
		},
		{
			name:  "ROC date only",
			dump:  "青山醫院舉辦院慶活動\n發布日期:111年6月3日\n青山醫院今天舉辦院慶活動,院長致詞感謝全體同仁,現場氣氛熱烈。",
			title: "青山医院举办院庆活动", published: "2022-06-03",
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
