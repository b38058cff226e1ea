package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"

	"zhnews"
	"zhnews/index"
)

// csvHeader is the column order of the CSV export: one row per fact.
var csvHeader = []string{"source", "id", "hospital", "metric", "value", "approx", "unit", "year", "scope", "total", "evidence"}

func cmdExport(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "export", "[--index DIR] [--format ndjson|json|csv] [--metric M] [--hospital H]",
		"Write the indexed articles as NDJSON or a JSON array, or their facts as CSV (one row per\nfact: "+fmt.Sprint(csvHeader)+").\nWith --metric or --hospital, only articles with such facts, and only those facts.")
	dir := fs.String("index", index.DefaultPath, shardsHelp)
	format := fs.String("format", "ndjson", "ndjson, json or csv")
	metric := fs.String("metric", "", "only facts of this metric (party_members, ranking, ...)")
	hospital := fs.String("hospital", "", "only facts about this hospital (full name)")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if !checkFormat(e, "export", *format, "ndjson", "json", "csv") {
		return exitUsage
	}
	idx, ok := openIndex(e, "export", *dir)
	if !ok {
		return exitSkipped
	}
	defer idx.Close()
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
	err := idx.Articles(func(a zhnews.Article) error {
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
