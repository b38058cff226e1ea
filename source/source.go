// Package source reads the inputs of a run: files, folders (recursively),
// archives (.zip, .tar, .tar.gz, .tgz, .gz), JSON Lines dumps (.jsonl,
// .ndjson, also gzipped), web archives (.warc, .warc.gz), web pages
// fetched by URL (http://, https://) and standard input, which may hold
// any of these but URLs.
//
// In: paths as the user typed them ("-" is standard input). Out: a stream
// of Items, each the name and bytes of one article, in a stable order. An
// Item's Name says where it came from: a path, an archive member
// (dump.zip!2021/a.html), a JSON line (crawl.jsonl:1234), or a URL (a page
// fetched, a WARC record's target URI). A file, member, line, record or
// page that cannot be read is an Item with Err set, not a stop: the run
// names it and goes on.
package source

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Item is one input article, or the error of reading it.
type Item struct {
	Name string // path, archive member (a.zip!x.html), JSON line (a.jsonl:12) or URL; "-" for standard input
	Data []byte
	Size int64
	// ModTime is the file's, archive member's or dump's modification time:
	// with Size, what tells an unchanged input on a re-run.
	ModTime time.Time
	Err     error
	// Hints are what a JSON Lines record says of its article besides the
	// page itself (url, title, published); empty for other inputs.
	Hints Hints
}

// Hints is metadata a crawler recorded next to a page.
type Hints struct {
	HTML      bool // the record's page was in its "html" field
	URL       string
	Title     string
	Published string
	// Charset is the charset an HTTP response's Content-Type named (a
	// fetched page or a WARC record), for pages that declare none.
	Charset string
	// Fetched is when a fetched page (or a WARC record's) was fetched.
	Fetched time.Time
}

// Extensions of article files read from folders and archives. Files named
// on the command line are read whatever their extension.
var Extensions = []string{".txt", ".html", ".htm"}

// MaxSize bounds one article's bytes: a larger file is no news article
// (a log, a dump not split into articles) and is skipped with an error.
const MaxSize = 64 << 20

// ErrTooLarge: the input exceeds MaxSize.
var ErrTooLarge = errors.New("too large for one article")

// Options are what a run adds to reading its paths.
type Options struct {
	// Fetch reads the http:// and https:// inputs; without it they are
	// error items that say so.
	Fetch *Fetcher
	// Note, when set, is told what a reader passed over that was not an
	// error: the records of a web archive that are no articles.
	Note func(string)
}

// Walk sends every input of paths to out, in order, and closes out. It
// stops early when ctx is done.
func Walk(ctx context.Context, paths []string, stdin io.Reader, out chan<- Item) {
	WalkWith(ctx, paths, stdin, out, Options{})
}

// WalkWith is Walk with options: URLs fetched, notes taken.
func WalkWith(ctx context.Context, paths []string, stdin io.Reader, out chan<- Item, opts Options) {
	defer close(out)
	w := walker{ctx: ctx, out: out, opts: &opts}
	for i := 0; i < len(paths); i++ {
		p := paths[i]
		if IsURL(p) {
			// A run of URLs is fetched together, so that they are fetched
			// in parallel yet sent in the order given.
			j := i
			for j < len(paths) && IsURL(paths[j]) {
				j++
			}
			if !w.fetch(paths[i:j]) {
				return
			}
			i = j - 1
			continue
		}
		if p == "-" {
			if !w.readStream("-", stdin) {
				return
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			if !w.send(Item{Name: p, Err: err}) {
				return
			}
			continue
		}
		if !info.IsDir() {
			if !w.readPath(p, true) {
				return
			}
			continue
		}
		var files []string
		walkErr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				files = append(files, path) // read again below to report it
				return nil
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if kindOf(path) != kindUnknown {
				files = append(files, path)
			}
			return nil
		})
		if walkErr != nil && !w.send(Item{Name: p, Err: walkErr}) {
			return
		}
		sort.Strings(files)
		for _, f := range files {
			if !w.readPath(f, false) {
				return
			}
		}
	}
}

// Read sends the articles of one input stream to out and closes out: an
// article, an archive or a JSON Lines dump, by its name (or, when the name
// says nothing, its first bytes). Batch engines that hand over files as
// bytes (the Beam pipeline) read them this way.
func Read(ctx context.Context, name string, r io.Reader, out chan<- Item) {
	defer close(out)
	w := walker{ctx: ctx, out: out, opts: &Options{}}
	if k := kindOf(name); k != kindUnknown && k != kindArticle && k != kindZip {
		w.readKind(name, k, r)
		return
	}
	if kindOf(name) == kindArticle {
		w.send(readAll(name, r))
		return
	}
	w.readStream(name, r)
}

// walker sends items until the context is done.
type walker struct {
	ctx  context.Context
	out  chan<- Item
	opts *Options
	// mod is the modification time of the file being read, for the items
	// (JSON lines) that have none of their own.
	mod time.Time
}

