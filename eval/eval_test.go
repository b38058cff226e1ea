package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zhnews"
)

func loadRecords(t *testing.T, path string) []zhnews.Article {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []zhnews.Article
	for _, line := range bytes.Split(bytes.TrimSpace(b), []byte("\n")) {
		var a zhnews.Article
		if err := json.Unmarshal(line, &a); err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// testdata/eval/want.txt is what the project's score.py prints for the
// same gold files and records: eval must print the same figures.
func TestScoreMatchesScorePy(t *testing.T) {
	dir := filepath.Join("..", "testdata", "eval")
	golds, err := LoadGold(filepath.Join(dir, "gold"))
	if err != nil {
		t.Fatal(err)
	}
	report := Score(golds, loadRecords(t, filepath.Join(dir, "records.ndjson")))
	var out bytes.Buffer
	report.Write(&out, false)
	want, err := os.ReadFile(filepath.Join(dir, "want.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// Every line but the places line (which score.py lacks) is score.py's.
	var got strings.Builder
	places := 0
	for _, l := range strings.SplitAfter(out.String(), "\n") {
		if strings.HasPrefix(l, placesLabel+" ") {
			places++
			continue
		}
		got.WriteString(l)
	}
	if places != 1 {
		t.Errorf("%d places lines, want 1:\n%s", places, out.String())
	}
	if got.String() != string(want) {
		t.Errorf("report differs from score.py:\n--- got\n%s--- want\n%s", got.String(), want)
	}
	kinds := map[string]int{}
	for _, m := range report.Misses {
		kinds[m.Kind]++
	}
	wantKinds := map[string]int{"missed": 3, "wrong": 3, "hospital-extra": 1, "hospital-missed": 2, "meta": 2, "clean": 2}
	for k, n := range wantKinds {
		if kinds[k] != n {
			t.Errorf("%d misses of kind %s, want %d (%v)", kinds[k], k, n, kinds)
		}
	}
}

func TestSameValue(t *testing.T) {
	tests := []struct {
		metric string
		g, p   any
		want   bool
	}{
		{"staff", 1572.0, int64(1572), true},
		{"staff", 1572.0, int64(1571), true}, // score.py allows 0.5%
		{"staff", 1572.0, int64(1500), false},
		{"outpatient_visits", 1107300.0, 1110000.0, true}, // within 0.5%
		{"satisfaction_rate", 99.79, 99.8, true},
		{"ranking", 1.0, 2.0, false},
		{"award", "卓越实践案例奖", "“卓越实践案例奖”", true},
		{"award", "卓越实践案例奖", "卓越实践案例", true},
		{"award", "全国文明单位", "单位", false},
		{"party_secretary", "苏丙贺", "蘇丙賀", false},
		{"staff", "abc", int64(1), false},
	}
	for _, tt := range tests {
		if got := sameValue(tt.metric, tt.g, tt.p); got != tt.want {
			t.Errorf("sameValue(%s, %v, %v) = %v", tt.metric, tt.g, tt.p, got)
		}
	}
}

func TestLoadGoldErrors(t *testing.T) {
	if _, err := LoadGold(t.TempDir()); err == nil || !strings.Contains(err.Error(), "no .json") {
		t.Errorf("empty folder: %v", err)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "bad.json"), []byte("{"), 0o644)
	if _, err := LoadGold(dir); err == nil || !strings.Contains(err.Error(), "bad.json") {
		t.Errorf("bad file: %v", err)
	}
}

// The provinces and cities of the hospitals found are checked where gold
// states them; a hospital not found has no place to check.
func TestScorePlaces(t *testing.T) {
	var g Gold
	if err := json.Unmarshal([]byte(`{"file": "a.txt", "hospitals": [
		{"name": "德州市人民医院", "province": "山东省", "city": "德州市"},
		{"name": "长兴县人民医院", "province": "浙江省", "city": ""},
		{"name": "台北荣民总医院", "province": "台湾省", "city": "台北市"},
		{"name": "大冶市人民医院", "province": "湖北省", "city": "黄石市"}]}`), &g); err != nil {
		t.Fatal(err)
	}
	rec := zhnews.Article{Source: "dump/a.txt", Hospitals: []zhnews.Hospital{
		{Name: "德州市人民医院", Province: "山东省", City: "德州市"},
		{Name: "长兴县人民医院", Province: "浙江省", City: "湖州市"},
		{Name: "台北荣民总医院", Province: "台湾省", City: "新北市"},
	}}
	r := Score([]Gold{g}, []zhnews.Article{rec})
	if r.PlaceOK != 4 || r.PlaceTotal != 5 {
		t.Errorf("places %d/%d, want 4/5", r.PlaceOK, r.PlaceTotal)
	}
	var misses []string
	for _, m := range r.Misses {
		if m.Kind == "place" {
			misses = append(misses, m.What)
		}
	}
	want := `台北荣民总医院: city: want "台北市" got "新北市"`
	if len(misses) != 1 || misses[0] != want {
		t.Errorf("place misses %q, want [%q]", misses, want)
	}
	if got := r.Places(); got != 0.8 {
		t.Errorf("Places() = %v, want 0.8", got)
	}
}
