package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"zhnews/source"
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
	// The same page in GB18030, its <meta charset> taken out: only the HTTP
	// header says how it is encoded.
	gbkPage, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(strings.Replace(string(page), `<meta charset="gb2312">`, "", 1)))
	if err != nil {
		t.Fatal(err)
	}
	mux.HandleFunc("/news/gbk", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=GB18030")
		w.Write(gbkPage)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	dir := t.TempDir()
	list := filepath.Join(dir, "urls.txt")
	os.WriteFile(list, []byte("# today\n"+srv.URL+"/news/gone\n"), 0o644)
	saved := filepath.Join(dir, "run.warc.gz")
	code, out, errOut := zhnewsRun(t, "", "extract", srv.URL+"/news/1", "--urls", list, "--save-warc", saved, "--fetch-delay", "0", srv.URL+"/news/gbk")
	if code != exitSkipped {
		t.Fatalf("exit %d, want 1 (one URL failed): %s", code, errOut)
	}
	recs := decodeNDJSON(t, out)
	if len(recs) != 2 || recs[0].Source != srv.URL+"/news/1" || recs[0].Title == "" {
		t.Fatalf("%d records, stderr: %s", len(recs), errOut)
	}
	if g := recs[1]; g.Source != srv.URL+"/news/gbk" || g.Title != recs[0].Title || g.Text != recs[0].Text {
		t.Errorf("the GBK page reads %q, want %q", g.Title, recs[0].Title)
	}
	if !strings.Contains(errOut, "skipped: fetch: HTTP 404") && !strings.Contains(errOut, srv.URL+"/news/gone") {
		t.Errorf("failure not named: %s", errOut)
	}
	srv.Close()
	code, again, errOut := zhnewsRun(t, "", "extract", saved)
	if code != exitOK {
		t.Fatalf("re-run from the WARC: exit %d: %s", code, errOut)
	}
	// The archive holds the pages in the order they arrived.
	re := decodeNDJSON(t, again)
	want := map[string]string{recs[0].Source: recs[0].Text, recs[1].Source: recs[1].Text}
	for _, r := range re {
		if want[r.Source] != r.Text {
			t.Errorf("the WARC re-run differs for %s", r.Source)
		}
		delete(want, r.Source)
	}
	if len(re) != 2 || len(want) != 0 {
		t.Errorf("the WARC re-run read %d records", len(re))
	}

	os.WriteFile(list, []byte("www.example.test/no-scheme\n"), 0o644)
	if code, _, errOut := zhnewsRun(t, "", "extract", "--urls", list); code != exitUsage || !strings.Contains(errOut, "urls.txt:1") {
		t.Errorf("bad list: exit %d: %s", code, errOut)
	}
}

// A web archive is read as a dump: its page is a record named by its URI,
// what is no page is counted in a note.
func TestExtractWARC(t *testing.T) {
	page, err := os.ReadFile("../../testdata/html/hospital_news.html")
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "crawl.warc.gz")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	ww := source.NewWARCWriter(f)
	ww.Write(source.Fetched{URL: "https://news.example.test/a.html", Header: http.Header{"Content-Type": {"text/html"}}, Body: page})
	ww.Write(source.Fetched{URL: "https://news.example.test/logo.png", Header: http.Header{"Content-Type": {"image/png"}}, Body: []byte("\x89PNG")})
	f.Close()
	code, out, errOut := zhnewsRun(t, "", "extract", p)
	recs := decodeNDJSON(t, out)
	if code != 0 || len(recs) != 1 || recs[0].Source != "https://news.example.test/a.html" {
		t.Fatalf("exit %d, %d records: %s", code, len(recs), errOut)
	}
	if !strings.Contains(errOut, "zhnews: note: "+p+": 1 records read as articles, 1 passed over (not a page 1)") {
		t.Errorf("no note: %q", errOut)
	}
}
