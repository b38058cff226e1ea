package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"zhnews/internal/rx"
)

// lineKind is what a line of a saved page is, read from the line alone
// (classifyLine) and then from its neighbours (tables, classifyLines).
// The plain-text reader chooses title, date, byline and body from the
// kinds; the HTML reader passes its blocks through the same kinds.
type lineKind int

const (
	kindBlank      lineKind = iota
	kindProse               // a paragraph of the article
	kindHeadline            // short, no sentence in it: headline or subheading
	kindBreadcrumb          // 首页 > 新闻中心 > 正文, 当前位置: …
	kindNavBar              // 首页 | 新闻 | 科室 | 专家, a city menu
	kindLabel               // a section label: 医院新闻, 摘要
	kindDate                // a date alone: 2021-06-29 10:30, 2021, 02/22
	kindFields              // labelled header fields: 来源: 时间: 点击:
	kindByline              // 记者 王晓明 通讯员 李红
	kindEditor              // 责任编辑:…, 审核:…
	kindWidget              // buttons, counters, share lines, ads, pagers
	kindNotice              // cookie, browser, app and language prompts
	kindFooter              // copyright, ICP, disclaimer, address and phone
	kindRelated             // heading of a related or recommended list
	kindTableRow            // a row of a table the article prints
	kindCaption             // a photo caption: 图为…, …(图/某某提供)
	kindTeaser              // a blurb cut off with a "more" link: …[详细]
	kindJunk                // an image id, a bare URL, a forum panel line
)

var kindNames = [...]string{"blank", "prose", "headline", "breadcrumb", "navbar", "label", "date", "fields", "byline",
	"editor", "widget", "notice", "footer", "related", "table", "caption", "teaser", "junk"}

func (k lineKind) String() string { return kindNames[k] }

// classified is a line with its kind and what the classifier read from
// it.
type classified struct {
	text    string // the line, trimmed
	kind    lineKind
	authors []string // kindByline
}

var (
	breadcrumbStart = mustStart(`^(?:您的位置|您现在的位置|您当前的位置|您所在的位置|您所在位置|当前位置|现在位置|所在位置|当前的位置|位置)\s*[:：]?|^[【\[]?(?:类别|分类|栏目|所属栏目|所属分类)[】\]]?\s*[:：]\s*\S[^:：]{0,30}?(?:→|>|»|›|＞)`, "您当现所位类分栏【[")
	crumbDash       = rx.MustCompile(`\s+[-/_]\s+|\s*[-/_]{2,}\s*`)
	breadcrumbSep   = rx.MustCompile(`\s*(?:>>|>|»|›|→|＞)\s*`)
	homeWord        = rx.MustCompile(`^(?:首页|主页|网站首页|首 页)`)
	articleWord     = rx.MustCompile(`(?:正文|内容|详情|详细内容|阅读文章)$`)
	navSep          = rx.MustCompile(`\s*[|丨｜·]\s*|\s+`)
	labelEnd        = rx.MustCompile(`(?:新闻|动态|要闻|资讯|公告|通知|快讯|简讯|头条|专题|视点|聚焦|纵横|天地|园地|之窗|播报|信息|文章|概况|摘要|党建|新闻稿|通稿)$`)
	// Links to the neighbouring articles: the article has ended.
	neighbourLink  = mustStart(`^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|前一篇|后一篇)\s*[:：]?`, "上下前后")
	relatedHeading = mustStart(`^(?:相关|新闻|推荐|延伸|热点|热门|精彩|猜你|为你|往期|更多|最新|图片|今日|编辑|大家都在|其他|其它|同类|本类|热读|排行)(?:新闻|推荐|阅读|文章|链接|图片|推送|回顾|喜欢|专题|看|报道|资讯|排行)(?:[:：]|>>|»)?$`, "相新推延热精猜为往更最图今编大其同本排")
	editorLine     = mustStart(`^[(（]?(?:责任编辑|责编|(?:实习|见习|执行|特约|本版|文字|图片|视频|新媒体)?编辑|审核|审校|校对|编审|终审|监制|主编|值班编辑|美编|统筹|策划|签发|初审|复审|审稿|一审|二审|三审|网络编辑|编校)\s*(?:[:：|丨]|\s+\p{Han}{2,4}(?:\s|$|[)）]))`, "(（责编审校终监主值美统策签初复一二三网实见执特本文图视新")
	// The picture's source alone on its line, no description of the
	// picture: 图/某某医院提供, 照片:院方提供 (a credit, not a caption).
	providedPhotoCredit = rx.MustCompile(`^(?:图|图片|照片|相片|摄影)(?:来源)?\s*[/／:：]\s*[^,，。;；]{2,20}?(?:提供|供图)$`)
	// A headline that ends in its site, as a page's <title> is written:
	// …新时代,服务全面升级 – 某某传媒 JNEWS. A paragraph never ends so.
	siteTitledLine = rx.MustCompile(`\s[-—–]\s+\p{Han}{1,10}(?:网|报|台|频道|网站|官网|在线|新闻|传媒|日报|晚报)(?:\s+[A-Za-z]{2,12})?$`)
	photoCredit    = mustStart(`^(?:图片|图|照片|摄影)\s*[:：/]\s*(\p{Han}.{0,20})$`, "图照摄")
	captionStart   = mustStart(`^(?:图为|图片为|上图|下图|左图|右图|图\d*[:：]|图片[:：]|▲|△)`, "图上下左右▲△")
	captionCredit  = rx.MustCompile(`[(（](?:图|图片|摄影|照片)\s*[/:：]|\p{Han}{2,4}\s*摄(?:\s|$|[)）])|记者\p{Han}{2,4}\p{Han}{0,3}摄`)
	teaserEnd      = rx.MustCompile(`(?:\.\.\.|…|……)?\s*[\[【]?\s*(?:详细|详情|更多|全文|阅读全文|查看全文|点击查看)\s*[\]】]?\s*(?:>>|»)?$`)
	// Words of prompts (cookie, browser, app, video player), matched on
	// the lower-cased line.
	noticeWords = []string{"cookie", "隐私", "浏览器", "browser", "javascript", "未能播放", "无法播放", "视频加载", "您的设备不支持",
		"app", "客户端下载", "扫码下载",
		// An age gate over a page rated for adults, and a wiki's tagline.
		"限制级", "需满18岁", "未满18岁", "年满18岁", "不同意本条款", "来自维基百科", "自由的百科全书"}
	// Words of a page's footer, matched on the lower-cased line.
	footerWords = []string{"icp备", "icp证", "公网安备", "copyright", "©", "版权所有", "备案号", "技术支持:", "主办单位:", "承办单位:",
		"网站地图", "联系我们", "关于我们", "统一社会信用代码", "因版权方要求", "因版权原因",
		"内容分级处理办法", "网站分级推广基金会",
		// A content site's note that a user posted the page (本文章由注册用户上传提供).
		"由注册用户上传", "由网友上传", "由用户上传", "用户上传提供"}
	// A phone number under its label, alone on its line: 急诊急救电话:…,
	// 咨询、投诉电话:…, 爆料专线号码:….
	phoneLine   = rx.MustCompile(`^[\p{Han}、/]{0,10}(?:电话|热线|专线|号码|手机|传真)\s*[:：]\s*[(（]?\d[\d()（）\- 、/]{6,}$`)
	numericCell = rx.MustCompile(`^[-+]?\d+(?:[.,]\d+)*(?:%|分|名|位|张|人|元|万|亿)?$`)
	imageStub   = rx.MustCompile(`^(?:!\[[^\]]*\]\([^)]*\)\s*)+$|^\[(?:图片|图|img|image|视频)\]$|` +
		// A picture's file name left as its caption: a camera's (CIMG0024,
		// DSC_1234, IMG_20210629_1030) or any image file's.
		`^(?i:c?img|dscn?|dsc|mvimg|p)[_-]?\d{3,}(?:[_-]\d+)*(?:\.(?:jpe?g|png|gif|webp))?$|^[\w.-]{1,40}\.(?i:jpe?g|png|gif|webp|bmp)$`)
)

