package extract

import (
	"strings"
	"unicode/utf8"

	"zhnews"
	"zhnews/internal/rx"
)

// An article names the list once (复旦版中国医院排行榜公布, 艾力彼发布2024
// 中国医院竞争力排行榜, 「World's Best Hospitals 2025」排名公布) and gives the
// places later in clauses that name none (甲医院位列第64名; 去年218名,今年
// 208名). The scope of such a place is the nearest list name before it in
// its paragraph, else the one of the article's lead.

// listNameEnd: the words a list's name ends with.
const listNameEnd = `(?:排行榜|排名榜|榜单|指数|最佳医院|(?i:best\s+hospitals)|绩效考核|百强榜?|\d+\s*强|软科[^，,。；;]{0,12}?排名)`

var (
	// listNameQuoted: a quoted name holding a list's word; group 1 is the
	// name with what follows its quote up to the list's word (《自然》指数).
	listNameQuoted = rx.MustCompile(`[《“「『"]([^》”」』"，,。；;]{0,40}?` + listNameEnd + `[^》”」』"，,。；;]{0,12})[》”」』"]|《([^》，,。；;]{1,20})》\s*(指数|排行榜|榜单)`)
	// listNamePlain: an unquoted name, from the last break or the verb
	// before it (发布了, 在, 的) to its list's word.
	listNamePlain = rx.MustCompile(`(?:^|[，,。；;、:：()（）\s在的了据于和与及是])([^，,。；;、:：()（）\s在的了据于和与及是]{0,24}?` + listNameEnd + `)`)
	// listNameHead: what a list's name holds besides its last word: who
	// makes it, or what it ranks.
	listNameHead = rx.MustCompile(`版|中国|全国|全球|世界|亚太|亚洲|国家|三级|公立|医院|大学|学科|专科|竞争力|声誉|科技|艾力彼|软科|复旦|自然|\p{Latin}{3,}`)
	// listNameMaker: the verb of who made the list, and what stands
	// before it (艾力彼发布2024年…, 也发表…): no part of the name.
	listNameMaker = rx.MustCompile(`^(.*?)(?:发布|公布|发表|揭晓|推出|出炉|显示|根据|依据|按照|针对)了?`)
	// listNameEntry: the verb of entering a list, and what stands before
	// it (连续2年成为全台唯一挤进…, 正式挺进…): no part of the name.
	listNameEntry = rx.MustCompile(`^.*(?:进入|挺进|挤进|跻身|入选|入围|登上|荣登|列入|成为|唯一|获评为|被评为|评为|获选为|获评)`)
	// listNameDeictic: which edition, before the name (此次, 本次, 最新).
	listNameDeictic = rx.MustCompile(`^(?:此次|本次|这次|今年度?|新一届|最新一期|最新)\s*`)
	// listMaker: the makers of lists whose name a list's own name keeps
	// (新闻周刊2025年全球最佳医院, 软科2024中国医院排名): a quoted
	// publication or a known maker.
	listMaker = rx.MustCompile(`^(?:《[^》]{1,12}》|「[^」]{1,12}」|复旦版?|艾力彼|软科|新闻周刊|Newsweek|Statista)$`)
	// placeWords: a name holding these is a place's clause, not a list's.
	placeWords = rx.MustCompile(`第\s*\d|位列|排名第|名列|位居|\d+\s*[名位]`)
	// listPart: the part of a list a quoted name ends with, in brackets
	// (总榜, 综合, 中医).
	listPart = rx.MustCompile(`[(（]\p{Han}{1,6}[)）]$`)
	// listNameSize: the size of a list its name holds (前250强, 100强).
	listNameSize = rx.MustCompile(`(\d+)\s*强`)
	// localScope: a region below the country's, which a national or
	// world list does not rank.
	localScope = rx.MustCompile(`^(?:全省|全市|全区|全县|全州|省内|市内|区内|县内)$`)
	// wideScope: a scope that names a region only, which a list's name
	// carried before it narrows (新闻周刊…(台湾)).
	wideScope = rx.MustCompile(`^(?:全国|全省|全市|全区|全县|全州|省内|市内|国内|全球|全世界|世界|全台|全美|亚洲|台湾)$`)
	// genericListScope: a list's common noun, with at most a region
	// (进入全国榜单前十, 在榜单中): it names no list, so the list named
	// before stands in its place.
	genericListScope = rx.MustCompile(`^(?:全国|全省|全市|全球|全世界|世界|国内|省内|全台)?(?:榜单|排行榜|总榜|名单)$`)
	// worldList: a list of the world's hospitals, whose size is no
	// country's (全球前250强 over 全台排名第2名).
	worldList = rx.MustCompile(`全球|世界|国际|(?i:world)`)
	// worldRegion: a scope as wide as a world list.
	worldRegion = rx.MustCompile(`^(?:全球|全世界|世界)$`)
	// listYear: the year a list's name holds (《2022年度中国医院综合排行
	// 榜》, 2026年全球最佳医院, 2024中国医院竞争力).
	listYear = rx.MustCompile(`((?:19|20)\d{2})\s*(?:年度?)?`)
	// topOfList: the top of a list as a place's group (地级城市医院100强,
	// 全国百强), which is a part of the list named before it.
	topOfList = rx.MustCompile(`(?:\d+\s*强|百强)$`)
	// relativeYear: a place said of another year than the list's edition
	// (去年排名第208名, 回顾上年度): not the edition's year.
	relativeYear = rx.MustCompile(`去年|前年|上年|往年|历年|此前|以往|曾经|回顾`)
)

