package numbers

import (
	"strconv"
	"strings"
	"testing"
)

// The cases of cn2an's own tests (github.com/Ailln/cn2an: cn2an_test.py,
// an2cn_test.py read backwards, transform_test.py), the reference for
// reading Chinese numbers. Parse reads as cn2an's smart mode does, the
// most lenient of its three: news text mixes what strict mode refuses
// (一二三, 三万五, 1万600). Left out, and why:
//
//   - 壹拾壹元整, 壹佰壹拾壹圆整 and an2cn's "rmb" column (壹元零壹分, 肆角叁分):
//     amounts of money with their unit. The unit (元, 角, 分) is read by the
//     extraction rule that asks for it, not by the number reader; the
//     figures themselves (壹拾壹, 壹佰壹拾壹) are in the table.
//   - Errors of strict mode only (一一, 壹壹, 点一 and strict mode's refusal
//     of every normal and smart case): the forms are valid in smart mode,
//     and reporters write them.
//   - an2cn's error inputs (123.1.1, 0.1零): they test writing numbers, not
//     reading them.
//   - transform's an2cn direction (100 → 一百, 8% → 百分之八): writing.

// cn2anStrict is cn2an_test.py's strict_data_dict.
var cn2anStrict = map[string]float64{
	"零": 0, "一": 1, "十": 10, "十一": 11, "一十一": 11, "二十": 20, "二十一": 21,
	"一百": 100, "一百零一": 101, "一百一十": 110, "一百一十一": 111,
	"一千": 1000, "一千一百": 1100, "一千一百一十": 1110, "一千一百一十一": 1111,
	"一千零一十": 1010, "一千零一十一": 1011, "一千零一": 1001, "一千一百零一": 1101,
	"一万一千一百一十一":                       11111,
	"一十一万一千一百一十一":                     111111,
	"一百一十一万一千一百一十一":                   1111111,
	"一千一百一十一万一千一百一十一":                 11111111,
	"一亿一千一百一十一万一千一百一十一":               111111111,
	"一十一亿一千一百一十一万一千一百一十一":             1111111111,
	"一百一十一亿一千一百一十一万一千一百一十一":           11111111111,
	"一千一百一十一亿一千一百一十一万一千一百一十一":         111111111111,
	"一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一": 1111111111111111,
	"壹": 1, "拾": 10, "拾壹": 11, "壹拾壹": 11, "壹佰壹拾壹": 111, "壹仟壹佰壹拾壹": 1111,
	"壹万壹仟壹佰壹拾壹":               11111,
	"壹拾壹万壹仟壹佰壹拾壹":             111111,
	"壹佰壹拾壹万壹仟壹佰壹拾壹":           1111111,
	"壹仟壹佰壹拾壹万壹仟壹佰壹拾壹":         11111111,
	"壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹":       111111111,
	"壹拾壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹":     1111111111,
	"壹佰壹拾壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹":   11111111111,
	"壹仟壹佰壹拾壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹": 111111111111,
	"十万": 100000, "十万零一": 100001, "一万零一": 10001, "一万零一十一": 10011,
	"一万零一百一十一": 10111, "一十万零一": 100001, "一百万零一": 1000001,
	"一千万零一": 10000001, "一千零一万一千零一": 10011001, "一千零一万零一": 10010001,
	"一亿零一": 100000001, "一十亿零一": 1000000001, "一百亿零一": 10000000001,
	"一千零一亿一千零一万一千零一":    100110011001,
	"一千亿一千万一千零一":        100010001001,
	"一千亿零一":             100000000001,
	"零点零零零零零零零零零零零零零零一": 0.000000000000001,
	"零点零零零零零零零零零零零零零一":  0.00000000000001,
	"零点零零零零零零零零零零零零一":   0.0000000000001,
	"零点零零零零零零零零零零零一":    0.000000000001,
	"零点零零零零零零零零零零一":     0.00000000001,
	"零点零零零零零零零零零一":      0.0000000001,
	"零点零零零零零零零零一":       0.000000001,
	"零点零零零零零零零一":        0.00000001,
	"零点零零零零零零一":         0.0000001,
	"零点零零零零零一":          0.000001,
	"零点零零零零一":           0.00001,
	"零点零零零一":            0.0001,
	"零点零零一":             0.001,
	"零点零一":              0.01,
	"零点一":               0.1,
	"负一":                -1, "负二": -2, "负十": -10, "负十一": -11, "负一十一": -11,
	"廿二": 22,
}

