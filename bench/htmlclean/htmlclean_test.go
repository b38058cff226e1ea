// Package htmlclean compares zhnews's HTML cleaning with go-trafilatura's
// extraction on the same pages, in paired runs. It is its own module so
// that the main module does not carry go-trafilatura.
//
//	ZHNEWS_HTML_DIR=/path/to/pages go test -bench . -count 6 ./htmlclean
//
// Without ZHNEWS_HTML_DIR it reads the main module's testdata/html.
package htmlclean

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"syscall"
	"testing"
	"time"

	"github.com/markusmobius/go-trafilatura"
	"zhnews/clean"
)

func pages(tb testing.TB) (names []string, data [][]byte, size int64) {
	dir := os.Getenv("ZHNEWS_HTML_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "testdata", "html")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.htm*"))
	if len(files) == 0 {
		tb.Fatalf("no HTML pages in %s", dir)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		names = append(names, filepath.Base(f))
		data = append(data, b)
		size += int64(len(b))
	}
	return names, data, size
}

func cleanAll(c *clean.Cleaner, names []string, data [][]byte) {
	for i, b := range data {
		c.Clean(names[i], b)
	}
}

// trafilaturaAll extracts text, metadata and date as go-trafilatura does
// by default (its date stage is go-htmldate, as zhnews's is).
func trafilaturaAll(data [][]byte) {
	for _, b := range data {
		trafilatura.Extract(bytes.NewReader(b), trafilatura.Options{})
	}
}

func BenchmarkZhnewsClean(b *testing.B) {
	c := clean.New()
	names, data, size := pages(b)
	b.SetBytes(size)
	for b.Loop() {
		cleanAll(c, names, data)
	}
}

func BenchmarkTrafilatura(b *testing.B) {
	_, data, size := pages(b)
	b.SetBytes(size)
	for b.Loop() {
		trafilaturaAll(data)
	}
}

// TestSpeedRatio times both on the same pages in alternating rounds and
// prints how many times faster zhnews cleans: the median of the rounds'
// ratios, so that a busy moment on a shared machine skews one round, not
// the figure. Each round starts from a collected heap (neither pays for
// the other's garbage) and is timed in process CPU time as well as wall
// time, since other processes share the cores.
func TestSpeedRatio(t *testing.T) {
	if testing.Short() {
		t.Skip("timing run")
	}
	c := clean.New()
	names, data, size := pages(t)
	cleanAll(c, names, data) // warm up both
	trafilaturaAll(data)
	const rounds = 7
	var wall, cpu []float64
	var ours, theirs time.Duration
	timed := func(f func()) (time.Duration, time.Duration) {
		runtime.GC()
		c0, w0 := cpuTime(), time.Now()
		f()
		return time.Since(w0), cpuTime() - c0
	}
	for r := 0; r < rounds; r++ {
		zw, zc := timed(func() { cleanAll(c, names, data) })
		tw, tc := timed(func() { trafilaturaAll(data) })
		ours += zc
		theirs += tc
		wall = append(wall, float64(tw)/float64(zw))
		cpu = append(cpu, float64(tc)/float64(zc))
	}
	sort.Float64s(wall)
	sort.Float64s(cpu)
	mb := float64(size) * rounds / 1e6
	t.Logf("%d pages, %.1f MB, %d paired rounds: zhnews %.1f MB/s, go-trafilatura %.1f MB/s of CPU time; "+
		"ratio %.2f× in CPU time (range %.2f–%.2f), %.2f× in wall time (range %.2f–%.2f)",
		len(data), float64(size)/1e6, rounds, mb/ours.Seconds(), mb/theirs.Seconds(),
		cpu[rounds/2], cpu[0], cpu[rounds-1], wall[rounds/2], wall[0], wall[rounds-1])
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
