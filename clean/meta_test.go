package clean

import (
	"reflect"
	"strings"
	"testing"
)

func TestFields(t *testing.T) {
	tests := []struct {
		in   string
		lead string
		want []field
	}{
		{"发布日期:2021-06-29    作者:     来源: 某某网      点击:", "",
			[]field{{"发布日期", "2021-06-29"}, {"作者", ""}, {"来源", "某某网"}, {"点击", ""}}},
		{"时间:2021-06-29 14:04来源:某某网", "", []field{{"时间", "2021-06-29 14:04"}, {"来源", "某某网"}}},
		{"example.com 2021-06-29 来源:青山医院", "example.com 2021-06-29", []field{{"来源", "青山医院"}}},
		{"作者: | 来源:本网 | 时间:2021-06-29 点击数:-", "", []field{{"作者", ""}, {"来源", "本网"}, {"时间", "2021-06-29"}, {"点击数", "-"}}},
		{"青山医院", "青山医院", nil},
		// A label that names its object first: 本页, 本文 belong to the label.
		{"来源:党委办公室 作者:王 明 本页责编:李红,张强", "", []field{{"来源", "党委办公室"}, {"作者", "王 明"}, {"责编", "李红,张强"}}},
		{"发布时间:2021-06-29 本文来源:宣传科 作者:王晓明", "", []field{{"发布时间", "2021-06-29"}, {"来源", "宣传科"}, {"作者", "王晓明"}}},
	}
	for _, tt := range tests {
		lead, fs := fields(tt.in)
		if lead != tt.lead || !reflect.DeepEqual(fs, tt.want) {
			t.Errorf("fields(%q) = %q %v, want %q %v", tt.in, lead, fs, tt.lead, tt.want)
		}
	}
}

