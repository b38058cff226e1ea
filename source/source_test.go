package source

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func collect(paths []string, stdin string) []Item {
	ch := make(chan Item)
	go Walk(context.Background(), paths, strings.NewReader(stdin), ch)
	var out []Item
	for it := range ch {
		out = append(out, it)
	}
	return out
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"b.txt": "b", "a.html": "a", "sub/c.htm": "c", "sub/notes.md": "skip", ".git/x.txt": "hidden", "d.TXT": "d",
	} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(body), 0o644)
	}
	items := collect([]string{dir, "-", filepath.Join(dir, "sub", "notes.md"), filepath.Join(dir, "missing.txt")}, "from stdin")
	var names []string
	for _, it := range items {
		names = append(names, strings.TrimPrefix(it.Name, dir+"/"))
	}
	want := "a.html b.txt d.TXT sub/c.htm - sub/notes.md missing.txt"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("order:\n got %s\nwant %s", got, want)
	}
	if string(items[4].Data) != "from stdin" || items[4].Err != nil {
		t.Errorf("stdin item %+v", items[4])
	}
	if !errors.Is(items[6].Err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", items[6].Err)
	}
}

func TestWalkStopsOnCancel(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 50; i++ {
		os.WriteFile(filepath.Join(dir, strings.Repeat("a", i+1)+".txt"), []byte("x"), 0o644)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan Item)
	go Walk(ctx, []string{dir}, nil, ch)
	<-ch
	cancel()
	n := 0
	for range ch {
		n++
	}
	if n > 1 {
		t.Errorf("%d items after cancel", n)
	}
}

func TestCount(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.html", "sub/c.htm", "notes.md", ".hidden/d.txt"} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("x"), 0o644)
	}
	if n, exact := Count([]string{dir, "https://a.example.test/1"}); n != 4 || !exact {
		t.Errorf("files and a URL: %d %v, want 4 exact", n, exact)
	}
	os.WriteFile(filepath.Join(dir, "dump.jsonl"), []byte("{}"), 0o644)
	if _, exact := Count([]string{dir}); exact {
		t.Error("a dump counted as exact")
	}
	if _, exact := Count([]string{"-"}); exact {
		t.Error("standard input counted as exact")
	}
}

func TestParseLine(t *testing.T) {
	it := ParseLine("dump.jsonl", []byte(`{"html":"<p>示范</p>","url":"https://a.example.test/1","title":"标题"}`))
	if it.Err != nil || it.Name != "https://a.example.test/1" || !it.Hints.HTML || it.Hints.Title != "标题" {
		t.Errorf("%+v", it)
	}
	if it := ParseLine("dump.jsonl", []byte(`{"text":"示范"}`)); it.Name != "dump.jsonl" || it.Err != nil {
		t.Errorf("no url: %+v", it)
	}
	if it := ParseLine("dump.jsonl", []byte(`{"title":"x"}`)); it.Err == nil {
		t.Error("a line without a page")
	}
	for name, want := range map[string]bool{"a.jsonl": true, "b.NDJSON.gz": true, "c.json": false, "d.warc.gz": false} {
		if IsJSONL(name) != want {
			t.Errorf("IsJSONL(%s) = %v", name, !want)
		}
	}
}
