package corpusgen

import (
	"math/rand"
	"strings"
	"testing"
)

// Each edit of Reprint does what it says, to the body only: the title line
// stays, a header and footer come around the text, one non-empty body
// sentence goes, one figure of the body changes.
func TestReprint(t *testing.T) {
	const text = "青山市人民医院党建工作纪实(12)\n医院现有职工1200名。党委下设8个党支部。\n全年门诊诊疗52万人次。医院获评文明单位。\n"
	for _, c := range []struct {
		edits Edit
		check func(t *testing.T, out string)
	}{
		{Frame, func(t *testing.T, out string) {
			i := strings.Index(out, text)
			if i <= 0 || i+len(text) == len(out) {
				t.Errorf("no header and footer around the text: %q", out)
			}
		}},
		{Drop, func(t *testing.T, out string) {
			dropped := 0
			for _, s := range []string{"医院现有职工1200名。", "党委下设8个党支部。\n", "全年门诊诊疗52万人次。", "医院获评文明单位。\n"} {
				if !strings.Contains(out, s) {
					dropped++
				}
			}
			if dropped != 1 || !strings.HasPrefix(out, "青山市人民医院党建工作纪实(12)\n") {
				t.Errorf("%d sentences dropped, want one of the body: %q", dropped, out)
			}
		}},
		{Figure, func(t *testing.T, out string) {
			if !strings.HasPrefix(out, "青山市人民医院党建工作纪实(12)\n") || len(out) < len(text) || out == text {
				t.Errorf("not one figure of the body changed: %q", out)
			}
			changed := 0
			for _, f := range []string{"1200名", "8个", "52万"} {
				if !strings.Contains(out, f) {
					changed++
				}
			}
			if changed != 1 {
				t.Errorf("%d figures changed, want 1: %q", changed, out)
			}
		}},
	} {
		t.Run(c.edits.String(), func(t *testing.T) {
			r := rand.New(rand.NewSource(1))
			for i := 0; i < 20; i++ {
				c.check(t, Reprint(text, c.edits, r))
			}
		})
	}
	if got := All.String(); got != "frame+drop+figure" {
		t.Errorf("All is %q", got)
	}
	if got := Reprint("", All, rand.New(rand.NewSource(1))); got != "" {
		t.Errorf("reprint of nothing: %q", got)
	}
}
