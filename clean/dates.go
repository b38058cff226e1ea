package clean

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"zhnews/internal/rx"
)

// Dates as Chinese pages print them. They run on normalised (simplified,
// width-folded) text, for text dumps and for the HTML reader alike.
//
//	2021-06-29  2021/6/29  2021.06.29  2021年6月29日  2021 06/29
//	二〇二一年六月二十九日            (Chinese numerals, official documents)
//	民国110年6月29日  民国110年        (ROC years, anywhere)
//	112年11月25日  112/11/25  112-11-25 (bare ROC years, Taiwan pages only)
//	06/29/2021  29/06/2021  Jun 29, 2021  29 June 2021 (English forms)
var (
	// The year and the month-day may stand on separate header lines
	// ("2021", "02/22"), which the header reader joins with a space.
	dateArabic = rx.MustCompile(`((?:19|20)\d{2})\s*(?:[-/.年]|\s)\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:日|号|\D|$|(?:[01]\d|2[0-3]):[0-5]\d)`)
	// Day, month and year between dots, as a European site writes them
	// (16.09.2014 14:20); a first number above 12 cannot be a month.
	dateDMY = rx.MustCompile(`(?:^|[^\w.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?:[^\d.]|$)`)
	// Month, day and year between slashes, as English pages and forms
	// write them (06/30/2023); a first number above 12 is the day
	// (30/06/2023). A page in traditional script reads them day first
	// throughout (12/3/2025 is 12 March): Hong Kong and Macau write the
	// day first, Taiwan puts the year first (2025/3/12) and so never
	// prints this form.
	dateMDY = rx.MustCompile(`(?:^|[^\w/.])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?:[^\d/]|$)`)
	// The same with dashes, as Hong Kong and Macau sites also write it
	// (12-03-2025), read as the slashes are.
	dateMDYDash = rx.MustCompile(`(?:^|[^\w/.-])(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?:[^\d-]|$)`)
	// The month's English name (Jun 30, 2023; June 30 2023; 30 Jun 2023),
	// and a Hong Kong site's date block, the day glued to the month
	// (09Sep 2021; in Chinese 099月 2021, dateDayBlock).
	dateEnglish    = rx.MustCompile(`(?i)\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b`)
	dateEnglishDMY = rx.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s*(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?,?\s+((?:19|20)\d{2})\b`)
	// A Hong Kong site's date block in Chinese, the two-digit day glued to
	// the month, the year after a space (099月 2021: 9 September 2021).
	dateDayBlock = rx.MustCompile(`(?:^|\s)(0[1-9]|[12]\d|3[01])(1[0-2]|[1-9])月\s+((?:19|20)\d{2})(?:\s|$)`)
	dateYM       = rx.MustCompile(`((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月`)
	dateHanNum   = rx.MustCompile(`([〇零○O一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月(?:\s*([一二三四五六七八九十]{1,3})\s*[日号])?`)
	dateROC      = rx.MustCompile(`民国\s*(\d{1,3}|[一二三四五六七八九十百〇零]{1,5})\s*年(?:\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])?)?`)
	// A bare ROC year has three digits (100 = 2011) and a full month and
	// day; two-digit years are too easily a count.
	// The numeric form may use dashes or dots as government sites do
	// (112-06-30, 112.06.30).
	dateROCBare  = rx.MustCompile(`(?:^|[^\d.\-])(1\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([/.\-])(\d{1,2})([/.\-])(\d{1,2})(?:[^\d/.\-]|$))`)
	hanDigitRune = map[rune]int{'〇': 0, '零': 0, '○': 0, 'O': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
)

// rocOffset: ROC year 1 is 1912.
const rocOffset = 1911

// dateAt is a date found in a string: Value is YYYY-MM-DD (or YYYY-MM,
// YYYY when the text names no day), at text[Start:End].
type dateAt struct {
	Value      string
	Start, End int
}

// findDates returns the dates of s in the order they stand. roc reads
// bare ROC years (112年11月25日), which only a Taiwan page uses.
func findDates(s string, roc bool) []dateAt {
	var out []dateAt
	add := func(y, mo, d, start, end int) {
		if v := formatDate(y, mo, d); v != "" {
			out = append(out, dateAt{v, start, end})
		}
	}
	// Each expression runs only where it can match, so that a line or a
	// page's text without a year costs a scan, not four expressions:
	// dateArabic and dateYM begin with a year 19dd or 20dd; dateHanNum,
	// dateROC and dateYM have 年, dateROC 民国 as well. An expression
	// skipped so would have found nothing.
	year, nian := hasYearDigits(s), strings.Contains(s, "年")
	for _, m := range matchesIf(year, dateArabic, s) {
		add(atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]), m[0], m[1])
	}
	// Day-first with dots (30.06.2023), month-first with slashes
	// (06/30/2023) except on a traditional-script page (roc), where
	// slashes are day-first too; a first field above 12 can only be the
	// day.
	for _, f := range []struct {
		sep      string
		re       *rx.Regexp
		dayFirst bool
	}{{".", dateDMY, true}, {"/", dateMDY, roc}, {"-", dateMDYDash, roc}} {
		if !year || strings.Count(s, f.sep) < 2 {
			continue
		}
		for _, m := range f.re.FindAllStringSubmatchIndex(s, -1) {
			d, mo := atoi(s[m[4]:m[5]]), atoi(s[m[2]:m[3]])
			if f.dayFirst {
				d, mo = mo, d
			}
			if mo > 12 && d <= 12 {
				d, mo = mo, d
			}
			add(atoi(s[m[6]:m[7]]), mo, d, m[2], m[7])
		}
	}
	if year && hasASCIILetter(s) {
		for _, m := range dateEnglish.FindAllStringSubmatchIndex(s, -1) {
			add(atoi(s[m[6]:m[7]]), englishMonth(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), m[0], m[1])
		}
		for _, m := range dateEnglishDMY.FindAllStringSubmatchIndex(s, -1) {
			add(atoi(s[m[6]:m[7]]), englishMonth(s[m[4]:m[5]]), atoi(s[m[2]:m[3]]), m[0], m[1])
		}
	}
	for _, m := range matchesIf(year && strings.Contains(s, "月"), dateDayBlock, s) {
		add(atoi(s[m[6]:m[7]]), atoi(s[m[4]:m[5]]), atoi(s[m[2]:m[3]]), m[2], m[7])
	}
	for _, m := range matchesIf(nian, dateHanNum, s) {
		y := 0
		for _, r := range s[m[2]:m[3]] {
			y = y*10 + hanDigitRune[r]
		}
		d := 0
		if m[6] >= 0 {
			d = hanNumber(s[m[6]:m[7]])
		}
		add(y, hanNumber(s[m[4]:m[5]]), d, m[0], m[1])
	}
	for _, m := range matchesIf(nian && strings.Contains(s, "民国"), dateROC, s) {
		y, mo, d := numberOrHan(s[m[2]:m[3]]), 0, 0
		if m[4] >= 0 {
			mo = numberOrHan(s[m[4]:m[5]])
		}
		if m[6] >= 0 {
			d = numberOrHan(s[m[6]:m[7]])
		}
		if y > 0 {
			add(y+rocOffset, mo, d, m[0], m[1])
		}
	}
	if roc {
		for _, m := range dateROCBare.FindAllStringSubmatchIndex(s, -1) {
			y := atoi(s[m[2]:m[3]]) + rocOffset
			if m[4] >= 0 {
				add(y, atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]), m[2], m[1])
			} else if s[m[8]:m[9]] == s[m[12]:m[13]] { // the same separator twice: 112-06-30, not 112-06/30
				add(y, atoi(s[m[10]:m[11]]), atoi(s[m[14]:m[15]]), m[2], m[1])
			}
		}
	}
	// Year and month without a day (2021年6月), where no full date covers it.
	for _, m := range matchesIf(year && nian, dateYM, s) {
		covered := false
		for _, d := range out {
			if m[0] >= d.Start && m[0] < d.End {
				covered = true
			}
		}
		if !covered {
			add(atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), 0, m[0], m[1])
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// englishMonth is the number of a month's English abbreviation.
func englishMonth(s string) int {
	return strings.Index("janfebmaraprmayjunjulaugsepoctnovdec", strings.ToLower(s[:3]))/3 + 1
}

func hasASCIILetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// matchesIf is every match of re in s, with its groups, when may is set;
// none otherwise.
func matchesIf(may bool, re *rx.Regexp, s string) [][]int {
	if !may {
		return nil
	}
	return re.FindAllStringSubmatchIndex(s, -1)
}

// hasYearDigits: s holds a year of the 20th or 21st century as digits,
// 19dd or 20dd.
func hasYearDigits(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigitByte(s[i+2]) && isDigitByte(s[i+3]) {
			return true
		}
	}
	return false
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// findDate returns the first date of s (YYYY-MM-DD, or YYYY-MM), or "".
// The HTML reader calls it on header strings and visible date spans.
func findDate(s string) string {
	return firstDate(s, false)
}

// firstDate is findDate, reading bare ROC years where roc is set.
func firstDate(s string, roc bool) string {
	ds := findDates(s, roc)
	// A full date is surer than a month.
	for _, d := range ds {
		if len(d.Value) == len("2006-01-02") {
			return d.Value
		}
	}
	if len(ds) > 0 {
		return ds[0].Value
	}
	return ""
}

// formatDate checks a date for plausibility (months 1–12, days that the
// month has, years 1900–2100); d == 0 means the text gave no day.
func formatDate(y, mo, d int) string {
	if y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 0 || d > 31 {
		return ""
	}
	if d == 0 {
		return fmt.Sprintf("%04d-%02d", y, mo)
	}
	if time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC).Day() != d {
		return "" // 2月30日
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
}

// hanNumber reads a Chinese numeral up to 99: 六 6, 十 10, 十二 12,
// 二十 20, 二十九 29. It returns 0 for anything else.
func hanNumber(s string) int {
	rs := []rune(s)
	digit := func(r rune) (int, bool) {
		v, ok := hanDigitRune[r]
		return v, ok && r != '〇' && r != '零' && r != '○' && r != 'O'
	}
	switch len(rs) {
	case 1:
		if rs[0] == '十' {
			return 10
		}
		v, _ := digit(rs[0])
		return v
	case 2:
		if v, ok := digit(rs[1]); ok && rs[0] == '十' {
			return 10 + v
		}
		if v, ok := digit(rs[0]); ok && rs[1] == '十' {
			return v * 10
		}
	case 3:
		tens, ok1 := digit(rs[0])
		ones, ok2 := digit(rs[2])
		if ok1 && ok2 && rs[1] == '十' {
			return tens*10 + ones
		}
	}
	return 0
}

// numberOrHan reads "110" or "一百一十" style ROC numbers.
// hanDigits reads a number of two or three Chinese digits written one by
// one (一一四 = 114, 九九 = 99); ok is false for any other form (十二).
func hanDigits(s string) (int, bool) {
	n, count := 0, 0
	for _, r := range s {
		d, ok := hanDigitRune[r]
		if !ok {
			return 0, false
		}
		n = n*10 + d
		count++
	}
	return n, count >= 2 && count <= 3
}

func numberOrHan(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	if n, ok := hanDigits(s); ok {
		return n // 一一四: a year written digit by digit, as 二〇二一 is
	}
	if strings.HasPrefix(s, "一百") || strings.HasPrefix(s, "百") {
		rest := strings.TrimPrefix(strings.TrimPrefix(s, "一"), "百")
		rest = strings.TrimPrefix(rest, "零")
		if rest == "" {
			return 100
		}
		if n := hanNumber(rest); n > 0 {
			return 100 + n
		}
		return 0
	}
	return hanNumber(s)
}

func atoi(s string) int {
	n, _ := strconv.Atoi(strings.TrimSpace(s))
	return n
}

// normalizeDate reads a date a crawler recorded (2021-02-22T10:31:00+08:00,
// 2021/2/22, 2021-02, 2021年2月22日) as YYYY-MM-DD, YYYY-MM or YYYY.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02", "2006/1/2", "2006.1.2"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	for _, layout := range []string{"2006-01", "2006/01", "2006-1"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01")
		}
	}
	if t, err := time.Parse("2006", s); err == nil {
		return t.Format("2006")
	}
	return findDate(s + " ")
}
