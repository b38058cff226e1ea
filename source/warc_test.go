package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// warcRecord writes one WARC/1.1 record by hand, as a crawler does.
func warcRecord(typ, uri, block string) string {
	var b strings.Builder
	b.WriteString("WARC/1.1\r\n")
	b.WriteString("WARC-Type: " + typ + "\r\n")
	b.WriteString("WARC-Record-ID: <urn:uuid:" + fmt.Sprintf("%08d-0000-0000-0000-000000000000", len(uri)+len(block)) + ">\r\n")
	b.WriteString("WARC-Date: 2023-04-05T06:07:08Z\r\n")
	if uri != "" {
		b.WriteString("WARC-Target-URI: " + uri + "\r\n")
	}
	switch typ {
	case "response":
		b.WriteString("Content-Type: application/http;msgtype=response\r\n")
	case "request":
		b.WriteString("Content-Type: application/http;msgtype=request\r\n")
	default:
		b.WriteString("Content-Type: application/warc-fields\r\n")
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(block))
	b.WriteString(block)
	b.WriteString("\r\n\r\n")
	return b.String()
}

func httpResponse(status, contentType, body string, extra ...string) string {
	h := "HTTP/1.1 " + status + "\r\n"
	if contentType != "" {
		h += "Content-Type: " + contentType + "\r\n"
	}
	for _, e := range extra {
		h += e + "\r\n"
	}
	return h + fmt.Sprintf("Content-Length: %d\r\n\r\n", len(body)) + body
}

func gzipString(s string) string {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.String()
}

const warcPage = `<html><head><title>示范医院新闻</title></head><body><article><p>示范市人民医院今年新增床位三百张。</p></article></body></html>`

func gbk(s string) string {
	b, _ := simplifiedchinese.GBK.NewEncoder().String(s)
	return b
}

// handWARC is an archive with one record of each kind a crawl holds.
func handWARC() string {
	return warcRecord("warcinfo", "", "software: test-crawler\r\nformat: WARC File Format 1.1\r\n") +
		warcRecord("request", "https://news.example.test/a.html", "GET /a.html HTTP/1.1\r\nHost: news.example.test\r\n\r\n") +
		warcRecord("response", "https://news.example.test/a.html", httpResponse("200 OK", "text/html; charset=gbk", gbk(warcPage))) +
		warcRecord("response", "https://news.example.test/logo.png", httpResponse("200 OK", "image/png", "\x89PNG....")) +
		warcRecord("response", "https://news.example.test/gone", httpResponse("404 Not Found", "text/html", "<p>无此页</p>")) +
		warcRecord("response", "https://news.example.test/b", httpResponse("200 OK", "text/html; charset=utf-8", gzipString(warcPage), "Content-Encoding: gzip")) +
		warcRecord("response", "https://news.example.test/c.txt",
			"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"+
				fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len("示范医院纯文本稿件。"), "示范医院纯文本稿件。")) +
		warcRecord("metadata", "https://news.example.test/a.html", "outlinks: 3\r\n")
}

func readWARCItems(t *testing.T, name string, data []byte) ([]Item, []string) {
	t.Helper()
	var notes []string
	ch := make(chan Item)
	dir := t.TempDir()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	go WalkWith(context.Background(), []string{p}, nil, ch, Options{Note: func(s string) { notes = append(notes, s) }})
	var items []Item
	for it := range ch {
		items = append(items, it)
	}
	return items, notes
}

func TestWARC(t *testing.T) {
	plain := handWARC()
	var gz bytes.Buffer
	// Each record gzipped on its own, as crawlers write .warc.gz.
	for _, part := range splitRecords(plain) {
		gz.WriteString(gzipString(part))
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"crawl.warc", []byte(plain)},
		{"crawl.warc.gz", gz.Bytes()},
		{"whole-file-gzip.warc.gz", []byte(gzipString(plain))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			items, notes := readWARCItems(t, tc.name, tc.data)
			var got []string
			for _, it := range items {
				if it.Err != nil {
					t.Errorf("%s: %v", it.Name, it.Err)
					continue
				}
				got = append(got, it.Name)
			}
			want := "https://news.example.test/a.html https://news.example.test/b https://news.example.test/c.txt"
			if strings.Join(got, " ") != want {
				t.Fatalf("articles:\n got %v\nwant %s", got, want)
			}
			a, b, c := items[0], items[1], items[2]
			if !a.Hints.HTML || a.Hints.Charset != "gbk" || a.Hints.Published != "2023-04-05" || a.Hints.URL != a.Name {
				t.Errorf("a hints %+v", a.Hints)
			}
			if string(a.Data) != gbk(warcPage) {
				t.Errorf("a body %q", a.Data)
			}
			if string(b.Data) != warcPage {
				t.Errorf("gzip content encoding not undone: %q", b.Data)
			}
			if c.Hints.HTML || string(c.Data) != "示范医院纯文本稿件。" {
				t.Errorf("chunked text: html %v %q", c.Hints.HTML, c.Data)
			}
			if !a.ModTime.Equal(time.Date(2023, 4, 5, 6, 7, 8, 0, time.UTC)) {
				t.Errorf("mod time %v", a.ModTime)
			}
			if len(notes) != 1 || !strings.Contains(notes[0], "3 records read as articles, 5 passed over") ||
				!strings.Contains(notes[0], "HTTP 4xx 1") || !strings.Contains(notes[0], "not a page 1") || !strings.Contains(notes[0], "request 1") {
				t.Errorf("notes %q", notes)
			}
		})
	}
}

