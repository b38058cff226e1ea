package clean

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Metadata rules shared by HTML pages and text dumps. They run on
// normalised (simplified, width-folded) text.

var (
	// Dates as Chinese sites print them: 2021-02-22, 2021/2/22, 2021.02.22,
	// 2021年2月22日, and "2021 02/22" (year and day on separate lines of a
	// header, joined by a space).
	dateYMD = regexp.MustCompile(`((?:19|20)\d{2})\s*(?:[-/.年]|\s)\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:日|号|\D|$)`)
	dateYM  = regexp.MustCompile(`((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月`)
	// Role words that stand before reporters' names in a byline.
	bylineRole = regexp.MustCompile(`(?:本报|本台|本网|新华社|人民网|央视网)?(?:特约|首席|实习)?(?:记者|通讯员|通讯|实习生|撰稿|撰文|作者|文字|文/|文 /|图/|摄影|摄)[:：\s]*`)
	// A name: two to four Han characters.
	personName = regexp.MustCompile(`^\p{Han}{2,4}$`)
	// "来源:德州新闻网" and its variants.
	sourceLine = regexp.MustCompile(`^(?:来源|来自|稿源|出处|信息来源|文章来源)\s*[:：]\s*(.+)$`)
	// Editor and reviewer lines: chrome, their names are not authors.
	editorLine = regexp.MustCompile(`^(?:责任编辑|责编|编辑|审核|审校|校对|编审|终审|监制|主编|值班编辑|美编|统筹|策划|签发|初审|复审)\s*[:：|丨]`)
)

// findDate returns the first date in s as YYYY-MM-DD (or YYYY-MM), with a
// plausible month and day.
func findDate(s string) string {
	for _, m := range dateYMD.FindAllStringSubmatch(s, -1) {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		if mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && y <= 2100 {
			return fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
		}
	}
	if m := dateYM.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if mo >= 1 && mo <= 12 {
			return fmt.Sprintf("%04d-%02d", y, mo)
		}
	}
	return ""
}

// normalizeDate reads a date a crawler recorded (2021-02-22T10:31:00+08:00,
// 2021/2/22, 2021-02, 2021年2月22日) as YYYY-MM-DD, YYYY-MM or YYYY.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02", "2006/1/2", "2006.1.2"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	for _, layout := range []string{"2006-01", "2006/01", "2006-1"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01")
		}
	}
	if t, err := time.Parse("2006", s); err == nil {
		return t.Format("2006")
	}
	return findDate(s + " ")
}

// parseByline reads reporters' names from a byline line (□本报记者滕璐
// 本报通讯员杨梅 → 滕璐, 杨梅; 记者 罗成建 → 罗成建). It returns nil when
// the line is no byline: a byline is short and its role words leave only
// names behind.
func parseByline(line string) []string {
	line = strings.Trim(line, " \t□■●◆◇()（）【】[]|丨")
	if utf8.RuneCountInString(line) > 40 || !bylineRole.MatchString(line) {
		return nil
	}
	loc := bylineRole.FindStringIndex(line)
	if loc[0] > 8 {
		return nil // a role word deep in a sentence: 记者 in prose
	}
	var names []string
	for _, part := range bylineRole.Split(line[loc[0]:], -1) {
		for _, name := range strings.FieldsFunc(part, func(r rune) bool {
			return strings.ContainsRune(" 、,，;；/|丨和与及", r)
		}) {
			if !personName.MatchString(name) {
				return nil
			}
			names = append(names, name)
		}
	}
	return names
}

// isImageID: a long run of digits alone on a line, as sites leave behind
// for each picture (43501613271617908).
func isImageID(line string) bool {
	if len(line) < 8 {
		return false
	}
	for _, r := range line {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// Widget words: the buttons and counters of a page, copied along with
// the article.
var widgetWords = []string{
	"分享", "评论", "收藏", "点赞", "打赏", "举报", "关注", "转发", "订阅", "扫描二维码", "扫一扫",
	"确定", "取消", "表情", "社群", "精彩视频", "推荐课程", "为你推荐", "相关推荐", "相关阅读", "相关新闻",
	"热门推荐", "猜你喜欢", "上一篇", "下一篇", "返回顶部", "返回首页", "打印", "关闭窗口", "字号",
	"我有话说", "发表评论", "登录", "注册", "阅读原文", "微信支付", "认可我就打赏我", "温馨提示",
	"评论字数超出限制", "您的申请提交成功", "打赏金额", "打赏作者", "立即打赏", "关键词", "标签",
	"阅读量", "阅读数", "浏览次数", "点击数", "在看", "赞赏",
}

// isWidget: a short line made of widget words, counters and symbols.
func isWidget(line string) bool {
	n := utf8.RuneCountInString(line)
	if n == 0 {
		return true
	}
	if n > 30 {
		return false
	}
	rest := line
	for _, w := range widgetWords {
		rest = strings.ReplaceAll(rest, w, "")
	}
	// What is left of a widget line is digits, symbols and at most a few
	// characters (人点赞, 剩余5, 0/500, A- A+, ×, 1元 5元 10元).
	han := 0
	for _, r := range rest {
		if isHan(r) {
			han++
		}
	}
	if rest != line {
		return han <= 3 || han*3 <= utf8.RuneCountInString(line)
	}
	return han == 0 && !strings.ContainsAny(line, "0123456789") ||
		han == 0 && isShortCounter(line)
}

// isShortCounter: "0条评论", "0/500", "1元 5元 10元" style counters.
func isShortCounter(line string) bool {
	for _, r := range line {
		if !(r >= '0' && r <= '9' || strings.ContainsRune(" /:.-+×条元人次万", r)) {
			return false
		}
	}
	return true
}

// Disclaimer and copyright blocks that sites append to articles.
var disclaimerMarks = []string{
	"版权与免责声明", "免责声明", "版权声明", "版权所有", "未经授权", "未经本网授权", "不得转载",
	"转载请注明", "不代表本网", "不代表本站", "立场", "仅提供信息存储服务", "如有侵权", "侵权",
	"Copyright", "copyright", "©", "ICP备", "公网安备",
}

// disclaimerScore counts disclaimer phrases in a line: two or more mark a
// copyright or disclaimer paragraph.
func disclaimerScore(line string) int {
	n := 0
	for _, m := range disclaimerMarks {
		if strings.Contains(line, m) {
			n++
		}
	}
	return n
}

// isProse: a line that reads as a paragraph of the article: long enough
// and punctuated as sentences are.
func isProse(line string) bool {
	n := utf8.RuneCountInString(line)
	if n < 16 {
		return false
	}
	return strings.ContainsAny(line, "。,，;；!！?？:：、")
}
