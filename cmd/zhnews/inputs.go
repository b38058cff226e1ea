package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"zhnews/source"
)

// inputCommands are the commands that read articles: they take URLs and
// lists of URLs besides paths, and the flags that bound fetching.
var inputCommands = map[string]bool{"extract": true, "ingest": true, "eval": true}

// inputFlags are the flags of fetching, registered by newFlags on the
// commands that read inputs and found again by inputStages through the
// --urls flag's value, so that each command's own code needs no change.
type inputFlags struct {
	urls        []string // --urls files, in order
	saveWARC    string
	timeout     time.Duration
	retries     int
	concurrency int
	perHost     int
	delay       time.Duration
	maxMB       int
	// ignoreRobots fetches what robots.txt disallows.
	ignoreRobots bool
}

// urlListFlag is --urls (and -i): a file of URLs, one a line; it may be
// given more than once.
type urlListFlag struct{ in *inputFlags }

func (u urlListFlag) String() string {
	if u.in == nil {
		return ""
	}
	return strings.Join(u.in.urls, ",")
}

func (u urlListFlag) Set(v string) error {
	u.in.urls = append(u.in.urls, v)
	return nil
}

func addInputFlags(fs *flag.FlagSet) {
	in := &inputFlags{}
	d := source.NewFetcher()
	fs.Var(urlListFlag{in}, "urls", "read the URLs listed in FILE (one a line, # comments), as trafilatura's -i does")
	fs.Var(urlListFlag{in}, "i", "short for --urls")
	fs.StringVar(&in.saveWARC, "save-warc", "", "keep every fetched page in this .warc.gz, so the run can be repeated without the network")
	fs.DurationVar(&in.timeout, "fetch-timeout", d.Timeout, "fetch: time allowed for one page, body included")
	fs.IntVar(&in.retries, "fetch-retries", d.Retries, "fetch: tries after the first on 429, 5xx and failed connections, waits doubling from 1s (Retry-After honoured, at most 30s)")
	fs.IntVar(&in.concurrency, "fetch-workers", d.Concurrency, "fetch: pages fetched at once")
	fs.IntVar(&in.perHost, "fetch-per-host", d.PerHost, "fetch: at most this many requests at once to one host")
	fs.DurationVar(&in.delay, "fetch-delay", d.Delay, "fetch: time between two requests' starts to one host")
	fs.IntVar(&in.maxMB, "fetch-max-mb", int(d.MaxSize>>20), "fetch: largest page read, in MB")
	fs.BoolVar(&in.ignoreRobots, "fetch-ignore-robots", false, "fetch: fetch pages the site's robots.txt disallows (only for a site you own or may crawl)")
}

// inputsOf returns the fetching flags of a command's flag set, nil for a
// command that reads no inputs.
func inputsOf(fs *flag.FlagSet) *inputFlags {
	f := fs.Lookup("urls")
	if f == nil {
		return nil
	}
	u, ok := f.Value.(urlListFlag)
	if !ok {
		return nil
	}
	return u.in
}

// listedURLs reads the --urls files. A bad line refuses the run before
// anything is fetched.
func (in *inputFlags) listedURLs() ([]string, error) {
	var all []string
	for _, name := range in.urls {
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("--urls: %w", err)
		}
		urls, err := source.ReadURLs(name, f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("--urls: %w", err)
		}
		all = append(all, urls...)
	}
	return all, nil
}

// fetcher is the Fetcher these flags describe.
func (in *inputFlags) fetcher() *source.Fetcher {
	f := source.NewFetcher()
	f.Timeout, f.Retries, f.Delay, f.IgnoreRobots = in.timeout, in.retries, in.delay, in.ignoreRobots
	f.Concurrency, f.PerHost = max(1, in.concurrency), max(1, in.perHost)
	if in.maxMB > 0 {
		f.MaxSize = int64(in.maxMB) << 20
	}
	return f
}
