package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zhnews/index"
	"zhnews/internal/corpusgen"
)

// writeDump writes texts as a JSON Lines dump, one {"text", "url"} a line.
func writeDump(t testing.TB, path string, texts []string, from int) {
	t.Helper()
	var b strings.Builder
	for i, text := range texts {
		line, _ := json.Marshal(map[string]string{"text": text, "url": fmt.Sprintf("https://example.org/%d", from+i)})
		b.Write(line)
		b.WriteByte('\n')
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(b.String())
	f.Close()
}

func manifestLines(t testing.TB, dir string) int {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, index.ManifestName))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Count(string(raw), "\n")
}

// A JSON Lines dump that grew is resumed at its new lines; --force does
// not grow the manifest; a torn last line is dropped, not appended to.
func TestIngestResumesGrownDump(t *testing.T) {
	samples, err := corpusgen.Samples(articles)
	if err != nil {
		t.Fatal(err)
	}
	texts := corpusgen.Generate(samples, 30, 3)
	tmp := t.TempDir()
	dump, dir := filepath.Join(tmp, "dump.jsonl"), filepath.Join(tmp, "idx.bleve")
	writeDump(t, dump, texts[:20], 0)
	if code, _, stderr := zhnewsRun(t, "", "ingest", "--quiet", "--index", dir, dump); code != 0 {
		t.Fatalf("ingest: %d %s", code, stderr)
	}
	writeDump(t, dump, texts[20:], 20) // 10 more lines: the file's size and time change
	code, _, stderr := zhnewsRun(t, "", "ingest", "--quiet", "--index", dir, dump)
	if code != 0 || !strings.Contains(stderr, " 10 articles,") || !strings.Contains(stderr, " 20 unchanged") {
		t.Fatalf("grown dump: %d %s, want 10 articles and 20 unchanged", code, stderr)
	}
	if n := manifestLines(t, dir); n != 30 {
		t.Errorf("manifest has %d lines, want 30", n)
	}
	for i := 0; i < 2; i++ {
		if code, _, stderr := zhnewsRun(t, "", "ingest", "--quiet", "--force", "--index", dir, dump); code != 0 || !strings.Contains(stderr, " 30 articles,") {
			t.Fatalf("--force: %d %s", code, stderr)
		}
	}
	if n := manifestLines(t, dir); n != 30 {
		t.Errorf("after --force twice the manifest has %d lines, want 30", n)
	}
	// A crash tore the last line: it is dropped, and the next line starts
	// on a line of its own.
	path := filepath.Join(dir, index.ManifestName)
	raw, _ := os.ReadFile(path)
	os.WriteFile(path, raw[:len(raw)-20], 0o644)
	code, _, stderr = zhnewsRun(t, "", "ingest", "--quiet", "--index", dir, dump)
	if code != 0 || !strings.Contains(stderr, " 1 articles,") || !strings.Contains(stderr, " 29 unchanged") {
		t.Fatalf("after a torn line: %d %s, want 1 article and 29 unchanged", code, stderr)
	}
	m, err := index.OpenManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if m.Len() != 30 || manifestLines(t, dir) != 30 {
		t.Errorf("manifest lists %d inputs in %d lines, want 30 in 30", m.Len(), manifestLines(t, dir))
	}
}
