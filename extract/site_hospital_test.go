package extract

import (
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
