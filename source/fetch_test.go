package source

import (
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// testFetcher is a Fetcher with short waits, for servers on loopback.
func testFetcher() *Fetcher {
	f := NewFetcher()
	f.Timeout = 2 * time.Second
	f.Backoff = 5 * time.Millisecond
	f.MaxBackoff = 20 * time.Millisecond
	f.Delay = 40 * time.Millisecond
	f.MaxSize = 1 << 20
	return f
}

func fetchAll(t *testing.T, f *Fetcher, urls ...string) []Item {
	t.Helper()
	ch := make(chan Item)
	go WalkWith(context.Background(), urls, nil, ch, Options{Fetch: f})
	var items []Item
	for it := range ch {
		items = append(items, it)
	}
	return items
}

func TestFetch(t *testing.T) {
	var tries429, tries503 atomic.Int32
	var agent atomic.Value
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		agent.Store(r.UserAgent())
		w.Header().Set("Content-Type", "text/html; charset=GBK")
		fmt.Fprint(w, gbk(warcPage))
	})
	mux.HandleFunc("/busy", func(w http.ResponseWriter, r *http.Request) {
		if tries429.Add(1) < 3 {
			w.Header().Set("Retry-After", "0")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, warcPage)
	})
	mux.HandleFunc("/down", func(w http.ResponseWriter, r *http.Request) {
		tries503.Add(1)
		http.Error(w, "down", http.StatusServiceUnavailable)
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := strings.Repeat("<p>示范医院</p>", 1000)
		for i := 0; i < 200 && r.Context().Err() == nil; i++ { // 3 MB, no Content-Length
			fmt.Fprint(w, chunk)
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop2", http.StatusFound)
	})
	mux.HandleFunc("/loop2", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/page", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			t.Error("gzip not offered")
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		fmt.Fprint(zw, warcPage)
		zw.Close()
	})
	mux.HandleFunc("/logo.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	u := func(p string) string { return srv.URL + p }

	f := testFetcher()
	f.Timeout = 300 * time.Millisecond
	f.Retries = 2
	items := fetchAll(t, f, u("/page"), u("/busy"), u("/down"), u("/missing"), u("/slow"), u("/huge"), u("/loop"), u("/moved"), u("/gzip"), u("/logo.png"))
	want := []struct{ path, err string }{
		{"/page", ""}, {"/busy", ""}, {"/down", "HTTP 503 Service Unavailable (after 3 tries)"}, {"/missing", "HTTP 404"},
		{"/slow", "Timeout"}, {"/huge", "too large"}, {"/loop", "stopped after 10 redirects"}, {"/moved", ""},
		{"/gzip", ""}, {"/logo.png", "not a page (image/png)"},
	}
	if len(items) != len(want) {
		t.Fatalf("%d items for %d URLs", len(items), len(want))
	}
	for i, w := range want {
		it := items[i]
		if it.Name != u(w.path) {
			t.Errorf("item %d is %s, want %s (order kept)", i, it.Name, w.path)
		}
		switch {
		case w.err == "" && it.Err != nil:
			t.Errorf("%s: %v", w.path, it.Err)
		case w.err != "" && (it.Err == nil || !strings.Contains(it.Err.Error(), w.err)):
			t.Errorf("%s: err %v, want %q", w.path, it.Err, w.err)
		}
	}
	if p := items[0]; p.Hints.Charset != "gbk" || !p.Hints.HTML || string(p.Data) != gbk(warcPage) || p.ModTime.IsZero() {
		t.Errorf("page: hints %+v, %d bytes", p.Hints, len(p.Data))
	}
	if got := agent.Load(); got != DefaultUserAgent {
		t.Errorf("User-Agent %q", got)
	}
	if m := items[7]; m.Hints.URL != u("/page") || m.Name != u("/moved") {
		t.Errorf("redirect: name %s url %s", m.Name, m.Hints.URL)
	}
	if string(items[8].Data) != warcPage {
		t.Errorf("gzip body not decoded: %q", items[8].Data[:min(20, len(items[8].Data))])
	}
	if n := tries503.Load(); n != 3 {
		t.Errorf("503 tried %d times, want 1 + 2 retries", n)
	}
}

