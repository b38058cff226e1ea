package extract

import (
	"fmt"
	"reflect"
	"testing"

	"zhnews"
	"zhnews/clean/opencc"
	"zhnews/segment"
)

// A hospital's own page may name itself only in its chrome (the copyright
// line the cleaner reads into the site): its facts are the site's
// hospital's. A site that is no hospital, or a text that names one,
// changes nothing.
func TestSiteHospital(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, site, want string // want: the hospital of the party_branches fact, "" none
		hospitals        int
	}{
		{"述职结束后,与会同志对28个党支部进行了民主测评。", "青山市人民医院", "青山市人民医院", 1},
		{"會議最後,與會同志對全院28個黨支部逐一評議。", "青山市人民医院", "青山市人民医院", 1},
		{"述职结束后,与会同志对28个党支部进行了民主测评。", "青山健康网", "", 0},
		{"绿水县中医院召开大会,与会同志对28个党支部进行了民主测评。", "青山市人民医院", "绿水县中医院", 1},
		// The page writes of itself as 我院 and names only the hospitals it
		// deals with: the site's hospital is its own; a partner that acts
		// stays (one named only as 我院's object is not reported).
		{"近日,我院与绿水县中医院签订合作协议。我院现有28个党支部。", "青山市人民医院", "青山市人民医院", 1},
		{"近日,我院與綠水縣中醫院簽訂合作協議。我院現有28個黨支部。", "青山市人民医院", "青山市人民医院", 1},
		{"绿水县中医院专家来我院交流。本院现有28个党支部。", "青山市人民医院", "青山市人民医院", 2},
		{"綠水縣中醫院專家來我院交流。本院現有28個黨支部。", "青山市人民医院", "青山市人民医院", 2},
		// A page that names its own hospital in the text keeps it.
		{"青山市人民医院与绿水县中医院签约,我院现有28个党支部。", "白云市人民医院", "青山市人民医院", 2},
	}
	for _, c := range cases {
		text := opencc.Default().ToSimplified(c.text)
		a := zhnews.Article{Text: text, Site: c.site}
		New().Run(&a, seg.Segment(text))
		got := ""
		for _, f := range a.Facts {
			if f.Metric == "party_branches" {
				got = f.Hospital
			}
		}
		if got != c.want || len(a.Hospitals) != c.hospitals {
			t.Errorf("%q on %q: fact's hospital %q, %d hospitals; want %q, %d", c.text, c.site, got, len(a.Hospitals), c.want, c.hospitals)
		}
	}
}

