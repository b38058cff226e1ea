package clean

import (
	"strings"
	"unicode/utf8"

	"zhnews/internal/rx"
)

// Bylines as news pages write them (normalised script):
//
//	□本报记者滕璐 本报通讯员杨梅        记者 王晓明 通讯员 李红
//	文/图 王晓明                         撰稿:王晓明  作者:王晓明 李红
//	〔记者王晓明/台北报导〕               【记者王晓明、李红/台中报导】
//	记者王晓明台北25日电                  本报记者 王 明 摄 (a photographer)
//
// and inside the lead paragraph's dateline:
//
//	本报兰州讯(某某日报记者王晓明)…      某某报6月26日讯(记者 王晓明) …
//	(某某社记者王晓明屏东县3日电)…       新华社北京6月26日电(记者王晓明)…
//
// and as the closing credit of the last paragraph: …成效显著。(王晓明).
// Authors are persons: the names after an editor's or photographer's role
// word are not authors, nor is a site or department named after 作者.

var (
	// Role words that stand before reporters' names in a byline.
	bylineRole = rx.MustCompile(`(?:本报|本台|本网|本刊|新华社|中新社|中央社|人民网|央视网)?(?:特约|特派|首席|实习|见习|驻\p{Han}{1,3})?(?:记者|通讯员|通讯|实习生|撰稿|撰文|采写|作者|文字|文\s*[·・]?\s*图\s*/|文\s*/\s*图|图\s*/\s*文|图文\s*/?|文图|文\s*、\s*图|图\s*、\s*文|文\s*[/|丨:：]|图\s*[/|丨]|摄影|摄像|摄)[:：\s]*`)
	// A name as a regular expression: two to four Han characters (the
	// HTML reader checks meta authors with it; isPersonName is stricter).
	personName = rx.MustCompile(`^\p{Han}{2,4}$`)
	// Roles whose names are no authors.
	photoRole  = rx.MustCompile(`^(?:本报|本台|本网|本刊)?(?:特约|特派|首席|实习|见习)?(?:摄影|摄像|摄|图\s*[/|丨])`)
	editorRole = rx.MustCompile(`(?:责任编辑|责编|编辑|审核|审校|校对|编审|终审|监制|主编|美编|统筹|策划|签发|初审|复审|审稿|一审|二审|三审)[:：\s]*`)
	// A dateline's tail after the reporter's name: place, day and 电, or
	// a Taiwan page's "/台北报导".
	datelineTail = rx.MustCompile(`(?:\s*/\s*\p{Han}{2,5}(?:报导|报道|电)|\d{1,2}日(?:电|讯)|(?:报导|报道))$`)
	// A Taiwan page's byline by its desk, with no role word: 生活中心/王晓明报导,
	// 地方中心／李红综合报导.
	deskByline = rx.MustCompile(`^\p{Han}{1,6}(?:中心|组|部|室)\s*[/／]\s*(\p{Han}{2,4}?)\s*(?:综合)?(?:报导|报道)$`)
	// A broadcaster's reporter alone on the line, as Hong Kong's write
	// it: 王晓明报道.
	nameByline = rx.MustCompile(`^(\p{Han}{2,4}?)\s*(?:报导|报道)$`)
	// A Taiwan page's reporter and place, no role word: 王晓明/青山报导.
	// The outlet may come first (某某传媒/王晓明/青山报导), several of them
	// joined (某某传媒、某某网/王晓明/青山报导).
	placeByline = rx.MustCompile(`^(?:[^/／∕]{1,24}(?:网|报|社|台|传媒|新闻)\s*[/／∕]\s*)?(\p{Han}{2,4})\s*[/／∕]\s*\p{Han}{2,5}(?:报导|报道)$`)
	// A lead paragraph's dateline before its bracketed byline.
	leadBracket = rx.MustCompile(`^[^(（\[【〔。,]{0,24}?[(（\[【〔]([^)）\]】〕]{2,40})[)）\]】〕]`)
	// A closing credit that names the writer before the role: (王晓明文/图),
	// (王晓明 文).
	nameThenWriter = rx.MustCompile(`^(\p{Han}{2,4}?)\s*(?:文\s*[/／]\s*图|图\s*[/／]\s*文|文图|图文|[/／]\s*文|文|[/／])$`)
	// The closing credit of the last paragraph: (王晓明) (王晓明 李红), and
	// the empty cell of the table the story was saved in after it (… |).
	closingCredit = rx.MustCompile(`[(（]([\p{Han} 、,，/:：]{2,24})[)）][\s|｜]*$`)
)

