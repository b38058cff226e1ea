package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"

	"github.com/mattn/go-runewidth"

	"zhnews/index"
	"zhnews/serve"
)

func cmdFacts(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "facts", "[flags]",
		"List the extracted facts, each with its evidence and article, highest value first.\nExample: zhnews facts --metric party_members --min 300")
	dir := fs.String("index", index.DefaultPath, shardsHelp)
	metric := fs.String("metric", "", "only this metric (party_members, ranking, award, ...)")
	hospital := fs.String("hospital", "", "only facts about this hospital (full name)")
	province := fs.String("province", "", "only hospitals in this province (湖北省)")
	city := fs.String("city", "", "only hospitals in this city (黄石市)")
	minV := fs.String("min", "", "only values at least this")
	maxV := fs.String("max", "", "only values at most this")
	year := fs.Int("year", 0, "only figures for this year")
	text := fs.String("text", "", "only facts whose evidence has these words")
	limit := fs.Int("limit", 100, "at most this many facts (up to 10000)")
	sortBy := fs.String("sort", "value", "value, -value, hospital or year")
	format := fs.String("format", "table", "table, json or csv")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, "zhnews facts: unexpected argument %q (filters are flags)\n", fs.Arg(0))
		return exitUsage
	}
	if !checkFormat(e, "facts", *format, "table", "json", "csv") {
		return exitUsage
	}
	q := index.FactQuery{Metric: *metric, Hospital: *hospital, Province: *province, City: *city,
		Year: *year, Text: *text, Limit: *limit, SortBy: *sortBy}
	for _, b := range []struct {
		name, v string
		dst     **float64
	}{{"min", *minV, &q.Min}, {"max", *maxV, &q.Max}} {
		if b.v == "" {
			continue
		}
		f, err := strconv.ParseFloat(b.v, 64)
		if err != nil {
			fmt.Fprintf(e.stderr, "zhnews facts: --%s %q is not a number\n", b.name, b.v)
			return exitUsage
		}
		*b.dst = &f
	}
	idx, err := index.OpenShards(strings.Split(*dir, ","))
	var res index.FactsResult
	if h, ok := heldByServe(err); ok {
		// Live ingest: the serve holding the index answers.
		if q.Limit > serve.MaxFactResults {
			fmt.Fprintf(e.stderr, "zhnews facts: %s is open in zhnews serve (pid %d), which lists at most %d facts\n", *dir, h.PID, serve.MaxFactResults)
			q.Limit = serve.MaxFactResults
		}
		params := url.Values{"metric": {q.Metric}, "hospital": {q.Hospital}, "province": {q.Province}, "city": {q.City},
			"min": {*minV}, "max": {*maxV}, "text": {q.Text}, "sort": {q.SortBy}, "limit": {strconv.Itoa(q.Limit)}}
		if q.Year != 0 {
			params.Set("year", strconv.Itoa(q.Year))
		}
		if err := askServe(h, "/api/facts", params, &res); err != nil {
			fmt.Fprintf(e.stderr, "zhnews facts: %v\n", err)
			return exitFor(err)
		}
	} else {
		if err != nil {
			fmt.Fprintf(e.stderr, "zhnews facts: %v\n", err)
			return exitSkipped
		}
		defer idx.Close()
		if res, err = idx.Facts(q); err != nil {
			fmt.Fprintf(e.stderr, "zhnews facts: %v\n", err)
			return exitUsage
		}
	}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	switch *format {
	case "json":
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		enc.Encode(res)
	case "csv":
		cw := csv.NewWriter(out)
		cw.Write([]string{"hospital", "province", "city", "metric", "value", "approx", "unit", "year", "scope", "total", "evidence", "article", "source"})
		for _, f := range res.Facts {
			cw.Write([]string{f.Hospital, f.Province, f.City, f.Metric, valueString(f.Value), strconv.FormatBool(f.Approx), f.Unit,
				strconv.Itoa(f.Year), f.Scope, strconv.Itoa(f.Total), f.Evidence, f.Article, f.Source})
		}
		cw.Flush()
	default:
		rows := [][]string{{"HOSPITAL", "METRIC", "VALUE", "YEAR", "EVIDENCE", "SOURCE"}}
		for _, f := range res.Facts {
			v := valueString(f.Value)
			if f.Approx {
				v = "≈" + v
			}
			y := ""
			if f.Year != 0 {
				y = strconv.Itoa(f.Year)
			}
			rows = append(rows, []string{f.Hospital, f.Metric, v, y, truncate(f.Evidence, 40), f.Source})
		}
		writeTable(out, rows)
		fmt.Fprintf(out, "%d facts", res.Total)
		if int(res.Total) > len(res.Facts) {
			fmt.Fprintf(out, " (%d shown; --limit for more)", len(res.Facts))
		}
		fmt.Fprintln(out)
	}
	return exitOK
}

// writeTable aligns columns by display width: a Chinese character takes
// two columns of a terminal.
func writeTable(w io.Writer, rows [][]string) {
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], runewidth.StringWidth(c))
		}
	}
	for _, r := range rows {
		var b strings.Builder
		for i, c := range r {
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-runewidth.StringWidth(c)+2))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
