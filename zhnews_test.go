package zhnews

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestArticleID(t *testing.T) {
	if got := ArticleID("医院"); len(got) != 16 || got != ArticleID("医院") || got == ArticleID("医院。") {
		t.Errorf("ArticleID = %s", got)
	}
}

func TestNormalizeWritesArrays(t *testing.T) {
	var a Article
	a.Normalize()
	b, _ := json.Marshal(a)
	if strings.Contains(string(b), "null") {
		t.Errorf("null in %s", b)
	}
}
