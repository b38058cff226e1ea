// Command zhnews turns Chinese news articles about hospitals into clean
// text, structured facts and a search index.
//
//	zhnews extract [--format ndjson|json] PATH...
//	zhnews ingest  [--index DIR] [--workers N] PATH...
//	zhnews search  [--index DIR] [--limit N] [--json] QUERY
//	zhnews export  [--index DIR] [--format ndjson|json|csv] [--metric M] [--hospital H]
//	zhnews facts   [--metric M] [--min X] ... [--format table|json|csv]
//	zhnews serve   [--index DIR] [--addr 127.0.0.1:8080]
//	zhnews eval    --gold DIR PATH...
//
// It only wires the stages together: source → clean → segment → extract
// → index or output. Run "zhnews help" for the details.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"zhnews/index"
	"zhnews/source"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// Exit codes.
const (
	exitOK      = 0
	exitSkipped = 1 // the run finished, but some inputs were skipped
	exitUsage   = 2
)

type command struct {
	name, args, summary string
	run                 func(ctx context.Context, env *env, args []string) int
}

// env is what a command reads and writes.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func commands() []command {
	return []command{
		{"extract", "[--format ndjson|json] [--workers N] [--urls FILE] PATH|URL...", "print one article record per input (FACTS.md)", cmdExtract},
		{"ingest", "[--index DIR] [--workers N] [--force] [--urls FILE] PATH|URL...", "extract articles into a bleve index; re-runs skip what is unchanged", cmdIngest},
		{"search", "[--index DIR] [--limit N] [--json] QUERY", "search the index; simplified or traditional queries", cmdSearch},
		{"facts", "[--metric M] [--hospital H] [--province P] [--min X] [--max X] [--year Y] [--format table|json|csv]", "list extracted facts with their evidence", cmdFacts},
		{"export", "[--index DIR] [--format ndjson|json|csv|articles-csv|es-bulk] [--bom] [--metric M] [--hospital H] [--dedupe]", "write indexed articles, one CSV row per fact or per article, or Elasticsearch bulk files", cmdExport},
		{"es-load", "--url http://127.0.0.1:9200 [--api-key KEY] DIR", "post an es-bulk export to Elasticsearch 8.x or OpenSearch 2.x; names every document refused", cmdESLoad},
		{"serve", "[--index DIR] [--addr 127.0.0.1:8080]", "serve the search page and its JSON API", cmdServe},
		{"eval", "--gold DIR [--verbose] PATH...", "score extraction against gold files", cmdEval},
		{"version", "", "print the version and VCS revision this binary was built from", cmdVersion},
	}
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "--version", "-version", "-v":
		return cmdVersion(ctx, e, nil)
	case "help", "-h", "--help", "-help":
		if len(args) > 1 {
			for _, c := range commands() {
				if c.name == args[1] {
					return c.run(ctx, e, []string{"-h"})
				}
			}
		}
		usage(stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(ctx, e, args[1:])
		}
	}
	fmt.Fprintf(stderr, "zhnews: unknown command %q\n\n", name)
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "zhnews turns Chinese news articles about hospitals into clean text, facts and a search index.")
	fmt.Fprintln(w, "\nUsage:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  zhnews %-7s %s\n", c.name, c.args)
		fmt.Fprintf(w, "          %s\n", c.summary)
	}
	fmt.Fprintln(w, "  zhnews help [COMMAND]")
	fmt.Fprintln(w, "\nInputs are files and folders (.txt, .html, .htm, archives, JSON Lines, WARC; recursively), http(s) URLs")
	fmt.Fprintln(w, "and lists of them (--urls FILE); - reads standard input. Flags may follow the inputs.")
	fmt.Fprintln(w, "Exit status: 0 ok, 1 some inputs were skipped (named on stderr), 2 usage error.")
}

// newFlags returns a flag set that prints the command's usage on -h and
// reports errors instead of exiting.
func newFlags(e *env, name, args, summary string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(&usageWriter{stdout: e.stdout, stderr: e.stderr})
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: zhnews %s %s\n\n%s\n\nflags:\n", name, args, summary)
		fs.PrintDefaults()
	}
	if inputCommands[name] {
		addInputFlags(fs)
	}
	return fs
}