// bullets open list items and bylines (□本报记者…); a line is classified
// without them.
const bullets = "•●◆■□▶►◎★☆ \t"

// contactLabels open a footer's address and phone lines.
var contactLabels = []string{"地址:", "电话:", "邮编:", "传真:", "邮箱:", "E-mail:", "Email:", "联系电话:", "咨询电话:", "投诉电话:", "急救电话:"}

func hasPrefixAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// classifyLine reads one line alone.
func classifyLine(raw string) classified {
	l := strings.TrimSpace(raw)
	if r, _ := utf8.DecodeRuneInString(l); strings.ContainsRune(pipedLabelStarts, r) && strings.ContainsAny(l, "丨|") {
		l = pipedField(l)
	}
	c := classified{text: l}
	bare := strings.TrimSpace(strings.TrimLeft(l, bullets))
	n := utf8.RuneCountInString(bare)
	lower := lowerASCII(bare)
	w := lineWordsOf(bare, lower)
	if n > 200 && isTicker(bare) {
		c.kind = kindNavBar // other stories' headlines in a row
		return c
	}
	if n > 200 && hasAnyRune(bare, "。,，") && w[listDisclaimer] < 2 && w[listFooter] == 0 {
		// A long line is a paragraph: no header or widget line is this long.
		if isProse(bare) {
			c.kind = kindProse
		} else {
			c.kind = kindHeadline
		}
		return c
	}
	if n <= 60 && n > 3 && (bare[0] == 'B' || bare[0] == 'b') && hasPrefixFoldASCII(bare, "by ") {
		// Before the foreign-language test: the name may be in Latin letters.
		if names, ok := englishByline(bare[3:]); ok {
			c.kind, c.authors = kindByline, names
			return c
		}
	}
	switch {
	case bare == "":
		c.kind = kindBlank
		if l != "" {
			c.kind = kindWidget // a lone bullet
		}
	case isTicker(bare) && !isFieldsLine(bare):
		c.kind = kindNavBar // other stories' headlines in a row: not the article's prose (a header's fields may be spaced as widely)
	case isImageID(bare), bare[0] < utf8.RuneSelf && (domainToken.MatchString(bare) && !isDateLine(bare) || imageStub.MatchString(bare)),
		n < 80 && w[listForum] > 0, n < 300 && spamVerdict(w[listSpamMarks], w[listSpamWords], bare),
		bare[0] < utf8.RuneSelf && isStyleSheet(bare), bare[0] == 'h' && isURLList(bare):
		c.kind = kindJunk
	case n < 50 && followPrompt.MatchString(bare):
		c.kind = kindWidget // a channel's call to follow it
	case n < 120 && w[listNotice] > 0 && !isNewsSentence(bare), hasKana(bare), isForeign(bare):
		c.kind = kindNotice
	case w[listDisclaimer] >= 2, w[listDisclaimer] == 1 && declarationLabel.MatchString(bare), n < 200 && w[listFooter] > 0, hasPrefixAny(bare, contactLabels), hasAnyRune(bare, "电热专号手传") && phoneLine.MatchString(bare):
		c.kind = kindFooter
	case editorLine.MatchString(bare) && findDate(bare) == "":
		// With a date, the editor's name is one field of the header's
		// field line (编辑:… 来源:… 2021-06-29).
		c.kind = kindEditor
	case relatedHeading.MatchString(bare), neighbourLink.MatchString(bare):
		c.kind = kindRelated
	case isBreadcrumb(bare):
		c.kind = kindBreadcrumb
	case isFieldsLine(bare):
		c.kind = kindFields
	case isDateLine(bare), isSourceDateLine(bare), isPostedLine(bare):
		c.kind = kindDate
	case isPhotoCredit(bare), providedPhotoCredit.MatchString(bare), n <= 30 && hasAnyRune(bare, "文图稿") && departmentWriter.MatchString(bare),
		n <= 20 && strings.Contains(bare, "摄") && lonePhotographer.MatchString(bare):
		c.kind = kindByline // 图片:王晓明, 图/某某医院提供 — the photographer or the picture's source, no author
	case captionStart.MatchString(bare), n < 120 && hasAnyRune(bare, "图摄照") && captionCredit.MatchString(bare) && !leadReporterRe.MatchString(bare):
		// (a lead that opens 记者王晓明摄影报道 is the story, not a caption)
		c.kind = kindCaption
	case n > 20 && endsLikeTeaser(bare) && teaserEnd.MatchString(bare):
		c.kind = kindTeaser
	case isWidget(bare), isIssuedFor(bare), bare[0] < utf8.RuneSelf && latinCounter.MatchString(bare), isShareBar(bare), n <= 30 && readingTime.MatchString(bare):
		c.kind = kindWidget
	case isKeywordList(bare), isUnderscoreKeywords(bare), isGreeting(bare), endMark.MatchString(bare):
		c.kind = kindWidget
	case isEraCaption(bare):
		c.kind = kindCaption
	}
	if c.kind != kindBlank || bare == "" {
		return c
	}
	if n <= 16 && len(bare) < len(l) {
		if names := listedNames(bare); names != nil {
			c.kind, c.authors = kindByline, names
			return c
		}
	}
	if n <= 80 {
		if names, ok := parseByline(withoutDate(bare)); ok {
			c.kind, c.authors = kindByline, names
			return c
		}
	}
	// An agency's dateline on its own line: 某某社/ 青山29日电, 某某网青山6月29日电
	// (记者 王晓明).
	if m := agencyDatelineOf(bare); m != nil {
		if m[2] == "" {
			c.kind = kindByline
			return c
		}
		if names, ok := parseByline(strings.Trim(m[2], "()（）")); ok {
			c.kind, c.authors = kindByline, names
			return c
		}
	}
	// A place's dateline alone on its line, the day left out: 青山讯,
	// 本报青山讯 (not a section's label: 快讯, 喜讯, 资讯).
	if strings.HasSuffix(bare, "讯") && placeDateline.MatchString(bare) && !notPlaceDateline.MatchString(bare) {
		c.kind = kindByline
		return c
	}
	// The department that sent the story in and its writer, closing the
	// article on a line of their own: 宣传科 王晓明, 党委办公室 王 明.
	if n <= 24 {
		if names := departmentCredit(bare); names != nil {
			c.kind, c.authors = kindByline, names
			return c
		}
	}
	// The closing credit on a line of its own: (王晓明 李红); in a page
	// whose brackets were lost to mojibake, ?王晓明/?.
	if n <= 20 && strings.HasPrefix(bare, "?") && strings.HasSuffix(bare, "?") && n > 3 {
		if names := closingAuthors("(" + strings.Trim(bare, "?") + ")"); names != nil {
			c.kind, c.authors = kindByline, names
			return c
		}
	}
	if strings.HasPrefix(bare, "(") || strings.HasPrefix(bare, "（") {
		if names := closingAuthors(bare); names != nil {
			c.kind, c.authors = kindByline, names
			return c
		}
	}
	switch {
	case hashtag.MatchString(bare):
		c.kind = kindLabel // #某某医院: the tag a page of tagged stories lists
	case isNavBar(bare), isGluedMenu(bare, n), n <= 60 && strings.ContainsAny(bare, ":：") && directoryLine.MatchString(bare):
		c.kind = kindNavBar
	case isProse(bare) && !(n <= 80 && !hasAnyRune(bare, "。！？") && siteTitledLine.MatchString(bare)):
		c.kind = kindProse
	case isLabel(bare, n):
		c.kind = kindLabel
	default:
		c.kind = kindHeadline
	}
	return c
}

