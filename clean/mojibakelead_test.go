package clean

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"zhnews/clean/opencc"
)

// garble damages text the way the repair undoes: the lead byte of the
// character at rune k is lost (printed "?") and the reader pairs the
// bytes out of step from its trail byte until an ASCII byte or a byte it
// cannot pair (printed "?" too, and in step after it); full-width
// ASCII forms it reads are folded, as the width step later would.
func garble(t *testing.T, text string, k int) string {
	t.Helper()
	rs := []rune(text)
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(string(rs[k:])))
	if err != nil {
		t.Fatalf("%q: %v", text, err)
	}
	out := append(append([]rune{}, rs[:k]...), '?')
	i := 1
	for i < len(b) && b[i] >= 0x80 {
		if i+1 >= len(b) {
			break
		}
		c, ok := gbkRune(b[i], b[i+1])
		if !ok {
			out = append(out, '?') // a byte it cannot pair: after it, the reader is in step
			i++
			continue
		}
		if c >= 0xFF01 && c <= 0xFF5E {
			c = c - 0xFF01 + '!'
		}
		out = append(out, c)
		i += 2
	}
	rest, _ := simplifiedchinese.GBK.NewDecoder().Bytes(b[i:])
	return string(out) + string(rest)
}

// The lost lead byte of a character that shares 。's trail byte (海, 專)
// is read as that character where the page prints the word clean
// elsewhere; without such evidence a 。 that cannot end a sentence is
// marked unknown; a real sentence's end stays 。.
func TestRepairMojibakeLostLead(t *testing.T) {
	step := repairMojibake{conv: opencc.Default()}
	for _, tc := range []struct {
		name, text string
		lost       string // the text up to the character whose lead byte is lost, and that character
		want       string // what the repaired text must hold
	}{
		{"a word printed clean elsewhere, traditional",
			"青山醫院設有重點專科3個,精神專科1個。", "青山醫院設有重點專", "精神專科1個"},
		{"a word printed clean elsewhere, simplified",
			"医院位于海口路1号,门诊部位于海口3号。", "医院位于海口路1号,门诊部位于海", "门诊部位于海"},
		{"no evidence, after an opening quote: unknown",
			"医院更名为“海口1号”。", "医院更名为“海", "更名为“\uFFFD"},
		{"a real sentence's end stays",
			"医院召开职工大会。开设A区,增设床位100张。", "医院召开职工大会。", "职工大会。"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := garble(t, tc.text, len([]rune(tc.lost))-1)
			if in == tc.text {
				t.Fatalf("garble left %q whole", tc.text)
			}
			got, _ := applyStep(step, in)
			if !strings.Contains(got, tc.want) {
				t.Errorf("repair of %q = %q, want it to hold %q", in, got, tc.want)
			}
		})
	}
}
