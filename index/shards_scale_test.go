package index

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	"zhnews"
	"zhnews/clean"
	"zhnews/dedupe"
	"zhnews/extract"
	"zhnews/internal/corpusgen"
	"zhnews/segment"
)

// generated returns n generated articles through the real stages. One in
// four of the first half has a reprint (corpusgen.Reprint, a sentence
// dropped or a figure changed, and perhaps another header and footer) in
// the second half, so that near-duplicate groups span shards; no reprint
// is an exact duplicate, which a shard would hold as well as the other.
func generated(t testing.TB, n int, seed int64) []zhnews.Article {
	t.Helper()
	samples, err := corpusgen.Samples(filepath.Join("..", "testdata", "articles"))
	if err != nil {
		t.Fatal(err)
	}
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	c, p := clean.New(), extract.New()
	texts := corpusgen.Generate(samples, n, seed)
	r := rand.New(rand.NewSource(seed))
	for i := 0; i < n/2; i += 4 {
		texts[n/2+i] = corpusgen.Reprint(texts[i], corpusgen.Edit(2+r.Intn(int(corpusgen.All)-1)), r)
	}
	out := make([]zhnews.Article, len(texts))
	var wg sync.WaitGroup
	errs := make([]error, len(texts))
	work := make(chan int)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				a, err := c.Clean(fmt.Sprintf("gen/%05d.txt", i), []byte(texts[i]))
				if err != nil {
					errs[i] = err
					continue
				}
				toks := seg.Segment(a.Text)
				p.Run(&a, toks)
				a.SimHash = dedupe.Format(dedupe.SimHash(toks))
				out[i] = a
			}
		}()
	}
	for i := range texts {
		work <- i
	}
	close(work)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// buildInBatches writes an index of arts committed 50 at a time, as an
// ingest commits: several segments, which scorch merges as it goes.
func buildInBatches(t testing.TB, path string, arts []zhnews.Article) {
	t.Helper()
	buildCommitting(t, path, arts, 50)
}

// shardSizes is the size of each of two shards: 150 in a test run,
// ZHNEWS_SHARD_ARTICLES (the issue asks for 2000) when set.
func shardSizes(t testing.TB) int {
	if s := os.Getenv("ZHNEWS_SHARD_ARTICLES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	return 150
}

// At a size where segments merge and term statistics differ between the
// shards, shards searched together still answer as one index of all the
// articles: the same hits, in the same order, with the same scores, the
// same facets and the same near-duplicate groups.
func TestShardsLikeOneIndexAtScale(t *testing.T) {
	n := shardSizes(t)
	arts := generated(t, 2*n, 5)
	dir := t.TempDir()
	one, a, b := filepath.Join(dir, "one.bleve"), filepath.Join(dir, "a.bleve"), filepath.Join(dir, "b.bleve")
	buildInBatches(t, one, arts)
	buildInBatches(t, a, arts[:n])
	buildInBatches(t, b, arts[n:])
	whole, shards := openWholeAndShards(t, one, a, b)
	moved, worst := 0, 0.0
	queries := []Query{{Text: "fact_count:>3 医院"}, {Text: "党建", SortDate: true}}
	for _, text := range []string{"床位", "人民医院", "党支部", "医院 党建", "党员 OR 职工", "满意度", `"三级综合医院"`, "党*", "/党.部/", "工作~1", "医?", "title:纪实", "医院 -本溪"} {
		queries = append(queries, Query{Text: text})
	}
	for _, q := range queries {
		q.Limit, q.Facets = 1000, true
		text := fmt.Sprintf("%+v", q)
		w, err1 := whole.Search(q)
		s, err2 := shards.Search(q)
		if err1 != nil || err2 != nil {
			t.Fatal(text, err1, err2)
		}
		if w.Total == 0 || w.Total != s.Total || len(w.Hits) != len(s.Hits) {
			t.Errorf("%s: %d/%d hits in one index, %d/%d in shards", text, len(w.Hits), w.Total, len(s.Hits), s.Total)
			continue
		}
		m0, w0 := moved, worst
		for i := range w.Hits {
			if w.Hits[i].ID != s.Hits[i].ID {
				moved++
			}
			worst = max(worst, abs(w.Hits[i].Score-s.Hits[i].Score))
		}
		if moved > m0 || worst > w0 {
			t.Logf("%s: %d of %d positions differ, scores by up to %g", text, moved-m0, len(w.Hits), worst)
		}
		if fmt.Sprint(w.Facets) != fmt.Sprint(s.Facets) {
			t.Errorf("%s: facets differ", text)
		}
	}
	if moved > 0 || worst > 0 {
		t.Errorf("%d+%d articles: %d positions differ, scores by up to %g", n, n, moved, worst)
	}

	// Near-duplicate groups: the same in one index, two shards and four.
	var four []string
	for i := 0; i < 4; i++ {
		p := filepath.Join(dir, fmt.Sprintf("q%d.bleve", i))
		buildInBatches(t, p, arts[i*n/2:(i+1)*n/2])
		four = append(four, p)
	}
	quarters, err := OpenShards(four)
	if err != nil {
		t.Fatal(err)
	}
	defer quarters.Close()
	want, err := whole.Groups()
	if err != nil {
		t.Fatal(err)
	}
	distinct := map[string]bool{}
	for _, g := range want {
		distinct[g] = true
	}
	t.Logf("%d articles in %d near-duplicate groups", len(want), len(distinct))
	for name, x := range map[string]*Index{"two shards": shards, "four shards": quarters} {
		got, err := x.Groups()
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d articles grouped, one index %d", name, len(got), len(want))
		}
		differ := 0
		for id, g := range want {
			if got[id] != g {
				differ++
			}
		}
		if differ > 0 {
			t.Errorf("%s: %d articles in another group than in one index", name, differ)
		}
	}
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}
