package extract

import (
	"fmt"
	"testing"
)

// The total of a ranking written in Chinese numerals or counted with 间
// (Hong Kong and Taiwan usage), next to the digit and 家 forms already read.
func TestRankScopeTotal(t *testing.T) {
	cases := []struct {
		before string
		want   int
	}{
		{"在全市三十六间公立医院的调查中,乙区医院", 36},
		{"在全省一百二十家医院中,乙区医院", 120},
		{"在全国48间医院中,乙区医院", 48},
		{"在全国48家医院中,乙区医院", 48},
		{"其中一家医院", 0},
		{"在这段期间,乙区医院", 0},
	}
	for _, c := range cases {
		if _, got := rankScope("", c.before); got != c.want {
			t.Errorf("rankScope(%q) total = %d, want %d", c.before, got, c.want)
		}
	}
}

// The same through the ranking rule, in both scripts.
func TestRankingTotalHan(t *testing.T) {
	for _, text := range []string{
		"在全市三十六间公立医院的满意度调查中,乙区医院排名第四。",
		"在全市三十六間公立醫院的滿意度調查中,乙區醫院排名第四。",
	} {
		_, facts := extractorFacts(t, ranking{}, text)
		if len(facts) != 1 || fmt.Sprint(facts[0].Value) != "4" || facts[0].Total != 36 {
			t.Errorf("%q: facts %+v, want place 4 of 36", text, facts)
		}
	}
}
