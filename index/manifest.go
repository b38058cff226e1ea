package index

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// ManifestName is the manifest's file in the index folder.
const ManifestName = "zhnews-manifest.ndjson"

// ManifestEntry records one input that is in the index.
type ManifestEntry struct {
	Source  string    `json:"source"`
	Size    int64     `json:"size"`
	ModTime time.Time `json:"mtime"`
	// Hash is ContentHash of what was read: an input is unchanged when
	// its content is, whatever its file's time says. A JSON Lines dump
	// that grew keeps its old lines' hashes, so only the new lines are
	// ingested.
	Hash string `json:"hash,omitempty"`
	ID   string `json:"id"`
}

// ContentHash identifies an input's content: its bytes and the metadata
// read with them (a JSON Lines record's url, title, published).
func ContentHash(data []byte, meta ...string) string {
	h := sha256.New()
	h.Write(data)
	for _, m := range meta {
		h.Write([]byte{0})
		h.Write([]byte(m))
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// Manifest is what ingest has done: one line per input whose article the
// index holds. Lines are appended after the batch holding their articles
// is committed (a committed batch is on disk), so a run killed at any
// moment leaves a manifest that names only articles the index has; a
// re-run skips what the manifest lists unchanged, and redoes the rest.
//
// The file is compacted to one line per input when it is opened with
// more lines than inputs (a --force run, or a line torn by a crash) and
// when it is closed after adding lines for inputs it listed already: it
// does not grow with every re-ingest, and no line is appended onto a torn
// one.
type Manifest struct {
	path  string
	done  map[string]ManifestEntry
	lines int // lines in the file, torn ones included
	file  *os.File
	w     *bufio.Writer
}

// OpenManifest reads the manifest of the index in dir, creating it when
// missing. A last line cut short by a crash is dropped.
func OpenManifest(dir string) (*Manifest, error) {
	m, err := ReadManifest(dir)
	if err != nil {
		return nil, err
	}
	if m.lines > len(m.done) {
		if err := m.compact(); err != nil {
			return nil, err
		}
	}
	m.file, err = os.OpenFile(m.path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("manifest %s: %w", m.path, err)
	}
	m.w = bufio.NewWriter(m.file)
	return m, nil
}

// ReadManifest reads the manifest of the index in dir for Unchanged
// only: the process that holds the index (a serve) writes it.
func ReadManifest(dir string) (*Manifest, error) {
	m := &Manifest{path: filepath.Join(dir, ManifestName), done: map[string]ManifestEntry{}}
	raw, err := os.ReadFile(m.path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("manifest %s: %w", m.path, err)
	default:
		torn := len(raw) > 0 && raw[len(raw)-1] != '\n'
		for _, line := range bytes.Split(raw, []byte{'\n'}) {
			if len(line) == 0 {
				continue
			}
			m.lines++
			var e ManifestEntry
			if json.Unmarshal(line, &e) == nil && e.Source != "" {
				m.done[e.Source] = e
			}
		}
		if torn {
			m.lines++ // counted as extra, so that compaction drops it
		}
	}
	return m, nil
}

// compact rewrites the file with one line per input, in source order,
// through a temporary file renamed over it: a crash leaves the old file
// or the new one.
func (m *Manifest) compact() error {
	sources := make([]string, 0, len(m.done))
	for s := range m.done {
		sources = append(sources, s)
	}
	sort.Strings(sources)
	var buf bytes.Buffer
	for _, s := range sources {
		b, err := json.Marshal(m.done[s])
		if err != nil {
			return err
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	tmp := m.path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return fmt.Errorf("manifest %s: compact: %w", m.path, err)
	}
	_, err = f.Write(buf.Bytes())
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, m.path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("manifest %s: compact: %w", m.path, err)
	}
	m.lines = len(sources)
	return nil
}

// Len is the number of inputs the manifest lists.
func (m *Manifest) Len() int { return len(m.done) }

// Unchanged reports whether source is listed with this content hash; an
// entry written before hashes were kept is compared by size and time.
func (m *Manifest) Unchanged(source, hash string, size int64, mod time.Time) bool {
	e, ok := m.done[source]
	if !ok {
		return false
	}
	if e.Hash != "" {
		return e.Hash == hash
	}
	return e.Size == size && e.ModTime.Equal(mod)
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
		m.lines++
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

// Redundant reports whether the file holds more than twice the lines it
// needs (inputs listed again by --force runs): a long-running writer (a
// serve taking ingests) then calls Compact.
func (m *Manifest) Redundant() bool { return m.lines > 2*len(m.done)+64 }

// Compact rewrites the file with one line per input while it stays open
// for adding.
func (m *Manifest) Compact() error {
	if err := m.Sync(); err != nil {
		return err
	}
	if err := m.file.Close(); err != nil {
		return fmt.Errorf("manifest %s: %w", m.path, err)
	}
	err := m.compact()
	f, oerr := os.OpenFile(m.path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if oerr != nil {
		return fmt.Errorf("manifest %s: %w", m.path, oerr)
	}
	m.file = f
	m.w.Reset(f)
	return err
}

// Close syncs and closes the manifest, compacting it when inputs were
// listed again.
func (m *Manifest) Close() error {
	err := m.Sync()
	if cerr := m.file.Close(); err == nil {
		err = cerr
	}
	if err == nil && m.lines > len(m.done) {
		err = m.compact()
	}
	return err
}
