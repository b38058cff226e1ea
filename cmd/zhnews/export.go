package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"

	"zhnews"
	"zhnews/esbulk"
	"zhnews/index"
	"zhnews/internal/version"
)

// csvHeader is the column order of the CSV export: one row per fact.
var csvHeader = []string{"source", "id", "hospital", "metric", "value", "approx", "unit", "year", "scope", "total", "evidence"}

func cmdExport(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "export", "[--index DIR] [--format ndjson|json|csv|articles-csv|es-bulk] [--bom] [--out DIR] [--metric M] [--hospital H] [--dedupe]",
		"Write the indexed articles as NDJSON or a JSON array; their facts as CSV (one row per\nfact: "+strings.Join(csvHeader, ",")+"); the articles as CSV (one row per\narticle: "+strings.Join(articleCSVHeader, ",")+"); or Elasticsearch 8.x / OpenSearch 2.x\nbulk files, their index template and a manifest (es-bulk, into --out; post them with\nzhnews es-load). With --metric or --hospital, only articles with such facts, and only those\nfacts; with --dedupe, one article per group of reprints.")
	dir := fs.String("index", index.DefaultPath, shardsHelp)
	format := fs.String("format", "ndjson", "ndjson, json, csv, articles-csv or es-bulk")
	bom := fs.Bool("bom", false, "csv, articles-csv: start with a UTF-8 byte-order mark, so that Excel reads the Chinese text")
	outDir := fs.String("out", "", "es-bulk: folder for the bulk chunks, index-template.json and manifest.json (required)")
	esIndex := fs.String("es-index", "zhnews-articles", "es-bulk: the index the bulk files write to")
	chunkMB := fs.Float64("chunk-mb", float64(esbulk.DefaultChunkBytes>>20), "es-bulk: largest bulk file, in MB (servers refuse requests over 100 MB by default)")
	analyzer := fs.String("es-analyzer", esbulk.AnalyzerCJK, "es-bulk: Chinese analyzer of the template: cjk (built in), smartcn or ik (plugins)")
	metric := fs.String("metric", "", "only facts of this metric (party_members, ranking, ...)")
	hospital := fs.String("hospital", "", "only facts about this hospital (full name)")
	dedup := fs.Bool("dedupe", false, "keep one article per group of near-duplicates (reprints)")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if !checkFormat(e, "export", *format, "ndjson", "json", "csv", "articles-csv", "es-bulk") {
		return exitUsage
	}
	if !checkFormat(e, "export", *analyzer, esbulk.Analyzers...) {
		return exitUsage
	}
	if *chunkMB <= 0 {
		fmt.Fprintln(e.stderr, "zhnews export: --chunk-mb must be above 0")
		return exitUsage
	}
	if *metric != "" && !index.KnownMetric(*metric) {
		fmt.Fprintf(e.stderr, "zhnews export: unknown --metric %q (%s)\n", *metric, strings.Join(index.Metrics, ", "))
		return exitUsage
	}
	if *format != "es-bulk" && *outDir != "" {
		// A folder named for a CSV would be left empty while the rows go
		// by on the terminal.
		fmt.Fprintf(e.stderr, "zhnews export: --out is for --format es-bulk; --format %s writes to standard output (redirect it: > file)\n", *format)
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
		return exportES(e, idx, esExport{dir: *outDir, index: *esIndex, metric: *metric, hospital: *hospital,
			chunkBytes: int64(*chunkMB * (1 << 20)), analyzer: *analyzer, dedupe: *dedup})
	}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	if *bom && (*format == "csv" || *format == "articles-csv") {
		out.WriteString("\ufeff")
	}
	cw := csv.NewWriter(out)
	switch *format {
	case "csv":
		cw.Write(csvHeader)
	case "articles-csv":
		cw.Write(articleCSVHeader)
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
		case "articles-csv":
			cw.Write(articleRow(a))
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

// articleCSVHeader is the column order of the articles CSV: one row per
// article; lists are joined with "; ".
var articleCSVHeader = []string{"id", "source", "title", "published", "authors", "site", "script", "hospitals", "facts", "simhash", "group", "sources", "warnings", "text"}

// maxCSVText bounds the text column: Excel holds at most 32,767
// characters in a cell and cuts the rest off silently.
const maxCSVText = 32000

func articleRow(a zhnews.Article) []string {
	names := make([]string, len(a.Hospitals))
	for i, h := range a.Hospitals {
		names[i] = h.Name
	}
	text := a.Text
	if r := []rune(text); len(r) > maxCSVText {
		text = string(r[:maxCSVText]) + "…"
	}
	return []string{a.ID, a.Source, a.Title, a.Published, strings.Join(a.Authors, "; "), a.Site, a.Script,
		strings.Join(names, "; "), strconv.Itoa(len(a.Facts)), a.SimHash, a.Group, strings.Join(a.Sources, "; "),
		strings.Join(a.Warnings, "; "), text}
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

// esExport is what an es-bulk export writes.
type esExport struct {
	dir, index, metric, hospital string
	chunkBytes                   int64
	analyzer                     string
	dedupe                       bool
}

// exportES writes the articles as Elasticsearch/OpenSearch bulk chunks,
// with the index template that maps them and a manifest.
func exportES(e *env, idx *index.Index, x esExport) int {
	if err := os.MkdirAll(x.dir, 0o755); err != nil {
		fmt.Fprintf(e.stderr, "zhnews export: %v\n", err)
		return exitSkipped
	}
	cw := esbulk.NewChunkWriter(x.dir, x.index, x.chunkBytes)
	groups := map[string]bool{}
	err := idx.Articles(func(a zhnews.Article) error {
		if x.dedupe && a.Group != "" {
			if groups[a.Group] {
				return nil
			}
			groups[a.Group] = true
		}
		facts := filterFacts(a.Facts, x.metric, x.hospital)
		if (x.metric != "" || x.hospital != "") && len(facts) == 0 {
			return nil
		}
		a.Facts = facts
		a.Normalize()
		return cw.Add(a)
	})
	m, cerr := cw.Close(esbulk.Options{Analyzer: x.analyzer, Version: version.Read().Short()})
	if err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "zhnews export: %v\n", err)
		return exitSkipped
	}
	var largest int64
	for _, c := range m.Chunks {
		largest = max(largest, c.Bytes)
	}
	fmt.Fprintf(e.stderr, "zhnews: %d articles in %d bulk files under %s (largest %.1f MB); load them with: zhnews es-load --url http://127.0.0.1:9200 %s\n",
		m.Articles, len(m.Chunks), x.dir, float64(largest)/1e6, x.dir)
	return exitOK
}
