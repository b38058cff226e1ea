package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"runtime"

	"zhnews"
)

func cmdExtract(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "extract", "[--format ndjson|json] [--workers N] PATH...",
		"Print one article record per input, in the shape of FACTS.md: NDJSON (one object a line)\nor a JSON array. Bad inputs are named on stderr and skipped.")
	format := fs.String("format", "ndjson", "output format: ndjson or json")
	workers := fs.Int("workers", runtime.NumCPU(), "articles processed in parallel")
	quiet := fs.Bool("quiet", false, "no progress bar (drawn only when standard error is a terminal)")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if !checkFormat(e, "extract", *format, "ndjson", "json") {
		return exitUsage
	}
	st, code, ok := inputStages(e, fs)
	if !ok {
		return code
	}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	skipped, n := 0, 0
	if *format == "json" {
		fmt.Fprint(out, "[")
	}
	progress := newBar(e.stderr, !*quiet, fs.Args(), len(st.listed))
	err := st.run(ctx, fs.Args(), e.stdin, *workers, nil, func(r result) error {
		progress.add()
		if r.err != nil {
			skipped++
			progress.clear()
			fmt.Fprintf(e.stderr, "zhnews: skipped: %s\n", errorLine(r))
			return nil
		}
		b, err := json.Marshal(r.article)
		if err != nil {
			return err
		}
		if *format == "json" {
			if n > 0 {
				fmt.Fprint(out, ",")
			}
			fmt.Fprint(out, "\n")
		}
		n++
		_, err = out.Write(b)
		if *format == "ndjson" {
			out.WriteByte('\n')
		}
		return err
	})
	progress.finish()
	if *format == "json" {
		fmt.Fprint(out, "\n]\n")
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "zhnews extract: %v\n", err)
		return exitSkipped
	}
	if skipped > 0 {
		return exitSkipped
	}
	return exitOK
}

// errorLine states a skipped input's error; errors from the stages name
// the file already.
func errorLine(r result) string {
	return r.err.Error()
}

var _ = zhnews.Article{}
