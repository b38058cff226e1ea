package source

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// IsURL reports whether an input names a web page to fetch.
func IsURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// Fetcher reads web pages for a run, politely and within bounds: a
// User-Agent that names zhnews, at most PerHost requests at once to one
// host and Delay between their starts, Concurrency pages at once in all;
// a Timeout per request, MaxSize per page, MaxRedirects, and Retries with
// doubling waits on 429 and 5xx answers and failed connections. Each
// host's robots.txt is read once (github.com/temoto/robotstxt): a page it
// disallows for our user agent is refused with a reason, and its
// Crawl-delay lengthens Delay for that host. IgnoreRobots turns that off
// for a user who owns the site or has its permission.
type Fetcher struct {
	UserAgent    string
	Timeout      time.Duration
	MaxSize      int64
	MaxRedirects int
	Retries      int           // tries after the first
	Backoff      time.Duration // the first wait; doubled each retry up to MaxBackoff
	MaxBackoff   time.Duration
	Concurrency  int
	PerHost      int
	Delay        time.Duration
	// Save, when set, is given every page fetched (status 2xx), before it
	// is read: --save-warc keeps them so that a run can be repeated
	// without the network.
	Save func(Fetched) error
	// IgnoreRobots fetches pages robots.txt disallows.
	IgnoreRobots bool

	client *http.Client
	once   sync.Once
	mu     sync.Mutex
	hosts  map[string]*hostGate
}

// Fetched is one page as the server sent it.
type Fetched struct {
	URL        string // after redirects
	StatusLine string
	Header     http.Header // the Content-Encoding is undone: Body is the payload
	Body       []byte
	At         time.Time
}

// DefaultUserAgent names the tool, so that a site's operator knows who
// asked.
const DefaultUserAgent = "zhnews/1 (+news article extraction; one request per page named by a user)"

// NewFetcher returns a Fetcher with the defaults the command line uses.
func NewFetcher() *Fetcher {
	return &Fetcher{
		UserAgent:    DefaultUserAgent,
		Timeout:      30 * time.Second,
		MaxSize:      MaxSize,
		MaxRedirects: 10,
		Retries:      3,
		Backoff:      time.Second,
		MaxBackoff:   30 * time.Second,
		Concurrency:  8,
		PerHost:      2,
		Delay:        250 * time.Millisecond,
	}
}

func (f *Fetcher) init() {
	f.once.Do(func() {
		f.hosts = map[string]*hostGate{}
		f.client = &http.Client{
			Timeout: f.Timeout,
			CheckRedirect: func(req *http.Request, via []*http.Request) error {
				if len(via) > f.MaxRedirects {
					return fmt.Errorf("stopped after %d redirects", f.MaxRedirects)
				}
				return nil
			},
		}
		if f.Concurrency < 1 {
			f.Concurrency = 1
		}
		if f.PerHost < 1 {
			f.PerHost = 1
		}
		if f.MaxSize <= 0 {
			f.MaxSize = MaxSize
		}
	})
}

// hostGate bounds the requests to one host: how many at once, and the
// time between two starts.
type hostGate struct {
	slots chan struct{}
	mu    sync.Mutex
	next  time.Time

	robotsOnce sync.Once
	robots     *robotstxt.Group // nil: every page allowed
	crawlDelay time.Duration
}

func (f *Fetcher) gate(host string) *hostGate {
	f.mu.Lock()
	defer f.mu.Unlock()
	g, ok := f.hosts[host]
	if !ok {
		g = &hostGate{slots: make(chan struct{}, f.PerHost)}
		f.hosts[host] = g
	}
	return g
}

// enter waits for a slot on the host and for the host's delay; leave
// gives the slot back.
func (g *hostGate) enter(ctx context.Context, delay time.Duration) error {
	select {
	case g.slots <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	g.mu.Lock()
	now := time.Now()
	start := g.next
	if start.Before(now) {
		start = now
	}
	g.next = start.Add(delay)
	g.mu.Unlock()
	if err := sleep(ctx, time.Until(start)); err != nil {
		<-g.slots
		return err
	}
	return nil
}

func (g *hostGate) leave() { <-g.slots }

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Fetch reads one page into an Item named by the URL as given. A page
// that cannot be had is an Item with Err saying why, after the retries.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) Item {
	f.init()
	it := Item{Name: rawURL}
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		it.Err = fmt.Errorf("fetch: not a URL: %q", rawURL)
		return it
	}
	g := f.gate(u.Host)
	if !f.IgnoreRobots {
		g.robotsOnce.Do(func() { f.readRobots(ctx, u, g) })
		if g.robots != nil && !g.robots.Test(u.EscapedPath()) {
			it.Err = fmt.Errorf("fetch: %s: disallowed by %s://%s/robots.txt (--fetch-ignore-robots fetches it anyway)", rawURL, u.Scheme, u.Host)
			return it
		}
	}
	delay := max(f.Delay, g.crawlDelay)
	wait := f.Backoff
	for try := 0; ; try++ {
		if err := g.enter(ctx, delay); err != nil {
			it.Err = fmt.Errorf("fetch: %w", err)
			return it
		}
		page, retryAfter, err := f.get(ctx, rawURL)
		g.leave()
		if err == nil {
			return page
		}
		var re retryable
		if !errors.As(err, &re) || try >= f.Retries || ctx.Err() != nil {
			if try > 0 {
				err = fmt.Errorf("%w (after %d tries)", err, try+1)
			}
			it.Err = fmt.Errorf("fetch: %w", err)
			return it
		}
		d := wait
		if retryAfter > 0 {
			d = retryAfter
		}
		if f.MaxBackoff > 0 && d > f.MaxBackoff {
			d = f.MaxBackoff
		}
		if err := sleep(ctx, d); err != nil {
			it.Err = fmt.Errorf("fetch: %w", err)
			return it
		}
		wait *= 2
	}
}

