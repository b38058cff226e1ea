package source

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var articleA = "医院党建工作\n医院现有职工1572名,共有中共党员322名。"

func writeZip(t *testing.T, path string, files map[string]string) {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"2021/a.html", "2021/b.txt", "img/logo.png", "notes.md"} {
		body, ok := files[name]
		if !ok {
			continue
		}
		w, _ := zw.Create(name)
		w.Write([]byte(body))
	}
	zw.Close()
	os.WriteFile(path, buf.Bytes(), 0o644)
}

func tarBytes(t *testing.T, files [][2]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, f := range files {
		tw.WriteHeader(&tar.Header{Name: f[0], Mode: 0o644, Size: int64(len(f[1])), Typeflag: tar.TypeReg})
		tw.Write([]byte(f[1]))
	}
	tw.Close()
	return buf.Bytes()
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func names(items []Item) (ok, bad []string) {
	for _, it := range items {
		if it.Err != nil {
			bad = append(bad, it.Name)
		} else {
			ok = append(ok, it.Name)
		}
	}
	return
}

func TestZipWithBrokenMember(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "dump.zip")
	body := strings.Repeat(articleA, 50)
	writeZip(t, p, map[string]string{"2021/a.html": body, "2021/b.txt": articleA, "img/logo.png": "x", "notes.md": "y"})
	// Damage a.html's compressed bytes: its checksum or inflation fails.
	raw, _ := os.ReadFile(p)
	i := bytes.Index(raw, []byte("2021/a.html")) + len("2021/a.html") + 20
	raw[i] ^= 0xFF
	raw[i+1] ^= 0xFF
	os.WriteFile(p, raw, 0o644)

	items := collect([]string{p}, "")
	ok, bad := names(items)
	if strings.Join(ok, " ") != p+"!2021/b.txt" || strings.Join(bad, " ") != p+"!2021/a.html" {
		t.Errorf("ok %v, bad %v", ok, bad)
	}
}

func TestTarTarGzAndGz(t *testing.T) {
	dir := t.TempDir()
	tb := tarBytes(t, [][2]string{{"x/a.txt", articleA}, {"x/b.html", "<p>" + articleA + "</p>"}, {"x/c.jpg", "jpg"}})
	os.WriteFile(filepath.Join(dir, "d1.tar"), tb, 0o644)
	os.WriteFile(filepath.Join(dir, "d2.tar.gz"), gz(tb), 0o644)
	os.WriteFile(filepath.Join(dir, "d3.txt.gz"), gz([]byte(articleA)), 0o644)
	items := collect([]string{dir}, "")
	ok, bad := names(items)
	want := []string{"d1.tar!x/a.txt", "d1.tar!x/b.html", "d2.tar.gz!x/a.txt", "d2.tar.gz!x/b.html", "d3.txt"}
	if len(bad) != 0 || len(ok) != len(want) {
		t.Fatalf("ok %v, bad %v", ok, bad)
	}
	for i, w := range want {
		if !strings.HasSuffix(ok[i], w) {
			t.Errorf("item %d = %s, want …%s", i, ok[i], w)
		}
		if string(items[i].Data) == "" {
			t.Errorf("%s empty", ok[i])
		}
	}
}

func TestBrokenTarAndGzip(t *testing.T) {
	dir := t.TempDir()
	tb := tarBytes(t, [][2]string{{"a.txt", articleA}, {"b.txt", articleA}})
	// Cut the archive inside the second member.
	os.WriteFile(filepath.Join(dir, "cut.tar"), tb[:512+512+512+10], 0o644)
	g := gz(tb)
	os.WriteFile(filepath.Join(dir, "cut.tar.gz"), g[:len(g)-30], 0o644)
	items := collect([]string{dir}, "")
	ok, bad := names(items)
	if len(ok) < 2 || len(bad) < 2 {
		t.Errorf("ok %v, bad %v: the good members read, each damaged archive reported", ok, bad)
	}
	for _, it := range items {
		if it.Err != nil && !strings.Contains(it.Err.Error(), "tar") && !strings.Contains(it.Err.Error(), "gzip") && !strings.Contains(it.Err.Error(), "EOF") {
			t.Errorf("%s: %v", it.Name, it.Err)
		}
	}
}

func TestJSONLWithBrokenLines(t *testing.T) {
	dir := t.TempDir()
	lines := []string{
		`{"url": "http://example.org/1", "html": "<p>医院现有职工1572名。</p>", "title": "标题一", "published": "2021-02-22"}`,
		`{"text": "医院有党员260名。"}`,
		`{"text": broken`,
		``,
		`{"url": "x"}`,
		`{"text": "最后一行没有换行"}`,
	}
	p := filepath.Join(dir, "crawl.jsonl")
	os.WriteFile(p, []byte(strings.Join(lines, "\n")), 0o644)
	os.WriteFile(filepath.Join(dir, "crawl2.jsonl.gz"), gz([]byte(lines[1]+"\n")), 0o644)
	items := collect([]string{dir}, "")
	ok, bad := names(items)
	if strings.Join(ok, " ") != p+":1 "+p+":2 "+p+":6 "+filepath.Join(dir, "crawl2.jsonl.gz")+":1" {
		t.Errorf("ok %v", ok)
	}
	if strings.Join(bad, " ") != p+":3 "+p+":5" {
		t.Errorf("bad %v", bad)
	}
	if h := items[0].Hints; !h.HTML || h.Title != "标题一" || h.Published != "2021-02-22" || h.URL == "" {
		t.Errorf("hints %+v", h)
	}
}

func TestStdinKinds(t *testing.T) {
	jsonl := `{"text": "医院有党员260名。"}` + "\n" + `{"text": "医院有党员261名。"}` + "\n"
	tb := tarBytes(t, [][2]string{{"a.txt", articleA}})
	for name, in := range map[string]string{
		"article":    articleA,
		"jsonl":      jsonl,
		"gzip jsonl": string(gz([]byte(jsonl))),
		"tar":        string(tb),
		"tar.gz":     string(gz(tb)),
	} {
		items := collect([]string{"-"}, in)
		ok, bad := names(items)
		if len(bad) != 0 || len(ok) == 0 || !strings.HasPrefix(ok[0], "-") {
			t.Errorf("%s on stdin: ok %v bad %v", name, ok, bad)
		}
	}
	var zbuf bytes.Buffer
	zw := zip.NewWriter(&zbuf)
	w, _ := zw.Create("a.txt")
	w.Write([]byte(articleA))
	zw.Close()
	ok, bad := names(collect([]string{"-"}, zbuf.String()))
	if len(bad) != 0 || strings.Join(ok, " ") != "-!a.txt" {
		t.Errorf("zip on stdin: ok %v bad %v", ok, bad)
	}
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"text": "医院"}` + "\n{bad\n"))
	f.Add([]byte{0x1f, 0x8b, 0, 1})
	f.Add([]byte("PK\x03\x04garbage"))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, it := range collect([]string{"-"}, string(b)) {
			if it.Err == nil && it.Name == "" {
				t.Error("item without a name")
			}
		}
	})
}
