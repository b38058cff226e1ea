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

// A number set off by spaces inside a sentence (现有职工 128 人, 开放床位
// 120张, 占地 26.32 亩) is how a PDF's or a word processor's text comes
// out: Chinese puts no space around a number, and the extractors read a
// count as its noun, number and unit written together. joinNumberSpaces
// (prose lines only, as joinNameSpaces) drops a run of spaces between a
// digit and a Han character or a clause mark on either side. A space
// between two numbers, or a number and a Latin word, stays (3 CT, 12 34),
// and so does the space around a date or a time (2021-06-29 某某) and after
// a dateline (本报讯 11月15日).
func joinNumberSpaces(line string) string {
	if !strings.Contains(line, " ") {
		return line
	}
	var b strings.Builder
	for i := 0; i < len(line); {
		if line[i] != ' ' {
			b.WriteByte(line[i])
			i++
			continue
		}
		j := i
		for j < len(line) && line[j] == ' ' {
			j++
		}
		prev, _ := utf8.DecodeLastRuneInString(line[:i])
		next, _ := utf8.DecodeRuneInString(line[j:])
		digitPrev := prev >= '0' && prev <= '9' && plainNumberBefore(line[:i])
		digitNext := next >= '0' && next <= '9' && plainNumberAfter(line[j:]) && !afterDateline(line[:i])
		if j < len(line) && i > 0 && (digitPrev && hanOrClauseMark(next) || digitNext && hanOrClauseMark(prev)) && !beforeRoleWord(line[:i]) {
			i = j
			continue
		}
		b.WriteString(line[i:j])
		i = j
	}
	return b.String()
}

// plainNumberBefore: the token ending s is a count (236, 26.5), not a
// date or a time (2021-06-29, 10:30), which a dateline's space follows.
func plainNumberBefore(s string) bool {
	k := strings.LastIndexFunc(s, func(r rune) bool { return !(r >= '0' && r <= '9' || r == '.') })
	return k < 0 || !strings.ContainsRune("-/:", rune(s[k]))
}

// plainNumberAfter: the token opening s is a count, not a date or a time.
func plainNumberAfter(s string) bool {
	k := strings.IndexFunc(s, func(r rune) bool { return !(r >= '0' && r <= '9' || r == '.') })
	return k < 0 || !strings.ContainsRune("-/:", rune(s[k]))
}

// afterDateline: 本报讯, 新华社电 (and their traditional forms, for
// callers that have not converted the text) end a dateline, whose date
// keeps its space.
func afterDateline(s string) bool {
	for _, w := range []string{"讯", "电", "訊", "電"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// hanOrClauseMark: a Han character or the comma, enumeration comma or
// full stop of Chinese prose (the ASCII forms too, as width folding left
// them).
func hanOrClauseMark(r rune) bool {
	return isHan(r) || strings.ContainsRune("，、。；：,;", r)
}

// A paragraph copied from a PDF or a scanned page keeps a space where each
// printed line broke, wherever that fell: inside a word (设床 位200张, 专业技
// 术人员, “百 佳医院”). One such space may be a separator (a headline's two
// clauses, two names); several in one sentence are the layout's.
// joinWrapSpaces (prose lines only) drops every single space between two
// Han characters of a line that has at least minWrapSpaces of them after
// its first clause mark, and a full stop, except where the space separates
// names: a person's (王晓明 李红), or one after a name's ending (青山医院 绿水医院).
const minWrapSpaces = 2

func joinWrapSpaces(line string) string {
	if !strings.Contains(line, " ") || !strings.Contains(line, "。") {
		return line
	}
	// Before the first clause mark a space may set off the lead's place
	// and dateline (青山 本报讯 11月15日,…): the count starts after it, and
	// the spaces before it stay where a dateline is.
	first := strings.IndexAny(line, ",，、。")
	from := 0
	if strings.ContainsAny(line[:first+1], "讯电") || strings.Contains(line[:first+1], "报道") {
		from = first + 1
	}
	var gaps []int
	counted := 0
	for i := from + 1; i+1 < len(line); i++ {
		if line[i] != ' ' || line[i-1] == ' ' || line[i+1] == ' ' {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(line[:i])
		next, _ := utf8.DecodeRuneInString(line[i+1:])
		if !isHan(prev) || !isHan(next) || beforeRoleWord(line[:i]) || separatesNames(line[:i], line[i+1:]) || inSlogan(line, i) {
			continue
		}
		gaps = append(gaps, i)
		if i > first {
			counted++
		}
	}
	if counted < minWrapSpaces {
		return line
	}
	var b strings.Builder
	last := 0
	for _, i := range gaps {
		b.WriteString(line[last:i])
		last = i + 1
	}
	b.WriteString(line[last:])
	return b.String()
}

// separatesNames: the space between before and after stands between two
// persons' names (王晓明 李红: two runs of two or three characters, each
// opening with a surname, the first all the run before the space) or
// after a name's ending (医院, 中心, 大学).
func separatesNames(before, after string) bool {
	left := hanRunBefore(before)
	for _, e := range []string{"院", "心", "学", "局", "委", "所", "站", "处", "科", "部"} {
		if strings.HasSuffix(left, e) && utf8.RuneCountInString(left) >= 3 {
			return true
		}
	}
	right := hanRunAfter(after)
	return isPersonName(left) && (isPersonName(firstRunes(right, 2)) || isPersonName(firstRunes(right, 3)))
}

// inSlogan: the space at byte i stands inside quotation marks whose words
// it separates into parallel phrases of one length (“强党建 优医疗 促健康”,
// “厚德 精医”), a slogan's form; a word cut by the layout leaves parts of
// unequal length (“百 佳医院”).
func inSlogan(line string, i int) bool {
	open := strings.LastIndex(line[:i], "“")
	if open < 0 || strings.Contains(line[open:i], "”") {
		return false
	}
	end := strings.Index(line[i:], "”")
	if end < 0 {
		return false
	}
	parts := strings.Split(line[open+len("“"):i+end], " ")
	n := utf8.RuneCountInString(parts[0])
	for _, p := range parts[1:] {
		if utf8.RuneCountInString(p) != n {
			return false
		}
	}
	return len(parts) >= 2 && n >= 2
}

// hanRunBefore: the Han characters that end s, back to the first other
// character.
func hanRunBefore(s string) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !isHan(r) {
			break
		}
		i -= size
	}
	return s[i:]
}

// hanRunAfter: the Han characters that open s.
func hanRunAfter(s string) string {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isHan(r) {
			break
		}
		i += size
	}
	return s[:i]
}

// firstRunes: the first n runes of s.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
