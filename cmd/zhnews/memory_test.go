package main

import (
	"flag"
	"io"
	"math"
	"runtime/debug"
	"testing"
)

func TestIngestMemoryLimit(t *testing.T) {
	tests := []struct {
		args   []string
		envSet bool
		limit  int64
		ok     bool
	}{
		{nil, false, defaultIngestMemory << 20, true},
		{nil, true, 0, false}, // GOMEMLIMIT rules
		{[]string{"--memory", "1024"}, true, 1024 << 20, true},
		{[]string{"--memory", "0"}, false, math.MaxInt64, true},
	}
	for _, tt := range tests {
		if tt.envSet {
			t.Setenv("GOMEMLIMIT", "300MiB")
		} else {
			t.Setenv("GOMEMLIMIT", "")
		}
		fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		mib := fs.Int("memory", defaultIngestMemory, "")
		if err := fs.Parse(tt.args); err != nil {
			t.Fatal(err)
		}
		limit, ok := ingestMemoryLimit(fs, *mib)
		if limit != tt.limit || ok != tt.ok {
			t.Errorf("%v (GOMEMLIMIT set: %v): %d %v, want %d %v", tt.args, tt.envSet, limit, ok, tt.limit, tt.ok)
		}
	}
}

func TestMemoryLimitFollowsLiveHeap(t *testing.T) {
	const floor = 448 << 20
	for _, tt := range []struct {
		live uint64
		want int64
	}{
		{0, floor},
		{200 << 20, floor},
		{1 << 30, 3 << 29},
	} {
		if got := memoryLimitFor(floor, tt.live); got != tt.want {
			t.Errorf("live %d MiB: limit %d MiB, want %d", tt.live>>20, got>>20, tt.want>>20)
		}
	}
	t.Setenv("GOGC", "")
	prev := debug.SetMemoryLimit(-1)
	prevPercent := debug.SetGCPercent(-1)
	debug.SetGCPercent(prevPercent)
	stop := followLiveHeap(floor)
	if got := debug.SetMemoryLimit(-1); got < floor {
		t.Errorf("limit %d while following, want at least %d", got, floor)
	}
	if got := debug.SetGCPercent(ingestGCPercent); got != ingestGCPercent {
		t.Errorf("GOGC %d under the limit, want %d", got, ingestGCPercent)
	}
	stop()
	if got := debug.SetMemoryLimit(-1); got != prev {
		t.Errorf("limit %d after stop, want the one before, %d", got, prev)
	}
	if got := debug.SetGCPercent(prevPercent); got != prevPercent {
		t.Errorf("GOGC %d after stop, want the one before, %d", got, prevPercent)
	}
	// A GOGC the user set is left alone.
	t.Setenv("GOGC", "50")
	stop = followLiveHeap(floor)
	if got := debug.SetGCPercent(prevPercent); got != prevPercent {
		t.Errorf("GOGC %d with GOGC set, want it unchanged, %d", got, prevPercent)
	}
	stop()
}
