package clean

import (
	"strings"
	"unicode/utf8"

	"zhnews/internal/rx"
)

// startRegexp is an expression anchored at the start of the line, with
// the characters its matches can begin with. MatchString refuses a line
// that begins with any other without running the expression: the line
// classifier asks a dozen anchored expressions of every line, and each
// run costs far more than looking at one character. None of them matches
// the empty string. TestStartRegexps holds each set to its expression.
type startRegexp struct {
	*rx.Regexp
	starts string
}

func mustStart(expr, starts string) startRegexp {
	return startRegexp{rx.MustCompile(expr), starts}
}

// mayMatch: l begins with one of the characters a match begins with.
func (s startRegexp) mayMatch(l string) bool {
	r, size := utf8.DecodeRuneInString(l)
	return size > 0 && strings.ContainsRune(s.starts, r)
}

func (s startRegexp) MatchString(l string) bool {
	return s.mayMatch(l) && s.Regexp.MatchString(l)
}

// FindStringSubmatch is the expression's, nil where it cannot match.
func (s startRegexp) FindStringSubmatch(l string) []string {
	if !s.mayMatch(l) {
		return nil
	}
	return s.Regexp.FindStringSubmatch(l)
}
