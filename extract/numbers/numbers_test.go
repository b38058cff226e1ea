package numbers

import (
	"fmt"
	"regexp"
	"testing"
	"unicode/utf8"
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
		// A hedged multiplier alone: one of it, approximate; bare, no number.
		{"万余", 10000, true, true},
		{"萬餘", 10000, true, true},
		{"逾万", 10000, true, true},
		{"近萬", 10000, true, true},
		{"超过万", 10000, true, true},
		{"亿多", 1e8, true, true},
		{"将近万余", 10000, true, true},
		{"万", 0, false, false},
		{"达万", 0, false, false},
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

// TestParseForms: the forms of issue 12 beyond cn2an's table, each with
// its value, range end, hedge and percent sign.
func TestParseForms(t *testing.T) {
	tests := []struct {
		in      string
		want    float64
		max     float64 // the end of a range
		approx  bool
		percent bool
		ok      bool
	}{
		// Compound numerals with 万 and 零.
		{"一万零一十一", 10011, 0, false, false, true},
		{"一百九十万零三千九百七十一", 1903971, 0, false, false, true},
		{"三千零五万", 30050000, 0, false, false, true},
		{"一千零十", 1010, 0, false, false, true},
		// Colloquial: the last digit takes the place below the last one.
		{"三万五", 35000, 0, false, false, true},
		{"两千六", 2600, 0, false, false, true},
		{"一百二", 120, 0, false, false, true},
		{"一亿五", 150000000, 0, false, false, true},
		{"一万零五", 10005, 0, false, false, true},
		// Mixed.
		{"1万600", 10600, 0, false, false, true},
		{"3亿2,500万", 325000000, 0, false, false, true},
		{"二十余亿", 2000000000, 0, true, false, true},
		{"三千多万", 30000000, 0, true, false, true},
		{"110.73万", 1107300, 0, false, false, true},
		{"2.9亿", 290000000, 0, false, false, true},
		{"1,234.5万", 12345000, 0, false, false, true},
		{"3亿2.5万", 300025000, 0, false, false, true},
		{"15000万", 150000000, 0, false, false, true},
		{"5千", 5000, 0, false, false, true},
		{"二点五万", 25000, 0, false, false, true},
		// Digit by digit, 廿 and 卅, full width, traditional script.
		{"一九五四", 1954, 0, false, false, true},
		{"二〇〇二", 2002, 0, false, false, true},
		{"廿", 20, 0, false, false, true},
		{"廿五", 25, 0, false, false, true},
		{"卅", 30, 0, false, false, true},
		{"卅一", 31, 0, false, false, true},
		{"１２３４．５", 1234.5, 0, false, false, true},
		{"１，５２１", 1521, 0, false, false, true},
		{"兩千", 2000, 0, false, false, true},
		{"三萬", 30000, 0, false, false, true},
		{"一億", 100000000, 0, false, false, true},
		{"三點五", 3.5, 0, false, false, true},
		{"一千二百餘", 1200, 0, true, false, true},
		{"約300", 300, 0, true, false, true},
		{"超過五百", 500, 0, true, false, true},
		{"負三", -3, 0, false, false, true},
		{"壹佰贰拾万", 1200000, 0, false, false, true},
		// Percentages and fractions.
		{"百分之九十九点八", 99.8, 0, false, true, true},
		{"99.8%", 99.8, 0, false, true, true},
		{"９５％", 95, 0, false, true, true},
		{"95%以上", 95, 0, true, true, true},
		{"约百分之三十", 30, 0, true, true, true},
		{"百分之九十以上", 90, 0, true, true, true},
		{"千分之五", 0.5, 0, false, true, true},
		{"二分之一", 0.5, 0, false, false, true},
		{"四分之三", 0.75, 0, false, false, true},
		{"万分之五", 0.0005, 0, false, false, true},
		// 几 as a digit; vague quantities have no value.
		{"十几", 10, 0, true, false, true},
		{"二十几万", 200000, 0, true, false, true},
		{"三百几十", 300, 0, true, false, true},
		{"十幾", 10, 0, true, false, true},
		{"几十", 0, 0, false, false, false},
		{"几", 0, 0, false, false, false},
		{"数百", 0, 0, false, false, false},
		{"数十万", 0, 0, false, false, false},
		// Ranges.
		{"七八百", 700, 800, true, false, true},
		{"十七八", 17, 18, true, false, true},
		{"两三千", 2000, 3000, true, false, true},
		{"一两", 1, 2, true, false, true},
		{"七八", 7, 8, true, false, true},
		{"三四十万", 300000, 400000, true, false, true},
		{"一百二三十", 120, 130, true, false, true},
		{"二十一二", 21, 22, true, false, true},
		{"一二三", 123, 0, false, false, true},
		{"九八", 98, 0, false, false, true},
		// Not numbers: places out of order, digits that run on, a
		// multiplier with nothing to multiply.
		{"一五一十", 0, 0, false, false, false},
		{"3一", 0, 0, false, false, false},
		{"四千5000", 0, 0, false, false, false},
		{"1万60000", 0, 0, false, false, false},
		{"3万2.5万", 0, 0, false, false, false},
		{"3万万", 0, 0, false, false, false},
		{"万一", 0, 0, false, false, false},
		{"亿万", 0, 0, false, false, false},
		{"一百零", 0, 0, false, false, false},
		{"百分之", 0, 0, false, false, false},
		{"零分之一", 0, 0, false, false, false},
		{"百分之五%", 0, 0, false, false, false},
		{"一点", 0, 0, false, false, false},
		{"一万亿亿", 0, 0, false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := Parse(tt.in)
			if ok != tt.ok {
				t.Fatalf("Parse(%q) = %+v, ok = %v, want ok %v", tt.in, got, ok, tt.ok)
			}
			want := Number{Value: tt.want, Max: tt.max, Approx: tt.approx, Percent: tt.percent}
			if ok && got != want {
				t.Errorf("Parse(%q) = %+v, want %+v", tt.in, got, want)
			}
		})
	}
}

