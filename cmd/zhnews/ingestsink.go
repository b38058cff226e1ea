package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"

	"zhnews"
	"zhnews/dedupe"
	"zhnews/index"
	"zhnews/serve"
)

// Where ingest writes: the index itself, or the serve that holds it.

// sink takes the articles of a run; commit makes those added so far
// durable and lists their inputs in the manifest.
type sink interface {
	add(a zhnews.Article, text *index.TextTokens, entry *index.ManifestEntry) error
	len() int // added since the last commit
	commit() error
	close() error
	// guard runs fn, which reads the manifest, apart from the sink's
	// writes to it.
	guard(fn func())
}

// openSink opens the index in dir for writing; when a zhnews serve holds
// it, the articles go to that serve instead (serve/ingest.go). Any other
// holder is an error that names it, returned within index.LockWait. The
// manifest is what the run's inputs are compared with.
func openSink(e *env, dir string) (sink, *index.Manifest, error) {
	idx, err := index.Open(dir)
	var held *index.HeldError
	switch {
	case err == nil:
	case errors.As(err, &held) && held.Holder != nil && held.Holder.Command == "serve" && held.Holder.Token != "":
		m, err := index.ReadManifest(dir)
		if err != nil {
			return nil, nil, err
		}
		h := held.Holder
		fmt.Fprintf(e.stderr, "zhnews ingest: %s is open in zhnews serve (pid %d): sending the articles to it at http://%s/\n", dir, h.PID, h.Addr)
		return &remoteSink{url: "http://" + h.Addr + serve.IngestPath, token: h.Token, client: &http.Client{Timeout: 2 * time.Minute}}, m, nil
	default:
		return nil, nil, err
	}
	if _, err := idx.Hold("ingest", ""); err != nil {
		idx.Close()
		return nil, nil, err
	}
	if err := upgradeSimHashes(e, dir, idx); err != nil {
		idx.Close()
		return nil, nil, err
	}
	m, err := index.OpenManifest(dir)
	if err != nil {
		idx.Close()
		return nil, nil, err
	}
	return &localSink{dir: dir, idx: idx, batch: idx.NewBatch(), manifest: m}, m, nil
}

// upgradeSimHashes rehashes an index of SimHashes older than this
// zhnews makes, saying so: new hashes are never compared with old ones.
// The first article added would do it (index.Batch.Add); done here, a run
// with no new input upgrades the index too, and the user sees why it
// takes a while.
func upgradeSimHashes(e *env, dir string, idx *index.Index) error {
	v, err := idx.SimHashVersion()
	if err != nil || v >= dedupe.Version {
		return err
	}
	fmt.Fprintf(e.stderr, "zhnews ingest: %s holds SimHashes of version %d: rehashing its articles with version %d, and grouping their near-duplicates again\n", dir, v, dedupe.Version)
	n, err := idx.UpgradeSimHashes(func(done int) {
		fmt.Fprintf(e.stderr, "\rzhnews ingest: rehashed %d articles", done)
	})
	if n > 0 {
		fmt.Fprintln(e.stderr)
	}
	return err
}

// localSink writes batches into the index this process holds.
type localSink struct {
	dir      string
	idx      *index.Index
	batch    *index.Batch
	manifest *index.Manifest
	pending  []index.ManifestEntry // in the batch, not yet committed
	// The manifest is written from the index's persister (commit) and
	// read by the pipeline's reader (guard): mu guards it, and err, the
	// first error of a background commit or of the manifest.
	mu  sync.Mutex
	err error
}

func (s *localSink) guard(fn func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	fn()
}

func (s *localSink) add(a zhnews.Article, text *index.TextTokens, entry *index.ManifestEntry) error {
	if err := s.batch.AddAnalysed(a, text); err != nil {
		return err
	}
	if entry != nil {
		s.pending = append(s.pending, *entry)
	}
	return nil
}

func (s *localSink) len() int { return s.batch.Len() }

// commit writes the batch in the background, and lists its inputs in the
// manifest once it is on disk: the manifest never names an article the
// index does not hold.
func (s *localSink) commit() error {
	entries := s.pending
	s.pending = nil
	err := s.batch.CommitAsync(func(err error) {
		s.mu.Lock()
		defer s.mu.Unlock()
		if err == nil {
			if err = s.manifest.Add(entries...); err == nil {
				err = s.manifest.Sync()
			}
		} else {
			err = fmt.Errorf("index %s: write: %w", s.dir, err)
		}
		s.err = cmp.Or(s.err, err)
	})
	if err != nil {
		return fmt.Errorf("index %s: write: %w", s.dir, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// close waits for the commits on their way to disk, then closes the
// manifest and the index.
func (s *localSink) close() error {
	err := s.batch.Flush()
	if err != nil {
		err = fmt.Errorf("index %s: write: %w", s.dir, err)
	}
	s.mu.Lock()
	err = cmp.Or(err, s.err)
	s.mu.Unlock()
	err = cmp.Or(err, s.manifest.Close())
	return cmp.Or(err, s.idx.Close())
}

// remoteSink POSTs each batch to the serve holding the index, which
// commits it and writes the manifest.
type remoteSink struct {
	url, token string
	client     *http.Client
	buf        bytes.Buffer
	n          int
}

func (s *remoteSink) guard(fn func()) { fn() }

// add sends the article; the serve cuts its text for the index itself.
func (s *remoteSink) add(a zhnews.Article, _ *index.TextTokens, entry *index.ManifestEntry) error {
	line, err := json.Marshal(serve.IngestRecord{Article: a, Entry: entry})
	if err != nil {
		return err
	}
	s.buf.Write(line)
	s.buf.WriteByte('\n')
	s.n++
	return nil
}

func (s *remoteSink) len() int { return s.n }

// commit sends the batch. It is not cut short by Ctrl-C: what was read
// is kept, as a local ingest keeps it.
func (s *remoteSink) commit() error {
	if s.n == 0 {
		return nil
	}
	req, err := http.NewRequestWithContext(context.Background(), http.MethodPost, s.url, bytes.NewReader(s.buf.Bytes()))
	if err != nil {
		return err
	}
	req.Header.Set(serve.TokenHeader, s.token)
	req.Header.Set("Content-Type", "application/x-ndjson")
	res, err := s.client.Do(req)
	if err != nil {
		return fmt.Errorf("serve at %s: %w", s.url, err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(res.Body, 64<<10))
	if res.StatusCode != http.StatusOK {
		var msg struct{ Error string }
		json.Unmarshal(body, &msg)
		return fmt.Errorf("serve at %s: %s: %s", s.url, res.Status, msg.Error)
	}
	s.buf.Reset()
	s.n = 0
	return nil
}

func (s *remoteSink) close() error { return nil }
