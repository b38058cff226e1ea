package clean

import "testing"

// A headline's emphasis (!!, ?!) is one run of marks, not two sentences;
// two exclaimed or asked sentences make a line prose.
func TestExclaimedHeadlineIsNoProse(t *testing.T) {
	for _, c := range []struct {
		line  string
		prose bool
	}{
		{"表扬卫生局督导考核绩优医院,提升照护服务品质!!", false},
		{"表揚衛生局督導考核績優醫院,提升照護服務品質!!", false},
		{"青山医院真的要改名了吗?!", false},
		{"太好了!我们医院获得了全省第一名的好成绩?", true},
		{"太好了！我們醫院獲得了全省第一名的好成績？", true},
	} {
		if got := isProse(c.line); got != c.prose {
			t.Errorf("isProse(%q) = %v, want %v", c.line, got, c.prose)
		}
	}
}

// A line of CSS that a saved page let into its text is no part of the
// article; a line of code-like text with words around it stays.
func TestStyleSheetLine(t *testing.T) {
	for _, c := range []struct {
		line string
		css  bool
	}{
		{"body.skin-vector .page-output table.box caption{text-align:center}", true},
		{".page-output .note{font-style:italic}.page-output div.note{padding-left:1.6em}", true},
		{"@media screen{.nav{display:none}}", true},
		{"医院网站样式{color:red}", false},
		{"Email: info{at}example.org", false},
	} {
		if got := isStyleSheet(c.line); got != c.css {
			t.Errorf("isStyleSheet(%q) = %v, want %v", c.line, got, c.css)
		}
	}
}

// A channel's call to follow it is a widget, not the article's first line.
func TestFollowPrompt(t *testing.T) {
	for _, c := range []struct {
		line   string
		widget bool
	}{
		{"点击上方蓝字关注“青山医讯”, 每天都有新内容!", true},
		{"点击上方“青山医院”关注我们", true},
		{"戳上方蓝字,关注我们", true},
		{"点击上方的报名链接即可参加本次义诊活动,关注健康从现在开始。", false},
	} {
		if got := classifyLine(c.line).kind == kindWidget; got != c.widget {
			t.Errorf("classifyLine(%q) widget = %v, want %v", c.line, got, c.widget)
		}
	}
}
