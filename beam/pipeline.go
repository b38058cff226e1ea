// Package zhbeam runs the zhnews pipeline on Apache Beam, so that dumps too
// large for one machine are processed by Flink, Spark or Dataflow with the
// same stages as the zhnews command (package pipeline).
//
// In: file patterns on a local or mounted disk, Google Cloud Storage
// (gs://) or Amazon S3 (s3://): the file systems Beam's Go SDK has. Any
// other scheme (hdfs://) is refused before the pipeline starts. JSON Lines
// dumps (patterns ending .jsonl, .ndjson, also gzipped) are read through
// Beam's text I/O, which splits a large dump into 64 MB ranges read by
// many workers; other inputs (articles, archives, WARC) are read whole,
// one file per worker call, by package source.
//
// Out, under an output folder (a path or a gs:// or s3:// URL):
// NDJSON shards of article records (articles-SSSSS-of-NNNNN.ndjson),
// Elasticsearch/OpenSearch bulk chunks (es-bulk-SSSSS-PPPP.ndjson, each
// under the 100 MB request limit, for zhnews es-load), the index template
// and errors.ndjson naming every input that was skipped. With Index, when
// the output is a local or mounted path, one bleve index per shard
// (index-SSSSS.bleve, searched together with zhnews search --index
// a.bleve,b.bleve).
//
// The graph: match files → read (split lines for dumps) → clean → segment
// → extract → key by shard (hash of the article id) → group → write each
// shard.
package zhbeam

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"path/filepath"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	// The file systems of Beam's Go SDK: local paths, gs:// and s3://.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"

	"zhnews"
	"zhnews/esbulk"
	"zhnews/index"
	"zhnews/pipeline"
	"zhnews/source"
)

func init() {
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(int, string), func(string), error](&processFileFn{})
	register.DoFn5x1[context.Context, string, string, func(int, string), func(string), error](&processLineFn{})
	register.Emitter2[int, string]()
	register.Emitter1[string]()
	register.DoFn4x1[context.Context, int, func(*string) bool, func(string), error](&writeShardFn{})
}

// Counters the pipeline keeps; the command reads them after the run.
var (
	articlesCounter = beam.NewCounter("zhnews", "articles")
	skippedCounter  = beam.NewCounter("zhnews", "skipped")
)

// Config is one run.
type Config struct {
	Inputs []string // file patterns
	Output string   // folder: a path, gs://bucket/dir or s3://bucket/dir
	Shards int
	// Index writes a bleve index per shard; only for a local or mounted
	// output, since bleve writes a folder of files on the worker's disk.
	Index bool
	// ESIndex names the index the bulk chunks write to; ChunkBytes bounds
	// one chunk (esbulk.DefaultChunkBytes when 0).
	ESIndex    string
	ChunkBytes int64
}

// Remote reports whether a path is an object-store URL (gs://, s3://...).
func Remote(path string) bool { return strings.Contains(path, "://") }

// Join joins an output folder and a file name: with "/" for URLs (never
// filepath.Join, which would turn gs://b/out into gs:/b/out), by the
// local rules for paths.
func Join(dir, name string) string {
	if Remote(dir) {
		return strings.TrimRight(dir, "/") + "/" + name
	}
	return filepath.Join(dir, name)
}

// ErrNoInput: a pattern matched no file.
var ErrNoInput = errors.New("matches no file")

