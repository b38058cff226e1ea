package source

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path"
	"sort"
)

// member names an archive member as dump.zip!2021/a.html.
func member(archive, name string) string { return archive + "!" + name }

// wanted: archive members read as articles (by extension); other members
// (images, scripts, nested folders) are passed over.
func wanted(name string) bool { return kindOf(name) == kindArticle }

// readZipFile reads a zip archive's article members in name order. A
// member that fails (bad compression, checksum) is an error item; the
// others are read.
func (w walker) readZipFile(p string) bool {
	zr, err := zip.OpenReader(p)
	if err != nil {
		return w.send(Item{Name: p, Err: fmt.Errorf("zip: %w", err)})
	}
	defer zr.Close()
	return w.readZip(p, &zr.Reader)
}

// readZipStream reads a zip from a stream (standard input): zip needs
// random access, so the stream is spooled to a temporary file first.
func (w walker) readZipStream(name string, r io.Reader) bool {
	tmp, err := os.CreateTemp("", "zhnews-*.zip")
	if err != nil {
		return w.send(Item{Name: name, Err: err})
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	size, err := io.Copy(tmp, r)
	if err != nil {
		return w.send(Item{Name: name, Err: fmt.Errorf("zip: %w", err)})
	}
	zr, err := zip.NewReader(tmp, size)
	if err != nil {
		return w.send(Item{Name: name, Err: fmt.Errorf("zip: %w", err)})
	}
	return w.readZip(name, zr)
}

func (w walker) readZip(name string, zr *zip.Reader) bool {
	files := append([]*zip.File(nil), zr.File...)
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	for _, f := range files {
		if f.FileInfo().IsDir() || !wanted(f.Name) {
			continue
		}
		it := Item{Name: member(name, f.Name), Size: int64(f.UncompressedSize64)}
		mod := f.Modified
		if f.UncompressedSize64 > MaxSize {
			it.Err = fmt.Errorf("%w (%d MB)", ErrTooLarge, f.UncompressedSize64>>20)
		} else if rc, err := f.Open(); err != nil {
			it.Err = err
		} else {
			it = readAll(it.Name, rc)
			if err := rc.Close(); err != nil && it.Err == nil {
				it.Err = err
			}
		}
		it.ModTime = mod
		if !w.send(it) {
			return false
		}
	}
	return true
}

// readTar reads a tar stream's article members in archive order. A tar
// stream cannot be read past a damaged header: the damage is an error
// item and the rest of that archive is lost, the run goes on.
func (w walker) readTar(name string, r io.Reader) bool {
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return true
		}
		if err != nil {
			return w.send(Item{Name: name, Err: fmt.Errorf("tar: %w (rest of the archive not read)", err)})
		}
		if h.Typeflag != tar.TypeReg || !wanted(h.Name) {
			continue
		}
		it := Item{Name: member(name, path.Clean(h.Name)), Size: h.Size}
		if h.Size > MaxSize {
			it.Err = fmt.Errorf("%w (%d MB)", ErrTooLarge, h.Size>>20)
		} else {
			it = readAll(it.Name, tr)
		}
		it.ModTime = h.ModTime
		if !w.send(it) {
			return false
		}
	}
}

// readGzip decompresses r and hands the stream to next. A damaged gzip
// stream ends with an error item for the archive.
func (w walker) readGzip(name string, r io.Reader, next func(io.Reader) bool) bool {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return w.send(Item{Name: name, Err: fmt.Errorf("gzip: %w", err)})
	}
	defer zr.Close()
	ew := &errReader{r: zr}
	if !next(ew) {
		return false
	}
	if ew.err != nil && ew.err != io.EOF {
		return w.send(Item{Name: name, Err: fmt.Errorf("gzip: %w", ew.err)})
	}
	return true
}

// errReader remembers the first read error of a stream.
type errReader struct {
	r   io.Reader
	err error
}

func (e *errReader) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err != nil && e.err == nil {
		e.err = err
	}
	return n, err
}
