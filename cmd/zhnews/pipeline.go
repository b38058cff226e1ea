package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"

	"zhnews"
	"zhnews/clean"
	"zhnews/dedupe"
	"zhnews/extract"
	"zhnews/index"
	"zhnews/segment"
	"zhnews/source"
)

// stages holds the loaded stages of the pipeline; each is safe for
// concurrent use.
type stages struct {
	cleaner   *clean.Cleaner
	segmenter segment.Segmenter
	extractor *extract.Pipeline
	// forIndex: the workers also cut each text into the index's tokens
	// (result.text), so that ingest segments it once, in parallel.
	forIndex bool
}

func loadStages() (*stages, error) {
	seg, err := segment.Default()
	if err != nil {
		return nil, fmt.Errorf("segment: load dictionary: %w", err)
	}
	return &stages{cleaner: clean.New(), segmenter: seg, extractor: extract.New()}, nil
}

// process runs one input through clean → segment → extract.
func (s *stages) process(it source.Item) (zhnews.Article, error) {
	a, _, err := s.processTokens(it)
	return a, err
}

// processTokens is process that also returns the text's words.
func (s *stages) processTokens(it source.Item) (zhnews.Article, []segment.Token, error) {
	if it.Err != nil {
		return zhnews.Article{}, nil, fmt.Errorf("read %s: %w", it.Name, it.Err)
	}
	a, err := s.cleaner.CleanHinted(it.Name, it.Data, clean.Hints{HTML: it.Hints.HTML, Title: it.Hints.Title, Published: it.Hints.Published})
	if err != nil {
		return zhnews.Article{}, nil, err
	}
	tokens := s.segmenter.Segment(a.Text)
	s.extractor.Run(&a, tokens)
	a.SimHash = dedupe.Format(dedupe.SimHash(tokens))
	return a, tokens, nil
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
	go source.Walk(ctx, paths, stdin, items)

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
				a, tokens, err := s.processTokens(j.it)
				r := result{seq: j.seq, item: withoutData(j.it), name: j.it.Name, size: j.it.Size, article: a, err: err}
				if s.forIndex && err == nil {
					r.text = index.AnalyzeText(a.Text, tokens)
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
			if err := emit(r); err != nil {
				return err
			}
		}
	}
	return ctx.Err()
}

func withoutData(it source.Item) source.Item {
	it.Data = nil
	return it
}
