package extract

import (
	"strings"
	"unicode/utf8"
)

// listCloser returns where the 等 that closes a list in s begins (荣获A、B
// 等称号), or -1. 等 is also a character of grade words, which are part of
// a title and close nothing: 一等奖, 特等奖, 优等奖, 督考优等, 三级甲等, 高等,
// 同等. Such a 等 has one of gradeBeforeDeng right before it.
func listCloser(s string) int {
	from := 0
	for {
		i := strings.Index(s[from:], "等")
		if i < 0 {
			return -1
		}
		at := from + i
		prev, _ := utf8.DecodeLastRuneInString(s[:at])
		if !strings.ContainsRune(gradeBeforeDeng, prev) {
			return at
		}
		from = at + len("等")
	}
}

// gradeBeforeDeng: the characters that make the 等 after them part of a
// grade word (一等, 特等, 优等, 甲等, 高等, 同等, 平等, 上等, 中等, 初等).
const gradeBeforeDeng = "一二三四五特优甲乙丙高同平上中初头"
