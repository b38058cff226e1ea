package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"zhnews/esbulk"
)

// failuresShown bounds the refused documents named on stderr; all are
// counted.
const failuresShown = 50

func cmdESLoad(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "es-load", "--url http://127.0.0.1:9200 [--api-key KEY] DIR",
		"Post an export of zhnews export --format es-bulk (DIR holds manifest.json, index-template.json\nand bulk-NNNNN.ndjson) to Elasticsearch 8.x or OpenSearch 2.x: the index template first, then\neach chunk to _bulk. Every document the server refuses is named with its reason; the exit\nstatus is 1 when any was. Credentials: https://user:password@host:9200, or --api-key\n(the ES_API_KEY environment variable is read when the flag is not given).")
	url := fs.String("url", "http://127.0.0.1:9200", "the server's base URL")
	apiKey := fs.String("api-key", "", "an Elasticsearch API key (encoded), sent as Authorization: ApiKey")
	retries := fs.Int("retries", 5, "tries after the first when the server answers 429 or 502/503/504")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(e.stderr, "zhnews es-load: name one export folder")
		fs.Usage()
		return exitUsage
	}
	if *apiKey == "" {
		*apiKey = os.Getenv("ES_API_KEY")
	}
	start := time.Now()
	l := &esbulk.Loader{URL: *url, APIKey: *apiKey, Retries: *retries, Backoff: time.Second,
		Progress: func(c esbulk.Chunk, indexed, failed int) {
			fmt.Fprintf(e.stderr, "zhnews: %s: %d indexed, %d refused (%.1f MB)\n", c.File, indexed, failed, float64(c.Bytes)/1e6)
		}}
	rep, err := l.Load(ctx, fs.Arg(0))
	for i, f := range rep.Failures {
		if i == failuresShown {
			fmt.Fprintf(e.stderr, "zhnews: … and %d more refused\n", rep.Failed-failuresShown)
			break
		}
		fmt.Fprintf(e.stderr, "zhnews: refused: %s\n", f)
	}
	fmt.Fprintf(e.stderr, "zhnews: %d chunks, %d documents indexed, %d refused in %.1fs\n", rep.Chunks, rep.Indexed, rep.Failed, time.Since(start).Seconds())
	if err != nil {
		fmt.Fprintf(e.stderr, "zhnews %v\n", err)
		return exitSkipped
	}
	if rep.Failed > 0 {
		return exitSkipped
	}
	return exitOK
}
