package clean

import (
	"strings"
	"unicode/utf8"
)

// withoutClosingCredit drops the credit that closes the last paragraph:
// the writer (王晓明), (文/王晓明 图/李红), the photographer (图片:王晓明)
// or the department that sent the story in (党办). The names go to the
// authors (closingAuthors); the credit itself is no sentence of the
// article. Only a credit after a sentence's end is cut, so a bracket
// that belongs to the sentence stays.
func withoutClosingCredit(t string) string {
	loc := closingCredit.FindStringSubmatchIndex(t)
	if loc == nil {
		return t
	}
	head := strings.TrimRight(t[:loc[0]], " \u3000")
	r, _ := utf8.DecodeLastRuneInString(head)
	if head == "" || !strings.ContainsRune("。！？!?”」』)）…", r) {
		return t
	}
	if !isClosingCredit(t[loc[2]:loc[3]], t[loc[0]:]) {
		return t
	}
	return head
}

// isClosingCredit: the bracket's inside names a person, a photographer
// or a department, nothing else.
func isClosingCredit(inner, bracket string) bool {
	inner = strings.TrimSpace(inner)
	switch {
	case closingAuthors(bracket) != nil:
		return true
	case isPhotoCredit(inner), strings.HasSuffix(inner, "摄") && utf8.RuneCountInString(inner) <= 8:
		return true
	case utf8.RuneCountInString(inner) <= 6 && allHan(inner) && departmentEnd.MatchString(inner):
		return true // (党办), (宣传科), (院办公室)
	}
	return false
}