// inputStages checks that a command that reads articles was given
// inputs, and loads the stages; ok is false when the command must stop
// with code.
func inputStages(e *env, fs *flag.FlagSet) (st *stages, code int, ok bool) {
	var listed []string
	in := inputsOf(fs)
	if in != nil {
		var err error
		if listed, err = in.listedURLs(); err != nil {
			fmt.Fprintf(e.stderr, "zhnews %s: %v\n", fs.Name(), err)
			return nil, exitUsage, false
		}
	}
	if fs.NArg() == 0 && len(listed) == 0 {
		fmt.Fprintf(e.stderr, "zhnews %s: no input; name files, folders, URLs, --urls FILE or - for standard input\n", fs.Name())
		fs.Usage()
		return nil, exitUsage, false
	}
	st, err := loadStages()
	if err != nil {
		fmt.Fprintf(e.stderr, "zhnews: %v\n", err)
		return nil, exitSkipped, false
	}
	st.listed = listed
	st.input.Note, st.noteTo = st.note, e.stderr
	if in != nil {
		st.input.Fetch = in.fetcher()
		if in.saveWARC != "" {
			f, err := os.Create(in.saveWARC)
			if err != nil {
				fmt.Fprintf(e.stderr, "zhnews %s: --save-warc: %v\n", fs.Name(), err)
				return nil, exitUsage, false
			}
			st.closers = append(st.closers, f.Close)
			st.input.Fetch.Save = source.NewWARCWriter(f).Write
		}
	}
	return st, 0, true
}

// checkFormat reports whether format is one of allowed, and says so on
// stderr when it is not.
func checkFormat(e *env, cmd, format string, allowed ...string) bool {
	for _, a := range allowed {
		if format == a {
			return true
		}
	}
	fmt.Fprintf(e.stderr, "zhnews %s: unknown --format %q (%s)\n", cmd, format, strings.Join(allowed, ", "))
	return false
}

// shardsHelp describes --index for the commands that read an index.
const shardsHelp = "index folder; several shards as one: a.bleve,b.bleve"

// openIndex opens an index for reading, or several shards (a.bleve,b.bleve)
// as one; ok is false when it cannot be.
func openIndex(e *env, cmd, dir string) (*index.Index, bool) {
	idx, err := index.OpenShards(strings.Split(dir, ","))
	if err != nil {
		fmt.Fprintf(e.stderr, "zhnews %s: %v\n", cmd, err)
		return nil, false
	}
	return idx, true
}

// parseFlags parses args; it returns the exit code to use when the
// command must stop (help asked, bad flag), or -1 to go on. Flags may
// follow the positional arguments (extract DIR --format json), as users
// of most tools expect; after "--" everything is positional. Help asked
// for is printed on standard output, usage errors on standard error.
func parseFlags(fs *flag.FlagSet, args []string) int {
	flags, positional := splitArgs(fs, args)
	if w, ok := fs.Output().(*usageWriter); ok {
		w.help = wantsHelp(flags)
	}
	if err := fs.Parse(append(append(flags, "--"), positional...)); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	return -1
}

// splitArgs separates flags (with their values) from positional
// arguments wherever they stand. "-" alone is positional (standard
// input). An unknown flag is kept with the flags, so that parsing names
// it.
func splitArgs(fs *flag.FlagSet, args []string) (flags, positional []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return flags, append(positional, args[i+1:]...)
		}
		if len(a) < 2 || a[0] != '-' {
			positional = append(positional, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			continue
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			continue
		}
		if i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	return flags, positional
}

func wantsHelp(flags []string) bool {
	for _, f := range flags {
		switch f {
		case "-h", "-help", "--help", "--h":
			return true
		}
	}
	return false
}

// usageWriter sends a command's usage to standard output when help was
// asked for, and to standard error with a usage error.
type usageWriter struct {
	stdout, stderr io.Writer
	help           bool
}

func (w *usageWriter) Write(p []byte) (int, error) {
	if w.help {
		return w.stdout.Write(p)
	}
	return w.stderr.Write(p)
}
