package main

import (
	"runtime"
	"strings"
	"sync"
	"testing"

	"zhnews/internal/corpusgen"
	"zhnews/segment"
	"zhnews/source"
)

// throughputCorpus is 1,000 generated articles (about 3.5 MB).
func throughputCorpus(b *testing.B) []string {
	samples, err := corpusgen.Samples(articles)
	if err != nil {
		b.Fatal(err)
	}
	return corpusgen.Generate(samples, 1000, 7)
}

// BenchmarkThroughput compares, on the same text and with one goroutine per
// core, the whole extract pipeline (decode, clean, segment, extract) with
// gse's own Cut (HMM on) alone:
//
//	go test -run XXX -bench Throughput -benchtime 3x ./cmd/zhnews
func BenchmarkThroughput(b *testing.B) {
	texts := throughputCorpus(b)
	var size int64
	for _, t := range texts {
		size += int64(len(t))
	}
	workers := runtime.NumCPU()
	parallel := func(fn func(string)) {
		var wg sync.WaitGroup
		next := make(chan string)
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for t := range next {
					fn(t)
				}
			}()
		}
		for _, t := range texts {
			next <- t
		}
		close(next)
		wg.Wait()
	}
	b.Run("gse-cut", func(b *testing.B) {
		seg, err := segment.Default()
		if err != nil {
			b.Fatal(err)
		}
		cut := seg.CutForBenchmark
		b.SetBytes(size)
		for i := 0; i < b.N; i++ {
			parallel(func(t string) { cut(t) })
		}
	})
	b.Run("extract", func(b *testing.B) {
		st, err := loadStages()
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(size)
		for i := 0; i < b.N; i++ {
			parallel(func(t string) {
				if _, err := st.process(source.Item{Name: "a.txt", Data: []byte(t)}); err != nil && !strings.Contains(err.Error(), "no article") {
					b.Error(err)
				}
			})
		}
	})
}
