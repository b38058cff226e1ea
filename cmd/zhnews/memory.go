package main

import (
	"flag"
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// defaultIngestMemory is ingest's soft memory limit in MiB. Go's
// collector lets the heap grow to twice what is live before it runs: an
// ingest holds 150–250 MB live (the dictionaries, the batches bleve is
// indexing, its merges, the near-duplicate table), and its peak was
// 510–616 MB anonymous at 80,000 articles. Near the limit the collector
// runs earlier and gives freed pages back to the system: 436 MB.
const defaultIngestMemory = 448

// ingestMemoryLimit is the soft memory limit in bytes the ingest sets:
// --memory when given; else none when GOMEMLIMIT is set (the runtime has
// read it); else the default. ok is false when no limit is to be set.
func ingestMemoryLimit(fs *flag.FlagSet, mib int) (limit int64, ok bool) {
	given := false
	fs.Visit(func(f *flag.Flag) { given = given || f.Name == "memory" })
	if !given && os.Getenv("GOMEMLIMIT") != "" {
		return 0, false
	}
	if mib == 0 {
		return math.MaxInt64, true
	}
	return int64(mib) << 20, true
}

// liveHeapHeadroom is how far above the live heap the limit stays: a
// fixed limit below what one huge article keeps live had the collector
// run without pause (a 12.5 MB article ingested in 16.7 s under 448 MiB,
// 9.4 s without a limit).
const liveHeapHeadroom = 1.5

// ingestGCPercent is the collector's GOGC while a memory limit is in
// force and GOGC is not set. With the default, 100, the collector runs each
// time the heap doubles, long before the limit is near: 11 % of an
// ingest's CPU went to it. Under the limit the heap may grow to four times
// what is live, and the limit, not the percentage, decides when the
// collector runs: at 20,000 articles, 11.5 % less CPU per article (paired),
// peak anonymous memory 362 → 440 MB, and 441 MB at 80,000.
const ingestGCPercent = 300

// followLiveHeap sets the soft memory limit to floor, or to
// liveHeapHeadroom × the live heap when that is more, checking a few
// times a second, until the returned stop is called (which restores the
// limit, and the collector's percentage, there were before).
func followLiveHeap(floor int64) (stop func()) {
	prev := debug.SetMemoryLimit(floor)
	if floor == math.MaxInt64 {
		return func() { debug.SetMemoryLimit(prev) }
	}
	prevPercent := -2 // unchanged
	if os.Getenv("GOGC") == "" {
		prevPercent = debug.SetGCPercent(ingestGCPercent)
	}
	done, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		tick := time.NewTicker(200 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			if sample[0].Value.Kind() != metrics.KindUint64 {
				return // a runtime without the metric: the floor stays
			}
			debug.SetMemoryLimit(memoryLimitFor(floor, sample[0].Value.Uint64()))
		}
	}()
	return func() {
		close(done)
		<-stopped
		debug.SetMemoryLimit(prev)
		if prevPercent != -2 {
			debug.SetGCPercent(prevPercent)
		}
	}
}

// memoryLimitFor is the limit for a live heap of live bytes.
func memoryLimitFor(floor int64, live uint64) int64 {
	return max(floor, int64(float64(live)*liveHeapHeadroom))
}
