package extract

import (
	"strings"
	"testing"

	"zhnews"
	"zhnews/clean/opencc"
	"zhnews/segment"
)

// A hospital set beside 我院 as another party (a guest, a partner) does not
// take the figures the page gives of itself; one named in a sentence of
// 我院 without a relation between them may be 我院 itself, and does.
func TestOtherPartiesAreNotFirstPerson(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text, metric, want string
	}{
		{"a delegation comes to us", "近日,宜都市第一人民医院代表团一行来我院参观交流。我院现有职工1200人。", "staff", ""},
		{"a delegation comes to us, traditional", "近日,宜都市第一人民醫院代表團一行來我院參觀交流。我院現有職工1200人。", "staff", ""},
		{"we sign with a partner", "我院与日本东京大学医院签署合作协议。本院开放床位900张。", "beds", ""},
		{"we sign with a partner, traditional", "我院與日本東京大學醫院簽署合作協議。本院開放床位900張。", "beds", ""},
		{"we go to learn from another", "今年我院赴崇阳县人民医院学习。我院始建于1950年。", "founded_year", ""},
		{"our own name beside 我院", "宜都市第一人民医院召开大会,我院党委书记出席。我院现有职工1200人。", "staff", "湖北省宜都市第一人民医院"},
		{"our own name beside 我院, traditional", "宜都市第一人民醫院召開大會,我院黨委書記出席。我院現有職工1200人。", "staff", "湖北省宜都市第一人民医院"},
		{"no 我院: the named hospital's", "宜都市第一人民医院与崇阳县人民医院签署协议。宜都市第一人民医院现有职工1200人。", "staff", "湖北省宜都市第一人民医院"},
		// 我院 in the figure's own clause, after a partner named earlier in
		// the sentence: the writer's figure, not the partner's.
		{"our figure after the partner's", "我院与宜都市第一人民医院签约。宜都市第一人民医院现有职工1200人,我院现有职工450人。", "staff", "湖北省宜都市第一人民医院,"},
		{"our figure after the partner's, traditional", "我院與宜都市第一人民醫院簽約。宜都市第一人民醫院現有職工1200人,我院現有職工450人。", "staff", "湖北省宜都市第一人民医院,"},
		// A visit written without 我 (来院指导) on a page of 我院.
		{"experts come to the hospital", "宜都市第一人民医院专家来院指导。据介绍,我院现有职工450人。", "staff", ""},
		{"experts come to the hospital, traditional", "宜都市第一人民醫院專家來院指導。據介紹,我院現有職工450人。", "staff", ""},
		{"patients come for a checkup", "宜都市第一人民医院提醒,患者到院检查需提前预约。我院现有职工1200人。", "staff", "湖北省宜都市第一人民医院"},
		{"patients come, the named hospital stays ours", "宜都市第一人民医院召开大会,患者来院就诊人数增加。我院现有职工1200人。", "staff", "湖北省宜都市第一人民医院"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := opencc.Default().ToSimplified(c.text)
			a := zhnews.Article{Text: text}
			New().Run(&a, seg.Segment(text))
			var got []string
			for _, f := range a.Facts {
				if f.Metric == c.metric {
					got = append(got, f.Hospital)
				}
			}
			// want lists the facts' hospitals in text order, joined by commas.
			if len(got) == 0 || strings.Join(got, ",") != c.want {
				t.Errorf("%s facts' hospitals = %q, want [%q]", c.metric, got, c.want)
			}
		})
	}
}
