package esbulk

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"zhnews"
)

// DefaultChunkBytes keeps a bulk request under the 100 MB that
// Elasticsearch (http.max_content_length) and OpenSearch accept by
// default, with room for the request's headers.
const DefaultChunkBytes = 90 << 20

// ManifestName and TemplateName are the files an export writes beside
// its chunks.
const (
	ManifestName = "manifest.json"
	TemplateName = "index-template.json"
)

// Manifest says what an export holds: Load reads it to post the template
// and each chunk in order.
type Manifest struct {
	Producer string  `json:"producer"` // zhnews and its version
	Index    string  `json:"index"`
	Template string  `json:"template"`
	Analyzer string  `json:"analyzer"`
	Articles int     `json:"articles"`
	Chunks   []Chunk `json:"chunks"`
}

// Chunk is one bulk file: what one request posts.
type Chunk struct {
	File string `json:"file"`
	// Articles is left out where it is not counted (the Beam pipeline's
	// chunks, listed after the run).
	Articles int   `json:"articles,omitempty"`
	Bytes    int64 `json:"bytes"`
}

// ChunkWriter writes articles into bulk files of at most Max bytes each
// (bulk-00001.ndjson, ...): an article's two lines are never split, and
// an article larger than Max alone fills a chunk.
type ChunkWriter struct {
	dir, index string
	max        int64
	f          *os.File
	w          *bufio.Writer
	cur        Chunk
	chunks     []Chunk
	articles   int
}

// NewChunkWriter writes chunks of at most max bytes into dir.
func NewChunkWriter(dir, index string, max int64) *ChunkWriter {
	if max <= 0 {
		max = DefaultChunkBytes
	}
	return &ChunkWriter{dir: dir, index: index, max: max}
}

// Add writes one article.
func (c *ChunkWriter) Add(a zhnews.Article) error {
	b, err := Lines(c.index, a)
	if err != nil {
		return fmt.Errorf("es-bulk: %s: %w", a.Source, err)
	}
	if c.f != nil && c.cur.Bytes+int64(len(b)) > c.max {
		if err := c.finish(); err != nil {
			return err
		}
	}
	if c.f == nil {
		c.cur = Chunk{File: fmt.Sprintf("bulk-%05d.ndjson", len(c.chunks)+1)}
		if c.f, err = os.Create(filepath.Join(c.dir, c.cur.File)); err != nil {
			return fmt.Errorf("es-bulk: %w", err)
		}
		c.w = bufio.NewWriterSize(c.f, 1<<20)
	}
	if _, err := c.w.Write(b); err != nil {
		return fmt.Errorf("es-bulk: %s: %w", c.cur.File, err)
	}
	c.cur.Bytes += int64(len(b))
	c.cur.Articles++
	c.articles++
	return nil
}

func (c *ChunkWriter) finish() error {
	err := c.w.Flush()
	if cerr := c.f.Close(); err == nil {
		err = cerr
	}
	c.f, c.w = nil, nil
	if err != nil {
		return fmt.Errorf("es-bulk: %s: %w", c.cur.File, err)
	}
	c.chunks = append(c.chunks, c.cur)
	return nil
}

// Close ends the last chunk and writes the manifest and the template.
func (c *ChunkWriter) Close(o Options) (Manifest, error) {
	if c.f != nil {
		if err := c.finish(); err != nil {
			return Manifest{}, err
		}
	}
	tpl, err := Template(c.index+"*", o)
	if err != nil {
		return Manifest{}, err
	}
	if err := os.WriteFile(filepath.Join(c.dir, TemplateName), append(tpl, '\n'), 0o644); err != nil {
		return Manifest{}, fmt.Errorf("es-bulk: %w", err)
	}
	an := o.Analyzer
	if an == "" {
		an = AnalyzerCJK
	}
	m := Manifest{Producer: "zhnews " + o.Version, Index: c.index, Template: TemplateName, Analyzer: an, Articles: c.articles, Chunks: c.chunks}
	if m.Chunks == nil {
		m.Chunks = []Chunk{}
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return Manifest{}, err
	}
	if err := os.WriteFile(filepath.Join(c.dir, ManifestName), append(b, '\n'), 0o644); err != nil {
		return Manifest{}, fmt.Errorf("es-bulk: %w", err)
	}
	return m, nil
}
