package numbers

import (
	"strings"
	"unicode/utf8"
)

// FindAll returns the byte spans of the numbers in s, as Pattern's
// FindAllStringIndex would: leftmost first, hedges included, not
// overlapping. It reads s once, without backtracking: extraction rules ask
// for the numbers of every sentence that names a counted thing, and the
// expression was the largest cost of extraction.
//
// Each function below matches one part of Pattern at byte i and returns
// where the match ends (i when there is none), taking the choice the
// expression prefers. Where the expression would back out of a choice (a
// prefix hedge with no number after it, Arabic digits with no place after
// them inside a number), the function does too.
func FindAll(s string) [][]int {
	var out [][]int
	sc := scanner{s: s}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if mayBegin(r) {
			if end := sc.matchAt(i); end > i {
				out = append(out, []int{i, end})
				i = end
				continue
			}
		}
		i += size
	}
	return out
}

// scanner is FindAll's state: the text, and the end of the last run of
// numerals read as a fraction's denominator. Every start inside that run
// has the same end (a run of 万 that begins no number is read once, not
// once per 万).
type scanner struct {
	s                string
	runStart, runEnd int
}

// The classes of the characters Pattern names, one bit each, looked up in
// a table: the scanner asks for every character of the text.
const (
	cFirst      = 1 << iota // cnFirst
	cCnChar                 // cnChar
	cFinFirst               // finFirst
	cFinChar                // finChar
	cPointDigit             // a digit after a Chinese decimal point
	cPlace                  // unitAfterArabic: a place or multiplier
	cMult                   // a multiplier
	cBegin                  // may begin a number: a digit, a numeral, 数, 负, a prefix hedge
)

var classOf = func() *[0x10000]uint8 {
	var t [0x10000]uint8
	mark := func(set string, c uint8) {
		for _, r := range set {
			t[r] |= c
		}
	}
	mark(cnFirstSet, cFirst|cBegin)
	mark(cnCharSet, cCnChar)
	mark(finFirstSet, cFinFirst|cBegin)
	mark(finCharSet, cFinChar)
	mark(pointDigitSet, cPointDigit)
	mark(cnUnits+cnMults, cPlace)
	mark(cnMults, cMult|cBegin) // cBegin: 万分之一
	mark("0123456789０１２３４５６７８９数數负負", cBegin)
	for _, h := range prefixHedges {
		for _, r := range h {
			t[r] |= cBegin
			break
		}
	}
	return &t
}()

// is reports whether r is of class c.
func is(r rune, c uint8) bool { return r >= 0 && r < 0x10000 && classOf[r]&c != 0 }

// mayBegin reports whether a number can begin with r. Most characters
// cannot, and need no further look.
func mayBegin(r rune) bool { return is(r, cBegin) }

func isFirst(r rune) bool   { return is(r, cFirst) }
func isCnChar(r rune) bool  { return is(r, cCnChar) }
func isFinChar(r rune) bool { return is(r, cFinChar) }

// matchAt matches Pattern at i. Like the expression, it tries each prefix
// hedge, then none. (Where one hedge begins another, prefixHedges lists
// the longer first, as Pattern does.)
func (sc *scanner) matchAt(i int) int {
	s := sc.s
	for _, h := range prefixHedges {
		if strings.HasPrefix(s[i:], h) {
			if end := sc.figureAt(i + len(h)); end > i+len(h) {
				return tailAt(s, end)
			}
		}
	}
	if end := sc.figureAt(i); end > i {
		return tailAt(s, end)
	}
	return bareMultAt(s, i)
}

// bareMultAt matches bareMultPat: a multiplier after an approximating
// hedge, its own 余 or 多 after it optional (逾万, 近万余), or a multiplier
// with its 余 or 多 (万余).
func bareMultAt(s string, i int) int {
	for _, h := range approxPrefixes {
		if strings.HasPrefix(s[i:], h) {
			if r, size := utf8.DecodeRuneInString(s[i+len(h):]); is(r, cMult) {
				return moreAt(s, i+len(h)+size)
			}
		}
	}
	if r, size := utf8.DecodeRuneInString(s[i:]); is(r, cMult) {
		if e := moreAt(s, i+size); e > i+size {
			return e
		}
	}
	return i
}

// moreAt matches [余餘多].
func moreAt(s string, i int) int {
	for _, h := range []string{"余", "餘", "多"} {
		if strings.HasPrefix(s[i:], h) {
			return i + len(h)
		}
	}
	return i
}

// figureAt matches (?:denominator)?负?body: a fraction, or a figure with
// its sign.
func (sc *scanner) figureAt(i int) int {
	s := sc.s
	if i < sc.runStart || i >= sc.runEnd {
		d := i
		for d < len(s) {
			r, size := utf8.DecodeRuneInString(s[d:])
			if !isCnChar(r) {
				break
			}
			d += size
		}
		sc.runStart, sc.runEnd = i, d
	}
	if d := sc.runEnd; d > i && strings.HasPrefix(s[d:], "分之") {
		if end := signedAt(s, d+len("分之")); end > d+len("分之") {
			return end
		}
	}
	return signedAt(s, i)
}

