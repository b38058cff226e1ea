package esbulk

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"reflect"
	"sort"
	"strings"
	"testing"

	"zhnews"
)

// metricKinds is the metric vocabulary of FACTS.md with the kind of value
// each carries.
var metricKinds = map[string]string{
	"party_branches": "count", "party_general_branches": "count", "party_groups": "count", "party_members": "count",
	"staff": "count", "founded_year": "count", "ranking": "count", "party_members_active": "count",
	"temporary_party_branches": "count", "award": "text", "party_secretary": "text", "key_specialties": "count",
	"beds": "count", "outpatient_visits": "count", "inpatient_discharges": "count", "surgeries": "count",
	"satisfaction_rate": "rate", "investment_yuan": "rate",
}

// generateArticles makes varied articles: every metric with its kind of
// value, hedged and exact, with and without year, scope and total;
// reprints sharing a group; texts read from several sources; every date
// precision and none.
func generateArticles(n int, seed int64) []zhnews.Article {
	r := rand.New(rand.NewSource(seed))
	var metrics []string
	for m := range metricKinds {
		metrics = append(metrics, m)
	}
	sort.Strings(metrics) // map order is random: sorted, the set is reproducible
	dates := []string{"", "2021", "2022-07", "2023-05-06"}
	var out []zhnews.Article
	for i := 0; i < n; i++ {
		a := zhnews.Article{
			ID:        fmt.Sprintf("%016x", r.Uint64()),
			Source:    fmt.Sprintf("crawl.jsonl:%d", i+1),
			Title:     fmt.Sprintf("示范医院第%d篇报道", i),
			Published: dates[i%len(dates)],
			Site:      "示范新闻网",
			Script:    []string{zhnews.ScriptSimplified, zhnews.ScriptTraditional}[i%2],
			Text:      strings.Repeat("示范市人民医院现有职工一千余名。", 1+r.Intn(5)),
			SimHash:   fmt.Sprintf("%016x", r.Uint64()),
		}
		if i%3 == 0 {
			a.Authors = []string{"张三", "李四"}
		}
		if i%4 == 1 {
			a.Warnings = []string{"decoded from gb18030"}
		}
		if i%5 == 2 { // a reprint: several sources, one group
			a.Sources = []string{a.Source, "https://news.example.test/a", "dump.zip!2023/b.html"}
			a.Group = a.ID
		}
		for h := 0; h < i%4; h++ {
			a.Hospitals = append(a.Hospitals, zhnews.Hospital{Name: fmt.Sprintf("示范市第%d人民医院", h+1), Province: "示范省", City: []string{"", "示范市"}[h%2]})
		}
		for f := 0; f < 1+i%6; f++ {
			m := metrics[(i+f)%len(metrics)]
			fact := zhnews.Fact{Hospital: "示范市人民医院", Metric: m, Approx: r.Intn(2) == 0, Unit: "名", Evidence: "现有职工一千余名", Start: f, End: f + 8}
			switch metricKinds[m] {
			case "count":
				fact.Value = int64(r.Intn(100000))
			case "rate":
				fact.Value = r.Float64() * 100
			default:
				fact.Value = "全国文明单位"
			}
			if r.Intn(2) == 0 {
				fact.Year, fact.Scope, fact.Total = 2018+r.Intn(6), "全国三级公立医院绩效考核", r.Intn(2000)
			}
			a.Facts = append(a.Facts, fact)
		}
		a.Normalize()
		out = append(out, a)
	}
	return out
}

