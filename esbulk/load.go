package esbulk

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Loader posts an export to an Elasticsearch 8.x or OpenSearch 2.x
// server: the index template first, then each chunk to _bulk, reading the
// server's answer item by item.
type Loader struct {
	// URL is the server's base URL (http://127.0.0.1:9200); user and
	// password in it (https://user:pass@host:9200) are sent as basic
	// authentication.
	URL string
	// APIKey, when set, is sent as "Authorization: ApiKey KEY"
	// (Elasticsearch's encoded API key).
	APIKey  string
	Client  *http.Client
	Retries int           // on 429 and 502/503/504, per request
	Backoff time.Duration // the first wait, doubled each retry
	// Progress, when set, is told of each chunk loaded.
	Progress func(chunk Chunk, indexed, failed int)
}

// Failure is one document the server refused.
type Failure struct {
	Chunk  string
	ID     string
	Status int
	Type   string
	Reason string
}

func (f Failure) String() string {
	return fmt.Sprintf("%s: id %s: %d %s: %s", f.Chunk, f.ID, f.Status, f.Type, f.Reason)
}

// Report is what a load did.
type Report struct {
	Chunks  int
	Indexed int
	Failed  int
	// Failures lists the refused documents, the first MaxFailures of them.
	Failures []Failure
}

// MaxFailures bounds the failures a Report lists; all are counted.
const MaxFailures = 1000

// Load posts the export in dir. A chunk the server refuses whole (too
// large, bad request) stops the load with an error; documents it refuses
// one by one are listed in the report and the load goes on.
func (l *Loader) Load(ctx context.Context, dir string) (Report, error) {
	var rep Report
	b, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if err != nil {
		return rep, fmt.Errorf("es-load: %w (is %s an export of zhnews export --format es-bulk?)", err, dir)
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return rep, fmt.Errorf("es-load: %s: %w", ManifestName, err)
	}
	tpl, err := os.ReadFile(filepath.Join(dir, m.Template))
	if err != nil {
		return rep, fmt.Errorf("es-load: %w", err)
	}
	name := strings.TrimSuffix(m.Index, "*")
	if _, err := l.do(ctx, http.MethodPut, "/_index_template/"+url.PathEscape(name), "application/json", func() (io.Reader, int64, error) {
		return strings.NewReader(string(tpl)), int64(len(tpl)), nil
	}); err != nil {
		return rep, fmt.Errorf("es-load: index template %s: %w", name, err)
	}
	for _, c := range m.Chunks {
		path := filepath.Join(dir, c.File)
		body, err := l.do(ctx, http.MethodPost, "/_bulk", "application/x-ndjson", func() (io.Reader, int64, error) {
			f, err := os.Open(path)
			if err != nil {
				return nil, 0, err
			}
			info, err := f.Stat()
			if err != nil {
				f.Close()
				return nil, 0, err
			}
			return f, info.Size(), nil
		})
		if err != nil {
			return rep, fmt.Errorf("es-load: %s: %w", c.File, err)
		}
		indexed, failed, err := readBulkAnswer(c.File, body, &rep)
		if err != nil {
			return rep, fmt.Errorf("es-load: %s: %w", c.File, err)
		}
		rep.Chunks++
		rep.Indexed += indexed
		rep.Failed += failed
		if l.Progress != nil {
			l.Progress(c, indexed, failed)
		}
	}
	return rep, nil
}

// bulkAnswer is the part of the bulk API's answer read here.
type bulkAnswer struct {
	Errors bool `json:"errors"`
	Items  []map[string]struct {
		ID     string `json:"_id"`
		Status int    `json:"status"`
		Error  *struct {
			Type   string `json:"type"`
			Reason string `json:"reason"`
		} `json:"error"`
	} `json:"items"`
}

func readBulkAnswer(chunk string, body []byte, rep *Report) (indexed, failed int, err error) {
	var a bulkAnswer
	if err := json.Unmarshal(body, &a); err != nil {
		return 0, 0, fmt.Errorf("the server's answer is no bulk answer: %w", err)
	}
	for _, item := range a.Items {
		for _, r := range item { // one action per item: "index"
			if r.Status >= 200 && r.Status <= 299 {
				indexed++
				continue
			}
			failed++
			if len(rep.Failures) < MaxFailures {
				f := Failure{Chunk: chunk, ID: r.ID, Status: r.Status}
				if r.Error != nil {
					f.Type, f.Reason = r.Error.Type, r.Error.Reason
				}
				rep.Failures = append(rep.Failures, f)
			}
		}
	}
	return indexed, failed, nil
}

// do sends one request, again on 429 and 502/503/504, and returns the
// body of a 2xx answer.
func (l *Loader) do(ctx context.Context, method, path, contentType string, body func() (io.Reader, int64, error)) ([]byte, error) {
	client := l.Client
	if client == nil {
		client = &http.Client{Timeout: 10 * time.Minute}
	}
	base, err := url.Parse(strings.TrimRight(l.URL, "/"))
	if err != nil || base.Host == "" {
		return nil, fmt.Errorf("not a server URL: %q", l.URL)
	}
	wait := l.Backoff
	if wait <= 0 {
		wait = time.Second
	}
	for try := 0; ; try++ {
		r, size, err := body()
		if err != nil {
			return nil, err
		}
		req, err := http.NewRequestWithContext(ctx, method, base.String()+path, r)
		if err != nil {
			return nil, err
		}
		req.ContentLength = size
		req.Header.Set("Content-Type", contentType)
		if l.APIKey != "" {
			req.Header.Set("Authorization", "ApiKey "+l.APIKey)
		}
		if u := base.User; u != nil {
			pw, _ := u.Password()
			req.SetBasicAuth(u.Username(), pw)
		}
		resp, err := client.Do(req)
		if c, ok := r.(io.Closer); ok {
			c.Close()
		}
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<30))
		resp.Body.Close()
		if err != nil {
			return nil, err
		}
		switch {
		case resp.StatusCode >= 200 && resp.StatusCode <= 299:
			return b, nil
		case resp.StatusCode == http.StatusRequestEntityTooLarge:
			return nil, fmt.Errorf("HTTP 413: the chunk (%d MB) exceeds the server's http.max_content_length; export again with a smaller --chunk-mb", size>>20)
		case (resp.StatusCode == 429 || resp.StatusCode == 502 || resp.StatusCode == 503 || resp.StatusCode == 504) && try < l.Retries:
			t := time.NewTimer(wait)
			select {
			case <-t.C:
			case <-ctx.Done():
				t.Stop()
				return nil, ctx.Err()
			}
			wait *= 2
			continue
		}
		return nil, fmt.Errorf("HTTP %s: %s", resp.Status, firstLine(b))
	}
}

func firstLine(b []byte) string {
	s := strings.TrimSpace(string(b))
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	return s
}
