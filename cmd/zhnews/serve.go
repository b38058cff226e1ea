package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"zhnews/index"
	"zhnews/serve"
)

func cmdServe(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "serve", "[--index DIR] [--addr 127.0.0.1:8080]",
		"Serve the search page and its JSON API (/api/search, /api/facts, /api/articles/{id},\n/api/stats) over an index. Listens on loopback unless told otherwise. serve holds one index\nfor writing: zhnews ingest into it while serve runs hands the articles to serve, and they\nshow in the page within seconds. Shards (a,b) are served read-only.")
	dir := fs.String("index", index.DefaultPath, shardsHelp)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	host, _, err := net.SplitHostPort(*addr)
	if err != nil {
		fmt.Fprintf(e.stderr, "zhnews serve: --addr %q: %v\n", *addr, err)
		return exitUsage
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		fmt.Fprintf(e.stderr, "zhnews serve: warning: listening on %s, reachable from other machines\n", *addr)
	}
	// One index: serve holds it for writing, so that `zhnews ingest` into
	// it hands its articles to this process (serve/ingest.go). Shards are
	// only read.
	var idx *index.Index
	live := !strings.Contains(*dir, ",")
	if live {
		if _, err := os.Stat(*dir); err != nil {
			fmt.Fprintf(e.stderr, "zhnews serve: index %s: %v (run zhnews ingest first)\n", *dir, err)
			return exitSkipped
		}
		var err error
		idx, err = index.Open(*dir)
		var held *index.HeldError
		switch {
		case errors.As(err, &held):
			fmt.Fprintf(e.stderr, "zhnews serve: %v\n", err)
			return exitSkipped
		case err != nil:
			// A folder this user may not write (a read-only mount):
			// served as it is, without live ingest.
			ro, rerr := index.OpenReadOnly(*dir)
			if rerr != nil {
				fmt.Fprintf(e.stderr, "zhnews serve: %v\n", err)
				return exitSkipped
			}
			fmt.Fprintf(e.stderr, "zhnews serve: %v; serving it read-only, without live ingest\n", err)
			idx, live = ro, false
		}
	} else {
		var ok bool
		if idx, ok = openIndex(e, "serve", *dir); !ok {
			return exitSkipped
		}
	}
	defer idx.Close()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(e.stderr, "zhnews serve: %v\n", err)
		return exitSkipped
	}
	var ing *serve.Ingester
	if live {
		holder, err := idx.Hold("serve", ln.Addr().String())
		if err != nil {
			fmt.Fprintf(e.stderr, "zhnews serve: %v\n", err)
			return exitSkipped
		}
		manifest, err := index.OpenManifest(*dir)
		if err != nil {
			fmt.Fprintf(e.stderr, "zhnews serve: %v\n", err)
			return exitSkipped
		}
		defer manifest.Close()
		ing = serve.NewIngester(idx, manifest, holder.Token)
	}
	srv := &http.Server{
		Handler:           serve.HandlerWith(idx, ing),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      serve.RequestTimeout + 5*time.Second,
		IdleTimeout:       time.Minute,
		MaxHeaderBytes:    16 << 10,
	}
	fmt.Fprintf(e.stderr, "zhnews: serving %s on http://%s/ (Ctrl-C stops)\n", *dir, ln.Addr())
	if live {
		fmt.Fprintln(e.stderr, "zhnews: zhnews ingest into this index sends its articles here; they show as each batch is committed")
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err = <-done:
	case <-ctx.Done():
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		err = srv.Shutdown(shut)
	}
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(e.stderr, "zhnews serve: %v\n", err)
		return exitSkipped
	}
	return exitOK
}