// Check refuses a run that cannot succeed, before any worker starts: an
// input or output whose scheme Beam's Go SDK has no file system for, an
// input pattern that matches nothing, bleve indexes on an object store.
func (c Config) Check(ctx context.Context) error {
	if len(c.Inputs) == 0 || c.Output == "" || c.Shards < 1 {
		return errors.New("--input, --output and --shards (>= 1) are required")
	}
	if c.Index && Remote(c.Output) {
		return fmt.Errorf("--index writes bleve folders on a worker's disk: it needs a local or mounted --output, not %s (the NDJSON shards and bulk chunks go anywhere)", c.Output)
	}
	for _, p := range append([]string{c.Output}, c.Inputs...) {
		fs, err := filesystem.New(ctx, p)
		if err != nil {
			return fmt.Errorf("%s: no Beam Go file system for this scheme (the Go SDK has local paths, gs:// and s3://; mount other stores, as HDFS through its NFS gateway): %w", p, err)
		}
		fs.Close()
	}
	for _, p := range c.Inputs {
		fs, _ := filesystem.New(ctx, p)
		files, err := fs.List(ctx, p)
		fs.Close()
		if err != nil {
			return fmt.Errorf("--input %s: %w", p, err)
		}
		if len(files) == 0 {
			return fmt.Errorf("--input %s: %w", p, ErrNoInput)
		}
	}
	return nil
}

// Build adds the pipeline to scope s. It returns the collection of
// written shard files (one line per shard, "path\tarticles") for tests
// and logs.
func Build(s beam.Scope, c Config) beam.PCollection {
	s = s.Scope("zhnews")
	esIndex := c.ESIndex
	if esIndex == "" {
		esIndex = "zhnews-articles"
	}
	// Without bleve indexes, each bundle writes its records itself: no
	// stage then holds the whole collection, which the direct and prism
	// runners keep in memory for a group-by.
	var sink SinkConfig
	if !c.Index {
		sink = SinkConfig{Output: c.Output, ESIndex: esIndex, ChunkBytes: c.ChunkBytes}
	}
	var keyed, errs []beam.PCollection
	for _, p := range c.Inputs {
		if source.IsJSONL(p) {
			// Text I/O splits a dump into ranges read by many workers.
			lines := textio.ReadWithFilename(s, p)
			k, e := beam.ParDo2(s, &processLineFn{Shards: c.Shards, Sink: sink}, lines)
			keyed, errs = append(keyed, k), append(errs, e)
			continue
		}
		files := fileio.ReadMatches(s, fileio.MatchFiles(s, p, fileio.MatchEmptyDisallow()), fileio.ReadUncompressed())
		k, e := beam.ParDo2(s, &processFileFn{Shards: c.Shards, Sink: sink}, files)
		keyed, errs = append(keyed, k), append(errs, e)
	}
	textio.Write(s, Join(c.Output, "errors.ndjson"), beam.Flatten(s, errs...))
	if !c.Index {
		return beam.Flatten(s, keyed...) // empty: the bundles wrote the records
	}
	return beam.ParDo(s, &writeShardFn{Output: c.Output, Shards: c.Shards, Index: c.Index, ESIndex: esIndex, ChunkBytes: c.ChunkBytes},
		beam.GroupByKey(s, beam.Flatten(s, keyed...)))
}

// skipped is an input that could not be read, as errors.ndjson lists it.
type skipped struct {
	Source string `json:"source"`
	Error  string `json:"error"`
}

func skippedLine(name string, err error) string {
	b, _ := json.Marshal(skipped{Source: name, Error: err.Error()})
	return string(b)
}

// loadStages loads the pipeline's stages, once per DoFn instance
// (Setup).
func loadStages() (*pipeline.Stages, error) { return pipeline.Load() }

// emitItem runs one input through the stages: its record keyed by
// shard, or a line naming it in errors.ndjson.
func emitItem(ctx context.Context, st *pipeline.Stages, shards int, sink *bundleSink, it source.Item, emit func(int, string), emitErr func(string)) error {
	a, err := st.Process(it)
	if err != nil {
		skippedCounter.Inc(ctx, 1)
		emitErr(skippedLine(it.Name, err))
		return nil
	}
	rec, err := json.Marshal(a)
	if err != nil {
		return err
	}
	articlesCounter.Inc(ctx, 1)
	if sink != nil {
		return sink.add(ctx, a, rec)
	}
	emit(shardOf(a.ID, shards), string(rec))
	return nil
}

// processFileFn reads one matched file into articles: an article, an
// archive or a web archive, streamed through package source.
type processFileFn struct {
	Shards int
	Sink   SinkConfig
	stages *pipeline.Stages
	sink   *bundleSink
}

