package source

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/nlnwa/gowarc"
)

// WARCWriter keeps fetched pages in a web archive, each response record
// gzipped on its own as crawlers write them, so that the archive is a
// valid .warc.gz that zhnews (or any WARC tool) reads again. It is safe
// for concurrent use.
type WARCWriter struct {
	mu  sync.Mutex
	w   io.Writer
	m   gowarc.Marshaler
	err error
}

// NewWARCWriter writes records to w.
func NewWARCWriter(w io.Writer) *WARCWriter {
	return &WARCWriter{w: w, m: gowarc.NewMarshaler()}
}

// Write adds one page as a response record. The body is kept as it was
// read, decoded of its transfer and content encodings, so those headers
// are dropped and Content-Length states the body kept.
func (ww *WARCWriter) Write(p Fetched) error {
	// One record at a time: building a record sets gowarc's (and uuid's)
	// package state, which is not safe for concurrent use.
	ww.mu.Lock()
	defer ww.mu.Unlock()
	if ww.err != nil {
		return ww.err
	}
	var block bytes.Buffer
	status := p.StatusLine
	if status == "" {
		status = "HTTP/1.1 200 OK"
	}
	block.WriteString(status + "\r\n")
	h := p.Header.Clone()
	if h == nil {
		h = http.Header{}
	}
	h.Del("Content-Encoding")
	h.Del("Transfer-Encoding")
	h.Set("Content-Length", strconv.Itoa(len(p.Body)))
	if err := h.Write(&block); err != nil {
		return err
	}
	block.WriteString("\r\n")
	block.Write(p.Body)

	rb := gowarc.NewRecordBuilder(gowarc.Response,
		gowarc.WithAddMissingRecordId(true), gowarc.WithAddMissingContentLength(true),
		gowarc.WithAddMissingDigest(true), gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore),
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore))
	defer rb.Close()
	if _, err := rb.Write(block.Bytes()); err != nil {
		return err
	}
	at := p.At
	if at.IsZero() {
		at = time.Now()
	}
	rb.AddWarcHeader(gowarc.WarcTargetURI, p.URL)
	rb.AddWarcHeaderTime(gowarc.WarcDate, at.UTC())
	rb.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
	rec, _, err := rb.Build()
	if err != nil {
		return fmt.Errorf("warc record for %s: %w", p.URL, err)
	}
	defer rec.Close()

	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	if _, _, err := ww.m.Marshal(zw, rec, 0); err != nil {
		return fmt.Errorf("warc record for %s: %w", p.URL, err)
	}
	if err := zw.Close(); err != nil {
		return err
	}
	_, ww.err = ww.w.Write(out.Bytes())
	return ww.err
}
