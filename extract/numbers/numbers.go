// Package numbers reads numbers as Chinese reporters write them.
//
// In: a string holding one number (as matched by Pattern). Out: its value
// and whether it is hedged. Arabic and full-width digits, Chinese
// numerals (九, 二十, 三十余, 两, 〇, 一百二十三), the 万 and 亿 multipliers
// (110.73万 → 1107300, 1.5亿 → 150000000), thousands separators
// (1,521), percentages, and hedges before (约, 近, 超过, 逾) or after (余,
// 多, 以上, 左右) the figure are all read.
package numbers

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// Pattern is a regular expression (without groups) that matches a number
// with its hedges, for building extraction rules.
const Pattern = `(?:约|近|将近|接近|超过|超|逾|多达|达到|达)?` +
	`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)` +
	`(?:(?:余|多)?[万亿]+)?(?:余|多|以上|左右|上下)?`

var (
	prefixHedges = []string{"将近", "接近", "超过", "多达", "达到", "约", "近", "超", "逾", "达"}
	suffixHedges = []string{"以上", "左右", "上下", "余", "多"}
	// Hedges that make a figure approximate; 达 and 达到 only introduce it.
	approxWords = map[string]bool{"将近": true, "接近": true, "超过": true, "约": true, "近": true, "超": true, "逾": true, "多达": true,
		"以上": true, "左右": true, "上下": true, "余": true, "多": true}
	arabic = regexp.MustCompile(`^(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$`)
)

// Number is a parsed figure.
type Number struct {
	Value  float64
	Approx bool
}

// Int is the value rounded to an integer.
func (n Number) Int() int64 { return int64(math.Round(n.Value)) }

// IsInt reports whether the value is a whole number.
func (n Number) IsInt() bool { return n.Value == math.Trunc(n.Value) }

// Parse reads one number, hedges included. Full-width digits are read as
// ASCII ones. It reports false when s is not a number.
func Parse(s string) (Number, bool) {
	s = foldDigits(strings.TrimSpace(s))
	var n Number
	for _, h := range prefixHedges {
		if strings.HasPrefix(s, h) && len(s) > len(h) {
			n.Approx = approxWords[h]
			s = s[len(h):]
			break
		}
	}
	for _, h := range suffixHedges {
		if strings.HasSuffix(s, h) && len(s) > len(h) {
			n.Approx = n.Approx || approxWords[h]
			s = s[:len(s)-len(h)]
			break
		}
	}
	// Trailing multipliers: 万, 亿, 万亿.
	mult := 1.0
	for {
		switch {
		case strings.HasSuffix(s, "万") && len(s) > len("万"):
			mult *= 1e4
			s = strings.TrimSuffix(s, "万")
			continue
		case strings.HasSuffix(s, "亿") && len(s) > len("亿"):
			mult *= 1e8
			s = strings.TrimSuffix(s, "亿")
			continue
		}
		break
	}
	// A hedge before the multiplier: 1000多万, 3亿余.
	for _, h := range []string{"余", "多"} {
		if mult > 1 && strings.HasSuffix(s, h) && len(s) > len(h) {
			n.Approx = true
			s = strings.TrimSuffix(s, h)
		}
	}
	if s == "" {
		return Number{}, false
	}
	var v float64
	if arabic.MatchString(s) {
		f, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		if err != nil {
			return Number{}, false
		}
		v = f
	} else {
		f, ok := parseChinese(s)
		if !ok {
			return Number{}, false
		}
		v = f
	}
	// Round away float noise from the multiplier (110.73 × 1e4).
	n.Value = math.Round(v*mult*1e6) / 1e6
	return n, true
}

var digitValue = map[rune]int64{'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// parseChinese reads Chinese numerals: 九, 十二, 二十, 三百零五, 一千二百,
// and digit-by-digit forms such as 二〇二三.
func parseChinese(s string) (float64, bool) {
	runes := []rune(s)
	hasUnit := strings.ContainsAny(s, "十百千")
	if !hasUnit {
		// Digit by digit: 二〇二三 → 2023; a single digit.
		var v int64
		for _, r := range runes {
			d, ok := digitValue[r]
			if !ok {
				return 0, false
			}
			v = v*10 + d
		}
		return float64(v), true
	}
	var total, cur int64
	pendingDigit := false
	for _, r := range runes {
		if d, ok := digitValue[r]; ok {
			cur = d
			pendingDigit = true
			continue
		}
		var unit int64
		switch r {
		case '十':
			unit = 10
		case '百':
			unit = 100
		case '千':
			unit = 1000
		default:
			return 0, false
		}
		if !pendingDigit {
			cur = 1 // 十二 = 12
		}
		total += cur * unit
		cur, pendingDigit = 0, false
	}
	return float64(total + cur), true
}

// foldDigits maps full-width digits and punctuation of numbers to ASCII.
func foldDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return r - '０' + '0'
		case r == '．':
			return '.'
		case r == '，':
			return ','
		}
		return r
	}, s)
}