func (f *processFileFn) Setup() (err error) {
	f.stages, err = loadStages()
	return err
}

// StartBundle and FinishBundle take the emitters because Beam requires
// a DoFn's bundle methods to declare its outputs.
func (f *processFileFn) StartBundle(ctx context.Context, _ func(int, string), _ func(string)) {
	f.sink = f.Sink.open()
}

func (f *processFileFn) FinishBundle(ctx context.Context, _ func(int, string), _ func(string)) error {
	err := f.sink.finish()
	f.sink = nil
	return err
}

func (f *processFileFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(int, string), emitErr func(string)) error {
	name := file.Metadata.Path
	rc, err := file.Open(ctx)
	if err != nil {
		skippedCounter.Inc(ctx, 1)
		emitErr(skippedLine(name, err))
		return nil
	}
	defer rc.Close()
	items := make(chan source.Item, 4)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go source.Read(ctx, name, rc, items)
	for it := range items {
		if err := emitItem(ctx, f.stages, f.Shards, f.sink, it, emit, emitErr); err != nil {
			return err
		}
	}
	return nil
}

// processLineFn reads one line of a JSON Lines dump.
type processLineFn struct {
	Shards int
	Sink   SinkConfig
	stages *pipeline.Stages
	sink   *bundleSink
}

func (f *processLineFn) Setup() (err error) {
	f.stages, err = loadStages()
	return err
}

// StartBundle and FinishBundle take the emitters because Beam requires
// a DoFn's bundle methods to declare its outputs.
func (f *processLineFn) StartBundle(ctx context.Context, _ func(int, string), _ func(string)) {
	f.sink = f.Sink.open()
}

func (f *processLineFn) FinishBundle(ctx context.Context, _ func(int, string), _ func(string)) error {
	err := f.sink.finish()
	f.sink = nil
	return err
}

func (f *processLineFn) ProcessElement(ctx context.Context, file, line string, emit func(int, string), emitErr func(string)) error {
	if strings.TrimSpace(line) == "" {
		return nil
	}
	return emitItem(ctx, f.stages, f.Shards, f.sink, source.ParseLine(file, []byte(line)), emit, emitErr)
}

// shardOf spreads articles over shards by id, so that the same article
// always lands in the same shard.
func shardOf(id string, shards int) int {
	if shards < 1 {
		return 0
	}
	h := fnv.New32a()
	io.WriteString(h, id)
	return int(h.Sum32() % uint32(shards))
}

// ShardName is the NDJSON file of shard i of n.
func ShardName(i, n int) string { return fmt.Sprintf("articles-%05d-of-%05d.ndjson", i, n) }

// IndexName is the bleve index of shard i.
func IndexName(i int) string { return fmt.Sprintf("index-%05d.bleve", i) }

// writeShardFn writes one shard through Beam's file systems: its NDJSON
// file, its bulk chunks and, with Index, its bleve index.
type writeShardFn struct {
	Output     string
	Shards     int
	Index      bool
	ESIndex    string
	ChunkBytes int64
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, records func(*string) bool, emit func(string)) (err error) {
	path := Join(f.Output, ShardName(shard, f.Shards))
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	defer func() {
		if cerr := w.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("%s: %w", path, cerr)
		}
	}()
	bulk := &bulkWriter{fs: fs, dir: f.Output, prefix: fmt.Sprintf("es-bulk-%05d", shard), max: f.ChunkBytes}
	defer func() {
		if cerr := bulk.close(); err == nil {
			err = cerr
		}
	}()
	var idx *index.Index
	var batch *index.Batch
	if f.Index {
		if idx, err = index.Open(Join(f.Output, IndexName(shard))); err != nil {
			return err
		}
		defer func() {
			if batch != nil && err == nil {
				err = batch.Commit()
			}
			if cerr := idx.Close(); err == nil {
				err = cerr
			}
		}()
		batch = idx.NewBatch()
	}
	var rec string
	n := 0
	for records(&rec) {
		if _, err := io.WriteString(w, rec+"\n"); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		var a zhnews.Article
		if err := json.Unmarshal([]byte(rec), &a); err != nil {
			return err
		}
		lines, err := esbulk.Lines(f.ESIndex, a)
		if err != nil {
			return err
		}
		if err := bulk.add(ctx, lines); err != nil {
			return err
		}
		if batch != nil {
			if err := batch.Add(a); err != nil {
				return err
			}
			if batch.Len() >= 500 {
				if err := batch.Commit(); err != nil {
					return err
				}
			}
		}
		n++
	}
	emit(fmt.Sprintf("%s\t%d", path, n))
	return nil
}