// latinName: a writer's name in Latin letters (Cynthia Wong, Chan Tai-man).
var latinName = rx.MustCompile(`^[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2}$`)

// englishByline reads what follows "By " on a Hong Kong site's byline,
// the date often glued after the name (By 王晓明2022-12-09 03:48, By
// Cynthia Wong 2022-03-09): the writers, and whether the line is one.
func englishByline(rest string) ([]string, bool) {
	rest = strings.TrimSpace(rest)
	if ds := findDates(rest, false); len(ds) > 0 {
		if strings.TrimSpace(rest[ds[0].End:]) != "" && !isDateLine(strings.TrimSpace(rest[ds[0].Start:])) {
			return nil, false
		}
		rest = strings.TrimSpace(rest[:ds[0].Start])
	}
	if rest == "" {
		return nil, false
	}
	if latinName.MatchString(rest) {
		return []string{rest}, true
	}
	toks := joinSpacedSurnames(strings.Fields(strings.ReplaceAll(rest, "、", " ")))
	for _, t := range toks {
		if !isPersonName(t) {
			return nil, false
		}
	}
	return toks, true
}

// listedNames reads an article's info list item of its writers alone,
// between bars or slashes (• 2011-08-03 / • 王晓明|李红 / • 某某医院): two
// or three people's names and nothing else.
func listedNames(l string) []string {
	if !strings.ContainsAny(l, "|/、") {
		return nil
	}
	toks := strings.FieldsFunc(l, func(r rune) bool { return r == '|' || r == '/' || r == '、' || r == ' ' })
	if len(toks) < 2 || len(toks) > 3 {
		return nil
	}
	// One rare surname (铁, 操) may be missing from the surname list: the
	// others vouch for it when it is shaped as a name.
	known := 0
	for _, t := range toks {
		switch {
		case isPersonName(t):
			known++
		case !personName.MatchString(t) || strings.ContainsRune(nonNameEnds, []rune(t)[len([]rune(t))-1]) || utf8.RuneCountInString(t) > 3:
			return nil
		}
	}
	if known == 0 {
		return nil
	}
	return toks
}

// isGluedMenu: a site's menu saved without the spaces between its items,
// from 首页 on (首页政治社会美食旅游生活健康): only Han, no punctuation.
func isGluedMenu(l string, n int) bool {
	return n >= 10 && n <= 40 && (strings.HasPrefix(l, "首页") || strings.HasPrefix(l, "网站首页")) && allHan(l)
}

// directoryLine: a directory of the site's regional or topical pages
// under its label (地区新闻网:东城西城南城…, 栏目导航:…): the label names a
// set of links, the rest runs on without punctuation.
var directoryLine = rx.MustCompile(`^\p{Han}{2,8}(?:网|导航|频道|栏目|分类|站群)\s*[:：]\s*\p{Han}{6,}$`)

// pipedLabel: a field's label with a bar for its colon, as WeChat
// articles print their credits (来源丨某某日报, 编辑 | 王晓明).
var pipedLabel = rx.MustCompile(`^((?:信息|文章|新闻|稿件)?来源|作者|编辑|责任编辑|责编|审核|审校|校对|监制|出品|统筹|排版|美编|摄影|撰稿|供稿)\s*[丨|]\s*`)

// pipedLabelStarts: the first characters of pipedLabel's labels.
const pipedLabelStarts = "信文新稿来作编责审校监出统排美摄撰供"

// pipedField writes a piped label's bar as the colon the field readers
// read (来源丨某某日报 → 来源:某某日报); other lines are returned as they are.
func pipedField(l string) string {
	if m := pipedLabel.FindStringSubmatchIndex(l); m != nil && m[1] < len(l) {
		return l[:m[3]] + ":" + l[m[1]:]
	}
	return l
}

// isFieldsLine: the line is a field line as it stands, without the
// brackets around it, or with its fields each in brackets. A form is
// tested only when it differs from the line: the same text would give
// the same answer.
func isFieldsLine(l string) bool {
	if isFieldLine(l) {
		return true
	}
	if t := strings.Trim(l, "()（）"); t != l && isFieldLine(t) {
		return true
	}
	return hasAnyRune(l, "【】[]") && isFieldLine(fieldBrackets.Replace(l))
}

// department: a hospital's office signing its news (青山医院宣传科, 党委办公室).
var department = rx.MustCompile(`^\p{Han}{2,16}(?:科|办|办公室|处|部|中心)$`)

// agencyDateline: a news agency's dateline on a line of its own, the
// agency's name first (某某社/ 青山29日电, 某某网青山6月29日讯), and the
// reporters in brackets after it.
var agencyDateline = rx.MustCompile(`^[(（【]?(\p{Han}{2,8}?(?:社|网|报|台|新闻))(?:\s*(?:特约|特派|实习)?记者\s*\p{Han}{2,3}?)?\s*/?\s*\p{Han}{0,6}?(?:\d{1,2}月)?\d{1,2}日(?:电|讯)[)）】]?(?:\s*([(（][^()（）]{2,30}[)）]))?$`)

// agencyDatelineOf is agencyDateline's match of l, run only where one can
// be: every match has 电 or 讯.
func agencyDatelineOf(l string) []string {
	if !strings.Contains(l, "日电") && !strings.Contains(l, "日讯") {
		return nil // the expression ends in 日电 or 日讯
	}
	return agencyDateline.FindStringSubmatch(l)
}

// placeDateline: a dateline of a place and 讯 alone: 青山讯, 本报青山讯.
var placeDateline = rx.MustCompile(`^(?:本报|本网|本台)?\p{Han}{2,5}讯$`)

// notPlaceDateline: labels that end in 讯 and are no place's dateline.
var notPlaceDateline = rx.MustCompile(`(?:快讯|简讯|喜讯|资讯|通讯|短讯|新讯|要讯|党讯|院讯|医讯|视讯|动讯)$`)

