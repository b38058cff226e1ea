package numbers

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// digitOf returns the value of a Chinese digit, everyday or financial
// (壹贰叁, written in contracts and official amounts).
func digitOf(r rune) (int64, bool) {
	switch r {
	case '零', '〇':
		return 0, true
	case '一', '壹':
		return 1, true
	case '二', '两', '贰':
		return 2, true
	case '三', '叁':
		return 3, true
	case '四', '肆':
		return 4, true
	case '五', '伍':
		return 5, true
	case '六', '陆':
		return 6, true
	case '七', '柒':
		return 7, true
	case '八', '捌':
		return 8, true
	case '九', '玖':
		return 9, true
	}
	return 0, false
}

// unitOf returns the value of a place below 万, or 0.
func unitOf(r rune) int64 {
	switch r {
	case '十', '拾':
		return 10
	case '百', '佰':
		return 100
	case '千', '仟':
		return 1000
	}
	return 0
}

// multOf returns the value of a multiplier, which closes a group of four
// places, or 0.
func multOf(r rune) int64 {
	switch r {
	case '万':
		return 1e4
	case '亿':
		return 1e8
	}
	return 0
}

// readRange reads a figure that may be a range of two neighbouring digits
// (七八百, 十七八, 两三): each end is read as a figure of its own, the
// pair standing for its first digit, then for its second.
func readRange(s string) (lo, hi float64, approx, ok bool) {
	if i, n1, n2 := rangeAt(s); i >= 0 {
		l, a1, ok1 := readPlain(s[:i+n1] + s[i+n1+n2:])
		h, a2, ok2 := readPlain(s[:i] + s[i+n1:])
		return l, h, a1 || a2, ok1 && ok2
	}
	v, a, ok := readPlain(s)
	return v, v, a, ok
}

// rangeAt returns the byte offset and lengths of a pair of neighbouring
// digits (七八, 一两, 两三) that stands for a range, or -1. The pair must
// fill a place of its own: at the start or after a place or 零 (十七八),
// and at the end or before a place (七八百). A run of digits alone is read
// digit by digit (一二三 = 123), unless it is the pair alone (七八个).
func rangeAt(s string) (at, n1, n2 int) {
	at = -1
	pure, runes := true, 0
	// prev is the rune at i, before it the rune before that (0 at the
	// start); a pair is prev and r.
	var before, prev rune
	prevAt, prevN := -1, 0
	for i, r := range s {
		runes++
		d, isDigit := digitOf(r)
		if !isDigit {
			pure = false
		}
		if at < 0 && prevAt >= 0 && isDigit {
			if a, _ := digitOf(prev); a != 0 && d == a+1 && (before == 0 || isPlace(before) || before == '零' || before == '〇') {
				next := i + utf8.RuneLen(r)
				if after, _ := utf8.DecodeRuneInString(s[next:]); next == len(s) || isPlace(after) {
					at, n1, n2 = prevAt, prevN, next-i
				}
			}
		}
		before, prev = prev, r
		prevAt, prevN = -1, 0
		if isDigit {
			prevAt, prevN = i, utf8.RuneLen(r)
		}
	}
	if pure && runes != 2 {
		return -1, 0, 0 // digit by digit: 一二三
	}
	return at, n1, n2
}

func isPlace(r rune) bool { return unitOf(r) != 0 || multOf(r) != 0 }

// readPlain reads one figure: Arabic, Chinese digit by digit, or Chinese
// (and mixed) in place-value form. approx is set by the digit 几 (十几).
func readPlain(s string) (v float64, approx, ok bool) {
	if s == "" {
		return 0, false, false
	}
	if arabicAt(s, 0) == len(s) {
		f, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		return f, false, err == nil
	}
	if v, applies, ok := readDigits(s); applies {
		return v, false, ok
	}
	return readPlace(s)
}

// readDigits reads Chinese digits one by one, with a decimal point:
// 一九五四 = 1954, 二〇〇二 = 2002, 零点零一 = 0.01, 一七二零点一 = 1720.1.
// applies is false when s holds anything but digits and one point.
func readDigits(s string) (v float64, applies, ok bool) {
	var b strings.Builder
	points := 0
	for _, r := range s {
		if r == '点' {
			points++
			b.WriteByte('.')
			continue
		}
		d, isDigit := digitOf(r)
		if !isDigit {
			return 0, false, false
		}
		b.WriteByte(byte('0' + d))
	}
	if points > 1 {
		return 0, false, false
	}
	str := b.String()
	if str[0] == '.' || str[len(str)-1] == '.' {
		return 0, true, false // 点一, 零点
	}
	f, err := strconv.ParseFloat(str, 64)
	return f, true, err == nil
}

// What the place-value reader saw last.
const (
	tokNone = iota
	tokDigit
	tokArabic
	tokZero
	tokUnit
	tokMult
)

