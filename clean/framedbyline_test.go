package clean

import (
	"reflect"
	"testing"
)

// A byline its place frames (the bracket of a lead's dateline) may name
// a rare surname set off by a space, and a correspondent before the role
// word; a paper glued to the role word, or a sentence's bracket, is none.
func TestParseFramedByline(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		ok       bool
	}{
		{"a rare surname after a spaced role", "通讯员 庾小华", []string{"庾小华"}, true},
		{"a rare surname after a colon", "记者:訾晓东", []string{"訾晓东"}, true},
		{"two names, one rare", "记者 王晓明 通讯员 庾小华", []string{"王晓明", "庾小华"}, true},
		{"a correspondent before the role word", "李红 记者 王晓明", []string{"李红", "王晓明"}, true},
		{"two correspondents before the role word", "李红 张伟 记者 王晓明", []string{"李红", "张伟", "王晓明"}, true},
		{"a paper glued to the role word", "南都记者 王晓明", []string{"王晓明"}, true},
		{"a rare surname glued to the role word", "记者庾小华", nil, false},
		{"a phrase glued to the role word", "记者站消息", nil, false},
		{"nobody signed", "作者 佚名", nil, false},
		{"a department", "通讯员 宣传科", nil, false},
		{"a place before the role word", "青山市 记者 王晓明", []string{"王晓明"}, true},
		{"an outlet, the name and the place", "【某某传媒/王晓明/青山报导】", []string{"王晓明"}, true},
		{"two outlets, the name and the place", "【某某传媒、某某新闻网/王晓明/青山报导】", []string{"王晓明"}, true},
		{"the name and the place", "王晓明/青山报导", []string{"王晓明"}, true},
		{"a department, no outlet", "【宣传科/青山报导】", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseFramedByline(tt.in)
			if ok != tt.ok || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parseFramedByline(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// Unframed, the same names need a common surname: a line of prose that
// opens with a role word is no byline.
func TestParseBylineStaysStrict(t *testing.T) {
	for _, in := range []string{"记者 庾小华", "记者了解到", "记者 看到", "李红 记者 王晓明"} {
		got, _ := parseByline(in)
		if in == "李红 记者 王晓明" {
			if !reflect.DeepEqual(got, []string{"王晓明"}) {
				t.Errorf("parseByline(%q) = %v, want [王晓明]", in, got)
			}
			continue
		}
		if got != nil {
			t.Errorf("parseByline(%q) = %v, want none", in, got)
		}
	}
}

// End to end, in both scripts: the dateline's bracket and the 作者 field
// credit writers with rare surnames and correspondents without a role
// word; the 作者 field's person is no publisher, the lead's dateline names
// one (青山网5月8日讯: 青山网).
func TestCleanFramedBylines(t *testing.T) {
	c := New()
	for _, tc := range []struct {
		name, dump string
		authors    []string
		site       string
	}{
		{"bracket, rare surname", "青山县人民医院新院开工\n青山网5月8日讯(通讯员 庾小华)5月7日上午,青山县人民医院新院区建设项目正式开工,计划设置床位600张。\n", []string{"庾小华"}, "青山网"},
		{"bracket, rare surname, traditional", "青山縣人民醫院新院開工\n青山網5月8日訊(通訊員 庾小華)5月7日上午,青山縣人民醫院新院區建設項目正式開工,計劃設置床位600張。\n", []string{"庾小华"}, "青山网"},
		{"bracket, correspondent before the role", "青山县中医院举办义诊\n青山网5月8日讯(李红 记者 王晓明) 5月7日,青山县中医院在城南广场举办大型义诊活动,接待群众500余人次。\n", []string{"李红", "王晓明"}, "青山网"},
		{"bracket, correspondent before the role, traditional", "青山縣中醫院舉辦義診\n青山網5月8日訊(李紅 記者 王曉明) 5月7日,青山縣中醫院在城南廣場舉辦大型義診活動,接待群眾500餘人次。\n", []string{"李红", "王晓明"}, "青山网"},
		// The newsroom before the reporter, no role word; no headline
		// above: the lead is no headline cut at the bracket's space.
		{"bracket, newsroom before the name", "青山融媒体中心5月8日讯(融媒体中心 王晓明)为适应新形势,青山县人民医院党总支向上级党组织递交了申请。今天上午,青山县人民医院党委正式揭牌。\n县卫健局负责人出席了仪式。\n", []string{"王晓明"}, ""},
		{"bracket, newsroom before the name, traditional", "青山融媒體中心5月8日訊(融媒體中心 王曉明)為適應新形勢,青山縣人民醫院黨總支向上級黨組織遞交了申請。今天上午,青山縣人民醫院黨委正式揭牌。\n縣衛健局負責人出席了儀式。\n", []string{"王晓明"}, ""},
		{"field, rare surname", "2024-05-08 10:12:30\n来源:青山县融媒体中心 | 编辑:李红 | 作者:庾小华\n5月7日上午,青山县人民医院新院区建设项目正式开工,计划设置床位600张,总投资约两亿元。\n", []string{"庾小华"}, ""},
		{"field, rare surname, traditional", "2024-05-08 10:12:30\n來源:青山縣融媒體中心 | 編輯:李紅 | 作者:庾小華\n5月7日上午,青山縣人民醫院新院區建設項目正式開工,計劃設置床位600張,總投資約兩億元。\n", []string{"庾小华"}, ""},
		{"field, common surnames added", "2024-05-08 10:12:30\n作者:赖晓东 洪明 来源:青山日报\n5月7日上午,青山县人民医院新院区建设项目正式开工,计划设置床位600张,总投资约两亿元。\n", []string{"赖晓东", "洪明"}, "青山日报"},
		{"field, common surnames added, traditional", "2024-05-08 10:12:30\n作者:賴曉東 蕭明 來源:青山日報\n5月7日上午,青山縣人民醫院新院區建設項目正式開工,計劃設置床位600張,總投資約兩億元。\n", []string{"赖晓东", "萧明"}, "青山日报"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := c.Clean("byline.txt", []byte(tc.dump))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(a.Authors, tc.authors) {
				t.Errorf("authors %q, want %q", a.Authors, tc.authors)
			}
			if a.Site != tc.site {
				t.Errorf("site %q, want %q", a.Site, tc.site)
			}
		})
	}
}
