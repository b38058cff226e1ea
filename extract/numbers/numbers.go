// Package numbers reads numbers as Chinese reporters write them.
//
// In: a string holding one number (as matched by Pattern or found by
// FindAll). Out: its value, whether it is hedged, and for a range its upper
// end. What is read, with the behaviour of cn2an (the reference Python
// library, in its smart mode) as the yardstick:
//
//   - Arabic and full-width digits, thousands separators (1,521) and
//     decimals (99.79, 1,234.5);
//   - Chinese numerals in place-value form (一百零五, 一万零一十一,
//     一百九十万零三千九百七十一), with 两, 〇, 廿 (20), 卅 (30) and the
//     financial forms of official text (壹佰贰拾叁), digit by digit
//     (一九五四, 二〇〇二), colloquially shortened (三万五 = 35000,
//     两千六 = 2600, 一百二 = 120) and with a decimal point (三点五,
//     零点零一);
//   - Arabic and Chinese mixed: 1万600, 3亿2,500万, 100万三千, 一百点123;
//     the 万 and 亿 multipliers (110.73万 → 1107300, 1.5亿 → 150000000);
//   - a negative sign (负十一, -10.1万), percentages (百分之九十九点八, 99.8%)
//     and fractions (三分之一);
//   - hedges, which make the figure approximate: before it (约, 近, 将近,
//     接近, 超过, 超, 逾, 多达), after it (余, 多, 以上, 左右, 上下), before
//     a multiplier (1000多万, 二十余亿) and as a digit (十几 → 10);
//   - ranges of two neighbouring digits (七八百 → 700 to 800, 十七八 → 17
//     to 18), approximate too.
//
// A vague quantity (几十, 数百) is found as a span, so that its 十 is not
// read as a figure, but Parse gives it no value.
package numbers

import (
	"math"
	"strings"
	"unicode/utf8"
)

// The parts of Pattern. FindAll (find.go) reads the same language in one
// pass; TestFindAllIsPattern and FuzzFindAll hold the two equal.
const (
	digit = `[0-9０-９]`
	// Arabic: a run of digits or thousands groups, then decimals.
	arabicPat = `(?:` + digit + `{1,3}(?:,` + digit + `{3})+|` + digit + `+)(?:[.．]` + digit + `+)?`
	// Chinese numerals of everyday text: the digits, those that also stand
	// for a place (廿, 卅) or an unknown digit (几), the places below 万,
	// the multipliers.
	cnDigits   = `零〇一二两兩三四五六七八九`
	cnUnits    = `十百千`
	cnMults    = `万萬亿億`
	cnFirstSet = cnDigits + `廿卅几幾` + cnUnits
	cnCharSet  = cnFirstSet + cnMults
	// The financial numerals of contracts and official amounts. Each of
	// them is also a word or part of one (陆续, 队伍, 收拾), so they make a
	// number only two or more together (壹佰, 拾万, 壹点贰), and only with
	// each other, 零 and the multipliers.
	finDigits   = `壹贰貳叁肆伍陆陸柒捌玖`
	finFirstSet = finDigits + `拾佰仟`
	finCharSet  = finFirstSet + `零〇` + cnMults
	// A decimal point is a number's only when digits follow it (三点五; 三点
	// is a time).
	pointDigitSet = cnDigits + finDigits
	pointPat      = `[点點](?:` + digit + `+|[` + pointDigitSet + `]+)`
	cnFirst       = `[` + cnFirstSet + `]`
	cnChar        = `[` + cnCharSet + `]`
	finFirst      = `[` + finFirstSet + `]`
	finChar       = `[` + finCharSet + `]`
	finRun        = `(?:` + finChar + `|` + pointPat + `)*`
	// After Arabic digits inside a number only a place or multiplier
	// comes (3亿, 5千, 1万600): 2023一 is two things, 3点5 a time.
	unitAfterArabic = `[` + cnUnits + cnMults + `]`
	// The rest of a number: Chinese numerals, decimal points, and Arabic
	// figures in a place (四千230, 3亿2,500万). Each part of the language
	// is written as few times as it can be: the rules embed Pattern, and
	// their expressions run slower the longer it is.
	cnRest  = `(?:` + cnChar + `|` + pointPat + `|` + arabicPat + `)*`
	bodyPat = `(?:(?:` + cnFirst + `|[数數]` + unitAfterArabic + `|` + arabicPat + unitAfterArabic + `)` + cnRest +
		`|` + arabicPat +
		`|` + finFirst + `(?:` + finChar + `|` + pointPat + `)` + finRun + `)`
	// A fraction's denominator: 百分之, 三分之, 万分之.
	denominatorPat = `[` + cnCharSet + `]+分之`
)

