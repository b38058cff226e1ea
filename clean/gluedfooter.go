package clean

import (
	"strings"
	"unicode/utf8"
)

// splitGluedFooters cuts a page footer off the paragraph it was glued to.
// A dump that lost the page's line breaks runs the last paragraph on into
// the site's address, phone numbers and copyright (…种下“桃李树”。 地址:…
// 版权所有 未经授权禁止复制…). As one line it reads as a footer and the
// article's text is lost with it; split at the last sentence end, the
// paragraph is prose again and the footer stays a footer.
func splitGluedFooters(lines []string) []string {
	var out []string
	for i, l := range lines {
		head, tail, ok := gluedFooter(l)
		if !ok {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(lines)+1), lines[:i]...)
		}
		out = append(out, head, tail)
	}
	if out == nil {
		return lines
	}
	return out
}

// gluedFooter splits a long line after its last sentence end when what
// follows is a footer and what comes before has no footer words at all.
func gluedFooter(l string) (head, tail string, ok bool) {
	l = strings.TrimSpace(l)
	if utf8.RuneCountInString(l) < 120 {
		return "", "", false
	}
	end := lastSentenceEnd(l)
	if end <= 0 || end >= len(l) {
		return "", "", false
	}
	head, tail = strings.TrimSpace(l[:end]), strings.TrimSpace(l[end:])
	if utf8.RuneCountInString(head) < 60 || tail == "" {
		return "", "", false
	}
	if classifyLine(tail).kind != kindFooter && !isShareBar(tail) {
		return "", "", false // (a share bar and the pager after it: the page's as a footer is)
	}
	w := lineWordsOf(head, lowerASCII(head))
	if w[listFooter] > 0 || w[listDisclaimer] > 0 {
		return "", "", false
	}
	return head, tail, true
}

// lastSentenceEnd: the byte offset just after the last 。！？ of l, with
// the closing quotes and brackets that follow it.
func lastSentenceEnd(l string) int {
	i := strings.LastIndexAny(l, "。！？")
	if i < 0 {
		return -1
	}
	_, size := utf8.DecodeRuneInString(l[i:])
	j := i + size
	for j < len(l) {
		r, size := utf8.DecodeRuneInString(l[j:])
		if !strings.ContainsRune("”」』)）", r) {
			break
		}
		j += size
	}
	return j
}
