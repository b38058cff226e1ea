// Package zhbeam runs the zhnews pipeline on Apache Beam, so that dumps too
// large for one machine are processed by Flink, Spark or Dataflow with the
// same stages as the zhnews command.
//
// In: a file pattern (local or any filesystem Beam knows: gs://, s3://,
// hdfs://). Out, under an output folder: NDJSON shards of article records
// (articles-SSSSS-of-NNNNN.ndjson), one bleve index per shard
// (index-SSSSS.bleve, searched together with zhnews search --index
// a.bleve,b.bleve) and errors.ndjson naming every input that was skipped.
//
// The graph: match files → read each (a file may be an archive or a JSON
// Lines dump, read by the source package) → clean → segment → extract →
// key by shard (hash of the article id) → group → write each shard.
package zhbeam

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"path/filepath"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"

	"zhnews"
	"zhnews/index"
	"zhnews/pipeline"
	"zhnews/source"
)

func init() {
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(int, string), func(string), error](&processFn{})
	register.Emitter2[int, string]()
	register.Emitter1[string]()
	register.DoFn4x1[context.Context, int, func(*string) bool, func(string), error](&writeShardFn{})
}

// Build adds the pipeline to scope s: inputs matching pattern, results
// written under output in shards shards. It returns the collection of
// written shard files (one line per shard) for tests and logs.
func Build(s beam.Scope, pattern, output string, shards int) beam.PCollection {
	s = s.Scope("zhnews")
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, pattern), fileio.ReadUncompressed())
	keyed, errs := beam.ParDo2(s, &processFn{Shards: shards}, files)
	written := beam.ParDo(s, &writeShardFn{Output: output, Shards: shards}, beam.GroupByKey(s, keyed))
	textio.Write(s, filepath.Join(output, "errors.ndjson"), errs)
	return written
}

// skipped is an input that could not be read, as errors.ndjson lists it.
type skipped struct {
	Source string `json:"source"`
	Error  string `json:"error"`
}

// processFn reads one matched file into articles, keyed by shard.
type processFn struct {
	Shards int

	stages *pipeline.Stages
}

// Setup loads the stages once per worker.
func (f *processFn) Setup() error {
	st, err := pipeline.Load()
	if err != nil {
		return err
	}
	f.stages = st
	return nil
}

// ProcessElement emits (shard, record JSON) for each article of the file,
// and a JSON line for each input that was skipped.
func (f *processFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(int, string), emitErr func(string)) error {
	name := file.Metadata.Path
	data, err := file.Read(ctx)
	if err != nil {
		emitErr(skippedLine(name, err))
		return nil
	}
	items := make(chan source.Item, 4)
	go source.Read(ctx, name, bytes.NewReader(data), items)
	for it := range items {
		a, err := f.stages.Process(it)
		if err != nil {
			emitErr(skippedLine(it.Name, err))
			continue
		}
		rec, err := json.Marshal(a)
		if err != nil {
			return err
		}
		emit(shardOf(a.ID, f.Shards), string(rec))
	}
	return nil
}

func skippedLine(name string, err error) string {
	b, _ := json.Marshal(skipped{Source: name, Error: err.Error()})
	return string(b)
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

// writeShardFn writes one shard: its NDJSON file through Beam's filesystem
// (any scheme Beam knows) and its bleve index on the worker's disk under
// Output (a shared folder for runners on many machines).
type writeShardFn struct {
	Output string
	Shards int
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, records func(*string) bool, emit func(string)) error {
	path := filepath.Join(f.Output, ShardName(shard, f.Shards))
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	idx, err := index.Open(filepath.Join(f.Output, IndexName(shard)))
	if err != nil {
		w.Close()
		return err
	}
	batch := idx.NewBatch()
	var rec string
	n := 0
	for records(&rec) {
		if _, err := io.WriteString(w, rec+"\n"); err != nil {
			w.Close()
			idx.Close()
			return err
		}
		var a zhnews.Article
		if err := json.Unmarshal([]byte(rec), &a); err != nil {
			w.Close()
			idx.Close()
			return err
		}
		if err := batch.Add(a); err != nil {
			w.Close()
			idx.Close()
			return err
		}
		if batch.Len() >= 500 {
			if err := batch.Commit(); err != nil {
				w.Close()
				idx.Close()
				return err
			}
		}
		n++
	}
	err = batch.Commit()
	if cerr := idx.Close(); err == nil {
		err = cerr
	}
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	emit(fmt.Sprintf("%s\t%d", path, n))
	return nil
}