// bulkWriter cuts a shard's bulk lines into chunks under max bytes.
type bulkWriter struct {
	fs     filesystem.Interface
	dir    string
	prefix string // es-bulk-SSSSS, or es-bulk-ID for a bundle
	max    int64
	part   int
	w      io.WriteCloser
	size   int64
}

func (b *bulkWriter) add(ctx context.Context, lines []byte) error {
	max := b.max
	if max <= 0 {
		max = esbulk.DefaultChunkBytes
	}
	if b.w != nil && b.size+int64(len(lines)) > max {
		if err := b.close(); err != nil {
			return err
		}
	}
	if b.w == nil {
		b.part++
		name := Join(b.dir, fmt.Sprintf("%s-%04d.ndjson", b.prefix, b.part))
		w, err := b.fs.OpenWrite(ctx, name)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		b.w, b.size = w, 0
	}
	if _, err := b.w.Write(lines); err != nil {
		return err
	}
	b.size += int64(len(lines))
	return nil
}

func (b *bulkWriter) close() error {
	if b.w == nil {
		return nil
	}
	err := b.w.Close()
	b.w = nil
	return err
}

// SinkConfig is where a bundle writes its records when the pipeline runs
// without bleve indexes; the zero value writes nothing (records are
// emitted to be grouped by shard).
type SinkConfig struct {
	Output, ESIndex string
	ChunkBytes      int64
}

func (c SinkConfig) open() *bundleSink {
	if c.Output == "" {
		return nil
	}
	return &bundleSink{cfg: c}
}

// bundleSink writes one bundle's records: an NDJSON part and its bulk
// chunks, named by the bundle's first article id (articles-ID.ndjson,
// es-bulk-ID-0001.ndjson), so that a bundle tried again writes the same
// files again.
type bundleSink struct {
	cfg  SinkConfig
	fs   filesystem.Interface
	name string
	w    io.WriteCloser
	bulk *bulkWriter
}

func (b *bundleSink) add(ctx context.Context, a zhnews.Article, rec []byte) error {
	if b.w == nil {
		fs, err := filesystem.New(ctx, b.cfg.Output)
		if err != nil {
			return err
		}
		b.fs = fs
		b.name = Join(b.cfg.Output, "articles-"+a.ID+".ndjson")
		if b.w, err = fs.OpenWrite(ctx, b.name); err != nil {
			return fmt.Errorf("%s: %w", b.name, err)
		}
		b.bulk = &bulkWriter{fs: fs, dir: b.cfg.Output, prefix: "es-bulk-" + a.ID, max: b.cfg.ChunkBytes}
	}
	if _, err := b.w.Write(append(rec, '\n')); err != nil {
		return fmt.Errorf("%s: %w", b.name, err)
	}
	lines, err := esbulk.Lines(b.cfg.ESIndex, a)
	if err != nil {
		return err
	}
	return b.bulk.add(ctx, lines)
}

// finish closes the bundle's files; a nil sink or an empty bundle has
// none.
func (b *bundleSink) finish() error {
	if b == nil || b.w == nil {
		return nil
	}
	err := b.w.Close()
	if cerr := b.bulk.close(); err == nil {
		err = cerr
	}
	if cerr := b.fs.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", b.name, err)
	}
	return nil
}