// lastListName returns the last list's name written in s, or "".
func lastListName(s string) string {
	best, at := "", -1
	quoted := listNameQuoted.FindAllStringSubmatchIndex(s, -1)
	inQuote := func(i int) bool {
		for _, q := range quoted {
			if i >= q[0] && i < q[1] {
				return true
			}
		}
		return false
	}
	for _, loc := range quoted {
		name := ""
		if loc[2] >= 0 {
			name = s[loc[2]:loc[3]]
		} else {
			name = "《" + s[loc[4]:loc[5]] + "》" + s[loc[6]:loc[7]]
		}
		// A quoted name may end with its part in brackets (《…排行榜(总榜)》),
		// which a remains' bracket (见图) elsewhere is not.
		if loc[0] > at && plausibleListName(listPart.ReplaceAllString(name, "")) {
			best, at = strings.TrimSpace(name), loc[0]
		}
	}
	for _, loc := range listNamePlain.FindAllStringSubmatchIndex(s, -1) {
		if inQuote(loc[2]) {
			continue // a quoted name's words, read with its quote (above)
		}
		from := loc[2]
		for from > 0 && strings.IndexByte("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz' ", s[from-1]) >= 0 {
			from-- // World's Best Hospitals: the Latin words before the space
		}
		if strings.HasSuffix(s[:from], "’") {
			for from -= len("’"); from > 0 && strings.IndexByte("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", s[from-1]) >= 0; from-- {
			}
		}
		name := strings.TrimSpace(s[from:loc[3]])
		if i := strings.LastIndexAny(name, "「“『《\""); i >= 0 && !strings.ContainsAny(name[i:], "」”』》") {
			_, size := utf8.DecodeRuneInString(name[i:])
			name = name[i+size:] // a quote opened and not closed: the name is inside it
		}
		name = listNameDeictic.ReplaceAllString(listNameEntry.ReplaceAllString(name, ""), "")
		if mk := listNameMaker.FindStringSubmatchIndex(name); mk != nil {
			maker := strings.TrimSpace(name[mk[2]:mk[3]])
			name = name[mk[1]:]
			if maker = strings.TrimPrefix(maker, "美国"); listMaker.MatchString(maker) {
				name = strings.Trim(maker, "《》「」") + name
			}
		}
		// A quoted name's tail is read with its quote (above).
		if loc[2] > at && plausibleListName(name) && !strings.ContainsAny(name, "》”」』\"") {
			best, at = name, loc[2]
		}
	}
	return best
}

// tooSmallFor: the list's name gives its size (前200强), and the place is
// below it.
func tooSmallFor(name string, place any) bool {
	t := listNameSize.FindStringSubmatch(name)
	v, ok := place.(int64)
	return t != nil && ok && v > int64(atoi(t[1]))
}

// plausibleListName: a name with a head besides its list word, and no
// place in it.
func plausibleListName(name string) bool {
	n := utf8.RuneCountInString(name)
	return n >= 4 && n <= 40 && listNameHead.MatchString(name) && !placeWords.MatchString(name) && plausibleScope(name) != "" && !genericListScope.MatchString(name)
}

