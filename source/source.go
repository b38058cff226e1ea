// Package source reads the inputs of a run: files, folders (recursively)
// and standard input.
//
// In: paths as the user typed them ("-" is standard input). Out: a stream
// of Items, each the name and bytes of one article, in a stable order. A
// file that cannot be read is an Item with Err set, not a stop: the run
// names it and goes on.
package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Item is one input article, or the error of reading it.
type Item struct {
	Name string // path, "-" for standard input
	Data []byte
	Size int64
	Err  error
}

// Extensions read from folders. Files named on the command line are read
// whatever their extension.
var Extensions = []string{".txt", ".html", ".htm"}

// MaxSize bounds one article's bytes: a larger file is no news article
// (a log, a dump not split into articles) and is skipped with an error.
const MaxSize = 64 << 20

// Walk sends every input of paths to out, in order, and closes out. It
// stops early when ctx is done.
func Walk(ctx context.Context, paths []string, stdin io.Reader, out chan<- Item) {
	defer close(out)
	send := func(it Item) bool {
		select {
		case out <- it:
			return true
		case <-ctx.Done():
			return false
		}
	}
	for _, p := range paths {
		if p == "-" {
			b, err := io.ReadAll(io.LimitReader(stdin, MaxSize+1))
			if err == nil && len(b) > MaxSize {
				err = fmt.Errorf("larger than %d MB", MaxSize>>20)
			}
			if !send(Item{Name: "-", Data: b, Size: int64(len(b)), Err: err}) {
				return
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			if !send(Item{Name: p, Err: err}) {
				return
			}
			continue
		}
		if !info.IsDir() {
			if !send(readFile(p)) {
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
			if hasExtension(path) {
				files = append(files, path)
			}
			return nil
		})
		if walkErr != nil && !send(Item{Name: p, Err: walkErr}) {
			return
		}
		sort.Strings(files)
		for _, f := range files {
			if !send(readFile(f)) {
				return
			}
		}
	}
}

func hasExtension(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// ErrTooLarge: the file exceeds MaxSize.
var ErrTooLarge = errors.New("file too large for one article")

func readFile(path string) Item {
	info, err := os.Stat(path)
	if err != nil {
		return Item{Name: path, Err: err}
	}
	if info.Size() > MaxSize {
		return Item{Name: path, Size: info.Size(), Err: fmt.Errorf("%w (%d MB)", ErrTooLarge, info.Size()>>20)}
	}
	b, err := os.ReadFile(path)
	return Item{Name: path, Data: b, Size: int64(len(b)), Err: err}
}