// TestFindAllInSentences: what the scanner finds in news sentences and
// the values Parse gives, in both scripts.
func TestFindAllInSentences(t *testing.T) {
	tests := []struct{ text, want string }{
		{"医院现有职工一千二百余人，开放床位八百张。", "一千二百余=1200~ 八百=800"},
		{"醫院現有職工一千二百餘人，開放床位八百張。", "一千二百餘=1200~ 八百=800"},
		{"全年门诊量达110.73万人次，同比增长百分之十二点五。", "达110.73万=1107300 百分之十二点五=12.5%"},
		{"全年門診量達110.73萬人次，同比增長百分之十二點五。", "達110.73萬=1107300 百分之十二點五=12.5%"},
		{"总投资3亿2,500万元，其中设备1万600元。", "3亿2,500万=325000000 1万600=10600"},
		{"总投资二十余亿元，建筑面积约十三万五千平方米。", "二十余亿=2000000000~ 约十三万五千=135000~"},
		{"该院始建于一九五四年，二〇〇二年迁入新址。", "一九五四=1954 二〇〇二=2002"},
		{"該院始建於一九五四年，二〇〇二年遷入新址。", "一九五四=1954 二〇〇二=2002"},
		{"医院有党员七八百名，十几个党支部。", "七八百=700-800~ 十几=10~"},
		{"数十名专家和几百名志愿者参加义诊。", "数十=? 几百=?"},
		{"患者满意度达百分之九十九点八，三分之一的床位为重症床位。", "达百分之九十九点八=99.8% 三分之一=0.3333333333333333"},
		{"中标金额为壹佰贰拾万元整，陆续到位。", "壹佰贰拾万=1200000"},
		{"医疗队伍二十余人陆续抵达。", "二十余=20~"},
		{"门诊楼负一层设有停车场，医院负责人说。", "负一=-1"},
		{"下午三点半，一点一滴。", "三=3 一点一=1.1"},
		{"新增床位１２００张，达到２０００张。", "１２００=1200 达到２０００=2000"},
		// The plan's name reads as a range (14 or 15); the rules ask for a
		// classifier after a count, which the name never has.
		{"“十四五”期间，“十三五”以来", "十四五=14-15~ 十三五=?"},
	}
	for _, tt := range tests {
		if got := describe(tt.text); got != tt.want {
			t.Errorf("%s\n found %q\n want  %q", tt.text, got, tt.want)
		}
	}
}

