package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"runtime"

	"zhnews"
	"zhnews/eval"
)

func cmdEval(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "eval", "--gold DIR [--verbose] [--records FILE | PATH...]",
		"Score extraction against gold files (one JSON per article, matched by file name): per-metric\nprecision, recall and F1, core and extended F1, hospital F1, cleaning and metadata checks.\nThe last line reads core_f1=... ext_f1=... hosp_f1=... clean=... meta=...")
	gold := fs.String("gold", "", "folder of gold files (required)")
	verbose := fs.Bool("verbose", false, "list every miss")
	records := fs.String("records", "", "score these records (NDJSON or a JSON array) instead of extracting PATH")
	workers := fs.Int("workers", runtime.NumCPU(), "articles processed in parallel")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if *gold == "" || (*records == "" && fs.NArg() == 0) {
		fmt.Fprintln(e.stderr, "zhnews eval: need --gold DIR and inputs (PATH... or --records FILE)")
		fs.Usage()
		return exitUsage
	}
	golds, err := eval.LoadGold(*gold)
	if err != nil {
		fmt.Fprintf(e.stderr, "zhnews eval: %v\n", err)
		return exitUsage
	}
	var arts []zhnews.Article
	skipped := 0
	if *records != "" {
		arts, err = readRecords(*records)
		if err != nil {
			fmt.Fprintf(e.stderr, "zhnews eval: %v\n", err)
			return exitUsage
		}
	} else {
		st, code, ok := inputStages(e, fs)
		if !ok {
			return code
		}
		err = st.run(ctx, fs.Args(), e.stdin, *workers, nil, func(r result) error {
			if r.err != nil {
				skipped++
				fmt.Fprintf(e.stderr, "zhnews: skipped: %s\n", errorLine(r))
				return nil
			}
			arts = append(arts, r.article)
			return nil
		})
		if err != nil {
			fmt.Fprintf(e.stderr, "zhnews eval: %v\n", err)
			return exitSkipped
		}
	}
	eval.Score(golds, arts).Write(e.stdout, *verbose)
	if skipped > 0 {
		return exitSkipped
	}
	return exitOK
}

// readRecords reads article records as extract writes them.
func readRecords(path string) ([]zhnews.Article, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	b = bytes.TrimSpace(b)
	var out []zhnews.Article
	if bytes.HasPrefix(b, []byte("[")) {
		if err := json.Unmarshal(b, &out); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return out, nil
	}
	for i, line := range bytes.Split(b, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var a zhnews.Article
		if err := json.Unmarshal(line, &a); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, i+1, err)
		}
		out = append(out, a)
	}
	return out, nil
}
