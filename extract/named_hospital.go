package extract

import (
	"strings"
	"unicode/utf8"

	"zhnews/internal/rx"
)

// A hospital's full name as a rule finds it written next to its fact: the
// subject of a ranking (某市人民医院名列…第一位), the owner of a 党委
// (某市中心医院党委书记). The fact then names that hospital as written, and
// the pipeline resolves it; short references (医院, 该院, 我院) are left
// to attribution.
var writtenHospital = rx.MustCompile(`[^\P{Han}和与及的日月年在于是由将对向从]` + `[^\s，,。；;：:、“”"（）()和与及的日月年在于是由将对向从0-9●■◆▲★☆○◎□◇·•]{1,29}?(?:医院|卫生院|保健院)`)

// hospitalBefore returns the hospital's name written right at the end of
// before (台州市中心医院党委书记 → 台州市中心医院), or "".
func hospitalBefore(before string) string {
	name, rest := lastWrittenHospital(before)
	if rest != "" {
		return ""
	}
	return name
}

// lastWrittenHospital returns the last full hospital name written in s
// and what follows it.
func lastWrittenHospital(s string) (name, rest string) {
	locs := writtenHospital.FindAllStringIndex(s, -1)
	if len(locs) == 0 {
		return "", ""
	}
	loc := locs[len(locs)-1]
	name = s[loc[0]:loc[1]]
	if !isWrittenName(name) {
		return "", ""
	}
	return name, s[loc[1]:]
}

// isWrittenName: name reads as one hospital's full name: it begins with
// a Han character, is more than a short reference (医院, 该院, 我院) and
// names no kind of hospital (全国三级公立医院, 县级医院: categoryWords, or
// generic parts alone).
func isWrittenName(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	if !isHan(r) || utf8.RuneCountInString(name) < 4 || strings.HasPrefix(name, "该") || strings.HasPrefix(name, "我") || strings.HasPrefix(name, "本") {
		return false
	}
	return !isCategory(name)
}

// isCategory: name holds a word of a kind of hospital, or is made of
// generic parts alone (人民医院).
func isCategory(name string) bool {
	for _, w := range categoryWords {
		if strings.Contains(name, w) {
			return true
		}
	}
	return isGeneric(hospitalSuffix.ReplaceAllString(name, ""))
}
