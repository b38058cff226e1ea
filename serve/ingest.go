package serve

import (
	"bufio"
	"crypto/subtle"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"sync"

	"zhnews"
	"zhnews/index"
)

// Live ingest.
//
// A bleve index has one writer at a time. While serve runs it is that
// writer, and `zhnews ingest` into the same folder hands it what it
// extracted instead of waiting for the lock: it POSTs each batch of
// articles, as JSON Lines of IngestRecord, to /api/ingest. serve commits
// the batch and appends the manifest lines, so a new dump shows in the
// page as soon as its first batch is committed, without a restart.
//
// The endpoint answers only loopback connections that carry the token
// serve wrote in the index folder's holder file (readable by its owner):
// only a local process of the index's owner can write.

// IngestPath is the endpoint's path.
const IngestPath = "/api/ingest"

// TokenHeader carries the holder file's token.
const TokenHeader = "X-Zhnews-Token"

// MaxIngestBytes bounds one POSTed batch.
const MaxIngestBytes = 256 << 20

// IngestRecord is one article sent for ingest, with the manifest entry to
// list once it is committed (nil for standard input).
type IngestRecord struct {
	Article zhnews.Article       `json:"article"`
	Entry   *index.ManifestEntry `json:"entry,omitempty"`
}

// IngestResult is the answer to a POSTed batch.
type IngestResult struct {
	Articles int `json:"articles"`
}

// Ingester writes POSTed batches into the index serve holds.
type Ingester struct {
	idx      *index.Index
	manifest *index.Manifest
	token    string
	mu       sync.Mutex // one batch at a time
}

// NewIngester accepts batches for idx, listing them in manifest, from
// requests that carry token.
func NewIngester(idx *index.Index, manifest *index.Manifest, token string) *Ingester {
	return &Ingester{idx: idx, manifest: manifest, token: token}
}

func (g *Ingester) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		writeError(w, http.StatusMethodNotAllowed, "only POST")
		return
	}
	host, _, _ := net.SplitHostPort(r.RemoteAddr)
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		writeError(w, http.StatusForbidden, "ingest is for local processes only")
		return
	}
	if g.token == "" || subtle.ConstantTimeCompare([]byte(r.Header.Get(TokenHeader)), []byte(g.token)) != 1 {
		writeError(w, http.StatusForbidden, "wrong or missing "+TokenHeader+" (it is in the index folder's "+index.HolderName+")")
		return
	}
	// Decode the whole batch before writing anything: a bad line refuses
	// the batch, and the index holds none of it.
	var recs []IngestRecord
	sc := bufio.NewScanner(http.MaxBytesReader(w, r.Body, MaxIngestBytes))
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	for line := 1; sc.Scan(); line++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var rec IngestRecord
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("line %d: %v", line, err))
			return
		}
		if rec.Article.ID == "" {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("line %d: article without id", line))
			return
		}
		recs = append(recs, rec)
	}
	if err := sc.Err(); err != nil {
		writeError(w, http.StatusBadRequest, "body: "+err.Error())
		return
	}
	n, err := g.write(recs)
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, IngestResult{Articles: n})
}

// write commits recs, then lists their inputs in the manifest: as with a
// local ingest, the manifest never names an article the index lacks.
func (g *Ingester) write(recs []IngestRecord) (int, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	b := g.idx.NewBatch()
	var entries []index.ManifestEntry
	for _, rec := range recs {
		a := rec.Article
		a.Normalize()
		if err := b.Add(a); err != nil {
			return 0, fmt.Errorf("index %s: %s: %w", g.idx.Path, a.Source, err)
		}
		if rec.Entry != nil {
			entries = append(entries, *rec.Entry)
		}
	}
	if err := b.Commit(); err != nil {
		return 0, fmt.Errorf("index %s: write: %w", g.idx.Path, err)
	}
	if err := g.manifest.Add(entries...); err != nil {
		return 0, err
	}
	if err := g.manifest.Sync(); err != nil {
		return 0, err
	}
	// serve runs long: repeated --force ingests must not grow the
	// manifest without end.
	if g.manifest.Redundant() {
		return len(recs), g.manifest.Compact()
	}
	return len(recs), nil
}