func TestIsFieldLine(t *testing.T) {
	for in, want := range map[string]bool{
		"来源:某某网 2021-06-29 18:47   https://www.example.com/": true,
		"发布时间:2021-06-29 09:27:41    浏览:7593":                true,
		"nd.example.com  2022-03-14 08:12:45 来源:青山医院  发表评论":  true,
		"据介绍,资金来源:省财政补助。":                                    false,
		"项目的资金来源:省财政补助与医院自筹两部分":                              false,
		"青山医院": false,
		"2021-06-29 10:30:00 | 来源: 青山日报 | 作者: 王晓明": true,
	} {
		if got := isFieldLine(in); got != want {
			t.Errorf("isFieldLine(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestIsDateLine(t *testing.T) {
	for in, want := range map[string]bool{
		"2021": true, "02/22": true, "2021-06-29 10:31": true, "2021年6月29日 星期二": true,
		"2023/11/25 14:03(11/25 15:26 更新)": true, "二〇二一年六月二十九日": true,
		"5月28日,大会举行": false, "2021年医院工作总结": false, "": false,
		"2021-06-29 星期二 农历五月二十": true, "2022年1月31日 星期一 农历腊月廿九": true,
		"发表于 2021-6-9 08:15": true, "发布于 2021年6月9日": true, "发表于国家级期刊": false,
		"06/30/2023": true, "2023-06-30T09:12:00+08:00": true, "2023-06-30T09:12:00Z": true, "Jun 30, 2023 09:12": true,
		"30 June 2023": true, "中华民国112年6月30日": true, "June 30, 2023 Qingshan Hospital": false, "Version 2.0 2023": false,
	} {
		if got := isDateLine(in); got != want {
			t.Errorf("isDateLine(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestIsSourceDateLine(t *testing.T) {
	for in, want := range map[string]bool{
		"http://www.example.com.cn 2005年09月21日11:00 青山网": true,
		"2021-06-29  |   3581   |":                       true, "2021年6月29日 丨 1024": true, "2021 | 2022 | 2023": false,
		"青山日报 2021-06-29":                        true,
		"2021-06-29 10:30 | 青山晚报":                true,
		"青山医院 2021-06-29":                        true, // the hospital signs its news
		"2021-06-29 10:30 青山医院宣传科":               true,
		"2021.06.29 青山日报":                        true,
		"青山日报":                                   false,
		"2021-06-29 青山医院举行大会":                    false,
		"2021-06-29 王晓明 青山网":                     true, // an aggregator's line: date, writer, source
		"2021-06-29 王晓明 李红 青山日报":                 true,
		"2021-06-29 王晓明":                         false, // no source: a name alone is no source line
		"王晓明 2021-06-29 青山网":                     false, // the writer stands after the date
		"2021-06-29 10:30党委办公室 宣传部":              true,  // the source glued to the time
		"养生 2021-06-29 10:30 健康频道www.example.cn": true,  // a channel before the date, the address glued to the site
		"养生 2021-06-29 10:30":                    false,
		"2021-06-29 健康资讯 www.example.cn":         true, // the site's name before its address
		"医院新闻 2021-06-29 青山网":                    true,
		"2021-06-29党委办公室":                        true,
		"2021-06-29 10:30青山医院举行大会":               false,
	} {
		if got := isSourceDateLine(in); got != want {
			t.Errorf("isSourceDateLine(%q) = %v, want %v", in, got, want)
		}
	}
}

// The aggregator's date line names the writer and the site, in either
// script, and leaves the text.
func TestCleanAggregatorDateLine(t *testing.T) {
	c := New()
	for _, dump := range []string{
		"某某医院新大楼启用\n\n2021-06-29 王晓明 青山网\n\n昨天上午,某某市第一人民医院举行新门诊大楼启用仪式,市卫生健康委员会负责人出席了仪式并讲话。\n",
		"某某醫院新大樓啟用\n\n2021-06-29 王曉明 青山網\n\n昨天上午,某某市第一人民醫院舉行新門診大樓啟用儀式,市衛生健康委員會負責人出席了儀式並講話。\n",
	} {
		a, err := c.Clean("agg.txt", []byte(dump))
		if err != nil {
			t.Fatalf("%q: %v", dump, err)
		}
		if a.Published != "2021-06-29" || len(a.Authors) != 1 || a.Authors[0] != "王晓明" || a.Site != "青山网" || strings.Contains(a.Text, "2021-06-29") {
			t.Errorf("%q: published %q authors %q site %q text %q", dump, a.Published, a.Authors, a.Site, a.Text)
		}
	}
}

// The header's fields in either script: the writer's spaced name after
// 作者, an editor's field that names its page (本页责编), and a content
// system's placeholder (作者: 系统) that is neither author nor site.
func TestCleanHeaderFieldQualifiers(t *testing.T) {
	c := New()
	for _, tc := range []struct {
		dump, site string
		authors    []string
	}{
		{"医院召开总结报告会\n发表日期:2021-06-29\n来源:党委办公室 作者:王 明 本页责编:李红,张强\n6月28日下午,某某医院党委在报告厅召开总结报告会,全院各党支部选派党员代表参会,会议由党委副书记主持。\n", "", []string{"王明"}},
		{"醫院召開總結報告會\n發表日期:2021-06-29\n來源:黨委辦公室 作者:王 明 本頁責編:李紅,張強\n6月28日下午,某某醫院黨委在報告廳召開總結報告會,全院各黨支部選派黨員代表參會,會議由黨委副書記主持。\n", "", []string{"王明"}},
		{"醫院召開總結報告會\n發布時間:2021-06-29 本文來源:宣傳科 作者: 系統\n6月28日下午,某某醫院黨委在報告廳召開總結報告會,全院各黨支部選派黨員代表參會,會議由黨委副書記主持。\n", "", nil},
	} {
		a, err := c.Clean("fields.txt", []byte(tc.dump))
		if err != nil {
			t.Fatalf("%q: %v", tc.dump, err)
		}
		if a.Site != tc.site || len(a.Authors)+len(tc.authors) > 0 && !reflect.DeepEqual(a.Authors, tc.authors) || a.Published != "2021-06-29" {
			t.Errorf("%q: site %q authors %q published %q", tc.dump, a.Site, a.Authors, a.Published)
		}
	}
}

// The source glued to the header's time, in both scripts: the date is
// the page's and the line leaves the text.
func TestCleanGluedSourceTime(t *testing.T) {
	c := New()
	for _, dump := range []string{
		"我院承办年会\n\n2012-05-23 00:00党委办公室 宣传部\n\n5月16日至19日,某某协会年会在青山宾馆举行,我院全程承办了此次会议,来自全国的代表参加了会议。\n",
		"我院承辦年會\n\n2012-05-23 00:00黨委辦公室 宣傳部\n\n5月16日至19日,某某協會年會在青山賓館舉行,我院全程承辦了此次會議,來自全國的代表參加了會議。\n",
	} {
		a, err := c.Clean("glued.txt", []byte(dump))
		if err != nil {
			t.Fatalf("%q: %v", dump, err)
		}
		if a.Published != "2012-05-23" || strings.Contains(a.Text, "00:00") || len(a.Authors) != 0 {
			t.Errorf("%q: published %q authors %q text %q", dump, a.Published, a.Authors, a.Text)
		}
	}
}

// The aggregator's channel and glued address, in both scripts: the date
// is the page's, the line leaves the text.
func TestCleanChannelSourceLine(t *testing.T) {
	c := New()
	for _, dump := range []string{
		"名医挥毫送春联\n养生 2025-04-16 09:19 健康资讯www.example.cn\n随着春节临近,青山医学院附设医院呈现出一派喜气洋洋的节日氛围,医院特别策划了春联挥毫活动。\n",
		"名醫揮毫送春聯\n養生 2025-04-16 09:19 健康資訊www.example.cn\n隨著春節臨近,青山醫學院附設醫院呈現出一派喜氣洋洋的節日氛圍,醫院特別策劃了春聯揮毫活動。\n",
	} {
		a, err := c.Clean("channel.txt", []byte(dump))
		if err != nil {
			t.Fatalf("%q: %v", dump, err)
		}
		if a.Published != "2025-04-16" || strings.Contains(a.Text, "example.cn") || len(a.Authors) != 0 {
			t.Errorf("%q: published %q authors %q text %q", dump, a.Published, a.Authors, a.Text)
		}
	}
}

// A question mark or U+FFFD where the page's encoding lost a separator
// still parts the header's domain, date and time.
func TestIsDateOrDomainLostSeparator(t *testing.T) {
	for in, want := range map[string]bool{
		"www.example.com?2021-06-29 10:30? ?":   true,
		"www.example.com\uFFFD2021-06-29 10:30": true,
		"2021-06-29？10:30":                      true,
		"www.example.com 2021-06-29":            true,
		"医院?2021-06-29":                         false,
		"新院区何时开工?":                              false,
	} {
		if got := isDateOrDomain(in); got != want {
			t.Errorf("isDateOrDomain(%q) = %v, want %v", in, got, want)
		}
	}
}

// End to end, in both scripts: the mangled header line gives the date
// and the site and leaves the text.
func TestCleanLostSeparatorHeader(t *testing.T) {
	c := New()
	for _, dump := range []string{
		"青山市儿童医院项目奠基\nwww.example.cn?2021-06-29 08:39? ?来源:青山妇女网    我来说两句\n近日,青山市儿童医院项目举行奠基仪式,项目总投资2亿元,设床位500张,计划明年建成投入使用。\n",
		"青山市兒童醫院項目奠基\nwww.example.cn?2021-06-29 08:39? ?來源:青山婦女網    我來說兩句\n近日,青山市兒童醫院項目舉行奠基儀式,項目總投資2億元,設床位500張,計劃明年建成投入使用。\n",
	} {
		a, err := c.Clean("lost.txt", []byte(dump))
		if err != nil {
			t.Fatal(err)
		}
		if a.Published != "2021-06-29" || a.Site != "青山妇女网" {
			t.Errorf("published %q site %q, want 2021-06-29 青山妇女网", a.Published, a.Site)
		}
		checkText(t, a.Text, []string{"项目举行奠基仪式"}, []string{"www.example.cn", "我来说两句", "来源"})
	}
}

// End to end, in both scripts: the header's date in the forms English
// pages, machines and the ROC calendar write it.
func TestCleanDateForms(t *testing.T) {
	c := New()
	for _, tc := range []struct{ date, roc string }{
		{"06/30/2023", ""}, {"Jun 30, 2023 09:12", ""}, {"2023-06-30T09:12:00+08:00", ""}, {"中华民国112年6月30日", "中華民國112年6月30日"},
		{"", "發布日期:112-06-30"}, {"", "發布日期:112.06.30"},
	} {
		for _, dump := range []string{
			"青山医院新门诊楼启用\n" + tc.date + "\n6月29日上午,青山医院新门诊楼正式启用,新楼建筑面积3万平方米,设诊室200间。\n",
			"青山醫院新門診樓啟用\n" + tc.roc + "\n6月29日上午,青山醫院新門診樓正式啟用,新樓建築面積3萬平方米,設診室200間。\n",
		} {
			if strings.Contains(dump, "\n\n") {
				continue
			}
			a, err := c.Clean("date.txt", []byte(dump))
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != "2023-06-30" || strings.Contains(a.Text, "2023") || strings.Contains(a.Text, "112") {
				t.Errorf("%q: published %q text %q", dump, a.Published, a.Text)
			}
		}
	}
}