// splitRecords cuts a plain WARC into its records.
func splitRecords(plain string) []string {
	parts := strings.Split(plain, "\r\n\r\nWARC/1.1\r\n")
	for i := range parts {
		if i > 0 {
			parts[i] = "WARC/1.1\r\n" + parts[i]
		}
		if i < len(parts)-1 {
			parts[i] += "\r\n\r\n"
		}
	}
	return parts
}

func TestWARCDamaged(t *testing.T) {
	plain := handWARC()
	cut := plain[:strings.Index(plain, "logo.png")+200] // inside the image record
	items, _ := readWARCItems(t, "cut.warc", []byte(cut))
	if len(items) < 2 || items[0].Err != nil || items[0].Name != "https://news.example.test/a.html" {
		t.Fatalf("records before the damage lost: %+v", items)
	}
	last := items[len(items)-1]
	if last.Err == nil || !strings.Contains(last.Err.Error(), "truncated") || !strings.HasSuffix(last.Name, "cut.warc") {
		t.Errorf("damage not named: %s %v", last.Name, last.Err)
	}
	items, _ = readWARCItems(t, "notes.warc", []byte("these are someone's notes, not an archive\n"))
	if len(items) != 1 || items[0].Err == nil {
		t.Errorf("a file that is no WARC: %+v", items)
	}
}

func TestWARCFromStdinAndFolder(t *testing.T) {
	ch := make(chan Item)
	go Walk(context.Background(), []string{"-"}, strings.NewReader(gzipString(handWARC())), ch)
	n := 0
	for it := range ch {
		if it.Err != nil {
			t.Error(it.Err)
		}
		n++
	}
	if n != 3 {
		t.Errorf("stdin: %d articles, want 3", n)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "2023", "x"), nil, 0o644)
	os.MkdirAll(filepath.Join(dir, "2023"), 0o755)
	os.WriteFile(filepath.Join(dir, "2023", "crawl.warc.gz"), []byte(gzipString(handWARC())), 0o644)
	if items := collect([]string{dir}, ""); len(items) != 3 {
		t.Errorf("folder: %d items, want the archive's 3", len(items))
	}
}

func TestWARCWriterRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	ww := NewWARCWriter(&buf)
	at := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	pages := []Fetched{
		{URL: "https://a.example.test/1", Header: http.Header{"Content-Type": {"text/html; charset=gb18030"}, "Content-Encoding": {"gzip"}}, Body: []byte(gbk(warcPage)), At: at},
		{URL: "https://a.example.test/2", StatusLine: "HTTP/2.0 200 OK", Header: http.Header{"Content-Type": {"text/plain"}}, Body: []byte("纯文本。"), At: at},
	}
	for _, p := range pages {
		if err := ww.Write(p); err != nil {
			t.Fatal(err)
		}
	}
	items, _ := readWARCItems(t, "saved.warc.gz", buf.Bytes())
	if len(items) != 2 {
		t.Fatalf("%d items", len(items))
	}
	for i, it := range items {
		if it.Err != nil || it.Name != pages[i].URL || !bytes.Equal(it.Data, pages[i].Body) || !it.ModTime.Equal(at) {
			t.Errorf("record %d: %s %v %q %v", i, it.Name, it.Err, it.Data, it.ModTime)
		}
	}
	if items[0].Hints.Charset != "gb18030" || !items[0].Hints.HTML || items[1].Hints.HTML {
		t.Errorf("hints %+v %+v", items[0].Hints, items[1].Hints)
	}
}
