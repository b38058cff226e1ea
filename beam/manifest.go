package zhbeam

import (
	"context"
	"encoding/json"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"zhnews/esbulk"
)

// WriteManifest writes, after a run, the index template and the manifest
// that zhnews es-load reads, listing the bulk chunks the shards wrote.
func WriteManifest(ctx context.Context, c Config, articles int, o esbulk.Options) (esbulk.Manifest, error) {
	esIndex := c.ESIndex
	if esIndex == "" {
		esIndex = "zhnews-articles"
	}
	fs, err := filesystem.New(ctx, c.Output)
	if err != nil {
		return esbulk.Manifest{}, err
	}
	defer fs.Close()
	files, err := fs.List(ctx, Join(c.Output, "es-bulk-*.ndjson"))
	if err != nil {
		return esbulk.Manifest{}, fmt.Errorf("listing the bulk chunks: %w", err)
	}
	sort.Strings(files)
	m := esbulk.Manifest{Producer: "zhnews " + o.Version, Index: esIndex, Template: esbulk.TemplateName, Analyzer: o.Analyzer, Articles: articles, Chunks: []esbulk.Chunk{}}
	if m.Analyzer == "" {
		m.Analyzer = esbulk.AnalyzerCJK
	}
	for _, f := range files {
		size, err := fs.Size(ctx, f)
		if err != nil {
			return m, err
		}
		m.Chunks = append(m.Chunks, esbulk.Chunk{File: path.Base(strings.ReplaceAll(f, "\\", "/")), Bytes: size})
	}
	tpl, err := esbulk.Template(esIndex+"*", o)
	if err != nil {
		return m, err
	}
	man, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return m, err
	}
	for name, body := range map[string][]byte{esbulk.TemplateName: tpl, esbulk.ManifestName: man} {
		p := Join(c.Output, name)
		w, err := fs.OpenWrite(ctx, p)
		if err != nil {
			return m, fmt.Errorf("%s: %w", p, err)
		}
		_, err = w.Write(append(body, '\n'))
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return m, fmt.Errorf("%s: %w", p, err)
		}
	}
	return m, nil
}
