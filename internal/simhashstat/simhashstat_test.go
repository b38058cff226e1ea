package simhashstat

import (
	"strconv"
	"strings"
	"testing"

	"zhnews/dedupe"
)

// Measure over hashes given outright (the text is the hash in hex): the
// bits' shares, the pairs sharing a key or within MaxDistance, and the
// distances of reprints, by edit.
func TestMeasure(t *testing.T) {
	const h = 0x0123456789abcdef
	hashes := []uint64{h, h ^ 0b111, ^uint64(h), ^uint64(h) ^ 1<<63}
	var texts []string
	for _, v := range hashes {
		texts = append(texts, dedupe.Format(v))
	}
	hash := func(s string) uint64 {
		v, err := strconv.ParseUint(s, 16, 64)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	r := Measure(hash, texts,
		Reprints{Edit: "near", Texts: []string{dedupe.Format(h ^ 1), dedupe.Format(h ^ 0b11)}},
		Reprints{Edit: "far", Texts: []string{dedupe.Format(h ^ 0xffff)}})
	if r.Pairs != 6 {
		t.Errorf("%d pairs, want 6", r.Pairs)
	}
	// h and h^7 are 3 bits apart, ^h and ^h^(1<<63) 1: two pairs of six;
	// the rest are 61 to 64 bits apart and share no key.
	if r.NearShare != 2.0/6 || r.KeyShare != 2.0/6 {
		t.Errorf("near %v, keyed %v, want 1/3 each", r.NearShare, r.KeyShare)
	}
	if r.Unrelated[3] != 1 || r.Unrelated[1] != 1 || r.Unrelated[64] != 1 {
		t.Errorf("distances %v", r.Unrelated)
	}
	// Bit 0 is set in h only, bit 63 in ^h only; every other bit in two of
	// the four.
	if r.BitFreq[0] != 0.25 || r.BitFreq[63] != 0.25 {
		t.Errorf("bit 0 in %v, bit 63 in %v of the hashes, want 0.25", r.BitFreq[0], r.BitFreq[63])
	}
	if lo, hi := r.BitRange(); lo != 0.25 || hi != 0.5 {
		t.Errorf("bits set in %v–%v, want 0.25–0.5", lo, hi)
	}
	if n := r.SkewedBits(0.3); n != 4 {
		t.Errorf("%d bits outside 30–70 %%, want 4 (0, 1, 2, 63)", n)
	}
	if r.ReprintsNear("near") != 1 || r.ReprintsNear("far") != 0 || r.ReprintsNear("none") != 0 {
		t.Errorf("reprints near: %v %v", r.ReprintsNear("near"), r.ReprintsNear("far"))
	}
	var out strings.Builder
	r.Write(&out)
	for _, want := range []string{"articles 4, pairs 6", "pairs sharing a key: 33.333 %", "near ", "far "} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

func TestPercentile(t *testing.T) {
	var h [65]int
	h[2], h[5], h[40] = 50, 49, 1
	for _, c := range []struct {
		q    float64
		want int
	}{{0, 2}, {0.5, 2}, {0.51, 5}, {0.99, 5}, {1, 40}} {
		if got := percentile(h, c.q); got != c.want {
			t.Errorf("percentile %v = %d, want %d", c.q, got, c.want)
		}
	}
	if got := percentile([65]int{}, 0.5); got != 0 {
		t.Errorf("percentile of nothing = %d", got)
	}
}
