// Command zhnews-beam runs the zhnews pipeline on Apache Beam:
//
//	zhnews-beam --input 'dumps/*.zip' --output out/ --shards 8 [--runner prism|flink|spark|dataflow ...]
//
// It writes NDJSON shards of article records, one bleve index per shard and
// errors.ndjson under --output. The runner and its options are Beam's own
// flags (--runner, --endpoint, --project, ...); the default runs locally.
package main

import (
	"context"
	"flag"
	"log"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	zhbeam "zhnews/beam"
)

var (
	input  = flag.String("input", "", "file pattern of the inputs (articles, archives, JSON Lines dumps)")
	output = flag.String("output", "", "folder for the NDJSON shards, the bleve indexes and errors.ndjson")
	shards = flag.Int("shards", 4, "number of shards")
)

func main() {
	flag.Parse()
	beam.Init()
	if *input == "" || *output == "" || *shards < 1 {
		log.Fatal("zhnews-beam: --input, --output and --shards (>= 1) are required")
	}
	p, s := beam.NewPipelineWithRoot()
	zhbeam.Build(s, *input, *output, *shards)
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("zhnews-beam: %v", err)
	}
}
