package source

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// benchPage is a 20 KB page of our own.
var benchPage = "<html><body><article>" + strings.Repeat("<p>示范市人民医院今年新增床位三百张，门诊量稳步增长。</p>", 250) + "</article></body></html>"

// BenchmarkFetchLoopback fetches pages from a server on loopback, 8 at
// once, no delay: the fetcher's own cost per page.
func BenchmarkFetchLoopback(b *testing.B) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, benchPage)
	}))
	defer srv.Close()
	f := NewFetcher()
	f.Delay, f.Concurrency, f.PerHost = 0, 8, 8
	const pages = 200
	urls := make([]string, pages)
	for i := range urls {
		urls[i] = fmt.Sprintf("%s/%d", srv.URL, i)
	}
	b.SetBytes(int64(pages * len(benchPage)))
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		ch := make(chan Item, 16)
		go WalkWith(context.Background(), urls, nil, ch, Options{Fetch: f})
		for it := range ch {
			if it.Err != nil {
				b.Fatal(it.Err)
			}
		}
	}
	b.ReportMetric(float64(pages*b.N)/time.Since(start).Seconds(), "pages/s")
}

// BenchmarkWARCRead reads a gzipped WARC of 1,000 responses (request
// and metadata records between them), counted in uncompressed bytes.
func BenchmarkWARCRead(b *testing.B) {
	var plain, gz bytes.Buffer
	for i := 0; i < 1000; i++ {
		uri := fmt.Sprintf("https://news.example.test/%d.html", i)
		recs := warcRecord("request", uri, "GET / HTTP/1.1\r\nHost: news.example.test\r\n\r\n") +
			warcRecord("response", uri, httpResponse("200 OK", "text/html; charset=utf-8", benchPage)) +
			warcRecord("metadata", uri, "outlinks: 3\r\n")
		plain.WriteString(recs)
		for _, r := range splitRecords(recs) {
			gz.WriteString(gzipString(r))
		}
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{{"plain", plain.Bytes()}, {"gzip", gz.Bytes()}} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(plain.Len()))
			for i := 0; i < b.N; i++ {
				ch := make(chan Item, 16)
				go Read(context.Background(), "bench.warc.gz", bytes.NewReader(tc.data), ch)
				n := 0
				for it := range ch {
					if it.Err != nil {
						b.Fatal(it.Err)
					}
					n++
				}
				if n != 1000 {
					b.Fatalf("%d articles", n)
				}
			}
		})
	}
}
