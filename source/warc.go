package source

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"sort"
	"strings"

	"github.com/nlnwa/gowarc"
)

// readWARC reads a web archive (WARC 1.0 or 1.1, each record gzipped or
// the whole file plain): every response record whose HTTP status is 2xx
// and whose body is a page (HTML, XHTML or plain text) is an article named
// by its WARC-Target-URI, with the WARC-Date as the date to fall back on
// and the charset of its Content-Type. Other records (requests, metadata,
// images, redirects) are passed over and counted in one note. A record
// that cannot be parsed ends the archive with an error item: WARC has no
// index to find the next record by.
func (w walker) readWARC(name string, r io.Reader) bool {
	// A .warc.gz is gzipped record by record, or (by some tools) as one
	// stream: either is one multistream gzip, read here as plain WARC.
	br := bufio.NewReaderSize(r, 1<<16)
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		return w.readGzip(name, br, func(z io.Reader) bool { return w.readWARC(name, z) })
	}
	// Spec violations are only warnings, and the one read here is a
	// record shorter than its Content-Length: a truncated archive.
	cr := &countingReader{r: br}
	wr, err := gowarc.NewWarcFileReaderFromStream(cr, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore))
	if err != nil {
		return w.send(Item{Name: name, Err: fmt.Errorf("warc: %w", err)})
	}
	defer wr.Close()
	passed := map[string]int{}
	articles := 0
	defer func() { w.notePassed(name, articles, passed) }()
	for {
		rec, offset, validation, err := wr.Next()
		if errors.Is(err, io.EOF) && offset < cr.n {
			// The stream ended inside a record's header.
			return w.send(Item{Name: name, Err: fmt.Errorf("warc: record at byte %d is cut short: the archive is truncated", offset)})
		}
		if errors.Is(err, io.EOF) {
			return true
		}
		if err != nil {
			return w.send(Item{Name: name, Err: fmt.Errorf("warc: record at byte %d: %w (rest of the archive not read)", offset, err)})
		}
		if truncated(validation) {
			return w.send(Item{Name: name, Err: fmt.Errorf("warc: record at byte %d is cut short: the archive is truncated", offset)})
		}
		it, why := warcItem(rec)
		if why != "" {
			passed[why]++
			continue
		}
		articles++
		if !w.send(it) {
			return false
		}
	}
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// truncated: the record's block is shorter than its Content-Length, or
// its header has none (a header cut short reads as one without it).
func truncated(v *gowarc.Validation) bool {
	if v == nil {
		return false
	}
	for _, e := range *v {
		if m := e.Error(); strings.Contains(m, "content length mismatch") || strings.Contains(m, "missing required field: Content-Length") {
			return true
		}
	}
	return false
}

// notePassed tells the run what an archive held besides articles.
func (w walker) notePassed(name string, articles int, passed map[string]int) {
	if w.opts.Note == nil || len(passed) == 0 {
		return
	}
	var kinds []string
	total := 0
	for k, n := range passed {
		kinds = append(kinds, fmt.Sprintf("%s %d", k, n))
		total += n
	}
	sort.Strings(kinds)
	w.opts.Note(fmt.Sprintf("%s: %d records read as articles, %d passed over (%s)", name, articles, total, strings.Join(kinds, ", ")))
}

// warcItem turns a response record into an article item, or says why the
// record is no article.
func warcItem(rec gowarc.WarcRecord) (Item, string) {
	if rec.Type() != gowarc.Response {
		return Item{}, rec.Type().String()
	}
	block, ok := rec.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return Item{}, "non-HTTP response"
	}
	uri := strings.Trim(rec.WarcHeader().Get(gowarc.WarcTargetURI), "<>")
	if uri == "" {
		return Item{}, "response without target URI"
	}
	if c := block.HttpStatusCode(); c < 200 || c > 299 {
		return Item{}, fmt.Sprintf("HTTP %dxx", c/100)
	}
	h := block.HttpHeader().Clone()
	// The HTTP parser takes Transfer-Encoding out of the header; the
	// payload is still chunked when the raw header says so.
	if chunked(block.ProtocolHeaderBytes()) {
		h.Set("Transfer-Encoding", "chunked")
	}
	isHTML, charset, ok := pageType(h.Get("Content-Type"))
	if !ok {
		return Item{}, "not a page"
	}
	it := Item{Name: uri, Hints: Hints{HTML: isHTML, URL: uri, Charset: charset}}
	if t, err := rec.Date(); err == nil {
		it.ModTime, it.Hints.Fetched = t, t
		it.Hints.Published = t.UTC().Format("2006-01-02")
	}
	payload, err := block.PayloadBytes()
	if err != nil {
		it.Err = fmt.Errorf("warc: %w", err)
		return it, ""
	}
	body, err := decodeBody(payload, h)
	if err != nil {
		it.Err = fmt.Errorf("warc: %w", err)
		return it, ""
	}
	read := readAll(uri, body)
	read.Hints, read.ModTime = it.Hints, it.ModTime
	return read, ""
}

// pageType reads a Content-Type: whether it is a page zhnews reads (HTML,
// XHTML, plain text; none given counts as HTML, as browsers sniff it), and
// its charset.
func pageType(contentType string) (isHTML bool, charset string, ok bool) {
	if strings.TrimSpace(contentType) == "" {
		return true, "", true
	}
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		// A malformed header: take the type before the first ';'.
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(contentType, ";", 2)[0]))
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return true, strings.ToLower(params["charset"]), true
	case "text/plain":
		return false, strings.ToLower(params["charset"]), true
	}
	return false, "", false
}

func chunked(header []byte) bool {
	for _, line := range strings.Split(string(header), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(strings.TrimSpace(k), "Transfer-Encoding") && strings.Contains(strings.ToLower(v), "chunked") {
			return true
		}
	}
	return false
}

// decodeBody undoes the transfer and content encodings a crawler kept as
// the server sent them: chunked, gzip, deflate.
func decodeBody(r io.Reader, h http.Header) (io.Reader, error) {
	if strings.EqualFold(strings.TrimSpace(h.Get("Transfer-Encoding")), "chunked") {
		r = httputil.NewChunkedReader(bufio.NewReader(r))
	}
	switch strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding"))) {
	case "gzip", "x-gzip":
		return gzip.NewReader(r)
	case "deflate":
		return flate.NewReader(r), nil
	case "", "identity":
		return r, nil
	case "br":
		return nil, errors.New("brotli content encoding not supported")
	default:
		return nil, fmt.Errorf("unknown content encoding %q", h.Get("Content-Encoding"))
	}
}
