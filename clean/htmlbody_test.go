package clean

import (
	"strings"
	"testing"
)

// Body rules on pages of our own: what a careful reader keeps and drops.
func TestHTMLBody(t *testing.T) {
	c := New()
	para := func(s string) string { return "<p>" + s + "</p>" }
	article := para("市人民医院今年新建了三个病区，全院床位增加到一千二百张，门诊量比去年同期增长百分之十五。") +
		para("医院党委书记介绍，新院区将于明年投入使用，届时将开设儿科、妇产科和康复科等十余个科室。") +
		para("据了解，该院去年完成手术两万余台，其中四级手术占比超过三成，多项技术填补了本地空白。")
	tests := []struct {
		name, html         string
		contains, notAfter []string
	}{
		{
			name: "a ranking table: one row a line",
			html: `<html><head><title>2023年度医院科技量值排名_健康报</title></head><body><div class="article"><h1>2023年度医院科技量值排名</h1>` + article +
				`<table><tr><th>排名</th><th>医院</th><th>科技量值</th><th>省份</th><th>城市</th></tr>` +
				`<tr><td>1</td><td>某某大学附属第一医院</td><td>835.68</td><td>山东</td><td>青岛</td></tr>` +
				`<tr><td>2</td><td>某某市中心医院</td><td>812.05</td><td>江苏</td><td>南京</td></tr></table></div></body></html>`,
			contains: []string{"\n1 某某大学附属第一医院 835.68 山东 青岛\n", "\n2 某某市中心医院 812.05 江苏 南京"},
		},
		{
			name: "a panel of other articles, each headline with its date",
			html: `<html><head><title>市医院新建三个病区</title></head><body><div class="main"><h1>市医院新建三个病区</h1><div class="text">` + article + `</div>` +
				`<div class="more"><h4>本栏目最新</h4><div><span>区卫健委召开年度工作会议</span><span>2023-06-18</span></div>` +
				`<div><span>社区医院开展义诊进社区活动</span><span>2023-06-17</span></div>` +
				`<div><span>中医院举办膏方节惠民活动</span><span>2023-06-16</span></div></div></div></body></html>`,
			contains: []string{"四级手术占比超过三成"},
			notAfter: []string{"本栏目最新", "区卫健委召开年度工作会议", "中医院举办膏方节"},
		},
		{
			name: "a promotion above the article, in a box whose class says article",
			html: `<html><head><title>市医院新建三个病区</title></head><body><div class="wrap"><h1>市医院新建三个病区</h1>` +
				`<div class="promo_article">` + para("年度健康人物评选火热进行中，快来为你心中的好医生投上一票，投票通道即将关闭！") + `</div>` +
				`<div id="artibody">` + article + `</div></div></body></html>`,
			contains: []string{"市人民医院今年新建了三个病区"},
			notAfter: []string{"投票"},
		},
		{
			name: "the whole article inside a wrapper whose class says share",
			html: `<html><head><title>市医院新建三个病区</title></head><body><div class="img_share_area"><h1>市医院新建三个病区</h1>` + article + article + article +
				`</div><div class="foot">主办：某某市卫生健康委员会</div></body></html>`,
			contains: []string{"市人民医院今年新建了三个病区", "四级手术占比超过三成"},
			notAfter: []string{"主办"},
		},
		{
			name: "the article's id says body, its class says share",
			html: `<html><head><title>市医院新建三个病区</title></head><body><h1>市医院新建三个病区</h1><div class="share_pop clearfix" id="artibody">` + article +
				`</div><div class="share-bar">` + para("分享到微信朋友圈，让更多的朋友看到这篇关于医院新建病区的报道吧。") + `</div></body></html>`,
			contains: []string{"市人民医院今年新建了三个病区"},
			notAfter: []string{"朋友圈"},
		},
		{
			name: "text between <br>s in a div that ends with a paragraph",
			html: `<html><head><title>市医院新建三个病区</title></head><body><h1>市医院新建三个病区</h1><div class="statuses">` +
				`市人民医院今年新建了三个病区，全院床位增加到一千二百张，门诊量比去年同期增长百分之十五。<br><br>` +
				`医院党委书记介绍，新院区将于明年投入使用，届时将开设儿科、妇产科和康复科等十余个科室。<br><br>` +
				`据了解，该院去年完成手术两万余台，其中四级手术占比超过三成，多项技术填补了本地空白。` +
				`<p>（来源：某某日报）</p></div><div>地址：某某路1号 电话：0000-0000000</div></body></html>`,
			contains: []string{"市人民医院今年新建了三个病区", "四级手术占比超过三成"},
			notAfter: []string{"地址"},
		},
		{
			name: "a page inside one <form>",
			html: `<html><head><title>市医院新建三个病区</title></head><body><form name="page"><input type="hidden" name="id" value="1"><h1>市医院新建三个病区</h1>` +
				`<div class="text">` + article + `</div></form></body></html>`,
			contains: []string{"市人民医院今年新建了三个病区", "四级手术占比超过三成"},
		},
		{
			name: "a summary list ahead of the article, and a video's fallback text",
			html: `<html><head><title>市医院新建三个病区</title></head><body><h1>市医院新建三个病区</h1><div class="text"><p>劃重點：</p>` +
				`<ol><li>全院床位将增加到一千二百张，门诊量同比增长百分之十五。</li><li>新院区明年启用，开设十余个科室。</li></ol>` +
				`<video src="a.mp4">您的浏览器暂时无法播放此视频。</video>` + article + `</div></body></html>`,
			contains: []string{"市人民医院今年新建了三个病区"},
			notAfter: []string{"重点", "新院区明年启用", "无法播放"},
		},
		{
			name: "the headline behind a label as the body's first line",
			html: `<html><head><title>市医院新建三个病区</title></head><body><div class="box"><h2 class="title"><span>原创</span>市医院新建三个病区</h2>` +
				article + `</div></body></html>`,
			contains: []string{"市人民医院今年新建了三个病区"},
			notAfter: []string{"原创"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := c.Clean("page.html", []byte(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			text := "\n" + a.Text + "\n"
			for _, s := range tt.contains {
				if !strings.Contains(text, s) {
					t.Errorf("text lacks %q:\n%s", s, a.Text)
				}
			}
			for _, s := range tt.notAfter {
				if strings.Contains(a.Text, s) {
					t.Errorf("text keeps %q:\n%s", s, a.Text)
				}
			}
		})
	}
}

func TestDropWideSegmentBreaks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"長庚\n      醫院", "長庚醫院"},
		{"长庚\r\n\t医院的", "长庚医院的"},
		{"长庚 医院", "长庚 医院"},               // a typed space stays
		{"医院\nHospital", "医院\nHospital"}, // Latin after the break
		{"床位1200\n张", "床位1200\n张"},
		{"首页：\n  新闻", "首页：新闻"},
		{"\n医院\n", "\n医院\n"}, // breaks at the ends belong to the markup around
	}
	for _, tt := range tests {
		if got := dropWideSegmentBreaks(tt.in); got != tt.want {
			t.Errorf("dropWideSegmentBreaks(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHTMLNameWrappedInSource(t *testing.T) {
	c := New()
	for _, name := range []string{"長庚\n        醫院", "长庚\n        医院"} {
		page := "<html><head><title>新院区启用</title></head><body><h1>新院区启用</h1><div class=\"content\"><p>" + name +
			"今天启用新院区，设有病床八百张，首批开设十二个临床科室，方便周边居民就医。</p></div></body></html>"
		a, err := c.Clean("a.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, "长庚医院今天启用新院区") {
			t.Errorf("text:\n%s", a.Text)
		}
	}
}

func TestHTMLUnsureKeptWithWarning(t *testing.T) {
	// No element holds a paragraph: the page is kept whole, and says so.
	page := `<html><body><span>院区</span><span>启用</span><b>八百张床位</b></body></html>`
	a, err := New().Clean("a.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "八百张床位") || !strings.Contains(strings.Join(a.Warnings, "\n"), warnNoArticle) {
		t.Errorf("text %q warnings %q", a.Text, a.Warnings)
	}
}
