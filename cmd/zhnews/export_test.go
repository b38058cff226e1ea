package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
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

	"zhnews/esbulk"
)

func ingestArticles(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "idx.bleve")
	if code, _, errOut := zhnewsRun(t, "", "ingest", "--quiet", "--index", dir, articles); code != 0 {
		t.Fatal(errOut)
	}
	return dir
}

// An es-bulk export in small chunks is loaded by es-load into a server on
// loopback that checks every document against the template's strict
// mapping, as Elasticsearch does.
func TestExportESLoad(t *testing.T) {
	idx := ingestArticles(t)
	out := t.TempDir()
	code, _, errOut := zhnewsRun(t, "", "export", "--index", idx, "--format", "es-bulk", "--out", out, "--chunk-mb", "0.01", "--es-analyzer", "ik")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var m esbulk.Manifest
	b, _ := os.ReadFile(filepath.Join(out, esbulk.ManifestName))
	if err := json.Unmarshal(b, &m); err != nil || m.Articles != 5 || len(m.Chunks) < 2 || m.Analyzer != "ik" || !strings.HasPrefix(m.Producer, "zhnews ") {
		t.Fatalf("manifest %+v: %v", m, err)
	}
	var mu sync.Mutex
	var mapping *esbulk.Mapping
	indexed := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		body, _ := io.ReadAll(r.Body)
		if r.Method == http.MethodPut {
			var err error
			if mapping, err = esbulk.ReadMapping(body); err != nil {
				http.Error(w, err.Error(), 400)
			}
			return
		}
		var items []string
		sc := bufio.NewScanner(bytes.NewReader(body))
		sc.Buffer(nil, 1<<26)
		// Bulk lines come in pairs: the action, then the document.
		for sc.Scan() {
			if !sc.Scan() {
				break
			}
			status := 201
			for _, err := range mapping.Check(sc.Bytes()) {
				t.Errorf("refused: %v", err)
				status = 400
			}
			if status == 201 {
				indexed++
			}
			items = append(items, fmt.Sprintf(`{"index":{"_id":"x","status":%d}}`, status))
		}
		fmt.Fprintf(w, `{"errors":false,"items":[%s]}`, strings.Join(items, ","))
	}))
	defer srv.Close()
	code, _, errOut = zhnewsRun(t, "", "es-load", out, "--url", srv.URL)
	if code != 0 || indexed != 5 || !strings.Contains(errOut, "5 documents indexed, 0 refused") {
		t.Errorf("es-load: exit %d, %d indexed: %s", code, indexed, errOut)
	}
}

func TestExportCSVFlavours(t *testing.T) {
	idx := ingestArticles(t)
	code, out, errOut := zhnewsRun(t, "", "export", "--format", "articles-csv", "--bom", "--index", idx)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.HasPrefix(out, "\ufeffid,source,title") {
		t.Errorf("no byte-order mark or header: %.40q", out)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\ufeff"))).ReadAll()
	if err != nil || len(rows) != 6 || len(rows[1]) != len(articleCSVHeader) || rows[1][len(rows[1])-1] == "" {
		t.Errorf("articles CSV: %d rows: %v", len(rows), err)
	}
	_, out, _ = zhnewsRun(t, "", "export", "--format", "csv", "--index", idx)
	if strings.HasPrefix(out, "\ufeff") || !strings.HasPrefix(out, "source,id,hospital") {
		t.Errorf("facts CSV without --bom: %.40q", out)
	}
}

func TestConventions(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"version"}} {
		code, out, _ := zhnewsRun(t, "", args...)
		if code != 0 || !strings.HasPrefix(out, "zhnews ") {
			t.Errorf("%v: exit %d: %q", args, code, out)
		}
	}
	// Help asked for goes to standard output.
	for _, args := range [][]string{{"help", "extract"}, {"extract", "--help"}, {"export", "-h"}} {
		code, out, errOut := zhnewsRun(t, "", args...)
		if code != 0 || !strings.Contains(out, "usage: zhnews") || errOut != "" {
			t.Errorf("%v: exit %d, stdout %d bytes, stderr %q", args, code, len(out), errOut)
		}
	}
	// Flags after the inputs are flags, not inputs.
	code, out, errOut := zhnewsRun(t, "", "extract", filepath.Join(articles, "004_d4549ff23c5fed17.txt"), "--format", "json")
	if code != 0 || !strings.HasPrefix(out, "[") {
		t.Errorf("flag after the input: exit %d: %.60s %s", code, out, errOut)
	}
	// After --, a name that starts with - is an input.
	if code, _, errOut := zhnewsRun(t, "", "extract", "--", "-x.txt"); code != 1 || !strings.Contains(errOut, "-x.txt") {
		t.Errorf("after --: exit %d: %s", code, errOut)
	}
	// An unknown flag anywhere is named.
	if code, _, errOut := zhnewsRun(t, "", "extract", articles, "--frmat", "json"); code != 2 || !strings.Contains(errOut, "frmat") || strings.Contains(errOut, "zhnews: skipped") {
		t.Errorf("misplaced unknown flag: exit %d: %s", code, errOut)
	}
}
