package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"zhnews"
	"zhnews/index"
)

// An ingest killed with SIGKILL halfway leaves an index that opens, answers
// queries and holds only whole articles; a re-run resumes: it skips what
// the manifest lists, and ends with every article once.
func TestIngestKilledResumes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and runs it")
	}
	bin := filepath.Join(t.TempDir(), "zhnews")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	in := t.TempDir()
	// Articles whose last paragraph stays in the text, so that each copy
	// below is an article of its own (002 and 003 end in page chrome,
	// where an added line is cut with the chrome).
	var seeds []string
	for _, s := range []string{"000_ed6c36d06539c8bf.txt", "001_9d475dc73185a0b2.txt", "004_d4549ff23c5fed17.txt"} {
		seeds = append(seeds, filepath.Join(articles, s))
	}
	for i := 0; i < 600; i++ {
		raw, err := os.ReadFile(seeds[i%len(seeds)])
		if err != nil {
			t.Fatal(err)
		}
		// Each copy differs, so each is an article of its own.
		raw = append(raw, []byte(fmt.Sprintf("\n这是第%d份副本,用于检验中断之后索引是否完好。", i))...)
		os.WriteFile(filepath.Join(in, fmt.Sprintf("%04d.txt", i)), raw, 0o644)
	}
	dir := filepath.Join(t.TempDir(), "idx.bleve")
	cmd := exec.Command(bin, "ingest", "--quiet", "--index", dir, in)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once the index exists and some batches may be in flight.
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if _, err := os.Stat(filepath.Join(dir, "index_meta.json")); err == nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(3 * time.Second)
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()

	x, err := index.OpenReadOnly(dir)
	if err != nil {
		t.Fatalf("index after kill -9: %v", err)
	}
	n, err := x.Count()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d of 600 articles survived the kill", n)
	if n > 600 {
		t.Errorf("%d articles from 600 inputs", n)
	}
	res, err := x.Search(index.Query{Text: "党支部"})
	if err != nil {
		t.Fatalf("search after kill: %v", err)
	}
	if n > 0 && res.Total == 0 {
		t.Errorf("%d articles but no hit", n)
	}
	// Every article that survived is whole: its stored text hashes to its id.
	err = x.Articles(func(a zhnews.Article) error {
		if a.Text == "" || zhnews.ArticleID(a.Text) != a.ID {
			return fmt.Errorf("article %s is not whole after the kill", a.ID)
		}
		return nil
	})
	if err != nil {
		t.Error(err)
	}
	x.Close()

	// Resume.
	var stderr strings.Builder
	again := exec.Command(bin, "ingest", "--quiet", "--index", dir, in)
	again.Stderr = &stderr
	if err := again.Run(); err != nil {
		t.Fatalf("resumed ingest: %v\n%s", err, stderr.String())
	}
	var files, arts, facts, unchanged int
	if _, err := fmt.Sscanf(stderr.String(), "%d files read, %d articles, %d facts, %d unchanged", &files, &arts, &facts, &unchanged); err != nil {
		t.Fatalf("summary %q: %v", stderr.String(), err)
	}
	t.Logf("resumed: %d unchanged, %d ingested", unchanged, arts)
	if files != 600 || unchanged > int(n) || unchanged+arts != 600 {
		t.Errorf("resume read %d files: %d unchanged (index had %d), %d ingested", files, unchanged, n, arts)
	}
	x, err = index.OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if n, _ := x.Count(); n != 600 {
		t.Errorf("%d articles after resuming, want 600: none lost, none twice", n)
	}
}
