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
