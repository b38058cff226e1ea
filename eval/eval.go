// Package eval scores extracted articles against gold files, the way the
// project's score.py does, so that quality can be measured from the
// command line and in tests.
//
// In: gold files (one JSON object per article: hospitals, facts, clean
// checks, optional title/published/authors) and the article records
// extracted from the same inputs. Out: a Report with precision, recall
// and F1 per metric, for the core and extended metrics and for hospitals,
// the share of cleaning checks and metadata passed, and every miss.
package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"zhnews"
)

// Core and Extended list the metrics in the order reports print them.
var (
	Core     = []string{"party_branches", "party_general_branches", "party_groups", "party_members", "staff", "founded_year", "ranking"}
	Extended = []string{"party_members_active", "temporary_party_branches", "award", "party_secretary", "key_specialties", "beds",
		"outpatient_visits", "inpatient_discharges", "surgeries", "satisfaction_rate", "investment_yuan"}
)

// Gold is what a careful reader finds in one article.
type Gold struct {
	File      string    `json:"file"`
	Title     *string   `json:"title"`
	Published *string   `json:"published"`
	Authors   *[]string `json:"authors"`
	Hospitals []struct {
		Name     string `json:"name"`
		Province string `json:"province"`
		City     string `json:"city"`
	} `json:"hospitals"`
	Facts []GoldFact `json:"facts"`
	Clean struct {
		MustContain       []string `json:"must_contain"`
		MustNotContain    []string `json:"must_not_contain"`
		RepairContains    []string `json:"repair_contains"`
		RepairNotContains []string `json:"repair_not_contains"`
	} `json:"clean"`
}

// GoldFact is one expected fact; optional ones are neither rewarded nor
// penalised.
type GoldFact struct {
	Hospital string `json:"hospital"`
	Metric   string `json:"metric"`
	Value    any    `json:"value"`
	Optional bool   `json:"optional"`
}

// LoadGold reads every *.json file of dir.
func LoadGold(dir string) ([]Gold, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("gold %s: no .json files", dir)
	}
	sort.Strings(files)
	var out []Gold
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("gold %s: %w", f, err)
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("gold %s: %w", f, err)
		}
		out = append(out, g)
	}
	return out, nil
}

