package clean

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestParseByline(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		ok       bool
	}{
		{"reporter and correspondent glued", "□本报记者王晓明本报通讯员李红", []string{"王晓明", "李红"}, true},
		{"spaced", "记者 王晓明 通讯员 李红 张伟", []string{"王晓明", "李红", "张伟"}, true},
		{"in parentheses", "(记者 王晓明 通讯员 李红)", []string{"王晓明", "李红"}, true},
		{"text and photos", "文/图 王晓明", []string{"王晓明"}, true},
		{"text and photos, middle dot", "文·图/王晓明", []string{"王晓明"}, true},
		{"photos and text", "图文/记者 王晓明", []string{"王晓明"}, true},
		{"photos and text, no slash", "图文 王晓明", []string{"王晓明"}, true},
		{"a phrase, no name", "图文并茂", nil, false},
		{"division slash, folded", "记者王晓明/青山报导", []string{"王晓明"}, true},
		{"a Taiwan desk, no role word", "生活中心/王晓明报导", []string{"王晓明"}, true},
		{"a Taiwan desk, full-width slash", "地方中心／李红综合报导", []string{"李红"}, true},
		{"a Taiwan reporter and place, no role word", "王晓明/青山报导", []string{"王晓明"}, true},
		{"a broadcaster's reporter alone", "王晓明报道", []string{"王晓明"}, true},
		{"a broadcaster's reporter alone, Taiwan's word", "李红报导", []string{"李红"}, true},
		{"a report's kind, no reporter", "专题报道", nil, false},
		{"a rare surname framed by role and place", "记者扶小华/青山报导", []string{"扶小华"}, true},
		{"a rare surname, spaced slash", "记者 扶小华 / 青山报导", []string{"扶小华"}, true},
		{"a rare surname unframed", "记者 扶小华", nil, false},
		{"a place and no reporter", "青山市/青山报导", nil, false},
		{"a desk and no name", "生活中心/综合报导", nil, false},
		{"paper before the reporter, two slashes", "青山日报/ 记者王晓明/青山即时报导", []string{"王晓明"}, true},
		{"text by, photos by", "文/王晓明 图/李红", []string{"王晓明"}, true},
		{"colon", "撰稿:王晓明", []string{"王晓明"}, true},
		{"text by, photos by, colons", "文:王晓明 摄影:李红", []string{"王晓明"}, true},
		{"text by, colon", "文:王晓明", []string{"王晓明"}, true},
		{"a text's label, no byline", "正文:青山医院今天启用新大楼", nil, false},
		{"bars", "文 | 王晓明  图 | 李红", []string{"王晓明"}, true},
		{"roles after the names", "■记者 王晓明 通讯员 李红 文/图", []string{"王晓明", "李红"}, true},
		{"enumeration comma", "记者 王晓明、李红", []string{"王晓明", "李红"}, true},
		{"Taiwan bracket", "〔记者王晓明/台北报导〕", []string{"王晓明"}, true},
		{"Taiwan bracket, two reporters", "【记者王晓明、李红/台中报导】", []string{"王晓明", "李红"}, true},
		{"agency dateline", "某某社记者王晓明台北25日电", []string{"王晓明"}, true},
		{"agency dateline with county", "中央社记者王晓明青山县25日电", []string{"王晓明"}, true},
		{"paper before the role", "采写:某都记者 王晓明 李红", []string{"王晓明", "李红"}, true},
		{"trainee reporter", "采写:某都见习记者 王晓明", []string{"王晓明"}, true},
		{"two-character name spaced to three", "本报记者 王 明", []string{"王明"}, true},
		{"photographer only", "本报记者 王 明 摄", nil, true},
		{"photographer is no author", "记者 王晓明 摄影 李红", []string{"王晓明"}, true},
		{"editor after the reporter", "记者 王晓明 编辑 李红", []string{"王晓明"}, true},
		{"URL after the names", "本报记者 王晓明 通讯员 李红, http://www.example.com", []string{"王晓明", "李红"}, true},
		{"department is no person", "通讯员 宣传科", nil, false},
		{"role word in a sentence", "青山市医院的记者站今天成立,王晓明任站长", nil, false},
		{"role word alone", "记者", nil, false},
		{"no role", "王晓明 李红", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseByline(tt.in)
			if ok != tt.ok || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parseByline(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestLeadAuthors(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		org      string
	}{
		{"paper dateline", "本报青山讯(某某日报记者王晓明)6月3日,青山市人民医院举行大会。", []string{"王晓明"}, "某某日报"},
		{"paper with channel", "本报青山讯(新某某·某某日报记者王晓明)6月3日,大会举行。", []string{"王晓明"}, "某某日报"},
		{"day dateline", "某某报6月2日讯(记者 王晓明) 近日,记者了解到,新院区开工。", []string{"王晓明"}, ""},
		{"agency dateline", "(中央社记者王晓明青山县25日电)青山医院今天举办院庆。", []string{"王晓明"}, "中央社"},
		{"agency before the bracket", "新华社北京6月3日电(记者王晓明 李红)青山医院今天挂牌。", []string{"王晓明", "李红"}, ""},
		{"Taiwan bracket", "【记者王晓明/台北报导】青山医院今天公布评鉴结果。", []string{"王晓明"}, ""},
		{"paper in brackets, byline after", "某某网(某某日报网)讯(通讯员王晓明、李红 、张伟)5月3日,青山医院新院开工。", []string{"王晓明", "李红", "张伟"}, ""},
		{"day in brackets, agency after", "【某某时报6月2日报导】(某某社记者王晓明台北2日电)青山医院今天启用新楼。", []string{"王晓明"}, "某某社"},
		{"dateline crediting names without a role word", "某某网青山频道5月8日电(王晓明、李红、张伟)青山医院日前挂牌。", []string{"王晓明", "李红", "张伟"}, ""},
		{"dateline crediting one name", "本报青山讯(王晓明)青山医院今天举办义诊。", []string{"王晓明"}, ""},
		{"dateline before a bracket of the sentence", "某某网5月8日电(记者站消息)青山医院日前挂牌。", nil, ""},
		{"names in a bracket without a dateline", "青山医院(王晓明、李红)今天举办义诊。", nil, ""},
		{"two brackets of the sentence", "医院(含分院)(不含托管)共有职工3000人。", nil, ""},
		{"parenthesis of the sentence", "医院(含分院)共有职工3000人。", nil, ""},
		{"dateline, byline between spaces", "本报讯 记者 王晓明 通讯员 李红 近日,青山医院举行大会。", []string{"王晓明", "李红"}, ""},
		{"dateline, glued role and name", "本报讯 记者王晓明 通讯员李红 近日,青山医院举行大会。", []string{"王晓明", "李红"}, ""},
		{"dateline without byline", "本报讯 近日,青山医院举行大会。", nil, ""},
		{"no bracket", "青山市人民医院今天举行大会。", nil, ""},
		{"reporter and 报道 opening the lead", "青山晨报记者王晓明报道青山市卫生局昨天发布消息称,黄金周门诊照常。", []string{"王晓明"}, "青山晨报"},
		{"two reporters opening the lead", "本报记者王晓明、李红报道 近日,青山医院举行大会。", []string{"王晓明", "李红"}, ""},
		{"a reporter's report in a sentence", "记者站报道显示,青山医院门诊量增长。", nil, ""},
		{"paper's bracket, then the reporter and 报导", "【本报讯】记者王晓明报导,青山医院今天启用新大楼。", []string{"王晓明"}, ""},
		{"paper's bracket, then no reporter", "【本报讯】青山医院今天启用新大楼。", nil, ""},
		{"dateline glued to the reporter", "本报讯记者王晓明报道:昨天下午,青山医院举行揭牌仪式。", []string{"王晓明"}, ""},
		{"reporter who took the photographs", "本报讯记者王晓明摄影报道:昨天下午,青山医院举行揭牌仪式。", []string{"王晓明"}, ""},
		{"paper's reporter, pictures and report", "青山日报记者李红图文报道 昨天下午,青山医院举行揭牌仪式。", []string{"李红"}, "青山日报"},
		{"a photograph's report in a sentence", "本报讯 昨天记者看到摄影报道的展板。", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, org := leadAuthors(tt.in)
			if !reflect.DeepEqual(got, tt.want) || org != tt.org {
				t.Errorf("leadAuthors(%q) = %v, %q; want %v, %q", tt.in, got, org, tt.want, tt.org)
			}
		})
	}
}

func TestClosingAuthors(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"医院将继续努力,为群众提供更好的服务。(王晓明)", []string{"王晓明"}},
		{"医院将继续努力。(王晓明 李红)", []string{"王晓明", "李红"}},
		{"医院将继续努力。（王晓明、李红）", []string{"王晓明", "李红"}},
		{"活动取得圆满成功。(工会)", nil},
		// The writer named before the role.
		{"医院将继续努力。(王晓明文/图)", []string{"王晓明"}},
		{"医院将继续努力。(李红 文)", []string{"李红"}},
		// A space inside a name: the surname alone joins the given name.
		{"医院将继续努力。 (王 永清)", []string{"王永清"}},
		{"醫院將繼續努力。 (王 永清)", []string{"王永清"}},
		{"医院将继续努力。(王 永清 李红)", []string{"王永清", "李红"}},
		{"医院将继续努力。(记者 王晓明)", []string{"王晓明"}},
		{"医院将继续努力。(文/王晓明)", []string{"王晓明"}},
		{"医院计划两年内建成。(记者 王晓明) |", []string{"王晓明"}},
		{"医院计划两年内建成。(王晓明)｜", []string{"王晓明"}},
		{"医院将继续努力。(王晓明 摄)", nil},
		{"医院将继续努力。(青山市人民医院 王晓明)", []string{"王晓明"}},
		{"医院将继续努力。(青山县中医院 王晓明 李红)", []string{"王晓明", "李红"}},
		{"医院将继续努力。(青山市人民医院)", nil},
		{"活动取得圆满成功。(院办)", nil},
		{"医院开放床位1500张(含分院)", nil},
		{"近年来成效显著。", nil},
	}
	for _, tt := range tests {
		if got := closingAuthors(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("closingAuthors(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestReportedBy(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"青山医院新大楼今天落成启用,总经费八亿元。(王晓明报导)", []string{"王晓明"}},
		{"青山医院新大楼今天落成启用。(李红综合报导)", []string{"李红"}},
		{"青山医院新大楼今天落成启用。(专题报导)", nil},
		{"青山医院新大楼今天落成启用。(王晓明)", nil},
	}
	for _, tt := range tests {
		if got := reportedBy(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("reportedBy(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsPersonName(t *testing.T) {
	for in, want := range map[string]bool{
		"王晓明": true, "李红": true, "欧阳小明": true, "司马南": true, "简明正": true,
		"宣传科": false, "院办": false, "工会": false, "院办公室": false, "生活网": false, "记者": false,
		"台北报导": false, "王": false, "某某日报": false,
		"相关附件": false, "相关文件": false, "何页": true, "关于本页": false,
	} {
		if got := isPersonName(in); got != want {
			t.Errorf("isPersonName(%q) = %v, want %v", in, got, want)
		}
	}
}

// The glued dateline and the photographing reporter, in both scripts.
func TestCleanLeadReporterPhotographs(t *testing.T) {
	c := New()
	for _, dump := range []string{
		"医院揭牌\n本报讯记者王晓明摄影报道:昨天下午,青山市中心医院举行揭牌仪式,正式成为某某大学附属医院,市领导出席了仪式。\n",
		"醫院揭牌\n本報訊記者王曉明攝影報道:昨天下午,青山市中心醫院舉行揭牌儀式,正式成為某某大學附屬醫院,市領導出席了儀式。\n",
	} {
		a, err := c.Clean("lead.txt", []byte(dump))
		if err != nil {
			t.Fatalf("%q: %v", dump, err)
		}
		if !reflect.DeepEqual(a.Authors, []string{"王晓明"}) {
			t.Errorf("%q: authors %q, want [王晓明]", dump, a.Authors)
		}
	}
}

// The writer's name alone under the header's field line, the author
// field holding the content system's placeholder, in both scripts; a
// name that is no person's (a label) names nobody.
func TestCleanLoneNameUnderHeader(t *testing.T) {
	c := New()
	for _, tc := range []struct {
		dump string
		want []string
	}{
		{"院报出刊百期\n\n发布时间:2016-08-31 本文来源:宣传科 作者: 系统\n\n王 明\n\n8月15日,医院院报如期出刊,四年前的今天院报正式创刊,这份内部报纸见证着医院的成长与壮大。\n", []string{"王明"}},
		{"院報出刊百期\n\n發布時間:2016-08-31 本文來源:宣傳科 作者: 系統\n\n李曉紅\n\n8月15日,醫院院報如期出刊,四年前的今天院報正式創刊,這份內部報紙見證著醫院的成長與壯大。\n", []string{"李晓红"}},
		{"专家介绍\n\n发布时间:2016-08-31\n\n王晓明\n\n王晓明,主任医师,从事心血管内科临床工作三十年,擅长冠心病和高血压的诊治。\n", nil},
		{"院报出刊百期\n\n发布时间:2016-08-31\n\n医院新闻\n\n8月15日,医院院报如期出刊,四年前的今天院报正式创刊,这份内部报纸见证着医院的成长与壮大。\n", nil},
	} {
		a, err := c.Clean("lone.txt", []byte(tc.dump))
		if err != nil {
			t.Fatalf("%q: %v", tc.dump, err)
		}
		if len(a.Authors)+len(tc.want) > 0 && !reflect.DeepEqual(a.Authors, tc.want) {
			t.Errorf("%q: authors %q, want %q", tc.dump, a.Authors, tc.want)
		}
	}
}

// A headline written as the page's <title>, its site after a dash, is the
// title even when it has a comma, in both scripts; the site is cut off.
func TestCleanSiteTitledHeadline(t *testing.T) {
	c := New()
	for _, dump := range []string{
		"某某医院 20 周年院庆 迈向医学中心新时代,健康服务全方位升级 – 某某传媒 JNEWS\n\n【某某传媒/记者王晓明报导】二十年来,某某医院不断精进医疗技术与服务品质,为民众提供卓越的医疗照护。\n",
		"某某醫院 20 週年院慶 邁向醫學中心新時代,健康服務全方位升級 – 某某傳媒 JNEWS\n\n【某某傳媒/記者王曉明報導】二十年來,某某醫院不斷精進醫療技術與服務品質,為民眾提供卓越的醫療照護。\n",
	} {
		a, err := c.Clean("title.txt", []byte(dump))
		if err != nil {
			t.Fatalf("%q: %v", dump, err)
		}
		if a.Title != "某某医院 20 周年院庆 迈向医学中心新时代,健康服务全方位升级" || strings.Contains(a.Text, "JNEWS") {
			t.Errorf("%q: title %q text %q", dump, a.Title, a.Text)
		}
	}
}

// The one line between the story and its footer signs it when it is a
// person's name, not when it is a page's link.
func TestSignedBeforeFooter(t *testing.T) {
	c := New()
	body := "青山市人民医院举行义诊活动\n\n近日,青山市人民医院组织专家深入社区开展义诊,为居民测量血压、解答健康问题,受到居民欢迎。\n\n此次活动共服务群众三百余人次,发放宣传资料五百余份,医院将持续开展此类活动。\n\n"
	for _, tt := range []struct {
		sign string
		want []string
	}{
		{"王晓明", []string{"王晓明"}},
		{"于虹", []string{"于虹"}},
		{"相关附件", nil},
		{"相關附件", nil},
		// A share button between the name and the footer is no line of
		// the story's.
		{"于虹\n\n扫一扫,分享本页", []string{"于虹"}},
		{"於虹\n\n掃一掃,分享本頁", []string{"于虹"}},
	} {
		a, err := c.Clean("t.txt", []byte(body+tt.sign+"\n\n版权所有 青山市人民医院\n"))
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(a.Authors) != fmt.Sprint(tt.want) {
			t.Errorf("signed %q: authors %q, want %q", tt.sign, a.Authors, tt.want)
		}
	}
}
