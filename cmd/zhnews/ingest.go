package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"

	"golang.org/x/term"

	"zhnews/index"
	"zhnews/source"
)

// commitEvery bounds what an interrupted or failed run can lose: the
// articles of one uncommitted batch, or a few seconds' work. It also
// bounds memory: up to three batches are held at once (one being filled,
// two on their way to disk), and what a batch holds while bleve indexes
// it (every word's positions, in _all) grows with its text, so a batch
// is also committed once it holds commitText bytes of text. Measured on generated articles (3.8 KB of text each), paired:
// at 5,000, 100 a batch took 2–8 % more CPU than 200 and 30 % less peak
// memory; at 20,000, 50 a batch (as 192 KB makes them) 6–7 % more CPU
// than 100 and 27 % less peak anonymous memory (351–361 MB against
// 476–487 MB). With the text indexed once, 384 KB a batch took no less
// CPU than 192 KB at 20,000 (5.1 against 4.6 ms per article).
const (
	commitEvery    = 100
	commitText     = 192 << 10
	commitInterval = 5 * time.Second
)

func cmdIngest(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "ingest", "[--index DIR] [--workers N] [--force] PATH...",
		"Extract articles and write them into a bleve index. Re-ingesting an article replaces it\n(same id). The index folder keeps a manifest of what was ingested (source, content hash, id):\na re-run skips inputs whose content is unchanged (a JSON Lines dump that grew: its new\nlines only), and a run that was killed resumes where it stopped.\nBad inputs are named on stderr and skipped; what was written stays written.")
	dir := fs.String("index", index.DefaultPath, "index folder (created when missing)")
	workers := fs.Int("workers", runtime.NumCPU(), "articles processed in parallel")
	quiet := fs.Bool("quiet", false, "no progress line")
	force := fs.Bool("force", false, "ingest every input again, even when the manifest lists it unchanged")
	memory := fs.Int("memory", defaultIngestMemory, "soft limit of the process's memory in MiB, raised to 1.5× the live heap when an input needs more (0: none; GOMEMLIMIT, when set, is used instead of the default)")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if *memory < 0 {
		fmt.Fprintf(e.stderr, "zhnews ingest: --memory %d: want MiB, 0 for no limit\n", *memory)
		return exitUsage
	}
	if limit, ok := ingestMemoryLimit(fs, *memory); ok {
		defer followLiveHeap(limit)()
	}
	if in := inputsOf(fs); fs.NArg() == 0 && (in == nil || len(in.urls) == 0) {
		_, code, _ := inputStages(e, fs) // the usage message
		return code
	}
	// The index first: a process holding it is named at once, before the
	// stages take their second to load.
	out, manifest, err := openSink(e, *dir)
	if err != nil {
		fmt.Fprintf(e.stderr, "zhnews ingest: %v\n", err)
		return exitSkipped
	}
	st, code, ok := inputStages(e, fs)
	if !ok {
		out.close()
		return code
	}
	st.forIndex = true
	progress := newProgress(e.stderr, !*quiet)
	lastCommit := time.Now()
	batchText := 0 // bytes of text added since the last commit
	commit := func() error {
		lastCommit, batchText = time.Now(), 0
		return out.commit()
	}
	// Inputs are known by their content: skip hashes each one (it runs
	// in the reading goroutine, before extraction) and leaves the hash for
	// the manifest entry written after the commit.
	var hashes sync.Map // input name → content hash
	skip := func(it source.Item) bool {
		if it.Err != nil || it.ModTime.IsZero() {
			return false
		}
		h := index.ContentHash(it.Data, it.Hints.URL, it.Hints.Title, it.Hints.Published, strconv.FormatBool(it.Hints.HTML))
		unchanged := false
		out.guard(func() { unchanged = manifest.Unchanged(it.Name, h, it.Size, it.ModTime) })
		if !*force && unchanged {
			return true
		}
		hashes.Store(it.Name, h)
		return false
	}
	runErr := st.run(ctx, fs.Args(), e.stdin, *workers, skip, func(r result) error {
		progress.files++
		progress.bytes += r.size
		switch {
		case r.unchanged:
			progress.unchanged++
			progress.show()
			return nil
		case r.err != nil:
			hashes.Delete(r.name)
			progress.skipped++
			progress.clear()
			fmt.Fprintf(e.stderr, "zhnews: skipped: %s\n", errorLine(r))
			return nil
		}
		var entry *index.ManifestEntry
		if h, ok := hashes.LoadAndDelete(r.name); ok {
			entry = &index.ManifestEntry{Source: r.name, Size: r.size, ModTime: r.item.ModTime, Hash: h.(string), ID: r.article.ID}
		}
		if err := out.add(r.article, r.text, entry); err != nil {
			return fmt.Errorf("index %s: %s: %w", *dir, r.name, err)
		}
		progress.articles++
		progress.facts += len(r.article.Facts)
		batchText += len(r.article.Text)
		if out.len() >= commitEvery || batchText >= commitText || time.Since(lastCommit) > commitInterval {
			if err := commit(); err != nil {
				return err
			}
		}
		progress.show()
		return nil
	})
	// Whatever happened, keep what was read: commit the last batch and
	// close the index and manifest cleanly.
	commitErr := commit()
	closeErr := out.close()
	progress.clear()
	fmt.Fprintln(e.stderr, progress.summary())
	for _, err := range []error{runErr, commitErr, closeErr} {
		if err != nil {
			if err == context.Canceled {
				fmt.Fprintln(e.stderr, "zhnews ingest: interrupted; articles read so far are in the index, and a re-run resumes")
			} else {
				fmt.Fprintf(e.stderr, "zhnews ingest: %v\n", err)
			}
			return exitSkipped
		}
	}
	if progress.skipped > 0 {
		return exitSkipped
	}
	return exitOK
}

// progress counts a run and shows a one-line progress bar on a terminal.
type progress struct {
	w                               io.Writer
	tty                             bool
	start, shown                    time.Time
	files, articles, facts, skipped int
	unchanged                       int
	bytes                           int64
}

func newProgress(w io.Writer, enabled bool) *progress {
	tty := false
	if f, ok := w.(*os.File); ok && enabled {
		tty = term.IsTerminal(int(f.Fd()))
	}
	return &progress{w: w, tty: tty, start: time.Now()}
}

func (p *progress) rate() float64 {
	s := time.Since(p.start).Seconds()
	if s <= 0 {
		return 0
	}
	return float64(p.bytes) / 1e6 / s
}

func (p *progress) show() {
	if !p.tty || time.Since(p.shown) < 200*time.Millisecond {
		return
	}
	p.shown = time.Now()
	fmt.Fprintf(p.w, "\r\033[K%d files  %d articles  %d facts  %d unchanged  %d skipped  %.1f MB/s", p.files, p.articles, p.facts, p.unchanged, p.skipped, p.rate())
}

func (p *progress) clear() {
	if p.tty {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

func (p *progress) summary() string {
	return fmt.Sprintf("%d files read, %d articles, %d facts, %d unchanged, %d skipped, %.2f MB in %.1fs (%.2f MB/s)",
		p.files, p.articles, p.facts, p.unchanged, p.skipped, float64(p.bytes)/1e6, time.Since(p.start).Seconds(), p.rate())
}
