package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"zhnews/internal/corpusgen"
)

var (
	buildOnce sync.Once
	builtBin  string
	buildErr  error
)

// TestMain removes the command built for the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if builtBin != "" {
		os.RemoveAll(filepath.Dir(builtBin))
	}
	os.Exit(code)
}

// buildCommand builds zhnews into a temporary folder, once per test
// binary.
func buildCommand(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "zhnews-bin")
		if err != nil {
			buildErr = err
			return
		}
		builtBin = filepath.Join(dir, "zhnews")
		if out, err := exec.Command("go", "build", "-o", builtBin, ".").CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return builtBin
}

// startServe starts zhnews serve on a free loopback port and returns the
// process and its address once it listens.
func startServe(t *testing.T, bin, dir string) (*exec.Cmd, string) {
	t.Helper()
	cmd := exec.Command(bin, "serve", "--index", dir, "--addr", "127.0.0.1:0")
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	addrs := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		re := regexp.MustCompile(`on http://([0-9.:]+)/`)
		for sc.Scan() {
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				addrs <- m[1]
			}
		}
	}()
	select {
	case a := <-addrs:
		return cmd, a
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not start")
	}
	return nil, ""
}

func articleCount(t *testing.T, addr string) int {
	t.Helper()
	res, err := http.Get("http://" + addr + "/api/stats")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var st struct{ Articles int }
	json.NewDecoder(res.Body).Decode(&st)
	return st.Articles
}

// runFor runs the command with a deadline and returns its exit code,
// stderr and how long it took.
func runFor(t *testing.T, limit time.Duration, bin string, args ...string) (int, string, time.Duration) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	var errOut strings.Builder
	cmd.Stderr = &errOut
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(limit):
		cmd.Process.Kill()
		<-done
		t.Fatalf("%v: still running after %v (hung)\n%s", args, limit, errOut.String())
	}
	return cmd.ProcessState.ExitCode(), errOut.String(), time.Since(start)
}

