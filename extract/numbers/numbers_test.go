package numbers

import (
	"fmt"
	"regexp"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in     string
		want   float64
		approx bool
		ok     bool
	}{
		// Arabic digits.
		{"0", 0, false, true},
		{"7", 7, false, true},
		{"22", 22, false, true},
		{"1521", 1521, false, true},
		{"1,521", 1521, false, true},
		{"12,345,678", 12345678, false, true},
		{"99.79", 99.79, false, true},
		{"0.5", 0.5, false, true},
		{"２２", 22, false, true},
		{"１５２１", 1521, false, true},
		{"９９．７９", 99.79, false, true},
		// Multipliers.
		{"110.73万", 1107300, false, true},
		{"8.9万", 89000, false, true},
		{"2.41万", 24100, false, true},
		{"1.5亿", 150000000, false, true},
		{"3万", 30000, false, true},
		{"72.39万", 723900, false, true},
		{"1万亿", 1e12, false, true},
		{"三万", 30000, false, true},
		{"十万", 100000, false, true},
		{"两亿", 200000000, false, true},
		// Chinese numerals.
		{"一", 1, false, true},
		{"两", 2, false, true},
		{"九", 9, false, true},
		{"十", 10, false, true},
		{"十二", 12, false, true},
		{"二十", 20, false, true},
		{"二十二", 22, false, true},
		{"一百", 100, false, true},
		{"一百零五", 105, false, true},
		{"三百二十二", 322, false, true},
		{"一千五百七十二", 1572, false, true},
		{"两千", 2000, false, true},
		{"七百三十九", 739, false, true},
		{"二〇二三", 2023, false, true},
		{"一九五四", 1954, false, true},
		{"〇", 0, false, true},
		{"零", 0, false, true},
		// Hedges.
		{"三十余", 30, true, true},
		{"1000余", 1000, true, true},
		{"百余", 100, true, true},
		{"200余", 200, true, true},
		{"70多", 70, true, true},
		{"400多", 400, true, true},
		{"约8100", 8100, true, true},
		{"近3000", 3000, true, true},
		{"超过500", 500, true, true},
		{"超500", 500, true, true},
		{"逾千", 1000, true, true},
		{"95以上", 95, true, true},
		{"300左右", 300, true, true},
		{"约1.2万", 12000, true, true},
		{"1000多万", 10000000, true, true},
		{"达739", 739, false, true},
		{"多达50", 50, true, true},
		{"将近两百", 200, true, true},
		{"接近一万", 10000, true, true},
		// Not numbers.
		{"", 0, false, false},
		{"万", 0, false, false},
		{"余", 0, false, false},
		{"abc", 0, false, false},
		{"一是", 0, false, false},
		{"第一", 0, false, false},
		{"十亿元", 0, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := Parse(tt.in)
			if ok != tt.ok {
				t.Fatalf("Parse(%q) ok = %v, want %v", tt.in, ok, tt.ok)
			}
			if !ok {
				return
			}
			if got.Value != tt.want || got.Approx != tt.approx {
				t.Errorf("Parse(%q) = %v approx %v, want %v approx %v", tt.in, got.Value, got.Approx, tt.want, tt.approx)
			}
		})
	}
}

func TestPatternMatchesWhatParseReads(t *testing.T) {
	re := regexp.MustCompile(Pattern)
	for _, s := range []string{"共有中共党员322名", "1000余名职工", "110.73万人次", "三十余项", "约8100平方米", "超过500人"} {
		m := re.FindString(s)
		if _, ok := Parse(m); !ok {
			t.Errorf("Pattern found %q in %q, Parse refuses it", m, s)
		}
	}
}

func ExampleParse() {
	for _, s := range []string{"110.73万", "三十余", "1,521", "约1.5亿"} {
		n, _ := Parse(s)
		fmt.Println(s, n.Value, n.Approx)
	}
	// Output:
	// 110.73万 1.1073e+06 false
	// 三十余 30 true
	// 1,521 1521 false
	// 约1.5亿 1.5e+08 true
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"110.73万", "三十余", "一百零五", "约8100", "\xff", "十十十"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		Parse(s) // must not panic
	})
}

func BenchmarkParse(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Parse("110.73万")
		Parse("三百二十二")
	}
}

// FindAll finds what Pattern finds.
func TestFindAllIsPattern(t *testing.T) {
	for _, s := range findAllCases {
		checkFindAll(t, s)
	}
}

var findAllCases = []string{
	"", "医院", "1", "12345,678", "1,234,567名", "1,2345", "1,23", ",123", "1.5万", "1.", ".5", "3.14.15",
	"约1000余人", "将近两千", "近300多万元", "超过1500张", "多达5个", "达到3亿", "达3", "超超3", "逾百名",
	"1000多万", "3亿余", "2万亿元", "200以上", "左右100左右", "十二个", "二〇二三年", "第3名", "了一百零五",
	"多万", "余多3", "约", "约约5", "2021年12月31日", "共有党员1,260名,职工两千余人。", "１２３",
	"\xff12\xfe", "1,000,00", "12,345.6", "万5万", "3万万", "5余万", "5多亿余",
}

func checkFindAll(t *testing.T, s string) {
	t.Helper()
	want := patternRe.FindAllStringIndex(s, -1)
	got := FindAll(s)
	if len(want) == 0 && len(got) == 0 {
		return
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("FindAll(%q) = %v, Pattern finds %v", s, got, want)
	}
}

var patternRe = regexp.MustCompile(Pattern)

func FuzzFindAll(f *testing.F) {
	for _, s := range findAllCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkFindAll(t, s) })
}
