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
		// The parent's suffix ends before the branch's part, which the
		// text writes after the parent's name in full or short (台北荣总凤林分院).
		k := strings.LastIndex(m.Name, "医院")
		if k < 0 || k+len("医院") >= len(m.Name) {
			continue
		}
		short := m.Name[k+len("医院"):]
		if !strings.HasSuffix(m.Written, short) && !strings.HasSuffix(m.Written, strings.TrimSuffix(short, "分院")) {
			continue // (the first of two branches under one 分院 ends before it: 台北荣总玉里)
		}
		n := utf8.RuneCountInString(short)
		if n < minBranchShort || n >= len(written) || seen[short] {
			continue
		}
		seen[short] = true
		out = laterMentions(d, m, short, m.End, out)
	}
	return out
}

// A branch is also written as its place and its parent's name: 斗六成大医院
// for 成大医院云林分院 (斗六 is 云林's seat), as a campus is (嘉义长庚). Such
// a name is the branch's where the article names the parent and a branch
// of it whose place holds the place written; it is no other name of the
// parent, whose name it ends with.

// placedBranches renames each mention written 〈place〉〈parent〉 to the
// parent's branch in that place, where ms holds both the parent's name
// and the branch's.
func (f hospitalFinder) placedBranches(ms []Mention) []Mention {
	names := map[string]bool{}
	var branches []Mention
	for _, m := range ms {
		if m.Ref {
			continue
		}
		names[m.Name] = true
		if strings.HasSuffix(m.Name, "分院") && m.Place != nil {
			branches = append(branches, m)
		}
	}
	if len(branches) == 0 {
		return ms
	}
	for i, m := range ms {
		if m.Ref || m.Place != nil {
			continue
		}
		for _, b := range branches {
			if p := f.placeBefore(m.Name, b.Name, names); p != nil && (p.Code == b.Place.Code || within(*p, *b.Place)) {
				ms[i].Name, ms[i].Place = b.Name, b.Place
				break
			}
		}
	}
	return ms
}

// placeBefore returns the place name begins with when the rest of it is a
// name of names that begins branch (斗六 of 斗六成大医院, before 成大医院 of
// 成大医院云林分院).
func (f hospitalFinder) placeBefore(name, branch string, names map[string]bool) *Place {
	rs := []rune(name)
	for n := 2; n <= 3 && n+4 <= len(rs); n++ {
		parent := string(rs[n:])
		if !names[parent] || !strings.HasPrefix(branch, parent) {
			continue
		}
		place := string(rs[:n])
		for _, level := range []string{"", "市", "县", "区", "镇", "乡"} {
			if ps := f.g.Lookup(place + level); len(ps) == 1 {
				return &ps[0]
			}
		}
	}
	return nil
}
