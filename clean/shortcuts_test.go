package clean

import (
	"strings"
	"testing"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// The line tests skip a regular expression or a copy where a cheap test
// shows it cannot match or change anything. These tests hold each
// shortcut to what it stands for.

// punctuationSets are the sets hasAnyRune is asked about.
var punctuationSets = []string{"。,，", "图摄照", "。;；", "。,，;；!！?？", " 。,;", "。！？!?", "文图", "/|丨",
	roleRunes, ",，。:：", ":：", "(（", "【】[]", ">»›→＞", "-/_"}

func TestHasAnyRune(t *testing.T) {
	for _, s := range []string{"", "青山医院", "青山医院。", "a,b", "\xe3\x80", "\xe3。", "文/图 王明", "来源：本网"} {
		for _, set := range punctuationSets {
			if got, want := hasAnyRune(s, set), strings.ContainsAny(s, set); got != want {
				t.Errorf("hasAnyRune(%q, %q) = %v, ContainsAny %v", s, set, got, want)
			}
		}
	}
}

func TestHasFieldLabel(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"来源:青山日报", true},
		{"发布时间 ： 2021-06-29", true},
		{"作者\t:王明", true},
		{"10:30 青山医院", false},
		{"会议指出：要加强管理", false},
		{"青山医院", false},
	} {
		if got := hasFieldLabel(tc.line); got != tc.want {
			t.Errorf("hasFieldLabel(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestFieldCount(t *testing.T) {
	for _, s := range []string{"", " ", "a b", " 青山 医院\u3000新闻 ", "a\u00a0b", "\xff \xfe", "2021-06-29 10:30 来源:本网"} {
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// FuzzShortcuts: each shortcut agrees with the expression or the
// function it spares.
func FuzzShortcuts(f *testing.F) {
	for _, s := range []string{"来源:青山日报 作者: 王明", "记者 王晓明 通讯员 李红", "文/图 王明", "2021年6月29日 星期二",
		"二〇二一年六月", "民国110年6月", "首页 > 新闻 > 正文", "分享到 微信", "Date 2021-06-29", "（青山医院）",
		"【发布时间:2021-06-29】", "http://example.com/图", "青山(qīng)医院", `"PUBLIſH_TIME": "2021-06-29"`, `pubDate='2021-06-29'`,
		"某某社青山29日电", "陜西省人民医院", "\xe9\x99陜", "var  ct = \"1581517074\"", "var\nct='1581517074'", "急诊电话:0123-4567890", "本报青山讯", "（完）", "今天是2021年"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, set := range punctuationSets {
			if hasAnyRune(s, set) != strings.ContainsAny(s, set) {
				t.Errorf("hasAnyRune(%q, %q) differs from strings.ContainsAny", s, set)
			}
		}
		if fieldLabel.MatchString(s) && !hasFieldLabel(s) {
			t.Errorf("fieldLabel matches %q, hasFieldLabel says no", s)
		}
		if bylineRole.MatchString(s) && !mayHaveRole(s) {
			t.Errorf("bylineRole matches %q, mayHaveRole says no", s)
		}
		if (dateArabic.MatchString(s) || dateYM.MatchString(s)) && !hasYearDigits(s) {
			t.Errorf("a year expression matches %q, hasYearDigits says no", s)
		}
		if l := strings.TrimSpace(s); l != "" && !onlyDateRunes(l) && dateLineLoop(l) {
			t.Errorf("onlyDateRunes refuses %q, which the date-line loop takes", l)
		}
		if !widgetSet.any(s) {
			for _, w := range widgetWords {
				if strings.Contains(s, w) {
					t.Errorf("widgetSet misses %q in %q", w, s)
				}
			}
		}
		for name, re := range startRegexps {
			if re.Regexp.MatchString(s) && !re.mayMatch(s) {
				t.Errorf("%s matches %q, which does not begin with one of %q", name, s, re.starts)
			}
		}
		if agencyDateline.MatchString(s) && !hasAnyRune(s, "电讯") || phoneLine.MatchString(s) && !hasAnyRune(s, "电热专号手传") ||
			placeDateline.MatchString(s) && !strings.HasSuffix(s, "讯") {
			t.Errorf("a dateline or phone expression matches %q without its word", s)
		}
		if got, want := lineWordsOf(s, lowerASCII(s)), wantLineWords(s); got != want {
			t.Errorf("lineWordsOf(%q) = %v, want %v", s, got, want)
		}
		if variantSet.any(s) != (variants.Replace(s) != s) {
			t.Errorf("variantSet.any(%q) = %v, but the replacer says otherwise", s, variantSet.any(s))
		}
		if scriptUnix.MatchString(s) && !hasVarCt(s) {
			t.Errorf("scriptUnix matches %q, hasVarCt says no", s)
		}
		if scriptKey.MatchString(s) && !hasScriptKey(s) {
			t.Errorf("scriptKey matches %q, hasScriptKey says no", s)
		}
		if a, b, ok := strings.Cut(s, "\n"); ok && sameLine(a, b) != (a != "" && strings.Join(strings.Fields(a), "") == strings.Join(strings.Fields(b), "")) {
			t.Errorf("sameLine(%q, %q) differs from comparing the fields", a, b)
		}
		if fieldCount(s) != len(strings.Fields(s)) {
			t.Errorf("fieldCount(%q) differs from strings.Fields", s)
		}
		if hasPrefixFoldASCII(s, "date") != strings.HasPrefix(strings.ToLower(s), "date") {
			t.Errorf("hasPrefixFoldASCII(%q, date) differs from lowering", s)
		}
		if indexParen(s) != strings.IndexAny(s, "(（") {
			t.Errorf("indexParen(%q) differs from strings.IndexAny", s)
		}
		if len(findDates(s, false)) > 0 && !hasYearDigits(s) && !strings.Contains(s, "年") {
			t.Errorf("findDates finds a date in %q without a year", s)
		}
	})
}

// wantLineWords counts each list's phrases with a phraseSet per list, on
// the line or its lowered form as lineWordsOf reads them.
func wantLineWords(bare string) [lineLists]int {
	lower := lowerASCII(bare)
	var w [lineLists]int
	for k, list := range [][]string{forumWords, disclaimerMarks, spamMarks, spamLineWords, noticeWords, footerWords} {
		line := lower
		if 1<<k&bareLists != 0 {
			line = bare
		}
		w[k] = newPhraseSet(list).count(line)
	}
	return w
}

func TestLineWordsOf(t *testing.T) {
	n := 0
	for _, l := range [][]string{forumWords, disclaimerMarks, spamMarks, spamLineWords, noticeWords, footerWords} {
		n += len(l)
	}
	if n > maxListPhrases {
		t.Fatalf("%d phrases, more than %d", n, maxListPhrases)
	}
	for _, l := range []string{"", "版权所有 未经授权不得转载", "Copyright © 青山网 ICP备", "注册时间:2010 积分:5", "请下载APP 客户端下载",
		"隐私 Cookie", "青山医院今日开诊。", "在线观看 国产 精品 久久", "版权所有版权所有"} {
		if got, want := lineWordsOf(l, lowerASCII(l)), wantLineWords(l); got != want {
			t.Errorf("lineWordsOf(%q) = %v, want %v", l, got, want)
		}
	}
}

// startRegexps are the anchored expressions with their first characters.
var startRegexps = map[string]startRegexp{
	"breadcrumbStart": breadcrumbStart, "neighbourLink": neighbourLink, "relatedHeading": relatedHeading,
	"editorLine": editorLine, "photoCredit": photoCredit, "captionStart": captionStart, "greeting": greeting,
	"endMark": endMark, "eraCaption": eraCaption,
}

// TestStartRegexps: lines of each kind, which the expression matches,
// begin with one of its characters, and the empty line matches none.
func TestStartRegexps(t *testing.T) {
	lines := []string{"当前位置:首页", "您的位置：新闻", "上一篇:青山医院", "后一篇", "相关新闻", "热门推荐:", "责任编辑:王明",
		"（审核 王明）", "图片:王明", "摄影/李红", "图为青山医院", "▲青山医院", "欢迎访问青山网", ",欢迎光临", "今天是2021年",
		"（完）", "【全文完】", "2021年的青山医院", "上世纪50年代的青山医院", "民国20年的青山卫生院"}
	for name, re := range startRegexps {
		if re.Regexp.MatchString("") {
			t.Errorf("%s matches the empty line", name)
		}
		for _, l := range lines {
			if re.Regexp.MatchString(l) && !re.mayMatch(l) {
				t.Errorf("%s matches %q, which does not begin with one of %q", name, l, re.starts)
			}
		}
	}
}

// dateLineLoop is isDateLine's test of the characters left after the
// date words, without its length limit and date search.
func dateLineLoop(l string) bool {
	for _, r := range dateWords.Replace(l) {
		if !(r >= '0' && r <= '9' || strings.ContainsRune(" -/.:年月日时分秒号()", r)) {
			return false
		}
	}
	return true
}

// FuzzScoring: the scorer's paragraphs, counted in one walk, are the
// elements whose own text, collapsed, is long enough, in document order,
// with that text's length and commas; and the link density it keeps of
// each is linkDensity's. collapsedLen counts every element's text as
// collapsing it would.
func FuzzScoring(f *testing.F) {
	for _, s := range []string{"<div>青山 <span>医院，</span>\n 新闻<p>段落。</p> 尾</div>", "<p>  a\u3000 b <br> c </p>",
		"<td>\xff 青山</td>", "<div><b>一、</b><i>二。</i></div>", "<div>\n\t<p>\v\n 青山医院今日开诊，各界人士出席仪式。</p>\n</div>", "<ul><li>a</li> <li> b<script>x</script></li><table><tr><td>c</td></tr></table>d</ul>",
		"<div> 青山医院今日举行开诊仪式，<a href=x>各界人士</a>出席。<div><p>第二段落的文字，足够长的一段话。</p></div> 尾声的文字</div>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(decodeForTest(s)))
		if err != nil {
			return
		}
		var want []paragraph
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode {
					full := len([]rune(collapseSpace(textWithBreaks([]*html.Node{c}))))
					for _, limit := range []int{1, 8, 61, 600} {
						if got := collapsedLen(c, limit); got != min(full, limit) {
							t.Errorf("collapsedLen(<%s>, %d) = %d, want %d", c.Data, limit, got, min(full, limit))
						}
					}
				}
				if c.Type == html.ElementNode && scoredTags[c.Data] {
					text := ownText(c)
					col := collapseSpace(text)
					visible := 0
					for _, r := range text {
						if !isCollapsible(r) {
							visible++
						}
					}
					if k := len([]rune(col)); visible > 10 && k >= 20 {
						commas := strings.Count(col, "，") + strings.Count(col, ",") + strings.Count(col, "、") + strings.Count(col, "。")
						want = append(want, paragraph{n: c, length: k, commas: commas})
					}
				}
				walk(c)
			}
		}
		walk(doc.Nodes[0])
		sc := newScoring(doc)
		if len(sc.paragraphs) != len(want) {
			t.Fatalf("%d paragraphs, want %d in %q", len(sc.paragraphs), len(want), s)
		}
		for i, p := range sc.paragraphs {
			if w := want[i]; p.n != w.n || p.length != w.length || p.commas != w.commas {
				t.Errorf("paragraph %d: <%s> length %d commas %d, want <%s> length %d commas %d", i, p.n.Data, p.length, p.commas, w.n.Data, w.length, w.commas)
			}
			for _, x := range []*html.Node{p.parent, p.parent.Parent} {
				if x != nil && x.Type == html.ElementNode {
					if got, ok := sc.density[x]; !ok || got != linkDensity(x) {
						t.Errorf("density of <%s> = %v (%v), linkDensity %v", x.Data, got, ok, linkDensity(x))
					}
				}
			}
		}
	})
}

// decodeForTest makes s valid UTF-8 as the page decoder does, so that the
// parser's text nodes are what the cleaner's are.
func decodeForTest(s string) string {
	d, err := decode([]byte(s), "utf-8")
	if err != nil {
		return ""
	}
	return string(d.utf8)
}

func TestSameLine(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"青山 医院", "青山医院", true},
		{"青山医院", "青山医院。", false},
		{"", "", false},
		{" ", "\u3000", true},
		{"图为 青山医院", "图为青山医院", true},
		{"\xe4 \xb8\xad", "中", true}, // invalid bytes around a space join to a character
		{"甲乙", "乙甲", false},
	} {
		if got := sameLine(tc.a, tc.b); got != tc.want {
			t.Errorf("sameLine(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestSpaceAboveIdeographicSpace: textNodeStats tests no character above
// U+3000 for white space, and only U+FEFF for collapsing.
func TestSpaceAboveIdeographicSpace(t *testing.T) {
	for r := rune(0x3001); r <= 0x10FFFF; r++ {
		if unicode.IsSpace(r) || isCollapsible(r) != (r == '\ufeff') {
			t.Errorf("U+%04X: IsSpace %v, isCollapsible %v", r, unicode.IsSpace(r), isCollapsible(r))
		}
	}
}
