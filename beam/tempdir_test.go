package zhbeam

import (
	"os"
	"path/filepath"
	"testing"
)

// What a pipeline leaves in os.TempDir under PrivateTempDir is gone after
// restore, and TMPDIR is what it was.
func TestPrivateTempDir(t *testing.T) {
	outer := t.TempDir()
	t.Setenv("TMPDIR", outer)
	restore, err := PrivateTempDir()
	if err != nil {
		t.Fatal(err)
	}
	inner := os.TempDir()
	if filepath.Dir(inner) != outer {
		t.Fatalf("os.TempDir() = %s, want a directory in %s", inner, outer)
	}
	f, err := os.CreateTemp("", "beamloopbackworker-*")
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	restore()
	if got := os.TempDir(); got != outer {
		t.Errorf("after restore os.TempDir() = %s, want %s", got, outer)
	}
	if _, err := os.Stat(f.Name()); !os.IsNotExist(err) {
		t.Errorf("%s is still there after restore (%v)", f.Name(), err)
	}
	if left, _ := os.ReadDir(outer); len(left) != 0 {
		t.Errorf("left in the temporary directory: %v", left)
	}
}
