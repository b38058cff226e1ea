package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"

	"golang.org/x/term"

	"zhnews/index"
	"zhnews/source"
)

// commitEvery bounds what an interrupted or failed run can lose: the
// articles of one uncommitted batch, or a few seconds' work. It also
// bounds memory: up to three batches are held at once (one being filled,
// two on their way to disk). Measured on 5,000 generated articles,
// paired: 100 a batch takes 2–8 % more CPU than 200, and 30 % less peak
// memory (313–337 MB against 465–502 MB).
const (
	commitEvery    = 100
	commitInterval = 5 * time.Second
)

func cmdIngest(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "ingest", "[--index DIR] [--workers N] [--force] PATH...",
		"Extract articles and write them into a bleve index. Re-ingesting an article replaces it\n(same id). The index folder keeps a manifest of what was ingested (source, size, mtime, id):\na re-run skips inputs that are unchanged, and a run that was killed resumes where it stopped.\nBad inputs are named on stderr and skipped; what was written stays written.")
	dir := fs.String("index", index.DefaultPath, "index folder (created when missing)")
	workers := fs.Int("workers", runtime.NumCPU(), "articles processed in parallel")
	quiet := fs.Bool("quiet", false, "no progress line")
	force := fs.Bool("force", false, "ingest every input again, even when the manifest lists it unchanged")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	st, code, ok := inputStages(e, fs)
	if !ok {
		return code
	}
	idx, err := index.Open(*dir)
	if err != nil {
		fmt.Fprintf(e.stderr, "zhnews ingest: %v\n", err)
		return exitSkipped
	}
	manifest, err := index.OpenManifest(*dir)
	if err != nil {
		idx.Close()
		fmt.Fprintf(e.stderr, "zhnews ingest: %v\n", err)
		return exitSkipped
	}
	st.forIndex = true
	progress := newProgress(e.stderr, !*quiet)
	batch := idx.NewBatch()
	var pending []index.ManifestEntry // in the batch, not yet committed
	lastCommit := time.Now()
	// commit writes the batch in the background, and lists its inputs in
	// the manifest once it is on disk: the manifest never names an article
	// the index does not hold.
	// The manifest is written from the index's persister and read by the
	// pipeline's reader: manifestMu guards it, and manifestErr, the first
	// error of a background commit or of the manifest.
	var manifestMu sync.Mutex
	var manifestErr error
	commit := func() error {
		entries := pending
		pending = nil
		lastCommit = time.Now()
		err := batch.CommitAsync(func(err error) {
			manifestMu.Lock()
			defer manifestMu.Unlock()
			if err == nil {
				if err = manifest.Add(entries...); err == nil {
					err = manifest.Sync()
				}
			} else {
				err = fmt.Errorf("index %s: write: %w", *dir, err)
			}
			manifestErr = cmp.Or(manifestErr, err)
		})
		if err != nil {
			return fmt.Errorf("index %s: write: %w", *dir, err)
		}
		manifestMu.Lock()
		defer manifestMu.Unlock()
		return manifestErr
	}
	skip := func(it source.Item) bool {
		manifestMu.Lock()
		defer manifestMu.Unlock()
		return !*force && it.Err == nil && !it.ModTime.IsZero() && manifest.Unchanged(it.Name, it.Size, it.ModTime)
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
			progress.skipped++
			progress.clear()
			fmt.Fprintf(e.stderr, "zhnews: skipped: %s\n", errorLine(r))
			return nil
		}
		if err := batch.AddAnalysed(r.article, r.text); err != nil {
			return fmt.Errorf("index %s: %s: %w", *dir, r.name, err)
		}
		if !r.item.ModTime.IsZero() {
			pending = append(pending, index.ManifestEntry{Source: r.name, Size: r.size, ModTime: r.item.ModTime, ID: r.article.ID})
		}
		progress.articles++
		progress.facts += len(r.article.Facts)
		if batch.Len() >= commitEvery || time.Since(lastCommit) > commitInterval {
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
	if err := batch.Flush(); commitErr == nil && err != nil {
		commitErr = fmt.Errorf("index %s: write: %w", *dir, err)
	}
	commitErr = cmp.Or(commitErr, manifestErr)
	closeManifestErr := manifest.Close()
	closeErr := idx.Close()
	progress.clear()
	fmt.Fprintln(e.stderr, progress.summary())
	for _, err := range []error{runErr, commitErr, closeManifestErr, closeErr} {
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