// roleRunes: every role word of bylineRole has one of these; a string
// without them needs no matching.
const roleRunes = "记通撰作文图摄采"

// roleCores are parts of bylineRole's role words, one in each: 记者,
// 通讯(员), 实习生, 撰稿, 撰文, 采写, 作者, 文字, 文图, 图文(/) and 摄(影,
// 像); the rest (文/, 图|, 文·图/, …) have 文 or 图 and a slash or a bar.
var roleCores = []string{"记者", "通讯", "实习生", "撰稿", "撰文", "采写", "作者", "文字", "文图", "图文", "摄"}

// mayHaveRole: s may hold a match of bylineRole; false means it holds
// none, and the expression, which tries its alternatives at every
// position, need not run.
func mayHaveRole(s string) bool {
	for _, c := range roleCores {
		if strings.Contains(s, c) {
			return true
		}
	}
	return hasAnyRune(s, "文图") && hasAnyRune(s, "/|丨:：")
}

// commonSurnames are the single-character surnames that cover nearly all
// of the population of mainland China and Taiwan; compoundSurnames the
// two-character ones still in use. A byline name begins with one.
const commonSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由傅洪赖萧阎代"

var compoundSurnames = []string{"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "西门", "南宫", "独孤", "澹台", "申屠", "钟离"}

// nonNameEnds: last characters of departments, units and places, and of a
// page's links (相关附件, 返回首页, 专题栏), which a person's name does not end
// with in a byline.
const nonNameEnds = "办室科部处局委会院所站队组社网报台刊厅司团校馆市县区省件页栏"

// isPersonName: two to four Han characters beginning with a surname and
// not ending like a department (院办, 宣传科, 工会).
func isPersonName(s string) bool {
	n := utf8.RuneCountInString(s)
	if !personName.MatchString(s) {
		return false
	}
	for _, w := range []string{"记者", "通讯", "编辑", "报道", "报导", "本报", "本网", "医院", "卫生", "新闻", "日报", "晚报"} {
		if strings.Contains(s, w) {
			return false
		}
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(nonNameEnds, last) && n > 2 {
		return false
	}
	for _, c := range compoundSurnames {
		if strings.HasPrefix(s, c) {
			return n >= 3
		}
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune(commonSurnames, first) {
		return false
	}
	return n <= 3 || strings.ContainsRune(commonSurnames, []rune(s)[1]) // 4 characters: a double surname (张王小明 is rare)
}

// parseByline reads the authors of a byline line. ok is false when the
// line is no byline; a byline of photographers only is ok with no
// authors.
func parseByline(line string) (authors []string, ok bool) {
	return readByline(line, false)
}

// parseFramedByline reads a byline that its place frames as one: the
// bracket of a lead's dateline (某某网5月8日讯(通讯员 王晓明)). There a
// name set off from its role word by a space or colon may have a rare
// surname (记者 庾小华), and names before the first role word, set off
// by a space, are correspondents credited without one (王晓明 记者 李红).
func parseFramedByline(line string) (authors []string, ok bool) {
	return readByline(line, true)
}

func readByline(line string, framed bool) (authors []string, ok bool) {
	// Both desk bylines end in 报导 or 报道: the expressions run only on
	// the lines that do.
	if t := strings.Trim(strings.TrimSpace(line), "【】〔〕"); strings.HasSuffix(t, "报导") || strings.HasSuffix(t, "报道") {
		if m := deskByline.FindStringSubmatch(t); m != nil && isPersonName(m[1]) {
			return []string{m[1]}, true
		}
		if m := placeByline.FindStringSubmatch(t); m != nil && isPersonName(m[1]) {
			return []string{m[1]}, true
		}
		if m := nameByline.FindStringSubmatch(t); m != nil && isPersonName(m[1]) {
			return []string{m[1]}, true
		}
	}
	if len(line) > 300 || !hasAnyRune(line, roleRunes) {
		return nil, false
	}
	line = strings.Trim(line, " \t□■●◆◇•·()（）【】[]〔〕|丨")
	if strings.Contains(line, "://") || strings.Contains(line, "www.") { // where urlPattern can match
		line = urlPattern.ReplaceAllString(line, "")
	}
	line = strings.TrimRight(line, " ,，;；")
	if utf8.RuneCountInString(line) > 50 || line == "" || !mayHaveRole(line) {
		return nil, false
	}
	loc := bylineRole.FindStringIndex(line)
	if loc == nil {
		return nil, false
	}
	// What stands before the first role word is the paper or agency
	// (新甘肃·某某日报记者…), never part of a sentence.
	prefix := line[:loc[0]]
	if utf8.RuneCountInString(prefix) > 12 || hasAnyRune(prefix, ",，。:：") {
		return nil, false
	}
	if framed {
		authors = creditedBefore(prefix)
	}
	rest := line[loc[0]:]
	roles := bylineRole.FindAllStringIndex(rest, -1)
	found := false
	for i, r := range roles {
		end := len(rest)
		if i+1 < len(roles) {
			end = roles[i+1][0]
		}
		role, part := rest[r[0]:r[1]], rest[r[1]:end]
		if i+1 < len(roles) && part != "" && part == strings.TrimRight(part, " ") && !strings.HasPrefix(rest[end:], "本") {
			// 采写:南都记者 王晓明: a name glued to the next role word is
			// the paper that role works for.
			if utf8.RuneCountInString(part) <= 6 {
				continue
			}
		}
		names, good := bylineNames(part, framed && strings.TrimRight(role, " \t:：") != role)
		if !good {
			return nil, false
		}
		if len(names) == 0 {
			if i+1 < len(roles) {
				continue // 文/图 written as two roles
			}
			if !found {
				return nil, false
			}
		}
		found = found || len(names) > 0
		photoAfter := i+1 < len(roles) && photoRole.MatchString(rest[roles[i+1][0]:]) && strings.TrimSpace(rest[roles[i+1][1]:]) == ""
		if photoRole.MatchString(role) || photoAfter || strings.HasSuffix(strings.TrimSpace(part), "摄") {
			continue // 摄影 王晓明, 记者 王晓明 摄: the photographer
		}
		authors = appendNew(authors, names...)
	}
	return authors, found || len(authors) > 0
}

// creditedBefore reads the names before a framed byline's first role
// word (王晓明 记者 李红 → 王晓明): one to three persons, the last set off
// from the role word by a space; a paper glued to it (某都记者) is none.
func creditedBefore(prefix string) []string {
	if strings.TrimRight(prefix, " \t") == prefix {
		return nil
	}
	return fewPersonNames(strings.FieldsFunc(prefix, func(r rune) bool { return strings.ContainsRune(" \t、,，", r) }))
}

// fewPersonNames returns toks when they are one to three people's names,
// else nil.
func fewPersonNames(toks []string) []string {
	if len(toks) == 0 || len(toks) > 3 {
		return nil
	}
	for _, t := range toks {
		if !isPersonName(t) {
			return nil
		}
	}
	return toks
}

// bylineNames reads the names after one role word: 王晓明, 王晓明 李红,
// 王晓明、李红, "王 明" (a two-character name spaced to the width of
// three), 王晓明/台北报导, 王晓明屏东县3日电. A trailing editor's role ends
// the names (记者 王晓明 编辑 李红).
//
// spaced: the names are set off from a framing role word (see
// parseFramedByline), and each may be merely name-shaped.
func bylineNames(part string, spaced bool) ([]string, bool) {
	if loc := editorRole.FindStringIndex(part); loc != nil {
		part = part[:loc[0]]
	}
	part = strings.TrimSpace(part)
	framed := false // the name stands between the role word and "/place报导"
	if m := datelineTail.FindStringIndex(part); m != nil {
		glued := !strings.HasPrefix(strings.TrimSpace(part[m[0]:]), "/")
		framed = !glued
		part = strings.TrimSpace(part[:m[0]])
		if glued && !strings.ContainsAny(part, " 、,，") {
			part = cutPlace(part) // 王晓明屏东县3日电: the place follows the name
		}
	}
	part = strings.TrimSuffix(strings.TrimSpace(part), "摄")
	toks := strings.FieldsFunc(part, func(r rune) bool {
		return strings.ContainsRune(" 、,，;；/|丨和与及", r)
	})
	var names []string
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if utf8.RuneCountInString(t) == 1 && i+1 < len(toks) && utf8.RuneCountInString(toks[i+1]) == 1 {
			t += toks[i+1]
			i++
		}
		if !isPersonName(t) && !(framed && len(toks) == 1 && nameShaped(t)) && !(spaced && len(toks) <= 3 && nameShaped(t)) {
			return nil, false
		}
		names = append(names, t)
	}
	return names, true
}

// nameShaped: two or three Han characters that read as no role, unit or
// place. A byline that frames a name between its role word and the
// place it reports from (记者扶小萍/南投报导) needs no more: the surname
// may be a rare one.
func nameShaped(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 3 || !personName.MatchString(s) {
		return false
	}
	for _, w := range []string{"记者", "通讯", "编辑", "报道", "报导", "本报", "本网", "医院", "卫生", "新闻", "日报", "晚报", "中心"} {
		if strings.Contains(s, w) {
			return false
		}
	}
	if selfNames[s] || unsigned[s] {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(nonNameEnds, last)
}

// unsigned: what a byline's field holds for a story nobody signed.
var unsigned = map[string]bool{"佚名": true, "匿名": true, "不详": true, "未知": true, "暂无": true, "无名": true}

// affiliationEnd: the end of an institution or a postcode, which follows
// an article's author in a journal's byline (作者:王晓明 青山市人民医院 青山
// 123456).
var affiliationEnd = rx.MustCompile(`(?:医院|大学|学院|中心|研究所|研究院|公司|局|委员会|卫健委|\d{6})$`)

// affiliatedNames reads the persons that open a journal's 作者 field
// before their affiliation; nil unless an affiliation follows them.
func affiliatedNames(value string) []string {
	toks := strings.Fields(value)
	var names []string
	for _, t := range toks {
		if isPersonName(t) {
			names = append(names, t)
			continue
		}
		if len(names) > 0 && affiliationEnd.MatchString(t) {
			return names
		}
		return nil
	}
	return nil
}

// cutPlace separates a reporter's name from the place glued after it in
// a dateline (王晓明屏东县 → 王晓明, 王晓明台北 → 王晓明): the place is two
// characters, with an administrative suffix or without.
func cutPlace(s string) string {
	rs := []rune(s)
	n := len(rs)
	if n >= 5 && strings.ContainsRune("县市区省州镇乡", rs[n-1]) {
		return string(rs[:n-3])
	}
	if n >= 4 {
		return string(rs[:n-2])
	}
	return s
}

// leadAuthors reads the byline inside a lead paragraph's dateline:
// 本报兰州讯(某某日报记者王晓明)…, (某某社记者王晓明台北25日电)…,
// 【记者王晓明/台北报导】…. The agency before the role word is returned
// as org (某某社), for a page that names no other publisher.
func leadAuthors(line string) (authors []string, org string) {
	m := leadBracket.FindStringSubmatch(line)
	if m == nil {
		if names := leadTokens(line); names != nil {
			return names, ""
		}
		return leadReporter(line)
	}
	inner := m[1]
	names, ok := parseFramedByline(inner)
	if !ok {
		if names := datelineNames(line[:strings.Index(line, inner)], inner); names != nil {
			return names, ""
		}
		// The first bracket may name the paper or the day (某某网(某某日报网)讯
		// (通讯员…), 【某某报12月27日报导】(某某社记者…)): the byline is then
		// the bracket right after it.
		next := leadBracket.FindStringSubmatch(line[len(m[0]):])
		if next == nil {
			// 【本报讯】记者王晓明报导,…: the reporter opens the lead after
			// the paper's bracket.
			return leadReporter(strings.TrimLeft(line[len(m[0]):], " 　"))
		}
		if names, ok = parseFramedByline(next[1]); !ok {
			return nil, ""
		}
		inner = next[1]
	}
	if loc := bylineRole.FindStringIndex(inner); loc != nil && creditedBefore(inner[:loc[0]]) == nil {
		org = strings.Trim(inner[:loc[0]], " ·")
		if i := strings.LastIndex(org, "·"); i >= 0 {
			org = org[i+len("·"):]
		}
		if org == "" {
			// 中央社记者…: the agency is part of the role word.
			role := bylineRole.FindString(inner)
			for _, a := range []string{"新华社", "中新社", "中央社", "人民网", "央视网"} {
				if strings.HasPrefix(role, a) {
					org = a
				}
			}
		}
	}
	return names, org
}

// datelineEnd: a dateline's end right before its bracket: the day and 电
// or 讯 (某某网3月15日电, 本报讯).
var datelineEnd = rx.MustCompile(`(?:\d{1,2}\s*日\s*电|[电讯])\s*[(（]$`)

// datelineNames reads the bracket after a dateline that credits its
// reporters with no role word (某某网3月15日电(王晓明、李红)): every item
// must read as a person's name; nil when the bracket is anything else.
func datelineNames(before, inner string) []string {
	if !datelineEnd.MatchString(before) {
		return nil
	}
	var names []string
	for i, n := range strings.FieldsFunc(inner, func(r rune) bool { return strings.ContainsRune("、,， ", r) }) {
		if i == 0 && datelineUnit.MatchString(n) {
			continue // 融媒体中心 王晓明: the newsroom the reporters work in
		}
		if !isPersonName(n) {
			return nil
		}
		names = append(names, n)
	}
	return names
}

// datelineUnit: a newsroom named before the reporters in a dateline's
// bracket (某某网3月15日讯(融媒体中心 王晓明)).
var datelineUnit = rx.MustCompile(`^\p{Han}{1,8}(?:中心|报社|报|台|网|站|社|部)$`)

// leadDateline: a lead paragraph opening with its dateline and a byline
// between spaces: 本报讯 记者 王晓明 通讯员 李红 近日,….
var leadDateline = rx.MustCompile(`^[^,，。()（）]{0,12}?(?:讯|电)\s+`)

// leadReporterRe: a lead that opens with its reporter and 报道, no
// bracket and no space: 某某晨报记者王晓明报道 青山市卫生局昨天发布…;
// after the paper's dateline (本报讯记者王晓明报道), and as the reporter
// who also took the photographs (记者王晓明摄影报道, 记者王晓明图文报道).
var leadReporterRe = rx.MustCompile(`^(?:\p{Han}{0,6}讯\s*)?(\p{Han}{0,6}(?:报|社|网|台))?(?:特约|特派|首席|实习|见习)?记者\s*(\p{Han}{2,3}(?:[、和]\p{Han}{2,3})*)\s*(?:摄影|图文)?(?:报道|报导)`)

// leadReporter reads that opening; every name must read as a person's.
func leadReporter(line string) (authors []string, org string) {
	m := leadReporterRe.FindStringSubmatch(line)
	if m == nil {
		return nil, ""
	}
	for _, n := range strings.FieldsFunc(m[2], func(r rune) bool { return r == '、' || r == '和' }) {
		if !isPersonName(n) {
			return nil, ""
		}
		authors = append(authors, n)
	}
	if m[1] != "本报" {
		org = m[1]
	}
	return authors, org
}

// leadTokens reads the byline after a lead's dateline, token by token
// while the tokens still read as a byline.
func leadTokens(line string) []string {
	loc := leadDateline.FindStringIndex(line)
	if loc == nil {
		return nil
	}
	toks := strings.Fields(line[loc[1]:])
	var best []string
	for i := 1; i <= len(toks) && i <= 8; i++ {
		names, ok := parseByline(strings.Join(toks[:i], " "))
		if !ok {
			if best != nil {
				break
			}
			continue
		}
		best = names
	}
	return best
}

// reportedByEnd: a paragraph that ends with its reporter's name and 报导
// in brackets, as Taiwan's wires close a lead: …一步。(王晓明报导).
var reportedByEnd = rx.MustCompile(`[(（]\s*(\p{Han}{2,4}?)\s*(?:综合)?(?:报导|报道)\s*[)）]\s*$`)

// reportedBy reads that closing; the name must read as a person's.
func reportedBy(line string) []string {
	if m := reportedByEnd.FindStringSubmatch(line); m != nil && isPersonName(m[1]) {
		return []string{m[1]}
	}
	return nil
}

// closingAuthors reads a last paragraph's closing credit: (王晓明),
// (王晓明 李红). Departments ((工会), (院办)) are no credit of a person.
func closingAuthors(line string) []string {
	m := closingCredit.FindStringSubmatch(line)
	if m == nil {
		return nil
	}
	if names, ok := parseByline(m[1]); ok {
		return names // (记者 王晓明), (文/王晓明)
	}
	if strings.HasSuffix(m[1], "摄") {
		return nil // (王晓明 摄): the photographer
	}
	if n := nameThenWriter.FindStringSubmatch(strings.TrimSpace(m[1])); n != nil && isPersonName(n[1]) {
		return []string{n[1]} // (王晓明文/图), (王晓明 文): the writer, named before the role
	}
	// (党委办公室 王晓明): the writer's department goes before the name.
	var names []string
	for _, tok := range joinSpacedSurnames(strings.FieldsFunc(m[1], func(r rune) bool { return strings.ContainsRune(" 、,，", r) })) {
		// 党办, 院办: an office's short name reads like a person's; no
		// given name ends in 办.
		if departmentEnd.MatchString(tok) && len(names) == 0 && (utf8.RuneCountInString(tok) > 2 || strings.HasSuffix(tok, "办")) {
			continue
		}
		if len(names) == 0 && utf8.RuneCountInString(tok) > 4 && institutionOnly.MatchString(tok) {
			continue // (青山市人民医院 王晓明): the writer's hospital goes first too
		}
		if !isPersonName(tok) {
			return nil
		}
		names = append(names, tok)
	}
	return names
}

// departmentCredit reads a credit line of a department or an outlet and
// the names of its writers (宣传科 王晓明, 院办 王 明 李红, 某某电视台新闻频道
// 王晓明 李红): the department or outlet first, one to three people after
// it, nothing else.
func departmentCredit(line string) []string {
	toks := joinSpacedSurnames(strings.Fields(line))
	if len(toks) < 2 || len(toks) > 4 || !department.MatchString(toks[0]) && !siteLike.MatchString(toks[0]) && !(utf8.RuneCountInString(toks[0]) == 2 && strings.HasSuffix(toks[0], "办")) {
		return nil
	}
	for _, t := range toks[1:] {
		if !isPersonName(t) {
			return nil
		}
	}
	return toks[1:]
}

// joinSpacedSurnames joins a surname standing alone to the given name
// after it ((王 永江), a space typed or left by the layout inside a name):
// no one is named by one character, so the two are one name.
func joinSpacedSurnames(toks []string) []string {
	out := toks[:0:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i+1 < len(toks) && utf8.RuneCountInString(t) == 1 && strings.Contains(commonSurnames, t) &&
			utf8.RuneCountInString(toks[i+1]) <= 2 && isPersonName(t+toks[i+1]) {
			out = append(out, t+toks[i+1])
			i++
			continue
		}
		out = append(out, t)
	}
	return out
}

var urlPattern = rx.MustCompile(`(?:https?://|www\.)[^\s,，]+`)

func appendNew(list []string, items ...string) []string {
	for _, it := range items {
		found := false
		for _, x := range list {
			if x == it {
				found = true
				break
			}
		}
		if !found {
			list = append(list, it)
		}
	}
	return list
}
