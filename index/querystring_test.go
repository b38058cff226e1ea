package index

import (
	"context"
	"errors"
	"strings"
	"testing"

	"zhnews/eval"
)

// Malformed queries are errors that say where, not searches for "(".
func TestQuerySyntaxErrors(t *testing.T) {
	x := openWith(t, testArticles()...)
	defer x.Close()
	for _, c := range []struct{ query, want string }{
		{"title:(", "( is never closed"},
		{"+(", "( is never closed"},
		{"(党员", "( is never closed"},
		{"党员)", `unexpected ")"`},
		{"()", "() holds no query"},
		{`"党员`, "quote is never closed"},
		{"/党.", "never closed"},
		{"/党(/", "regexp"},
		{"foo:党员", `unknown field "foo"`},
		{"title:", "needs a word"},
		{"OR 党员", "OR needs a query on each side"},
		{"党员 OR", "OR needs a query on each side"},
		{"- 党员", "- needs a word"},
		{"*", "matches every word"},
		{"党~2", "edits to a word this short"},
		{"党员~3", "edit distance 1 or 2"},
		{"党员^x", "^ needs a positive number"},
		{`"党员"~1`, "after a phrase"},
		{"text:>5", "only fact_count"},
		{"fact_count:>x", "not a number"},
	} {
		_, err := x.Search(Query{Text: c.query})
		var qe *QueryError
		if !errors.As(err, &qe) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want a QueryError with %q", c.query, err, c.want)
		}
	}
}

// What each query finds in the two test articles (a: 福清市医院, hant;
// b: 普洱市人民医院).
func TestQueryWordsRequired(t *testing.T) {
	x := openWith(t, testArticles()...)
	defer x.Close()
	for _, c := range []struct {
		query string
		want  int
	}{
		// Words that occur nowhere find nothing, though 的 and 不 are
		// single characters of many articles.
		{"不存在的词语xyz", 0},
		{"党员 位列", 0},           // both words required
		{"党员 OR 位列", 2},        // either
		{"(党员 OR 位列) 福清", 1},   // grouping
		{"黨員", 1},              // either script
		{"党员 -福清", 0},          // negation
		{"医院", 2},              // a plain word
		{`"三级综合医院"`, 1},        // phrase
		{"title:福清", 1},        // field
		{"普洱市人民医院 门急诊", 1},     // a long name, cut into words
		{"党*", 1},              // wildcard
		{"fact_count:>=2", 1},  // comparison
		{"人民医院 AND 普洱", 1},     // AND is the default, accepted
		{"hospitals:福清市医院", 1}, // keyword field, not cut
		{"福清市医院 -hospitals:普洱市人民医院", 1},
	} {
		res, err := x.Search(Query{Text: c.query})
		if err != nil {
			t.Errorf("%q: %v", c.query, err)
			continue
		}
		if int(res.Total) != c.want {
			t.Errorf("%q: %d articles, want %d", c.query, res.Total, c.want)
		}
	}
}

// A wildcard or regexp that expands to more words than MaxExpansion is
// refused before it is run.
func TestQueryExpansionBounded(t *testing.T) {
	x := openWith(t, readTestArticles(t)...)
	defer x.Close()
	for _, q := range []string{"/.*/", "/.+/", "?*"} {
		_, err := x.Search(Query{Text: q})
		if err == nil {
			t.Errorf("%q: no error", q)
			continue
		}
		var qe *QueryError
		if !errors.Is(err, ErrQueryTooBroad) && !errors.As(err, &qe) {
			t.Errorf("%q: %v, want ErrQueryTooBroad or a QueryError", q, err)
		}
	}
}

// Unknown metrics and malformed years are errors, not empty results.
func TestSearchFilterValues(t *testing.T) {
	x := openWith(t, testArticles()...)
	defer x.Close()
	for _, q := range []Query{{Metric: "nosuch"}, {Year: "abc"}, {Year: "20211"}, {Since: "2021-13-45"}} {
		var qe *QueryError
		if _, err := x.Search(q); !errors.As(err, &qe) {
			t.Errorf("%+v: error %v, want a QueryError", q, err)
		}
	}
	if res, err := x.Search(Query{Metric: "ranking"}); err != nil || res.Total != 1 {
		t.Errorf("metric ranking: %v %v", res.Total, err)
	}
}

// Metrics is the list the evaluation knows.
func TestMetricsMatchEval(t *testing.T) {
	want := append(append([]string(nil), eval.Core...), eval.Extended...)
	if strings.Join(Metrics, ",") != strings.Join(want, ",") {
		t.Errorf("Metrics %v, eval %v", Metrics, want)
	}
}

// A search whose request is gone stops: bleve's collector sees ctx.
func TestSearchStopsWithItsContext(t *testing.T) {
	x := openWith(t, readTestArticles(t)...)
	defer x.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := x.SearchContext(ctx, Query{Text: "医院"}); !errors.Is(err, context.Canceled) {
		t.Errorf("search after cancel: %v", err)
	}
	if _, err := x.FactsContext(ctx, FactQuery{}); !errors.Is(err, context.Canceled) {
		t.Errorf("facts after cancel: %v", err)
	}
}
