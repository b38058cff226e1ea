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
// numeral or the first character of a prefix hedge. Most characters
// cannot, and need no further look.
func mayBegin(r rune) bool {
	switch {
	case r >= '0' && r <= '9':
		return true
	case r < 0x3007:
		return false
	}
	switch r {
	case '零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千',
		'约', '近', '将', '接', '超', '逾', '多', '达':
		return true
	}
	return false
}

// matchAt returns the end of the number that starts at byte i of s, or i
// when none does. Like the expression, it tries each prefix hedge, then
// none. (Where one hedge begins another, prefixHedges lists the longer
// first, as Pattern does.)
func matchAt(s string, i int) int {
	for _, h := range prefixHedges {
		if strings.HasPrefix(s[i:], h) {
			if end := coreAt(s, i+len(h)); end > i+len(h) {
				return tailAt(s, end)
			}
		}
	}
	if end := coreAt(s, i); end > i {
		return tailAt(s, end)
	}
	return i
}

// coreAt matches \d{1,3}(?:,\d{3})+ | \d+(?:\.\d+)? | [零〇一二两三四五六七八九十百千]+ at i.
func coreAt(s string, i int) int {
	d := digitsAt(s, i)
	if d > i {
		// Thousands groups need a run of one to three digits first.
		if d-i <= 3 {
			end := d
			for end+4 <= len(s) && s[end] == ',' && digitsAt(s, end+1) >= end+4 {
				end += 4
			}
			if end > d {
				return end
			}
		}
		if d+1 < len(s) && s[d] == '.' {
			if f := digitsAt(s, d+1); f > d+1 {
				return f
			}
		}
		return d
	}
	end := i
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if !strings.ContainsRune("零〇一二两三四五六七八九十百千", r) {
			break
		}
		end += size
	}
	return end
}

// digitsAt returns the end of the run of ASCII digits at i.
func digitsAt(s string, i int) int {
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// tailAt matches (?:(?:余|多)?[万亿]+)?(?:余|多|以上|左右|上下)? at i.
func tailAt(s string, i int) int {
	j := i
	for _, h := range []string{"余", "多"} {
		if strings.HasPrefix(s[j:], h) {
			j += len(h)
			break
		}
	}
	if k := multipliersAt(s, j); k > j {
		i = k
	} else if k := multipliersAt(s, i); k > i {
		i = k
	}
	for _, h := range suffixHedges {
		if strings.HasPrefix(s[i:], h) {
			return i + len(h)
		}
	}
	return i
}

// multipliersAt returns the end of the run of 万 and 亿 at i.
func multipliersAt(s string, i int) int {
	for strings.HasPrefix(s[i:], "万") || strings.HasPrefix(s[i:], "亿") {
		i += len("万")
	}
	return i
}
