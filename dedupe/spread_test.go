package dedupe_test

import (
	"math/rand"
	"testing"
	"unicode/utf8"

	"zhnews/dedupe"
	"zhnews/internal/corpusgen"
	"zhnews/internal/simhashstat"
	"zhnews/segment"
)

// simHashV1 is version 1 of dedupe.SimHash, kept here to show that the
// checks below catch its bias and to time the new version against it:
// FNV-1a's own bits voted, once per occurrence of a word.
func simHashV1(tokens []segment.Token) uint64 {
	var votes [64]int
	for _, t := range tokens {
		if utf8.RuneCountInString(t.Text) < 2 {
			continue
		}
		h := uint64(14695981039346656037)
		for i := 0; i < len(t.Text); i++ {
			h ^= uint64(t.Text[i])
			h *= 1099511628211
		}
		for i := range votes {
			votes[i] += int(h>>i&1)*2 - 1
		}
	}
	var out uint64
	for i, v := range votes {
		if v > 0 {
			out |= 1 << i
		}
	}
	return out
}

// spread measures a SimHash over generated articles (drawn from the
// sentences of the bundled ones, so any two share some) and reprints of
// them that drop a sentence.
func spread(t *testing.T, n int, simhash func([]segment.Token) uint64) simhashstat.Report {
	t.Helper()
	samples, err := corpusgen.Samples("../testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	articles := corpusgen.Generate(samples, n, 7)
	r := rand.New(rand.NewSource(7))
	drops := simhashstat.Reprints{Edit: "drop", Texts: make([]string, n/4)}
	for i := range drops.Texts {
		drops.Texts[i] = corpusgen.Reprint(articles[i], corpusgen.Drop, r)
	}
	return simhashstat.Measure(func(text string) uint64 { return simhash(seg.Segment(text)) }, articles, drops)
}

// problems are the ways a report shows a biased hash, over articles that
// share a few sentences: a bit set in nearly every hash or in nearly
// none, or more than 3 % of the pairs sharing a dedupe key, or different
// articles within dedupe.MaxDistance; and reprints with a sentence
// dropped that are not, mostly, within it.
func problems(r simhashstat.Report) []string {
	var out []string
	if lo, hi := r.BitRange(); lo < 0.05 || hi > 0.95 {
		out = append(out, "a bit is set in under 5 % or over 95 % of the hashes")
	}
	if n := r.SkewedBits(0.2); n > 16 {
		out = append(out, "more than 16 bits are set in under 20 % or over 80 % of the hashes")
	}
	if r.KeyShare > 0.03 {
		out = append(out, "over 3 % of the pairs share a key")
	}
	if r.NearShare > 1e-4 {
		out = append(out, "over 0.01 % of the pairs of different articles are within MaxDistance")
	}
	if r.ReprintsNear("drop") < 0.85 {
		out = append(out, "under 85 % of the reprints with a sentence dropped are within MaxDistance")
	}
	return out
}

func TestSimHashSpread(t *testing.T) {
	n := 600
	if testing.Short() {
		n = 200
	}
	r := spread(t, n, dedupe.SimHash)
	lo, hi := r.BitRange()
	t.Logf("bits set in %.1f–%.1f %% of hashes, %d outside 20–80 %%; %.2f %% of pairs share a key, %.4f %% within %d bits; %.1f %% of reprints with a sentence dropped within",
		100*lo, 100*hi, r.SkewedBits(0.2), 100*r.KeyShare, 100*r.NearShare, dedupe.MaxDistance, 100*r.ReprintsNear("drop"))
	for _, p := range problems(r) {
		t.Error(p)
	}
	// The checks fail on version 1, whose bits were nearly constant.
	p := problems(spread(t, n, simHashV1))
	if len(p) < 3 {
		t.Errorf("version 1 shows only %q, want its bias caught", p)
	}
	t.Logf("version 1: %q", p)
}

// BenchmarkSimHashVersions times version 2 against version 1 over the
// words of a bundled article: run with -count 6 and compare with
// benchstat.
func BenchmarkSimHashVersions(b *testing.B) {
	samples, err := corpusgen.Samples("../testdata/articles")
	if err != nil {
		b.Fatal(err)
	}
	seg, err := segment.Default()
	if err != nil {
		b.Fatal(err)
	}
	toks := seg.Segment(samples[0])
	for _, v := range []struct {
		name string
		fn   func([]segment.Token) uint64
	}{{"v1", simHashV1}, {"v2", dedupe.SimHash}} {
		b.Run(v.name, func(b *testing.B) {
			b.SetBytes(int64(len(samples[0])))
			for i := 0; i < b.N; i++ {
				v.fn(toks)
			}
		})
	}
}
