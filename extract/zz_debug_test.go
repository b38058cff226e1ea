package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"zhnews/segment"
)

func TestZZDebugMentions(t *testing.T) {
	path := os.Getenv("ZZ_RECORDS")
	if path == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(path)
	seg, _ := segment.Default()
	f := newHospitalFinder(loadGazetteer())
	for _, line := range splitLines(string(data)) {
		var a struct{ Source, Text, Title string }
		json.Unmarshal([]byte(line), &a)
		d := NewDoc(a.Text, seg.Segment(a.Text))
		raw := f.find(d)
		fmt.Println("==", a.Source)
		for _, m := range raw {
			fmt.Printf("  raw %s | %s ref=%v\n", m.Written, m.Name, m.Ref)
		}
		res := f.resolve(raw)
		for _, s := range Sections(a.Text, a.Title, res) {
			fmt.Printf("  section %d-%d %s\n", s.Start, s.End, s.Topic.Name)
		}
	}
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}
