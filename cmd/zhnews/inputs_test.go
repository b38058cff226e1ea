package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A run given URLs, directly and in a --urls list, fetches them from a
// server on loopback, names each failure and keeps the pages in a WARC
// that a second run reads without the server.
func TestExtractURLs(t *testing.T) {
	page, err := os.ReadFile("../../testdata/html/hospital_news.html")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/news/1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/news/gone", http.NotFound)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	dir := t.TempDir()
	list := filepath.Join(dir, "urls.txt")
	os.WriteFile(list, []byte("# today\n"+srv.URL+"/news/gone\n"), 0o644)
	saved := filepath.Join(dir, "run.warc.gz")
	code, out, errOut := zhnewsRun(t, "", "extract", srv.URL+"/news/1", "--urls", list, "--save-warc", saved, "--delay", "0")
	if code != exitSkipped {
		t.Fatalf("exit %d, want 1 (one URL failed): %s", code, errOut)
	}
	recs := decodeNDJSON(t, out)
	if len(recs) != 1 || recs[0].Source != srv.URL+"/news/1" || recs[0].Title == "" {
		t.Fatalf("records: %+v", recs)
	}
	if !strings.Contains(errOut, "skipped: fetch: HTTP 404") && !strings.Contains(errOut, srv.URL+"/news/gone") {
		t.Errorf("failure not named: %s", errOut)
	}
	srv.Close()
	code, again, errOut := zhnewsRun(t, "", "extract", saved)
	if code != exitOK {
		t.Fatalf("re-run from the WARC: exit %d: %s", code, errOut)
	}
	if re := decodeNDJSON(t, again); len(re) != 1 || re[0].ID != recs[0].ID || re[0].Source != recs[0].Source {
		t.Errorf("the WARC re-run differs: %+v", re)
	}

	os.WriteFile(list, []byte("www.example.test/no-scheme\n"), 0o644)
	if code, _, errOut := zhnewsRun(t, "", "extract", "--urls", list); code != exitUsage || !strings.Contains(errOut, "urls.txt:1") {
		t.Errorf("bad list: exit %d: %s", code, errOut)
	}
}
