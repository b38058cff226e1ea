package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"zhnews"
	"zhnews/esbulk"
	"zhnews/index"
)

// csvHeader is the column order of the CSV export: one row per fact.
var csvHeader = []string{"source", "id", "hospital", "metric", "value", "approx", "unit", "year", "scope", "total", "evidence"}

func cmdExport(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "export", "[--index DIR] [--format ndjson|json|csv|es-bulk] [--out DIR] [--metric M] [--hospital H] [--dedupe]",
		"Write the indexed articles as NDJSON or a JSON array, or their facts as CSV (one row per\nfact: "+strings.Join(csvHeader, ",")+"), or an Elasticsearch/OpenSearch bulk file and\nindex template (es-bulk, into --out). With --metric or --hospital, only articles with such\nfacts, and only those facts; with --dedupe, one article per group of reprints.")
	dir := fs.String("index", index.DefaultPath, shardsHelp)
	format := fs.String("format", "ndjson", "ndjson, json, csv or es-bulk")
	outDir := fs.String("out", "", "es-bulk: folder for bulk.ndjson and index-template.json (required)")
	esIndex := fs.String("es-index", "zhnews-articles", "es-bulk: the index the bulk file writes to")
	metric := fs.String("metric", "", "only facts of this metric (party_members, ranking, ...)")
	hospital := fs.String("hospital", "", "only facts about this hospital (full name)")
	dedup := fs.Bool("dedupe", false, "keep one article per group of near-duplicates (reprints)")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if !checkFormat(e, "export", *format, "ndjson", "json", "csv", "es-bulk") {
		return exitUsage
	}
	if *metric != "" && !index.KnownMetric(*metric) {
		fmt.Fprintf(e.stderr, "zhnews export: unknown --metric %q (%s)\n", *metric, strings.Join(index.Metrics, ", "))
		return exitUsage
	}
	if *format == "es-bulk" && *outDir == "" {
		fmt.Fprintln(e.stderr, "zhnews export: --format es-bulk writes two files: name their folder with --out")
		return exitUsage
	}
	idx, ok := openIndex(e, "export", *dir)
	if !ok {
		return exitSkipped
	}
	defer idx.Close()
	if *format == "es-bulk" {
		return exportES(e, idx, *outDir, *esIndex, *metric, *hospital)
	}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	cw := csv.NewWriter(out)
	if *format == "csv" {
		cw.Write(csvHeader)
	}
	if *format == "json" {
		fmt.Fprint(out, "[")
	}
	n := 0
	groups := map[string]bool{}
	err := idx.Articles(func(a zhnews.Article) error {
		if *dedup && a.Group != "" {
			if groups[a.Group] {
				return nil
			}
			groups[a.Group] = true
		}
		filtered := filterFacts(a.Facts, *metric, *hospital)
		if (*metric != "" || *hospital != "") && len(filtered) == 0 {
			return nil
		}
		a.Facts = filtered
		a.Normalize()
		switch *format {
		case "csv":
			for _, f := range a.Facts {
				cw.Write(factRow(a, f))
			}
			return cw.Error()
		case "json":
			if n > 0 {
				fmt.Fprint(out, ",")
			}
			fmt.Fprint(out, "\n")
		}
		n++
		b, err := json.Marshal(a)
		if err != nil {
			return err
		}
		out.Write(b)
		if *format == "ndjson" {
			out.WriteByte('\n')
		}
		return nil
	})
	cw.Flush()
	if *format == "json" {
		fmt.Fprint(out, "\n]\n")
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "zhnews export: %v\n", err)
		return exitSkipped
	}
	return exitOK
}

func filterFacts(facts []zhnews.Fact, metric, hospital string) []zhnews.Fact {
	if metric == "" && hospital == "" {
		return facts
	}
	var out []zhnews.Fact
	for _, f := range facts {
		if (metric == "" || f.Metric == metric) && (hospital == "" || f.Hospital == hospital) {
			out = append(out, f)
		}
	}
	return out
}

func factRow(a zhnews.Article, f zhnews.Fact) []string {
	return []string{a.Source, a.ID, f.Hospital, f.Metric, valueString(f.Value), strconv.FormatBool(f.Approx),
		f.Unit, strconv.Itoa(f.Year), f.Scope, strconv.Itoa(f.Total), f.Evidence}
}

// valueString writes a fact's value as it reads: 1107300, 99.79, 全国文明单位.
func valueString(v any) string {
	switch x := v.(type) {
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case int64:
		return strconv.FormatInt(x, 10)
	case int:
		return strconv.Itoa(x)
	case string:
		return x
	case json.Number:
		return x.String()
	}
	return fmt.Sprint(v)
}

// exportES writes the articles as an Elasticsearch/OpenSearch bulk file
// and the index template that maps them.
func exportES(e *env, idx *index.Index, dir, esIndex, metric, hospital string) int {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(e.stderr, "zhnews export: %v\n", err)
		return exitSkipped
	}
	tpl, err := esbulk.Template(esIndex + "*")
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, "index-template.json"), append(tpl, '\n'), 0o644)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "zhnews export: template: %v\n", err)
		return exitSkipped
	}
	f, err := os.Create(filepath.Join(dir, "bulk.ndjson"))
	if err != nil {
		fmt.Fprintf(e.stderr, "zhnews export: %v\n", err)
		return exitSkipped
	}
	w := bufio.NewWriter(f)
	n := 0
	err = idx.Articles(func(a zhnews.Article) error {
		facts := filterFacts(a.Facts, metric, hospital)
		if (metric != "" || hospital != "") && len(facts) == 0 {
			return nil
		}
		a.Facts = facts
		a.Normalize()
		n++
		return esbulk.WriteArticle(w, esIndex, a)
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "zhnews export: %v\n", err)
		return exitSkipped
	}
	fmt.Fprintf(e.stderr, "zhnews: %d articles in %s; load with: curl -XPUT host:9200/_index_template/zhnews -H 'Content-Type: application/json' -d @%s, then curl -XPOST host:9200/_bulk -H 'Content-Type: application/x-ndjson' --data-binary @%s\n",
		n, filepath.Join(dir, "bulk.ndjson"), filepath.Join(dir, "index-template.json"), filepath.Join(dir, "bulk.ndjson"))
	return exitOK
}