// A page may name its hospital only in its headline (某某医院的荣誉称号
// over 医院先后获得…, 某某医院简介 over 医院现有…): its facts are that
// hospital's. A headline naming two hospitals, none, or only a reference
// (市人民医院), or a text that names one itself, changes nothing.
func TestTitleHospital(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, title, metric, want string // want: the hospital of the one fact of metric, "" none
		hospitals                 int
	}{
		{"多年来,医院先后荣获“省级文明单位”称号。", "青山市第二人民医院的荣誉称号", "award", "青山市第二人民医院", 1},
		{"多年來,醫院先後榮獲「省級文明單位」稱號。", "青山市第二人民医院获得过哪些荣誉", "award", "青山市第二人民医院", 1},
		{"多年来,医院先后荣获“省级文明单位”称号。", "医院荣誉一览", "award", "", 0},
		{"多年来,医院先后荣获“省级文明单位”称号。", "青山市第二人民医院与绿水县中医院的荣誉", "award", "", 0},
		{"多年来,绿水县中医院先后荣获“省级文明单位”称号。", "青山市第二人民医院的荣誉称号", "award", "绿水县中医院", 1},
		{"医院现有党支部28个。", "青山市人民医院简介", "party_branches", "青山市人民医院", 1},
		{"醫院現有黨支部28個。", "青山市人民醫院簡介", "party_branches", "青山市人民医院", 1},
		{"医院现有党支部28个。", "市人民医院简介", "party_branches", "", 0},
		{"医院现有党支部28个。", "青山市人民医院与绿水县中医院签约", "party_branches", "", 0},
		{"绿水县中医院召开大会,现有党支部28个。", "青山市人民医院简介", "party_branches", "绿水县中医院", 1},
		// The body names its hospital by its level only; the headline in full.
		{"本报讯 近日,县人民医院召开大会。县人民医院现有党支部12个。", "崇阳县人民医院召开党建工作会议", "party_branches", "湖北省崇阳县人民医院", 1},
		{"本報訊 近日,縣人民醫院召開大會。縣人民醫院現有黨支部12個。", "崇陽縣人民醫院召開黨建工作會議", "party_branches", "湖北省崇阳县人民医院", 1},
		{"日前,市一院举行表彰大会。市一院现有职工2100余人。", "宜都市第一人民医院举行表彰大会", "staff", "湖北省宜都市第一人民医院", 1},
		{"近日,县中医院召开大会。县中医院现有党支部12个。", "崇阳县人民医院召开党建工作会议", "party_branches", "县中医院", 1},
		// The headline names the hospital by a university's numbered short
		// form, the body writes 我院.
		{"我院现有党支部28个。", "兰大一院召开党建工作会议", "party_branches", "兰州大学第一医院", 1},
		{"我院現有黨支部28個。", "蘭大一院召開黨建工作會議", "party_branches", "兰州大学第一医院", 1},
	}
	for _, c := range cases {
		text := opencc.Default().ToSimplified(c.text)
		a := zhnews.Article{Text: text, Title: opencc.Default().ToSimplified(c.title)}
		New().Run(&a, seg.Segment(text))
		got, n := "", 0
		for _, f := range a.Facts {
			if f.Metric == c.metric {
				got, n = f.Hospital, n+1
			}
		}
		if n != 1 || got != c.want || len(a.Hospitals) != c.hospitals {
			t.Errorf("%q under %q: %d %s facts, hospital %q, %d hospitals; want 1, %q, %d", c.text, c.title, n, c.metric, got, len(a.Hospitals), c.want, c.hospitals)
		}
	}
}

// An encyclopedia's entry: the headline is a hospital's name alone and its
// infoboxes follow, each opened by a header row (某医院 | |). The rows of
// a box are its hospital's; rows before any box naming a hospital are the
// headline's. A headline that is more than a name gives nothing.
func TestInfoboxEntry(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, title string
		want        map[string]string // the beds figure → its hospital
	}{
		{"基本 | |\n床位数 | 900床 |\n青山市东院医院 | |\n床位数 | 300床 |", "青山市人民医院",
			map[string]string{"900": "青山市人民医院", "300": "青山市东院医院"}},
		{"基本 | |\n床位數 | 900床 |\n青山市東院醫院 | |\n床位數 | 300床 |", "青山市人民醫院",
			map[string]string{"900": "青山市人民医院", "300": "青山市东院医院"}},
		{"青山市人民医院 | |\n床位数 | 900床 |\n青山市东院医院 | |\n床位数 | 300床 |", "",
			map[string]string{"900": "青山市人民医院", "300": "青山市东院医院"}},
		// One box after the article's prose: the prose keeps its topic.
		{"青山市人民医院创建于1950年,现有床位900张。\n青山市人民医院东院分院 | |\n床位数 | 300床 |", "",
			map[string]string{"900": "青山市人民医院", "300": "青山市人民医院东院分院"}},
		{"基本 | |\n床位数 | 900床 |\n青山市东院医院 | |\n床位数 | 300床 |", "青山市人民医院简介",
			map[string]string{"900": "", "300": "青山市东院医院"}},
	}
	for _, c := range cases {
		text := opencc.Default().ToSimplified(c.text)
		a := zhnews.Article{Text: text, Title: opencc.Default().ToSimplified(c.title)}
		New().Run(&a, seg.Segment(text))
		got := map[string]string{}
		for _, f := range a.Facts {
			if f.Metric == "beds" {
				got[fmt.Sprint(f.Value)] = f.Hospital
			}
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q under %q: beds by hospital %v, want %v", c.text, c.title, got, c.want)
		}
	}
}
