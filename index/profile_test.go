package index

import (
	"os"
	"testing"
)

// BenchmarkSearch10k searches a prebuilt index named by ZHNEWS_BENCH_INDEX
// (build it with TestBuildBenchIndex), for profiling.
func BenchmarkSearch10k(b *testing.B) {
	dir := os.Getenv("ZHNEWS_BENCH_INDEX")
	if dir == "" {
		b.Skip("ZHNEWS_BENCH_INDEX not set")
	}
	x, err := OpenReadOnly(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer x.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := x.Search(Query{Text: benchQueries[i%len(benchQueries)], Limit: 10, Facets: os.Getenv("NOFACETS") == ""}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestBuildBenchIndex(t *testing.T) {
	dir := os.Getenv("ZHNEWS_BUILD_INDEX")
	if dir == "" {
		t.Skip("ZHNEWS_BUILD_INDEX not set")
	}
	b := &testing.B{}
	arts := generatedCorpus(b)
	x, err := OpenWith(dir, AnalyzerChinese)
	if err != nil {
		t.Fatal(err)
	}
	batch := x.NewBatch()
	for _, a := range arts {
		batch.Add(a)
		if batch.Len() >= 500 {
			batch.Commit()
		}
	}
	batch.Commit()
	x.Close()
}