func TestFetchBounds(t *testing.T) {
	var mu sync.Mutex
	inFlight, most := 0, 0
	var starts []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		inFlight++
		most = max(most, inFlight)
		if r.URL.Path != "/robots.txt" {
			starts = append(starts, time.Now())
		}
		mu.Unlock()
		// Long enough that requests overlap on a busy machine too.
		time.Sleep(100 * time.Millisecond)
		mu.Lock()
		inFlight--
		mu.Unlock()
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, r.URL.Path)
	}))
	defer srv.Close()
	var urls []string
	for i := 0; i < 12; i++ {
		urls = append(urls, fmt.Sprintf("%s/%02d", srv.URL, i))
	}

	f := testFetcher()
	f.Concurrency, f.PerHost = 8, 3
	items := fetchAll(t, f, urls...)
	for i, it := range items {
		if it.Err != nil || string(it.Data) != fmt.Sprintf("/%02d", i) {
			t.Errorf("item %d: %s %v %q", i, it.Name, it.Err, it.Data)
		}
	}
	if most > 3 || most < 2 {
		t.Errorf("%d requests at once to one host, want 2..3 (PerHost 3)", most)
	}

	starts = nil
	f = testFetcher()
	f.Delay = 40 * time.Millisecond
	fetchAll(t, f, urls[:5]...)
	// The delay is kept between the client's starts; one arrival may come
	// late on a busy machine and the next one close after it, so each gap
	// is held to a fraction of the delay and the whole run to its sum
	// (one arrival's lateness does not add up over the run).
	for i := 1; i < len(starts); i++ {
		if d := starts[i].Sub(starts[i-1]); d < 10*time.Millisecond {
			t.Errorf("requests %d and %d to one host %v apart, want the 40ms delay", i-1, i, d)
		}
	}
	if len(starts) != 5 {
		t.Fatalf("%d requests, want 5", len(starts))
	}
	if span := starts[4].Sub(starts[0]); span < 4*40*time.Millisecond-30*time.Millisecond {
		t.Errorf("5 requests to one host within %v, want 4 delays of 40ms between them", span)
	}
}

func TestFetchCancelled(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan Item)
	go WalkWith(ctx, []string{srv.URL + "/a", srv.URL + "/b"}, nil, ch, Options{Fetch: testFetcher()})
	time.AfterFunc(50*time.Millisecond, cancel)
	done := make(chan struct{})
	go func() {
		for range ch {
		}
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(3 * time.Second):
		t.Fatal("a cancelled run kept fetching")
	}
}

func TestFetchSavesWARC(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=gbk")
		fmt.Fprint(w, gbk(warcPage))
	}))
	defer srv.Close()
	var buf strings.Builder
	ww := NewWARCWriter(&buf)
	f := testFetcher()
	f.Save = ww.Write
	live := fetchAll(t, f, srv.URL+"/x", srv.URL+"/y")
	saved, _ := readWARCItems(t, "saved.warc.gz", []byte(buf.String()))
	if len(saved) != 2 {
		t.Fatalf("%d records saved", len(saved))
	}
	// The archive holds the pages in the order they arrived.
	body := map[string]string{}
	for _, it := range live {
		body[it.Name] = string(it.Data)
	}
	for _, it := range saved {
		if b, ok := body[it.Name]; !ok || b != string(it.Data) || it.Hints.Charset != "gbk" {
			t.Errorf("saved %s: %q", it.Name, it.Hints.Charset)
		}
	}
}

func TestReadURLs(t *testing.T) {
	urls, err := ReadURLs("urls.txt", strings.NewReader("\ufeff# news\nhttps://a.example.test/1\n\n  http://b.example.test/2  \n"))
	if err != nil || strings.Join(urls, " ") != "https://a.example.test/1 http://b.example.test/2" {
		t.Errorf("%v %v", urls, err)
	}
	if _, err := ReadURLs("urls.txt", strings.NewReader("https://a.example.test/1\nwww.example.test/2\n")); err == nil || !strings.Contains(err.Error(), "urls.txt:2") {
		t.Errorf("bad line not named: %v", err)
	}
	items := fetchAll(t, nil, "https://a.example.test/1")
	if len(items) != 1 || items[0].Err == nil {
		t.Errorf("a URL without a fetcher: %+v", items)
	}
}

// robots.txt is read once per host: a disallowed page is refused with a
// reason, an allowed one fetched, its Crawl-delay kept; IgnoreRobots
// fetches the page anyway; a host without robots.txt allows all.
func TestFetchRobots(t *testing.T) {
	var robotsReads atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		robotsReads.Add(1)
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\nCrawl-delay: 0\n")
	})
	page := func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, warcPage)
	}
	mux.HandleFunc("/news/1", page)
	mux.HandleFunc("/private/1", page)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	f := NewFetcher()
	f.Delay, f.Retries = 0, 0
	ctx := context.Background()
	if it := f.Fetch(ctx, srv.URL+"/news/1"); it.Err != nil {
		t.Fatalf("allowed page: %v", it.Err)
	}
	it := f.Fetch(ctx, srv.URL+"/private/1")
	if it.Err == nil || !strings.Contains(it.Err.Error(), "robots.txt") {
		t.Fatalf("disallowed page: err %v, want a robots.txt refusal", it.Err)
	}
	if n := robotsReads.Load(); n != 1 {
		t.Errorf("robots.txt read %d times, want once", n)
	}
	f2 := NewFetcher()
	f2.Delay, f2.Retries, f2.IgnoreRobots = 0, 0, true
	if it := f2.Fetch(ctx, srv.URL+"/private/1"); it.Err != nil {
		t.Errorf("IgnoreRobots: %v", it.Err)
	}

	bare := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		page(w, r)
	}))
	defer bare.Close()
	if it := NewFetcher().Fetch(ctx, bare.URL+"/private/1"); it.Err != nil {
		t.Errorf("no robots.txt: %v", it.Err)
	}
}
