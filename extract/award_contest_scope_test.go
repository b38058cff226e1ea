package extract

import (
	"reflect"
	"sort"
	"strings"
	"testing"
)

// A contest's prize that names no giver is of the contest the article
// named before it, with its edition or its ceremony; a prize whose clause
// names its own contest or another giver keeps that. Both scripts.
func TestAwardContestScope(t *testing.T) {
	cases := []struct {
		text  string
		scope map[string]string // prize → scope
	}{
		{"某某基金会日前举办「某某医疗创新奖」颁奖典礼。\n本届特优机构由甲市人民医院获得,乙县中医院则荣获主题类金奖。",
			map[string]string{"主题类金奖": "某某医疗创新奖"}},
		{"某某基金會日前舉辦「某某醫療創新獎」頒獎典禮。\n本屆特優機構由甲市人民醫院獲得，乙縣中醫院則榮獲主題類金獎。",
			map[string]string{"主题类金奖": "某某医疗创新奖"}},
		{"第12届某某医疗品质奖成绩揭晓。甲市人民医院凭借多项成果获得杰出医疗类金奖。",
			map[string]string{"杰出医疗类金奖": "某某医疗品质奖"}},
		{"第12屆某某醫療品質獎成績揭曉。甲市人民醫院憑藉多項成果獲得傑出醫療類金獎。",
			map[string]string{"杰出医疗类金奖": "某某医疗品质奖"}},
		// Another giver named in the prize's own clause.
		{"第12届某某医疗品质奖成绩揭晓。甲市人民医院还连续3年夺得某某人力公司医疗类「幸福职场」金奖。",
			map[string]string{"幸福职场金奖": ""}},
		{"第12屆某某醫療品質獎成績揭曉。甲市人民醫院還連續3年奪得某某人力公司醫療類「幸福職場」金獎。",
			map[string]string{"幸福职场金奖": ""}},
		// The contest named in the prize's own clause.
		{"第12届某某医疗品质奖成绩揭晓。甲市人民医院蝉联两届某某创新奖医学中心组「特优机构」。",
			map[string]string{"特优机构": "某某创新奖"}},
		{"第12屆某某醫療品質獎成績揭曉。甲市人民醫院蟬聯兩屆某某創新獎醫學中心組「特優機構」。",
			map[string]string{"特优机构": "某某创新奖"}},
		// An honour that is no contest's prize takes no contest.
		{"第12届某某医疗品质奖成绩揭晓。此外,甲市人民医院还荣获“全国文明单位”称号。",
			map[string]string{"全国文明单位": ""}},
		{"第12屆某某醫療品質獎成績揭曉。此外，甲市人民醫院還榮獲「全國文明單位」稱號。",
			map[string]string{"全国文明单位": ""}},
	}
	for _, c := range cases {
		_, facts := extractorFacts(t, award{}, c.text)
		got := map[string]string{}
		for _, f := range facts {
			if v, ok := f.Value.(string); ok {
				got[v] = f.Scope
			}
		}
		for prize, scope := range c.scope {
			s, ok := got[prize]
			if !ok || s != scope {
				t.Errorf("%q: %s scope %q (found %v), want %q; facts %+v", c.text, prize, s, ok, scope, facts)
			}
		}
	}
}

// A tally of a contest's prizes (荣获2项金奖等9项奖项) counts the prizes
// named after it: no honour of its own. A prize of another level (白金奖
// beside 金奖) is no tally's. Both scripts.
func TestAwardPrizeTally(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"第12届某某医疗品质奖得奖名单出炉。青山市人民医院荣获2项金奖等9项奖项。青山市人民医院以甲计划获杰出医疗类金奖,并以乙专案获主题类金奖。",
			[]string{"主题类金奖", "杰出医疗类金奖"}},
		{"第12屆某某醫療品質獎得獎名單出爐。青山市人民醫院榮獲2項金獎等9項獎項。青山市人民醫院以甲計畫獲傑出醫療類金獎，並以乙專案獲主題類金獎。",
			[]string{"主题类金奖", "杰出医疗类金奖"}},
		{"第12届某某医疗品质奖成绩揭晓。青山市人民医院一举拿下3项白金奖与2项金奖。",
			[]string{"某某医疗品质奖白金奖", "某某医疗品质奖金奖"}},
		{"第12屆某某醫療品質獎成績揭曉。青山市人民醫院一舉拿下3項白金獎與2項金獎。",
			[]string{"某某医疗品质奖白金奖", "某某医疗品质奖金奖"}},
	}
	for _, c := range cases {
		var got []string
		for _, f := range runArticle(t, c.text).Facts {
			if f.Metric == "award" {
				got = append(got, f.Value.(string))
			}
		}
		sort.Strings(got)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: awards %v, want %v", c.text, got, c.want)
		}
	}
}

// The year written between the verb and the honour's title is the
// honour's year. Both scripts.
func TestAwardYearBeforeTitle(t *testing.T) {
	for _, text := range []string{
		"青山市人民医院荣膺2023年度“某某创新奖”。",
		"青山市人民醫院榮膺2023年度「某某創新獎」。",
		"青山市人民医院获评2021—2022年度“省级文明单位”。",
		"青山市人民醫院獲評2021—2022年度「省級文明單位」。",
	} {
		_, facts := extractorFacts(t, award{}, text)
		want := 2023
		if strings.Contains(text, "2022") {
			want = 2022
		}
		if len(facts) != 1 || facts[0].Year != want {
			t.Errorf("%q: %+v, want one honour of %d", text, facts, want)
		}
	}
}
