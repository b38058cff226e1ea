package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zhnews"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

const articles = "../../testdata/articles"

// zhnews runs the command in-process and returns its exit code and output.
func zhnewsRun(t testing.TB, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func decodeNDJSON(t testing.TB, s string) []zhnews.Article {
	t.Helper()
	var out []zhnews.Article
	dec := json.NewDecoder(strings.NewReader(s))
	for dec.More() {
		var a zhnews.Article
		if err := dec.Decode(&a); err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// The extract output for the bundled articles is kept in
// testdata/golden/articles.ndjson; refresh it with go test ./... -update.
func TestExtractGolden(t *testing.T) {
	code, out, errOut := zhnewsRun(t, "", "extract", "--format", "ndjson", articles)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	golden := filepath.Join("..", "..", "testdata", "golden", "articles.ndjson")
	if *update {
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/zhnews -update)", err)
	}
	if out != string(want) {
		gotLines, wantLines := strings.Split(out, "\n"), strings.Split(string(want), "\n")
		for i := range gotLines {
			if i >= len(wantLines) || gotLines[i] != wantLines[i] {
				t.Fatalf("extract output differs from %s at record %d (run with -update if the change is intended)", golden, i+1)
			}
		}
		t.Fatalf("extract output differs from %s", golden)
	}
}

// Every record carries every field of FACTS.md, at least one fact, and
// each fact's evidence is exactly text[start:end] in runes.
func TestExtractRecordsKeepTheContract(t *testing.T) {
	code, out, errOut := zhnewsRun(t, "", "extract", articles)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	fields := []string{"id", "source", "title", "published", "authors", "site", "script", "text", "hospitals", "facts", "warnings"}
	factFields := []string{"hospital", "metric", "value", "approx", "unit", "year", "scope", "total", "evidence", "start", "end"}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d records, want 5", len(lines))
	}
	for _, line := range lines {
		var raw map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &raw); err != nil {
			t.Fatal(err)
		}
		for _, f := range fields {
			if _, ok := raw[f]; !ok || string(raw[f]) == "null" {
				t.Errorf("record lacks %s", f)
			}
		}
		var a struct {
			Text  string                       `json:"text"`
			ID    string                       `json:"id"`
			Facts []map[string]json.RawMessage `json:"facts"`
		}
		json.Unmarshal([]byte(line), &a)
		if a.ID != zhnews.ArticleID(a.Text) {
			t.Errorf("id %s is not the hash of the text", a.ID)
		}
		if len(a.Facts) == 0 {
			t.Errorf("%s: no facts", a.ID)
		}
		runes := []rune(a.Text)
		for _, f := range a.Facts {
			for _, k := range factFields {
				if _, ok := f[k]; !ok {
					t.Errorf("fact lacks %s", k)
				}
			}
			var start, end int
			var ev string
			json.Unmarshal(f["start"], &start)
			json.Unmarshal(f["end"], &end)
			json.Unmarshal(f["evidence"], &ev)
			if start < 0 || end > len(runes) || start > end || string(runes[start:end]) != ev {
				t.Errorf("evidence %q is not text[%d:%d]", ev, start, end)
			}
		}
	}
}

func TestExtractJSONAndStdin(t *testing.T) {
	code, out, _ := zhnewsRun(t, "醫院黨建\n醫院現有職工1572名，共有中共黨員322名。", "extract", "--format", "json", "-")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var arr []zhnews.Article
	if err := json.Unmarshal([]byte(out), &arr); err != nil || len(arr) != 1 {
		t.Fatalf("json array: %v, %d records\n%s", err, len(arr), out)
	}
	if arr[0].Source != "-" || arr[0].Script != "hant" || len(arr[0].Facts) != 2 {
		t.Errorf("record = %+v", arr[0])
	}
}

func TestIngestSearchExport(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx.bleve")
	code, _, errOut := zhnewsRun(t, "", "ingest", "--index", dir, "--quiet", articles)
	if code != 0 {
		t.Fatalf("ingest exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "5 files read, 5 articles") {
		t.Errorf("summary: %s", errOut)
	}
	// Re-ingesting replaces, never duplicates.
	if code, _, errOut := zhnewsRun(t, "", "ingest", "--index", dir, "--quiet", articles); code != 0 {
		t.Fatalf("re-ingest exit %d: %s", code, errOut)
	}
	for _, q := range []string{"党支部", "黨支部"} {
		code, out, errOut := zhnewsRun(t, "", "search", "--index", dir, "--json", "--limit", "10", q)
		if code != 0 {
			t.Fatalf("search exit %d: %s", code, errOut)
		}
		var res struct {
			Total uint64 `json:"total"`
			Hits  []struct {
				Title, Source, Snippet string
			} `json:"hits"`
		}
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatal(err)
		}
		if res.Total < 3 || len(res.Hits) < 3 {
			t.Errorf("search %s: %d hits, want at least 3", q, res.Total)
		}
		if !strings.Contains(res.Hits[0].Snippet, "【") {
			t.Errorf("search %s: snippet without highlight: %q", q, res.Hits[0].Snippet)
		}
	}
	code, out, _ := zhnewsRun(t, "", "search", "--index", dir, "党委书记")
	if code != 0 || !strings.Contains(out, "articles match") || !strings.Contains(out, "hospital:") {
		t.Errorf("search text output:\n%s", out)
	}
	code, out, _ = zhnewsRun(t, "", "export", "--index", dir)
	if recs := decodeNDJSON(t, out); code != 0 || len(recs) != 5 {
		t.Fatalf("export ndjson: exit %d, %d records", code, len(recs))
	}
	code, out, _ = zhnewsRun(t, "", "export", "--index", dir, "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) < 11 {
		t.Fatalf("export csv: exit %d, %v, %d rows", code, err, len(rows))
	}
	if strings.Join(rows[0], ",") != "source,id,hospital,metric,value,approx,unit,year,scope,total,evidence" {
		t.Errorf("csv header %v", rows[0])
	}
	code, out, _ = zhnewsRun(t, "", "export", "--index", dir, "--format", "csv", "--metric", "party_members")
	rows, _ = csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 {
		t.Errorf("export --metric: exit %d", code)
	}
	for _, r := range rows[1:] {
		if r[3] != "party_members" {
			t.Errorf("--metric party_members exported %v", r)
		}
	}
	if len(rows) < 4 {
		t.Errorf("party_members rows: %d", len(rows)-1)
	}
}

