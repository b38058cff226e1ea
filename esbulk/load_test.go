package esbulk

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeServer answers _index_template and _bulk as Elasticsearch 8 does,
// checking each document against the stored template's strict mapping and
// refusing requests over maxBody bytes with 413.
type fakeServer struct {
	t       *testing.T
	maxBody int64
	mu      sync.Mutex
	mapping *Mapping
	docs    map[string]bool
	bodies  []int64
	busy    int // answer 429 this many times first
	auth    string
}

func (s *fakeServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.auth != "" && r.Header.Get("Authorization") != s.auth {
		http.Error(w, `{"error":"security_exception"}`, http.StatusUnauthorized)
		return
	}
	if r.ContentLength > s.maxBody {
		http.Error(w, "", http.StatusRequestEntityTooLarge)
		return
	}
	body, _ := io.ReadAll(r.Body)
	switch {
	case r.Method == http.MethodPut && strings.HasPrefix(r.URL.Path, "/_index_template/"):
		m, err := ReadMapping(body)
		if err != nil {
			http.Error(w, `{"error":"`+err.Error()+`"}`, http.StatusBadRequest)
			return
		}
		s.mapping = m
		fmt.Fprint(w, `{"acknowledged":true}`)
	case r.Method == http.MethodPost && r.URL.Path == "/_bulk":
		if s.busy > 0 {
			s.busy--
			http.Error(w, `{"error":"es_rejected_execution_exception"}`, http.StatusTooManyRequests)
			return
		}
		if ct := r.Header.Get("Content-Type"); ct != "application/x-ndjson" {
			http.Error(w, "bad content type "+ct, http.StatusNotAcceptable)
			return
		}
		s.bodies = append(s.bodies, int64(len(body)))
		var items []string
		anyErr := false
		sc := bufio.NewScanner(bytes.NewReader(body))
		sc.Buffer(nil, 1<<30)
		for sc.Scan() {
			var action struct {
				Index struct {
					ID string `json:"_id"`
				} `json:"index"`
			}
			if err := json.Unmarshal(sc.Bytes(), &action); err != nil || !sc.Scan() {
				http.Error(w, "malformed bulk body", http.StatusBadRequest)
				return
			}
			if errs := s.mapping.Check(sc.Bytes()); len(errs) > 0 {
				anyErr = true
				reason, _ := json.Marshal(errs[0].Error())
				items = append(items, fmt.Sprintf(`{"index":{"_id":%q,"status":400,"error":{"type":"document_parsing_exception","reason":%s}}}`, action.Index.ID, reason))
				continue
			}
			s.docs[action.Index.ID] = true
			items = append(items, fmt.Sprintf(`{"index":{"_id":%q,"status":201,"result":"created"}}`, action.Index.ID))
		}
		fmt.Fprintf(w, `{"took":1,"errors":%v,"items":[%s]}`, anyErr, strings.Join(items, ","))
	default:
		http.NotFound(w, r)
	}
}

func exportTo(t *testing.T, n int, chunkBytes int64) (string, Manifest) {
	t.Helper()
	dir := t.TempDir()
	cw := NewChunkWriter(dir, "zhnews-articles", chunkBytes)
	for _, a := range generateArticles(n, 2) {
		if err := cw.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	m, err := cw.Close(Options{Version: "v0.0.1"})
	if err != nil {
		t.Fatal(err)
	}
	return dir, m
}

func TestChunks(t *testing.T) {
	const max = 40 << 10
	dir, m := exportTo(t, 400, max)
	if len(m.Chunks) < 3 || m.Articles != 400 {
		t.Fatalf("%d chunks for %d articles", len(m.Chunks), m.Articles)
	}
	total := 0
	for _, c := range m.Chunks {
		info, err := os.Stat(filepath.Join(dir, c.File))
		if err != nil || info.Size() != c.Bytes || c.Bytes > max {
			t.Errorf("%s: %d bytes (manifest %d, max %d): %v", c.File, info.Size(), c.Bytes, max, err)
		}
		b, _ := os.ReadFile(filepath.Join(dir, c.File))
		if lines := strings.Count(string(b), "\n"); lines != 2*c.Articles {
			t.Errorf("%s: %d lines for %d articles (an article split?)", c.File, lines, c.Articles)
		}
		total += c.Articles
	}
	if total != 400 || m.Producer != "zhnews v0.0.1" {
		t.Errorf("chunks hold %d articles; producer %q", total, m.Producer)
	}
	// An article larger than the limit fills a chunk alone.
	_, m = exportTo(t, 3, 10)
	if len(m.Chunks) != 3 {
		t.Errorf("%d chunks for 3 articles each over the limit", len(m.Chunks))
	}
}

func TestLoad(t *testing.T) {
	dir, m := exportTo(t, 300, 64<<10)
	srv := &fakeServer{t: t, maxBody: 64 << 10, docs: map[string]bool{}, busy: 1, auth: "Basic dTpw"} // u:p
	ts := httptest.NewServer(srv)
	defer ts.Close()
	// One document the strict mapping refuses, added by hand to a chunk.
	last := filepath.Join(dir, m.Chunks[len(m.Chunks)-1].File)
	f, _ := os.OpenFile(last, os.O_APPEND|os.O_WRONLY, 0)
	fmt.Fprint(f, `{"index":{"_index":"zhnews-articles","_id":"bad"}}`+"\n"+`{"id":"bad","colour":"red"}`+"\n")
	f.Close()

	u := strings.Replace(ts.URL, "http://", "http://u:p@", 1)
	var progress []string
	l := &Loader{URL: u, Retries: 2, Backoff: time.Millisecond, Progress: func(c Chunk, ok, bad int) {
		progress = append(progress, fmt.Sprintf("%s %d %d", c.File, ok, bad))
	}}
	rep, err := l.Load(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Indexed != 300 || rep.Failed != 1 || len(srv.docs) != 300 || rep.Chunks != len(m.Chunks) || len(progress) != len(m.Chunks) {
		t.Fatalf("report %+v; server holds %d", rep, len(srv.docs))
	}
	if f := rep.Failures[0]; f.ID != "bad" || f.Status != 400 || !strings.Contains(f.Reason, "colour") || !strings.Contains(f.String(), m.Chunks[len(m.Chunks)-1].File) {
		t.Errorf("failure %v", f)
	}

	// A server with a smaller request limit refuses a chunk whole: the
	// error says what to do.
	srv.maxBody = 1 << 10
	if _, err := l.Load(context.Background(), dir); err == nil || !strings.Contains(err.Error(), "--chunk-mb") {
		t.Errorf("413: %v", err)
	}
	l.URL = ts.URL // no credentials
	if _, err := l.Load(context.Background(), dir); err == nil || !strings.Contains(err.Error(), "401") {
		t.Errorf("401: %v", err)
	}
	if _, err := l.Load(context.Background(), t.TempDir()); err == nil || !strings.Contains(err.Error(), "manifest.json") {
		t.Errorf("not an export: %v", err)
	}
}
