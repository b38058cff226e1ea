package zhbeam

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"zhnews/esbulk"
)

func TestJoin(t *testing.T) {
	for _, tc := range []struct{ dir, want string }{
		{"gs://bucket/out", "gs://bucket/out/x.ndjson"},
		{"gs://bucket/out/", "gs://bucket/out/x.ndjson"},
		{"s3://bucket", "s3://bucket/x.ndjson"},
		{"out/run1", filepath.Join("out", "run1", "x.ndjson")},
	} {
		if got := Join(tc.dir, "x.ndjson"); got != tc.want {
			t.Errorf("Join(%q) = %q, want %q", tc.dir, got, tc.want)
		}
	}
}

// A run that cannot succeed is refused before it starts, with a reason.
func TestCheck(t *testing.T) {
	in := t.TempDir()
	os.WriteFile(filepath.Join(in, "a.txt"), []byte("x"), 0o644)
	ok := filepath.Join(in, "*.txt")
	for _, tc := range []struct {
		c    Config
		want string
	}{
		{Config{Inputs: []string{ok}, Output: "hdfs://cluster/out", Shards: 2}, "no Beam Go file system"},
		{Config{Inputs: []string{"hdfs://cluster/in/*.jsonl"}, Output: t.TempDir(), Shards: 2}, "no Beam Go file system"},
		{Config{Inputs: []string{filepath.Join(in, "*.html")}, Output: t.TempDir(), Shards: 2}, "matches no file"},
		{Config{Inputs: []string{ok}, Output: "gs://bucket/out", Shards: 2, Index: true}, "local or mounted --output"},
		{Config{Inputs: []string{ok}, Output: t.TempDir(), Shards: 0}, "--shards"},
	} {
		err := tc.c.Check(context.Background())
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want %q", tc.c, err, tc.want)
		}
	}
	if err := (Config{Inputs: []string{filepath.Join(in, "*.html")}, Output: t.TempDir(), Shards: 1}).Check(context.Background()); !errors.Is(err, ErrNoInput) {
		t.Errorf("empty match: %v", err)
	}
	if err := (Config{Inputs: []string{ok}, Output: t.TempDir(), Shards: 2}).Check(context.Background()); err != nil {
		t.Errorf("a good run refused: %v", err)
	}
}

// A JSON Lines dump is read line by line through text I/O; the records are
// named by their url; bulk chunks stay under the limit and the manifest
// lists them for es-load.
func TestJSONLDumpAndBulkChunks(t *testing.T) {
	in := t.TempDir()
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	var dump strings.Builder
	for i, f := range files {
		b, _ := os.ReadFile(f)
		line, _ := json.Marshal(map[string]string{"text": string(b), "url": fmt.Sprintf("https://news.example.test/%d", i)})
		dump.Write(line)
		dump.WriteString("\n")
	}
	dump.WriteString("{\"title\": \"no page\"}\n\n")
	os.WriteFile(filepath.Join(in, "crawl.jsonl"), []byte(dump.String()), 0o644)
	out := t.TempDir()
	cfg := Config{Inputs: []string{filepath.Join(in, "*.jsonl")}, Output: out, Shards: 2, ChunkBytes: 8 << 10}
	if err := cfg.Check(context.Background()); err != nil {
		t.Fatal(err)
	}
	p, s := beam.NewPipelineWithRoot()
	written := Build(s, cfg)
	passert.Empty(s, written) // the bundles wrote the records themselves
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	n := 0
	parts, _ := filepath.Glob(filepath.Join(out, "articles-*.ndjson"))
	if len(parts) == 0 {
		t.Fatal("no NDJSON parts written")
	}
	for _, part := range parts {
		f, err := os.Open(part)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 16<<20)
		for sc.Scan() {
			var a struct{ Source string }
			json.Unmarshal(sc.Bytes(), &a)
			if !strings.HasPrefix(a.Source, "https://news.example.test/") {
				t.Errorf("record named %q, want its url", a.Source)
			}
			n++
		}
		f.Close()
	}
	if n != len(files) {
		t.Errorf("%d records from %d lines", n, len(files))
	}
	m, err := WriteManifest(context.Background(), cfg, n, esbulk.Options{Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Chunks) < 3 {
		t.Errorf("%d bulk chunks at 8 KB each", len(m.Chunks))
	}
	tpl, _ := os.ReadFile(filepath.Join(out, esbulk.TemplateName))
	mapping, err := esbulk.ReadMapping(tpl)
	if err != nil {
		t.Fatal(err)
	}
	docs := 0
	for _, c := range m.Chunks {
		b, err := os.ReadFile(filepath.Join(out, c.File))
		if err != nil || int64(len(b)) != c.Bytes {
			t.Fatalf("%s: %v", c.File, err)
		}
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		if len(b) > 8<<10 && len(lines) > 2 {
			t.Errorf("%s: %d bytes, over the chunk limit with more than one article", c.File, len(b))
		}
		for i := 1; i < len(lines); i += 2 {
			for _, err := range mapping.Check([]byte(lines[i])) {
				t.Errorf("%s: %v", c.File, err)
			}
			docs++
		}
	}
	if docs != n {
		t.Errorf("%d documents in the bulk chunks, %d records", docs, n)
	}
	errs, _ := filepath.Glob(filepath.Join(out, "errors.ndjson*"))
	var errText strings.Builder
	for _, f := range errs {
		b, _ := os.ReadFile(f)
		errText.Write(b)
	}
	if !strings.Contains(errText.String(), "crawl.jsonl") || !strings.Contains(errText.String(), "no \\\"html\\\" or \\\"text\\\"") {
		t.Errorf("errors.ndjson: %q", errText.String())
	}
}
