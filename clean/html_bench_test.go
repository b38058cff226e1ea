package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// htmlPages reads the pages a benchmark cleans: ZHNEWS_HTML_DIR when set
// (a folder of saved real pages, e.g. the GNE corpus), else the project's
// own fixtures in testdata/html.
func htmlPages(tb testing.TB) (names []string, pages [][]byte, size int64) {
	dir := os.Getenv("ZHNEWS_HTML_DIR")
	if dir == "" {
		dir = filepath.Join("..", "testdata", "html")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.htm*"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no HTML pages in %s", dir)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		names = append(names, filepath.Base(f))
		pages = append(pages, b)
		size += int64(len(b))
	}
	return names, pages, size
}

// BenchmarkCleanHTMLPages cleans every page once per iteration; its MB/s
// is the HTML cleaning throughput the README quotes.
func BenchmarkCleanHTMLPages(b *testing.B) {
	c := New()
	names, pages, size := htmlPages(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for i, p := range pages {
			c.Clean(names[i], p)
		}
	}
}

// BenchmarkClassifyPageLines classifies the blocks the page reader
// finds in the pages, normalised as cleanHTML passes them on: the line
// classifier's share of HTML cleaning.
func BenchmarkClassifyPageLines(b *testing.B) {
	c := New()
	_, pages, _ := htmlPages(b)
	var lines []string
	for _, p := range pages {
		dec, err := decode(p, declaredCharset(p))
		if err != nil {
			continue
		}
		hp, err := readHTML(dec.utf8)
		if err != nil {
			continue
		}
		var rep Report
		lines = append(lines, strings.Split(c.chain.Apply(strings.Join(hp.blocks, "\n"), &rep), "\n")...)
	}
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		classifyLines(lines)
	}
}