// A folder with an empty file, a binary file and a good article: the run
// names both bad files, indexes the good one and exits 1.
func TestIngestSkipsBadFiles(t *testing.T) {
	in := t.TempDir()
	good, err := os.ReadFile(filepath.Join(articles, "003_a59e9eceaa451d44.txt"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(in, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(in, "binary.html"), []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x03\x00>\x00\x01\x00\x00\x00"), 0o644)
	os.WriteFile(filepath.Join(in, "good.txt"), good, 0o644)
	dir := filepath.Join(t.TempDir(), "idx.bleve")
	code, _, errOut := zhnewsRun(t, "", "ingest", "--index", dir, "--quiet", in)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, name := range []string{"empty.txt", "binary.html"} {
		if !strings.Contains(errOut, name) {
			t.Errorf("stderr does not name %s:\n%s", name, errOut)
		}
	}
	code, out, _ := zhnewsRun(t, "", "export", "--index", dir)
	recs := decodeNDJSON(t, out)
	if code != 0 || len(recs) != 1 || !strings.HasSuffix(recs[0].Source, "good.txt") {
		t.Errorf("index holds %d records, want the good one", len(recs))
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"frobnicate"},
		{"extract"},
		{"extract", "--format", "xml", "a.txt"},
		{"search", "--index", "x"},
		{"export", "--format", "yaml"},
		{"eval", "a.txt"},
		{"ingest", "--bogus"},
	} {
		if code, _, _ := zhnewsRun(t, "", args...); code != 2 {
			t.Errorf("zhnews %v: exit %d, want 2", args, code)
		}
	}
	for _, args := range [][]string{{"help"}, {"-h"}, {"help", "search"}, {"extract", "-h"}, {"ingest", "-h"}, {"export", "-h"}, {"eval", "-h"}} {
		code, out, errOut := zhnewsRun(t, "", args...)
		if code != 0 || out+errOut == "" {
			t.Errorf("zhnews %v: exit %d", args, code)
		}
	}
	if code, _, errOut := zhnewsRun(t, "", "search", "--index", filepath.Join(t.TempDir(), "none"), "医院"); code != 1 || !strings.Contains(errOut, "ingest") {
		t.Errorf("search on a missing index: exit %d, %s", code, errOut)
	}
}

func TestExtractMissingFile(t *testing.T) {
	code, out, errOut := zhnewsRun(t, "", "extract", "no/such/file.txt", filepath.Join(articles, "004_d4549ff23c5fed17.txt"))
	if code != 1 || !strings.Contains(errOut, "no/such/file.txt") || len(decodeNDJSON(t, out)) != 1 {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func BenchmarkExtractArticles(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(articles, "*.txt"))
	var size int64
	for _, f := range files {
		st, _ := os.Stat(f)
		size += st.Size()
	}
	st, err := loadStages()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		st.run(context.Background(), []string{articles}, nil, 0, nil, func(result) error { return nil })
	}
}

// testdata/heldout holds articles written for the project, with gold
// files: rules tuned to the bundled articles alone would fail here.
func TestEvalHeldOut(t *testing.T) {
	code, out, errOut := zhnewsRun(t, "", "eval", "--gold", "../../testdata/heldout/gold", "../../testdata/heldout/articles")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	last := strings.TrimSpace(out[strings.LastIndex(strings.TrimSpace(out), "\n")+1:])
	var core, ext, hosp, cleanShare, meta float64
	if _, err := fmt.Sscanf(last, "core_f1=%f ext_f1=%f hosp_f1=%f clean=%f meta=%f", &core, &ext, &hosp, &cleanShare, &meta); err != nil {
		t.Fatalf("last line %q: %v", last, err)
	}
	if core < 0.95 || ext < 0.95 || hosp < 1 || cleanShare < 1 {
		t.Errorf("held-out scores: %s\n%s", last, out)
	}
}

// extract as a filter: JSON Lines in on stdin, NDJSON out; a broken line is
// named and skipped.
func TestExtractFilterJSONL(t *testing.T) {
	in := `{"url": "http://example.org/a", "html": "<html><body><p>福建省福清市医院创立于1900年,医院现有职工1572名,共有中共党员322名。</p></body></html>", "title": "福清市医院", "published": "2021-02-22T08:00:00+08:00"}
{"text": "broken
{"text": "德州市立医院党建工作纪实\n目前,医院有党员260名,下设7个党支部。"}
`
	code, out, errOut := zhnewsRun(t, in, "extract", "-")
	if code != 1 || !strings.Contains(errOut, "-:2") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	recs := decodeNDJSON(t, out)
	if len(recs) != 2 || recs[0].Source != "-:1" || recs[0].Title != "福清市医院" || recs[0].Published != "2021-02-22" || len(recs[0].Facts) != 3 {
		t.Fatalf("records: %+v", recs)
	}
	if recs[1].Source != "-:3" || len(recs[1].Facts) != 2 {
		t.Errorf("second record: %+v", recs[1])
	}
}

func TestSearchShards(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.bleve"), filepath.Join(dir, "b.bleve")
	files, _ := filepath.Glob(filepath.Join(articles, "*.txt"))
	if code, _, errOut := zhnewsRun(t, "", append([]string{"ingest", "--quiet", "--index", a}, files[:2]...)...); code != 0 {
		t.Fatal(errOut)
	}
	if code, _, errOut := zhnewsRun(t, "", append([]string{"ingest", "--quiet", "--index", b}, files[2:]...)...); code != 0 {
		t.Fatal(errOut)
	}
	code, out, errOut := zhnewsRun(t, "", "search", "--index", a+","+b, "--json", "党支部")
	if code != 0 || !strings.Contains(out, `"total": 5`) {
		t.Errorf("exit %d %s: %s", code, errOut, out[:min(len(out), 300)])
	}
	code, out, _ = zhnewsRun(t, "", "facts", "--index", a+","+b, "--metric", "party_members", "--min", "300")
	if code != 0 || !strings.Contains(out, "3 facts") {
		t.Errorf("facts over shards: %s", out)
	}
}

func TestExportESBulk(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx.bleve")
	if code, _, errOut := zhnewsRun(t, "", "ingest", "--quiet", "--index", dir, articles); code != 0 {
		t.Fatal(errOut)
	}
	out := t.TempDir()
	if code, _, errOut := zhnewsRun(t, "", "export", "--index", dir, "--format", "es-bulk", "--out", out); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	bulk, err := os.ReadFile(filepath.Join(out, "bulk-00001.ndjson"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(bulk)), "\n")
	if len(lines) != 10 {
		t.Errorf("%d bulk lines, want 10 (action and document for 5 articles)", len(lines))
	}
	for _, l := range lines {
		if !json.Valid([]byte(l)) {
			t.Errorf("invalid JSON line %.80s", l)
		}
	}
	if tpl, err := os.ReadFile(filepath.Join(out, "index-template.json")); err != nil || !json.Valid(tpl) {
		t.Errorf("template: %v", err)
	}
	if code, _, _ := zhnewsRun(t, "", "export", "--index", dir, "--format", "es-bulk"); code != 2 {
		t.Errorf("es-bulk without --out: exit %d", code)
	}
}

func TestExportDedupe(t *testing.T) {
	in := t.TempDir()
	files, _ := filepath.Glob(filepath.Join(articles, "*.txt"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		os.WriteFile(filepath.Join(in, filepath.Base(f)), b, 0o644)
	}
	// A reprint of 004 with another site's header and footer, and an exact
	// copy of 003 under another name.
	b, _ := os.ReadFile(filepath.Join(articles, "004_d4549ff23c5fed17.txt"))
	os.WriteFile(filepath.Join(in, "reprint.txt"), append(append([]byte("来源:云南日报\n"), b...), []byte("\n(责任编辑:李四)\n")...), 0o644)
	b, _ = os.ReadFile(filepath.Join(articles, "003_a59e9eceaa451d44.txt"))
	os.WriteFile(filepath.Join(in, "zz_copy.txt"), b, 0o644)
	dir := filepath.Join(t.TempDir(), "idx.bleve")
	if code, _, errOut := zhnewsRun(t, "", "ingest", "--quiet", "--index", dir, in); code != 0 {
		t.Fatal(errOut)
	}
	_, all, _ := zhnewsRun(t, "", "export", "--index", dir)
	_, kept, _ := zhnewsRun(t, "", "export", "--index", dir, "--dedupe")
	if n, m := len(decodeNDJSON(t, all)), len(decodeNDJSON(t, kept)); n != 6 || m != 5 {
		t.Errorf("%d articles, %d after --dedupe; want 6 and 5", n, m)
	}
	for _, a := range decodeNDJSON(t, all) {
		if strings.HasSuffix(a.Source, "003_a59e9eceaa451d44.txt") && len(a.Sources) != 2 {
			t.Errorf("exact duplicate's sources: %v", a.Sources)
		}
	}
}
