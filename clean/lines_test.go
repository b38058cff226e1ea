package clean

import (
	"strings"
	"testing"
)

func TestClassifyLine(t *testing.T) {
	tests := []struct {
		in   string
		want lineKind
	}{
		{"", kindBlank},
		{"青山市人民医院建院六十周年庆祝大会举行", kindHeadline},
		{"党建有活力 发展添动力", kindHeadline},
		{"【喜报】我院获评省级文明单位!快来看看", kindHeadline},
		{"青山市人民医院始建于1950年,是一所三级甲等综合医院,现有职工2000人。", kindProse},
		{"医院现有党员300名,下设10个党支部,", kindProse},
		{"首页 > 新闻中心 > 正文", kindBreadcrumb},
		{"首页 >> 医院动态 >> 院内新闻", kindBreadcrumb},
		{"首頁 > 新聞中心 > 正文", kindBreadcrumb},
		{"您的位置:", kindBreadcrumb},
		{"当前位置: 首页医院动态医院新闻正文", kindBreadcrumb},
		{"您现在的位置:某某网 > 健康 > 正文", kindBreadcrumb},
		{"首页 - 医院概况 - 医院新闻", kindBreadcrumb},
		{"首页 > 新闻中心", kindBreadcrumb},
		{"阅读 1234", kindWidget},
		{"长按识别二维码 关注我们", kindWidget},
		{"网站首页 / 新闻中心 / 院务公开", kindBreadcrumb},
		{"医院概况 | 新闻中心 | 科室导航 | 专家介绍", kindNavBar},
		{"东城区 西城区 南城区 北城区 新城区 老城区", kindNavBar},
		{"医院新闻", kindLabel},
		{"院内新闻", kindLabel},
		{"摘要", kindLabel},
		{"论文部分内容阅读", kindLabel},
		{"部分内容预览", kindLabel},
		{"2021-06-29 10:30", kindDate},
		{"2021", kindDate},
		{"02/22", kindDate},
		{"2023/11/25 14:03(11/25 15:26 更新)", kindDate},
		{"2021年6月29日 星期二", kindDate},
		{"发布时间:2021-06-29 09:27:41    浏览:7593", kindFields},
		{"发布日期:2021-06-29    作者:     来源: 某某网      点击:", kindFields},
		{"时间:2021-06-29 14:04来源:某某网", kindFields},
		{"作者: | 来源:本网 | 时间:2021-06-29 点击数:- 分享到:", kindFields},
		{"example.com  2022-03-14 08:12:45 来源:青山医院  发表评论", kindFields},
		{"来源:院办公室  发表时间:2021-06-29 11:17 浏览次数:2763", kindFields},
		{"文章来源: 日期:2021-06-29", kindFields},
		{"(来源:某某网-某某晚报)", kindFields},
		{"据悉,项目资金来源:省财政补助与医院自筹,总投资3亿元。", kindProse},
		{"记者 王晓明 通讯员 李红", kindByline},
		{"date 2021-06-29 记者王晓明/台北报导", kindByline},
		{"责任编辑:李红", kindEditor},
		{"• 责任编辑:李红     关键字:医院,文明,单位", kindEditor},
		{"审核:张伟", kindEditor},
		{"一审:张伟 二审:李红 三审:王刚", kindEditor},
		{"实习编辑:李红", kindEditor},
		{"见习编辑 王晓明", kindEditor},
		{"本文章由注册用户上传提供", kindFooter},
		{"本文由网友上传,如有侵权请联系删除", kindFooter},
		{"| 无障碍访问 | English", kindNavBar},
		{"无障碍 繁体 English", kindNavBar},
		{"相关新闻", kindRelated},
		{"新闻推荐", kindRelated},
		{"相关推荐:", kindRelated},
		{"热点图片", kindRelated},
		{"分享到:", kindFields},
		{"广告 广告", kindWidget},
		{"[1] [2]  下一页", kindWidget},
		{"我来说两句", kindWidget},
		{"手机查看", kindWidget},
		{"青山讯", kindByline},
		{"本报青山讯", kindByline},
		{"喜讯", kindLabel},
		{"医院快讯", kindLabel},
		{"楼主 |", kindWidget},
		{"显示全部楼层", kindWidget},
		{"查看: 3985|回复: 12", kindWidget},
		{"回到网页上方", kindWidget},
		{"回到顶部", kindWidget},
		{"发表于 2022-7-14 17:49 | 显示全部楼层 |阅读模式 | 来自安徽", kindDate},
		{"发表于 2021-3-2 08:15 | 只看该作者 | IP属地:浙江", kindDate},
		{"发表于 2021-3-2 08:15 | 医院新闻 | 来自安徽", kindNavBar},
		{"某某娱乐城官网", kindJunk},
		{"久久精品国产在线观看|日韩高清|一区二区三区", kindJunk},
		{"• 打印", kindWidget},
		{"打印纸张 字号选择:大 行高 不带图打印 返回原文", kindWidget},
		{"字体大小:超大 大 中 小 【打印本页】", kindWidget},
		{"Loading...", kindWidget},
		{"党建,荣誉,医院,文化,县域", kindWidget},
		{"43501613271617908", kindJunk},
		{"CIMG0024", kindJunk},
		{"加入LINE好友", kindWidget},
		{"青山新闻LINE@每日推播热门推荐文章,新闻不漏接", kindWidget},
		{"DSC_1234.JPG", kindJunk},
		{"IMG_20210629_1030", kindJunk},
		{"hospital-front.jpg", kindJunk},
		{"http://www.example.com", kindJunk},
		{"![](http://img.example.com/a.jpg)", kindJunk},
		{"注册时间:2019-01-01 最后登录:2021-06-29", kindJunk},
		{"本站使用cookie以改善浏览体验,继续访问即视为同意。", kindNotice},
		{"This browser is not supported. Switch to the English edition?", kindNotice},
		{"こちらは日本語版です。", kindNotice},
		{"您的浏览器暂时无法播放此视频.", kindNotice},
		{"Copyright © 青山市人民医院 版权所有", kindFooter},
		{"地址:青山市人民路1号 电话:0000-1234567", kindFooter},
		{"版权与免责声明:凡本网注明“来源:某某网”的作品,未经授权不得转载。", kindFooter},
		{"免责声明:本文仅代表作者个人观点,与本站立场无关。", kindFooter},
		{"声明:文中内容未经本站核实,本站不作任何保证,请读者仅作参考。", kindFooter},
		{"注:因版权方要求,本文图片不得转载。", kindFooter},
		{"图为庆典现场。", kindCaption},
		{"医院获评先进集体。(图/青山医院提供)", kindCaption},
		{"青山医院始建于1952年,坐落于青山脚下,... [ 详细 ]", kindTeaser},
		{"result = client.connect(host).query(table)", kindHeadline}, // code, not a prompt
		// Section labels ending in a colon; a headline never does.
		{"最新消息:", kindLabel},
		{"百年征程:", kindLabel},
		{"医院简介：", kindLabel},
		{"青山医院党委书记王晓明:", kindProse}, // too long for a label: a paragraph broken at its colon
		// A menu between bars, one item a ticker's headline.
		{"◎首页 |◎新闻 |◎青山医院新院区启用典礼 |", kindNavBar},
		{"天气 | 青山市人民医院新院区今日启用 | 社保 | 公积金", kindNavBar},
		{"健康讲堂 | 第12期 | 青山医院专家谈高血压防治", kindHeadline},
		{"义诊 | 青山医院专家走进社区为居民健康护航", kindHeadline},
		// A breadcrumb from the home page with tight hyphens or slashes.
		{"首页-党建园地-工作动态", kindBreadcrumb},
		{"首页/新闻中心/医院新闻", kindBreadcrumb},
		{"首页-青山医院举行第一届职工运动会开幕式-精彩纷呈", kindHeadline}, // a step too long for a trail
		// A share bar, and what a dump runs on after it.
		{"关键字 Facebook WhatsApp WeChat 微博 Twitter 电邮 文字 列印 上一篇 青山医院举办义诊活动 下一篇 白水医院新楼封顶 最新回应", kindWidget},
		{"分享 Facebook Twitter LINE Email 列印 上一則 青山醫院舉辦義診", kindWidget},
		{"Facebook 上的青山医院专页今日发布新院区启用消息,市民反应热烈。", kindProse},
		// A gallery's files listed on one line.
		{"http://www.example.com/files/a_1.jpg http://www.example.com/files/b_2.jpg http://www.example.com/files/c_3.jpg", kindJunk},
		// A page's length and reading time over the text.
		{"本篇文章875字,读完约2分钟", kindWidget},
		{"全文约1200字 阅读时间约3分钟", kindWidget},
		{"预计阅读时间 3 分钟", kindWidget},
		{"本文共3000字", kindWidget},
		{"青山医院急诊平均候诊时间缩短至15分钟", kindHeadline},
		// A release's back link; a headline about going back stays.
		{"< 返回", kindWidget},
		{"« 返回上一页", kindWidget},
		{"康复患者返回家乡过年", kindHeadline},
		// Welcome lines and the site's clock.
		{"欢迎您访问青山医院官网 今天是:", kindWidget},
		{"欢迎光临青山人民医院", kindWidget},
		{"今天是2023年5月6日 星期六", kindWidget},
		{"现在是:", kindWidget},
		{"今天是护士节,医院为护士们送上祝福。", kindProse},
		{"今天是  青山市人民医院祝您身体健康!家庭幸福!", kindWidget},
		{"今天是: 青山醫院祝您早日康復!", kindWidget},
		{"今天是护士节,祝您节日快乐!", kindHeadline}, // no blank after the clock: no greeting
		{"2023-05-06-星期六", kindDate},
		// Search terms joined by underscores.
		{"青山体检_青山体检哪家好_青山体检价格", kindWidget},
		{"青山医院_新闻中心", kindHeadline},
		{"青山医院举行职工大会_医院新闻_青山网", kindHeadline},
		{"2021年6月29日 星期二 欢迎您!", kindWidget},
		{"您好,欢迎访问青山医院!", kindWidget},
		{"(完)", kindWidget},
		{"【完】", kindWidget},
		{"首页 · 新闻 · 院务公开 · 党建", kindNavBar},
		{"约翰·史密斯教授来院讲学", kindHeadline},
		{"http://www.example.com.cn 2021年06月29日10:30 青山网", kindDate},
		{"2021-06-29 10:30:00 | 来源: 青山日报 | 作者: 王晓明", kindFields},
		{"官方微信公众号", kindWidget},
		{"2021.06.29", kindDate},
		{"【发布时间:2021-06-29】【来源:青山医院】【字体:大 中 小】", kindFields},
		{"[日期:2021-06-29]   [字体:大 中 小]", kindFields},
		{"« 返回前页列印", kindWidget},
		{"支付宝生活号", kindWidget},
		{"请继续往下阅读...", kindWidget},
		{"急诊急救电话:0000-8899120", kindFooter},
		{"咨询、投诉电话:(0000)8890053", kindFooter},
		{"医院开通咨询电话:0000-8890053,方便患者预约。", kindProse},
		{"发刊日期:2019年01月31日> > 总第390期 > 第A4版 > 新闻内容", kindFields},
		{"新闻作者:本报  发布时间:2019年01月31日  查看次数:  放大 缩小 默认", kindFields},
		// A photo's era as its caption.
		{"1998年的青山医院", kindCaption},
		{"上世纪60年代的青山医院(青山县卫生院)", kindCaption},
		{"20 世纪50 年代的青山县人民医院门诊楼", kindCaption},
		{"2021年的青山医院迎来大发展", kindHeadline},
		// An agency's dateline without a reporter.
		{"某某社/ 青山29日电", kindByline},
		{"某某网青山6月29日讯", kindByline},
		{"某某网青山6月29日电 (记者 王晓明)", kindByline},
		{"新华社青山6月29日电", kindByline},
		// A channel and its section; a journal's trail between spaces.
		{"健康 > 医疗新知", kindBreadcrumb},
		{"健康 > 醫療新知", kindBreadcrumb},
		{"首页 期刊 青山医学 论医院文化建设 【正文】", kindBreadcrumb},
		{"血压 > 140 需就医", kindHeadline},
		{"#青山医院", kindLabel},
		{"＃青山醫院", kindLabel},
		{"某某游戏新版本上线!   某某公司成立新部门   手机新品降价促销   独立游戏盛会确定举行   新年扭蛋活动开跑", kindNavBar},
		{"青山医院召开大会。  院长作报告。  全院职工参加。  会议圆满结束。  大家深受鼓舞。", kindProse},
		{"您即将进入之新闻内容 需满18岁 方可浏览。", kindNotice},
		{"日期2022-01-27", kindDate},
		{"国家老年疾病临床医学研究中心National Clinical Research Center for Geriatric Diseases", kindHeadline},
		{"國家老年疾病臨床醫學研究中心National Clinical Research Center for Geriatric Diseases", kindHeadline},
		{"时间 2021-06-29 10:30", kindDate},
		{"健康首页 新闻快报 医疗前线 名医专家 养生 男女老幼 伤病 心理 护眼 青山健康粉丝团", kindNavBar},
		// Skip links, a folded summary's toggle, report buttons, a site's
		// named counter, a press office's note over a release.
		{"跳至主要内容", kindWidget},
		{"移至主内容", kindWidget},
		{"点击显示 收起", kindWidget},
		{"检举", kindWidget},
		{"PeoPo推 2", kindWidget},
		{"下稿代青山市医院管理局发出:", kindWidget},
		{"下稿代青山市卫生局发出︰", kindWidget},
		{"我院推进检举制度改革", kindHeadline},
		{"青山医院收起帐篷撤离灾区", kindHeadline},
		// An office credited with the words and pictures; writers listed
		// in an info list; a closing credit whose brackets mojibake lost.
		{"文、图:党委办公室", kindByline},
		{"图文/宣传科", kindByline},
		{"• 王晓明|李红", kindByline},
		{"• 铁强|李红", kindByline},
		{"?王晓明/?", kindByline},
		{"图片来源:青山医院 提供", kindByline},
		{"来源丨青山日报", kindFields},
		{"编辑 | 李红", kindEditor},
		{"来源 | 青山医院 | 健康 | 新闻", kindFields},
		{"首页政治社会美食旅游生活健康学习", kindNavBar},
		{"地区新闻网:东城西城南城北城新城老城", kindNavBar},
		{"首页医院新闻", kindLabel},
		{"(王晓明 摄)", kindByline},
		{"（王晓明、李红 摄影）", kindByline},
		{"(图为院长王晓明看望患者 李红 摄)", kindCaption},
		{"王晓明|李红", kindHeadline},
		{"• 首页|新闻", kindWidget},
	}
	for _, tt := range tests {
		if got := classifyLine(tt.in).kind; got != tt.want {
			t.Errorf("classifyLine(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// A dump that breaks off inside the table's last row keeps the row.
func TestClassifyLinesTruncatedLastRow(t *testing.T) {
	lines := strings.Split(`排名 | 医院名称 | 得分 |
1 | 青山大学附属医院 | 96.4 |
2 | 绿水市人民医院 | 89.6 |
3 | 白云市第一医院 | 73.8`, "\n")
	got := classifyLines(lines)
	if got[3].kind != kindTableRow {
		t.Errorf("truncated last row %q = %s, want %s", got[3].text, got[3].kind, kindTableRow)
	}
	// Not the last line: a shorter line after the table is its own.
	lines = append(lines[:3], "3 | 白云市第一医院 | 73.8", "青山医院位列第一。")
	if got := classifyLines(lines); got[3].kind == kindTableRow {
		t.Errorf("shorter row before more text %q = %s", got[3].text, got[3].kind)
	}
}

func TestClassifyLinesTable(t *testing.T) {
	lines := strings.Split(`榜单显示,青山省入围医院数量最多,绿水省次之,这说明基层医院发展较快。
排名 医院 得分 所在省 市
1 青山大学附属医院 912.40 青山 东城
2 绿水市人民医院 856.12 绿水 西城

3 白云市第一医院 874.05 白云 南城
医院概况 | 新闻中心 | 科室导航 | 专家介绍`, "\n")
	want := []lineKind{kindProse, kindTableRow, kindTableRow, kindTableRow, kindBlank, kindTableRow, kindNavBar}
	got := classifyLines(lines)
	for i, c := range got {
		if c.kind != want[i] {
			t.Errorf("line %d %q = %s, want %s", i, c.text, c.kind, want[i])
		}
	}
	// One row alone is a list entry, not a table.
	if k := classifyLines([]string{"0 4 青山县人民医院"})[0].kind; k == kindTableRow {
		t.Errorf("a lone row classified as %s", k)
	}
}