// Every document written for generated articles is one the template's
// strict mapping accepts, field by field; a document with a field or a
// value the mapping does not allow is caught.
func TestExportedDocumentsFitTheMapping(t *testing.T) {
	for _, analyzer := range Analyzers {
		tpl, err := Template("zhnews-*", Options{Analyzer: analyzer, Version: "v1.2.3"})
		if err != nil {
			t.Fatal(err)
		}
		m, err := ReadMapping(tpl)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, a := range generateArticles(300, 1) {
			var buf bytes.Buffer
			if err := WriteArticle(&buf, "zhnews-articles", a); err != nil {
				t.Fatal(err)
			}
			body := strings.Split(strings.TrimSpace(buf.String()), "\n")[1]
			for _, err := range m.Check([]byte(body)) {
				t.Errorf("%s (%s): %v", a.ID, analyzer, err)
			}
			var d map[string]any
			json.Unmarshal([]byte(body), &d)
			collectFields("", d, seen)
		}
		// The generated documents carry every field the mapping names.
		for _, want := range []string{"simhash", "sources", "group", "published", "authors", "warnings", "hospitals.city",
			"facts.value_num", "facts.value_text", "facts.year", "facts.scope", "facts.total", "facts.approx"} {
			if !seen[want] {
				t.Errorf("no generated document carries %s", want)
			}
		}
	}
	tpl, _ := Template("zhnews-*", Options{})
	m, _ := ReadMapping(tpl)
	for _, bad := range []struct{ doc, want string }{
		{`{"id":"a","colour":"red"}`, "colour: strict_dynamic_mapping_exception"},
		{`{"published":"2023年5月"}`, "published"},
		{`{"facts":[{"year":"twenty"}]}`, "facts[0].year"},
		{`{"facts":[{"total":9999999999}]}`, "facts[0].total"},
		{`{"hospitals":"示范医院"}`, "hospitals"},
		{`{"facts":[{"approx":"yes"}]}`, "facts[0].approx"},
	} {
		errs := m.Check([]byte(bad.doc))
		if len(errs) == 0 || !strings.Contains(errs[0].Error(), bad.want) {
			t.Errorf("%s: %v, want an error on %s", bad.doc, errs, bad.want)
		}
	}
}

func collectFields(prefix string, v any, seen map[string]bool) {
	switch x := v.(type) {
	case map[string]any:
		for k, sub := range x {
			seen[prefix+k] = true
			collectFields(prefix+k+".", sub, seen)
		}
	case []any:
		for _, sub := range x {
			collectFields(prefix, sub, seen)
		}
	}
}

// A field added to the record type must be mapped too: the JSON names of
// Article, Hospital and Fact are all in the template (a fact's value as
// value_num and value_text).
func TestTemplateNamesEveryRecordField(t *testing.T) {
	tpl, _ := Template("zhnews-*", Options{})
	m, err := ReadMapping(tpl)
	if err != nil {
		t.Fatal(err)
	}
	check := func(typ reflect.Type, props map[string]field, where string) {
		for i := 0; i < typ.NumField(); i++ {
			name := strings.Split(typ.Field(i).Tag.Get("json"), ",")[0]
			if name == "" || name == "-" || (where == "facts" && name == "value") {
				continue
			}
			if _, ok := props[name]; !ok {
				t.Errorf("%s.%s is not in the mapping", where, name)
			}
		}
	}
	check(reflect.TypeOf(zhnews.Article{}), m.props, "article")
	check(reflect.TypeOf(zhnews.Hospital{}), m.props["hospitals"].Properties, "hospitals")
	check(reflect.TypeOf(zhnews.Fact{}), m.props["facts"].Properties, "facts")
	for _, sub := range []string{"value_num", "value_text"} {
		if _, ok := m.props["facts"].Properties[sub]; !ok {
			t.Errorf("facts.%s is not in the mapping", sub)
		}
	}
}

func TestTemplateAnalyzers(t *testing.T) {
	for an, want := range map[string]string{"": "cjk_bigram", "cjk": "cjk_bigram", "smartcn": "smartcn_tokenizer", "ik": "ik_smart"} {
		b, err := Template("x-*", Options{Analyzer: an, Version: "v9"})
		if err != nil || !strings.Contains(string(b), want) || !strings.Contains(string(b), `"zhnews_version": "v9"`) {
			t.Errorf("analyzer %q: %v", an, err)
		}
	}
	if _, err := Template("x-*", Options{Analyzer: "jieba"}); err == nil {
		t.Error("an unknown analyzer is accepted")
	}
}
