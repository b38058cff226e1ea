package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// Errors say so: a malformed query, an unknown metric or a bound that is
// not a number is exit status 2 with a message, never an empty result;
// words that occur nowhere find nothing.
func TestNoQuietErrors(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx.bleve")
	if code, _, stderr := zhnewsRun(t, "", "ingest", "--quiet", "--index", dir, articles); code != 0 {
		t.Fatalf("ingest: %d %s", code, stderr)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"search", "--index", dir, "title:("}, "never closed"},
		{[]string{"search", "--index", dir, "+("}, "never closed"},
		{[]string{"search", "--index", dir, "*"}, "matches every word"},
		{[]string{"search", "--index", dir, "/.*/"}, "too many words"},
		{[]string{"search", "--index", dir, "nosuchfield:医院"}, "unknown field"},
		{[]string{"facts", "--index", dir, "--metric", "colour"}, "unknown metric"},
		{[]string{"facts", "--index", dir, "--min", "NaN"}, "finite"},
		{[]string{"export", "--index", dir, "--metric", "colour"}, "unknown --metric"},
		{[]string{"export", "--index", dir, "--format", "csv", "--out", t.TempDir()}, "--out is for --format es-bulk"},
	} {
		code, _, stderr := zhnewsRun(t, "", c.args...)
		if code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, %q; want 2 and %q", c.args, code, stderr, c.want)
		}
	}
	code, out, stderr := zhnewsRun(t, "", "search", "--index", dir, "不存在的词语xyz")
	if code != 0 || !strings.HasPrefix(out, "0 articles match") {
		t.Errorf("words that occur nowhere: %d %q %s", code, out, stderr)
	}
}
