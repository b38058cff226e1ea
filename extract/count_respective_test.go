package extract

import (
	"reflect"
	"sort"
	"testing"
)

// Counts handed out over a list of hospitals after 分别 go one to each,
// in the list's order; over anything else, to none.
func TestRespectiveCounts(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // "hospital metric value", sorted
	}{
		{"青山市人民医院和青山市中医院分别有职工3100人和640人。", []string{"青山市中医院 staff 640", "青山市人民医院 staff 3100"}},
		{"青山市人民醫院和青山市中醫院分別有職工3100人和640人。", []string{"青山市中医院 staff 640", "青山市人民医院 staff 3100"}},
		{"青山市人民医院、青山市中医院分别有党员320名、85名。", []string{"青山市中医院 party_members 85", "青山市人民医院 party_members 320"}},
		{"青山市人民醫院、青山市中醫院分別有黨員320名、85名。", []string{"青山市中医院 party_members 85", "青山市人民医院 party_members 320"}},
		{"青山市人民医院、青山市中医院和青山市妇幼保健院分别设有党支部12个、5个和3个。", []string{"青山市中医院 party_branches 5", "青山市人民医院 party_branches 12", "青山市妇幼保健院 party_branches 3"}},
		// Over no list of hospitals, or not adding up: none.
		{"两家医院分别有职工3100人和640人。", nil},
		{"兩家醫院分別有職工3100人和640人。", nil},
		{"青山市人民医院和青山市中医院分别有职工3100人、640人和200人。", nil},
	} {
		a := runArticle(t, tc.text)
		var got []string
		for _, f := range a.Facts {
			got = append(got, f.Hospital+" "+f.Metric+" "+itoa(int(f.Value.(int64))))
		}
		sort.Strings(got)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
