package extract

import (
	"strings"
	"unicode/utf8"
)

// A branch named once under its parent (台大医院新竹分院) is written by
// its own part after (新竹分院院长余某): that part names the branch
// wherever it stands alone, not after the parent's name again.

// minBranchShort is the shortest branch part read alone: a place or a
// word before 分院, two runes or more (东分院 alone is too vague).
const minBranchShort = 4

// branchShortNames returns a mention for every later place the text
// writes a branch's own part (新竹分院) of a full branch name in ms.
func branchShortNames(d *Doc, ms []Mention) []Mention {
	var out []Mention
	seen := map[string]bool{}
	for _, m := range ms {
		if m.Ref || !strings.HasSuffix(m.Name, "分院") {
			continue
		}
		written := []rune(m.Written)
		// The parent's suffix ends before the branch's part.
		k := strings.LastIndex(m.Written, "医院")
		if k < 0 || k+len("医院") >= len(m.Written) {
			continue
		}
		short := m.Written[k+len("医院"):]
		n := utf8.RuneCountInString(short)
		if n < minBranchShort || n >= len(written) || seen[short] {
			continue
		}
		seen[short] = true
		out = laterMentions(d, m, short, m.End, out)
	}
	return out
}
