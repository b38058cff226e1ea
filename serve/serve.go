// Package serve is zhnews's web front end: a JSON API over an index and
// one embedded page that uses it.
//
// In: an open index.Index. Out: an http.Handler with
//
//	GET /api/search        articles: q, hospital, province, city, site, since, until, sort, limit, offset
//	GET /api/facts         facts: metric, hospital, province, city, min, max, year, text, sort, limit
//	GET /api/articles/{id} one article record with its facts
//	GET /api/stats         counts of articles, facts, metrics, hospitals
//	GET /                  the page (HTML, JS and CSS embedded; no CDN)
//	POST /api/ingest       articles from `zhnews ingest` (loopback, with the holder's token; ingest.go)
//
// Every request is bounded: GET only, short query strings, at most
// MaxSearchResults articles or MaxFactResults facts, and a time limit
// (RequestTimeout) after which the search itself stops. At most
// MaxConcurrentSearches searches run at once; more wait up to QueueWait
// for a turn, then get a 503 with Retry-After. Bad parameters, malformed
// queries and wildcards that match too many words get a 400 with
// {"error": "..."} saying why.
package serve

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"time"

	"zhnews/index"
)

//go:embed web
var web embed.FS

// Bounds on one request.
const (
	MaxSearchResults = 100
	MaxFactResults   = 1000
	MaxQueryBytes    = 2048
	RequestTimeout   = 10 * time.Second
	// QueueWait is how long a search waits for one of the
	// MaxConcurrentSearches turns before it is refused.
	QueueWait = 2 * time.Second
	// MaxQueued bounds the searches waiting for a turn; more are refused
	// at once.
	MaxQueued = 64
)

// MaxConcurrentSearches is how many searches run at once: one per core
// (at least two), since a search is CPU work; more at once only make each
// slower and hold more memory.
var MaxConcurrentSearches = max(2, runtime.NumCPU())

// Handler serves the API and the page over idx.
func Handler(idx *index.Index) http.Handler { return HandlerWith(idx, nil) }

// HandlerWith is Handler that also accepts articles to ingest at
// IngestPath when ing is not nil (see ingest.go).
func HandlerWith(idx *index.Index, ing *Ingester) http.Handler {
	s := &server{idx: idx, turns: newTurns(MaxConcurrentSearches, MaxQueued)}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/search", s.limited(s.search))
	mux.HandleFunc("GET /api/facts", s.limited(s.facts))
	mux.HandleFunc("GET /api/articles/{id}", s.article)
	mux.HandleFunc("GET /api/stats", s.limited(s.stats))
	page, _ := fs.Sub(web, "web")
	mux.Handle("GET /", http.FileServerFS(page))
	api := http.TimeoutHandler(bound(mux), RequestTimeout, `{"error":"request took too long"}`)
	if ing == nil {
		return api
	}
	// Ingest is outside the GET-only bounds and the time limit: a batch
	// takes as long as its commit.
	top := http.NewServeMux()
	top.Handle(IngestPath, ing)
	top.Handle("/", api)
	return top
}

// bound refuses what no page of ours sends: bodies, long query strings,
// methods other than GET and HEAD.
func bound(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			writeError(w, http.StatusMethodNotAllowed, "only GET")
			return
		}
		if len(r.URL.RawQuery) > MaxQueryBytes {
			writeError(w, http.StatusRequestURITooLong, fmt.Sprintf("query string over %d bytes", MaxQueryBytes))
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, 0)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		next.ServeHTTP(w, r)
	})
}

type server struct {
	idx   *index.Index
	turns *turns
}

// limited runs h when a turn is free, waiting up to QueueWait for one.
func (s *server) limited(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		release, ok := s.turns.take(r.Context(), QueueWait)
		if !ok {
			w.Header().Set("Retry-After", "1")
			writeError(w, http.StatusServiceUnavailable, fmt.Sprintf("busy: %d searches running and more waiting; retry in a second", MaxConcurrentSearches))
			return
		}
		defer release()
		h(w, r)
	}
}

// badRequest is an error in the request's parameters.
type badRequest struct{ msg string }

func (e badRequest) Error() string { return e.msg }

