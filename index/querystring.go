package index

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"

	"zhnews/clean/opencc"
)

// The search box syntax.
//
// bleve's query-string parser accepts anything: "title:(" searches for the
// word "(", and the words of a query are OR-ed, so a query whose words
// occur nowhere still matches every article through its single characters
// (的, 不). zhnews parses the query itself:
//
//	words          every word is required (AND), as a search box user expects
//	a OR b         either side
//	( … )          grouping
//	-word          must not occur; +word is the same as word
//	"a phrase"     the words in this order
//	field:word     in one field (title:, text:, hospitals:, provinces:, …)
//	word*  wo?d    wildcards; /regexp/; word~1 fuzzy (edit distance 1 or 2)
//	word^2         boost
//	fact_count:>3  numeric comparison (>, >=, <, <=)
//
// A word is cut into words by the field's analyzer; each of its words of
// two or more characters is required, its single characters only add to
// the score (a query of single characters requires them all). A syntax
// error is a *QueryError naming the place.
//
// Wildcard, regexp and fuzzy words expand into the index's matching
// terms; bleve's DisjunctionMaxClauseCount bounds that expansion, so that
// "*" or "党~2" is refused (ErrQueryTooBroad) instead of costing a second
// and a hundred megabytes per request.

// MaxExpansion is how many index terms one wildcard, regexp or fuzzy word
// (or any disjunction) may expand to.
const MaxExpansion = 1024

func init() {
	// A process-wide bleve setting; zhnews is the only user of bleve in
	// the process.
	searcher.DisjunctionMaxClauseCount = MaxExpansion
}

// QueryError is a query that does not parse.
type QueryError struct {
	Query string
	Pos   int // in characters, from 1
	Msg   string
}

func (e *QueryError) Error() string {
	if e.Pos > 0 {
		return fmt.Sprintf("query %q: %s (at character %d)", e.Query, e.Msg, e.Pos)
	}
	return fmt.Sprintf("query %q: %s", e.Query, e.Msg)
}

// queryFields are the fields a query may name, with what they hold.
var queryFields = map[string]bool{
	"title": true, "text": true, "hospitals": true, "provinces": true, "cities": true, "site": true,
	"source": true, "authors": true, "metrics": true, "year": true, "published": true, "script": true,
	"group": true, "fact_count": true,
}

