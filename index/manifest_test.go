package index

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A manifest kept open (as serve keeps it) compacts in place and goes on
// adding to the compacted file.
func TestManifestCompactWhileOpen(t *testing.T) {
	dir := t.TempDir()
	m, err := OpenManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	for round := 0; round < 5; round++ {
		for i := 0; i < 40; i++ {
			m.Add(ManifestEntry{Source: fmt.Sprintf("in/%02d.txt", i), Hash: fmt.Sprint(round), ID: "x"})
		}
		if err := m.Sync(); err != nil {
			t.Fatal(err)
		}
		if m.Redundant() {
			if err := m.Compact(); err != nil {
				t.Fatal(err)
			}
		}
	}
	m.Add(ManifestEntry{Source: "in/new.txt", Hash: "n", ID: "y"})
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(filepath.Join(dir, ManifestName))
	if n := strings.Count(string(raw), "\n"); n != 41 {
		t.Errorf("%d lines, want 41", n)
	}
	again, err := OpenManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if !again.Unchanged("in/07.txt", "4", 0, again.done["in/07.txt"].ModTime) || !again.Unchanged("in/new.txt", "n", 0, again.done["in/new.txt"].ModTime) {
		t.Error("entries lost in compaction")
	}
}