func TestPatternMatchesWhatParseReads(t *testing.T) {
	re := regexp.MustCompile(Pattern)
	for _, s := range []string{"共有中共党员322名", "1000余名职工", "110.73万人次", "三十余项", "约8100平方米", "超过500人",
		"一万零一十一人", "3亿2,500万元", "二十余亿元", "百分之九十九点八", "七八百名", "十几个", "一九五四年",
		"职工万余名", "員工逾萬人", "近万名"} {
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
	for _, s := range []string{"110.73万", "三十余", "一百零五", "约8100", "\xff", "十十十",
		"一百九十万零三千九百七十一", "3亿2,500万", "百分之九十九点八", "七八百", "十几", "负零点一", "壹佰贰拾万", "万分之五", "1,234.5万"} {
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
	// Compound, mixed, colloquial, digit by digit.
	"一万零一十一人", "一百九十万零三千九百七十一", "3亿2,500万元", "1万600元", "100万三千", "200亿零四千230",
	"三万五", "两千六百", "一百二十", "二十余亿元", "一九五四年", "二〇〇二年", "廿二日", "卅年", "2023一", "3千5", "四千230",
	// Decimals, points, fractions, percentages, signs.
	"1,234.5万", "１２３４", "１．５万", "１,２３４", "1.5.5", "三点半", "三点五万", "一点一滴", "一百点123", "点五", "零点零大",
	"百分之九十九点八", "约百分之三十以上", "百分之", "百分之负三点八", "三分之一", "分之一", "三分之", "十分之九成", "万分之五", "三点五分之一", "3分之1", "百分之百分之五",
	"负一层", "负责", "负负3", "负", "-3", "负百分之五",
	// Financial numerals, and the words they are part of.
	"壹佰贰拾万元整", "陆续", "队伍二十", "收拾", "拾万", "壹点贰", "伍零", "壹", "陆一",
	// Hedges, vague quantities, ranges.
	"十几个", "几十万", "数百名", "数10", "人数1500", "七八百", "十七八岁", "两三千", "近万人", "多达数千", "约几", "余万",
	"十四五", "萬億", "兩千", "數十", "點五", "万万万三", "万万万分之一", "亿万分之五",
	// A hedged multiplier alone, and 万 in words.
	"职工万余名", "員工逾萬人", "近万名", "超过万人", "超过亿元", "将近万余", "逾万余人", "万多", "萬餘", "万达广场", "千万", "万人次",
	"达万人", "多达万人", "约万", "超万", "超过", "逾", "万余万", "余万余",
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

// benchText is news prose of the kinds the scanner reads: counts, amounts,
// dates, and the many characters that begin no number.
const benchText = "医院始建于一九五四年，现有职工1,572名，其中党员三百二十二名，开放床位2000余张。" +
	"2023年门急诊诊疗110.73万人次，出院病人8.9万人次，手术两万五千余台次，总投资约3亿2,500万元。" +
	"医院下设二十余个临床科室，患者满意度达百分之九十九点八，近三年引进博士十几名。"

func BenchmarkFindAll(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for i := 0; i < b.N; i++ {
		FindAll(benchText)
	}
}

// Parse looks for a prefix hedge only after a character that begins one.
func TestHedgeStartBeginsEveryPrefixHedge(t *testing.T) {
	for _, h := range prefixHedges {
		if r, _ := utf8.DecodeRuneInString(h); !hedgeStart(r) {
			t.Errorf("hedgeStart(%q) = false; %q is a prefix hedge", r, h)
		}
	}
}
