// Command gen writes a generated corpus for benchmarks: N articles as JSON
// Lines ({"text": ..., "url": ...}) on standard output, built from the
// sentences of the bundled articles; or, with -join, one long plain-text
// article made of them, for measuring a large article.
//
//	go run ./internal/corpusgen/gen -n 350000 > dump.jsonl   # about 1 GB
//	go run ./internal/corpusgen/gen -join 50 > big50.txt     # 50 MB, one article
//
// With -reprints P, each article is followed, with probability P, by one
// to three reprints of it (corpusgen.Reprint, with random edits), whose
// url names the article they copy (https://example.org/12/reprint-1):
// a corpus of reprints whose true groups are known.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand"
	"os"

	"zhnews/internal/corpusgen"
)

func main() {
	n := flag.Int("n", 10000, "number of articles")
	seed := flag.Int64("seed", 1, "random seed")
	samples := flag.String("samples", "testdata/articles", "folder of sample articles")
	reprints := flag.Float64("reprints", 0, "share of the articles reprinted (1 to 3 times each)")
	join := flag.Float64("join", 0, "write one plain-text article of at least this many MB (2^20 bytes): the articles one after another")
	flag.Parse()
	texts, err := corpusgen.Samples(*samples)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	if *join > 0 {
		w.WriteString(corpusgen.Long(texts, int(*join*(1<<20)), *seed))
		return
	}
	enc := json.NewEncoder(w)
	r := rand.New(rand.NewSource(*seed))
	for done := 0; done < *n; done += corpusgen.GenerateChunk {
		k := min(corpusgen.GenerateChunk, *n-done)
		for i, text := range corpusgen.Generate(texts, k, *seed+int64(done)) {
			url := fmt.Sprintf("https://example.org/%d", done+i)
			enc.Encode(map[string]string{"text": text, "url": url})
			if r.Float64() >= *reprints {
				continue
			}
			for c := 1; c <= 1+r.Intn(3); c++ {
				edits := corpusgen.Edit(1 + r.Intn(int(corpusgen.All)))
				enc.Encode(map[string]string{"text": corpusgen.Reprint(text, edits, r), "url": fmt.Sprintf("%s/reprint-%d", url, c)})
			}
		}
	}
}
