package opencc

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// The reference outputs in testdata/*.want.txt were made with OpenCC's own
// command line tool (Debian package opencc): opencc -c t2s -i IN -o WANT.
// TestAgainstOpenCCCommand regenerates them live where the tool is
// installed (.ci/run installs it).

var referenceInputs = map[string]string{
	"testdata/sentences.txt":                           "testdata/sentences.want.txt",
	"../../testdata/articles/000_ed6c36d06539c8bf.txt": "testdata/000_ed6c36d06539c8bf.want.txt",
	"../../testdata/articles/001_9d475dc73185a0b2.txt": "testdata/001_9d475dc73185a0b2.want.txt",
}

func TestMatchesOpenCCReference(t *testing.T) {
	c := Default()
	for in, want := range referenceInputs {
		compareLines(t, in, c.ToSimplified(string(mustRead(t, in))), string(mustRead(t, want)))
	}
}

func TestAgainstOpenCCCommand(t *testing.T) {
	bin, err := exec.LookPath("opencc")
	if err != nil {
		t.Skip("opencc command not installed (Debian package opencc)")
	}
	c := Default()
	for in := range referenceInputs {
		out, err := exec.Command(bin, "-c", "t2s", "-i", in).Output()
		if err != nil {
			t.Fatalf("opencc -c t2s -i %s: %v", in, err)
		}
		compareLines(t, in, c.ToSimplified(string(mustRead(t, in))), string(out))
	}
}

func compareLines(t *testing.T, name, got, want string) {
	t.Helper()
	g, w := strings.Split(got, "\n"), strings.Split(strings.TrimSuffix(want, "\n"), "\n")
	g = trimTrailingEmpty(g)
	w = trimTrailingEmpty(w)
	if len(g) != len(w) {
		t.Fatalf("%s: %d lines, OpenCC gives %d", name, len(g), len(w))
	}
	for i := range g {
		if g[i] != w[i] {
			t.Errorf("%s line %d:\n got  %s\n want %s", filepath.Base(name), i+1, g[i], w[i])
		}
	}
}

func trimTrailingEmpty(l []string) []string {
	for len(l) > 0 && l[len(l)-1] == "" {
		l = l[:len(l)-1]
	}
	return l
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.TrimPrefix(b, []byte("\ufeff"))
}

func TestScript(t *testing.T) {
	c := Default()
	tests := []struct{ in, want string }{
		{"醫院黨委書記蘇丙賀介紹", "hant"},
		{"医院党委书记苏丙贺介绍", "hans"},
		{"臺灣同胞參加了學術研討會", "hant"},
		{"中国人民", "hans"},           // shared characters only
		{"", "hans"},               // nothing to judge
		{"Hospital 2023", "hans"},  // no Han at all
		{"医院在發展，医院在发展，医院", "hans"}, // mostly simplified
	}
	for _, tt := range tests {
		if got := c.Script(tt.in); got != tt.want {
			t.Errorf("Script(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestToSimplifiedTable(t *testing.T) {
	c := Default()
	tests := []struct{ in, want string }{
		{"頭髮", "头发"},
		{"發展", "发展"},
		{"乾淨", "干净"},
		{"乾隆", "乾隆"},
		{"幹部", "干部"},
		{"這裡", "这里"}, // 著 stays 著 in OpenCC t2s: the reference output agrees
		{"著名", "著名"},
		{"醫院", "医院"},
		{"医院", "医院"}, // simplified stays
		{"ABC 123", "ABC 123"},
		{"", ""},
		{"\uF900", "岂"}, // a CJK compatibility ideograph: normalised, then converted
	}
	for _, tt := range tests {
		if got := c.ToSimplified(tt.in); got != tt.want {
			t.Errorf("ToSimplified(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func ExampleConverter_ToSimplified() {
	fmt.Println(Default().ToSimplified("醫院黨委書記蘇丙賀介紹"))
	// Output: 医院党委书记苏丙贺介绍
}

func FuzzToSimplified(f *testing.F) {
	f.Add("醫院黨委書記")
	f.Add("\xff\xfe")
	f.Add("e\u0301青山")
	f.Fuzz(func(t *testing.T, s string) {
		Default().ToSimplified(s)
		Default().Script(s)
		if inNFC(s) && norm.NFC.String(s) != s {
			t.Errorf("inNFC(%q), but NFC changes it", s)
		}
	})
}

func BenchmarkToSimplified(b *testing.B) {
	text, err := os.ReadFile("../../testdata/articles/000_ed6c36d06539c8bf.txt")
	if err != nil {
		b.Fatal(err)
	}
	c := Default()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.ToSimplified(string(text))
	}
}

// TestInNFCRanges: every character inNFC lets through is a starter that
// NFC leaves alone and that combines with nothing before it, so a text of
// them is in NFC.
func TestInNFCRanges(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		if !nfcInert(r) {
			continue
		}
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		if p.CCC() != 0 || !p.BoundaryBefore() || norm.NFC.String(s) != s {
			t.Errorf("U+%04X is not inert under NFC", r)
		}
	}
}

func TestInNFC(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"", true},
		{"青山医院今日开诊。“好”——2021年", true},
		{"ＡＢＣ，１２３", true},
		{"e\u0301", false},  // a combining accent
		{"\uF900", false},   // a compatibility ideograph, which NFC maps
		{"青山\u302A", false}, // an ideographic tone mark
		{"醫院", true},        // traditional characters are unified ideographs too
		{"\xff青山", false},   // an invalid byte decodes as U+FFFD, not let through
	} {
		if got := inNFC(tc.in); got != tc.want {
			t.Errorf("inNFC(%q) = %v, want %v", tc.in, got, tc.want)
		}
		if tc.want && norm.NFC.String(tc.in) != tc.in {
			t.Errorf("%q: inNFC but NFC changes it", tc.in)
		}
	}
}
