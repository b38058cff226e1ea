package segment

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/go-ego/gse"
)

// The compact dictionary cuts the bundled articles as gse's whole
// simplified dictionary does on nearly every token (the extract scores on
// them are unchanged; see the golden and eval tests).
func TestCompactDictionaryAgreesWithFull(t *testing.T) {
	if testing.Short() {
		t.Skip("loads gse's whole dictionary")
	}
	full := &gse.Segmenter{SkipLog: true}
	if err := full.LoadDictEmbed("zh_s"); err != nil {
		t.Fatal(err)
	}
	compact, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	whole := &Gse{seg: full, words: newDictWords(full.Dict), hmm: compact.hmm}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	same, total := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		spans := map[[2]int32]bool{}
		for _, tok := range whole.Segment(string(b)) {
			spans[[2]int32{tok.Start, tok.End}] = true
			total++
		}
		for _, tok := range compact.Segment(string(b)) {
			if spans[[2]int32{tok.Start, tok.End}] {
				same++
			}
		}
	}
	agreement := float64(same) / float64(total)
	t.Logf("token agreement with the whole dictionary: %.4f (%d of %d)", agreement, same, total)
	if agreement < 0.95 {
		t.Errorf("agreement %.4f, want at least 0.95", agreement)
	}
}
