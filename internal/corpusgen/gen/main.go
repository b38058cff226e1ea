// Command gen writes a generated corpus for benchmarks: N articles as JSON
// Lines ({"text": ..., "url": ...}) on standard output, built from the
// sentences of the bundled articles.
//
//	go run ./internal/corpusgen/gen -n 350000 > dump.jsonl   # about 1 GB
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"zhnews/internal/corpusgen"
)

func main() {
	n := flag.Int("n", 10000, "number of articles")
	seed := flag.Int64("seed", 1, "random seed")
	samples := flag.String("samples", "testdata/articles", "folder of sample articles")
	flag.Parse()
	texts, err := corpusgen.Samples(*samples)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	// Generate in chunks so that memory stays small for any n.
	const chunk = 1000
	for done := 0; done < *n; done += chunk {
		k := min(chunk, *n-done)
		for i, text := range corpusgen.Generate(texts, k, *seed+int64(done)) {
			enc.Encode(map[string]string{"text": text, "url": fmt.Sprintf("https://example.org/%d", done+i)})
		}
	}
}