// serve and ingest on one index, as two real processes: a dump ingested
// while serve runs shows in its answers without a restart, neither hangs,
// and a process that cannot get the index says who holds it at once.
func TestLiveIngestWhileServing(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and runs it")
	}
	bin := buildCommand(t)
	samples, err := corpusgen.Samples(articles)
	if err != nil {
		t.Fatal(err)
	}
	texts := corpusgen.Generate(samples, 40, 11)
	tmp := t.TempDir()
	first, second, dir := filepath.Join(tmp, "first.jsonl"), filepath.Join(tmp, "second.jsonl"), filepath.Join(tmp, "idx.bleve")
	writeDump(t, first, texts[:20], 0)
	writeDump(t, second, texts[20:], 20)
	if code, stderr, _ := runFor(t, time.Minute, bin, "ingest", "--quiet", "--index", dir, first); code != 0 {
		t.Fatalf("first ingest: %d %s", code, stderr)
	}
	srv, addr := startServe(t, bin, dir)
	if n := articleCount(t, addr); n != 20 {
		t.Fatalf("serve sees %d articles, want 20", n)
	}

	// A second dump while serve runs: handed to serve, visible at once.
	start := time.Now()
	code, stderr, _ := runFor(t, time.Minute, bin, "ingest", "--quiet", "--index", dir, second)
	if code != 0 || !strings.Contains(stderr, "open in zhnews serve") {
		t.Fatalf("ingest while serving: %d %s", code, stderr)
	}
	for articleCount(t, addr) != 40 {
		if time.Since(start) > 30*time.Second {
			t.Fatalf("serve sees %d articles 30 s after the ingest, want 40", articleCount(t, addr))
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Logf("second dump visible in serve %v after the ingest started", time.Since(start).Round(time.Millisecond))
	// Run again: the manifest serve wrote says nothing changed.
	if code, stderr, _ := runFor(t, time.Minute, bin, "ingest", "--quiet", "--index", dir, second); code != 0 || !strings.Contains(stderr, " 20 unchanged") {
		t.Errorf("second run: %d %s", code, stderr)
	}

	// search and facts ask the serve that holds the index.
	for _, args := range [][]string{{"search", "--index", dir, "医院"}, {"facts", "--index", dir, "--limit", "5"}} {
		cmd := exec.Command(bin, args...)
		out, err := cmd.Output()
		if err != nil || !strings.Contains(string(out), "40 articles match") && !strings.Contains(string(out), " facts") {
			t.Errorf("%s while serving: %v\n%s", args[0], err, out)
		}
	}
	if code, stderr, _ := runFor(t, 10*time.Second, bin, "search", "--index", dir, "title:("); code != 2 || !strings.Contains(stderr, "never closed") {
		t.Errorf("a malformed search through serve: exit %d, %s", code, stderr)
	}

	// Another serve, or an export, cannot have the index: each says who
	// holds it within a couple of seconds and exits non-zero.
	for _, args := range [][]string{
		{"serve", "--index", dir, "--addr", "127.0.0.1:0"},
		{"export", "--index", dir},
	} {
		code, stderr, took := runFor(t, 10*time.Second, bin, args...)
		if code == 0 || !strings.Contains(stderr, "in use by zhnews serve") || took > 3*time.Second {
			t.Errorf("%s while serving: exit %d after %v: %s", args[0], code, took, stderr)
		}
	}

	// SIGTERM stops serve cleanly, and then the index is free.
	if err := signalAndWait(t, srv, syscall.SIGTERM, 10*time.Second); err != nil {
		t.Errorf("serve after SIGTERM: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "zhnews-holder.json")); !os.IsNotExist(err) {
		t.Errorf("holder file left behind: %v", err)
	}
	if code, stderr, _ := runFor(t, time.Minute, bin, "search", "--index", dir, "医院"); code != 0 {
		t.Errorf("search after serve stopped: %d %s", code, stderr)
	}

	// Served as shards, the index is only read: an ingest into it names
	// the reading serve (from the system's lock table) and stops.
	other := filepath.Join(tmp, "other.bleve")
	if code, stderr, _ := runFor(t, time.Minute, bin, "ingest", "--quiet", "--index", other, first); code != 0 {
		t.Fatalf("ingest other: %d %s", code, stderr)
	}
	startServe(t, bin, dir+","+other)
	code, stderr, took := runFor(t, 10*time.Second, bin, "ingest", "--quiet", "--index", dir, second)
	if code == 0 || !strings.Contains(stderr, "in use by zhnews serve (pid") || took > 3*time.Second {
		t.Errorf("ingest into a served shard: exit %d after %v: %s", code, took, stderr)
	}
}

// An ingest holding the index: serve says so at once instead of waiting.
func TestServeRefusesIndexInIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and runs it")
	}
	bin := buildCommand(t)
	samples, err := corpusgen.Samples(articles)
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	dump, dir := filepath.Join(tmp, "dump.jsonl"), filepath.Join(tmp, "idx.bleve")
	// Enough articles that the ingest still runs when the checks below
	// are done (one worker writes 400 in about two seconds).
	writeDump(t, dump, corpusgen.Generate(samples, 4000, 5), 0)
	ingest := exec.Command(bin, "ingest", "--quiet", "--workers", "1", "--index", dir, dump)
	if err := ingest.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { ingest.Process.Kill(); ingest.Wait() }()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, err := os.Stat(filepath.Join(dir, "zhnews-holder.json")); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("ingest did not start")
		}
		time.Sleep(20 * time.Millisecond)
	}
	for _, args := range [][]string{{"serve", "--index", dir, "--addr", "127.0.0.1:0"}, {"search", "--index", dir, "医院"}} {
		code, stderr, took := runFor(t, 10*time.Second, bin, args...)
		if code == 0 || !strings.Contains(stderr, "in use by zhnews ingest") || took > 3*time.Second {
			t.Errorf("%s during an ingest: exit %d after %v: %s", args[0], code, took, stderr)
		}
	}
	// Ctrl-C stops the ingest, keeping what it wrote.
	signalAndWait(t, ingest, os.Interrupt, 15*time.Second)
}

// signalAndWait sends the process sig and returns how it exited; a process
// still running after the wait fails the test.
func signalAndWait(t *testing.T, cmd *exec.Cmd, sig os.Signal, wait time.Duration) error {
	t.Helper()
	cmd.Process.Signal(sig)
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		return err
	case <-time.After(wait):
		t.Fatalf("%s ignored %v", filepath.Base(cmd.Path), sig)
		return nil
	}
}