// send delivers an item; false when the run was cancelled.
func (w walker) send(it Item) bool {
	if it.ModTime.IsZero() {
		it.ModTime = w.mod
	}
	select {
	case w.out <- it:
		return true
	case <-w.ctx.Done():
		return false
	}
}

// The kinds of input file, by name.
type kind int

const (
	kindUnknown kind = iota
	kindArticle
	kindZip
	kindTar
	kindTarGz
	kindGzip // one gzipped file: an article or a JSON Lines dump
	kindJSONL
	kindWARC // a web archive, plain or gzipped record by record
)

func kindOf(name string) kind {
	n := strings.ToLower(name)
	switch {
	case strings.HasSuffix(n, ".warc"), strings.HasSuffix(n, ".warc.gz"):
		return kindWARC
	case strings.HasSuffix(n, ".zip"):
		return kindZip
	case strings.HasSuffix(n, ".tar"):
		return kindTar
	case strings.HasSuffix(n, ".tar.gz"), strings.HasSuffix(n, ".tgz"):
		return kindTarGz
	case strings.HasSuffix(n, ".gz"):
		return kindGzip
	case strings.HasSuffix(n, ".jsonl"), strings.HasSuffix(n, ".ndjson"):
		return kindJSONL
	}
	for _, e := range Extensions {
		if strings.HasSuffix(n, e) {
			return kindArticle
		}
	}
	return kindUnknown
}

// readPath reads one file by its kind. A file named on the command line
// (explicit) whose kind is unknown is read as an article.
func (w walker) readPath(path string, explicit bool) bool {
	switch kindOf(path) {
	case kindZip:
		return w.readZipFile(path)
	case kindTar, kindTarGz, kindGzip, kindJSONL, kindWARC:
		f, err := os.Open(path)
		if err != nil {
			return w.send(Item{Name: path, Err: err})
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil {
			w.mod = info.ModTime()
		}
		return w.readKind(path, kindOf(path), f)
	}
	return w.send(readFile(path))
}

// readKind reads a stream whose kind is known from its name.
func (w walker) readKind(name string, k kind, r io.Reader) bool {
	switch k {
	case kindTar:
		return w.readTar(name, r)
	case kindTarGz:
		return w.readGzip(name, r, func(z io.Reader) bool { return w.readTar(name, z) })
	case kindGzip:
		inner := kindOf(strings.TrimSuffix(strings.ToLower(name), ".gz"))
		return w.readGzip(name, r, func(z io.Reader) bool {
			if inner == kindJSONL {
				return w.readJSONL(name, z)
			}
			if inner == kindTar {
				return w.readTar(name, z)
			}
			return w.send(readAll(strings.TrimSuffix(name, ".gz"), z))
		})
	case kindJSONL:
		return w.readJSONL(name, r)
	case kindWARC:
		return w.readWARC(name, r)
	}
	return w.send(readAll(name, r))
}

// readStream reads standard input, recognising its kind from its first
// bytes: gzip, zip, tar, JSON Lines, or one article.
func (w walker) readStream(name string, r io.Reader) bool {
	br := bufio.NewReaderSize(r, 1<<16)
	head, _ := br.Peek(512)
	switch {
	case bytes.HasPrefix(head, []byte{0x1f, 0x8b}):
		return w.readGzip(name, br, func(z io.Reader) bool {
			zr := bufio.NewReaderSize(z, 1<<16)
			return w.readStream(name, zr)
		})
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return w.readZipStream(name, br)
	case bytes.HasPrefix(head, []byte("WARC/")):
		return w.readWARC(name, br)
	case len(head) >= 262 && string(head[257:262]) == "ustar":
		return w.readTar(name, br)
	case looksLikeJSONL(head):
		return w.readJSONL(name, br)
	}
	return w.send(readAll(name, br))
}

// looksLikeJSONL: the stream starts with a JSON object.
func looksLikeJSONL(head []byte) bool {
	t := bytes.TrimLeft(head, " \t\r\n\ufeff")
	return len(t) > 0 && t[0] == '{'
}

func readFile(path string) Item {
	info, err := os.Stat(path)
	if err != nil {
		return Item{Name: path, Err: err}
	}
	if info.Size() > MaxSize {
		return Item{Name: path, Size: info.Size(), Err: fmt.Errorf("%w (%d MB)", ErrTooLarge, info.Size()>>20)}
	}
	b, err := os.ReadFile(path)
	return Item{Name: path, Data: b, Size: int64(len(b)), ModTime: info.ModTime(), Err: err}
}

// readAll reads one article from r, refusing more than MaxSize bytes.
func readAll(name string, r io.Reader) Item {
	b, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err == nil && len(b) > MaxSize {
		err = fmt.Errorf("%w (over %d MB)", ErrTooLarge, MaxSize>>20)
		b = nil
	}
	return Item{Name: name, Data: b, Size: int64(len(b)), Err: err}
}
