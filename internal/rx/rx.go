// Package rx is Go's regexp with a literal prefilter.
//
// In goes a pattern, as regexp.MustCompile takes it; out comes a *Regexp
// that answers every method exactly as regexp does. What differs is the
// cost of a miss. Most of the extractors' patterns cannot match most of the
// text they are asked about: a rule for 更名为 is tried on every stretch
// between two hospital names, a rule for 党支部 on every sentence. Go's
// regexp still walks such a text position by position, and for patterns that
// begin with an alternation of common characters (到|来|走进) it starts a
// backtracking run at each one. Here the pattern's syntax tree is read once,
// at compile time, for a short list of literal strings of which every match
// must contain one (更名 or 改名 or 易名 ...); a text holding none of them is
// answered without running the machine, by strings.Contains, which skips
// through the text with a vectorised byte search.
//
// The list is sound by construction (see required): a literal is only
// required where the pattern cannot match without it. Where no such list
// exists (a pattern of character classes, an optional head, case folding of
// letters) the pattern runs as plain regexp.
package rx

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxLiterals bounds the list: past that many, searching for each literal
// costs more than running the pattern would.
const maxLiterals = 12

// Regexp is a compiled pattern with its required literals. The embedded
// regexp answers the methods not wrapped here, without a prefilter.
type Regexp struct {
	*regexp.Regexp
	need []string // every match holds one of these; nil: no prefilter
}

// MustCompile compiles expr as regexp.MustCompile does and panics, as it
// does, on a malformed pattern: patterns are constants of the program.
func MustCompile(expr string) *Regexp {
	return &Regexp{Regexp: regexp.MustCompile(expr), need: literals(expr)}
}

// Literals returns the strings of which every match holds one, or nil when
// the pattern requires none.
func (r *Regexp) Literals() []string { return r.need }

// mayMatch reports whether s holds one of the required literals: false
// means the pattern cannot match anywhere in s.
func (r *Regexp) mayMatch(s string) bool {
	if r.need == nil {
		return true
	}
	for _, lit := range r.need {
		if strings.Contains(s, lit) {
			return true
		}
	}
	return false
}

// MatchString is regexp's MatchString.
func (r *Regexp) MatchString(s string) bool {
	return r.mayMatch(s) && r.Regexp.MatchString(s)
}

// FindString is regexp's FindString.
func (r *Regexp) FindString(s string) string {
	if !r.mayMatch(s) {
		return ""
	}
	return r.Regexp.FindString(s)
}

// FindStringIndex is regexp's FindStringIndex.
func (r *Regexp) FindStringIndex(s string) []int {
	if !r.mayMatch(s) {
		return nil
	}
	return r.Regexp.FindStringIndex(s)
}

// FindStringSubmatch is regexp's FindStringSubmatch.
func (r *Regexp) FindStringSubmatch(s string) []string {
	if !r.mayMatch(s) {
		return nil
	}
	return r.Regexp.FindStringSubmatch(s)
}

// FindStringSubmatchIndex is regexp's FindStringSubmatchIndex.
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	if !r.mayMatch(s) {
		return nil
	}
	return r.Regexp.FindStringSubmatchIndex(s)
}

// FindAllString is regexp's FindAllString.
func (r *Regexp) FindAllString(s string, n int) []string {
	if !r.mayMatch(s) {
		return nil
	}
	return r.Regexp.FindAllString(s, n)
}

// FindAllStringIndex is regexp's FindAllStringIndex.
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if !r.mayMatch(s) {
		return nil
	}
	return r.Regexp.FindAllStringIndex(s, n)
}

// FindAllStringSubmatch is regexp's FindAllStringSubmatch.
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if !r.mayMatch(s) {
		return nil
	}
	return r.Regexp.FindAllStringSubmatch(s, n)
}

// FindAllStringSubmatchIndex is regexp's FindAllStringSubmatchIndex.
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !r.mayMatch(s) {
		return nil
	}
	return r.Regexp.FindAllStringSubmatchIndex(s, n)
}

// ReplaceAllString is regexp's ReplaceAllString.
func (r *Regexp) ReplaceAllString(s, repl string) string {
	if !r.mayMatch(s) {
		return s
	}
	return r.Regexp.ReplaceAllString(s, repl)
}

// ReplaceAllStringFunc is regexp's ReplaceAllStringFunc.
func (r *Regexp) ReplaceAllStringFunc(s string, repl func(string) string) string {
	if !r.mayMatch(s) {
		return s
	}
	return r.Regexp.ReplaceAllStringFunc(s, repl)
}

