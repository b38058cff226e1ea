// Package zhnews holds the values that flow between the pipeline's stages:
// an Article as the cleaner produces it and the exporters write it, the
// Facts that the extractors read from its text, and the Hospitals it
// reports on. Field names and JSON tags follow the output contract
// (FACTS.md); scripts and dashboards read them, so they do not change.
//
// The package has no logic beyond the article id and imports no other
// package of the project; every stage imports it.
package zhnews

import (
	"crypto/sha256"
	"encoding/hex"
)

// Article is one news article: its cleaned text, metadata and what the
// extractors found in it.
type Article struct {
	ID        string     `json:"id"`
	Source    string     `json:"source"`
	Title     string     `json:"title"`
	Published string     `json:"published"`
	Authors   []string   `json:"authors"`
	Site      string     `json:"site"`
	Script    string     `json:"script"`
	Text      string     `json:"text"`
	Hospitals []Hospital `json:"hospitals"`
	Facts     []Fact     `json:"facts"`
	Warnings  []string   `json:"warnings"`

	// Beyond the contract of FACTS.md, for finding reprints: the text's
	// SimHash (16 hex digits), and, once indexed, every source the same
	// text was read from and the id of its near-duplicate group; and when
	// a fetched page was fetched.
	SimHash string   `json:"simhash,omitempty"`
	Sources []string `json:"sources,omitempty"`
	// Fetched is when a page fetched from the web (or read from a WARC
	// record) was fetched, RFC 3339 in UTC; empty for files.
	Fetched string `json:"fetched,omitempty"`
	Group   string `json:"group,omitempty"`
}

// Hospital is a hospital the article reports on, placed in China's
// administrative divisions where its name allows.
type Hospital struct {
	Name     string `json:"name"`
	Province string `json:"province"`
	City     string `json:"city"`
}

// Fact is one figure or honour read from an article's text.
//
// Value holds an int64 for counts, years and places, a float64 for rates
// and amounts, and a string for awards and names. Start and End are rune
// offsets of Evidence in the article's Text.
type Fact struct {
	Hospital string `json:"hospital"`
	Metric   string `json:"metric"`
	Value    any    `json:"value"`
	Approx   bool   `json:"approx"`
	Unit     string `json:"unit"`
	Year     int    `json:"year"`
	Scope    string `json:"scope"`
	Total    int    `json:"total"`
	Evidence string `json:"evidence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// Number reads a fact's value as a number: counts, years, places, rates
// and amounts are numbers; awards and names are not.
func (f Fact) Number() (float64, bool) {
	switch v := f.Value.(type) {
	case int64:
		return float64(v), true
	case int:
		return float64(v), true
	case float64:
		return v, true
	}
	return 0, false
}

// Scripts of the input before normalisation, as written in Article.Script.
const (
	ScriptSimplified  = "hans"
	ScriptTraditional = "hant"
)

// ArticleID is the stable identity of a cleaned text: lowercase hex of the
// first 8 bytes of its SHA-256, so the same article saved twice, in any
// encoding or script, gets the same id.
func ArticleID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:8])
}

// Normalize makes the slices of a finished article non-nil, so that JSON
// output always carries every field as an array, never null.
func (a *Article) Normalize() {
	if a.Authors == nil {
		a.Authors = []string{}
	}
	if a.Hospitals == nil {
		a.Hospitals = []Hospital{}
	}
	if a.Facts == nil {
		a.Facts = []Fact{}
	}
	if a.Warnings == nil {
		a.Warnings = []string{}
	}
}
