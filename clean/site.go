package clean

import (
	"strings"
	"unicode/utf8"

	"zhnews/internal/rx"
)

// The publisher is what a page's 来源 field states (来源:某某日报,
// 来源:某某网-某某晚报 2016-06-27, 文章来源: 《某某报》), else a non-person
// 作者 (作者:某某本地宝), else the agency of the lead's dateline
// (某某社记者…). Not a publisher: this site in its own words (本网, 本站),
// a department of the hospital (院办公室, 宣传科), a date, or a name that
// spam injected into the field (a gambling "线路" name with digits).

var (
	sourceLabels = map[string]bool{"来源": true, "稿源": true, "出处": true, "信息来源": true, "文章来源": true, "新闻来源": true, "稿件来源": true}
	selfNames    = map[string]bool{"本网": true, "本站": true, "本报": true, "本台": true, "本刊": true, "网络": true, "互联网": true, "原创": true, "转载": true, "未知": true, "综合": true, "网友": true,
		// A content system's placeholders for a story nobody signed.
		"系统": true, "管理员": true, "网站管理员": true, "系统管理员": true, "超级管理员": true, "小编": true}
	// Words of gambling spam that hijacked sites write into their fields.
	spamWords = rx.MustCompile(`线路|娱乐|博彩|赌|棋牌|彩票|真人|澳门|葡京|威尼斯人|皇冠|太阳城|银河|开户|注册送|\d{3,}[a-zA-Z]{2,}`)
	// Department endings: a hospital office is the author's unit, not
	// the publisher.
	departmentEnd = rx.MustCompile(`(?:办公室|办|科室|科|处|部|中心|工会|团委|党委|支部|委员会|组)$`)
)

// siteName cleans a 来源 value ("某某网-某某晚报 2016-06-27 03:10
// https://…" → 某某网) and returns "" when it names no publisher.
func siteName(v string) string {
	v = urlPattern.ReplaceAllString(v, "")
	v = strings.TrimSpace(v)
	if i := strings.IndexAny(v, " \t|丨"); i > 0 {
		v = v[:i]
	}
	v = withoutNameNote(v)
	v = strings.Trim(v, "《》“”\"'()（）[]【】")
	// A header's fields written without a space: 来源:某某网作者:王晓明.
	for _, l := range nextFieldLabels {
		if i := strings.Index(v, l); i > 0 {
			v = v[:i]
		}
	}
	// 某某网-某某晚报, 某某网_频道: the site is the first part.
	if i := strings.IndexAny(v, "-_—"); i > 0 {
		v = v[:i]
	}
	if !isPublisher(v) {
		return ""
	}
	return v
}

// withoutNameNote cuts the note in brackets after a publisher's name
// (某某县人民医院(某某医院某某院区), 某某网(北京)), its closing bracket perhaps
// lost with the line's end: the name publishes, the note says which of its
// campuses or bureaus. A value that opens with a bracket (（某某日报）) keeps
// it for the trim after.
func withoutNameNote(v string) string {
	i := strings.IndexAny(v, "(（")
	if i <= 0 {
		return v
	}
	note := v[i:]
	if closeAt := strings.IndexAny(note, ")）"); closeAt < 0 || strings.TrimRight(note[closeAt:], ")）") == "" {
		return strings.TrimSpace(v[:i])
	}
	return v
}

// isPublisher: a name that can be a site or paper.
func isPublisher(v string) bool {
	n := utf8.RuneCountInString(v)
	switch {
	case n < 2 || n > 20, selfNames[v], isSelfCompound(v), spamWords.MatchString(v), departmentEnd.MatchString(v), bylineRole.MatchString(v):
		return false
	case findDate(v) != "" || isDateLine(v):
		return false
	}
	han := 0
	for _, r := range v {
		if isHan(r) {
			han++
		}
	}
	return han >= 2 || domainToken.MatchString(v)
}

// authorAsSite: 作者:某某本地宝 names the site, not a person.
func authorAsSite(v string) string {
	v = strings.TrimSpace(v)
	if i := strings.IndexAny(v, " \t|丨"); i > 0 {
		v = v[:i]
	}
	if v == "" || isPersonName(v) || !isPublisher(v) {
		return ""
	}
	return v
}

// nextFieldLabels: labels of the header fields that follow a 来源 field.
var nextFieldLabels = []string{"作者", "责任编辑", "编辑", "记者", "发布时间", "发布日期", "浏览", "点击",
	"責任編輯", "編輯", "記者", "發布時間", "發佈時間", "發布日期", "瀏覽", "點擊"} // a value may be read before conversion

// isSelfCompound: this site in its own words with a note of how the story
// came (本站原创, 本网整理, 本报讯).
func isSelfCompound(v string) bool {
	for _, self := range []string{"本站", "本网", "本报", "本台", "本刊"} {
		if rest, ok := strings.CutPrefix(v, self); ok {
			return rest == "" || selfNames[rest] || rest == "整理" || rest == "编辑" || rest == "讯"
		}
	}
	return false
}