// cn2anNormal is cn2an_test.py's normal_data_dict: digit by digit and
// colloquial forms.
var cn2anNormal = map[string]float64{
	"一一": 11, "一一一": 111, "壹壹": 11, "壹壹壹": 111,
	"零点零": 0, "零点零零": 0,
	"一七二零": 1720, "一七二零点一": 1720.1, "一七二零点一三四": 1720.134, "一二三": 123,
	"负零点一零": -0.1, "负一七二零": -1720, "负一七二零点一": -1720.1,
	"三万五": 35000, "两千六": 2600, "一百二": 120,
}

// cn2anSmart is cn2an_test.py's smart_data_dict: Arabic and Chinese mixed.
var cn2anSmart = map[string]float64{
	"100万": 1000000, "100万三千": 1003000, "200亿零四千230": 20000004230,
	"一百点123": 100.123, "10.1万": 101000, "-10.1万": -101000, "35.1亿": 3510000000,
}

// cn2anErrors are the inputs cn2an refuses in every mode.
var cn2anErrors = []string{
	"10.1万零100", "10..1万", // smart
	"零点", "点零", "零点点", "零点零大", // normal
	"百十一", "十一十二", "负十一十二", "十七十八", // strict
}

// an2cnBackwards is an2cn_test.py's table read from Chinese to the number:
// its "low", "up" (financial) and "direct" (digit by digit) columns.
var an2cnBackwards = map[string]float64{
	"壹": 1, "十一": 11, "拾壹": 11,
	"一百万": 1000000, "壹佰万": 1000000, "一零零零零零零": 1000000,
	"一百万零五十四": 1000054, "壹佰万零伍拾肆": 1000054, "一零零零零五四": 1000054,
	"三千一百万零五十四": 31000054, "叁仟壹佰万零伍拾肆": 31000054, "三一零零零零五四": 31000054,
	"九千八百七十六万五千四百三十二亿九千八百七十六万五千四百三十二": 9876543298765432,
	"玖仟捌佰柒拾陆万伍仟肆佰叁拾贰亿玖仟捌佰柒拾陆万伍仟肆佰叁拾贰": 9876543298765432,
	"九八七六五四三二九八七六五四三二":                9876543298765432,
	"十万亿": 10000000000000, "拾万亿": 10000000000000, "一零零零零零零零零零零零零零": 10000000000000,
	"负壹": -1, "负拾壹": -11, "负一一": -11,
	"零点零零零五零零零五零零零五零零五": 0.000500050005005,
	"零点零零零伍零零零伍零零零伍零零伍": 0.000500050005005,
	"零点零零零零五":           0.00005, "零点零零零零伍": 0.00005,
	"零点四三二一": 0.4321, "零点肆叁贰壹": 0.4321,
	"一百万零五十四点四三二一": 1000054.4321,
	"壹佰万零伍拾肆点肆叁贰壹": 1000054.4321,
	"一零零零零五四点四三二一": 1000054.4321,
	"一点零一":         1.01, "壹点零壹": 1.01, "一点二": 1.2, "壹点贰": 1.2,
	"零点零壹": 0.01, "零点壹": 0.1, "负零点一": -0.1, "负零点壹": -0.1,
	"一点一": 1.1, "壹点壹": 1.1, "十二点零": 12, "拾贰点零": 12, "一二点零": 12,
	"二点零": 2, "贰点零": 2,
}

