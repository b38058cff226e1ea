package serve

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"zhnews/clean"
	"zhnews/extract"
	"zhnews/index"
	"zhnews/segment"
)

var (
	buildOnce sync.Once
	built     string
	buildErr  error
)

// testIndex builds, once per test binary, an index of the bundled
// articles through the real stages.
func testIndex(t testing.TB) *index.Index {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "zhnews-serve")
		if err != nil {
			buildErr = err
			return
		}
		built = filepath.Join(dir, "idx.bleve")
		buildErr = buildIndex(built)
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	x, err := index.OpenReadOnly(built)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	return x
}

func buildIndex(path string) error {
	seg, err := segment.Default()
	if err != nil {
		return err
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	c, p := clean.New(), extract.New()
	x, err := index.Open(path)
	if err != nil {
		return err
	}
	b := x.NewBatch()
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		a, err := c.Clean(filepath.Base(f), raw)
		if err != nil {
			return err
		}
		p.Run(&a, seg.Segment(a.Text))
		if err := b.Add(a); err != nil {
			return err
		}
	}
	if err := b.Commit(); err != nil {
		return err
	}
	return x.Close()
}

func get(t *testing.T, h http.Handler, target string) (int, map[string]any) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	var body map[string]any
	if strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
			t.Fatalf("%s: %v: %s", target, err, rec.Body.String())
		}
	}
	return rec.Code, body
}

func TestAPI(t *testing.T) {
	h := Handler(testIndex(t))
	code, body := get(t, h, "/api/search?q="+url.QueryEscape("黨支部")+"&limit=3")
	if code != 200 || body["total"].(float64) < 3 || len(body["hits"].([]any)) != 3 {
		t.Fatalf("search: %d %v", code, body)
	}
	if _, ok := body["facets"].(map[string]any)["hospital"]; !ok {
		t.Errorf("search has no hospital facet: %v", body["facets"])
	}
	code, body = get(t, h, "/api/search?province="+url.QueryEscape("云南省"))
	if code != 200 || body["total"].(float64) != 1 {
		t.Errorf("province filter: %d %v", code, body["total"])
	}
	code, body = get(t, h, "/api/facts?metric=party_members&min=300")
	if code != 200 || body["total"].(float64) != 3 {
		t.Fatalf("facts: %d %v", code, body)
	}
	first := body["facts"].([]any)[0].(map[string]any)
	if first["hospital"] != "本溪市中心医院" || first["value"].(float64) != 739 || first["evidence"] == "" {
		t.Errorf("first fact %v", first)
	}
	id := first["article"].(string)
	code, body = get(t, h, "/api/articles/"+id)
	if code != 200 || body["id"] != id || len(body["facts"].([]any)) == 0 {
		t.Errorf("article: %d %v", code, body["id"])
	}
	code, body = get(t, h, "/api/stats")
	if code != 200 || body["articles"].(float64) != 5 {
		t.Errorf("stats: %d %v", code, body)
	}
}

func TestAPIRejectsBadRequests(t *testing.T) {
	h := Handler(testIndex(t))
	for target, want := range map[string]int{
		"/api/search?limit=abc":                      400,
		"/api/search?limit=100000":                   400,
		"/api/search?sort=size":                      400,
		"/api/search?since=yesterday":                400,
		"/api/facts?min=lots":                        400,
		"/api/facts?min=10&max=1":                    400,
		"/api/facts?year=-5":                         400,
		"/api/facts?sort=colour":                     400,
		"/api/articles/xyz":                          400,
		"/api/articles/0000000000000000":             404,
		"/api/search?q=" + strings.Repeat("医", 1000): 414,
		// Malformed or too broad queries and unknown values say so.
		"/api/search?q=" + url.QueryEscape("title:("): 400,
		"/api/search?q=" + url.QueryEscape("+("):      400,
		"/api/search?q=" + url.QueryEscape("*"):       400,
		"/api/search?q=" + url.QueryEscape("/.*/"):    400,
		"/api/search?q=" + url.QueryEscape("党~2"):     400,
		"/api/search?metric=colour":                   400,
		"/api/search?year=abc":                        400,
		"/api/facts?metric=colour":                    400,
		"/api/facts?year=abc":                         400,
		"/api/facts?min=NaN":                          400,
		"/api/facts?max=Inf":                          400,
		"/api/facts?q=" + url.QueryEscape("(党员"):      400,
		"/api/facts?published=20x1":                   400,
	} {
		code, body := get(t, h, target)
		if code != want || body["error"] == "" {
			t.Errorf("%.60s: %d %v, want %d with an error", target, code, body, want)
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/api/search", strings.NewReader("{}")))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d", rec.Code)
	}
}

// The facts follow the search: only the facts of the articles a query
// and a published year select.
func TestFactsFollowTheSearch(t *testing.T) {
	h := Handler(testIndex(t))
	_, all := get(t, h, "/api/facts?limit=1000")
	_, none := get(t, h, "/api/facts?q="+url.QueryEscape("不存在的词语xyz"))
	_, some := get(t, h, "/api/facts?limit=1000&q="+url.QueryEscape("本溪市中心医院"))
	_, hits := get(t, h, "/api/search?limit=100&q="+url.QueryEscape("本溪市中心医院"))
	if none["total"].(float64) != 0 {
		t.Errorf("a query with no hits has %v facts", none["total"])
	}
	n, total := some["total"].(float64), all["total"].(float64)
	if n == 0 || n >= total {
		t.Errorf("facts of one hospital's articles: %v of %v", n, total)
	}
	ids := map[string]bool{}
	for _, h := range hits["hits"].([]any) {
		ids[h.(map[string]any)["id"].(string)] = true
	}
	for _, f := range some["facts"].([]any) {
		if a := f.(map[string]any)["article"].(string); !ids[a] {
			t.Errorf("fact of article %s, which the search did not find", a)
		}
	}
	_, y := get(t, h, "/api/facts?published=1999")
	if y["total"].(float64) != 0 {
		t.Errorf("published=1999: %v facts", y["total"])
	}
}

func TestPageIsEmbedded(t *testing.T) {
	srv := httptest.NewServer(Handler(testIndex(t)))
	defer srv.Close()
	for path, want := range map[string]string{"/": "<title>zhnews", "/app.js": "function render", "/style.css": "mark"} {
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 || !strings.Contains(string(b), want) {
			t.Errorf("%s: %d, lacks %q", path, res.StatusCode, want)
		}
		if strings.Contains(string(b), "http://") || strings.Contains(string(b), "https://") {
			t.Errorf("%s loads something from outside", path)
		}
	}
}
