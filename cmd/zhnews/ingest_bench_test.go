package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"zhnews/internal/corpusgen"
)

var (
	ingestLarge = flag.Bool("ingest-large", false, "run BenchmarkIngest at 20,000 and 80,000 articles too")
	ingestHeap  = flag.String("ingest-heap", "", "BenchmarkIngest writes a heap profile to this file each time the anonymous peak grows by 16 MB, with the Go runtime's account of that memory in FILE.txt")
)

// BenchmarkIngest runs the ingest command on 5,000, 20,000 and 80,000
// generated articles (one .txt file each) into a new index, and reports
// articles/s, ns/article and the process's peak resident memory during the
// ingest (all of it, and the anonymous part: the index's segment files
// are mapped, and their pages count in the first). The per-article cost
// should not grow with the size of the index:
//
//	go test -run XXX -bench Ingest -benchtime 1x ./cmd/zhnews                # 5,000
//	go test -run XXX -bench Ingest -benchtime 1x -timeout 2h ./cmd/zhnews -ingest-large
func BenchmarkIngest(b *testing.B) {
	for _, n := range []int{5000, 20000, 80000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			if n > 5000 && !*ingestLarge {
				b.Skip("run with -ingest-large")
			}
			in := writeGenerated(b, n)
			for i := 0; i < b.N; i++ {
				dir := filepath.Join(b.TempDir(), "idx.bleve")
				peak := watchRSS(b)
				cpu0 := cpuTime()
				start := time.Now()
				var stderr strings.Builder
				code := run(context.Background(), []string{"ingest", "--quiet", "--index", dir, in}, strings.NewReader(""), io.Discard, &stderr)
				took := time.Since(start)
				cpu := cpuTime() - cpu0
				rss, anon := peak()
				if code != exitOK {
					b.Fatalf("ingest: exit %d: %s", code, stderr.String())
				}
				b.ReportMetric(float64(n)/took.Seconds(), "articles/s")
				b.ReportMetric(float64(took.Nanoseconds())/float64(n), "ns/article")
				// CPU time per article: less at the mercy of other
				// processes on a shared machine than the wall time.
				b.ReportMetric(float64(cpu.Nanoseconds())/float64(n), "cpu-ns/article")
				b.ReportMetric(cpu.Seconds()/took.Seconds(), "cores")
				b.ReportMetric(float64(rss)/(1<<20), "peak-rss-MB")
				b.ReportMetric(float64(anon)/(1<<20), "peak-anon-MB")
			}
		})
	}
}

// writeGenerated writes n generated articles into a folder of .txt files.
func writeGenerated(b *testing.B, n int) string {
	b.Helper()
	samples, err := corpusgen.Samples(articles)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	for i, text := range corpusgen.Generate(samples, n, 1) {
		sub := filepath.Join(dir, fmt.Sprintf("%03d", i/1000))
		if i%1000 == 0 {
			if err := os.Mkdir(sub, 0o755); err != nil {
				b.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("%06d.txt", i)), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	// The generated texts are garbage now: give their memory back, so that
	// the peak measured is the ingest's.
	debug.FreeOSMemory()
	return dir
}

// watchRSS resets the process's peak resident set (Linux: clear_refs 5)
// and samples the anonymous part until the returned function is called,
// which reports both peaks in bytes (0 where /proc cannot tell).
func watchRSS(b *testing.B) func() (rss, anon int64) {
	os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
	var (
		mu       sync.Mutex
		peakAnon int64
		profiled int64 // the anonymous memory at the last heap profile
	)
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			a := procStatus("RssAnon")
			mu.Lock()
			if *ingestHeap != "" && a > profiled+16<<20 {
				writeHeapProfile(b, *ingestHeap, a)
				profiled = a
			}
			peakAnon = max(peakAnon, a)
			mu.Unlock()
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() (int64, int64) {
		close(done)
		<-stopped
		mu.Lock()
		defer mu.Unlock()
		return procStatus("VmHWM"), peakAnon
	}
}

// writeHeapProfile writes the heap profile (as of the last collection)
// to path, and to path.txt where the process's anonymous memory went by
// the Go runtime's account: in-use heap, heap kept but free, stacks and
// the runtime's own.
func writeHeapProfile(b *testing.B, path string, anon int64) {
	f, err := os.Create(path)
	if err != nil {
		b.Error(err)
		return
	}
	defer f.Close()
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		b.Error(err)
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	mb := func(n uint64) uint64 { return n >> 20 }
	note := fmt.Sprintf("anon %d MB: heap in use %d, heap free not returned %d, stacks %d, runtime %d; heap goal %d; %d collections\n",
		anon>>20, mb(m.HeapInuse), mb(m.HeapIdle-m.HeapReleased), mb(m.StackSys), mb(m.MSpanSys+m.MCacheSys+m.BuckHashSys+m.GCSys+m.OtherSys), mb(m.NextGC), m.NumGC)
	if err := os.WriteFile(path+".txt", []byte(note), 0o644); err != nil {
		b.Error(err)
	}
}

// cpuTime is the process's user and system time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// procStatus reads one "Name: N kB" line of /proc/self/status, in bytes.
func procStatus(name string) int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), name+":"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				return 0
			}
			return kb << 10
		}
	}
	return 0
}
