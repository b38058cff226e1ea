// Command measure reports how well the pipeline's SimHash tells reprints
// from unrelated articles over generated articles (internal/corpusgen):
// the spread of the bits, the share of pairs of articles that share a
// dedupe key, and the Hamming distances of reprint pairs and of unrelated
// pairs. Every article goes through the whole pipeline, as in an ingest.
//
//	go run ./internal/simhashstat/measure -n 5000 -reprints 1000
package main

import (
	"flag"
	"fmt"
	"math/rand"
	"os"
	"time"

	"zhnews/dedupe"
	"zhnews/internal/corpusgen"
	"zhnews/internal/simhashstat"
	"zhnews/pipeline"
	"zhnews/source"
)

func main() {
	n := flag.Int("n", 5000, "number of generated articles")
	reprints := flag.Int("reprints", 1000, "number of them reprinted")
	seed := flag.Int64("seed", 1, "random seed")
	samples := flag.String("samples", "testdata/articles", "folder of sample articles")
	flag.Parse()
	if err := run(*n, *reprints, *seed, *samples); err != nil {
		fmt.Fprintln(os.Stderr, "measure:", err)
		os.Exit(1)
	}
}

func run(n, reprints int, seed int64, samples string) error {
	texts, err := corpusgen.Samples(samples)
	if err != nil {
		return err
	}
	stages, err := pipeline.Load()
	if err != nil {
		return err
	}
	articles := corpusgen.Generate(texts, n, seed)
	r := rand.New(rand.NewSource(seed))
	var copies []simhashstat.Reprints
	for _, e := range []corpusgen.Edit{corpusgen.Frame, corpusgen.Drop, corpusgen.Figure, corpusgen.All} {
		rs := simhashstat.Reprints{Edit: e.String(), Texts: make([]string, min(reprints, n))}
		for i := range rs.Texts {
			rs.Texts[i] = corpusgen.Reprint(articles[i], e, r)
		}
		copies = append(copies, rs)
	}
	var failed error
	hash := func(text string) uint64 {
		a, err := stages.Process(source.Item{Name: "generated", Data: []byte(text)})
		if err != nil {
			failed = err
			return 0
		}
		h, err := dedupe.Parse(a.SimHash)
		if err != nil {
			failed = fmt.Errorf("simhash %q: %w", a.SimHash, err)
		}
		return h
	}
	start := time.Now()
	rep := simhashstat.Measure(hash, articles, copies...)
	if failed != nil {
		return failed
	}
	rep.Write(os.Stdout)
	fmt.Fprintf(os.Stderr, "measured in %s\n", time.Since(start).Round(time.Millisecond))
	return nil
}