// Counts are true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// PRF is precision, recall and F1 of counts.
func (c Counts) PRF() (p, r, f float64) {
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// Miss is one difference from gold.
type Miss struct {
	Kind, File, What string
}

// Report is the outcome of Score.
type Report struct {
	Metrics             map[string]*Counts
	Hospitals           Counts
	CleanOK, CleanTotal int
	MetaOK, MetaTotal   int
	// PlaceOK of PlaceTotal: the provinces and cities of the hospitals
	// found that gold states, read right. score.py does not check them.
	PlaceOK, PlaceTotal int
	Misses              []Miss
	Missing             []string // gold files with no record
}

// Sum adds up the counts of metrics.
func (r Report) Sum(metrics []string) Counts {
	var c Counts
	for _, m := range metrics {
		if x := r.Metrics[m]; x != nil {
			c.TP += x.TP
			c.FP += x.FP
			c.FN += x.FN
		}
	}
	return c
}

// Clean is the share of cleaning checks passed (1 when there are none).
func (r Report) Clean() float64 { return share(r.CleanOK, r.CleanTotal) }

// Places is the share of the found hospitals' provinces and cities read
// right (1 when gold states none).
func (r Report) Places() float64 { return share(r.PlaceOK, r.PlaceTotal) }

// Meta is the share of metadata checks passed (1 when there are none).
func (r Report) Meta() float64 { return share(r.MetaOK, r.MetaTotal) }

func share(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

var punct = regexp.MustCompile(`[\s\x{3000},，、。.;；:：!！?？"'“”‘’()（）\[\]【】《》<>「」『』·—\-_/|~～…]+`)

func normText(s string) string {
	return strings.ToLower(punct.ReplaceAllString(norm.NFKC.String(s), ""))
}

// baseName is a path's file name without its extension.
func baseName(p string) string {
	b := filepath.Base(p)
	if i := strings.LastIndex(b, "."); i > 0 && regexp.MustCompile(`^\.[A-Za-z0-9]+$`).MatchString(b[i:]) {
		b = b[:i]
	}
	return b
}

func sameHospital(g, p string) bool {
	g, p = normText(g), normText(p)
	if g == "" || p == "" {
		return g == p
	}
	return g == p || strings.HasSuffix(g, p) || strings.HasSuffix(p, g)
}

func sameValue(metric string, g, p any) bool {
	if metric == "award" || metric == "party_secretary" {
		gs, ps := normText(fmt.Sprint(g)), normText(fmt.Sprint(p))
		if gs == "" || ps == "" {
			return false
		}
		return gs == ps || utf8.RuneCountInString(ps) >= 3 && (strings.Contains(gs, ps) || strings.Contains(ps, gs))
	}
	gf, ok1 := toFloat(g)
	pf, ok2 := toFloat(p)
	if !ok1 || !ok2 {
		return false
	}
	return gf == pf || math.Abs(gf-pf) <= 0.005*math.Max(math.Abs(gf), 1)
}

func toFloat(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case int64:
		return float64(x), true
	case int:
		return float64(x), true
	case json.Number:
		f, err := x.Float64()
		return f, err == nil
	case string:
		f, err := strconv.ParseFloat(x, 64)
		return f, err == nil
	}
	return 0, false
}

func isScored(metric string) bool {
	for _, m := range append(append([]string{}, Core...), Extended...) {
		if m == metric {
			return true
		}
	}
	return false
}

// Score compares records with gold. Each gold file is matched to the
// record whose source has the same base name.
func Score(golds []Gold, records []zhnews.Article) Report {
	r := Report{Metrics: map[string]*Counts{}}
	byBase := map[string]*zhnews.Article{}
	for i := range records {
		b := baseName(records[i].Source)
		if _, ok := byBase[b]; !ok {
			byBase[b] = &records[i]
		}
	}
	for _, g := range golds {
		pred := byBase[baseName(g.File)]
		if pred == nil {
			r.Missing = append(r.Missing, g.File)
			pred = &zhnews.Article{}
		}
		r.scoreFacts(g, pred)
		r.cleanChecks(g, pred)
		r.hospitals(g, pred)
		r.metadata(g, pred)
	}
	return r
}

func (r *Report) counts(metric string) *Counts {
	c := r.Metrics[metric]
	if c == nil {
		c = &Counts{}
		r.Metrics[metric] = c
	}
	return c
}

func (r *Report) scoreFacts(g Gold, pred *zhnews.Article) {
	order := make([]int, len(g.Facts))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return !g.Facts[order[a]].Optional && g.Facts[order[b]].Optional })
	used := map[int]bool{}
	for _, gi := range order {
		gf := g.Facts[gi]
		hit := -1
		for pi, p := range pred.Facts {
			if used[pi] || p.Metric != gf.Metric {
				continue
			}
			if sameHospital(gf.Hospital, p.Hospital) && sameValue(gf.Metric, gf.Value, p.Value) {
				hit = pi
				break
			}
		}
		c := r.counts(gf.Metric)
		switch {
		case hit >= 0:
			used[hit] = true
			if !gf.Optional {
				c.TP++
			}
		case !gf.Optional:
			c.FN++
			r.Misses = append(r.Misses, Miss{"missed", g.File, fmt.Sprintf("%s %s %v", gf.Hospital, gf.Metric, gf.Value)})
		}
	}
	for pi, p := range pred.Facts {
		if used[pi] || !isScored(p.Metric) {
			continue
		}
		r.counts(p.Metric).FP++
		r.Misses = append(r.Misses, Miss{"wrong", g.File, fmt.Sprintf("%s %s %v (%s)", p.Hospital, p.Metric, p.Value, p.Evidence)})
	}
}

func (r *Report) cleanChecks(g Gold, pred *zhnews.Article) {
	text := pred.Text
	ntext := normText(text)
	c := g.Clean
	must := append(append([]string{}, c.MustContain...), c.RepairContains...)
	mustNot := append(append([]string{}, c.MustNotContain...), c.RepairNotContains...)
	if utf8.RuneCountInString(ntext) < 50 {
		r.CleanTotal += len(must) + len(mustNot)
		r.Misses = append(r.Misses, Miss{"clean", g.File, "no cleaned text"})
		return
	}
	for _, s := range must {
		r.CleanTotal++
		if strings.Contains(ntext, normText(s)) {
			r.CleanOK++
		} else {
			r.Misses = append(r.Misses, Miss{"clean", g.File, "lacks " + s})
		}
	}
	for _, s := range mustNot {
		r.CleanTotal++
		n := normText(s)
		if strings.Contains(text, s) || utf8.RuneCountInString(n) >= 3 && strings.Contains(ntext, n) {
			r.Misses = append(r.Misses, Miss{"clean", g.File, "keeps " + s})
		} else {
			r.CleanOK++
		}
	}
}