func (s *server) search(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	limit, err := intParam(v.Get("limit"), 10, 1, MaxSearchResults, "limit")
	if err != nil {
		writeErr(w, err)
		return
	}
	offset, err := intParam(v.Get("offset"), 0, 0, 10000, "offset")
	if err != nil {
		writeErr(w, err)
		return
	}
	sortBy := v.Get("sort")
	if sortBy != "" && sortBy != "relevance" && sortBy != "date" {
		writeErr(w, badRequest{"sort: want relevance or date"})
		return
	}
	res, err := s.idx.SearchContext(r.Context(), index.Query{
		Text: v.Get("q"), Limit: limit, Offset: offset,
		Hospital: v.Get("hospital"), Province: v.Get("province"), City: v.Get("city"), Site: v.Get("site"),
		Metric: v.Get("metric"), Year: v.Get("year"),
		Since: v.Get("since"), Until: v.Get("until"), SortDate: sortBy == "date", Facets: true,
	})
	if err != nil {
		writeErr(w, err)
		return
	}
	if res.Hits == nil {
		res.Hits = []index.Hit{}
	}
	writeJSON(w, res)
}

func (s *server) facts(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	q := index.FactQuery{Metric: v.Get("metric"), Hospital: v.Get("hospital"), Province: v.Get("province"),
		City: v.Get("city"), Text: v.Get("text"), SortBy: v.Get("sort")}
	// q and published select articles (as /api/search does): the facts
	// are then those articles' facts.
	if v.Get("q") != "" || v.Get("published") != "" || v.Get("site") != "" {
		q.Articles = &index.Query{Text: v.Get("q"), Year: v.Get("published"), Site: v.Get("site")}
	}
	var err error
	if q.Limit, err = intParam(v.Get("limit"), 200, 1, MaxFactResults, "limit"); err != nil {
		writeErr(w, err)
		return
	}
	if q.Year, err = intParam(v.Get("year"), 0, 0, 3000, "year"); err != nil {
		writeErr(w, err)
		return
	}
	for _, b := range []struct {
		name string
		dst  **float64
	}{{"min", &q.Min}, {"max", &q.Max}} {
		if s := v.Get(b.name); s != "" {
			f, err := strconv.ParseFloat(s, 64)
			if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
				writeErr(w, badRequest{b.name + ": not a number"})
				return
			}
			*b.dst = &f
		}
	}
	res, err := s.idx.FactsContext(r.Context(), q)
	if err != nil {
		writeErr(w, err)
		return
	}
	if res.Facts == nil {
		res.Facts = []index.FactRecord{}
	}
	writeJSON(w, res)
}

func (s *server) article(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if len(id) != 16 || strings.Trim(id, "0123456789abcdef") != "" {
		writeErr(w, badRequest{"id: 16 lowercase hex digits"})
		return
	}
	a, ok, err := s.idx.Article(id)
	switch {
	case err != nil:
		writeError(w, http.StatusInternalServerError, err.Error())
	case !ok:
		writeError(w, http.StatusNotFound, "no article "+id)
	default:
		writeJSON(w, a)
	}
}

func (s *server) stats(w http.ResponseWriter, r *http.Request) {
	st, err := s.idx.Stats()
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, st)
}

func intParam(s string, def, lo, hi int, name string) (int, error) {
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, badRequest{fmt.Sprintf("%s: a whole number from %d to %d", name, lo, hi)}
	}
	return n, nil
}

// writeErr answers an error: 400 for what the request got wrong (bad
// parameters, a malformed or too broad query), 503 for a search stopped
// by its time limit, 500 for the rest.
func writeErr(w http.ResponseWriter, err error) {
	var br badRequest
	var qe *index.QueryError
	switch {
	case errors.As(err, &br):
		writeError(w, http.StatusBadRequest, br.msg)
		return
	case errors.As(err, &qe), errors.Is(err, index.ErrQueryTooBroad):
		writeError(w, http.StatusBadRequest, err.Error())
		return
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusServiceUnavailable, "search stopped: it took longer than "+RequestTimeout.String())
		return
	}
	writeError(w, http.StatusInternalServerError, err.Error())
}

func writeError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	json.NewEncoder(w).Encode(v)
}
