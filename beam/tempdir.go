package zhbeam

import (
	"fmt"
	"os"
)

// PrivateTempDir points os.TempDir at a new directory of its own until the
// returned restore is called, which removes that directory with what is
// in it and gives TMPDIR back its value.
//
// Beam's loopback mode (the prism and direct runners run the pipeline in
// this process) creates an empty "beamloopbackworker-*" file in
// os.TempDir for every pipeline and never removes it (apache/beam issue
// 27569): every run, and every test, left one in /tmp. The command and
// the tests run their pipelines inside a private directory instead.
func PrivateTempDir() (restore func(), err error) {
	dir, err := os.MkdirTemp("", "zhnews-beam-")
	if err != nil {
		return nil, fmt.Errorf("temporary directory: %w", err)
	}
	prev, had := os.LookupEnv("TMPDIR")
	if err := os.Setenv("TMPDIR", dir); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("temporary directory: %w", err)
	}
	return func() {
		if had {
			os.Setenv("TMPDIR", prev)
		} else {
			os.Unsetenv("TMPDIR")
		}
		os.RemoveAll(dir)
	}, nil
}
