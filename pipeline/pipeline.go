// Package pipeline wires the stages that turn one input into an article
// record: clean → segment → extract, and the text's SimHash for finding
// reprints. The zhnews command and the Beam pipeline both call it, so the
// two runners cannot drift apart.
//
// In: a source.Item (the bytes of one article and what its container said
// of it). Out: a zhnews.Article, and the text's words for callers that
// index them, or the error that names the input.
package pipeline

import (
	"time"

	"fmt"

	"zhnews"
	"zhnews/clean"
	"zhnews/dedupe"
	"zhnews/extract"
	"zhnews/segment"
	"zhnews/source"
)

// Stages holds the loaded stages; each is safe for concurrent use, so one
// Stages serves every worker of a process.
type Stages struct {
	Cleaner   *clean.Cleaner
	Segmenter segment.Segmenter
	Extractor *extract.Pipeline
}

// Load loads the stages: the segmenter's dictionary is the slow part
// (about a second), done once per process or Beam worker.
func Load() (*Stages, error) {
	seg, err := segment.Default()
	if err != nil {
		return nil, fmt.Errorf("segment: load dictionary: %w", err)
	}
	return &Stages{Cleaner: clean.New(), Segmenter: seg, Extractor: extract.New()}, nil
}

// Process runs one input through clean → segment → extract. The text's
// words are dropped as soon as the extractors have what they need of them:
// for a long text they are most of the memory (a 50 MB text has ten
// million).
func (s *Stages) Process(it source.Item) (zhnews.Article, error) {
	a, err := s.clean(it)
	if err != nil {
		return zhnews.Article{}, err
	}
	tokens := s.Segmenter.Segment(a.Text)
	a.SimHash = dedupe.Format(dedupe.SimHash(tokens))
	s.Extractor.Run(&a, tokens)
	return a, nil
}

// ProcessTokens is Process that also returns the text's words, for a
// caller that indexes them without segmenting the text again.
func (s *Stages) ProcessTokens(it source.Item) (zhnews.Article, []segment.Token, error) {
	a, err := s.clean(it)
	if err != nil {
		return zhnews.Article{}, nil, err
	}
	tokens := s.Segmenter.Segment(a.Text)
	a.SimHash = dedupe.Format(dedupe.SimHash(tokens))
	s.Extractor.Run(&a, tokens)
	return a, tokens, nil
}

// clean reads the article of one input. The input's bytes are not used
// after it.
func (s *Stages) clean(it source.Item) (zhnews.Article, error) {
	if it.Err != nil {
		return zhnews.Article{}, fmt.Errorf("read %s: %w", it.Name, it.Err)
	}
	a, err := s.Cleaner.CleanHinted(it.Name, it.Data, hints(it))
	if err != nil {
		return zhnews.Article{}, err
	}
	if !it.Hints.Fetched.IsZero() {
		a.Fetched = it.Hints.Fetched.UTC().Format(time.RFC3339)
	}
	return a, nil
}

// hints passes on what the input's container said of the article.
func hints(it source.Item) clean.Hints {
	return clean.Hints{HTML: it.Hints.HTML, Title: it.Hints.Title, Published: it.Hints.Published, Charset: it.Hints.Charset}
}
