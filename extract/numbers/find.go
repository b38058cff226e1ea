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
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if mayBegin(r) {
			if end := matchAt(s, i); end > i {
				out = append(out, []int{i, end})
				i = end
				continue
			}
		}
		i += size
	}
	return out
}

// mayBegin reports whether a number can begin with r: a digit, a Chinese
// numeral, 数, 负 or the first character of a prefix hedge. Most
// characters cannot, and need no further look.
func mayBegin(r rune) bool {
	switch {
	case r >= '0' && r <= '9':
		return true
	case r < 0x3007:
		return false
	case r >= '０' && r <= '９':
		return true
	}
	return isFirst(r) || strings.ContainsRune(finFirstSet+"数數负負约約近将將接超逾多达達", r)
}

// isFirst: cnFirst, the Chinese numerals a number can begin with.
func isFirst(r rune) bool { return strings.ContainsRune(cnFirstSet, r) }

// isCnChar: cnChar, the Chinese numerals that continue a number.
func isCnChar(r rune) bool { return strings.ContainsRune(cnCharSet, r) }

// isFinChar: finChar, the financial numerals and what continues them.
func isFinChar(r rune) bool { return strings.ContainsRune(finCharSet, r) }

// matchAt matches Pattern at i. Like the expression, it tries each prefix
// hedge, then none. (Where one hedge begins another, prefixHedges lists
// the longer first, as Pattern does.)
func matchAt(s string, i int) int {
	for _, h := range prefixHedges {
		if strings.HasPrefix(s[i:], h) {
			if end := figureAt(s, i+len(h)); end > i+len(h) {
				return tailAt(s, end)
			}
		}
	}
	if end := figureAt(s, i); end > i {
		return tailAt(s, end)
	}
	return i
}

// figureAt matches (?:body分之)?负?body: a fraction, or a figure with its
// sign.
func figureAt(s string, i int) int {
	if b := bodyAt(s, i); b > i && strings.HasPrefix(s[b:], "分之") {
		if end := signedAt(s, b+len("分之")); end > b+len("分之") {
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

// bodyAt matches bodyPat: Arabic digits, optionally followed by a place
// and more; or Chinese numerals (or 数 and a place) and more.
func bodyAt(s string, i int) int {
	if e := arabicAt(s, i); e > i {
		if u := unitAfterArabicAt(s, e); u > e {
			return mixedRestAt(s, runAt(s, u, isCnChar))
		}
		return e
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case isFirst(r):
		return mixedRestAt(s, runAt(s, i+size, isCnChar))
	case r == '数' || r == '數':
		if u := unitAfterArabicAt(s, i+size); u > i+size {
			return mixedRestAt(s, runAt(s, u, isCnChar))
		}
	case strings.ContainsRune(finFirstSet, r):
		if e := runAt(s, i+size, isFinChar); e > i+size {
			return e // 壹佰, 壹点贰: not 壹 alone
		}
	}
	return i
}

// mixedRestAt matches (?:arabic place cnRun)*(?:arabic)?.
func mixedRestAt(s string, i int) int {
	for {
		e := arabicAt(s, i)
		if e == i {
			return i
		}
		u := unitAfterArabicAt(s, e)
		if u == e {
			return e
		}
		i = runAt(s, u, isCnChar)
	}
}

// runAt matches (?:cnChar|point)* (cnRun) or, with isFinChar,
// (?:finChar|point)* (finRun).
func runAt(s string, i int, isChar func(rune) bool) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isChar(r):
			i += size
		case r == '点' || r == '點':
			j := i + size
			if d := digitsAt(s, j); d > j {
				i = d
				continue
			}
			for j < len(s) {
				r2, size2 := utf8.DecodeRuneInString(s[j:])
				if !strings.ContainsRune(pointDigitSet, r2) {
					break
				}
				j += size2
			}
			if j == i+size {
				return i // a point with no digits after it ends the number
			}
			i = j
		default:
			return i
		}
	}
	return i
}

// unitAfterArabicAt matches one place or multiplier.
func unitAfterArabicAt(s string, i int) int {
	r, size := utf8.DecodeRuneInString(s[i:])
	if strings.ContainsRune(cnUnits+cnMults, r) {
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
		if !strings.ContainsRune(cnMults, r) {
			return i
		}
		i += size
	}
}
