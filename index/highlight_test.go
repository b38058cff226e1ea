package index

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/search"
)

func TestOutermostOnly(t *testing.T) {
	loc := func(start, end uint64, array ...uint64) *search.Location {
		return &search.Location{Start: start, End: end, ArrayPositions: array}
	}
	tests := []struct {
		name string
		in   search.TermLocationMap
		want string
	}{
		{"inner word at the same start", search.TermLocationMap{
			"本溪": {loc(0, 6)}, "本溪市": {loc(0, 9)}}, "本溪市[0,9)"},
		{"inner word at the end", search.TermLocationMap{
			"支部": {loc(3, 9)}, "党支部": {loc(0, 9)}}, "党支部[0,9)"},
		{"inner word in the middle", search.TermLocationMap{
			"中心": {loc(9, 15)}, "本溪市中心医院": {loc(0, 21)}}, "本溪市中心医院[0,21)"},
		{"overlapping but not nested", search.TermLocationMap{
			"医院": {loc(0, 6)}, "院长": {loc(3, 9)}}, "医院[0,6) 院长[3,9)"},
		{"equal spans keep the first term", search.TermLocationMap{
			"b": {loc(0, 3)}, "a": {loc(0, 3)}}, "a[0,3)"},
		{"other array element", search.TermLocationMap{
			"本溪": {loc(0, 6, 1)}, "本溪市": {loc(0, 9, 0)}}, "本溪市[0,9)[0] 本溪[0,6)[1]"},
		{"apart", search.TermLocationMap{
			"医院": {loc(0, 6), loc(30, 36)}, "党支部": {loc(12, 21)}}, "医院[0,6) 党支部[12,21) 医院[30,36)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for run := 0; run < 20; run++ { // map order varies between runs
				dm := &search.DocumentMatch{Locations: search.FieldTermLocationMap{"text": tt.in, "title": tt.in}}
				got := outermostOnly(dm, "text")
				if s := describeLocations(got.Locations["text"]); s != tt.want {
					t.Fatalf("got %s, want %s", s, tt.want)
				}
				if len(dm.Locations["text"]) != len(tt.in) || len(got.Locations["title"]) != len(tt.in) {
					t.Fatal("changed the match it was given or another field")
				}
			}
		})
	}
}

// describeLocations lists term[start,end) in order, with array positions
// when there are any.
func describeLocations(tlm search.TermLocationMap) string {
	var out []string
	for term, locs := range tlm {
		for _, l := range locs {
			s := fmt.Sprintf("%s[%d,%d)", term, l.Start, l.End)
			if len(l.ArrayPositions) > 0 {
				s += fmt.Sprint(l.ArrayPositions)
			}
			out = append(out, fmt.Sprintf("%v %08d %s", l.ArrayPositions, l.Start, s))
		}
	}
	sort.Strings(out)
	for i, s := range out {
		out[i] = s[strings.LastIndex(s, " ")+1:]
	}
	return strings.Join(out, " ")
}

// A query's marks cover whole words, the same on every run.
func TestSnippetMarksWholeWords(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.bleve")
	buildAt(t, path, readTestArticles(t))
	x, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	tests := []struct{ query, want, notWant string }{
		{"本溪市", "【本溪市】", "【本溪】市"},
		{"党支部", "【党支部】", "【党支】部"},
		{"黨支部", "【党支部】", "【党支】部"},
	}
	for _, tt := range tests {
		first := ""
		for run := 0; run < 10; run++ {
			res, err := x.Search(Query{Text: tt.query, Limit: 5})
			if err != nil {
				t.Fatal(err)
			}
			var all []string
			for _, h := range res.Hits {
				all = append(all, h.Snippet)
			}
			got := strings.Join(all, "\n")
			if !strings.Contains(got, tt.want) || strings.Contains(got, tt.notWant) {
				t.Fatalf("%s: snippets want %s, not %s:\n%s", tt.query, tt.want, tt.notWant, got)
			}
			if run == 0 {
				first = got
			} else if got != first {
				t.Fatalf("%s: snippets differ between runs", tt.query)
			}
		}
	}
}