// isLabel: a section's name (医院新闻, 摘要): a few Han characters and
// nothing else. A label may end in a colon (最新消息:, 百年征程:), up to
// eight characters then: the colon says that what follows is the
// section, and a headline never ends in one.
func isLabel(l string, n int) bool {
	if t := strings.TrimRight(l, ":："); t != l && t != "" {
		m := utf8.RuneCountInString(t)
		return m <= 8 && allHan(t)
	}
	return allHan(l) && (n <= 4 || n <= 6 && labelEnd.MatchString(l) || n <= 10 && excerptLabel.MatchString(l))
}

// excerptLabel: a paper site's label over the excerpt it shows of an
// article (论文部分内容阅读, 部分内容预览, 全文阅读).
var excerptLabel = rx.MustCompile(`(?:部分内容|全文|内容)(?:阅读|预览|试读|浏览)$`)

func allHan(l string) bool {
	for _, r := range l {
		if !isHan(r) {
			return false
		}
	}
	return true
}

// lonePhotographer: the photographers' credit alone on its line, in
// brackets ((王晓明 摄), （王晓明、李红 摄影）): no caption and no author.
var lonePhotographer = rx.MustCompile(`^[(（]\s*\p{Han}{2,4}(?:[ 、]\p{Han}{2,4}){0,2}\s*摄(?:影)?\s*[)）]$`)

// departmentWriter: an office credited with the words or the pictures
// (文、图:党委办公室, 图文/宣传科, (供稿:护理部)): a credit that names no author.
var departmentWriter = rx.MustCompile(`^[(（]?(?:文|图|文字|文图|图文|撰稿|供稿|文\s*[、/]\s*图|图\s*[、/]\s*文)\s*[:：/]\s*\p{Han}{1,12}(?:科|办|办公室|处|部|中心|室|委|组|站|队)[)）]?$`)

// isPhotoCredit: "图片:王晓明", "摄影/王晓明 李红" — a credit, not a caption;
// also in brackets and with the empty cells of the table the page was
// laid out in after it: "(图片:王晓明) | |".
func isPhotoCredit(l string) bool {
	if t := strings.TrimRight(l, " |丨｜"); strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") || strings.HasPrefix(t, "（") && strings.HasSuffix(t, "）") {
		l = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(t, "("), "（"), ")"), "）"))
	}
	m := photoCredit.FindStringSubmatch(l)
	if m == nil {
		return false
	}
	names, ok := bylineNames(m[1], false)
	return ok && len(names) > 0
}

// endsLikeTeaser: the last character of a "more" link.
func endsLikeTeaser(l string) bool {
	r, _ := utf8.DecodeLastRuneInString(l)
	return strings.ContainsRune("]】>»细情多文看", r)
}

// withoutDate drops a leading date from a dateline that carries the
// byline ("date 2021-06-29 记者王晓明/台北报导").
func withoutDate(l string) string {
	if l == "" || !(l[0] >= '0' && l[0] <= '9' || hasPrefixFoldASCII(l, "date")) {
		return l
	}
	ds := findDates(l, false)
	if len(ds) == 0 || ds[0].Start > len("date ") {
		return l
	}
	rest := l[ds[0].End:]
	rest = strings.TrimLeft(rest, " 0123456789:")
	return rest
}

// hasPrefixFoldASCII: s begins with the lower-case ASCII word w in any
// ASCII case. For "date" it is strings.HasPrefix(strings.ToLower(s), w)
// without lowering a copy of the line: no other character lowers to one
// of its letters.
func hasPrefixFoldASCII(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := s[i]; c != w[i] && !(c >= 'A' && c <= 'Z' && c+('a'-'A') == w[i]) {
			return false
		}
	}
	return true
}

// classifyLines classifies every line, then finds the tables: rows of
// at least three cells, one of them a number, in a run of two or more
// with the same number of cells, and the header row above them.
func classifyLines(lines []string) []classified {
	out := make([]classified, len(lines))
	for i, l := range lines {
		out[i] = classifyLine(l)
	}
	cells := make([]int, len(out))
	for i, c := range out {
		cells[i] = tableCells(c.text)
	}
	for i := 0; i < len(out); {
		if cells[i] < 3 || !hasNumericCell(out[i].text) {
			i++
			continue
		}
		// The run: rows with the same cell count, blank lines between them
		// allowed.
		rows := []int{i}
		j := i + 1
		for ; j < len(out); j++ {
			if out[j].kind == kindBlank {
				continue
			}
			if cells[j] != cells[i] || !hasNumericCell(out[j].text) {
				// A dump that breaks off inside the last row keeps its first
				// cells: one or two fewer, and nothing after it.
				if len(rows) >= 2 && cells[j] < cells[i] && cells[j] >= cells[i]-2 && cells[j] >= 3 && hasNumericCell(out[j].text) && lastLine(out, j) {
					rows = append(rows, j)
					j++
				}
				break
			}
			rows = append(rows, j)
		}
		if len(rows) >= 2 {
			for _, r := range rows {
				out[r].kind = kindTableRow
			}
			// The header row: the line above, as many cells or one fewer
			// or more (所在省/市 split in two), and no sentence.
			for h := i - 1; h >= 0; h-- {
				if out[h].kind == kindBlank {
					continue
				}
				if d := cells[h] - cells[i]; d >= -1 && d <= 1 && out[h].kind != kindProse {
					out[h].kind = kindTableRow
				}
				break
			}
		}
		i = j
	}
	markRepeatedHeaderBlocks(out)
	markCutLastParagraph(out)
	return out
}

// cutParagraphMin: the runes of a paragraph cut off at the dump's end
// that the store kept, for it to be read as one.
const cutParagraphMin = 16

// markCutLastParagraph reads the dump's last line as a paragraph where the
// store cut the page off inside one: right under a paragraph, with a
// clause's comma between Han text (…院长指出,新院区将于年底前), too short
// for the comma alone to make it prose. A footer's line or a link has no
// such comma; a headline of the next story would stand under a label.
func markCutLastParagraph(out []classified) {
	j := len(out) - 1
	for j >= 0 && out[j].kind == kindBlank {
		j--
	}
	if j < 1 || out[j].kind != kindHeadline || utf8.RuneCountInString(out[j].text) < cutParagraphMin {
		return
	}
	i := j - 1
	for i >= 0 && out[i].kind == kindBlank {
		i--
	}
	if i < 0 || out[i].kind != kindProse || !innerClauseComma(out[j].text) {
		return
	}
	out[j].kind = kindProse
}

// innerClauseComma: a comma with Han characters on both sides, a clause
// and the next one, at least four runes each.
func innerClauseComma(l string) bool {
	for _, sep := range []string{",", "，"} {
		if k := strings.Index(l, sep); k > 0 {
			before, after := l[:k], l[k+len(sep):]
			b, _ := utf8.DecodeLastRuneInString(before)
			a, _ := utf8.DecodeRuneInString(after)
			if isHan(a) && isHan(b) && utf8.RuneCountInString(before) >= 4 && utf8.RuneCountInString(after) >= 4 {
				return true
			}
		}
	}
	return false
}

