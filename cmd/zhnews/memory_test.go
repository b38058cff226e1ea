package main

import (
	"flag"
	"io"
	"math"
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
