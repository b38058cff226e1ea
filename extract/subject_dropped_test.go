package extract

import (
	"fmt"
	"testing"
)

// A sentence with no subject of its own after one that opens with a
// hospital is about that hospital, even where the page names others.
func TestDroppedSubjectIsThePreviousSentences(t *testing.T) {
	for _, c := range []struct{ text, metric, value, hospital string }{
		{"绿水县医院举行院庆。青山市立医院是一所综合医院。创设于1903年,前身为“青山诊疗所”。绿水县医院院长致辞。", "founded_year", "1903", "青山市立医院"},
		{"綠水縣醫院舉行院慶。青山市立醫院是一所綜合醫院。創設於1903年,前身為「青山診療所」。綠水縣醫院院長致辭。", "founded_year", "1903", "青山市立医院"},
		{"绿水县医院举行院庆。青山市立医院是一所综合医院。现有职工1300人。绿水县医院院长致辞。", "staff", "1300", "青山市立医院"},
	} {
		found := false
		for _, f := range runArticle(t, c.text).Facts {
			if f.Metric == c.metric && fmt.Sprint(f.Value) == c.value {
				found = true
				if f.Hospital != c.hospital {
					t.Errorf("%s %s in %q is %q's, want %q", c.metric, c.value, c.text, f.Hospital, c.hospital)
				}
			}
		}
		if !found {
			t.Errorf("no %s %s in %q", c.metric, c.value, c.text)
		}
	}
}