// headerRepeatScan bounds the header lines searched for a block printed
// twice: a sidebar's widget stands within the page's first screens.
const headerRepeatScan = 80

// markRepeatedHeaderBlocks reads a block of two or more lines that the
// header, above the first paragraph, prints twice (a sidebar's widget: a
// notice's title and its poster's name, then the same again) as a menu:
// no headline and no line of the article. One line printed twice (the
// headline under the page's title) is not such a block.
func markRepeatedHeaderBlocks(out []classified) {
	var buf [headerRepeatScan]int
	idx := buf[:0] // the header's lines that are not blank, in order
	for i, c := range out {
		if c.kind == kindProse || c.kind == kindTableRow || c.kind == kindCaption || len(idx) == headerRepeatScan {
			break
		}
		if c.kind != kindBlank {
			idx = append(idx, i)
		}
	}
	if len(idx) < 4 {
		return
	}
	for k, i := range idx {
		// a: the line's first printing above, if any (a short header:
		// comparing pairs costs less than a map)
		a := -1
		for j := 0; j < k; j++ {
			if out[idx[j]].text == out[i].text {
				a = j
				break
			}
		}
		if a < 0 {
			continue
		}
		n := 0 // the length of the block that starts at a and again at k
		for a+n < k && k+n < len(idx) && out[idx[a+n]].text == out[idx[k+n]].text {
			n++
		}
		if n < 2 {
			continue
		}
		for m := 0; m < n; m++ {
			for _, j := range []int{idx[a+m], idx[k+m]} {
				if out[j].kind == kindHeadline || out[j].kind == kindLabel {
					out[j].kind = kindNavBar
				}
			}
		}
	}
}

// lastLine: no line but blank ones after line j.
func lastLine(out []classified, j int) bool {
	for k := j + 1; k < len(out); k++ {
		if out[k].kind != kindBlank {
			return false
		}
	}
	return true
}

// tableCells counts a line's cells: runs of text between spaces or tabs.
// A line with sentence punctuation is no table row.
func tableCells(l string) int {
	if hasAnyRune(l, "。;；") || utf8.RuneCountInString(l) > 120 {
		return 0
	}
	return len(strings.Fields(l))
}

func hasNumericCell(l string) bool {
	for _, f := range strings.Fields(l) {
		if numericCell.MatchString(f) {
			return true
		}
	}
	return false
}

// hashtag: a tag alone on its line (#某某医院, ＃健康).
var hashtag = rx.MustCompile(`^[#＃]\p{Han}[\p{Han}A-Za-z0-9]{1,15}$`)

// tickerGap separates the items of a ticker: two spaces or more.
var tickerGap = rx.MustCompile(`\s{2,}|\x{3000}+`)

// isTicker: five or more items in a row between wide gaps, none a
// sentence: the headlines of other stories a page runs above the
// article (《某某》新版本上线!   某某公司成立新部门   …).
func isTicker(l string) bool {
	if strings.Contains(l, "。") || strings.Count(l, "  ")+strings.Count(l, "\u3000") < 4 {
		return false
	}
	items := 0
	for _, p := range tickerGap.Split(l, -1) {
		if n := utf8.RuneCountInString(strings.TrimSpace(p)); n > 0 {
			if n > 60 {
				return false
			}
			items++
		}
	}
	return items >= 5
}

// isBreadcrumb: "首页 > 新闻中心 > 正文", "您的位置: 首页 - 新闻", "当前位置:".
func isBreadcrumb(l string) bool {
	if breadcrumbStart.MatchString(l) && utf8.RuneCountInString(l) < 80 && !strings.Contains(l, "。") {
		return true
	}
	if utf8.RuneCountInString(l) > 80 || hasAnyRune(l, "。,，") {
		return false
	}
	// Each separator expression is split on only where its separator
	// stands; without one the line is one part, and no breadcrumb.
	if hasAnyRune(l, ">»›→＞") {
		if parts := breadcrumbSep.Split(l, -1); len(parts) >= 3 && shortParts(parts, 14) ||
			len(parts) == 2 && shortParts(parts, 14) && (homeWord.MatchString(l) || articleWord.MatchString(l)) {
			return true
		}
	}
	// Two steps between angle marks (健康 > 医疗新知): a channel and its
	// section, short words of Han only; a headline has no such mark.
	if strings.ContainsAny(l, ">»›＞") && !strings.Contains(l, "→") {
		if parts := breadcrumbSep.Split(l, -1); len(parts) == 2 && shortParts(parts, 10) && allHan(strings.ReplaceAll(parts[0]+parts[1], " ", "")) {
			return true
		}
	}
	// Spaces separate the steps of a trail that starts at the home page and
	// ends at the article: 首页 期刊 某某杂志 论文题目 【正文】.
	if homeWord.MatchString(l) {
		if fs := strings.Fields(l); len(fs) >= 3 && articleWord.MatchString(strings.Trim(fs[len(fs)-1], "【】[]()（）")) {
			return true
		}
	}
	if !hasAnyRune(l, "-/_") {
		return false
	}
	// Hyphens and slashes separate a breadcrumb only when it starts at
	// the home page or ends at the article.
	parts := crumbDash.Split(l, -1)
	if len(parts) >= 2 && shortParts(parts, 14) && (homeWord.MatchString(l) || articleWord.MatchString(l)) {
		return true
	}
	return tightCrumb(l)
}

// tightCrumb: a trail from the home page whose steps a hyphen or slash
// joins with no space (首页-党建园地-工作动态, 首页/新闻中心/医院新闻): three
// steps at least, each a short word of Han.
func tightCrumb(l string) bool {
	if !homeWord.MatchString(l) {
		return false
	}
	parts := tightCrumbSep.Split(l, -1)
	if len(parts) < 3 || !shortParts(parts, 10) {
		return false
	}
	for _, p := range parts {
		if !allHan(strings.ReplaceAll(strings.TrimSpace(p), " ", "")) {
			return false
		}
	}
	return true
}

var tightCrumbSep = rx.MustCompile(`\s*[-/]\s*`)

func shortParts(parts []string, max int) bool {
	for _, p := range parts {
		if n := utf8.RuneCountInString(strings.TrimSpace(p)); n == 0 && p != parts[len(parts)-1] || n > max {
			return false
		}
	}
	return true
}

// isNavBar: four or more short menu items (or three between bars), no
// sentence punctuation. Between bars a menu may hold a longer item (a
// headline in a ticker: ◎首页 |◎新闻 |◎青山医院新院区启用典礼 |) as long as
// most of its items are short and the menu has four items or ends in its
// bar; three items, one long, without one are a headline's series and
// issue (健康讲堂 | 第12期 | 青山医院专家谈高血压防治).
func isNavBar(l string) bool {
	if hasAnyRune(l, "。,，;；!！?？") {
		return false
	}
	if isSwitchBar(l) {
		return true
	}
	parts := navSep.Split(l, -1)
	items, long := 0, 0
	for _, p := range parts {
		p = strings.Trim(p, bullets)
		if p == "" {
			continue
		}
		switch n := utf8.RuneCountInString(p); {
		case n > 20:
			return false
		case n > 6:
			long++
		}
		items++
	}
	bars := strings.Count(l, "|") + strings.Count(l, "丨") + strings.Count(l, "｜") + strings.Count(l, " · ")
	if long > 0 && items >= 8 && long*4 <= items {
		return true // a long menu between spaces, one of its items a longer button (某某粉丝团)
	}
	if long > 0 {
		trailing := strings.HasSuffix(l, "|") || strings.HasSuffix(l, "丨")
		return bars >= 2 && (items >= 4 || items >= 3 && trailing) && long*3 <= items
	}
	return items >= 5 || items >= 3 && bars >= 2
}