// QueryFields lists the fields a query may name, sorted.
func QueryFields() []string {
	out := make([]string, 0, len(queryFields))
	for f := range queryFields {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

// qnode is a parsed query.
type qnode interface{}

// qor holds alternatives, qand clauses that must all hold.
type (
	qor  struct{ alts []qnode }
	qand struct{ clauses []qclause }
)

type qclause struct {
	not  bool
	node qnode
}

// qterm is one word, phrase, pattern or comparison.
type qterm struct {
	field  string
	text   string
	kind   termKind
	fuzz   int
	op     string // for comparisons: > >= < <=
	boost  float64
	pos    int
	source string // as typed, for messages
}

type termKind int

const (
	termWord termKind = iota
	termPhrase
	termRegexp
	termWildcard
	termFuzzy
	termCompare
)

// qparser reads the search box syntax by recursive descent.
type qparser struct {
	src   string
	runes []rune
	i     int
}

// parseQueryText parses s into a tree; an empty query is nil.
func parseQueryText(s string) (qnode, error) {
	if !utf8.ValidString(s) {
		return nil, &QueryError{Query: s, Msg: "not valid UTF-8"}
	}
	p := &qparser{src: s, runes: []rune(s)}
	n, err := p.or("")
	if err != nil {
		return nil, err
	}
	p.space()
	if p.i < len(p.runes) {
		return nil, p.errorf("unexpected %q", string(p.runes[p.i]))
	}
	return n, nil
}

func (p *qparser) errorf(format string, args ...any) error {
	return &QueryError{Query: p.src, Pos: p.i + 1, Msg: fmt.Sprintf(format, args...)}
}

func (p *qparser) space() {
	for p.i < len(p.runes) && unicode.IsSpace(p.runes[p.i]) {
		p.i++
	}
}

func (p *qparser) peek() rune {
	if p.i < len(p.runes) {
		return p.runes[p.i]
	}
	return 0
}

// keyword reports whether the next word is exactly kw (OR, AND).
func (p *qparser) keyword(kw string) bool {
	k := []rune(kw)
	if p.i+len(k) > len(p.runes) || string(p.runes[p.i:p.i+len(k)]) != kw {
		return false
	}
	end := p.i + len(k)
	return end == len(p.runes) || unicode.IsSpace(p.runes[end]) || p.runes[end] == '(' || p.runes[end] == ')'
}

// or reads alternatives separated by OR, up to the end or a ")".
func (p *qparser) or(field string) (qnode, error) {
	var alts []qnode
	for {
		p.space()
		if p.keyword("OR") {
			return nil, p.errorf("OR needs a query on each side")
		}
		and, err := p.and(field)
		if err != nil {
			return nil, err
		}
		if and == nil {
			if len(alts) > 0 {
				return nil, p.errorf("OR needs a query on each side")
			}
			return nil, nil
		}
		alts = append(alts, and)
		p.space()
		if !p.keyword("OR") {
			break
		}
		p.i += 2
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return qor{alts}, nil
}

// and reads clauses up to OR, ")" or the end.
func (p *qparser) and(field string) (qnode, error) {
	var out qand
	for {
		p.space()
		if p.i >= len(p.runes) || p.peek() == ')' || p.keyword("OR") {
			break
		}
		if p.keyword("AND") {
			p.i += 3
			continue
		}
		c, err := p.clause(field)
		if err != nil {
			return nil, err
		}
		out.clauses = append(out.clauses, c)
	}
	if len(out.clauses) == 0 {
		return nil, nil
	}
	return out, nil
}

// clause reads [+|-][field:]atom.
func (p *qparser) clause(field string) (qclause, error) {
	var c qclause
	if sign := p.peek(); sign == '-' || sign == '+' {
		c.not = sign == '-'
		p.i++
		if r := p.peek(); r == 0 || unicode.IsSpace(r) || r == ')' {
			return c, p.errorf("%c needs a word after it", sign)
		}
	}
	// field:
	j := p.i
	for j < len(p.runes) && (p.runes[j] >= 'a' && p.runes[j] <= 'z' || p.runes[j] == '_') {
		j++
	}
	if j > p.i && j < len(p.runes) && p.runes[j] == ':' {
		name := string(p.runes[p.i:j])
		if !queryFields[name] {
			return c, p.errorf("unknown field %q (fields: %s)", name, strings.Join(QueryFields(), ", "))
		}
		field = name
		p.i = j + 1
		if r := p.peek(); r == 0 || unicode.IsSpace(r) || r == ')' {
			return c, p.errorf("%s: needs a word after it", name)
		}
	}
	n, err := p.atom(field)
	c.node = n
	return c, err
}

// atom reads a group, a phrase, a regexp or a word.
func (p *qparser) atom(field string) (qnode, error) {
	start := p.i
	switch p.peek() {
	case '(':
		p.i++
		n, err := p.or(field)
		if err != nil {
			return nil, err
		}
		p.space()
		if p.peek() != ')' {
			p.i = start
			return nil, p.errorf("( is never closed")
		}
		p.i++
		if n == nil {
			p.i = start
			return nil, p.errorf("() holds no query")
		}
		return n, nil
	case ')':
		return nil, p.errorf("unexpected )")
	case '"':
		end := p.find('"', start+1)
		if end < 0 {
			return nil, p.errorf("quote is never closed")
		}
		t := qterm{field: field, text: string(p.runes[start+1 : end]), kind: termPhrase, pos: start + 1, source: p.src}
		p.i = end + 1
		return p.suffix(t)
	case '/':
		end := p.find('/', start+1)
		if end < 0 {
			return nil, p.errorf("/ of a regexp is never closed")
		}
		re := strings.ReplaceAll(string(p.runes[start+1:end]), `\/`, "/")
		if _, err := regexp.Compile(re); err != nil {
			return nil, p.errorf("regexp: %v", err)
		}
		t := qterm{field: field, text: re, kind: termRegexp, pos: start + 1, source: p.src}
		p.i = end + 1
		return p.suffix(t)
	}
	for p.i < len(p.runes) {
		r := p.runes[p.i]
		if unicode.IsSpace(r) || r == '(' || r == ')' || r == '"' || r == '^' || r == '~' {
			break
		}
		p.i++
	}
	word := string(p.runes[start:p.i])
	if word == "" {
		return nil, p.errorf("expected a word")
	}
	t := qterm{field: field, text: word, kind: termWord, pos: start + 1, source: p.src}
	for _, op := range []string{">=", "<=", ">", "<"} {
		if strings.HasPrefix(word, op) {
			if field != "fact_count" {
				return nil, p.errorf("%s compares numbers: only fact_count:%s… does", op, op)
			}
			if _, err := strconv.ParseFloat(word[len(op):], 64); err != nil {
				return nil, p.errorf("%q is not a number", word[len(op):])
			}
			t.kind, t.op, t.text = termCompare, op, word[len(op):]
			break
		}
	}
	if t.kind == termWord && strings.ContainsAny(word, "*?") {
		if strings.Trim(word, "*?") == "" {
			return nil, &QueryError{Query: p.src, Pos: start + 1, Msg: word + " matches every word: add characters"}
		}
		t.kind = termWildcard
	}
	return p.suffix(t)
}

// suffix reads ~N and ^B after a term.
func (p *qparser) suffix(t qterm) (qnode, error) {
	if p.peek() == '~' {
		p.i++
		t.fuzz = 1
		if r := p.peek(); r >= '0' && r <= '9' {
			t.fuzz = int(r - '0')
			p.i++
		}
		switch {
		case t.kind == termPhrase:
			return nil, p.errorf("~ after a phrase is not supported")
		case t.kind != termWord:
			return nil, p.errorf("~ applies to a plain word")
		case t.fuzz < 1 || t.fuzz > 2:
			return nil, p.errorf("~%d: edit distance 1 or 2", t.fuzz)
		case utf8.RuneCountInString(t.text) <= t.fuzz:
			return nil, &QueryError{Query: p.src, Pos: t.pos, Msg: fmt.Sprintf("%s~%d: %d edits to a word this short match almost every word", t.text, t.fuzz, t.fuzz)}
		}
		t.kind = termFuzzy
	}
	if p.peek() == '^' {
		p.i++
		j := p.i
		for p.i < len(p.runes) && (p.runes[p.i] >= '0' && p.runes[p.i] <= '9' || p.runes[p.i] == '.') {
			p.i++
		}
		b, err := strconv.ParseFloat(string(p.runes[j:p.i]), 64)
		if err != nil || b <= 0 {
			return nil, p.errorf("^ needs a positive number")
		}
		t.boost = b
	}
	if r := p.peek(); r != 0 && !unicode.IsSpace(r) && r != ')' {
		return nil, p.errorf("unexpected %q after %s", string(r), string(p.runes[t.pos-1:p.i]))
	}
	return t, nil
}

// find returns the index of the next unescaped r from i, or -1.
func (p *qparser) find(r rune, i int) int {
	for ; i < len(p.runes); i++ {
		if p.runes[i] == '\\' {
			i++
			continue
		}
		if p.runes[i] == r {
			return i
		}
	}
	return -1
}

// queryBuilder turns a parsed query into bleve queries, analysing words
// with the index's mapping.
type queryBuilder struct {
	m    mapping.IndexMapping
	conv *opencc.Converter
}

func (b queryBuilder) build(n qnode) (query.Query, error) {
	switch n := n.(type) {
	case qor:
		var alts []query.Query
		for _, a := range n.alts {
			q, err := b.build(a)
			if err != nil {
				return nil, err
			}
			alts = append(alts, q)
		}
		return bleve.NewDisjunctionQuery(alts...), nil
	case qand:
		var must, not []query.Query
		for _, c := range n.clauses {
			q, err := b.build(c.node)
			if err != nil {
				return nil, err
			}
			if c.not {
				not = append(not, q)
			} else {
				must = append(must, q)
			}
		}
		if len(must) == 0 {
			must = []query.Query{bleve.NewMatchAllQuery()}
		}
		if len(not) == 0 {
			if len(must) == 1 {
				return must[0], nil
			}
			return bleve.NewConjunctionQuery(must...), nil
		}
		bq := bleve.NewBooleanQuery()
		bq.AddMust(must...)
		bq.AddMustNot(not...)
		return bq, nil
	case qterm:
		q, err := b.term(n)
		if err != nil {
			return nil, err
		}
		if n.boost > 0 {
			if bq, ok := q.(query.BoostableQuery); ok {
				bq.SetBoost(n.boost)
			}
		}
		return q, nil
	}
	return nil, fmt.Errorf("query: unknown node %T", n)
}

// field is the index field a query's field name searches: the text is
// indexed only inside _all (NewMapping), so "text:" searches there, with
// the title's words.
func (b queryBuilder) field(name string) string {
	if name == "text" && textInAllOnly(b.m) {
		return ""
	}
	return name
}

func (b queryBuilder) term(t qterm) (query.Query, error) {
	field := b.field(t.field)
	switch t.kind {
	case termPhrase:
		q := bleve.NewMatchPhraseQuery(t.text)
		q.SetField(field)
		return q, nil
	case termRegexp:
		q := bleve.NewRegexpQuery(b.conv.ToSimplified(t.text))
		q.SetField(field)
		return q, nil
	case termWildcard:
		q := bleve.NewWildcardQuery(b.conv.ToSimplified(t.text))
		q.SetField(field)
		return q, nil
	case termFuzzy:
		q := bleve.NewFuzzyQuery(b.conv.ToSimplified(t.text))
		q.SetFuzziness(t.fuzz)
		q.SetField(field)
		return q, nil
	case termCompare:
		v, _ := strconv.ParseFloat(t.text, 64)
		yes, no := true, false
		var q *query.NumericRangeQuery
		switch t.op {
		case ">":
			q = bleve.NewNumericRangeInclusiveQuery(&v, nil, &no, nil)
		case ">=":
			q = bleve.NewNumericRangeInclusiveQuery(&v, nil, &yes, nil)
		case "<":
			q = bleve.NewNumericRangeInclusiveQuery(nil, &v, nil, &no)
		default:
			q = bleve.NewNumericRangeInclusiveQuery(nil, &v, nil, &yes)
		}
		q.SetField(field)
		return q, nil
	}
	return b.words(t)
}

// words is a word cut by its field's analyzer: each position's word of
// two or more characters required, single characters adding to the
// score only. A position whose word has dictionary words inside it (人民
// 医院: 人民, 医院) is met by the word or by all of those, so that an
// article the segmenter cut differently is still found.
func (b queryBuilder) words(t qterm) (query.Query, error) {
	path := b.field(t.field)
	if path == "" {
		path = b.m.DefaultSearchField()
	}
	an := b.m.AnalyzerNamed(b.m.AnalyzerNameForPath(path))
	if an == nil {
		return nil, fmt.Errorf("query: no analyzer for field %s", path)
	}
	var order []int
	byPos := map[int][]*analysis.Token{}
	for _, tok := range an.Analyze([]byte(t.text)) {
		if _, ok := byPos[tok.Position]; !ok {
			order = append(order, tok.Position)
		}
		byPos[tok.Position] = append(byPos[tok.Position], tok)
	}
	if len(order) == 0 {
		return nil, &QueryError{Query: t.source, Pos: t.pos, Msg: fmt.Sprintf("%q has no word to search for", t.text)}
	}
	termQ := func(term []byte) query.Query {
		q := bleve.NewTermQuery(string(term))
		q.SetField(path)
		return q
	}
	var required, optional []query.Query
	for _, p := range order {
		toks := byPos[p]
		main := termQ(toks[0].Term)
		if singleIdeograph(toks[0].Term) {
			optional = append(optional, main)
			continue
		}
		if len(toks) == 1 {
			required = append(required, main)
			continue
		}
		var parts []query.Query
		for _, s := range toks[1:] {
			parts = append(parts, termQ(s.Term))
		}
		required = append(required, bleve.NewDisjunctionQuery(main, bleve.NewConjunctionQuery(parts...)))
	}
	if len(required) == 0 {
		required, optional = optional, nil
	}
	var q query.Query = bleve.NewConjunctionQuery(required...)
	if len(required) == 1 {
		q = required[0]
	}
	if len(optional) == 0 {
		return q, nil
	}
	bq := bleve.NewBooleanQuery()
	bq.AddMust(q)
	bq.AddShould(optional...)
	return bq, nil
}

func singleIdeograph(term []byte) bool {
	r, n := utf8.DecodeRune(term)
	return n == len(term) && unicode.Is(unicode.Han, r)
}