// Split is regexp's Split: a text without a match is one piece.
func (r *Regexp) Split(s string, n int) []string {
	if n == 0 || r.mayMatch(s) {
		return r.Regexp.Split(s, n)
	}
	return []string{s}
}

// literals parses expr the way regexp does (Perl flags) and returns its
// required literals, or nil.
func literals(expr string) []string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil // regexp.MustCompile has already refused it
	}
	return required(re)
}

// required returns strings of which every match of re holds one, or nil
// when there is no such list (of at most maxLiterals). Each case keeps the
// list sound:
//   - a literal is in every match of itself;
//   - a small class ([(（]) is one of its characters;
//   - a concatenation holds every part's match, so any part's list will
//     do: the most selective is taken;
//   - an alternation matches by one branch, so it needs the union, and
//     none at all if one branch needs nothing;
//   - a repetition at least once holds its body; one that may be absent
//     (?, *, {0,n}) needs nothing; nor do anchors, dots and wide classes.
func required(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 && hasCase(re.Rune) {
			return nil // (?i)abc matches ABC: no one literal
		}
		return []string{string(re.Rune)}
	case syntax.OpCharClass:
		return classLiterals(re.Rune)
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		var best []string
		consider := func(lits []string) {
			if lits != nil && better(lits, best) {
				best = lits
			}
		}
		for _, sub := range re.Sub {
			consider(required(sub))
		}
		// Parts that match one of a few strings exactly, side by side,
		// make their strings joined a required literal: (?:来|到)院 needs
		// 来院 or 到院, rarer than 院 alone.
		var run []string
		for _, sub := range re.Sub {
			set, ok := exactSet(sub)
			if !ok {
				run = nil
				continue
			}
			if run == nil {
				run = set
			} else if run = crossJoin(run, set); run == nil {
				run = set // too many: start again from this part
			}
			consider(run)
		}
		return best
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			lits := required(sub)
			if lits == nil {
				return nil
			}
			all = appendNew(all, lits...)
			if len(all) > maxLiterals {
				return nil
			}
		}
		return all
	}
	return nil
}

// exactSet returns every string re matches, when they are few (at most
// maxLiterals) and re matches nothing else: literals, small classes, and
// alternations, groups and concatenations of them.
func exactSet(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 && hasCase(re.Rune) {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		lits := classLiterals(re.Rune)
		return lits, lits != nil
	case syntax.OpCapture:
		return exactSet(re.Sub[0])
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			set, ok := exactSet(sub)
			if !ok {
				return nil, false
			}
			if all = appendNew(all, set...); len(all) > maxLiterals {
				return nil, false
			}
		}
		return all, true
	case syntax.OpConcat:
		all := []string{""}
		for _, sub := range re.Sub {
			set, ok := exactSet(sub)
			if !ok {
				return nil, false
			}
			if all = crossJoin(all, set); all == nil {
				return nil, false
			}
		}
		return all, true
	}
	return nil, false
}

// crossJoin returns every string of a followed by every string of b, or
// nil when they are more than maxLiterals.
func crossJoin(a, b []string) []string {
	if len(a)*len(b) > maxLiterals {
		return nil
	}
	var out []string
	for _, x := range a {
		for _, y := range b {
			out = appendNew(out, x+y)
		}
	}
	return out
}

// classLiterals lists the characters of a small class, given as rune
// ranges (lo, hi pairs), or nil for a class too wide to list.
func classLiterals(ranges []rune) []string {
	var lits []string
	for i := 0; i+1 < len(ranges); i += 2 {
		for c := ranges[i]; c <= ranges[i+1]; c++ {
			if len(lits) == 4 || !utf8.ValidRune(c) {
				return nil
			}
			lits = append(lits, string(c))
		}
	}
	return lits
}

// better reports whether list a is more selective than b: its shortest
// literal is longer (a rarer string), or as long with fewer literals to
// search for. Any list beats none.
func better(a, b []string) bool {
	if b == nil {
		return true
	}
	sa, sb := shortest(a), shortest(b)
	return sa > sb || sa == sb && len(a) < len(b)
}

func shortest(lits []string) int {
	n := len(lits[0])
	for _, l := range lits[1:] {
		n = min(n, len(l))
	}
	return n
}

// appendNew appends the strings of add not yet in list.
func appendNew(list []string, add ...string) []string {
	for _, s := range add {
		found := false
		for _, have := range list {
			if have == s {
				found = true
				break
			}
		}
		if !found {
			list = append(list, s)
		}
	}
	return list
}

// hasCase reports whether a rune has another case, so that case folding
// changes what the literal matches.
func hasCase(rs []rune) bool {
	for _, r := range rs {
		if unicode.SimpleFold(r) != r {
			return true
		}
	}
	return false
}