// carryListScopes gives the facts whose clause names no list the list
// named before them: in their paragraph, else in the article's lead.
func carryListScopes(d *Doc, facts []zhnews.Fact) {
	if len(facts) == 0 {
		return
	}
	runes := d.runes
	lead := leadEnd(runes)
	leadName, leadRead := "", false
	for i := range facts {
		f := &facts[i]
		if f.Scope != "" && !wideScope.MatchString(f.Scope) && !genericListScope.MatchString(f.Scope) || f.Start <= 0 || f.Start > len(runes) {
			continue
		}
		para := f.Start
		for para > 0 && runes[para-1] != '\n' {
			para--
		}
		name := lastListName(string(runes[para:f.Start]))
		if tooSmallFor(name, f.Value) {
			name = "" // 挺进全球前200强 … 以第249名: a top the place is not in
		}
		if name == "" && para > lead {
			if !leadRead {
				leadName, leadRead = lastListName(string(runes[:lead])), true
			}
			name = leadName
		}
		if name == "" || tooSmallFor(name, f.Value) || localScope.MatchString(f.Scope) && !strings.ContainsAny(name, "省市区县州") {
			continue // 位列全省第一 under a national list: a ranking of its own
		}
		if genericListScope.MatchString(f.Scope) {
			f.Scope = "" // 全国榜单: the list named before is the one
		}
		narrowed := f.Scope != "" && worldList.MatchString(name) && !worldRegion.MatchString(f.Scope)
		if t := listNameSize.FindStringSubmatch(name); t != nil && f.Total == 0 && !narrowed {
			// 全球前250强: the list's size is in its name.
			if v, ok := f.Value.(int64); ok && v <= int64(atoi(t[1])) {
				f.Total = atoi(t[1])
			}
		}
		if f.Scope == "" {
			f.Scope = name
		} else if !strings.Contains(name, f.Scope) {
			f.Scope = name + "(" + f.Scope + ")"
		} else {
			f.Scope = name
		}
	}
}

var (
	// scopeOwner: a hospital's name opening a scope, the subject the
	// scope was cut from (甲医院2023年度三级公立医院绩效考核): up to its
	// 医院, when a year or a list's head follows.
	scopeOwner = rx.MustCompile(`^\p{Han}{2,30}?医院((?:19|20)\d{2}|全国|全省|国家|三级|二级|中国|复旦|艾力彼|软科)`)
	// scopeRegionTail: a list's name and the region the place is in,
	// written one after the other (某某绩效考核中全省, 某某排行榜全国).
	scopeRegionTail = rx.MustCompile(`^(.+?` + listNameEnd + `)中?\s*(全国|全省|全市|全区|全县|全州|全台|省内|市内|国内)$`)
)

// tidyScopes writes a place's scope as its list's name, with the region
// in brackets as carried scopes are (全国三级公立医院绩效考核(浙江省)):
// no hospital's name before it, no 中 between it and the region.
func tidyScopes(facts []zhnews.Fact) {
	for i := range facts {
		f := &facts[i]
		if m := scopeOwner.FindStringSubmatchIndex(f.Scope); m != nil {
			f.Scope = f.Scope[m[2]:]
		}
		if m := scopeRegionTail.FindStringSubmatch(f.Scope); m != nil {
			f.Scope = m[1] + "(" + m[2] + ")"
		}
	}
}

// listSizeStated: how many hospitals a whole list holds, said anywhere in
// the article (全国共有100家医院进入“某某排行榜”, 本次共有100所医院上榜):
// a clause that opens with the count or the whole country, not with a
// region's share (上海共有三家医院进入…). Group 1 is the count, group 2
// what follows the verb (the list's name, if written).
var listSizeStated = rx.MustCompile(`(?:^|[，,。；;\n])\s*(?:本次|此次|今年|本届|全国|全球|榜单)?\s*(?:共有|共|总共|总计)\s*(\d+)\s*(?:家|所)\s*(?:医院|医疗机构)?\s*(?:进入|入选|上榜|入围|登上|跻身)([^，,。；;\n]{0,40})`)

