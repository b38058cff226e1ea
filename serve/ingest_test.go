package serve

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"zhnews"
	"zhnews/index"
)

// POST /api/ingest writes a batch that searches see at once, and lists it
// in the manifest; it refuses other hosts, a wrong token and a bad line.
func TestIngestEndpoint(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx.bleve")
	idx, err := index.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	m, err := index.OpenManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	h := HandlerWith(idx, NewIngester(idx, m, "secret"))

	a := zhnews.Article{Source: "new.txt", Title: "宣城市人民医院召开党建工作会议", Text: "宣城市人民医院召开党建工作会议,全院共有党支部二十个。"}
	a.ID = zhnews.ArticleID(a.Text)
	line, _ := json.Marshal(IngestRecord{Article: a, Entry: &index.ManifestEntry{Source: "new.txt", Hash: "h1", ID: a.ID}})
	post := func(remote, token, body string) int {
		req := httptest.NewRequest(http.MethodPost, IngestPath, strings.NewReader(body))
		req.RemoteAddr = remote
		if token != "" {
			req.Header.Set(TokenHeader, token)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Code
	}
	for _, c := range []struct {
		remote, token, body string
		want                int
	}{
		{"192.0.2.1:1234", "secret", string(line), http.StatusForbidden},
		{"127.0.0.1:1234", "", string(line), http.StatusForbidden},
		{"127.0.0.1:1234", "wrong", string(line), http.StatusForbidden},
		{"127.0.0.1:1234", "secret", string(line) + "\n{not json", http.StatusBadRequest},
	} {
		if code := post(c.remote, c.token, c.body); code != c.want {
			t.Errorf("%s %q: %d, want %d", c.remote, c.token, code, c.want)
		}
	}
	if n, _ := idx.Count(); n != 0 {
		t.Fatalf("refused batches wrote %d articles", n)
	}
	if code := post("[::1]:1234", "secret", string(line)); code != http.StatusOK {
		t.Fatalf("ingest: %d", code)
	}
	code, body := get(t, h, "/api/search?q=%E5%AE%A3%E5%9F%8E%E5%B8%82")
	if code != 200 || body["total"].(float64) != 1 {
		t.Errorf("search after ingest: %d %v", code, body["total"])
	}
	if !m.Unchanged("new.txt", "h1", 0, time.Time{}) {
		t.Error("manifest does not list the ingested input")
	}
}
