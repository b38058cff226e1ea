package main

import (
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"zhnews/internal/corpusgen"
)

// rssKB is the resident set of process pid, from /proc.
func rssKB(t *testing.T, pid int) int {
	t.Helper()
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			n, _ := strconv.Atoi(f[1])
			return n
		}
	}
	t.Fatal("no VmRSS")
	return 0
}

// burstQueries are what a user, or someone unkind, types into the search
// box: wildcards, regexps and fuzzy words, broad and narrow.
var burstQueries = []string{"*", "/.*/", "党~2", "党*", "医*", "/医.*/", "人*", "?院", "/.+院/", "工作~1", "中*", "/党.部/", "医院*", "*院", "/[^a]+/"}

// A burst of 50 wildcard searches at once on a real serve over loopback:
// each is answered (200, 400 or 503, never a hang), and the process's
// memory is back within 20 % of where it started. ZHNEWS_LOAD_ARTICLES
// sets the index size (300 by default; the figures are at 3000).
func TestBurstOfWildcardQueries(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and runs it")
	}
	n := 300
	if s := os.Getenv("ZHNEWS_LOAD_ARTICLES"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	bin := buildCommand(t)
	samples, err := corpusgen.Samples(articles)
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	dump, dir := filepath.Join(tmp, "dump.jsonl"), filepath.Join(tmp, "idx.bleve")
	writeDump(t, dump, corpusgen.Generate(samples, n, 21), 0)
	if code, stderr, _ := runFor(t, 5*time.Minute, bin, "ingest", "--quiet", "--index", dir, dump); code != 0 {
		t.Fatalf("ingest: %d %s", code, stderr)
	}
	srv, addr := startServe(t, bin, dir)
	pid := srv.Process.Pid
	client := &http.Client{Timeout: 30 * time.Second}
	get := func(q string) (int, time.Duration) {
		start := time.Now()
		res, err := client.Get("http://" + addr + "/api/search?q=" + url.QueryEscape(q) + "&limit=20")
		if err != nil {
			t.Errorf("%s: %v", q, err)
			return 0, time.Since(start)
		}
		res.Body.Close()
		return res.StatusCode, time.Since(start)
	}
	// Warm up: the page's own searches map the index.
	for _, q := range []string{"医院", "党支部", "床位"} {
		get(q)
	}
	time.Sleep(500 * time.Millisecond)
	before := rssKB(t, pid)

	peak := before
	stop := make(chan struct{})
	var watch sync.WaitGroup
	watch.Add(1)
	go func() {
		defer watch.Done()
		for {
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
				peak = max(peak, rssKB(t, pid))
			}
		}
	}()
	const burst = 50
	var wg sync.WaitGroup
	lat := make([]time.Duration, burst)
	codes := map[int]int{}
	var mu sync.Mutex
	start := time.Now()
	for i := 0; i < burst; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			code, d := get(burstQueries[i%len(burstQueries)])
			mu.Lock()
			lat[i] = d
			codes[code]++
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	wall := time.Since(start)
	close(stop)
	watch.Wait()
	// Memory the burst took is given back within a few seconds.
	var after int
	deadline := time.Now().Add(15 * time.Second)
	for {
		after = rssKB(t, pid)
		if float64(after) <= 1.2*float64(before) || time.Now().After(deadline) {
			break
		}
		time.Sleep(250 * time.Millisecond)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	t.Logf("%d articles, %d searches at once in %v: status %v; latency p50 %v p99 %v; RSS before %d MB, peak %d MB, after %d MB",
		n, burst, wall.Round(time.Millisecond), codes, lat[burst/2].Round(time.Millisecond), lat[burst*99/100].Round(time.Millisecond), before>>10, peak>>10, after>>10)
	if codes[0] > 0 || codes[500] > 0 {
		t.Errorf("failed requests: %v", codes)
	}
	if float64(after) > 1.2*float64(before) {
		t.Errorf("RSS %d kB after the burst, over 120%% of %d kB before", after, before)
	}
	// And the server still answers.
	if code, _ := get("医院"); code != 200 {
		t.Errorf("after the burst: %d", code)
	}
}
