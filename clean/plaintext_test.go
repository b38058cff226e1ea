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
			name:  "a dump's first line holds the date and the headline",
			dump:  " date 2026-01-08 青山医院获颁品质标章 院长感谢团队\n" + lead + "\n" + second,
			title: "青山医院获颁品质标章 院长感谢团队", published: "2026-01-08",
		},
		{
			name:  "a tight breadcrumb, the headline printed again under the fields with its subtitle, the writer's name over the lead",
			dump:  "首页-党建园地-工作动态\n\n同心守护 共筑健康\n\n发布时间:2021/6/3 10:20:11      浏览次数:210\n\n同心守护 共筑健康\n\n青山医院与白水医院开展党支部结对共建\n\n                 王晓明\n\n" + lead + "\n\n" + second,
			title: "同心守护 共筑健康", published: "2021-06-03", authors: []string{"王晓明"},
		},
		{
			name:  "a masthead printed twice above the headline and the date is no title",
			dump:  "QS123传媒\n\nQS123传媒\n\n青山市人民医院建院百年揭碑\n\nQS123 社长王大明 2015-11-17\n\n" + lead + "\n" + second,
			title: "青山市人民医院建院百年揭碑", published: "2015-11-17",
		},
		{
			name:  "the author field closed by the paper's issue and page",
			dump:  "青山日报 2022年10月22日 星期六\n\n青山医院守护群众健康\n\n作者:本报记者 王晓明 李红 本报通讯员 赵刚 《青山日报》( 2022年10月22日 09版)\n\n" + lead + "\n" + second,
			title: "青山医院守护群众健康", published: "2022-10-22", site: "青山日报", authors: []string{"王晓明", "李红", "赵刚"},
		},
		{
			name:  "the date, then the writers' names as a list's entries under the headline",
			dump:  "当前: 首页 > 新闻 > 医院要闻 > 正文\n\n青山医院召开宣传工作会议\n\n  • 2019-07-12\n  • 王晓明 李红\n  • 字体\n\n" + lead + "\n" + second,
			title: "青山医院召开宣传工作会议", published: "2019-07-12", authors: []string{"王晓明", "李红"},
		},
		{
			name:      "a gallery's files over a date line whose counter lost its number, the byline after the source",
			dump:      "http://www.example.com/files/a_1.jpg http://www.example.com/files/b_2.jpg http://www.example.com/files/c_3.jpg\n2012-08-24 浏览( 来源:青山医院 文/王晓明;图/李红\n 撰稿:宣传部测试\n 摄影:\n\n" + lead + "\n" + second,
			published: "2012-08-24", site: "青山医院", authors: []string{"王晓明"},
		},
		{
			name:  "the writer's name glued to the time of the date line",
			dump:  "青山医院合并重组:高质量发展的新路\n\n2023-01-04 11:29王晓明\n青山医院院长 2022年23期\n关键词:青山市公立医院\n\n" + lead + "\n" + second,
			title: "青山医院合并重组:高质量发展的新路", published: "2023-01-04", authors: []string{"王晓明"},
		},
		{
			name:  "the headline printed again as a picture's alt text, numbered",
			dump:  "青山医院门急诊人次突破200万\n\n小编\n\n青山医院门急诊人次突破200万(图1)\n\n" + lead + "\n" + second,
			title: "青山医院门急诊人次突破200万",
		},
		{
			name:  "the agency's dateline opens the lead: the agency publishes",
			dump:  "青山医院新楼启用\n\n某某社青山12月12日电(记者 王晓明)" + lead + "\n" + second,
			title: "青山医院新楼启用", site: "某某社", authors: []string{"王晓明"},
		},
		{
			name:  "a paper's site and the paper in brackets before 讯",
			dump:  "青山医院新楼启用\n\n青山网(青山日报网)讯(通讯员王晓明)" + lead + "\n" + second,
			title: "青山医院新楼启用", site: "青山网", authors: []string{"王晓明"},
		},
		{
			name:  "本报讯 names no publisher",
			dump:  "青山医院新楼启用\n\n本报讯(记者 王晓明)" + lead + "\n" + second,
			title: "青山医院新楼启用", authors: []string{"王晓明"},
		},
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
			name:  "a forum thread: counters over the headline, a copy button and the post's date line under it",
			dump:  "某某论坛|bbs.example.com\n\n 找回密码\n 注册\n搜索\n查看: 120|回复: 3\n\n青山市人民医院获评省级文明单位\n\n[复制链接]\n发表于 2023-5-6 10:20 | 显示全部楼层 |阅读模式 | 来自浙江\n\n" + lead,
			title: "青山市人民医院获评省级文明单位", published: "2023-05-06",
		},
		{
			name:  "a closing source field with the byline in brackets",
			dump:  "青山医院新增5个省级临床重点专科\n\n" + lead + "\n" + second + "\n来源:青山日报(通讯员王晓明 李红)\n编辑:张伟",
			title: "青山医院新增5个省级临床重点专科", site: "青山日报", authors: []string{"王晓明", "李红"},
		},
		{
			name:  "a journal abstract page's table of fields",
			dump:  "青山医院新院区建设介绍 |\n| |\n作者姓名: | 王晓明 |\n| |\n作者单位: | 青山市人民医院 |\n| |\n摘 要: | " + lead + "\n|",
			title: "青山医院新院区建设介绍", authors: []string{"王晓明"},
		},
		{
			name:  "a side menu's last item right over the headline",
			dump:  "◆ 新闻动态 >>\n党的建设\n医院动态\n人事招聘\n招标中标\n \n医院文化\n青山市人民医院与绿水医院党支部开展联合主题党日活动\n发布者:admin 来源: 发布时间:2020-09-16\n\n" + lead,
			title: "青山市人民医院与绿水医院党支部开展联合主题党日活动", published: "2020-09-16",
		},
		{
			name:  "a short headline over its subtitle",
			dump:  "仁心铸医魂\n——记青山市人民医院心内科主任王晓明\n发布时间:2020-09-16\n\n" + lead,
			title: "仁心铸医魂", published: "2020-09-16",
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
			name:  "menu of labels and a welcome line above the headline",
			dump:  "关闭\n青山微博\n青山微信\n欢迎您进入青山医院新闻网 现在是:\n \n\n青山医院获评省级文明单位\n\n来源:青山新闻网 点击次数:次 发布时间:2021年06月29日 作者:王晓明\n\n" + lead,
			title: "青山医院获评省级文明单位", published: "2021-06-29", site: "青山新闻网", authors: []string{"王晓明"},
		},
		{
			name:  "a slogan over the section label: the headline is the one above the fields",
			dump:  "仁心仁术 守护青山人民健康\n医院动态\n青山医院举行职工大会\n发布时间:2021-06-29\n" + lead,
			title: "青山医院举行职工大会", published: "2021-06-29",
		},
		{
			name:  "a hospital paper's issue line and its author field",
			dump:  "版权所有:青山市中心医院 PDF版\n往期回顾\n发刊日期:2019年01月31日> > 总第390期 > 第A4版 > 新闻内容\n青山医院召开民主党派座谈会\n新闻作者:王晓明  发布时间:2019年01月31日  查看次数:  放大 缩小 默认\n" + lead,
			title: "青山医院召开民主党派座谈会", published: "2019-01-31", authors: []string{"王晓明"},
		},
		{
			name:  "follow buttons and phone lines above the section label",
			dump:  "急诊急救电话:0000-8899120\n官方微信公众号\n\n医院动态\n\n青山医院党委再获先进基层党组织称号\n\n" + lead,
			title: "青山医院党委再获先进基层党组织称号",
		},
		{
			name:  "markup of the page's source above the headline",
			dump:  "1. <strike id=\"qs7\"></strike>\n      2. <blockquote id=\"qs7\"></blockquote>\n\n<delect id=\"qs7\"></delect>\nEN\n医院动态\n青山医院举行百年院庆\n\n作者:党政办 来源:党政办 发布时间:2013/9/13 11:09:12\n\n" + lead,
			title: "青山医院举行百年院庆", published: "2013-09-13",
		},
		{
			name:    "a label with a colon above the headline",
			dump:    "最新消息:\n\n青山医院病床告急 临时增设病房应急\n\n   2022-06-10 02:26 记者王晓明 责任编辑李红 点阅:0\n\n" + lead,
			title:   "青山医院病床告急 临时增设病房应急",
			authors: []string{"王晓明"}, published: "2022-06-10",
		},
		{
			name:    "photo captions of two eras, no headline",
			dump:    "1998年的青山医院\n上世纪60年代的青山医院(青山县卫生院)\n百年征程:\n" + lead + "\n" + second + "\n(通讯员 李红)\n栏目:庆祝建院七十周年",
			authors: []string{"李红"},
		},
		{
			name:  "the site's clock and a ticker above; the date closes the article",
			dump:  "2023-05-06-星期六\n◎首页 |◎新闻 |◎青山医院新院区启用典礼 |\n \n\n青山医院庆祝建院90周年\n【记者王晓明青山报导】\n" + lead + "\n\n" + second + "\n(2021/11/11)\n   \n \nCopyright © 2012 青山晚报. All rights reserved. 版权所有,禁止擅自转贴节录",
			title: "青山医院庆祝建院90周年", published: "2021-11-11", authors: []string{"王晓明"},
		},
		{
			name:  "a year and month alone on the last line sign the report, after a list",
			dump:  "青山医院统战工作情况\n" + lead + "\n医院党外人士分布如下:\n一、民盟盟员:\n在职人员:8人\n二、九三学社社员:5人\n2023年4月\n",
			title: "青山医院统战工作情况", published: "2023-04",
		},
		{
			name:  "a year and month heading a section is no signature",
			dump:  "青山医院发展历程\n" + lead + "\n2023年4月\n医院新大楼正式启用,开放床位增至1800张。",
			title: "青山医院发展历程",
		},
		{
			name:  "today's date in the top bar is no publication date",
			dump:  "今天是2023年5月6日 星期六\n青山医院举行职工大会\n" + lead,
			title: "青山医院举行职工大会",
		},
		{
			name:  "a clock with the lunar date above, the site's date line below",
			dump:  "2023-05-06 星期六 农历三月十七\n网站首页 | 医院概况 | 新闻中心 | 科室导航\n青山医院举行职工大会\nhttp://www.example.com 2021年06月29日10:30 青山网\n" + lead,
			title: "青山医院举行职工大会", published: "2021-06-29", site: "青山网",
		},
		{
			name:  "a headline saved in a table, the source and date line under it",
			dump:  "青山医院门诊时间排定 | |\n---|---|\nhttp://www.example.com.cn 2005年09月21日11:00 青山网 | |\n" + lead,
			title: "青山医院门诊时间排定", published: "2005-09-21", site: "青山网",
		},
		{
			name:      "a print link above the date",
			dump:      "« 返回前页列印\n\n2019-06-25 00:00\n\n青山儿童医院开院\n\n" + lead,
			title:     "青山儿童医院开院",
			published: "2019-06-25",
		},
		{
			name:    "an agency's dateline and reporter on a line of their own",
			dump:    "青山医院举行职工大会\n某某网青山6月29日电 (记者 王晓明)\n" + lead + "\n(完)",
			title:   "青山医院举行职工大会",
			authors: []string{"王晓明"}, site: "某某网",
		},
		{
			name:      "a ticker of other stories between the dateline and the headline",
			dump:      " date 2024-03-05 快讯\n\n绿水县长出席灯会 民众挤爆广场\n\n白云台风明晨登陆 山区严防豪雨\n\n青山医院90周年庆 短片回顾公卫足迹\n\n某某社/ 青山29日电\n\n" + lead,
			title:     "青山医院90周年庆 短片回顾公卫足迹",
			published: "2024-03-05", site: "某某社",
		},
		{
			name:      "a section label over the headline and its subtitle",
			dump:      "医院快讯\n青山医院举行职工大会\n院长作工作报告 职工代表审议通过\n发布时间:2021-06-29\n" + lead,
			title:     "青山医院举行职工大会",
			published: "2021-06-29",
		},
		{
			name:  "fields each in brackets",
			dump:  "青山医院举行职工大会\n【发布时间:2021-06-29】【来源:青山日报】【字体:大 中 小】\n" + lead,
			title: "青山医院举行职工大会", published: "2021-06-29", site: "青山日报",
		},
		{
			name:  "a dotted date line, the department signing",
			dump:  "青山医院举行职工大会\n青山医院宣传科 2021.06.29\n" + lead,
			title: "青山医院举行职工大会", published: "2021-06-29",
		},
		{
			name:      "a weekday date above the headline, and no other date",
			dump:      "2021年6月29日 星期二\n青山医院举行职工大会\n" + lead,
			title:     "青山医院举行职工大会",
			published: "2021-06-29",
		},
		{
			name:  "a page's title line: headline, channel and site",
			dump:  "青山医院举行职工大会_医院新闻_青山网\n" + lead,
			title: "青山医院举行职工大会",
		},
		{
			name:  "a weekday date under the headline is the article's",
			dump:  "青山医院举行职工大会\n2021年6月29日 星期二\n" + lead,
			title: "青山医院举行职工大会", published: "2021-06-29",
		},
		{
			name:  "a bracketed date ends the last paragraph",
			dump:  "青山医院举行职工大会\n" + lead + "\n全院职工参加了大会。(2021年6月29日)",
			title: "青山医院举行职工大会", published: "2021-06-29",
		},
		{
			name:  "a paper's bracketed stamp under the story",
			dump:  "青山医院举行职工大会\n" + lead + "\n全院职工参加了大会。\n\n【2021/06/29 青山日报】\n",
			title: "青山医院举行职工大会", published: "2021-06-29",
		},
		{
			name:  "a paper's bracketed stamp under the story, traditional",
			dump:  "青山醫院舉行職工大會\n" + lead + "\n全院職工參加了大會。\n【2021/06/29 青山日報】\n上一篇 下一篇\n",
			title: "青山醫院舉行職工大會", published: "2021-06-29",
		},
		{
			name:  "a paper's bracketed stamp ends the last paragraph",
			dump:  "青山医院举行职工大会\n" + lead + "\n全院职工参加了大会。【2021/06/29 青山日报】",
			title: "青山医院举行职工大会", published: "2021-06-29",
		},
		{
			name:      "dateline and caption on one line",
			dump:      " date 2024-03-05 青山医院院长与团队合影,展现团队活力。(青山医院提供)\n\n记者王晓明/青山报导\n\n" + lead,
			published: "2024-03-05", authors: []string{"王晓明"},
		},
		{
			name:      "dateline and label on one line, an agency's dateline",
			dump:      " date 2024-03-05 快讯\n\n青山医院90周年庆 短片回顾公卫足迹\n\n某某社/ 青山29日电\n\n" + lead,
			title:     "青山医院90周年庆 短片回顾公卫足迹",
			published: "2024-03-05", site: "某某社",
		},
		{
			name:      "dateline and the site's app prompt on one line",
			dump:      " date 2024-03-05 某某新闻云 手机版 新闻云APP\n\n青山医院成立儿童中心 守护孩童健康\n\n记者王晓明/青山报导\n\n" + lead,
			title:     "青山医院成立儿童中心 守护孩童健康",
			published: "2024-03-05", authors: []string{"王晓明"},
		},
		{
			name:      "dateline and the site's name on one line, a channel's trail",
			dump:      " date 2024-03-05 青山电子报\n健康 > 医疗新知\n\n守护山城20载 名医再度接掌青山\n\n2024/03/05 08:52\n\n" + lead,
			title:     "守护山城20载 名医再度接掌青山",
			published: "2024-03-05",
		},
		{
			name:      "a journal's trail of spaces, its author's affiliation",
			dump:      "首页 期刊 青山医学 论医院文化建设 【正文】\n\n论医院文化建设\n\n作者:王晓明 青山市人民医院 青山123456\n\n" + lead,
			title:     "论医院文化建设",
			published: "", authors: []string{"王晓明"},
		},
		{
			name:      "date label without its colon",
			dump:      "青山医院获品质奖肯定\n\n撰文记者 王晓明\n日期2023-04-11\n" + lead,
			title:     "青山医院获品质奖肯定",
			published: "2023-04-11", authors: []string{"王晓明"},
		},
		{
			name:      "a masthead of names and their English over the headline",
			dump:      "您好,欢迎访问青山医院官方网站!\n\n青山疾病医学中心National Center for Qingshan Disorders\n\n青山老年疾病临床医学研究中心National Clinical Research Center for Qingshan Diseases\n\n医院新闻\n\n青山医院荣获“全国文明单位”\n\n发布时间:2020-11-23 浏览次数:\n\n" + lead,
			title:     "青山医院荣获“全国文明单位”",
			published: "2020-11-23",
		},
		{
			name:  "a field's label before the headline",
			dump:  "浏览标题:青山人民医院——守护百姓健康\n" + lead,
			title: "青山人民医院——守护百姓健康",
		},
		{
			name:  "a tag over tagged stories",
			dump:  "#青山医院\n-\n青山医院成立儿童中心 守护孩童健康\n|生活" + lead,
			title: "青山医院成立儿童中心 守护孩童健康",
		},
		{
			name:  "a ticker of other stories over the headline",
			dump:  "某某游戏新版本上线!   某某公司成立新部门   手机新品降价促销   独立游戏盛会确定举行   新年扭蛋活动开跑\n\n青山医院增设病床\n\n" + lead,
			title: "青山医院增设病床",
		},
		{
			name:      "a rare surname framed by role word and place",
			dump:      "青山医院举办健康讲座\n\n某某新闻 2019-03-02 00:00\n记者扶小华/青山报导   \n\n" + lead,
			title:     "青山医院举办健康讲座",
			published: "2019-03-02", authors: []string{"扶小华"},
		},
		{
			name:      "a caption printed twice over the bracketed byline",
			dump:      " date 2024-03-05 青山电子报\n健康 > 医疗新知\n\n青山医院院庆 迎向新程\n\n2024/03/05 08:52\n\n青山医院举办院庆。(院方提供)\n\n青山医院举办院庆。(院方提供)\n\n〔记者王晓明/青山报导〕" + lead,
			title:     "青山医院院庆 迎向新程",
			published: "2024-03-05", authors: []string{"王晓明"},
		},
		{
			name:      "a photo's captions between the headline and the date line",
			dump:      "青山医院新院开幕\n\n院长王晓明(右)为新院揭牌,市长李红(中)到场见证。(记者张伟摄)\n\n2017/01/15 14:40\n\n" + lead,
			title:     "青山医院新院开幕",
			published: "2017-01-15",
		},
		{
			name:      "a company's blurb above the breadcrumb is chrome",
			dump:      "青山商务咨询-- 在本地设有多个机构,拥有会计、金融等资深人士组成的专业团队!\n为客户提供组建公司、企业重组等顾问服务!\n\nContact Us\n青山商务咨询有限公司\n青山医院当前位置: >>首页 >>本地指南 >>本地医院\n\n青山市人民医院简介\n\n发布时间:2011/7/15 点击:142\n\n" + lead,
			title:     "青山市人民医院简介",
			published: "2011-07-15",
		},
		{
			name:  "a kicker and a poster's lines stacked over the headline",
			dump:  "庆祝建院70周年\n医患同心\n共庆院庆\n青山市人民医院举办院庆职工联欢会\n在建院70周年来临之际,青山市人民医院组织了一场院庆职工联欢会,各科室职工参加。\n" + lead,
			title: "青山市人民医院举办院庆职工联欢会",
		},
		{
			name:  "a headline and a line the lead says less of",
			dump:  "青山市人民医院举办院庆职工联欢会\n共庆院庆\n全院职工参加了医院举办的院庆联欢会。\n" + lead,
			title: "青山市人民医院举办院庆职工联欢会",
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
		{"【公院爆满】青山医院内科床位占用率回升 (12:12)", "【公院爆满】青山医院内科床位占用率回升"},
		{"【公院爆滿】青山醫院內科病牀佔用率回升 （9:05）", "【公院爆滿】青山醫院內科病牀佔用率回升"},
		{"青山医院开放时间调整(8:00-17:00)", "青山医院开放时间调整(8:00-17:00)"},
		{"青山医院门急诊人次突破200万(图1)", "青山医院门急诊人次突破200万"},
		{"青山醫院門急診人次突破200萬（圖 2）", "青山醫院門急診人次突破200萬（圖 2）"}, // cleanTitle runs on simplified text
		{"新闻中心- 医院新闻- 青山医院召开职工代表大会", "青山医院召开职工代表大会"},
		{"首页 - 院务公开 - 青山医院召开职工代表大会", "青山医院召开职工代表大会"},
		{"院务公开- 通知", "院务公开- 通知"},
		// A slogan headline's second half is a clause, not the site.
		{"守正创新 砥砺前行 | 青山医院院史馆正式开馆", "守正创新 砥砺前行 | 青山医院院史馆正式开馆"},
		{"青山医院举行院庆 | 青山医院新闻中心", "青山医院举行院庆"},
		{"青山医院举行院庆 | 青山健康", "青山医院举行院庆"},
		{"青山市中医院查看源代码讨论查看历史", "青山市中医院"},
		{"青山市中医院 阅读 编辑 查看历史", "青山市中医院"},
		{"青山医院开展专题讨论", "青山医院开展专题讨论"},
		{"青山医院20周年院庆 欢庆新时代 – 青山传媒 QNEWS", "青山医院20周年院庆 欢庆新时代"},
		{"青山医院院庆 – 青山新闻 QNews", "青山医院院庆"},
		{"青山医院召开大会 - 院长作报告 Dean", "青山医院召开大会 - 院长作报告 Dean"},
		{"青山医院门诊时间排定 | |", "青山医院门诊时间排定"},
		{"浏览标题:青山医院召开大会", "青山医院召开大会"},
		{"标题：青山醫院召開大會", "青山醫院召開大會"},
		{"Início » 青山医院部分门诊3月开诊", "青山医院部分门诊3月开诊"},
		{"首页 › 医院新闻 › 青山医院召开大会", "青山医院召开大会"},
		{"[香港] 青山醫院急症室求診人次上升 [打印本頁]", "青山醫院急症室求診人次上升"},
		{"[转帖] 青山医院召开大会", "青山医院召开大会"},
		{"青山医院召开大会 [打印本页]", "青山医院召开大会"},
		// A kicker that names the site's section goes; the headline's own
		// kicker (its genre, its cheer) stays.
		{"【要闻】青山医院新院区签约仪式举行", "青山医院新院区签约仪式举行"},
		{"【医院动态】 青山医院召开职工代表大会", "青山医院召开职工代表大会"},
		{"〔快讯〕青山医院获评省级文明单位", "青山医院获评省级文明单位"},
		{"【荣誉榜】青山医院三名医师获表彰", "【荣誉榜】青山医院三名医师获表彰"},
		{"【深度】医共体的破与立", "【深度】医共体的破与立"},
		{"【喜报】青山医院获评省级文明单位", "【喜报】青山医院获评省级文明单位"},
		{"【要闻】院庆", "【要闻】院庆"},
		{"〖要闻〗青山医院召开职工代表大会", "青山医院召开职工代表大会"},
		{"要闻丨青山医院召开职工代表大会", "青山医院召开职工代表大会"},
		{"医院新闻 | 青山医院召开职工代表大会", "青山医院召开职工代表大会"},
		{"航拍 | 青山医院新院区", "航拍 | 青山医院新院区"},
		{"【青山医院】青山医院召开职工代表大会", "【青山医院】青山医院召开职工代表大会"},
		// A list's bullet before the headline goes.
		{"• 青山医院明年增设日间手术中心", "青山医院明年增设日间手术中心"},
		{"■ 青山醫院明年增設日間手術中心", "青山醫院明年增設日間手術中心"},
		{"★★★", "★★★"},
	}
	for _, tt := range tests {
		got := cleanTitle(tt.in)
		if got != tt.want {
			t.Errorf("cleanTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
		// withoutLine tests a line only when it holds the title: that
		// holds while cleanTitle cuts its input and never rewrites it.
		if !strings.Contains(tt.in, got) {
			t.Errorf("cleanTitle(%q) = %q, not a part of its input", tt.in, got)
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
			name: "a platform's statement and a link glued after the last sentence",
			dump: "青山医院举行大会\n" + lead + "\n" + second + "返回青山频道>>\n特别声明:以上内容(如有图片亦包括在内)为平台用户上传并发布,本平台仅提供信息存储服务。",
			keep: []string{"设有临床科室40个。"},
			drop: []string{"返回青山频道", "特别声明", "信息存储服务"},
		},
		{
			name: "the numbered list the last paragraph leads into is the article's",
			dump: "青山医院入选年度榜单\n" + lead + "\n榜单前五名如下:\n\n1. 青山医院(某某):东城\n2. 绿水医院(某某):西城\n3. 白云医院(某某):南城\n",
			keep: []string{"1. 青山医院(某某):东城", "3. 白云医院(某某):南城"},
		},
		{
			name: "short lines after a last paragraph without a colon stay footer",
			dump: "青山医院入选年度榜单\n" + lead + "\n" + second + "\n1. 关于我们\n2. 联系我们\n",
			keep: []string{"开放床位1500张"},
			drop: []string{"关于我们", "联系我们"},
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
			name: "an editor's credit glued to the last paragraph",
			dump: "青山医院举行大会\n" + lead + "\n医院将继续推进改革,让群众受益。编辑:张伟",
			keep: []string{"医院将继续推进改革,让群众受益。"},
			drop: []string{"编辑", "张伟"},
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
			name: "a footer's section label after the last paragraph",
			dump: "青山医院举行大会\n" + lead + "\n\n" + second + "\n\n\n图说青山\n\n新闻排行\n青山医院开展义诊",
			keep: []string{"始建于1950年", "开放床位1500张"},
			drop: []string{"图说青山", "新闻排行"},
		},
		{
			name: "the article's tags between the last paragraph and the related list",
			dump: "青山医院举行大会\n" + lead + "\n\n" + second + "\n\n医护人员 病人 春联\n\n延伸阅读\n\n绿水医院开展义诊",
			keep: []string{"始建于1950年", "开放床位1500张"},
			drop: []string{"春联", "延伸阅读", "义诊"},
		},
		{
			name: "follow buttons, phone lines and read-on prompts",
			dump: "急诊急救电话:0000-8899120\n咨询、投诉电话:0000-8890053\n官方微信公众号\n支付宝生活号\n医院动态\n青山医院举行大会\n" + lead + "\n请继续往下阅读...\n" + second + "\n广告 更多内容请继续往下阅读\n爆料专线号码:00-0000-0000",
			keep: []string{"始建于1950年", "开放床位1500张"},
			drop: []string{"电话", "公众号", "生活号", "继续往下阅读", "爆料"},
		},
		{
			name: "a chronicle's dated entries keep their dates",
			dump: "青山医院大事记\n" + lead + "\n2021-06-29 青山医院新院区启用,开放床位500张。\n2022-03-01 青山医院通过三级甲等医院评审,全院职工备受鼓舞。",
			keep: []string{"2021-06-29 青山医院新院区启用", "2022-03-01 青山医院通过三级甲等医院评审"},
		},
		{
			name: "search terms joined by underscores",
			dump: "青山医院举行大会\n" + lead + "\n青山体检_青山体检哪家好_青山体检排名\n" + second,
			keep: []string{"始建于1950年", "开放床位1500张"},
			drop: []string{"青山体检"},
		},
		{
			name: "the site's name and follow button before the lead's dateline",
			dump: "青山医院迎来建院70周年\n更新时间:2017-12-09 12:50:03 来源:www.example.com 编辑:本站编辑\n青山旅游网 公众微信号 青山讯. 11月15日,青山市人民医院举行建院70周年庆典,各界人士出席。\n" + second,
			keep: []string{"青山讯. 11月15日,青山市人民医院举行建院70周年庆典", "开放床位1500张"},
			drop: []string{"青山旅游网", "公众微信号"},
		},
		{
			name: "a lead opening with a place and its dateline is kept whole",
			dump: "青山医院迎来建院70周年\n青山 绿水 本报讯 11月15日,青山市人民医院举行建院70周年庆典,各界人士出席。\n" + second,
			keep: []string{"青山 绿水 本报讯 11月15日"},
		},
		{
			name: "tags and the welcome line of a page's source",
			dump: "欢迎光临青山人民医院\n青山医院举行大会\n<p class=\"text\">" + lead + "</p>\n" + second + "<br/>",
			keep: []string{lead, second},
			drop: []string{"<p", "</p>", "<br/>", "欢迎光临"},
		},
		{
			name: "a company's blurb and contact lines above the breadcrumb",
			dump: "青山商务咨询-- 在本地与外地设有多个机构,拥有会计、金融、财税、法律等资深人士组成的专业团队!\n为客户提供组建公司、企业重组等顾问服务!\n\nContact Us\n青山商务咨询有限公司\n  • Tel :+852 2521 1806\n青山医院当前位置: >>首页 >>本地指南 >>本地医院\n\n青山市人民医院简介\n\n发布时间:2011/7/15 点击:142\n\n" + lead + "\n" + second,
			keep: []string{lead, second},
			drop: []string{"专业团队", "顾问服务", "青山商务咨询有限公司", "2521 1806", "当前位置"},
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
			name:  "a dump's first line holds the date and the headline",
			dump:  " date 2026-01-08 青山醫院獲頒品質標章\n青山市人民醫院始建於1950年,是一所集醫療、教學、科研於一體的三級甲等綜合醫院。\n醫院現有職工2000餘人,開放床位1500張。",
			title: "青山医院获颁品质标章", published: "2026-01-08",
		},
		{
			name:  "a tight breadcrumb, the headline printed again under the fields with its subtitle, the writer's name over the lead, traditional",
			dump:  "首頁/新聞中心/醫院動態\n\n同心守護 共築健康\n\n發布時間:2021/6/3 10:20:11\n\n同心守護 共築健康\n\n青山醫院與白水醫院開展黨支部結對共建\n\n王曉明\n\n6月1日,白水醫院黨員一行來到青山醫院開展交流活動,雙方簽訂了結對共建協議。\n醫院現有職工2000餘人,開放床位1500張。",
			title: "同心守护 共筑健康", published: "2021-06-03", authors: []string{"王晓明"},
		},
		{
			name:  "the author field closed by the paper's issue and page, traditional",
			dump:  "青山醫院守護群眾健康\n作者:本報記者 王曉明 本報通訊員 趙剛 《青山日報》( 2022年10月22日 09版)\n青山市人民醫院始建於1950年,是一所集醫療、教學、科研於一體的三級甲等綜合醫院。\n醫院現有職工2000餘人,開放床位1500張。",
			title: "青山医院守护群众健康", published: "2022-10-22", site: "青山日报", authors: []string{"王晓明", "赵刚"},
		},
		{
			name:      "a date line whose counter lost its number, the byline after the source, traditional",
			dump:      "2012-08-24 瀏覽( 來源:青山醫院 文/王曉明;圖/李紅\n青山市人民醫院始建於1950年,是一所集醫療、教學、科研於一體的三級甲等綜合醫院。\n醫院現有職工2000餘人,開放床位1500張。",
			published: "2012-08-24", site: "青山医院", authors: []string{"王晓明"},
		},
		{
			name:  "the writer's name glued to the time of the date line, traditional",
			dump:  "青山醫院合併重組 高質量發展的新路\n2023-01-04 11:29王曉明\n青山市人民醫院始建於1950年,是一所集醫療、教學、科研於一體的三級甲等綜合醫院。\n醫院現有職工2000餘人,開放床位1500張。",
			title: "青山医院合并重组 高质量发展的新路", published: "2023-01-04", authors: []string{"王晓明"},
		},
		{
			name:  "the lead's dateline and byline on a line of their own",
			dump:  "青山医院新楼加紧动工\n\n    某某网-青山日报8月2日讯(本网记者 王晓明 实习生 李红)\n\n    " + lead + "\n" + second,
			title: "青山医院新楼加紧动工", authors: []string{"王晓明", "李红"},
		},
		{
			name:  "the same in traditional script",
			dump:  "青山醫院新樓加緊動工\n某某網-青山日報8月2日訊(本網記者 王曉明 通訊員 李紅)\n青山市人民醫院始建於1950年,是一所集醫療、教學、科研於一體的三級甲等綜合醫院。\n醫院現有職工2000餘人,開放床位1500張。",
			title: "青山医院新楼加紧动工", authors: []string{"王晓明", "李红"},
		},
		{
			name:  "a broadcaster's reporter on a line of his own",
			dump:  "青山中醫醫院預計明年落成\n王曉明報道\n青山中醫醫院預計明年落成,將提供床位400張,院方表示將全力做好準備。\n院方表示,新醫院將大大縮短病人輪候時間。",
			title: "青山中医医院预计明年落成", authors: []string{"王晓明"},
		},
		{
			name:  "Taiwan agency page",
			dump:  "陪伴青山人百年 「縣立醫院」運動會熱鬧登場\n\n2022/06/03 09:41(06/03 11:02 更新)\n\n(中央社記者王曉明青山縣3日電)陪伴青山人走過百年的青山醫院,今天舉辦運動會。\n\n青山醫院創立於1921年,原名「青山病院」,是縣內最早的醫院。",
			title: "陪伴青山人百年 「县立医院」运动会热闹登场", published: "2022-06-03", site: "中央社", authors: []string{"王晓明"},
		},
		{
			name:  "age gate and menus over a Taiwan page",
			dump:  " date 2025-11-28 青山電子報\n健康首頁 新聞快報 醫療前線 名醫專家 養生 男女老幼 傷病 心理 護眼 青山健康粉絲團青山健康粉絲團\n限制級\n您即將進入之新聞內容 需滿18歲 方可瀏覽。\n未滿18歲\n或不同意本條款離開\n我已年滿18歲進入\n根據「電腦網路內容分級處理辦法」規定,已於網站首頁標示。台灣網站分級推廣基金會網站:http://www.example.org.tw\n健康 > 杏林動態\n\n青山醫院連3年登全球最佳醫院\n\n2025/11/28 09:47\n\n〔記者王曉明／青山報導〕青山醫院今年屆滿創院40週年,院方舉辦院慶活動。",
			title: "青山医院连3年登全球最佳医院", published: "2025-11-28", authors: []string{"王晓明"},
		},
		{
			name:  "the closing credit: photos and text without a slash, traditional",
			dump:  "青山醫院舉行義診活動\n發布時間: 2020-08-28\n\n8月26日下午,青山醫院在門診大廳舉行義診活動,專家為群眾免費測量血壓並提供健康諮詢。\n\n圖文 王曉明",
			title: "青山医院举行义诊活动", published: "2020-08-28", authors: []string{"王晓明"},
		},
		{
			name:  "the closing credit names the writer before the role, traditional",
			dump:  "青山醫院舉行義診活動\n發布時間: 2020-08-28\n\n8月26日下午,青山醫院在門診大廳舉行義診活動,專家為群眾免費測量血壓並提供健康諮詢。(王曉明文/圖)",
			title: "青山医院举行义诊活动", published: "2020-08-28", authors: []string{"王晓明"},
		},
		{
			name:  "a forum thread in traditional script",
			dump:  "某某論壇|bbs.example.com\n\n 找回密碼\n 註冊\n搜索\n查看: 120|回復: 3\n\n青山市人民醫院獲評省級文明單位\n\n[複製鏈接]\n發表於 2023-5-6 10:20 | 顯示全部樓層 |閱讀模式 | 來自浙江\n\n青山市人民醫院始建於1950年,是一所集醫療、教學、科研於一體的三級甲等綜合醫院。",
			title: "青山市人民医院获评省级文明单位", published: "2023-05-06",
		},
		{
			name:  "a closing source field with the byline in brackets, traditional",
			dump:  "青山醫院新增5個省級臨床重點專科\n\n青山市人民醫院始建於1950年,是一所集醫療、教學、科研於一體的三級甲等綜合醫院。\n來源:青山日報(記者 王曉明)\n編輯:張偉",
			title: "青山医院新增5个省级临床重点专科", site: "青山日报", authors: []string{"王晓明"},
		},
		{
			name:  "a journal abstract page's table of fields, traditional",
			dump:  "青山醫院新院區建設介紹 |\n| |\n作者姓名: | 王曉明 |\n| |\n作者單位: | 青山市人民醫院 |\n| |\n摘 要: | 青山市人民醫院始建於1950年,是一所集醫療、教學、科研於一體的三級甲等綜合醫院。\n|",
			title: "青山医院新院区建设介绍", authors: []string{"王晓明"},
		},
		{
			name:  "a side menu's last item over the headline, traditional",
			dump:  "◆ 新聞動態 >>\n黨的建設\n醫院動態\n人事招聘\n招標中標\n \n醫院文化\n青山市人民醫院與綠水醫院黨支部開展聯合主題黨日活動\n發布者:admin 來源: 發布時間:2020-09-16\n\n青山市人民醫院始建於1950年,是一所集醫療、教學、科研於一體的三級甲等綜合醫院。",
			title: "青山市人民医院与绿水医院党支部开展联合主题党日活动", published: "2020-09-16",
		},
		{
			name:  "a year and month alone on the last line, traditional",
			dump:  "青山醫院統戰工作情況\n青山市人民醫院始建於1950年,是一所集醫療、教學、科研於一體的三級甲等綜合醫院。\n醫院黨外人士分佈如下:\n一、民盟盟員:\n在職人員:8人\n二、九三學社社員:5人\n2023年4月\n",
			title: "青山医院统战工作情况", published: "2023-04",
		},
		{
			name:  "a rare surname framed by role word and place",
			dump:  "走過半世紀 青山醫院照顧鄉親\n\n走過半世紀 青山醫院照顧鄉親\n\n某某新聞 2015-10-29 00:00\n記者扶小華/青山報導   \n\n衛生福利部青山醫院29日舉行成立50週年慶活動,各界佳賓紛紛祝賀。\n\n圖說:院長與來賓合影。(記者扶小華攝)",
			title: "走过半世纪 青山医院照顾乡亲", published: "2015-10-29", authors: []string{"扶小华"},
		},
		{
			name:  "a kicker stacked over the headline, traditional",
			dump:  "慶祝建院70週年\n醫患同心\n共慶院慶\n青山醫院舉辦院慶職工聯歡會\n在建院70週年來臨之際,青山醫院精心策劃並舉辦了院慶職工聯歡會,全院職工參加。",
			title: "青山医院举办院庆职工联欢会",
		},
		{
			name:  "a hospital's page that names itself only in its copyright line",
			dump:  "黨務\n我院舉行黨支部書記年度述職會\n時間:2025-01-24 閱讀:2088 次\n2025年1月22日下午,我院黨支部書記年度述職會在三樓會議室舉行,院領導出席並點評。\nCopyright © 青山市人民醫院 官方網站 醫院總機:0000-1234567\n青ICP備00000000號",
			title: "我院举行党支部书记年度述职会", published: "2025-01-24", site: "青山市人民医院",
		},
		{
			name:  "a wiki's tagline",
			dump:  "Loading AI tools\n香港醫院 來自維基百科,自由的百科全書\n青山醫院是香港的一所地區綜合醫院,成立於1911年,現由醫院管理局管理。",
			title: "",
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
			name:      "dateline with a caption, byline with a division slash",
			dump:      " date 2024-03-05 青山醫院院長與團隊合影，展現團隊活力。（青山醫院提供）\n\n記者王曉明∕青山報導\n\n青山醫院今天舉辦院慶活動,院長致詞感謝全體同仁,現場氣氛熱烈。",
			published: "2024-03-05", authors: []string{"王晓明"},
		},
		{
			name:      "byline with a full-width slash",
			dump:      " date 2024-03-05 青山醫院今天舉辦院慶活動。（青山醫院提供）\n\n記者王曉明／青山報導\n\n青山醫院今天舉辦院慶活動,院長致詞感謝全體同仁,現場氣氛熱烈。",
			published: "2024-03-05", authors: []string{"王晓明"},
		},
		{
			name:      "the site's clock and a ticker between box-drawing bars",
			dump:      "2023-05-06-星期六\n◎首頁 │◎新聞 │◎青山醫院新院區啟用典禮 │\n \n\n青山醫院慶祝建院90週年\n【記者王曉明青山報導】\n青山醫院今天舉辦院慶活動,院長致詞感謝全體同仁,現場氣氛熱烈。\n(2021/11/11)\n",
			title:     "青山医院庆祝建院90周年",
			published: "2021-11-11", authors: []string{"王晓明"},
		},
		{
			name:      "today's date above, the field's date below",
			dump:      "今天是2023年5月6日 星期六\n青山醫院舉辦院慶活動\n發布日期:111年6月3日\n青山醫院今天舉辦院慶活動,院長致詞感謝全體同仁,現場氣氛熱烈。",
			title:     "青山医院举办院庆活动",
			published: "2022-06-03",
		},
		{
			name:      "a label with a colon, the dateline with reporter and editor",
			dump:      "最新消息:\n\n青山醫院病床告急 臨時增設病房應急\n\n   2022-06-10 02:26 記者王曉明 責任編輯李紅 點閱:0\n\n青山醫院今天舉辦院慶活動,院長致詞感謝全體同仁,現場氣氛熱烈。",
			title:     "青山医院病床告急 临时增设病房应急",
			published: "2022-06-10", authors: []string{"王晓明"},
		},
		{
			name:      "a ticker under the dateline, the paper's byline with two slashes",
			dump:      " date 2024-03-05 快訊\n\n綠水縣長出席燈會 民眾擠爆廣場\n\n白雲颱風明晨登陸 山區嚴防豪雨\n\n聽新聞\n0:00 / 0:00\n\n青山醫院90週年慶 短片回顧公衛足跡\n\n青山日報／ 記者王曉明／青山即時報導\n\n青山醫院今天舉辦院慶活動,院長致詞感謝全體同仁,現場氣氛熱烈。",
			title:     "青山医院90周年庆 短片回顾公卫足迹",
			published: "2024-03-05", site: "青山日报", authors: []string{"王晓明"},
		},
		{
			name:  "a short page's footer names its hospital before 版權所有",
			dump:  "青山醫院舉辦義診\n青山市人民醫院始建於1950年,是一所三級甲等綜合醫院。\nCopyright ? 2024 http://www.example.com All Rights Reserved.青山市人民醫院 版權所有 技術支持:某某科技",
			title: "青山医院举办义诊", site: "青山市人民医院",
		},
		{
			name:  "an agency's dateline with its reporter on a line of its own",
			dump:  "青山醫院舉辦義診\n2019/01/31 10:22\n(中央社記者王曉明台北31日電)\n青山市人民醫院始建於1950年,是一所三級甲等綜合醫院。\n醫院將繼續努力。",
			title: "青山医院举办义诊", published: "2019-01-31", site: "中央社", authors: []string{"王晓明"},
		},
		{
			name:  "WeChat credits with bars for colons",
			dump:  "青山医院举办义诊\n作者丨王晓明\n来源丨青山日报\n2019-01-31\n" + lead + "\n" + second + "\n编辑丨李红\n校对丨张伟",
			title: "青山医院举办义诊", published: "2019-01-31", site: "青山日报", authors: []string{"王晓明"},
		},
		{
			name:      "a special correspondent's bracket names no outlet",
			dump:      "青山醫院揭碑紀念\n【特派記者 王曉明 報導】青山醫院今天舉行揭碑儀式,院長表示將持續守護鄉親健康。",
			title:     "青山医院揭碑纪念",
			published: "", authors: []string{"王晓明"},
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

// Traditional-script bodies: chrome is recognised after conversion.
func TestCleanTraditionalBody(t *testing.T) {
	tests := []struct {
		name, dump, published, site string
		keep, drop                  []string
	}{
		{
			name: "a platform's statement and a link glued after the last sentence, traditional",
			dump: "青山醫院舉行大會\n青山市人民醫院始建於1950年,是一所三級甲等綜合醫院。\n醫院現有職工2000餘人,開放床位1500張。查看更多»\n聲明:本文內容為用戶上傳,本站僅提供信息存儲服務。",
			keep: []string{"开放床位1500张。"},
			drop: []string{"查看更多", "声明", "信息存储服务"},
		},
		{
			name: "the numbered list the last paragraph leads into, traditional",
			dump: "青山醫院入選年度榜單\n青山市人民醫院始建於1950年,是一所三級甲等綜合醫院。\n榜單前五名如下:\n\n1. 青山醫院(某某):東城\n2. 綠水醫院(某某):西城\n",
			keep: []string{"2. 绿水医院(某某):西城"},
		},
		{
			name:      "agency story: dateline and label, read-on prompt, tags, related list",
			dump:      " date 2026-02-11 快訊\n\n某某社／ 青山11日電\n\n青山醫院今天舉辦迎春活動,院長致詞感謝全體同仁,現場氣氛熱烈。\n\n請繼續往下閱讀...\n\n院方表示,期盼透過活動向醫護人員表達感謝,並為病人送上祝福。\n\n醫護人員 病人 春聯\n\n延伸閱讀\n\n綠水醫院舉辦義診",
			published: "2026-02-11", site: "某某社",
			keep: []string{"青山医院今天举办迎春活动", "为病人送上祝福"},
			drop: []string{"快讯", "继续往下阅读", "春联", "延伸阅读", "义诊"},
		},
		{
			name: "welcome line, search terms, a footer's label",
			dump: "歡迎光臨青山醫院\n青山醫院舉辦院慶活動\n青山醫院今天舉辦院慶活動,院長致詞感謝全體同仁,現場氣氛熱烈。\n青山體檢_青山體檢哪家好_青山體檢價格\n院方表示,將持續提升醫療品質,守護鄉親健康。\n\n圖說青山\n\n新聞排行",
			keep: []string{"青山医院今天举办院庆活动", "守护乡亲健康"},
			drop: []string{"欢迎光临", "体检", "图说青山", "新闻排行"},
		},
	}
	c := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := c.Clean("tw.txt", []byte(tt.dump))
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != tt.published || a.Site != tt.site {
				t.Errorf("published %q site %q; want %q %q", a.Published, a.Site, tt.published, tt.site)
			}
			checkText(t, a.Text, tt.keep, tt.drop)
		})
	}
}

// The closing editor's credit goes in traditional script too, through the
// whole cleaner (conversion first).
func TestClosingEditorTraditional(t *testing.T) {
	a, err := New().Clean("a.txt", []byte("青山醫院舉行大會\n青山市人民醫院始建於1950年,是一所三級甲等綜合醫院。\n醫院將繼續推進改革,讓群眾受益。(責任編輯:張偉)"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "让群众受益。") || strings.Contains(a.Text, "责任编辑") || strings.Contains(a.Text, "张伟") {
		t.Errorf("text %q", a.Text)
	}
}

// Other stories' headlines above the article's own: the one that speaks
// of the lead paragraph is the title, the others are dropped; a headline
// in other words than its lead stays.
func TestRelatedTitle(t *testing.T) {
	header := classifyLines([]string{"某市暴雨致多处道路积水", "", "股市今日全线上涨", "", "青山医院获评省级文明单位"})
	lead := "青山讯 青山医院近日获评省级文明单位,这是该院连续第三次获此殊荣。"
	got, others := relatedTitle("某市暴雨致多处道路积水", header, "", lead)
	if got != "青山医院获评省级文明单位" || len(others) != 2 {
		t.Errorf("title = %q, others %q; want the article's own and two others", got, others)
	}
	if got, _ := relatedTitle("青山医院举行表彰大会", header, "", "会上,青山医院表彰了先进集体。"); got != "青山医院举行表彰大会" {
		t.Errorf("a related title was replaced: %q", got)
	}
	// A slogan over its subtitle: the subtitle is no title.
	slogan := classifyLines([]string{"不忘初心砥砺前行", "——青山医院党建工作纪实"})
	if got, _ := relatedTitle("不忘初心砥砺前行", slogan, "", "近年来,青山医院党委坚持党建工作纪实。"); got != "不忘初心砥砺前行" {
		t.Errorf("title over a subtitle = %q", got)
	}
}

// A page dumped on one line: headline, date and byline glued before the
// lead are cut off; a lead that opens with its dateline, a role word, or
// words spaced inside a sentence is left whole.
func TestSplitGluedHead(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"青山医院院庆 新医疗大楼将启用 2019年5月6日 08:30 王晓明/青山报导 青山医院5日举行院庆,院长致辞。",
			[]string{"青山医院院庆 新医疗大楼将启用", "2019年5月6日 08:30", "王晓明/青山报导", "青山医院5日举行院庆,院长致辞。"}},
		{"青山医院60周年院庆 义卖、义诊齐上阵 卫福部青山医院22日举行院庆活动,现场热闹。",
			[]string{"青山医院60周年院庆 义卖、义诊齐上阵", "卫福部青山医院22日举行院庆活动,现场热闹。"}},
		{"本报讯 记者 王晓明 近日,青山医院举行大会。", nil},
		{"青山医院于第 26 届品质奖中表现亮眼,获得多项大奖。", nil},
		{"全国最具指标性的第26届品质奖及第28 SNQ标章揭晓,青山医院获奖。", nil},
		{"青山医院今天举行大会,院长致辞。", nil},
		{"青山医院床位使用率105% 急诊求诊人数回落 2017-07-21 10:17 青山医院昨日床位使用率为105%,较前日略低。",
			[]string{"青山医院床位使用率105% 急诊求诊人数回落", "2017-07-21 10:17", "青山医院昨日床位使用率为105%,较前日略低。"}},
		{"青山醫院病床使用率105% 急診求診人數回落 2017-07-21 10:17 青山醫院昨日病床使用率為105%,較前日略低。",
			[]string{"青山醫院病床使用率105% 急診求診人數回落", "2017-07-21 10:17", "青山醫院昨日病床使用率為105%,較前日略低。"}},
		{"青山医院床位使用率达 105% 较前日略低,院方表示将加开病房。", nil},
	}
	for _, tt := range tests {
		got := splitGluedHead(tt.line)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("splitGluedHead(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

// A headline broken after its subject: the institution's line and the
// verb's are one title, and neither stays in the body.
func TestHeadlineBrokenAfterSubject(t *testing.T) {
	for _, dump := range []string{
		"青山市人民医院\n召开庆祝建党周年暨表彰大会\n6月30日下午,青山市人民医院召开表彰大会,院长主持会议,全体党员参加。",
		"青山市人民醫院\n召開慶祝建黨週年暨表彰大會\n6月30日下午，青山市人民醫院召開表彰大會，院長主持會議，全體黨員參加。",
	} {
		a, err := New().Clean("t.txt", []byte(dump))
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != "青山市人民医院召开庆祝建党周年暨表彰大会" {
			t.Errorf("title of %q = %q", dump, a.Title)
		}
		if strings.Contains(a.Text, "召开庆祝建党周年") {
			t.Errorf("the title stays in the text: %q", a.Text)
		}
	}
	// A masthead over a headline with its own subject stays out of it.
	a, err := New().Clean("t.txt", []byte("青山市人民医院\n医院召开表彰大会\n6月30日下午,青山市人民医院召开表彰大会,院长主持会议,全体党员参加。"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "医院召开表彰大会" {
		t.Errorf("title = %q", a.Title)
	}
}

// An infobox's row dates a founding or an opening, not the page: its date
// is no published date, and the row stays in the body for the extractors.
func TestInfoboxDateIsNoPublished(t *testing.T) {
	for _, dump := range []string{
		"青山市人民医院\n青山市人民医院 | |\n---|---|\n地址 | 青山市中山路1号 |\n床位数 | 800床 |\n建立时间 | 1950年3月1日 |\n网站 | www |\n青山市人民医院是一所三级甲等综合医院,始建于1950年。",
		"青山市人民醫院\n青山市人民醫院 | |\n---|---|\n地址 | 青山市中山路1號 |\n床位數 | 800床 |\n建立時間 | 1950年3月1日 |\n網站 | www |\n青山市人民醫院是一所三級甲等綜合醫院,始建於1950年。",
		"青山县中医院\n院长 | 王某 |\n成立日期 | 1978年10月1日 |\n青山县中医院是一所二级甲等中医医院,现有职工300人。",
	} {
		a, err := New().Clean("infobox.txt", []byte(dump))
		if err != nil {
			t.Fatal(err)
		}
		if a.Published != "" {
			t.Errorf("%q: published %q, want none", dump, a.Published)
		}
		if !strings.Contains(a.Text, "1950年3月1日") && !strings.Contains(a.Text, "1978年10月1日") {
			t.Errorf("%q: the row left the body:\n%s", dump, a.Text)
		}
	}
	// A headline with its date glued on is still dated.
	a, err := New().Clean("glued.txt", []byte("青山市人民医院举行建院70周年庆祝大会 2020-06-18\n青山市人民医院始建于1950年,是一所三级甲等综合医院。\n医院现有职工2000余人,开放床位1500张。"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Published != "2020-06-18" {
		t.Errorf("glued headline date: published %q, want 2020-06-18", a.Published)
	}
}

// Page furniture of the forms sites print around a story, through the
// whole cleaner in both scripts: skip links, a folded summary's toggle,
// a press office's note, a ticker's other stories over the headline, the
// clock over a menu, a breadcrumb glued before the headline, writers in
// an info list, office and mojibake-bracketed credits, a banner's wish.
func TestCleanPageFurniture(t *testing.T) {
	tests := []struct {
		name, dump       string
		title, published string
		authors          []string
		keep, drop       []string
	}{
		{
			name:  "skip link, counter and report button over a citizen report, traditional",
			dump:  "移至主內容\n\n青山醫院春節門診不打烊\n\n2026/02/13 13:48\n36次瀏覽 ・ 0次分享\nPeoPo推 2\n檢舉\n\n青山醫院為照顧民眾健康,春節期間仍提供門急診服務,院長表示將全力守護鄉親。\n\n院方提醒民眾,出入人潮擁擠場所時建議佩戴口罩。",
			title: "青山医院春节门诊不打烊", published: "2026-02-13",
			keep: []string{"春节期间仍提供门急诊服务", "建议佩戴口罩"},
			drop: []string{"移至主内容", "PeoPo", "检举", "浏览"},
		},
		{
			name:  "the site's clock left blank before its wish, and the article's label",
			dump:  "今天是  青山市人民医院祝您身体健康!家庭幸福!\n\n正文内容\n\n青山市人民医院举办护理技能竞赛\n\n来源:  发布时间:2021/5/12  作者:李红  阅读数:321\n\n青山市人民医院日前举办护理技能竞赛,全院120名护士参赛。\n\n竞赛分理论和操作两部分,评委现场打分。",
			title: "青山市人民医院举办护理技能竞赛", published: "2021-05-12", authors: []string{"李红"},
			keep: []string{"青山市人民医院\n", "全院120名护士参赛", "评委现场打分"},
			drop: []string{"祝您身体健康", "今天是", "正文内容", "阅读数"},
		},
		{
			name:  "the same, traditional",
			dump:  "今天是  青山市人民醫院祝您身體健康!\n\n正文內容\n\n青山市人民醫院舉辦護理技能競賽\n\n發布時間:2021/5/12  作者:李紅\n\n青山市人民醫院日前舉辦護理技能競賽,全院120名護士參賽。\n\n競賽分理論和操作兩部分,評委現場打分。",
			title: "青山市人民医院举办护理技能竞赛", published: "2021-05-12", authors: []string{"李红"},
			keep: []string{"全院120名护士参赛", "评委现场打分"},
			drop: []string{"祝您身体健康", "正文内容"},
		},
		{
			name:  "a Hong Kong site's date block, the day glued to the month",
			dump:  "Skip to main content\n\n活動\n\n12Mar 2025\n\n青山醫院新翼開幕典禮\n\n青山醫院新翼今日舉行開幕典禮,院方表示新翼將提供三百張病床。\n\n院長感謝各界多年來的支持。",
			title: "青山医院新翼开幕典礼", published: "2025-03-12",
			keep: []string{"新翼将提供三百张病床", "院长感谢各界多年来的支持"},
			drop: []string{"12Mar", "Skip to main content"},
		},
		{
			name:  "a Hong Kong site's date block in Chinese, the day glued to the month",
			dump:  "Skip to main content\n\n新聞稿\n\n123月 2025\n\n青山醫院新翼開幕\n\n青山醫院新翼今日舉行開幕典禮,院方表示新翼將提供三百張病床。\n\n院長感謝各界多年來的支持。",
			title: "青山医院新翼开幕", published: "2025-03-12",
			keep: []string{"新翼将提供三百张病床", "院长感谢各界多年来的支持"},
			drop: []string{"123月"},
		},
		{
			name:  "a Hong Kong release dated day first with slashes",
			dump:  "青山醫院公布服務安排\n\n發布日期:12/3/2025\n\n青山醫院今日公布新服務安排,門診將延長開放時間。\n\n院方呼籲市民預早預約。",
			title: "青山医院公布服务安排", published: "2025-03-12",
			keep: []string{"门诊将延长开放时间"},
		},
		{
			name:      "other stories' headlines after the article, the first asking and exclaiming, traditional",
			dump:      "發布時間:2025/3/2 10:15\n記者王曉明/青山報導\n青山醫院今天宣布擴建急診室,預計明年完工,院長表示將增加二十床觀察病床。\n廣告 更多內容請繼續往下閱讀\n院方指出,擴建期間急診照常服務,請民眾安心就醫。\n廣告 更多內容請繼續往下閱讀\n股市又震盪了?外資狂賣這檔…網友:太誇張!\n青山市長視察新橋工程 強調如期完工\n颱風動態曝光 氣象署估明起影響\n青山夜市人潮回流 攤商笑開懷",
			published: "2025-03-02", authors: []string{"王晓明"},
			keep: []string{"增加二十床观察病床", "请民众安心就医。"},
			drop: []string{"股市又震荡了", "外资狂卖", "视察新桥工程", "夜市人潮"},
		},
		{
			name:  "the same, simplified",
			dump:  "青山医院扩建急诊室\n2025-03-02 来源:青山网\n青山医院今天宣布扩建急诊室,预计明年完工,院长表示将增加二十张观察床位。\n院方指出,扩建期间急诊照常服务,请市民安心就医。\n股市又震荡了?外资狂卖这只…网友:太夸张!\n青山市长视察新桥工程 强调如期完工\n台风动态曝光 气象台估明起影响",
			title: "青山医院扩建急诊室", published: "2025-03-02",
			keep: []string{"增加二十张观察床位", "请市民安心就医。"},
			drop: []string{"股市又震荡了", "视察新桥工程"},
		},
		{
			name:  "a closing question in the article's own paragraph stays",
			dump:  "青山医院扩建急诊室\n2025-03-02 来源:青山网\n青山医院今天宣布扩建急诊室,预计明年完工,院长表示将增加二十张观察床位。\n院方指出,扩建期间急诊照常服务,市民还担心什么?院方会全力保障!\n青山网 版权所有",
			title: "青山医院扩建急诊室", published: "2025-03-02",
			keep: []string{"增加二十张观察床位", "市民还担心什么?院方会全力保障!"},
		},
		{
			name:      "a caption's credit goes, its words stay, traditional",
			dump:      " date 2025-11-29 青山醫院舉行院慶,場面熱鬧溫馨。(記者王曉明攝)\n\n青山醫院今天舉行130週年院慶,衛生局長到場祝賀,感謝院方在疫情期間的協助,院長也感謝全體同仁多年來的付出。\n\n院長胡大明說,醫院不會拒收病人。圖／本報資料照片\n\n院方表示,將持續更新醫療設備,守護民眾健康。",
			published: "2025-11-29",
			keep:      []string{"场面热闹温馨。", "医院不会拒收病人。", "守护民众健康"},
			drop:      []string{"记者王晓明摄", "本报资料照片"},
		},
		{
			name:  "the same, simplified",
			dump:  "青山医院举行院庆\n2025-11-29 来源:青山网\n院长王晓明(右二)为新院区揭牌(青山网 李红摄)\n青山医院今天举行建院70周年院庆,院长感谢全体职工多年来的付出。\n院方表示,将持续更新医疗设备,守护群众健康。",
			title: "青山医院举行院庆", published: "2025-11-29",
			keep: []string{"院长王晓明(右二)为新院区揭牌", "守护群众健康"},
			drop: []string{"李红摄"},
		},
		{
			name:  "a call to follow the site's page closes the story, what it embeds after it goes, traditional",
			dump:  "即時港聞\n\n青山醫院病牀佔用率回升\n\n青山醫院表示,昨日內科病牀佔用率達111%,比前日高。\n\n院方已增加人手,並呼籲市民如非緊急情況應先到診所求診。\n\n掌握最新消息,請Like「青山即時新聞」fb專頁! http://www.example.com/qs\n\n【今日的我】政府話決定改劃作商業地,新報告又話無影響。報道:http://example.com/x\n\nPosted by 青山即時新聞 on Sunday, March 20, 2016",
			title: "青山医院病床占用率回升",
			keep:  []string{"比前日高。", "应先到诊所求诊。"},
			drop:  []string{"掌握最新消息", "今日的我", "Posted by"},
		},
		{
			name:  "the same, simplified: a call to follow the official account",
			dump:  "青山医院举办义诊活动\n发布时间:2023-05-06\n青山医院昨日在中心广场举办义诊活动,30余名专家为市民提供咨询。\n医院表示,今后将定期开展此类活动。\n欢迎关注青山医院微信公众号\n推荐阅读:青山医院新院区开诊,门诊楼投入使用,首日接诊2000人次,市民纷纷点赞。",
			title: "青山医院举办义诊活动", published: "2023-05-06",
			keep: []string{"30余名专家为市民提供咨询。", "定期开展此类活动。"},
			drop: []string{"欢迎关注", "新院区开诊"},
		},
		{
			name:  "a sentence of the story that asks readers to follow stays",
			dump:  "青山医院开通网上预约\n发布时间:2023-05-06\n青山医院即日起开通网上预约,市民可通过医院网站预约挂号。\n院方表示,欢迎市民关注医院微信公众号,了解最新的门诊安排。\n医院还将陆续开通更多便民服务。",
			title: "青山医院开通网上预约", published: "2023-05-06",
			keep: []string{"了解最新的门诊安排。", "更多便民服务。"},
		},
		{
			name:  "a release's back link over it, its date and clock under it, a revision date last",
			dump:  "新闻公报\n\n青山医院管理局关注急诊事件\n\n< 返回\n\n  青山医院管理局今日表示,非常关注青山医院急诊室昨日处理一名病人的事件,并已要求医院提交报告。\n\n  管理局会检讨有关程序和指引,并向公众交代。\n\n\n\n\n2008年12月21日(星期日)\n香港时间18时44分\n\n2019年4月12日",
			title: "青山医院管理局关注急诊事件", published: "2008-12-21",
			keep: []string{"并已要求医院提交报告。", "并向公众交代。"},
			drop: []string{"返回", "香港时间", "2019年4月12日"},
		},
		{
			name:  "the same, traditional",
			dump:  "新聞公報\n\n青山醫院管理局關注急診事件\n\n< 返回\n\n  青山醫院管理局今日表示,非常關注青山醫院急診室昨日處理一名病人的事件,並已要求醫院提交報告。\n\n  管理局會檢討有關程序和指引,並向公眾交代。\n\n\n\n\n2008年12月21日(星期日)\n香港時間18時44分\n\n2019年4月12日",
			title: "青山医院管理局关注急诊事件", published: "2008-12-21",
			keep: []string{"并已要求医院提交报告。", "并向公众交代。"},
			drop: []string{"返回", "香港时间"},
		},
		{
			name:  "a ticker's stories over the headline, a news player between them, traditional",
			dump:  " date 2025-11-01 快訊\n\n某某黨主席就任 多位首長出席\n\n資深歌手自曝脾氣差 與兒子斷聯10年\n\n聽新聞\n0:00 / 0:00\n\n青山醫院百件故事 看見醫療的溫柔\n\n聯合報／ 記者王曉明／台北即時報導\n青山醫院與藥廠合作徵集醫療現場故事,共收到155件投稿,院方表示將集結成書。\n\n院長指出,每個故事都呈現醫療現場的溫度與人性光芒。",
			title: "青山医院百件故事 看见医疗的温柔", published: "2025-11-01", authors: []string{"王晓明"},
			keep: []string{"共收到155件投稿", "人性光芒。"},
			drop: []string{"党主席就任", "资深歌手", "听新闻", "0:00"},
		},
		{
			name: "a page's length and reading time over its text, traditional",
			dump: "本篇文章875字,讀完約2分鐘\n青山醫院日前舉行頒獎儀式,院方表示將持續提升服務品質,守護鄉親健康。\n院長感謝全體同仁多年來的付出,並期勉大家繼續努力。",
			keep: []string{"守护乡亲健康。"},
			drop: []string{"875字", "读完约2分钟"},
		},
		{
			name:  "a press office's release, traditional",
			dump:  "跳至主要內容\n\n青山醫院管理局歡迎撥款獲通過\n***************\n下稿代青山醫院管理局發出︰\n\n  青山醫院管理局今日歡迎財務委員會通過三項醫院工程撥款,令更多市民受惠。\n\n  管理局會緊密監督工程進度,令工程如期完成。\n\n2018年5月18日(星期五)\n香港時間18時23分",
			title: "青山医院管理局欢迎拨款获通过", published: "2018-05-18",
			keep: []string{"令更多市民受惠", "令工程如期完成"},
			drop: []string{"跳至主要内容", "下稿代"},
		},
		{
			name:  "the same release, simplified",
			dump:  "跳至主要内容\n\n青山医院管理局欢迎拨款获通过\n下稿代青山医院管理局发出:\n\n  青山医院管理局今日欢迎财务委员会通过三项医院工程拨款,令更多市民受惠。\n\n2018年5月18日(星期五)",
			title: "青山医院管理局欢迎拨款获通过", published: "2018-05-18",
			keep: []string{"令更多市民受惠"},
			drop: []string{"跳至主要内容", "下稿代"},
		},
		{
			name:  "a ticker's other stories between its label and the headline, traditional",
			dump:  " date 2025-11-29 快訊\n\n綠水市長今晚出席音樂會 市民熱烈響應\n\n颱風明日登陸東部 各地嚴陣以待\n\n青山醫院90周年慶 短片回顧百年足跡\n\n某某社／ 青山29日電\n\n青山醫院今天舉辦90週年院慶,院方製作短片回顧百年歷史。\n\n院長表示,醫院將持續守護鄉親健康。",
			title: "青山医院90周年庆 短片回顾百年足迹", published: "2025-11-29",
			keep: []string{"青山医院今天举办90周年院庆", "持续守护乡亲健康"},
			drop: []string{"音乐会", "台风"},
		},
		{
			name:  "the site's clock over its menu, the story's date on the poster's line",
			dump:  "2025-07-03\n  • 头条\n  • 财经\n  • 社会\n  • 生活\n\n青山医院举办建院70周年纪念活动\n\n某某传媒 总社长王晓明 2015-11-17\n\n" + lead + "\n" + second,
			title: "青山医院举办建院70周年纪念活动", published: "2015-11-17",
			keep: []string{"始建于1950年"},
			drop: []string{"总社长", "头条"},
		},
		{
			name:  "a breadcrumb glued with dashes before the headline, which the page repeats",
			dump:  "新闻中心- 医院新闻- 青山医院召开职工代表大会\n\n青山医院召开职工代表大会\n\n2015-07-23 阅读量:682 作者: 作者科室: 编辑: 编辑科室:\n" + lead + "\n" + second + "(院办)",
			title: "青山医院召开职工代表大会", published: "2015-07-23",
			keep: []string{"始建于1950年", "设有临床科室40个。"},
			drop: []string{"新闻中心", "阅读量", "(院办)"},
		},
		{
			name:  "writers in the article's info list, a banner's wish; a dotted European date",
			dump:  "青山市人民医院|青山大学临床学院 祝您健康!\n\n设为首页  |\n\n青山医院举办学术年会\n\n  • 16.09.2014\n  • 铁强|李红\n  • 青山医院\n\n" + lead + "\n" + second,
			title: "青山医院举办学术年会", published: "2014-09-16", authors: []string{"铁强", "李红"},
			keep: []string{"青山市人民医院|青山大学临床学院", "始建于1950年"},
			drop: []string{"祝您健康", "铁强"},
		},
		{
			name:  "the same, traditional",
			dump:  "青山市人民醫院|青山大學臨床學院 祝您健康!\n\n青山醫院舉辦學術年會\n\n  • 2014-09-16\n  • 鐵強|李紅\n\n青山市人民醫院始建於1950年,是一所三級甲等綜合醫院。\n醫院現有職工2000餘人,開放床位1500張。",
			title: "青山医院举办学术年会", published: "2014-09-16", authors: []string{"铁强", "李红"},
			keep: []string{"青山市人民医院|青山大学临床学院", "开放床位1500张"},
			drop: []string{"祝您健康", "铁强"},
		},
		{
			name:  "an office's credit for the words and pictures over the editor's line",
			dump:  "青山医院党委召开学习会\n\n" + lead + "\n\n" + second + "\n\n文、图:党委办公室\n\n编辑:王晓明",
			title: "青山医院党委召开学习会",
			keep:  []string{"设有临床科室40个。"},
			drop:  []string{"党委办公室", "编辑"},
		},
		{
			name:  "the same, traditional",
			dump:  "青山醫院黨委召開學習會\n\n青山市人民醫院始建於1950年,是一所三級甲等綜合醫院。\n\n醫院現有職工2000餘人,開放床位1500張。\n\n文、圖:黨委辦公室\n\n編輯:王曉明",
			title: "青山医院党委召开学习会",
			keep:  []string{"开放床位1500张"},
			drop:  []string{"党委办公室", "编辑"},
		},
		{
			name:  "a mirror's closing credit whose brackets mojibake turned to question marks, traditional",
			dump:  "青山醫院獲評先進集體\n\n發布時間:2024-02-26\n\n青山市人民醫院始建於1950年,是一所三級甲等綜合醫院。\n\n醫院現有職工2000餘人,開放床位1500張。\n\n?王曉明/?\n\n[審稿:陳 勇  責編:李紅]",
			title: "青山医院获评先进集体", published: "2024-02-26", authors: []string{"王晓明"},
			keep: []string{"开放床位1500张"},
			drop: []string{"王晓明", "审稿"},
		},
		{
			name:  "an honours list inside the article: counted headings, a title with its winners; the writer's hospital in the closing credit, traditional",
			dump:  "青山醫院表彰先進\n\n青山市人民醫院始建於1950年,是一所三級甲等綜合醫院。\n\n一、先進集體(3個)\n內科 外科 兒科\n\n優秀護士 王曉明 李紅 張偉\n\n醫院將繼續努力,為群眾提供更好的服務。(青山縣中醫院 趙敏)\n\n(李紅 攝)",
			title: "青山医院表彰先进", authors: []string{"赵敏"},
			keep: []string{"内科 外科 儿科", "优秀护士 王晓明 李红 张伟", "提供更好的服务。"},
			drop: []string{"青山县中医院", "摄"},
		},
		{
			name:  "the same, simplified, with a lead-in colon and a tag the dump cut",
			dump:  "青山医院表彰先进\n\n" + lead + "\n\n获奖科室如下:\n内科 外科 儿科\n\n" + second + "</",
			title: "青山医院表彰先进",
			keep:  []string{"内科 外科 儿科", "设有临床科室40个。"},
			drop:  []string{"</"},
		},
		{
			name:  "the date with the site's origin note glued after it",
			dump:  "青山医院召开座谈会\n2013-12-11 00:00本站原创\n" + lead + "\n" + second,
			title: "青山医院召开座谈会", published: "2013-12-11",
			keep: []string{"始建于1950年"},
			drop: []string{"本站原创"},
		},
		{
			name:  "the same, traditional",
			dump:  "青山醫院召開座談會\n2013-12-11 00:00本站原創\n青山市人民醫院始建於1950年,是一所三級甲等綜合醫院。\n醫院現有職工2000餘人,開放床位1500張。",
			title: "青山医院召开座谈会", published: "2013-12-11",
			keep: []string{"开放床位1500张"},
			drop: []string{"原创"},
		},
		{
			name:  "a fields line spaced as widely as a ticker, traditional",
			dump:  "青山醫院召開座談會\n\n發布時間:2026-01-17   文章來源:宣傳部    作者:王曉明   責任編輯:李紅   (點擊:)\n\n青山市人民醫院始建於1950年,是一所三級甲等綜合醫院。\n醫院現有職工2000餘人,開放床位1500張。",
			title: "青山医院召开座谈会", published: "2026-01-17", authors: []string{"王晓明"},
			keep: []string{"开放床位1500张"},
			drop: []string{"宣传部", "点击"},
		},
		{
			name:  "a fields line with 发布于",
			dump:  "青山医院召开座谈会\n作者:王晓明 发布于:2019年01月31日 10:22 阅读:123次\n" + lead + "\n" + second,
			title: "青山医院召开座谈会", published: "2019-01-31", authors: []string{"王晓明"},
			keep: []string{"始建于1950年"},
			drop: []string{"阅读"},
		},
		{
			name:  "a Hong Kong site's English byline with the date glued on, empty publish and update fields, traditional",
			dump:  "By 王曉明2022-12-09 03:48\n\n青山醫院急症室暫停服務\n\n出版:更新:\n\n青山市人民醫院始建於1950年,是一所三級甲等綜合醫院。\n醫院現有職工2000餘人,開放床位1500張。",
			title: "青山医院急症室暂停服务", published: "2022-12-09", authors: []string{"王晓明"},
			keep: []string{"开放床位1500张"},
			drop: []string{"By", "出版", "更新"},
		},
		{
			name:  "an English name after By",
			dump:  "青山医院急症室暂停服务\nBy Cynthia Wong 2022-03-09 10:18\n" + lead + "\n" + second,
			title: "青山医院急症室暂停服务", published: "2022-03-09", authors: []string{"Cynthia Wong"},
			keep: []string{"始建于1950年"},
			drop: []string{"Cynthia"},
		},
		{
			name:  "a notice's deadline is not the page's date, traditional",
			dump:  "青山醫院舉辦徵文活動\n截止日期:2024-05-01\n青山市人民醫院始建於1950年,是一所三級甲等綜合醫院。\n醫院現有職工2000餘人,開放床位1500張。",
			title: "青山医院举办征文活动",
			keep:  []string{"开放床位1500张"},
		},
		{
			name:  "the update date where a deadline stands beside it",
			dump:  "青山医院举办征文活动\n信息发布:某某网    点击次数:8708     更新时间:2024-04-14    截止日期:2024-05-01\n" + lead + "\n" + second,
			title: "青山医院举办征文活动", published: "2024-04-14",
			keep: []string{"始建于1950年"},
			drop: []string{"截止日期"},
		},
		{
			name: "a Taiwan local news site: the clock in 西元, a glued menu, a directory, a toolbar, the outlet and reporter before the update field",
			dump: "今天是西元 2024 年 05 月 06 日 星期一 ★ 徵公民 / 特約記者 | 註冊 | 會員登入\n首頁政治社會美食旅遊生活校園活動健康\n" +
				"地區新聞網:東城西城南城北城新城老城\n首頁 > 生活 > 新聞內文\n列印  轉寄好友  分享:  字級設定:\n青山醫院榮獲公共建設金擘獎\n \n" +
				"某某地方新聞/記者 王曉明/更新日期: 2015-10-19 19:04:05\n圖片來源:青山醫院 提供\n \n" +
				"青山市人民醫院始建於1950年,是一所三級甲等綜合醫院。\n醫院現有職工2000餘人,開放床位1500張。",
			title: "青山医院荣获公共建设金擘奖", published: "2015-10-19",
			keep: []string{"开放床位1500张"},
			drop: []string{"今天是", "首页政治", "东城西城", "转寄", "字级", "更新日期", "图片来源"},
		},
		{
			name:  "a Q&A page's answer tab, an ad's id, a wiki's edit links",
			dump:  "青山医院简介\n\n推荐回答(1个)\n\n[编辑]" + lead + "\nS 24485944\n" + second + "[编辑]",
			title: "青山医院简介",
			keep:  []string{"始建于1950年", "设有临床科室40个。"},
			drop:  []string{"推荐回答", "24485944", "[编辑]"},
		},
		{
			name:  "the editor's credit glued to the last paragraph, a table's empty cell after it",
			dump:  "青山医院召开座谈会\n" + lead + "\n座谈会后,调研组实地了解科室的运行情况。 (责任编辑:王晓明) |",
			title: "青山医院召开座谈会",
			keep:  []string{"实地了解科室的运行情况。"},
			drop:  []string{"责任编辑", "王晓明"},
		},
		{
			name:  "the same, traditional",
			dump:  "青山醫院召開座談會\n青山市人民醫院始建於1950年,是一所三級甲等綜合醫院。\n座談會後,調研組實地瞭解科室的運行情況。 (責任編輯:王曉明) |",
			title: "青山医院召开座谈会",
			keep:  []string{"科室的运行情况。"},
			drop:  []string{"责任编辑", "王晓明"},
		},
		{
			name:    "the writer's name alone between the last paragraph and the footer, traditional",
			dump:    "1月10日,市委書記來我院調研,先後參觀了急診、門診和住院部。\n書記親切地與醫務人員握手,詢問了大家的工作情況。\n王曉明\nCopyright ? 2024 http://www.example.com 青山市人民醫院 版權所有",
			authors: []string{"王晓明"},
			keep:    []string{"询问了大家的工作情况。"},
			drop:    []string{"王晓明", "Copyright"},
		},
		{
			name:  "the same, simplified: a name the story speaks of is no signature",
			dump:  "青山医院召开座谈会\n1月10日,院长王晓明主持召开座谈会,全院中层干部参加。\n会议对下一步工作进行了部署。\n王晓明\n版权所有 青山市人民医院",
			title: "青山医院召开座谈会",
			keep:  []string{"进行了部署。"},
		},
		{
			name:      "a photo's caption glued before the agency's lead, filed days after the page's header date, traditional",
			dump:      " date 2025-12-08 青山醫院院長王曉明(右二)當日會見傳媒,介紹服務安排詳情(某某社 李紅攝) 某某社香港12月12日電(記者 李紅)青山醫院12月11日起分階段投入服務,首年提供門診服務。\n\n院長表示,醫院首日的運作大致暢順。",
			published: "2025-12-12", authors: []string{"李红"},
			keep: []string{"青山医院12月11日起分阶段投入服务", "运作大致畅顺。"},
		},
	}
	c := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := c.Clean("page.txt", []byte(tt.dump))
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.Published != tt.published {
				t.Errorf("title %q published %q; want %q %q", a.Title, a.Published, tt.title, tt.published)
			}
			if tt.authors == nil {
				tt.authors = []string{}
			}
			if !reflect.DeepEqual(a.Authors, tt.authors) {
				t.Errorf("authors %v, want %v", a.Authors, tt.authors)
			}
			checkText(t, a.Text, tt.keep, tt.drop)
		})
	}
}

func TestEnglishByline(t *testing.T) {
	tests := []struct {
		in    string
		names []string
		ok    bool
	}{
		{"王晓明2022-12-09 03:48", []string{"王晓明"}, true},
		{"王晓明 李红", []string{"王晓明", "李红"}, true},
		{"Cynthia Wong2022-12-09 03:48", []string{"Cynthia Wong"}, true},
		{"2025 the hospital will open", nil, false},
		{"the end of the year", nil, false},
		{"王晓明2022-12-09 在医院", nil, false},
	}
	for _, tt := range tests {
		names, ok := englishByline(tt.in)
		if ok != tt.ok || !reflect.DeepEqual(names, tt.names) {
			t.Errorf("englishByline(%q) = %v %v, want %v %v", tt.in, names, ok, tt.names, tt.ok)
		}
	}
}

func TestFiledAfter(t *testing.T) {
	tests := []struct{ published, lead, want string }{
		{"2025-12-08", "某某社香港12月12日电(记者 王晓明)青山医院今日开幕。", "2025-12-12"},
		{"2025-12-12", "某某社香港12月12日电 青山医院今日开幕。", "2025-12-12"},
		// Filed before the header's date: the header stands.
		{"2025-12-20", "某某社香港12月12日电 青山医院今日开幕。", "2025-12-20"},
		// More than a month apart: no telling, the header stands.
		{"2025-10-01", "某某社香港12月12日电 青山医院今日开幕。", "2025-10-01"},
		{"2025-12-08", "12月12日,青山医院开幕。", "2025-12-08"},
		{"", "某某社香港12月12日电 青山医院今日开幕。", ""},
	}
	for _, tt := range tests {
		if got := filedAfter(tt.published, tt.lead); got != tt.want {
			t.Errorf("filedAfter(%q, %q) = %q, want %q", tt.published, tt.lead, got, tt.want)
		}
	}
}
