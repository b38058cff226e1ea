package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"zhnews/index"
)

// While zhnews serve holds an index for writing (live ingest), search and
// facts ask it, over loopback, instead of failing: the same answers, from
// the process that has the index.

// heldByServe returns the serve holding the index when err says one does.
func heldByServe(err error) (*index.Holder, bool) {
	var held *index.HeldError
	if errors.As(err, &held) && held.Holder != nil && held.Holder.Command == "serve" && held.Holder.Addr != "" {
		return held.Holder, true
	}
	return nil, false
}

// askServe GETs path with params from the serve h and decodes its JSON
// answer into out; an error answer is returned as an error with the
// serve's message.
func askServe(h *index.Holder, path string, params url.Values, out any) error {
	for k, v := range params {
		if len(v) == 1 && v[0] == "" {
			delete(params, k)
		}
	}
	client := &http.Client{Timeout: 30 * time.Second}
	res, err := client.Get("http://" + h.Addr + path + "?" + params.Encode())
	if err != nil {
		return fmt.Errorf("zhnews serve at %s: %w", h.Addr, err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		var msg struct{ Error string }
		json.NewDecoder(res.Body).Decode(&msg)
		return serveError{code: res.StatusCode, msg: strings.TrimSpace(msg.Error)}
	}
	return json.NewDecoder(res.Body).Decode(out)
}

// serveError is serve's error answer.
type serveError struct {
	code int
	msg  string
}

func (e serveError) Error() string { return e.msg }

// exitFor is the exit status for an error from askServe: 2 for what the
// request got wrong, 1 for the rest.
func exitFor(err error) int {
	var se serveError
	if errors.As(err, &se) && se.code == http.StatusBadRequest {
		return exitUsage
	}
	return exitSkipped
}
