package index

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
)

// fieldTerms counts the terms of a field's dictionary.
func fieldTerms(t *testing.T, x *Index, field string) int {
	t.Helper()
	r, err := x.bleve.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	rd, err := r.Reader()
	if err != nil {
		t.Fatal(err)
	}
	defer rd.Close()
	d, err := rd.FieldDict(field)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	n := 0
	for e, err := d.Next(); e != nil && err == nil; e, err = d.Next() {
		n++
	}
	return n
}

// textIndexedMapping is the mapping of an index made before the text was
// indexed only inside _all: the text field has an inverted index too.
func textIndexedMapping(t *testing.T) *mapping.IndexMappingImpl {
	t.Helper()
	m, err := NewMapping(AnalyzerChinese)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range m.TypeMapping[KindArticle].Properties["text"].Fields {
		f.Index = true
	}
	return m
}

// TestTextIndexedOnce: the text has no inverted index of its own, its
// words are found through _all and text:, and its snippets are cut as
// before. An index made with the older mapping (the text indexed under its
// own name as well) is written and searched the same way, with the same
// scores: _all holds the text's words once in both.
func TestTextIndexedOnce(t *testing.T) {
	arts := testArticles()
	fresh := openWith(t, arts...)
	defer fresh.Close()

	oldPath := filepath.Join(t.TempDir(), "old.bleve")
	b, err := bleve.New(oldPath, textIndexedMapping(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	buildAt(t, oldPath, arts)
	old, err := Open(oldPath)
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()

	if n := fieldTerms(t, fresh, "text"); n != 0 {
		t.Errorf("new index: %d terms in the text field's dictionary, want none", n)
	}
	if n := fieldTerms(t, old, "text"); n == 0 {
		t.Errorf("index of the older mapping: no terms in the text field's dictionary")
	}
	for _, q := range []string{"门急诊", "text:门急诊", "text:支部", `"三级综合医院"`, "黨員", "党委 支部"} {
		got, err := fresh.Search(Query{Text: q, Limit: 5})
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		want, err := old.Search(Query{Text: q, Limit: 5})
		if err != nil {
			t.Fatalf("%s (older mapping): %v", q, err)
		}
		if len(got.Hits) != 1 || !strings.Contains(got.Hits[0].Snippet, "【") {
			t.Errorf("search %q: hits %+v, want one with a marked snippet", q, got.Hits)
			continue
		}
		if strings.HasPrefix(q, "text:") {
			continue // the older index searches its text field
		}
		if len(want.Hits) != 1 || want.Hits[0].Score != got.Hits[0].Score || want.Hits[0].Snippet != got.Hits[0].Snippet {
			t.Errorf("search %q: new index %+v, older mapping %+v: want the same hit, score and snippet", q, got.Hits, want.Hits)
		}
	}
}
