package pipeline

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"zhnews/source"
)

func TestProcess(t *testing.T) {
	st, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile("../testdata/html/hospital_news.html")
	if err != nil {
		t.Fatal(err)
	}
	text := "示范医院召开年度总结大会\n\n2023年5月6日，示范市第一人民医院召开大会。该院现有党员1200名，开放床位2000张。"
	tests := []struct {
		name    string
		item    source.Item
		wantErr string
		check   func(t *testing.T, title, source, simhash string, facts int)
	}{
		{name: "read error is named", item: source.Item{Name: "gone.txt", Err: errors.New("no such file")}, wantErr: "read gone.txt: no such file"},
		{name: "empty input", item: source.Item{Name: "empty.txt", Data: []byte("   ")}, wantErr: "empty.txt"},
		{name: "plain text", item: source.Item{Name: "a.txt", Data: []byte(text)}, check: func(t *testing.T, title, src, simhash string, facts int) {
			if src != "a.txt" || len(simhash) != 16 || facts == 0 {
				t.Errorf("source %q simhash %q facts %d", src, simhash, facts)
			}
		}},
		{name: "html by hint, no extension", item: source.Item{Name: "https://example.test/a", Data: page, Hints: source.Hints{HTML: true, Title: "提示的标题"}}, check: func(t *testing.T, title, src, simhash string, facts int) {
			if src != "https://example.test/a" || title == "" || strings.Contains(title, "<") {
				t.Errorf("source %q title %q", src, title)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, tokens, err := st.ProcessTokens(tt.item)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(tokens) == 0 {
				t.Error("no tokens")
			}
			b, err := st.Process(tt.item)
			if err != nil || !reflect.DeepEqual(a, b) {
				t.Errorf("Process and ProcessTokens differ: %v", err)
			}
			tt.check(t, a.Title, a.Source, a.SimHash, len(a.Facts))
		})
	}
}

// A fetched page's record says when it was fetched; a file's does not.
func TestProcessKeepsFetchTime(t *testing.T) {
	st, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	text := []byte("示范医院召开年度总结大会\n\n2023年5月6日，示范市第一人民医院召开大会。该院现有党员1200名，开放床位2000张。")
	at := time.Date(2024, 3, 5, 8, 9, 10, 0, time.FixedZone("CST", 8*3600))
	a, err := st.Process(source.Item{Name: "https://example.test/a", Data: text, Hints: source.Hints{Fetched: at}})
	if err != nil {
		t.Fatal(err)
	}
	if a.Fetched != "2024-03-05T00:09:10Z" {
		t.Errorf("fetched %q, want 2024-03-05T00:09:10Z", a.Fetched)
	}
	b, err := st.Process(source.Item{Name: "a.txt", Data: text})
	if err != nil {
		t.Fatal(err)
	}
	if b.Fetched != "" {
		t.Errorf("a file's record says fetched %q", b.Fetched)
	}
}
