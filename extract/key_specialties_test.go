package extract

import (
	"sort"
	"strings"
	"testing"
)

func TestKeySpecialtyLevels(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // "value scope", sorted
	}{
		{"目前拥有3个国家临床重点专科、6个省级临床重点专科。", []string{"3 国家", "6 省级"}},
		{"目前擁有3個國家臨床重點專科、6個省級臨床重點專科。", []string{"3 国家", "6 省级"}},
		// The level first, the count after, a parenthesis between.
		{"医院现有国家中医药管理局重点专科(专病)7个,浙江省中医药管理局重点专科(专病)12个。", []string{"12 省级", "7 国家"}},
		{"醫院現有國家中醫藥管理局重點專科(專病)7個,浙江省中醫藥管理局重點專科(專病)12個。", []string{"12 省级", "7 国家"}},
		{"市级临床重点专科有5个。", []string{"5 市级"}},
		{"市級臨床重點專科有5個。", []string{"5 市级"}},
		{"至此,我院省级临床重点专科已达9个。", []string{"9 省级"}},
		{"医院拥有国家级重点专科2个、省级重点专科11个、市级重点专科20个。", []string{"11 省级", "2 国家", "20 市级"}},
		{"醫院擁有國家級重點專科2個、省級重點專科11個、市級重點專科20個。", []string{"11 省级", "2 国家", "20 市级"}},
		{"至此,我院省級臨床重點專科已達9個。", []string{"9 省级"}},
		{"医院国家临床重点专科增至4个。", []string{"4 国家"}},
		// A region's count is no hospital's.
		{"截至目前,全市共有省级临床重点专科6个,市级临床重点专科142个。", nil},
		{"截至目前,全市共有省級臨床重點專科6個,市級臨床重點專科142個。", nil},
		{"全省现有12个国家临床重点专科。", nil},
		{"该院在全省率先获批3个省级临床重点专科。", []string{"3 省级"}},
		{"全市共有三甲医院5家,青山医院拥有国家临床重点专科4个。", []string{"4 国家"}},
		// Not counts of 重点专科: a change, specialties being built up,
		// special clinics, departments that entered a list.
		{"医院再添1个国家临床重点专科。", nil},
		{"醫院再添1個國家臨床重點專科。", nil},
		{"医院新增2个省级临床重点专科。", nil},
		{"本次评审中,医院新增心内科、呼吸科等2个省级临床重点专科。至此,医院共有9个省级临床重点专科。", []string{"9 省级"}},
		{"本次評審中,醫院新增心內科、呼吸科等2個省級臨床重點專科。至此,醫院共有9個省級臨床重點專科。", []string{"9 省级"}},
		{"医院拥有心内科、呼吸科等2个国家临床重点专科。", []string{"2 国家"}},
		// A list of levels, each with its count after it.
		{"医院拥有国家级重点专科2个、省级重点专科8个。", []string{"2 国家", "8 省级"}},
		{"醫院擁有國家級重點專科2個、省級重點專科8個。", []string{"2 国家", "8 省级"}},
		{"另有2个市级临床重点建设专科和1个市级临床特色专科。", nil},
		{"另有2個市級臨床重點建設專科和1個市級臨床特色專科。", nil},
		{"五个学科入选省卫健委重点专科。", nil},
		// A 重点学科 is a discipline, no 重点专科.
		{"医院现有省级医学重点学科6个、省级临床重点专科4个。", []string{"4 省级"}},
		{"醫院現有省級醫學重點學科6個、省級臨床重點專科4個。", []string{"4 省级"}},
		{"医院拥有3个国家重点学科。", nil},
		// A change, then the total it brings the count to, the noun left out.
		{"今年医院新增2个省级临床重点专科,总数达到8个。", []string{"8 省级"}},
		{"今年醫院新增2個省級臨床重點專科,總數達到8個。", []string{"8 省级"}},
		{"医院再添1个国家临床重点专科,累计达3个。", []string{"3 国家"}},
		{"醫院再添1個國家臨床重點專科,累計達3個。", []string{"3 国家"}},
		{"全市新增2个省级临床重点专科,总数达到30个。", nil},
		// A breakdown after the count, the noun left out of its items.
		{"医院拥有临床重点专科15个,其中省级重点专科9个、市级6个。", []string{"6 市级", "9 省级"}},
		{"醫院擁有臨床重點專科15個,其中省級重點專科9個、市級6個。", []string{"6 市级", "9 省级"}},
		{"该院现有重点专科12个,其中国家级2个,省级4个,市级6个。", []string{"2 国家", "4 省级", "6 市级"}},
		{"該院現有重點專科12個,其中國家級2個,省級4個,市級6個。", []string{"2 国家", "4 省级", "6 市级"}},
		{"目前有重点专科8个,其中3个为省级、5个为市级。", []string{"3 省级", "5 市级"}},
		{"目前有重點專科8個,其中3個為省級、5個為市級。", []string{"3 省级", "5 市级"}},
		// The breakdown of a region's specialties, or of something else.
		{"全市共有重点专科40个,其中省级10个。", nil},
		{"全市共有重點專科40個,其中省級10個。", nil},
		{"医院有重点专科,还有职工800名,其中高级职称120名。", nil},
	} {
		_, facts := extractorFacts(t, keySpecialties{}, c.text)
		var got []string
		for _, f := range facts {
			got = append(got, strings.TrimSpace(itoa(int(f.Value.(int64)))+" "+f.Scope))
		}
		sort.Strings(got)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("key_specialties in %q = %q, want %q", c.text, got, c.want)
		}
	}
}