// readPlace reads the place-value form: groups of four places (千百十 and
// the digit) closed by 万 and 亿, 零 for skipped places, Arabic figures in
// a place (四千230, 1万600, 3亿2,500万), a decimal point (一百点123,
// 10.1万) after which only multipliers may follow, and the colloquial last
// digit (三万五 = 35000, 一百二 = 120). What cn2an refuses it refuses:
// places out of order (十一十二), a bare place inside a number (百十一),
// anything after a decimal but a multiplier (10.1万零100).
func readPlace(s string) (float64, bool, bool) {
	var (
		yi, wan, section, cur int64 // closed 亿 group; the 万 group; places below 万; the pending figure
		pending               bool
		lastUnit              int64 // the lowest place filled in this group, 0 at its start
		placeBefore           int64 // the place right before the pending digit
		prev                  = tokNone
		approx                bool
		wanUsed, yiUsed       bool
		// A decimal figure: its integer part, fraction digits, the
		// value of the groups above it, and the multipliers after it.
		decimal       bool
		decInt, above int64
		frac          string
		exp           int
	)
	const limit = 1e18 // int64 holds it; float64 keeps 15 digits of it
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if decimal {
			switch r {
			case '万':
				exp += 4
			case '亿':
				exp += 8
			default:
				return 0, false, false
			}
			i += size
			continue
		}
		if e := arabicAt(s, i); e > i {
			if pending {
				return 0, false, false
			}
			intPart, fracPart, hasFrac := strings.Cut(strings.ReplaceAll(s[i:e], ",", ""), ".")
			v, err := strconv.ParseInt(intPart, 10, 64)
			if err != nil || v >= limit/1e4 || lastUnit > 0 && v >= lastUnit {
				return 0, false, false
			}
			cur, pending, prev = v, true, tokArabic
			if hasFrac {
				decimal, decInt, above, frac = true, section+cur, yi+wan, fracPart
				cur, pending = 0, false
			}
			i = e
			continue
		}
		switch d, isDigit := digitOf(r); {
		case r == '点':
			digits, j := pointDigitsAt(s, i+size)
			if digits == "" || prev == tokNone {
				return 0, false, false
			}
			v := section
			if pending {
				v += cur
			}
			decimal, decInt, above, frac = true, v, yi+wan, digits
			cur, pending = 0, false
			i = j
			continue
		case r == '几':
			if pending || prev == tokNone {
				return 0, false, false // 几十: no figure
			}
			cur, pending, approx, placeBefore, prev = 0, true, true, 0, tokDigit
		case isDigit && d == 0:
			if pending {
				return 0, false, false
			}
			prev = tokZero
		case isDigit:
			if pending {
				return 0, false, false
			}
			placeBefore = 0
			if prev == tokUnit {
				placeBefore = lastUnit
			} else if prev == tokMult {
				placeBefore = 1e4
				if yiUsed && !wanUsed && section == 0 && wan == 0 {
					placeBefore = 1e8
				}
			}
			cur, pending, prev = d, true, tokDigit
		case unitOf(r) != 0:
			u := unitOf(r)
			if !pending {
				// A bare place: 十二, 百余, 十万; 十 also after 零 or a
				// multiplier (一千零十, 一万十五).
				if !(prev == tokNone || u == 10 && (prev == tokZero || prev == tokMult)) {
					return 0, false, false
				}
				cur = 1
			}
			if lastUnit != 0 && u >= lastUnit || cur >= limit/u {
				return 0, false, false
			}
			section += cur * u
			cur, pending, lastUnit, prev = 0, false, u, tokUnit
		case multOf(r) != 0:
			v := section
			if pending {
				v += cur
			}
			if r == '万' {
				if wanUsed || v == 0 || yiUsed && v >= 1e4 || v >= limit/1e4 {
					return 0, false, false
				}
				wan, wanUsed = v*1e4, true
			} else {
				g := wan + v
				if yiUsed || g == 0 || g >= limit/1e8 {
					return 0, false, false
				}
				yi, wan, wanUsed, yiUsed = g*1e8, 0, false, true
			}
			section, cur, pending, lastUnit, prev = 0, 0, false, 0, tokMult
		default:
			return 0, false, false
		}
		i += size
	}
	if decimal {
		str := strconv.FormatInt(decInt, 10) + "." + frac
		if exp == 0 {
			f, err := strconv.ParseFloat(strconv.FormatInt(above+decInt, 10)+"."+frac, 64)
			return f, approx, err == nil
		}
		if wan > 0 || yi > 0 && exp >= 8 {
			return 0, false, false // 3万2.5万
		}
		f, err := strconv.ParseFloat(str+"e"+strconv.Itoa(exp), 64)
		return float64(above) + f, approx, err == nil
	}
	if prev == tokZero {
		return 0, false, false // 一百零
	}
	if pending {
		scale := int64(1)
		if prev == tokDigit && placeBefore > 10 {
			scale = placeBefore / 10 // 一百二 = 120, 三万五 = 35000
		}
		section += cur * scale
	}
	if wanUsed && section >= 1e4 || yiUsed && section >= 1e8 {
		return 0, false, false // 1万60000
	}
	return float64(yi + wan + section), approx, true
}

// pointDigitsAt reads the digits after a decimal point at i, Chinese or
// Arabic, as ASCII, and returns where they end.
func pointDigitsAt(s string, i int) (string, int) {
	var b strings.Builder
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if d, ok := digitOf(r); ok {
			b.WriteByte(byte('0' + d))
		} else if r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			break
		}
		i += size
	}
	return b.String(), i
}