func TestCn2anTable(t *testing.T) {
	passed, total := 0, 0
	for _, table := range []map[string]float64{cn2anStrict, cn2anNormal, cn2anSmart, an2cnBackwards} {
		for in, want := range table {
			total++
			got, ok := Parse(in)
			if !ok || got.Value != want || got.Approx || got.IsRange() {
				t.Errorf("Parse(%q) = %v, %v; cn2an reads %v", in, got, ok, want)
				continue
			}
			// The scanner finds it whole. A leading minus sign is a dash in
			// running text, and a lone financial numeral a word (陆续,
			// 收拾): the scanner leaves them out.
			whole := strings.TrimPrefix(in, "-")
			if r := []rune(strings.TrimPrefix(whole, "负")); len(r) == 1 && strings.ContainsRune(finFirstSet, r[0]) {
				passed++
				continue
			}
			if spans := FindAll(whole); len(spans) != 1 || spans[0][1]-spans[0][0] != len(whole) {
				t.Errorf("FindAll(%q) = %v, want it whole", whole, spans)
				continue
			}
			passed++
		}
	}
	for _, in := range cn2anErrors {
		total++
		if got, ok := Parse(in); ok {
			t.Errorf("Parse(%q) = %v; cn2an refuses it", in, got)
			continue
		}
		passed++
	}
	t.Logf("cn2an cases passed: %d/%d", passed, total)
}

// TestCn2anTransform reads the sentences of cn2an's transform_test.py
// (its cn2an direction): every number found in them, with its value.
func TestCn2anTransform(t *testing.T) {
	tests := []struct {
		text string
		want string // the numbers found, as text=value
	}{
		{"小王捡了一百块钱", "一百=100"},
		{"用户增长最快的三个城市", "三=3"},
		{"小王的生日是二零零一年三月四日", "二零零一=2001 三=3 四=4"},
		{"小王的生日是二零一二年十二月十二日", "二零一二=2012 十二=12 十二=12"},
		{"今天股价上涨了百分之八", "百分之八=8%"},
		{"第二天股价下降了百分之负三点八", "二=2 百分之负三点八=-3.8%"},
		{"抛出去的硬币为正面的概率是二分之一", "二分之一=0.5"},
		{"现在室内温度为三十九摄氏度，很热啊！", "三十九=39"},
		{"创业板指九月九日早盘低开百分之一点五七", "九=9 九=9 百分之一点五七=1.57%"},
		{"约2.5亿年~6500万年", "约2.5亿=250000000~ 6500万=65000000"},
		{"廿二日，日出东方", "廿二=22"},
		{"大陆", ""},
		// The Arabic side of the same sentences.
		{"小王的生日是2001年3月4日", "2001=2001 3=3 4=4"},
		{"创业板指9月9日早盘低开1.57%", "9=9 9=9 1.57=1.57"},
	}
	for _, tt := range tests {
		if got := describe(tt.text); got != tt.want {
			t.Errorf("%s: found %q, want %q", tt.text, got, tt.want)
		}
	}
}

// describe lists the numbers FindAll finds in text with the values Parse
// gives them: text=value, ~ for approximate, % for a percentage, lo-hi
// for a range, ? for a span with no value.
func describe(text string) string {
	var parts []string
	for _, sp := range FindAll(text) {
		raw := text[sp[0]:sp[1]]
		n, ok := Parse(raw)
		if !ok {
			parts = append(parts, raw+"=?")
			continue
		}
		v := strconv.FormatFloat(n.Value, 'f', -1, 64)
		if n.IsRange() {
			v += "-" + strconv.FormatFloat(n.Max, 'f', -1, 64)
		}
		if n.Percent {
			v += "%"
		}
		if n.Approx {
			v += "~"
		}
		parts = append(parts, raw+"="+v)
	}
	return strings.Join(parts, " ")
}