func (r *Report) hospitals(g Gold, pred *zhnews.Article) {
	matched := map[int]bool{}
	for _, gh := range g.Hospitals {
		j := -1
		for k, ph := range pred.Hospitals {
			if !matched[k] && sameHospital(gh.Name, ph.Name) {
				j = k
				break
			}
		}
		if j < 0 {
			r.Hospitals.FN++
			r.Misses = append(r.Misses, Miss{"hospital-missed", g.File, gh.Name})
			continue
		}
		matched[j] = true
		r.Hospitals.TP++
		ph := pred.Hospitals[j]
		for _, c := range []struct{ field, want, got string }{{"province", gh.Province, ph.Province}, {"city", gh.City, ph.City}} {
			if c.want == "" {
				continue // (gold does not say)
			}
			r.PlaceTotal++
			if c.want == c.got {
				r.PlaceOK++
			} else {
				r.Misses = append(r.Misses, Miss{"place", g.File, fmt.Sprintf("%s: %s: want %q got %q", gh.Name, c.field, c.want, c.got)})
			}
		}
	}
	for k, ph := range pred.Hospitals {
		if !matched[k] {
			r.Hospitals.FP++
			r.Misses = append(r.Misses, Miss{"hospital-extra", g.File, ph.Name})
		}
	}
}

func (r *Report) metadata(g Gold, pred *zhnews.Article) {
	check := func(name, want, got string) {
		r.MetaTotal++
		if normText(want) == normText(got) {
			r.MetaOK++
		} else {
			r.Misses = append(r.Misses, Miss{"meta", g.File, fmt.Sprintf("%s: want %q got %q", name, want, got)})
		}
	}
	if g.Title != nil {
		check("title", *g.Title, pred.Title)
	}
	if g.Published != nil {
		check("published", *g.Published, pred.Published)
	}
	if g.Authors != nil {
		want, got := normAll(*g.Authors), normAll(pred.Authors)
		r.MetaTotal++
		if strings.Join(want, "|") == strings.Join(got, "|") {
			r.MetaOK++
		} else {
			r.Misses = append(r.Misses, Miss{"meta", g.File, fmt.Sprintf("authors: want %v got %v", *g.Authors, pred.Authors)})
		}
	}
}

func normAll(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = normText(s)
	}
	sort.Strings(out)
	return out
}

// placesLabel starts the one line of Write that score.py does not print.
const placesLabel = "places"

// Write prints the report as score.py does, with one line more (the
// places, placesLabel); the last line reads
// core_f1=… ext_f1=… hosp_f1=… clean=… meta=….
func (r Report) Write(w io.Writer, verbose bool) {
	fmt.Fprintf(w, "%-28s %4s %4s %4s   P     R     F1\n", "metric", "tp", "fp", "fn")
	for _, m := range append(append([]string{}, Core...), Extended...) {
		c := r.Metrics[m]
		if c == nil {
			continue
		}
		p, rc, f := c.PRF()
		fmt.Fprintf(w, "%-28s %4d %4d %4d  %.2f  %.2f  %.2f\n", m, c.TP, c.FP, c.FN, p, rc, f)
	}
	if verbose {
		for _, m := range r.Misses {
			fmt.Fprintf(w, "  %-15s %s: %s\n", m.Kind, m.File, m.What)
		}
	}
	if len(r.Missing) > 0 {
		fmt.Fprintf(w, "no record for: %s\n", strings.Join(r.Missing, ", "))
	}
	core, ext := r.Sum(Core), r.Sum(Extended)
	cp, cr, cf := core.PRF()
	ep, er, ef := ext.PRF()
	hp, hr, hf := r.Hospitals.PRF()
	fmt.Fprintf(w, "core P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)\n", cp, cr, cf, core.TP, core.FP, core.FN)
	fmt.Fprintf(w, "extended P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)\n", ep, er, ef, ext.TP, ext.FP, ext.FN)
	fmt.Fprintf(w, "hospitals P=%.3f R=%.3f F1=%.3f\n", hp, hr, hf)
	fmt.Fprintf(w, "metadata %d/%d; cleaning checks %d/%d\n", r.MetaOK, r.MetaTotal, r.CleanOK, r.CleanTotal)
	fmt.Fprintf(w, "%s %d/%d (provinces and cities of the hospitals found, where gold states them; not in score.py)\n", placesLabel, r.PlaceOK, r.PlaceTotal)
	fmt.Fprintf(w, "core_f1=%.3f ext_f1=%.3f hosp_f1=%.3f clean=%.3f meta=%.3f\n", cf, ef, hf, r.Clean(), r.Meta())
}
