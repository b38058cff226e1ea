package zhbeam

import "os"

// WithPrivateTempDir runs f with os.TempDir pointing at a new directory of
// its own, and removes that directory, with what f left in it, when f
// returns; TMPDIR gets its value back.
//
// Beam's loopback mode (the prism and direct runners run the pipeline in
// this process) creates an empty "beamloopbackworker-*" file in
// os.TempDir for every pipeline and never removes it (apache/beam issue
// 27569): every run, and every test, left one in /tmp. Where no directory
// can be made, f runs in os.TempDir as it is: the file left is the cost.
func WithPrivateTempDir(f func()) {
	dir, err := os.MkdirTemp("", "zhnews-beam-")
	if err != nil {
		f()
		return
	}
	defer os.RemoveAll(dir)
	if prev, had := os.LookupEnv("TMPDIR"); had {
		defer os.Setenv("TMPDIR", prev)
	} else {
		defer os.Unsetenv("TMPDIR")
	}
	os.Setenv("TMPDIR", dir)
	f()
}