// signedAt matches [负負]?body.
func signedAt(s string, i int) int {
	if strings.HasPrefix(s[i:], "负") || strings.HasPrefix(s[i:], "負") {
		if end := bodyAt(s, i+len("负")); end > i+len("负") {
			return end
		}
		return i // 负 begins no body
	}
	return bodyAt(s, i)
}

// bodyAt matches bodyPat: Arabic digits, with a place and the rest of a
// number after them or alone; Chinese numerals (or 数 and a place) and
// the rest; financial numerals.
func bodyAt(s string, i int) int {
	if e := arabicAt(s, i); e > i {
		if u := unitAfterArabicAt(s, e); u > e {
			return restAt(s, u)
		}
		return e
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case isFirst(r):
		return restAt(s, i+size)
	case r == '数' || r == '數':
		if u := unitAfterArabicAt(s, i+size); u > i+size {
			return restAt(s, u)
		}
	case is(r, cFinFirst):
		if e := finRunAt(s, i+size); e > i+size {
			return e // 壹佰, 壹点贰: not 壹 alone
		}
	}
	return i
}

// restAt matches cnRest: (?:cnChar|point|arabic)*.
func restAt(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isCnChar(r):
			i += size
		case r == '点' || r == '點':
			j := pointAt(s, i+size)
			if j == i+size {
				return i // a point with no digits after it ends the number
			}
			i = j
		default:
			e := arabicAt(s, i)
			if e == i {
				return i
			}
			i = e
		}
	}
	return i
}

// finRunAt matches finRun: (?:finChar|point)*.
func finRunAt(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isFinChar(r):
			i += size
		case r == '点' || r == '點':
			j := pointAt(s, i+size)
			if j == i+size {
				return i
			}
			i = j
		default:
			return i
		}
	}
	return i
}

// pointAt matches the digits after a decimal point at i: Arabic, else
// Chinese (pointPat less its 点).
func pointAt(s string, i int) int {
	if d := digitsAt(s, i); d > i {
		return d
	}
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !is(r, cPointDigit) {
			break
		}
		i += size
	}
	return i
}

// unitAfterArabicAt matches one place or multiplier.
func unitAfterArabicAt(s string, i int) int {
	r, size := utf8.DecodeRuneInString(s[i:])
	if is(r, cPlace) {
		return i + size
	}
	return i
}

// arabicAt matches arabicPat: \d{1,3}(?:,\d{3})+ or \d+, then decimals.
func arabicAt(s string, i int) int {
	d := digitsAt(s, i)
	if d == i {
		return i
	}
	end := d
	// Thousands groups need a run of one to three digits first.
	if digitCount(s, i, d) <= 3 {
		for end < len(s) && s[end] == ',' {
			g := end + 1
			n := 0
			for n < 3 {
				k := digitAt(s, g)
				if k == 0 {
					break
				}
				g += k
				n++
			}
			if n < 3 {
				break
			}
			end = g
		}
	}
	for _, p := range []string{".", "．"} {
		if strings.HasPrefix(s[end:], p) {
			if f := digitsAt(s, end+len(p)); f > end+len(p) {
				return f
			}
		}
	}
	return end
}

// digitAt returns the byte length of the digit (ASCII or full width) at
// i, or 0.
func digitAt(s string, i int) int {
	switch {
	case i < len(s) && s[i] >= '0' && s[i] <= '9':
		return 1
	case i+3 <= len(s) && s[i] == 0xEF && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99:
		return 3 // ０-９ are U+FF10-FF19: EF BC 90-99
	}
	return 0
}

// digitsAt returns the end of the run of digits at i.
func digitsAt(s string, i int) int {
	for {
		k := digitAt(s, i)
		if k == 0 {
			return i
		}
		i += k
	}
}

// digitCount counts the digits in s[i:j], a run of digits.
func digitCount(s string, i, j int) int {
	n := 0
	for i < j {
		i += digitAt(s, i)
		n++
	}
	return n
}

// tailAt matches (?:[余餘多][万亿]+)?(?:余|餘|多|以上|左右|上下)? at i.
func tailAt(s string, i int) int {
	for _, h := range []string{"余", "餘", "多"} {
		if strings.HasPrefix(s[i:], h) {
			if k := multipliersAt(s, i+len(h)); k > i+len(h) {
				i = k
			}
			break
		}
	}
	for _, h := range suffixHedges {
		if strings.HasPrefix(s[i:], h) {
			return i + len(h)
		}
	}
	return i
}

// multipliersAt returns the end of the run of multipliers at i.
func multipliersAt(s string, i int) int {
	for {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !is(r, cMult) {
			return i
		}
		i += size
	}
}
