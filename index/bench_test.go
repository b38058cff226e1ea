package index

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"zhnews"
	"zhnews/clean"
	"zhnews/extract"
	"zhnews/internal/corpusgen"
	"zhnews/segment"
)

var (
	corpusOnce sync.Once
	corpus     []zhnews.Article
)

// generatedCorpus is 10,000 generated articles, cleaned and extracted once
// per benchmark binary.
func generatedCorpus(b *testing.B) []zhnews.Article {
	corpusOnce.Do(func() {
		samples, err := corpusgen.Samples(filepath.Join("..", "testdata", "articles"))
		if err != nil {
			b.Fatal(err)
		}
		c := clean.New()
		seg, err := segment.Default()
		if err != nil {
			b.Fatal(err)
		}
		p := extract.New()
		for i, text := range corpusgen.Generate(samples, 10000, 1) {
			a, err := c.Clean(fmt.Sprintf("gen/%05d.txt", i), []byte(text))
			if err != nil {
				b.Fatal(err)
			}
			p.Run(&a, seg.Segment(a.Text))
			corpus = append(corpus, a)
		}
	})
	return corpus
}

var benchQueries = []string{"党支部", "黨員", "门急诊", "本溪市中心医院", `"三级综合医院"`, "满意度", "临时党支部",
	"党委书记", "绩效考核 排名", "+党建 -疫情", "全国文明单位", "医共体", "人才 引进", "title:纪实", "普洱市人民医院 门急诊"}

// BenchmarkCorpus10k ingests 10,000 generated articles with each analyzer
// and measures ingest rate, index size and search latency (p50, p99).
// Run it with: go test -run XXX -bench Corpus10k -benchtime 1x ./index
func BenchmarkCorpus10k(b *testing.B) {
	arts := generatedCorpus(b)
	for _, analyzer := range []string{AnalyzerChinese, AnalyzerBigram} {
		b.Run(analyzer, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				dir := filepath.Join(b.TempDir(), "idx.bleve")
				x, err := OpenWith(dir, analyzer)
				if err != nil {
					b.Fatal(err)
				}
				start := time.Now()
				batch := x.NewBatch()
				for _, a := range arts {
					batch.Add(a)
					if batch.Len() >= 500 {
						if err := batch.Commit(); err != nil {
							b.Fatal(err)
						}
					}
				}
				batch.Commit()
				ingest := time.Since(start)
				// Search as a user does: after the ingest, from a fresh
				// process's view of the index.
				x.Close()
				if x, err = OpenReadOnly(dir); err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(len(arts))/ingest.Seconds(), "articles/s")
				b.ReportMetric(float64(dirSize(dir))/float64(len(arts)), "index-bytes/article")
				// Latency of the ranked, highlighted search alone, and with the
				// four facet counts the command line and the page show.
				for _, facets := range []bool{false, true} {
					var lat []time.Duration
					for round := 0; round < 20; round++ {
						for _, q := range benchQueries {
							t0 := time.Now()
							if _, err := x.Search(Query{Text: q, Limit: 10, Facets: facets}); err != nil {
								b.Fatal(err)
							}
							lat = append(lat, time.Since(t0))
						}
					}
					sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
					name := ""
					if facets {
						name = "facets-"
					}
					b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, name+"p50-ms")
					b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, name+"p99-ms")
				}
				x.Close()
			}
		})
	}
}

func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}
