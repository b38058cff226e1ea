package clean

import (
	"strings"
	"unicode/utf8"
)

// After the article a news site lists its other stories, one headline a
// line. A headline may ask or exclaim in its middle (某某股又涨了?外资狂买这
// 档…网:太夸张!), and two such clauses read as a sentence: the line is
// taken for the article's last paragraph, and the list under it is left as
// the footer. Such a line, with no full stop and no comma in it, at the
// head of a run of headlines that ends the page, under a paragraph that
// ends its sentence, is the list's first entry.

// tailHeadlinesMin: the headlines that must follow for a list to be seen.
const tailHeadlinesMin = 2

// tailHeadlineMax bounds a listed headline's length in runes.
const tailHeadlineMax = 60

// listedHeadline: a line that may be a listed story's headline although it
// reads as prose: short, no full stop, no comma or semicolon.
func listedHeadline(l string) bool {
	return utf8.RuneCountInString(l) <= tailHeadlineMax && !strings.ContainsAny(l, "。，,；;")
}

// sentenceClosed: a paragraph that ends its last sentence.
func sentenceClosed(l string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(l))
	return strings.ContainsRune("。！？!?”」』)）", r)
}

// tailList returns where a list of other stories' headlines starts that
// runs from a prose line to end (the end of the article, as readBody
// found it), or end when there is none.
func tailList(cls []classified, end int) int {
	at := end
	headlines := 0
	for i := end - 1; i >= 0; i-- {
		switch c := cls[i]; {
		case c.kind == kindBlank || c.kind == kindWidget:
		case c.kind == kindHeadline && listedHeadline(c.text):
			headlines++
			at = i
		case c.kind == kindProse && listedHeadline(c.text) && headlines >= tailHeadlinesMin:
			at = i
		case c.kind == kindProse && at < end && cls[at].kind == kindProse && sentenceClosed(c.text):
			return at // the article's own last paragraph stands above
		default:
			return end
		}
	}
	return end
}
