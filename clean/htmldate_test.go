package clean

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
)

// testPage wraps a body of prose in a page of the given head and body markup.
func testPage(head, before, after string) string {
	prose := `<div class="content"><p>市人民医院今年新建了三个病区，全院床位增加到一千二百张，门诊量比去年同期增长百分之十五。</p>` +
		`<p>医院党委书记介绍，新院区将于明年投入使用，届时将开设儿科、妇产科和康复科等十余个科室。</p></div>`
	return "<html><head>" + head + "</head><body>" + before + prose + after + "</body></html>"
}

func TestPageDate(t *testing.T) {
	tests := []struct {
		name, html, want string
	}{
		{"meta tag", testPage(`<meta property="article:published_time" content="2022-03-04T08:00:00+08:00">`, "", ""), "2022-03-04"},
		{"labelled in the header",
			testPage("<title>市医院新建病区</title>", `<div><h1>市医院新建病区</h1><span>发布时间：2021-07-09 10:20</span></div>`, ""), "2021-07-09"},
		{"labelled, traditional",
			testPage("<title>市醫院新建病區</title>", `<div><h1>市醫院新建病區</h1><span>發佈時間：2021年7月9日</span></div>`, ""), "2021-07-09"},
		{"labelled in a footer table",
			testPage("", "", `<table><tr><td>发布日期：<!-- x -->2019-03-06 责任编辑：某某</td></tr></table>`), "2019-03-06"},
		{"a registration date is no publication date",
			testPage("", `<div class="user">注册时间：2010-01-02</div>`, `<p>日期：2018-05-17</p>`), "2018-05-17"},
		{"two-digit year after a label, glued to the hour",
			testPage("", `<div class="source"><span>发布时间：18-03-08</span><span>23:16</span></div>`, ""), "2018-03-08"},
		{"month and day only, the year from a meta date on the same day",
			testPage(`<meta itemprop="dateUpdate" content="2019-10-08 12:00:57">`, `<span>发布时间：10-08</span><span>12:00</span>`, ""), "2019-10-08"},
		{"dateline next to the headline",
			testPage("<title>市医院新建病区_新闻网</title>", `<div><h2>市医院新建病区</h2><p>2020-02-29 18:34 来源：新闻网</p></div>`, ""), "2020-02-29"},
		{"unix time in a script, China's day",
			testPage("", `<script>var ct = "1581517074";</script>`, ""), "2020-02-12"},
		{"publish key in a script",
			testPage("", `<script>window.DATA = {"pubtime": "2019-09-07 19:02:26"};</script>`, ""), "2019-09-07"},
		{"class that holds a date",
			testPage("", `<div class="pubdate">2017/11/3</div>`, ""), "2017-11-03"},
		{"JSON-LD, read by go-htmldate",
			testPage(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-05-21T09:00:00+08:00"}</script>`, "", ""), "2016-05-21"},
		{"no date at all", testPage("<title>市医院新建病区</title>", "", ""), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := goquery.NewDocumentFromReader(strings.NewReader(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			idx := readPageIndex(doc)
			_, header, _ := headline(doc, idx)
			if got := pageDate(doc, idx, header); got != tt.want {
				t.Errorf("pageDate = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHeadlineFromPage(t *testing.T) {
	tests := []struct {
		name, html, want string
	}{
		{"heading the <title> repeats",
			testPage("<title>市医院新建三个病区_健康网</title>", `<h3>健康网</h3><h1>市医院新建三个病区</h1>`, ""), "市医院新建三个病区"},
		{"class Title in capitals",
			testPage("<title>市医院新建三个病区 东院区_健康网</title>", `<span class="Title"><b>市医院新建三个病区</b></span>`, ""), "市医院新建三个病区"},
		{"the <title> names the channel: the heading above the body",
			testPage("<title>新闻动态--某某学会</title>", `<h3>首页 - 新闻动态</h3><div><h5>某某学会2019年学术年会在南京举行</h5><div>发布时间：2019-05-18 来源：某某学会</div></div>`, `<h4>联系我们</h4>`),
			"某某学会2019年学术年会在南京举行"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := readHTML([]byte(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			if p.title != tt.want {
				t.Errorf("title = %q, want %q", p.title, tt.want)
			}
		})
	}
}

// The label scanner finds what the expression it replaced found.
var refPublishLabel = regexp.MustCompile(`(?:^|[^\p{Han}])(?:(?:发布|發布|發佈|发表|發表|发稿|發稿|出版|刊发|刊發)(?:时间|時間|日期)|(?:发表|發表|发布|發布|發佈)于|(?:发表|發表|发布|發布|發佈)於|时间|時間|日期)[ \t\n\f\r]*[:：]?[ \t\n\f\r]*`)

func TestLabelEnds(t *testing.T) {
	for _, s := range []string{
		"", "发布时间：2021-07-09", "來源：某報 發佈時間: 2021年7月9日", "注册时间：2010-01-02 日期：2018-05-17",
		"会议时间：明天", "发表于 2014-08-24", "位于城东", "時間 ：  2019", "x日期2019", "更新时间:2020 发稿时间：2020",
		"发布于", "日期日期：1",
	} {
		var want []int
		for _, loc := range refPublishLabel.FindAllStringIndex(s, -1) {
			want = append(want, loc[1])
		}
		if got := labelEnds(s); !reflect.DeepEqual(got, want) {
			t.Errorf("labelEnds(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzLabelEnds(f *testing.F) {
	f.Add("发布时间：2021-07-09 注册时间：2010")
	f.Add("a發表於 :x日期")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		var want []int
		for _, loc := range refPublishLabel.FindAllStringIndex(s, -1) {
			want = append(want, loc[1])
		}
		if got := labelEnds(s); !reflect.DeepEqual(got, want) {
			t.Errorf("labelEnds(%q) = %v, want %v", s, got, want)
		}
	})
}

// A slashed date is read day first on a page in traditional script, as
// Hong Kong writes it; month first on a simplified page.
func TestHTMLDayFirstOnTraditionalPage(t *testing.T) {
	c := New()
	for _, tc := range []struct{ name, html, want string }{
		{"traditional", `<html><head><title>青山醫院新翼開幕</title></head><body><h1>青山醫院新翼開幕</h1><span>日期：12/3/2025</span>` +
			`<div class="content"><p>青山醫院新翼今日舉行開幕典禮，院方表示新翼將提供三百張病床，服務區內市民。</p><p>院長感謝各界多年來的支持，並表示醫院將繼續提升服務質素。</p></div></body></html>`, "2025-03-12"},
		{"simplified", `<html><head><title>青山医院新翼开幕</title></head><body><h1>青山医院新翼开幕</h1><span>日期：12/3/2025</span>` +
			`<div class="content"><p>青山医院新翼今日举行开幕典礼，院方表示新翼将提供三百张病床，服务区内市民。</p><p>院长感谢各界多年来的支持，并表示医院将继续提升服务质素。</p></div></body></html>`, "2025-12-03"},
		{"traditional, dashes", `<html><head><title>青山醫院新翼開幕</title></head><body><h1>青山醫院新翼開幕</h1><span>日期：12-03-2025</span>` +
			`<div class="content"><p>青山醫院新翼今日舉行開幕典禮，院方表示新翼將提供三百張病床，服務區內市民。</p><p>院長感謝各界多年來的支持，並表示醫院將繼續提升服務質素。</p></div></body></html>`, "2025-03-12"},
		{"traditional, a meta date stands", `<html><head><title>青山醫院新翼開幕</title><meta property="article:published_time" content="2025-12-03T08:00:00+08:00"></head><body><h1>青山醫院新翼開幕</h1><span>日期：2025-12-03</span>` +
			`<div class="content"><p>青山醫院新翼今日舉行開幕典禮，院方表示新翼將提供三百張病床，服務區內市民。</p><p>院長感謝各界多年來的支持，並表示醫院將繼續提升服務質素。</p></div></body></html>`, "2025-12-03"},
	} {
		a, err := c.Clean("p.html", []byte(tc.html))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if a.Published != tc.want {
			t.Errorf("%s: published %q, want %q", tc.name, a.Published, tc.want)
		}
	}
}
