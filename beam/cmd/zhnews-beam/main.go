// Command zhnews-beam runs the zhnews pipeline on Apache Beam:
//
//	zhnews-beam --input 'dumps/*.zip' --input 'crawl/*.jsonl.gz' --output gs://bucket/out --shards 8 [--runner ...]
//
// It writes NDJSON shards of article records, Elasticsearch bulk chunks
// with their manifest and index template, and errors.ndjson under
// --output; with --index (a local or mounted --output), one bleve index
// per shard. The runner and its options are Beam's own flags (--runner,
// --endpoint, --project, ...; see beam/README.md); the default runs
// locally. Exit status: 0 ok, 1 some inputs were skipped (counted, and
// named in errors.ndjson) or no article was read, 2 a usage error (an
// unknown scheme, a pattern that matches nothing).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	zhbeam "zhnews/beam"
	"zhnews/esbulk"
	"zhnews/internal/version"
)

// patterns is --input, given once per pattern (or comma-separated).
type patterns []string

func (p *patterns) String() string { return strings.Join(*p, ",") }
func (p *patterns) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*p = append(*p, s)
		}
	}
	return nil
}

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

// run is the command; it returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("zhnews-beam", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var inputs patterns
	fs.Var(&inputs, "input", "file pattern of the inputs (articles, archives, WARC; JSON Lines dumps ending .jsonl/.ndjson are split across workers); repeat for more")
	output := fs.String("output", "", "folder for the outputs: a path, gs://bucket/dir or s3://bucket/dir")
	shards := fs.Int("shards", 4, "number of shards")
	withIndex := fs.Bool("index", false, "also write one bleve index per shard (local or mounted --output only)")
	esIndex := fs.String("es-index", "zhnews-articles", "the index the bulk chunks write to")
	chunkMB := fs.Float64("chunk-mb", float64(esbulk.DefaultChunkBytes>>20), "largest bulk chunk, in MB")
	analyzer := fs.String("es-analyzer", esbulk.AnalyzerCJK, "Chinese analyzer of the index template: cjk, smartcn or ik")
	showVersion := fs.Bool("version", false, "print the version and exit")
	// Beam's own flags (--runner, --endpoint, --project, ...) are read by
	// beam.Init from the global flag set; ours are parsed here, and the
	// rest handed on.
	ours, theirs := splitFlags(fs, args)
	if err := fs.Parse(ours); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *showVersion {
		fmt.Fprintln(stdout, strings.Replace(version.Read().String(), "zhnews", "zhnews-beam", 1))
		return 0
	}
	if err := flag.CommandLine.Parse(theirs); err != nil {
		return 2
	}
	beam.Init()
	cfg := zhbeam.Config{Inputs: inputs, Output: *output, Shards: *shards, Index: *withIndex, ESIndex: *esIndex, ChunkBytes: int64(*chunkMB * (1 << 20))}
	if err := cfg.Check(ctx); err != nil {
		fmt.Fprintf(stderr, "zhnews-beam: %v\n", err)
		return 2
	}
	if _, err := esbulk.Template("x", esbulk.Options{Analyzer: *analyzer}); err != nil {
		fmt.Fprintf(stderr, "zhnews-beam: --es-analyzer: %v\n", err)
		return 2
	}
	p, s := beam.NewPipelineWithRoot()
	zhbeam.Build(s, cfg)
	var res beam.PipelineResult
	var err error
	zhbeam.WithPrivateTempDir(func() { res, err = beamx.RunWithMetrics(ctx, p) })
	if err != nil {
		fmt.Fprintf(stderr, "zhnews-beam: %v\n", err)
		return 1
	}
	articles, skipped, counted := counters(res)
	if _, err := zhbeam.WriteManifest(ctx, cfg, int(articles), esbulk.Options{Analyzer: *analyzer, Version: version.Read().Short()}); err != nil {
		fmt.Fprintf(stderr, "zhnews-beam: bulk manifest: %v\n", err)
		return 1
	}
	errorsAt := zhbeam.Join(*output, "errors.ndjson*")
	if !counted {
		fmt.Fprintf(stderr, "zhnews-beam: the runner reported no counters; skipped inputs are listed in %s\n", errorsAt)
		return 0
	}
	fmt.Fprintf(stderr, "zhnews-beam: %d articles, %d inputs skipped (listed in %s)\n", articles, skipped, errorsAt)
	if skipped > 0 || articles == 0 {
		return 1
	}
	return 0
}

// splitFlags separates this command's flags from Beam's, by name.
func splitFlags(fs *flag.FlagSet, args []string) (ours, theirs []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		name := strings.TrimLeft(a, "-")
		name, _, hasValue := strings.Cut(name, "=")
		f := fs.Lookup(name)
		if !strings.HasPrefix(a, "-") || f == nil {
			theirs = append(theirs, a)
			continue
		}
		ours = append(ours, a)
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); hasValue || (ok && b.IsBoolFlag()) {
			continue
		}
		if i+1 < len(args) {
			i++
			ours = append(ours, args[i])
		}
	}
	return ours, theirs
}

// counters reads the pipeline's article and skip counts; counted is false
// when the runner reports no metrics.
func counters(res beam.PipelineResult) (articles, skipped int64, counted bool) {
	if res == nil {
		return 0, 0, false
	}
	for _, c := range res.Metrics().Query(func(r metrics.SingleResult) bool { return r.Namespace() == "zhnews" }).Counters() {
		counted = true
		switch c.Name() {
		case "articles":
			articles += c.Result()
		case "skipped":
			skipped += c.Result()
		}
	}
	return articles, skipped, counted
}
