package pipeline

import (
	"runtime"
	"testing"

	"zhnews/internal/corpusgen"
	"zhnews/source"
)

// A long article costs memory in proportion to its size: the bytes
// allocated per byte of text do not grow with the text (a rule that
// copies the rest of the text at each match would), and the record keeps
// the text once, not a copy of the page it was cut from. Allocations are
// counted, not timed, so that a loaded machine does not fail the test.
func TestLongArticleMemoryLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("processes 2.5 MB of text")
	}
	st, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	samples, err := corpusgen.Samples("../testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	type cost struct{ allocPerByte, keptPerByte float64 }
	measure := func(size int) cost {
		data := []byte(corpusgen.Long(samples, size, 1))
		input := float64(len(data))
		var before, after, held runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		a, err := st.Process(source.Item{Name: "long.txt", Data: data})
		runtime.ReadMemStats(&after)
		if err != nil {
			t.Fatal(err)
		}
		runtime.GC() // the input's bytes are free now
		runtime.ReadMemStats(&held)
		n := float64(len(a.Text))
		// before held the input's bytes, freed once cleaned.
		kept := float64(held.HeapAlloc) - float64(before.HeapAlloc) + input
		c := cost{float64(after.TotalAlloc-before.TotalAlloc) / n, kept / n}
		t.Logf("%d KB: %d facts; allocated %.0f bytes a byte of text, kept %.2f", size>>10, len(a.Facts), c.allocPerByte, c.keptPerByte)
		runtime.KeepAlive(a)
		return c
	}
	small, large := measure(512<<10), measure(2<<20)
	if large.allocPerByte > 1.25*small.allocPerByte {
		t.Errorf("allocation grows with the text: %.0f bytes a byte at 512 KB, %.0f at 2 MB", small.allocPerByte, large.allocPerByte)
	}
	if large.keptPerByte > 1.5 {
		t.Errorf("the record of a 2 MB text holds %.2f bytes a byte of its text, want about 1", large.keptPerByte)
	}
}
