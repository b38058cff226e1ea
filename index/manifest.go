package index

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// ManifestName is the manifest's file in the index folder.
const ManifestName = "zhnews-manifest.ndjson"

// ManifestEntry records one input that is in the index.
type ManifestEntry struct {
	Source  string    `json:"source"`
	Size    int64     `json:"size"`
	ModTime time.Time `json:"mtime"`
	ID      string    `json:"id"`
}

// Manifest is what ingest has done: one line per input whose article the
// index holds. Lines are appended after the batch holding their articles
// is committed (a committed batch is on disk), so a run killed at any
// moment leaves a manifest that names only articles the index has; a
// re-run skips what the manifest lists unchanged, and redoes the rest.
type Manifest struct {
	path string
	done map[string]ManifestEntry
	file *os.File
	w    *bufio.Writer
}

// OpenManifest reads the manifest of the index in dir, creating it when
// missing. A last line cut short by a crash is ignored.
func OpenManifest(dir string) (*Manifest, error) {
	m := &Manifest{path: filepath.Join(dir, ManifestName), done: map[string]ManifestEntry{}}
	f, err := os.Open(m.path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("manifest %s: %w", m.path, err)
	default:
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 64<<10), 16<<20)
		for sc.Scan() {
			var e ManifestEntry
			if json.Unmarshal(sc.Bytes(), &e) == nil && e.Source != "" {
				m.done[e.Source] = e
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("manifest %s: %w", m.path, err)
		}
	}
	m.file, err = os.OpenFile(m.path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("manifest %s: %w", m.path, err)
	}
	m.w = bufio.NewWriter(m.file)
	return m, nil
}

// Len is the number of inputs the manifest lists.
func (m *Manifest) Len() int { return len(m.done) }

// Unchanged reports whether source is listed with this size and time.
func (m *Manifest) Unchanged(source string, size int64, mod time.Time) bool {
	e, ok := m.done[source]
	return ok && e.Size == size && e.ModTime.Equal(mod)
}

// Add lists entries; call it after their articles were committed, then
// Sync.
func (m *Manifest) Add(entries ...ManifestEntry) error {
	for _, e := range entries {
		b, err := json.Marshal(e)
		if err != nil {
			return err
		}
		m.w.Write(b)
		m.w.WriteByte('\n')
		m.done[e.Source] = e
	}
	return nil
}

// Sync writes the added entries to disk.
func (m *Manifest) Sync() error {
	if err := m.w.Flush(); err != nil {
		return fmt.Errorf("manifest %s: %w", m.path, err)
	}
	return m.file.Sync()
}

// Close syncs and closes the manifest.
func (m *Manifest) Close() error {
	err := m.Sync()
	if cerr := m.file.Close(); err == nil {
		err = cerr
	}
	return err
}
