package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"

	"zhnews"
	"zhnews/index"
	"zhnews/pipeline"
	"zhnews/source"
)

// stages is the pipeline of package pipeline, run here over many inputs
// at once.
type stages struct {
	*pipeline.Stages
	// forIndex: the workers also cut each text into the index's tokens
	// (result.text), so that ingest segments it once, in parallel.
	forIndex bool
	// input is how the inputs are read (URLs fetched, notes printed);
	// listed are the URLs of --urls files, read after the paths.
	input   source.Options
	listed  []string
	closers []func() error // files the run writes besides its output (--save-warc)
	// notes the readers took (a WARC's passed-over records), printed on
	// noteTo from the goroutine that writes the results, so that stderr
	// has one writer.
	notesMu sync.Mutex
	notes   []string
	noteTo  io.Writer
}

// note keeps a reader's note for the next flush; safe for concurrent use.
func (s *stages) note(msg string) {
	s.notesMu.Lock()
	s.notes = append(s.notes, msg)
	s.notesMu.Unlock()
}

func (s *stages) flushNotes() {
	s.notesMu.Lock()
	notes := s.notes
	s.notes = nil
	s.notesMu.Unlock()
	if s.noteTo == nil {
		return
	}
	for _, n := range notes {
		fmt.Fprintf(s.noteTo, "zhnews: note: %s\n", n)
	}
}

func loadStages() (*stages, error) {
	p, err := pipeline.Load()
	if err != nil {
		return nil, err
	}
	return &stages{Stages: p}, nil
}

// process runs one input through clean → segment → extract.
func (s *stages) process(it source.Item) (zhnews.Article, error) {
	return s.Process(it)
}

// result is one processed input, numbered for ordered output.
type result struct {
	seq       int
	item      source.Item // without its data
	name      string
	size      int64
	article   zhnews.Article
	text      *index.TextTokens // with stages.forIndex
	err       error
	unchanged bool // skipped: the index holds it unchanged
}

// run processes the inputs of paths with workers goroutines and calls
// emit for each result in input order. Memory stays bounded: at most a
// few items per worker are in flight. Inputs for which skip (may be nil)
// is true are not processed: they are emitted as unchanged.
func (s *stages) run(ctx context.Context, paths []string, stdin io.Reader, workers int, skip func(source.Item) bool, emit func(result) error) error {
	if workers < 1 {
		workers = runtime.NumCPU()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	items := make(chan source.Item, workers)
	defer s.close()
	go source.WalkWith(ctx, append(paths[:len(paths):len(paths)], s.listed...), stdin, items, s.input)

	type job struct {
		seq int
		it  source.Item
	}
	jobs := make(chan job, workers)
	results := make(chan result, workers*2)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(jobs)
		seq := 0
		for it := range items {
			if skip != nil && skip(it) {
				r := result{seq: seq, item: withoutData(it), name: it.Name, size: it.Size, unchanged: true}
				select {
				case results <- r:
					seq++
				case <-ctx.Done():
					return
				}
				continue
			}
			select {
			case jobs <- job{seq, it}:
				seq++
			case <-ctx.Done():
				return
			}
		}
	}()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				// The input's bytes are not held past cleaning, nor the
				// words past extraction unless the index takes them: of a
				// long text, they are most of the memory.
				r := result{seq: j.seq, item: withoutData(j.it), name: j.it.Name, size: j.it.Size}
				if s.forIndex {
					a, tokens, err := s.ProcessTokens(j.it)
					r.article, r.err = a, err
					if err == nil {
						r.text = index.AnalyzeText(a.Text, tokens)
					}
				} else {
					r.article, r.err = s.Process(j.it)
				}
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// Reorder: hold results until their turn comes.
	pending := map[int]result{}
	next := 0
	for r := range results {
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			s.flushNotes()
			if err := emit(r); err != nil {
				return err
			}
		}
	}
	s.flushNotes()
	return ctx.Err()
}

// close closes the files the run wrote besides its output.
func (s *stages) close() {
	for _, c := range s.closers {
		c()
	}
	s.closers = nil
}

func withoutData(it source.Item) source.Item {
	it.Data = nil
	return it
}
