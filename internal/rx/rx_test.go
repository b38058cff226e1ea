package rx

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func TestLiterals(t *testing.T) {
	for _, tc := range []struct {
		expr string
		want []string
	}{
		{`党支部`, []string{"党支部"}},
		{`(?:更名为|改名为|易名为)\s*$`, []string{"更名为", "改名为", "易名为"}},
		// The parser factors 更名为|更名 into 更名(?:为|): 更名 is needed.
		{`更名为|更名|改称`, []string{"更名", "改称"}},
		// The most selective part of a concatenation is taken.
		{`(\d+)个党支部`, []string{"个党支部"}},
		{`[(（]\s*原名`, []string{"原名"}},
		{`^\s*[(（]\s*$`, []string{"(", "（"}},
		// Parts that match a few strings exactly, side by side, are
		// joined: 来我院 is rarer than 我院.
		{`(?:来|到|莅临)(?:我院|本院)[^。]{0,12}?(?:调研|指导)`, []string{"到我院", "到本院", "来我院", "来本院", "莅临我院", "莅临本院"}},
		{`(?:来|莅|到)院(?:指导|调研)`, []string{"到院指导", "到院调研", "来院指导", "来院调研", "莅院指导", "莅院调研"}},
		{`[一二]等奖`, []string{"一等奖", "二等奖"}},
		// Too many joined strings: the parts are taken one by one.
		{`[甲乙丙丁](?:医院|诊所|中心|学院)[一二三四]号`, []string{"医院", "诊所", "中心", "学院"}},
		// Nothing is required where a branch or the whole may be absent.
		{`(?:更名为|)医`, []string{"医"}},
		{`(?:院|所)?\d+`, nil},
		{`\d+人`, []string{"人"}},
		{`[一二三四五六七八九十]+`, nil},
		{`.*`, nil},
		{`(?:床位)+`, []string{"床位"}},
		{`(?:床位){2,}`, []string{"床位"}},
		{`(?:床位){0,2}`, nil},
		// Letters folded by (?i) are not one literal; Han characters are.
		{`(?i)comment`, nil},
		{`(?i)医院`, []string{"医院"}},
	} {
		got := MustCompile(tc.expr).Literals()
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: literals %q, want %q", tc.expr, got, tc.want)
		}
	}
}

// patterns exercise every case of required, in the shapes the extractors
// use; inputs mix texts that hold their literals with texts that do not.
var patterns = []string{
	`党支部`,
	`(\d+)个(?:党支部|党总支)`,
	`^\s*(?:正式|已)?\s*(?:更名为|更名|改名为)\s*[“"「]?\s*$|^\s*[(（]\s*(?:现|现名)\s*$`,
	`(?:来|到|莅临)(?:我院|本院)[^。]{0,12}?(?:调研|指导)`,
	`[(（]\s*原名`,
	`(?:院|所)?\d+`,
	`(?:床位){1,3}张?`,
	`(?i)Hospital|医院`,
	`\s+`,
	`、|和|及`,
	`(?:一|二)等奖`,
	`(?:来|莅|莅临|到)院(?:指导|调研|考察)`,
	`[甲乙丙丁](?:医院|诊所)[一二三四]号`,
}

var inputs = []string{
	"",
	"我院现有党支部12个",
	"下设3个党总支、21个党支部",
	" 正式更名为「",
	"（现名",
	"省领导到我院调研指导工作。",
	"到我院。调研",
	"某医院（原名某卫生院）",
	"开放床位床位1200张",
	"Peking Union Medical College HOSPITAL",
	"甲和乙、丙及丁",
	"荣获一等奖和二等奖",
	"\xff\xfe党支\xe9部",
	"no literal here 123",
	"省专家莅临院考察,又到院指导",
	"来院", "甲医院一号楼与乙诊所四号", "丁中心一号",
}

// TestSameAsRegexp: every wrapped method answers what regexp answers.
func TestSameAsRegexp(t *testing.T) {
	for _, expr := range patterns {
		same(t, expr, inputs)
	}
}

func same(t *testing.T, expr string, texts []string) {
	t.Helper()
	r, re := MustCompile(expr), regexp.MustCompile(expr)
	for _, s := range texts {
		check := func(method string, got, want any) {
			t.Helper()
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s.%s(%q) = %#v, regexp gives %#v", expr, method, s, got, want)
			}
		}
		check("MatchString", r.MatchString(s), re.MatchString(s))
		check("FindString", r.FindString(s), re.FindString(s))
		check("FindStringIndex", r.FindStringIndex(s), re.FindStringIndex(s))
		check("FindStringSubmatch", r.FindStringSubmatch(s), re.FindStringSubmatch(s))
		check("FindStringSubmatchIndex", r.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s))
		check("FindAllString", r.FindAllString(s, -1), re.FindAllString(s, -1))
		check("FindAllStringIndex", r.FindAllStringIndex(s, -1), re.FindAllStringIndex(s, -1))
		check("FindAllStringSubmatch", r.FindAllStringSubmatch(s, -1), re.FindAllStringSubmatch(s, -1))
		check("FindAllStringSubmatchIndex", r.FindAllStringSubmatchIndex(s, 2), re.FindAllStringSubmatchIndex(s, 2))
		check("ReplaceAllString", r.ReplaceAllString(s, "<$0>"), re.ReplaceAllString(s, "<$0>"))
		check("ReplaceAllStringFunc", r.ReplaceAllStringFunc(s, strings.ToUpper), re.ReplaceAllStringFunc(s, strings.ToUpper))
		for _, n := range []int{-1, 0, 1, 2} {
			check("Split", r.Split(s, n), re.Split(s, n))
		}
	}
}

// FuzzSameAsRegexp: for any text, each pattern answers as regexp does.
func FuzzSameAsRegexp(f *testing.F) {
	for _, s := range inputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, expr := range patterns {
			same(t, expr, []string{s})
		}
	})
}

// BenchmarkMiss: a pattern asked about a sentence it cannot match, the
// common case, with and without the prefilter.
func BenchmarkMiss(b *testing.B) {
	expr := `(?:来|来到|莅临|到|走进)(?:我院|本院)[^。]{0,12}?(?:调研|考察|指导)`
	text := strings.Repeat("医院党委书记到基层单位走访慰问一线职工，了解到职工的需求。", 20)
	b.Run("regexp", func(b *testing.B) {
		re := regexp.MustCompile(expr)
		for b.Loop() {
			re.MatchString(text)
		}
	})
	b.Run("rx", func(b *testing.B) {
		r := MustCompile(expr)
		for b.Loop() {
			r.MatchString(text)
		}
	})
}
