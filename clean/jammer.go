package clean

import (
	"strings"

	"zhnews/internal/rx"
)

// stripJammer removes the anti-copy noise forum software hides in a post
// (Discuz's "jammer": spans of random pairs of letters, digits and
// symbols, invisible on the page, that a saved copy keeps): runs such as
// "G& g' v! U0 d7 V2 W3 d" or "$ e  p  Q8 s) X) G9 |", alone on a line or
// glued between sentences. A run is five or more tokens of one or two
// ASCII characters separated by one or two spaces, where at least two
// distinct symbols stand inside the tokens: a list of numbers (1, 2, 3),
// initials (A B C D E) or a table's cells are not jammer.
type stripJammer struct{}

func (stripJammer) Name() string { return "strip-jammer" }

// jammerRun: five or more short ASCII tokens in a row, after a line's
// start or a space, and ending at a space, a line's end or a character
// that is no ASCII (…G9 |内科…). What makes one jammer is checked by
// isJammer.
var jammerRun = rx.MustCompile(`(?m)(?:^|[ \t])((?:[!-~]{1,2}[ \t]{1,2}){4,}[!-~]{1,2})(?:[ \t]+|$|[^!-~\s])`)

// countJammer is the counter of runs removed.
const countJammer = "anti-copy jammer runs removed"

func (stripJammer) Apply(text string, rep *Report) string {
	if !mayHoldJammer(text) {
		return text
	}
	var b strings.Builder
	n, last := 0, 0
	for _, loc := range jammerRun.FindAllStringSubmatchIndex(text, -1) {
		run := text[loc[2]:loc[3]]
		if !isJammer(run) {
			continue
		}
		n++
		// The spaces around the run go with it; one stays where it stood
		// between two words.
		start, end := loc[2], loc[3]
		for start > last && (text[start-1] == ' ' || text[start-1] == '\t') {
			start--
		}
		// The forum's own name and keywords, which the jammer mixes in,
		// written in ASCII right before the run (…。tvb now,tvbnow: G& g'…).
		if k := asciiKeywordsBefore(text[last:start]); k > 0 {
			start -= k
		}
		for end < len(text) && (text[end] == ' ' || text[end] == '\t') {
			end++
		}
		b.WriteString(text[last:start])
		if start > 0 && text[start-1] != '\n' && end < len(text) && text[end] != '\n' && start < loc[2] && end > loc[3] {
			b.WriteByte(' ')
		}
		last = end
	}
	if n == 0 {
		return text
	}
	b.WriteString(text[last:])
	rep.Count(countJammer, n)
	return b.String()
}

// isJammer: the tokens of run mix letters or digits with at least two
// distinct symbols (&, ', !, ), $ ...), as the random pairs do.
func isJammer(run string) bool {
	symbols := map[rune]bool{}
	mixed := 0
	for _, tok := range strings.Fields(run) {
		alnum, sym := false, false
		for _, r := range tok {
			if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
				alnum = true
			} else {
				sym = true
				symbols[r] = true
			}
		}
		if alnum && sym {
			mixed++
		}
	}
	return len(symbols) >= 2 && mixed >= 2
}

// mayHoldJammer: text has four short ASCII tokens in a row, each followed
// by a space, which every jammer run has: one pass over the bytes spares
// the expression the texts (nearly all) that have none.
func mayHoldJammer(text string) bool {
	run, tok := 0, 0 // short tokens in a row; bytes of the current token
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == ' ' || c == '\t':
			if tok > 0 && tok <= 2 {
				if run++; run >= 4 {
					return true
				}
			} else if tok > 2 {
				run = 0
			}
			tok = 0
		case c > ' ' && c <= '~':
			tok++
		default:
			run, tok = 0, 3 // a non-ASCII byte: no short ASCII token here
		}
	}
	return false
}

// maxJammerKeywords bounds the forum's keywords taken with a run, in bytes.
const maxJammerKeywords = 40

// asciiKeywordsBefore returns how many bytes at the end of s are a list
// of ASCII keywords glued to what follows (tvb now,tvbnow,bttvb:): a
// stretch of printable ASCII after a non-ASCII character, holding a comma
// or ending with a colon; 0 when s ends otherwise.
func asciiKeywordsBefore(s string) int {
	i := len(s)
	for i > 0 && s[i-1] >= ' ' && s[i-1] <= '~' && len(s)-i < maxJammerKeywords {
		i--
	}
	if i == len(s) || i > 0 && s[i-1] < 0x80 {
		return 0 // nothing, too long, or a line that is ASCII throughout
	}
	k := strings.TrimSpace(s[i:])
	if !strings.Contains(k, ",") && !strings.HasSuffix(k, ":") {
		return 0
	}
	return len(s) - i
}