// siteSwitches: the links of a site's top bar that switch its version
// (无障碍, 繁体, English, 长者模式), not its sections.
var siteSwitches = map[string]bool{"无障碍": true, "无障碍访问": true, "无障碍浏览": true, "无障碍阅读": true, "English": true, "ENGLISH": true,
	"繁体": true, "简体": true, "繁体版": true, "简体版": true, "繁體": true, "简": true, "繁": true, "长者模式": true, "关怀版": true,
	"适老化": true, "适老版": true, "手机版": true, "移动版": true}

// isSwitchBar: a line made of siteSwitches only, between bars or spaces
// (| 无障碍访问 | English): however few, they are the top bar's.
func isSwitchBar(l string) bool {
	items := 0
	for _, p := range navSep.Split(l, -1) {
		p = strings.Trim(p, bullets)
		if p == "" {
			continue
		}
		if !siteSwitches[p] {
			return false
		}
		items++
	}
	return items >= 1 && (items >= 2 || strings.ContainsAny(l, "|丨｜"))
}

// greeting: a site's welcome and its clock (欢迎您访问某某网 今天是:,
// 今天是2024年4月20日 星期六), printed above every page.
var greeting = mustStart(`^(?:(?:您好|你好)?[,!]?\s*欢迎(?:您)?(?:进入|访问|光临|来到|浏览)|(?:今天是|今日是|现在是|当前时间|现在时间)\s*[:：]?\s*(?:西元|公元)?\s*(?:(?:19|20)\d{2}|$))`, "您你,! \t\n\f\r欢今现当")

// clockThenWish: the clock's label whose date the page's script fills in
// (a saved page keeps the blank after it), then the site's wish
// (今天是  某某医院祝您身体健康!家庭幸福!). A sentence that opens 今天是
// has no blank after it (今天是护士节,…).
// The name between them is the site's masthead (readBody keeps it).
var clockThenWish = rx.MustCompile(`^(?:今天是|今日是)\s*[:：]?\s\s*([^\s。]{2,30}?)\s*(?:祝您|祝你|祝大家)`)

func isGreeting(l string) bool {
	if utf8.RuneCountInString(l) > 60 || strings.Contains(l, "。") {
		return false
	}
	return greeting.MatchString(l) || hasWeekday(l) && findDate(l) != "" && strings.Contains(l, "欢迎") ||
		strings.HasPrefix(l, "今") && clockThenWish.MatchString(l)
}

// endMark: the mark that closes a news agency's story, (完) 【完】.
var endMark = mustStart(`^[(（【\[]\s*(?:完|全文完|本文完|终)\s*[)）】\]]$`, "(（【[")

// isUnderscoreKeywords: search terms a page injects, joined by
// underscores (青山体检_青山体检哪家好_青山体检价格): three or more runs,
// no space and no sentence in them. A page's title joins its headline,
// channel and site the same way (青山医院举行大会_医院新闻_青山网); a run
// that names a site or a channel makes the line that title.
func isUnderscoreKeywords(l string) bool {
	if strings.Count(l, "_") < 2 || hasAnyRune(l, " 。,;") {
		return false
	}
	for _, run := range strings.Split(l, "_") {
		if n := utf8.RuneCountInString(run); n == 0 || n > 30 || siteLike.MatchString(run) || labelEnd.MatchString(run) {
			return false
		}
	}
	return true
}

// eraCaption: the caption of an old and a new photograph of the
// hospital (2021年的青山医院, 20世纪50年代的青山医院(青山县卫生院)): an era,
// 的, and a name, with no verb between.
var eraCaption = mustStart(`^(?:(?:19|20)\d{2}\s*年|(?:上|\d{2}\s*)?世纪\s*\d{2}\s*年代|\d{2}\s*年代|民国\s*\d{1,3}\s*年)\s*(?:初|末|初期|中期|末期)?\s*的\s*\p{Han}{2,20}(?:医院|卫生院|院区|大楼|门诊楼|住院楼|病房|旧址|全景|外景|大门|一角)(?:\s*[(（][^()（）]{1,20}[)）])?$`, "0123456789上世民")

func isEraCaption(l string) bool { return eraCaption.MatchString(l) }

// lowerASCII lower-cases ASCII letters only (the Latin words of the
// phrase lists), without touching the rest of the line.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// hasKana: Japanese text (a language prompt).
func hasKana(s string) bool {
	for _, r := range s {
		if r >= 0x3041 && r <= 0x30FF && r != 0x30FB { // kana, not the middle dot
			return true
		}
	}
	return false
}

// isForeign: a line of Latin words with hardly any Han: an English or
// other language prompt, a journal's English name. Code (a = f(x)) and
// identifiers are not prose of another language.
func isForeign(l string) bool {
	han, latin := 0, 0
	for _, r := range l {
		switch {
		case isHan(r):
			han++
		case unicode.IsLetter(r) && r < 0x250:
			latin++
		case r == ' ' || r >= '0' && r <= '9' || strings.ContainsRune(".,'’?!“”\":-–", r):
		default:
			return false
		}
	}
	return han == 0 && latin >= 12 && strings.Count(l, " ") >= 2
}

// isNewsSentence: a notice word in a long sentence of the article ("医院
// 开发的APP已上线。") does not make it a notice.
func isNewsSentence(l string) bool {
	return utf8.RuneCountInString(l) > 60 && !strings.Contains(l, "隐私")
}

// isKeywordList: "党建,荣誉,医院,文化" — four or more short words
// between commas, a page's tags.
func isKeywordList(l string) bool {
	commas := strings.Count(l, ",") + strings.Count(l, "，") + strings.Count(l, "、")
	if commas < 3 || hasAnyRune(l, "。;；") {
		return false
	}
	parts := strings.FieldsFunc(l, func(r rune) bool { return strings.ContainsRune(",，、 ", r) })
	if len(parts) < 4 {
		return false
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) > 4 {
			return false
		}
	}
	return true
}

