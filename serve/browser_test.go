package serve

import (
	"context"
	"flag"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

var updateScreenshot = flag.Bool("update", false, "rewrite docs/screenshot.png from the browser test")

// chromiumPath finds Debian's Chromium (installed by .ci/run).
func chromiumPath() string {
	for _, p := range []string{os.Getenv("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"} {
		if p == "" {
			continue
		}
		if _, err := exec.LookPath(p); err == nil {
			return p
		}
	}
	return ""
}

// TestPageInBrowser drives the page in headless Chromium: a search, a
// facet click, the facts table sorted, and an article view with its
// evidence marked.
func TestPageInBrowser(t *testing.T) {
	bin := chromiumPath()
	if bin == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("Chromium not installed; .ci/run installs Debian's chromium")
		}
		t.Skip("Chromium not installed (Debian package chromium)")
	}
	srv := httptest.NewServer(Handler(testIndex(t)))
	defer srv.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		// Chromium keeps its own scratch directories (org.chromium.*)
		// in TMPDIR, and leaves them behind.
		chromedp.Env("TMPDIR="+t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	// do runs one browser action and stops the test when it fails.
	step := 0
	do := func(a chromedp.Action[chromedp.Void]) {
		t.Helper()
		step++
		if _, err := chromedp.Run(ctx, a); err != nil {
			t.Fatalf("browser step %d: %v", step, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return v
	}
	count := func(sel string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+"`"+sel+"`"+`).length`))
		if err != nil {
			t.Fatalf("count %s: %v", sel, err)
		}
		return n
	}
	wait := func(predicate string) {
		t.Helper()
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](predicate)); err != nil {
			t.Fatalf("waiting for %s: %v", predicate, err)
		}
	}

	// A search.
	do(chromedp.Navigate(srv.URL + "/"))
	do(chromedp.WaitVisible(chromedp.CSS("#q")))
	do(chromedp.SendKeys(chromedp.CSS("#q"), "黨支部"))
	do(chromedp.Click(chromedp.CSS("#go")))
	// The first load lists every article too: wait for this search's list.
	wait(`document.querySelector("#results").dataset.q === "黨支部"`)
	if n, summary := count("#results li.hit"), text("#summary"); n < 3 || !strings.Contains(summary, "篇文章") {
		t.Errorf("search: %d hits, summary %q", n, summary)
	}

	// A facet click narrows the results to one hospital's article.
	do(chromedp.WaitVisible(chromedp.CSS(`.facet[data-facet="hospital"] button`)))
	attr, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(`.facet[data-facet="hospital"] button`), "data-value"))
	if err != nil || attr.Value == "" {
		t.Fatalf("facet value: %v %+v", err, attr)
	}
	do(chromedp.Click(chromedp.CSS(`.facet[data-facet="hospital"] button`)))
	do(chromedp.WaitVisible(chromedp.CSS("#active-filters button")))
	wait(`document.querySelectorAll("#results li.hit").length === 1`)
	if f := text("#active-filters button"); !strings.Contains(f, attr.Value) {
		t.Errorf("active filter %q, want %q", f, attr.Value)
	}

	// Clear the filter; the facts table sorts on a header click.
	do(chromedp.Click(chromedp.CSS("#active-filters button")))
	wait(`document.querySelectorAll("#facts tbody tr").length > 10`)
	cell := `document.querySelector("#facts tbody tr td:nth-child(3)").textContent`
	do(chromedp.Click(chromedp.CSS(`#facts th[data-key="year"]`)))
	do(chromedp.Click(chromedp.CSS(`#facts th[data-key="value"]`)))
	high, _ := chromedp.Run(ctx, chromedp.Evaluate[string](cell))
	// Numbers and text values (awards) never mix: in either direction
	// the numbers come first.
	numbersFirst := `(() => { const c = [...document.querySelectorAll("#facts tbody tr td:nth-child(3)")]; const k = c.map((td) => td.classList.contains("num")); return k.indexOf(false) < 0 || k.lastIndexOf(true) < k.indexOf(false); })()`
	sortedApart := func(dir string) {
		t.Helper()
		if ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](numbersFirst)); err != nil || !ok {
			t.Errorf("value %s: text values mixed with numbers (%v)", dir, err)
		}
	}
	sortedApart("descending")
	do(chromedp.Click(chromedp.CSS(`#facts th[data-key="value"]`)))
	low, _ := chromedp.Run(ctx, chromedp.Evaluate[string](cell))
	if high == "" || high == low {
		t.Errorf("facts table sorted by value: %q then %q", high, low)
	}
	sortedApart("ascending")
	// Years print as written, without a thousands separator.
	years, _ := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#facts tbody tr")].filter((tr) => tr.children[1].textContent === "建院年份").map((tr) => tr.children[2].textContent)`))
	if len(years) == 0 {
		t.Error("no founded_year facts in the table")
	}
	for _, y := range years {
		if strings.Contains(y, ",") {
			t.Errorf("founded year printed %q", y)
		}
	}

	// The facts table follows the search: a query with no hits has no facts.
	do(chromedp.Navigate(srv.URL + "/#/?q=" + url.QueryEscape("不存在的词语xyz")))
	wait(`document.querySelector("#summary").textContent.includes("共 0 篇")`)
	wait(`document.querySelectorAll("#facts tbody tr").length === 0`)
	// A metric filter shows in the metric dropdown, and the table holds
	// that metric only.
	do(chromedp.Navigate(srv.URL + "/#/?metric=party_members"))
	wait(`document.querySelector("#fact-metric").value === "party_members"`)
	wait(`document.querySelectorAll("#facts tbody tr").length > 0 && [...document.querySelectorAll("#facts tbody tr td:nth-child(2)")].every((td) => td.textContent === "党员")`)
	// Choosing in the dropdown sets the filter.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { const s = document.querySelector("#fact-metric"); s.value = "staff"; return s.dispatchEvent(new Event("change")); })()`)); err != nil {
		t.Fatalf("choose a metric: %v", err)
	}
	wait(`location.hash.includes("metric=staff") && document.querySelector("#active-filters button") !== null`)
	// A year filter narrows the facts to that year's articles.
	do(chromedp.Navigate(srv.URL + "/#/?year=1999"))
	wait(`document.querySelector("#summary").textContent.includes("共 0 篇") && document.querySelectorAll("#facts tbody tr").length === 0`)

	// The screenshot of the search page, freshly loaded.
	do(chromedp.Navigate("about:blank"))
	do(chromedp.Navigate(srv.URL + "/#/?q=" + url.QueryEscape("党员")))
	do(chromedp.WaitVisible(chromedp.CSS("#results li.hit")))
	wait(`document.querySelectorAll("#facts tbody tr").length > 0`)
	shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if *updateScreenshot {
		if err := os.WriteFile(filepath.Join("..", "docs", "screenshot.png"), shot, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// The article view: opened from a result, evidence marked in the text,
	// a fact in the list focuses its evidence.
	do(chromedp.Click(chromedp.CSS("#results li.hit a.title")))
	do(chromedp.WaitVisible(chromedp.CSS("#article-text mark.evidence")))
	title := text("#article-title")
	marks := count("#article-text mark.evidence")
	do(chromedp.Click(chromedp.CSS("#article-facts li")))
	wait(`document.querySelector("mark.evidence.focus") !== null`)
	if focused := text("mark.evidence.focus"); title == "" || marks == 0 || focused == "" {
		t.Errorf("article %q: %d marks, focused %q", title, marks, focused)
	}
}
