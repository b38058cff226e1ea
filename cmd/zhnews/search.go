package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"strconv"
	"strings"

	"golang.org/x/term"

	"zhnews/index"
	"zhnews/serve"
)

func cmdSearch(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "search", "[flags] QUERY",
		"Search the index. Every word of QUERY is required; also: a OR b, ( ), -not, \"phrases\",\nfield:value (title:, text:, hospitals:, ...), wildcards (党支*, /党.部/, 医院~1, bounded),\nword^2. Simplified and traditional script both work. A malformed query is an error (exit 2).")
	dir := fs.String("index", index.DefaultPath, shardsHelp)
	limit := fs.Int("limit", 10, "number of articles to show")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	hospital := fs.String("hospital", "", "only articles about this hospital (full name)")
	province := fs.String("province", "", "only articles about hospitals in this province (湖北省)")
	city := fs.String("city", "", "only articles about hospitals in this city (黄石市)")
	site := fs.String("site", "", "only articles from this publisher")
	since := fs.String("since", "", "published on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
	until := fs.String("until", "", "published on or before (YYYY, YYYY-MM or YYYY-MM-DD)")
	sortBy := fs.String("sort", "relevance", "relevance (equal scores in id order) or date (newest first); without words, newest first")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if *sortBy != "relevance" && *sortBy != "date" {
		fmt.Fprintf(e.stderr, "zhnews search: unknown --sort %q (relevance or date)\n", *sortBy)
		return exitUsage
	}
	if *limit < 1 || *limit > 1000 {
		fmt.Fprintln(e.stderr, "zhnews search: --limit must be between 1 and 1000")
		return exitUsage
	}
	text := strings.Join(fs.Args(), " ")
	if text == "" && *hospital == "" && *province == "" && *city == "" && *site == "" && *since == "" && *until == "" {
		fmt.Fprintln(e.stderr, "zhnews search: no query")
		fs.Usage()
		return exitUsage
	}
	q := index.Query{
		Text: text, Limit: *limit, Hospital: *hospital, Province: *province, City: *city, Site: *site,
		Since: *since, Until: *until, SortDate: *sortBy == "date", Facets: true,
	}
	idx, err := index.OpenShards(strings.Split(*dir, ","))
	var res index.Result
	if h, ok := heldByServe(err); ok {
		// Live ingest: the serve holding the index answers.
		if q.Limit > serve.MaxSearchResults {
			fmt.Fprintf(e.stderr, "zhnews search: %s is open in zhnews serve (pid %d), which shows at most %d articles\n", *dir, h.PID, serve.MaxSearchResults)
			q.Limit = serve.MaxSearchResults
		}
		err = askServe(h, "/api/search", url.Values{"q": {q.Text}, "limit": {strconv.Itoa(q.Limit)}, "hospital": {q.Hospital},
			"province": {q.Province}, "city": {q.City}, "site": {q.Site}, "since": {q.Since}, "until": {q.Until}, "sort": {*sortBy}}, &res)
		if err != nil {
			fmt.Fprintf(e.stderr, "zhnews search: %v\n", err)
			return exitFor(err)
		}
	} else {
		if err != nil {
			fmt.Fprintf(e.stderr, "zhnews search: %v\n", err)
			return exitSkipped
		}
		defer idx.Close()
		q.Highlight = index.HighlighterBrackets
		if f, ok := e.stdout.(*os.File); ok && !*asJSON && term.IsTerminal(int(f.Fd())) {
			q.Highlight = index.HighlighterANSI
		}
		if res, err = idx.Search(q); err != nil {
			fmt.Fprintf(e.stderr, "zhnews search: %v\n", err)
			return exitUsage
		}
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			return exitSkipped
		}
		return exitOK
	}
	fmt.Fprintf(e.stdout, "%d articles match (%s)\n", res.Total, res.Took.Round(1000))
	for i, h := range res.Hits {
		title := h.Title
		if title == "" {
			title = "(no title)"
		}
		fmt.Fprintf(e.stdout, "\n%d. %s  [%.2f]\n   %s", i+1, title, h.Score, h.Source)
		if h.Published != "" {
			fmt.Fprintf(e.stdout, "  %s", h.Published)
		}
		if len(h.Hospitals) > 0 {
			fmt.Fprintf(e.stdout, "  %s", strings.Join(h.Hospitals, "、"))
		}
		fmt.Fprintf(e.stdout, "\n   %s\n", h.Snippet)
	}
	for _, name := range []string{"hospital", "province", "metric", "year", "site"} {
		if len(res.Facets[name]) == 0 {
			continue
		}
		var parts []string
		for _, f := range res.Facets[name] {
			parts = append(parts, fmt.Sprintf("%s (%d)", f.Value, f.Count))
		}
		fmt.Fprintf(e.stdout, "\n%s: %s", name, strings.Join(parts, ", "))
	}
	fmt.Fprintln(e.stdout)
	return exitOK
}
