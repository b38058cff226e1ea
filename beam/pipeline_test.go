package zhbeam

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"zhnews"
	"zhnews/index"
)

// TestMain runs the tests on Beam's prism runner, in a temporary
// directory of their own: loopback mode leaves a file there for every
// pipeline (WithPrivateTempDir).
func TestMain(m *testing.M) {
	var code int
	WithPrivateTempDir(func() { code = ptest.MainRetWithDefault(m, "prism") })
	os.Exit(code)
}

// The pipeline on Beam's local runner: the bundled articles and an empty
// file in, NDJSON shards, bleve shards and the error list out.
func TestPipelineLocalRunner(t *testing.T) {
	in := t.TempDir()
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(in, filepath.Base(f)), b, 0o644)
	}
	os.WriteFile(filepath.Join(in, "empty.txt"), nil, 0o644)
	out := t.TempDir()
	const shards = 2

	p, s := beam.NewPipelineWithRoot()
	written := Build(s, Config{Inputs: []string{filepath.Join(in, "*.txt")}, Output: out, Shards: shards, Index: true})
	passert.Count(s, written, "shards written", shards)
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}

	var recs []zhnews.Article
	var indexes []string
	for i := 0; i < shards; i++ {
		f, err := os.Open(filepath.Join(out, ShardName(i, shards)))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			var a zhnews.Article
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				t.Fatal(err)
			}
			recs = append(recs, a)
		}
		f.Close()
		indexes = append(indexes, filepath.Join(out, IndexName(i)))
	}
	if len(recs) != len(files) {
		t.Errorf("%d records in the shards, want %d", len(recs), len(files))
	}
	facts := 0
	for _, a := range recs {
		facts += len(a.Facts)
	}
	if facts < 50 {
		t.Errorf("%d facts", facts)
	}
	x, err := index.OpenShards(indexes)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	res, err := x.Search(index.Query{Text: "黨支部"})
	if err != nil || res.Total < 3 {
		t.Errorf("search over the shard indexes: %v, %d hits", err, res.Total)
	}
	errs, _ := filepath.Glob(filepath.Join(out, "errors.ndjson*"))
	var errText strings.Builder
	for _, f := range errs {
		b, _ := os.ReadFile(f)
		errText.Write(b)
	}
	if !strings.Contains(errText.String(), "empty.txt") || !strings.Contains(errText.String(), "empty file") {
		t.Errorf("errors.ndjson: %q", errText.String())
	}
}
