package zhbeam

import (
	"os"
	"path/filepath"
	"testing"
)

// What f leaves in os.TempDir under WithPrivateTempDir is gone after it,
// and TMPDIR is what it was.
func TestWithPrivateTempDir(t *testing.T) {
	outer := t.TempDir()
	t.Setenv("TMPDIR", outer)
	var left string
	WithPrivateTempDir(func() {
		if inner := os.TempDir(); filepath.Dir(inner) != outer {
			t.Errorf("os.TempDir() = %s, want a directory in %s", inner, outer)
		}
		f, err := os.CreateTemp("", "beamloopbackworker-*")
		if err != nil {
			t.Fatal(err)
		}
		f.Close()
		left = f.Name()
	})
	if got := os.TempDir(); got != outer {
		t.Errorf("after it os.TempDir() = %s, want %s", got, outer)
	}
	if _, err := os.Stat(left); !os.IsNotExist(err) {
		t.Errorf("%s is still there (%v)", left, err)
	}
	if rest, _ := os.ReadDir(outer); len(rest) != 0 {
		t.Errorf("left in the temporary directory: %v", rest)
	}
}
