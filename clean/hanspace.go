package clean

import (
	"strings"
	"unicode/utf8"
)

// A space between two Han characters is a separator in some lines and
// noise in others. Chinese prose does not separate words, so where a
// page's markup left a space inside a name (<a>長庚</a> <span>醫院</span>
// → 長庚 醫院) the sentence reads it as two. In table rows (山东 青岛),
// menus, headlines of two clauses (党建有活力 发展添动力), bylines and name
// lists ((王晓明 李红)) the space is the separator and stays.
//
// joinNameSpaces therefore works only on prose lines, and only where the
// right-hand side begins with the ending of an institution's name: no
// clause of a sentence begins with 医院 or 大学, so the space cuts a name.

// nameEndings begin the second half of a name cut in two; longer first.
var nameEndings = []string{
	"医学院", "医科大学", "大学", "学院", "医院", "中医院", "卫生院", "保健院", "中心", "研究所", "研究院", "诊所", "门诊部",
	"分院", "院区", "集团", "委员会", "卫健委", "卫生局", "卫生健康委", "纪念医院", "附属", "人民医院", "妇幼",
}

// joinNameSpaces removes a single space between Han characters where the
// text after it begins a name's ending.
func joinNameSpaces(line string) string {
	if !strings.Contains(line, " ") {
		return line
	}
	var b strings.Builder
	for i := 0; i < len(line); i++ {
		if line[i] != ' ' {
			b.WriteByte(line[i])
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(line[:i])
		next, _ := utf8.DecodeRuneInString(line[i+1:])
		if isHan(prev) && isHan(next) && startsNameEnding(line[i+1:]) && !beforeRoleWord(line[:i]) {
			continue
		}
		b.WriteByte(' ')
	}
	return b.String()
}

func startsNameEnding(s string) bool {
	for _, e := range nameEndings {
		if strings.HasPrefix(s, e) {
			return true
		}
	}
	return false
}

// beforeRoleWord: "记者 医院…" never happens, but a label in front
// ("来源 医院办公室") is a separator.
func beforeRoleWord(s string) bool {
	for _, w := range []string{"记者", "通讯员", "来源", "作者", "编辑", "摄影"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}