// isProse: a line that reads as a paragraph of the article: it has a
// sentence in it, or clauses; and enough Han to be text, not a page
// reference (2015年第8期F0002-F0002,I0001,共2页).
func isProse(line string) bool {
	n := utf8.RuneCountInString(line)
	han := 0
	for _, r := range line {
		if isHan(r) {
			han++
		}
	}
	if han >= 3 && strings.HasSuffix(line, "。") {
		return true // a short sentence: 特此通知。
	}
	if han < 8 {
		return false
	}
	if !strings.ContainsAny(line, "，,。；;、！？!?") && asciiLetters(line) > han {
		return false // a name and its English (某某医学中心National Center for …): a masthead's line
	}
	commas := strings.Count(line, ",") + strings.Count(line, "，") + strings.Count(line, ";") + strings.Count(line, "；")
	last, _ := utf8.DecodeLastRuneInString(line)
	switch {
	case strings.Contains(line, "。"):
		return true
	case commas >= 2, commas >= 1 && n > 40, n > 64:
		return true
	case strings.ContainsRune(",，、;；:：", last) && n >= 10:
		return true // a paragraph the page broke in two
	case exclamationRuns(line) >= 2:
		return true // two exclaimed or asked sentences
	}
	return false
}

// followPrompt: a messenger channel's call to follow it, above or below
// the article (点击上方蓝字关注某某, 点击上方“某某”关注我们).
var followPrompt = rx.MustCompile(`^(?:点击|点|戳)(?:上方|上面|下方|文末|蓝字|标题下|▲|↑)[^。，,]{0,10}?[，,]?\s*关注`)

// followPage: a site's call to follow its page on a social network, which
// closes its stories (掌握最新消息,请Like「某某新闻」fb专页!, 欢迎关注某某医院
// 微信公众号, 请追踪某某粉丝团): what follows it, the posts it embeds and
// the site's lists, is no part of the article.
var followPage = rx.MustCompile(`(?i)(?:请|欢迎|敬请)\s*(?:like|按赞|赞好|追踪|关注|订阅|加入)\s*[「“"《]?[^。,，!！]{1,24}?[」”"》]?\s*(?:的)?\s*(?:fb|facebook|脸书|面书|line|ig|instagram|youtube|微信|微博)?\s*(?:专页|粉丝团|粉丝页|粉专|公众号|官方帐号|官方账号|频道)`)

// isFollowPage: a short line that is such a call, no sentence of the story.
func isFollowPage(l string) bool {
	if utf8.RuneCountInString(l) > 100 || strings.Contains(l, "。") || !hasAnyRune(l, "请欢敬") {
		return false
	}
	return followPage.MatchString(l)
}

// isURLList: a line of addresses only, one after another (the pictures'
// files a gallery lists: http://…/a.jpg http://…/b.jpg).
func isURLList(l string) bool {
	toks := strings.Fields(l)
	for _, t := range toks {
		if !strings.HasPrefix(t, "http://") && !strings.HasPrefix(t, "https://") || containsHan(t) {
			return false
		}
	}
	return len(toks) > 0
}

// styleRule: one rule of a style sheet (.infobox caption{text-align:center}).
var styleRule = rx.MustCompile(`[.#@a-zA-Z][^{}]{0,200}\{\s*[a-z-]+\s*:[^{}]*\}`)

// isStyleSheet: a line of CSS a saved page let into its text (a wiki's
// inline styles): no Han, and its style rules make most of it.
func isStyleSheet(l string) bool {
	if !strings.Contains(l, "{") || containsHan(l) {
		return false
	}
	covered := 0
	for _, m := range styleRule.FindAllStringIndex(l, -1) {
		covered += m[1] - m[0]
	}
	return covered*2 > len(l)
}

// exclamationRuns counts the runs of ! and ? in s: a headline's emphasis
// (提升服务品质!!, 真的吗?!) is one run, however many marks it has.
func exclamationRuns(s string) int {
	runs, in := 0, false
	for _, r := range s {
		mark := r == '!' || r == '?' || r == '！' || r == '？'
		if mark && !in {
			runs++
		}
		in = mark
	}
	return runs
}

// asciiLetters counts the ASCII letters of s.
func asciiLetters(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			n++
		}
	}
	return n
}