// Pattern is a regular expression (without groups) that matches a number
// with its hedges, for building extraction rules. Hedges are in both
// scripts (约 約, 余 餘); a minus sign is 负 only, as - in running text is
// a dash (2019-2021).
//
// A multiplier alone stands for one of it where a hedge says so, before
// it or after it: 逾万人, 近万名, 万余名, 萬多人 (10,000, approximate); bare, 万
// is a word's (万达, 万家).
const Pattern = `(?:(?:约|約|近|[将將]近|接近|超[过過]?|逾|多[达達]|[达達]到?)?` +
	`(?:` + denominatorPat + `)?[负負]?` + bodyPat +
	`(?:[余餘多][万萬亿億]+)?(?:[余餘多]|以上|左右|上下)?` +
	`|` + bareMultPat + `)`

// bareMultPat is a hedged multiplier alone (逾万, 万余); its prefixes are
// the hedges that make a figure approximate (approxPrefixes).
const bareMultPat = `(?:约|約|近|[将將]近|接近|超[过過]?|逾|多[达達])[` + cnMults + `][余餘多]?|[` + cnMults + `][余餘多]`

var (
	// Where one hedge begins another, the longer comes first, as in
	// Pattern.
	prefixHedges = []string{"将近", "將近", "接近", "超过", "超過", "多达", "多達", "达到", "達到", "约", "約", "近", "超", "逾", "达", "達"}
	suffixHedges = []string{"以上", "左右", "上下", "余", "餘", "多"}
	// The prefix hedges that make a figure approximate, the longer first.
	approxPrefixes = []string{"将近", "將近", "接近", "超过", "超過", "多达", "多達", "约", "約", "近", "超", "逾"}
	// Hedges that make a figure approximate; 达 and 达到 only introduce it.
	approxWords = map[string]bool{"将近": true, "將近": true, "接近": true, "超过": true, "超過": true, "约": true, "約": true,
		"近": true, "超": true, "逾": true, "多达": true, "多達": true,
		"以上": true, "左右": true, "上下": true, "余": true, "餘": true, "多": true}
)

// hedgeStart reports whether a prefix hedge begins with r.
func hedgeStart(r rune) bool {
	switch r {
	case '将', '將', '接', '超', '多', '达', '達', '约', '約', '近', '逾':
		return true
	}
	return false
}

// Number is a parsed figure.
type Number struct {
	Value  float64
	Approx bool
	// Max is the upper end of a range (七八百: Value 700, Max 800), 0 when
	// the figure is one value.
	Max float64
	// Percent: Value is a percentage (百分之九十九点八 and 99.8% are 99.8).
	Percent bool
}

// Int is the value rounded to an integer.
func (n Number) Int() int64 { return int64(math.Round(n.Value)) }

// IsInt reports whether the value is a whole number.
func (n Number) IsInt() bool { return n.Value == math.Trunc(n.Value) }

// IsRange reports whether the figure is a range (七八百).
func (n Number) IsRange() bool { return n.Max != 0 }