// readRobots reads the host's robots.txt into the gate, through the gate
// like any page. A robots.txt that is missing (4xx) allows everything and
// one that fails (5xx) disallows everything, as robotstxt reads the
// status; one that cannot be reached at all allows everything, since the
// page's own fetch will then say what is wrong.
func (f *Fetcher) readRobots(ctx context.Context, page *url.URL, g *hostGate) {
	robotsURL := (&url.URL{Scheme: page.Scheme, Host: page.Host, Path: "/robots.txt"}).String()
	if err := g.enter(ctx, f.Delay); err != nil {
		return
	}
	defer g.leave()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, robotsURL, nil)
	if err != nil {
		return
	}
	req.Header.Set("User-Agent", f.UserAgent)
	resp, err := f.client.Do(req)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return
	}
	data, err := robotstxt.FromStatusAndBytes(resp.StatusCode, body)
	if err != nil {
		return
	}
	g.robots = data.FindGroup(f.UserAgent)
	g.crawlDelay = min(g.robots.CrawlDelay, 30*time.Second)
}

// retryable marks the failures worth another try: 429, 5xx, a
// connection that failed or timed out.
type retryable struct{ err error }

func (r retryable) Error() string { return r.err.Error() }
func (r retryable) Unwrap() error { return r.err }

// get makes one request. It returns the server's Retry-After wait on a
// retryable answer.
func (f *Fetcher) get(ctx context.Context, rawURL string) (Item, time.Duration, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return Item{}, 0, err
	}
	req.Header.Set("User-Agent", f.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
	resp, err := f.client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) && strings.Contains(ue.Err.Error(), "redirects") {
			return Item{}, 0, ue.Err
		}
		if ctx.Err() != nil {
			return Item{}, 0, ctx.Err()
		}
		return Item{}, 0, retryable{err}
	}
	defer resp.Body.Close()
	at := time.Now()
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
		io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
		return Item{}, retryAfter(resp.Header.Get("Retry-After")), retryable{fmt.Errorf("HTTP %s", resp.Status)}
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return Item{}, 0, fmt.Errorf("HTTP %s", resp.Status)
	}
	isHTML, charset, ok := pageType(resp.Header.Get("Content-Type"))
	if !ok {
		return Item{}, 0, fmt.Errorf("not a page (%s)", resp.Header.Get("Content-Type"))
	}
	if resp.ContentLength > f.MaxSize {
		return Item{}, 0, fmt.Errorf("%w (%d MB)", ErrTooLarge, resp.ContentLength>>20)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.MaxSize+1))
	if err != nil {
		if ctx.Err() != nil {
			return Item{}, 0, ctx.Err()
		}
		return Item{}, 0, retryable{fmt.Errorf("reading the body: %w", err)}
	}
	if int64(len(body)) > f.MaxSize {
		return Item{}, 0, fmt.Errorf("%w (over %d MB)", ErrTooLarge, f.MaxSize>>20)
	}
	final := resp.Request.URL.String()
	if f.Save != nil {
		if err := f.Save(Fetched{URL: final, StatusLine: resp.Proto + " " + resp.Status, Header: resp.Header, Body: body, At: at}); err != nil {
			return Item{}, 0, fmt.Errorf("save: %w", err)
		}
	}
	return Item{Name: rawURL, Data: body, Size: int64(len(body)), ModTime: at,
		Hints: Hints{HTML: isHTML, URL: final, Charset: charset, Fetched: at}}, 0, nil
}

// retryAfter reads a Retry-After header in seconds or as a date.
func retryAfter(v string) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		return time.Until(t)
	}
	return 0
}

// fetch reads a run of URLs, Concurrency at once, and sends them in the
// order given.
func (w walker) fetch(urls []string) bool {
	f := w.opts.Fetch
	if f == nil {
		for _, u := range urls {
			if !w.send(Item{Name: u, Err: errors.New("fetch: URLs are not read here (no fetcher)")}) {
				return false
			}
		}
		return true
	}
	f.init()
	ctx, cancel := context.WithCancel(w.ctx)
	defer cancel()
	slots := make(chan chan Item, f.Concurrency-1)
	go func() {
		defer close(slots)
		for _, u := range urls {
			ch := make(chan Item, 1)
			select {
			case slots <- ch:
			case <-ctx.Done():
				return
			}
			go func() { ch <- f.Fetch(ctx, u) }()
		}
	}()
	for ch := range slots {
		if !w.send(<-ch) {
			return false
		}
	}
	return true
}

// ReadURLs reads a list of URLs, one a line; blank lines and lines
// starting with # are skipped. A line that is no http(s) URL is an error
// naming it, so that a list with a typo is refused before any fetch.
func ReadURLs(name string, r io.Reader) ([]string, error) {
	var urls []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		t := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if !IsURL(t) {
			return nil, fmt.Errorf("%s:%d: not an http:// or https:// URL: %q", name, line, t)
		}
		urls = append(urls, t)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return urls, nil
}