// isImageID: a long run of digits alone on a line, as sites leave behind
// for each picture (43501613271617908), or after a letter or two (S
// 24485944).
func isImageID(line string) bool {
	if len(line) < 8 {
		return false
	}
	if line[0] >= 'A' && line[0] <= 'z' {
		// An ad's or picture's id with its letter prefix (S 24485944).
		if i := strings.IndexFunc(line, func(r rune) bool { return r == ' ' || r >= '0' && r <= '9' }); i > 0 && i <= 3 {
			line = strings.TrimLeft(line[i:], " ")
			if len(line) < 6 {
				return false
			}
		}
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
	"官方微信公众号", "微信公众号", "公众微信号", "官方微信", "官方微博", "公众号", "服务号", "生活号", "视频号", "抖音号",
	"更多内容请继续往下阅读", "请继续往下阅读", "继续往下阅读", "继续阅读", "返回前页", "返回上页", "回上页", "友善列印", "列印",
	"分享到", "分享", "评论", "收藏", "点赞", "打赏", "举报", "关注", "转发", "订阅", "扫描二维码", "扫一扫",
	"确定", "取消", "表情", "社群", "精彩视频", "推荐课程", "为你推荐", "相关推荐", "相关阅读", "相关新闻",
	"热门推荐", "猜你喜欢", "上一篇", "下一篇", "上一页", "下一页", "首页", "尾页", "返回顶部", "返回首页", "返回列表",
	"打印本页", "打印", "关闭窗口", "关闭", "字号", "大 中 小", "我有话说", "我来说两句", "发表评论", "登录", "注册",
	"阅读原文", "微信支付", "认可我就打赏我", "温馨提示", "评论字数超出限制", "您的申请提交成功", "打赏金额", "打赏作者",
	"立即打赏", "关键词", "关键字", "标签", "阅读量", "阅读数", "浏览次数", "浏览量", "点击数", "点击量", "在看", "赞赏",
	"广告", "下载", "听新闻", "纠错", "复制链接", "微信", "微博", "QQ空间", "朋友圈", "加入收藏", "设为首页",
	"收录于话题", "收录于合集", "长按识别二维码", "长按二维码", "识别二维码", "点击上方", "点击蓝字", "点击进入专题", "进入专题", "阅读", "浏览", "点击",
	"手机查看", "手机阅读", "手机版", "显示全部楼层", "只看该作者", "电梯直达", "倒序浏览", "阅读模式", "楼主", "沙发", "板凳",
	// A forum thread's counters (查看: 3985|回复: 0).
	"查看", "回复",
	// A picture's placeholder where the dump lost it (文章插图, 点击查看大图).
	"文章插图", "查看大图", "查看原图", "点击看大图",
	// A page's view counters (1760人观看).
	"人观看", "次观看", "观看次数", "人看过", "人已读",
	// Back-to-top buttons.
	"回到顶部", "回到网页上方", "回到页首", "回顶部",
	// A messenger channel's promotion (加入LINE好友, 每日推播热门推荐文章).
	"加入LINE好友", "加入好友", "LINE@", "每日推播", "推荐文章", "不漏接",
	// A print view's toolbar (打印纸张 字号选择:超大 行高 带图打印 返回原文).
	"打印纸张", "字号选择", "带图打印", "不带图打印", "返回原文", "字体大小", "行高", "超大",
	// Accessibility skip links (跳至主要内容, 移至主內容, 跳到正文) and the
	// toggle of a folded summary (点击显示 收起, 展开全文).
	"跳至主要内容", "跳到主要内容", "跳至主内容", "移至主内容", "跳至内容", "跳到内容", "跳到正文", "跳至正文", "跳过导航",
	"点击显示", "点击展开", "点击收起", "展开全文", "收起全文", "显示全文", "收起",
	// Taiwan's word for a report button (檢舉); a Q&A page's answer tabs.
	"检举", "推荐回答", "相关回答", "其他回答", "全部回答",
	// Taiwan's words for forwarding and the type size (转寄好友, 字级设定).
	"转寄好友", "转寄", "字级设定", "字级", "字体设定",
	// The back link over a release (< 返回); last, so that the buttons
	// that start with the word (返回顶部, 返回原文) are taken whole first.
	"返回上一页", "返回上页", "返回",
}

// postedFrom: a poster's region, which forums and apps print after the
// post's date (来自安徽, IP属地:浙江).
var postedFrom = rx.MustCompile(`^(?:来自|IP属地\s*[:：]?)\s*\p{Han}{2,8}$`)

// isPostedLine: a forum post's date line, the date first and the thread's
// buttons after it, each between bars (发表于 2022-7-14 17:49 | 显示全部楼层
// | 阅读模式 | 来自安徽): the date is the post's, the rest widgets.
func isPostedLine(line string) bool {
	parts := strings.Split(line, "|")
	if len(parts) < 2 || !isDateLine(parts[0]) {
		return false
	}
	for _, p := range parts[1:] {
		p = strings.TrimSpace(p)
		if p != "" && !isWidget(p) && !postedFrom.MatchString(p) {
			return false
		}
	}
	return true
}

// readingTime: the length and reading time a page prints over its text
// (本篇文章875字,读完约2分钟, 全文约1200字 阅读时间约3分钟, 預計閱讀時間 3 分鐘).
var readingTime = rx.MustCompile(`^(?:(?:本篇文章|本文|全文)\s*(?:共|约)?\s*\d+\s*字\s*[,，;；]?\s*)?(?:读完|阅读|阅读时间|预计阅读时间|阅读需要?)\s*(?:约|大约|需要?)?\s*\d+\s*分钟$|^(?:本篇文章|本文|全文)\s*(?:共|约)?\s*\d+\s*字$`)

// shareButtons: the buttons of a page's share bar, as a dump prints them
// in a row (关键字 Facebook WhatsApp WeChat 微博 Twitter 电邮 列印).
var shareButtons = map[string]bool{"facebook": true, "whatsapp": true, "wechat": true, "twitter": true, "line": true,
	"telegram": true, "email": true, "e-mail": true, "微博": true, "微信": true, "电邮": true, "列印": true, "打印": true,
	"分享": true, "分享到": true, "关键字": true, "复制链接": true, "朋友圈": true, "qq空间": true}

// shareBarMin: the buttons that open a line to make it a share bar.
const shareBarMin = 3

// isShareBar: a line that opens with a row of share buttons. What a dump
// runs on after them on the same line (the pager's 上一篇 …, the
// comments' 最新回应) is the page's too, however long.
func isShareBar(l string) bool {
	first, _, ok := strings.Cut(l, " ")
	if !ok || !shareButtons[lowerASCII(strings.Trim(first, ":：|"))] {
		return false // most lines: no button first, no split
	}
	n := 0
	for _, t := range strings.Fields(l) {
		if !shareButtons[lowerASCII(strings.Trim(t, ":：|"))] {
			break
		}
		n++
	}
	return n >= shareBarMin
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
	// Removing the words changes the line only when one is in it; most
	// lines hold none, and are read as they stand.
	rest := line
	if widgetSet.any(line) {
		for _, w := range widgetWords {
			rest = strings.ReplaceAll(rest, w, "")
		}
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

// issuedFor: a government press office's note over a release it sends
// out for another body (下稿代某某局发出:): the channel, not the release.
var issuedFor = rx.MustCompile(`^下稿代\p{Han}{2,30}发出\s*[:：︰]?$`)

func isIssuedFor(l string) bool { return strings.HasPrefix(l, "下稿代") && issuedFor.MatchString(l) }

// latinCounter: a site's named button and its count (PeoPo推 2, Like赞 12).
var latinCounter = rx.MustCompile(`^[A-Za-z][A-Za-z0-9]{1,15}\p{Han}\s*\d{1,6}$`)

// isShortCounter: "0条评论", "0/500", "1元 5元 10元", "[1] [2]" style
// counters and pagers.
func isShortCounter(line string) bool {
	for _, r := range line {
		if !(r >= '0' && r <= '9' || strings.ContainsRune(" /:.-+×条元人次万[]", r)) {
			return false
		}
	}
	return true
}

// declarationLabel opens a platform's statement (特别声明:以上内容…,
// 声明:本文…): with one disclaimer phrase it is the page's footer.
var declarationLabel = rx.MustCompile(`^(?:特别|郑重|免责|版权|重要)?声明\s*[:：]`)

// Disclaimer and copyright phrases that sites append to articles.
var disclaimerMarks = []string{
	"版权与免责声明", "免责声明", "版权声明", "版权所有", "未经授权", "未经本网授权", "未经许可", "不得转载",
	"转载请注明", "不代表本网", "不代表本站", "立场", "仅提供信息存储服务", "如有侵权", "侵权", "版权方要求",
	"收集自网络", "仅供学习", "仅供参考", "联系我们", "书面许可", "Copyright", "copyright", "©", "ICP备", "公网安备",
	"注明出处", "著作权", "著作财产权", "请勿转载", "禁止转载",
	"仅代表作者", "个人观点", "不作任何保证", "仅作参考", "自行核实", "不承担任何责任", "与本站无关", "与本网无关",
}

var (
	disclaimerSet = newPhraseSet(disclaimerMarks)
	widgetSet     = newPhraseSet(widgetWords)
)

// The phrase lists of the line classifier, in one phraseLists: forum
// and disclaimer phrases are matched on the line as it stands, the others
// on the line with its ASCII letters lowered.
const (
	listForum = iota
	listDisclaimer
	listSpamMarks
	listSpamWords
	listNotice
	listFooter
	lineLists
)

var linePhrases = newPhraseLists(forumWords, disclaimerMarks, spamMarks, spamLineWords, noticeWords, footerWords)

const (
	bareLists  = 1<<listForum | 1<<listDisclaimer
	lowerLists = 1<<listSpamMarks | 1<<listSpamWords | 1<<listNotice | 1<<listFooter
)

// lineWordsOf counts the distinct phrases of each list in the line: what
// disclaimerScore, isSpamLine's counts and the sets' any would find. One
// pass when lowering left the line as it was, two when it did not.
func lineWordsOf(bare, lower string) [lineLists]int {
	var w [lineLists]int
	if lower == bare {
		linePhrases.scan(bare, bareLists|lowerLists, w[:])
		return w
	}
	linePhrases.scan(bare, bareLists, w[:])
	linePhrases.scan(lower, lowerLists, w[:])
	return w
}

// disclaimerScore counts disclaimer phrases in a line: two or more mark a
// copyright or disclaimer paragraph.
func disclaimerScore(line string) int {
	return disclaimerSet.count(line)
}