// giveStatedSizes gives a place in a named list with no total the size of
// the list the article states (listSizeStated), when the statement names
// a list of the same kind or none, and the place is within it.
func giveStatedSizes(d *Doc, facts []zhnews.Fact) {
	var sizes [][]string
	for i := range facts {
		f := &facts[i]
		v, ok := f.Value.(int64)
		if f.Total != 0 || !ok || f.Scope == "" || listWord.FindString(f.Scope) == "" {
			continue
		}
		if sizes == nil {
			if !strings.Contains(d.Text, "共") {
				return
			}
			sizes = listSizeStated.FindAllStringSubmatch(d.Text, -1)
			if sizes == nil {
				return
			}
		}
		for _, m := range sizes {
			n := atoi(m[1])
			after := m[2]
			if listWord.FindString(after) != "" && !sameListKind(f.Scope, after) {
				continue
			}
			if n > 1 && v <= int64(n) {
				f.Total = n
				break
			}
		}
	}
}

// listWord: the word a list's name ends with, which says its kind.
var listWord = rx.MustCompile(listNameEnd)

// sameListKind: two list names end with the same kind of list
// (复旦版中国医院排行榜 and 《2022年度中国医院综合排行榜》 are both 排行榜).
func sameListKind(a, b string) bool {
	wa, wb := listWord.FindAllString(a, -1), listWord.FindAllString(b, -1)
	return len(wa) > 0 && len(wb) > 0 && wa[len(wa)-1] == wb[len(wb)-1]
}

// giveEditionYears gives a place that states no year of its own the year
// of its list's edition: the year its list's name holds, else the year of
// the list of the same kind the article's lead names (《2022年度…排行榜》
// 发布 … 排名为4、5、7位). A place said of another year (去年…第208名) has
// none given.
func giveEditionYears(d *Doc, facts []zhnews.Fact) {
	runes := d.runes
	leadName, leadRead := "", false
	// The places of one list share their evidence and so their paragraph
	// and start: its list name is read once.
	before := map[[2]int]string{}
	for i := range facts {
		f := &facts[i]
		if f.Year != 0 || f.Start < 0 || f.Start > len(runes) || f.End > len(runes) {
			continue
		}
		para := f.Start
		for para > 0 && runes[para-1] != '\n' {
			para--
		}
		sent := f.Start
		for sent > para && !strings.ContainsRune("。！？!?；;", runes[sent-1]) {
			sent--
		}
		if relativeYear.MatchString(string(runes[sent:f.End])) {
			continue // 回顾去年排名,某院名列第208名: the place of another year
		}
		if y := listYear.FindStringSubmatch(f.Scope); y != nil {
			f.Year = atoi(y[1]) // 荣登2024年度某某排行榜第120名
			continue
		}
		if relativeYear.MatchString(string(runes[para:f.End])) {
			continue // a list named earlier: the paragraph may be of another year
		}
		// The list named before the place in its paragraph, else the
		// lead's: its edition, when the place is of no other list.
		if !leadRead {
			leadName, leadRead = lastListName(string(runes[:leadEnd(runes)])), true
		}
		key := [2]int{para, f.Start}
		named, ok := before[key]
		if !ok && holdsYear(runes[para:f.Start]) {
			// (a name read for its year: words with no year give none)
			named = lastListName(string(runes[para:f.Start]))
			before[key] = named
		}
		for _, name := range []string{named, leadName} {
			y := listYear.FindStringSubmatch(name)
			if y == nil || f.Scope != "" && !sameListKind(f.Scope, name) && !topOfList.MatchString(f.Scope) {
				continue
			}
			f.Year = atoi(y[1])
			break
		}
	}
}

// holdsYear: rs holds four digits that begin 19 or 20, as listYear reads
// a year.
func holdsYear(rs []rune) bool {
	for i := 0; i+3 < len(rs); i++ {
		if (rs[i] == '1' && rs[i+1] == '9' || rs[i] == '2' && rs[i+1] == '0') && rs[i+2] >= '0' && rs[i+2] <= '9' && rs[i+3] >= '0' && rs[i+3] <= '9' {
			return true
		}
	}
	return false
}

// leadMinRunes: the first line this long is the lead; shorter ones are
// headlines, captions and datelines.
const leadMinRunes = 30

// leadEnd returns the rune offset where the article's lead ends: the end
// of its first line of at least leadMinRunes.
func leadEnd(runes []rune) int {
	start := 0
	for i := 0; i <= len(runes); i++ {
		if i < len(runes) && runes[i] != '\n' {
			continue
		}
		if i-start >= leadMinRunes {
			return i
		}
		start = i + 1
	}
	return len(runes)
}
