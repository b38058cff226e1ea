package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	zhbeam "zhnews/beam"
)

// TestMain runs the tests on Beam's prism runner, in a temporary
// directory of their own: loopback mode leaves a file there for every
// pipeline (WithPrivateTempDir).
func TestMain(m *testing.M) {
	var code int
	zhbeam.WithPrivateTempDir(func() { code = ptest.MainRetWithDefault(m, "prism") })
	os.Exit(code)
}

// Exit status: 2 for a run refused up front, 1 when inputs were skipped,
// 0 when every input was read.
func TestExitStatus(t *testing.T) {
	in := t.TempDir()
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "articles", "004_d4549ff23c5fed17.txt"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(in, "a.txt"), b, 0o644)
	os.WriteFile(filepath.Join(in, "empty.txt"), nil, 0o644)
	for _, tc := range []struct {
		args []string
		code int
		say  string
	}{
		{[]string{"--input", filepath.Join(in, "*.html"), "--output", t.TempDir()}, 2, "matches no file"},
		{[]string{"--input", filepath.Join(in, "*.txt"), "--output", "hdfs://nn/out"}, 2, "no Beam Go file system"},
		{[]string{"--input", filepath.Join(in, "*.txt"), "--output", t.TempDir(), "--shards", "1"}, 1, "1 articles, 1 inputs skipped"},
		{[]string{"--input", filepath.Join(in, "a.txt"), "--output", t.TempDir(), "--shards", "1", "--index"}, 0, "1 articles, 0 inputs skipped"},
	} {
		var out, errOut bytes.Buffer
		code := run(context.Background(), tc.args, &out, &errOut)
		if code != tc.code || !strings.Contains(errOut.String(), tc.say) {
			t.Errorf("%v: exit %d, want %d: %s", tc.args, code, tc.code, errOut.String())
		}
	}
	var out bytes.Buffer
	if code := run(context.Background(), []string{"--version"}, &out, &out); code != 0 || !strings.HasPrefix(out.String(), "zhnews-beam ") {
		t.Errorf("--version: %d %q", code, out.String())
	}
}
