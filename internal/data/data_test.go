package data

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"strings"
	"testing"
)

// The embedded files are exactly what go generate fetched and recorded in
// SHA256SUMS: nobody edited the vendored data by hand.
func TestFilesMatchSHA256SUMS(t *testing.T) {
	sums := MustRead("SHA256SUMS")
	listed := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(sums))
	for sc.Scan() {
		sum, name, ok := strings.Cut(sc.Text(), "  ")
		if !ok {
			t.Fatalf("bad line %q", sc.Text())
		}
		listed[name] = true
		b, err := Files.ReadFile(name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got := fmt.Sprintf("%x", sha256.Sum256(b)); got != sum {
			t.Errorf("%s: sha256 %s, SHA256SUMS says %s (run go generate ./internal/data)", name, got, sum)
		}
	}
	fs.WalkDir(Files, ".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && path != "SHA256SUMS" && !strings.HasSuffix(path, "/SOURCE") && !listed[path] {
			t.Errorf("%s is embedded but not in SHA256SUMS", path)
		}
		return nil
	})
	for _, dir := range []string{"opencc", "division", "gse", "hmm"} {
		for _, f := range []string{"LICENSE", "SOURCE"} {
			if _, err := Files.ReadFile(dir + "/" + f); err != nil {
				t.Errorf("%s/%s missing: vendored data keeps its licence and source", dir, f)
			}
		}
	}
}