// Parse reads one number, hedges included. It reports false when s is not
// a number, or is a vague quantity (几十, 数百) with no value to give.
func Parse(s string) (Number, bool) {
	s = fold(strings.TrimSpace(s))
	var n Number
	if r, _ := utf8.DecodeRuneInString(s); hedgeStart(r) {
		for _, h := range prefixHedges {
			if strings.HasPrefix(s, h) && len(s) > len(h) {
				n.Approx = approxWords[h]
				s = s[len(h):]
				break
			}
		}
	}
	for _, h := range suffixHedges {
		if strings.HasSuffix(s, h) && len(s) > len(h) {
			n.Approx = n.Approx || approxWords[h]
			s = s[:len(s)-len(h)]
			break
		}
	}
	if t, ok := strings.CutSuffix(s, "%"); ok {
		n.Percent, s = true, t
	}
	// A hedge before the multipliers: 1000多万, 二十余亿.
	body := strings.TrimRight(s, "万亿")
	if mults := s[len(body):]; mults != "" {
		for _, h := range []string{"余", "餘", "多"} {
			if t, ok := strings.CutSuffix(body, h); ok && t != "" {
				n.Approx, s = true, t+mults
				break
			}
		}
	}
	if v := multOf([]rune(s + " ")[0]); v != 0 && len(s) == len("万") && n.Approx && !n.Percent {
		n.Value = float64(v) // 逾万, 万余: one hedged multiplier
		return n, true
	}
	lo, hi, approx, ok := readFraction(s, &n.Percent)
	if !ok {
		return Number{}, false
	}
	n.Value, n.Approx = lo, n.Approx || approx
	if hi != lo {
		n.Max, n.Approx = hi, true
	}
	return n, true
}

// readFraction reads numerator 分之 denominator, or a figure with no
// fraction. A denominator of 100 or 1000 makes a percentage.
func readFraction(s string, percent *bool) (lo, hi float64, approx, ok bool) {
	den, num, isFraction := strings.Cut(s, "分之")
	if !isFraction {
		return readSigned(s)
	}
	if *percent {
		return 0, 0, false, false // 百分之五%
	}
	if strings.HasPrefix(den, "万") || strings.HasPrefix(den, "亿") {
		den = "一" + den // 万分之五
	}
	d, dhi, dapprox, ok := readSigned(den)
	if !ok || d <= 0 || dhi != d || dapprox {
		return 0, 0, false, false
	}
	lo, hi, approx, ok = readSigned(num)
	if !ok {
		return 0, 0, false, false
	}
	switch d {
	case 100:
		*percent = true
		return lo, hi, approx, true
	case 1000:
		*percent = true
		d = 10
	}
	return lo / d, hi / d, approx, true
}

// readSigned reads a figure with an optional minus sign (负, -).
func readSigned(s string) (lo, hi float64, approx, ok bool) {
	sign := 1.0
	for _, m := range []string{"负", "-"} {
		if t, cut := strings.CutPrefix(s, m); cut {
			sign, s = -1, t
			break
		}
	}
	lo, hi, approx, ok = readRange(s)
	return sign * lo, sign * hi, approx, ok
}

// fold maps full-width digits and number punctuation to ASCII, and the
// traditional forms of numerals to simplified ones, so that the readers
// see one script. (The pipeline converts traditional text before
// extraction; Parse is also called on its own.)
func fold(s string) string {
	if strings.ContainsAny(s, "廿卅") {
		s = strings.NewReplacer("廿", "二十", "卅", "三十").Replace(s)
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return r - '０' + '0'
		}
		switch r {
		case '．':
			return '.'
		case '，':
			return ','
		case '％':
			return '%'
		case '萬':
			return '万'
		case '億':
			return '亿'
		case '兩':
			return '两'
		case '點':
			return '点'
		case '幾':
			return '几'
		case '數':
			return '数'
		case '貳':
			return '贰'
		case '陸':
			return '陆'
		case '負':
			return '负'
		}
		return r
	}, s)
}
