package esbulk

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"zhnews"
)

func TestWriteArticle(t *testing.T) {
	a := zhnews.Article{ID: "771f4aca1d9e0ab4", Source: "a.txt", Text: "医院", Facts: []zhnews.Fact{
		{Hospital: "本溪市中心医院", Metric: "party_members", Value: int64(739)},
		{Hospital: "本溪市中心医院", Metric: "award", Value: "全国文明单位"},
		{Hospital: "普洱市人民医院", Metric: "satisfaction_rate", Value: 99.79},
	}}
	a.Normalize()
	var buf bytes.Buffer
	if err := WriteArticle(&buf, "zhnews-articles", a); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines", len(lines))
	}
	var action map[string]map[string]string
	if err := json.Unmarshal([]byte(lines[0]), &action); err != nil || action["index"]["_id"] != a.ID || action["index"]["_index"] != "zhnews-articles" {
		t.Errorf("action %s: %v", lines[0], err)
	}
	var d map[string]any
	if err := json.Unmarshal([]byte(lines[1]), &d); err != nil {
		t.Fatal(err)
	}
	if _, ok := d["published"]; ok {
		t.Errorf("an empty date is written: %s", lines[1])
	}
	facts := d["facts"].([]any)
	f0, f1, f2 := facts[0].(map[string]any), facts[1].(map[string]any), facts[2].(map[string]any)
	if f0["value_num"] != 739.0 || f1["value_text"] != "全国文明单位" || f2["value_num"] != 99.79 || f0["value"] != nil {
		t.Errorf("facts %v", facts)
	}
}
