package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"zhnews/internal/rx"
)

// Text taken out of a PDF or a fixed-width report keeps the layout's hard
// line breaks: a paragraph arrives as lines of about one width, each cut
// wherever the column ended, mid-word and mid-number (…年门诊 / 约2万人次).
// The extractors read a sentence at a time, so a count whose noun stands
// on one line and its number on the next is lost, and every line reads as
// a paragraph of its own.
//
// joinWrappedLines puts such paragraphs back together. A block qualifies
// when at least wrapMinLines consecutive lines are long (wrapMinWidth
// display columns or more), within wrapSpread of the block's widest line,
// and most of them carry a clause mark (,、;) as prose does: a list of
// related headlines is as even but has no commas, and ordinary paragraphs
// vary in length and end in a full stop. Inside a block, and onto the
// short line that closes its last paragraph, a line is joined to the next
// one unless it ends a sentence.

const (
	wrapMinLines = 3
	wrapMinWidth = 30   // columns: 15 Han characters
	wrapSpread   = 0.75 // a line at least this share of the widest
)

// joinWrappedLines returns lines with the hard-wrapped paragraphs joined;
// it returns lines itself when there are none. A column laid out double
// spaced (a blog that puts each wrapped line in a paragraph of its own,
// so a blank line follows every one) is read as the same column single
// spaced.
func joinWrappedLines(lines []string) []string {
	lines = joinDoubleSpaced(lines)
	return joinSingleSpaced(lines)
}

// joinDoubleSpaced joins the wrapped column of each run of lines that
// alternate text and one blank line; a run that holds no column is kept
// as it is.
func joinDoubleSpaced(lines []string) []string {
	var out []string
	changed := false
	for i := 0; i < len(lines); {
		j := i
		var text []string
		for j < len(lines) && strings.TrimSpace(lines[j]) != "" && (j+1 == len(lines) || strings.TrimSpace(lines[j+1]) == "") {
			text = append(text, lines[j])
			j += 2
			if j-1 < len(lines) && j < len(lines) && strings.TrimSpace(lines[j]) == "" {
				break // two blank lines: the run ends
			}
		}
		if len(text) >= wrapMinLines {
			if joined := joinSingleSpaced(text); len(joined) < len(text) {
				if !changed {
					out = append(out, lines[:i]...)
					changed = true
				}
				for _, l := range joined {
					out = append(out, l, "")
				}
				i = min(j, len(lines))
				continue
			}
		}
		if changed {
			out = append(out, lines[i])
		}
		i++
	}
	if !changed {
		return lines
	}
	return out
}

// joinSingleSpaced joins the hard-wrapped paragraphs of lines that follow
// one another.
func joinSingleSpaced(lines []string) []string {
	var out []string
	changed := false
	// Each line's width is measured once: a block is looked for at every
	// line, and each look reads the lines after it.
	widths := make([]int, len(lines))
	for i, l := range lines {
		widths[i] = displayWidth(strings.TrimSpace(l))
	}
	for i := 0; i < len(lines); {
		j := wrappedBlockEnd(lines, widths, i)
		if j-i < wrapMinLines {
			if changed {
				out = append(out, lines[i])
			}
			i++
			continue
		}
		if !changed {
			out = append(out, lines[:i]...)
			changed = true
		}
		// The closing line of the block's last paragraph is short.
		if j < len(lines) && !endsSentence(lines[j-1]) && strings.TrimSpace(lines[j]) != "" {
			j++
		}
		cur := strings.TrimSpace(lines[i])
		for k := i + 1; k < j; k++ {
			next := strings.TrimSpace(lines[k])
			if endsSentence(cur) || wrapListEntry.MatchString(next) {
				out = append(out, cur)
				cur = next
				continue
			}
			cur = glueWrapped(cur, next)
		}
		out = append(out, cur)
		i = j
	}
	if !changed {
		return lines
	}
	return out
}

// wrappedBlockEnd returns the end of the block of wrapped lines starting
// at i (i itself when there is none); widths[k] is the display width of
// lines[k].
func wrappedBlockEnd(lines []string, widths []int, i int) int {
	j, widest := i, 0
	for j < len(lines) {
		w := widths[j]
		if w < wrapMinWidth || !containsHan(lines[j]) || float64(w) < wrapSpread*float64(widest) {
			break // (a line short of the column's width closes its paragraph)
		}
		if w > widest {
			widest = w
		}
		j++
	}
	if j-i < wrapMinLines {
		return i
	}
	// Every line of the block is close to the widest one and most carry
	// a clause mark; otherwise these are paragraphs, not a column.
	marked := 0
	for k := i; k < j; k++ {
		if float64(widths[k]) < wrapSpread*float64(widest) {
			return i
		}
		if strings.ContainsAny(lines[k], ",，、;；") {
			marked++
		}
	}
	if 3*marked < 2*(j-i) {
		return i
	}
	// A column of paragraphs each ending its sentence has nothing to join.
	open := 0
	for k := i; k < j; k++ {
		if !endsSentence(lines[k]) {
			open++
		}
	}
	if 2*open < j-i {
		return i
	}
	return j
}

// endsSentence: the line ends with a full stop, question or exclamation
// mark, or a closing quote after one.
func endsSentence(l string) bool {
	l = strings.TrimRight(strings.TrimSpace(l), "”’」』\"')）")
	r, _ := utf8.DecodeLastRuneInString(l)
	return strings.ContainsRune("。！？!?…", r)
}

// wrapListEntry: a line opening a numbered entry (2. 某某, 三、某某, (4)某某)
// starts a paragraph of its own; a number the last line cut off
// (2548人次…) does not.
var wrapListEntry = rx.MustCompile(`^\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．]|[(（]\d{1,2}[)）])`)

// glueWrapped joins two halves of a wrapped line: with nothing between
// Han text, with a space between two Latin words or numbers.
func glueWrapped(a, b string) string {
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	if isLatinOrDigit(last) && isLatinOrDigit(first) {
		return a + " " + b
	}
	return a + b
}

func isLatinOrDigit(r rune) bool {
	return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func containsHan(l string) bool {
	for _, r := range l {
		if isHan(r) {
			return true
		}
	}
	return false
}

// displayWidth counts a wide (CJK) character as two columns, as the
// layout that wrapped the text did.
func displayWidth(l string) int {
	w := 0
	for _, r := range l {
		if r >= 0x1100 && (isHan(r) || r >= 0x3000 && r <= 0x30FF || r >= 0xFF00 && r <= 0xFF60) {
			w += 2
		} else {
			w++
		}
	}
	return w
}
