// Package simhashstat measures how well SimHashes tell reprints from
// unrelated articles: how evenly the bits of many articles' hashes are
// set, how many pairs of articles share a dedupe key (the candidates an
// ingest reads and checks), and the Hamming distances of reprint pairs
// against those of unrelated pairs.
//
// In: a hash function over article texts, the articles, and reprints made
// from some of them (corpusgen.Reprint). Out: a Report.
package simhashstat

import (
	"fmt"
	"io"

	"zhnews/dedupe"
)

// Report is what Measure found.
type Report struct {
	Articles int
	// BitFreq is, per bit, the share of the articles' hashes that have it
	// set: about 0.5 for every bit when the hash uses all its bits.
	BitFreq [64]float64
	// Pairs is the number of pairs of distinct articles; KeyShare the
	// share of them that share one of their dedupe.Keys, NearShare the
	// share within dedupe.MaxDistance.
	Pairs               int
	KeyShare, NearShare float64
	// Unrelated counts the pairs of distinct articles by Hamming
	// distance, Reprints the pairs of an article and its reprint, by the
	// reprint's edits.
	Unrelated [65]int
	Reprints  map[string]*[65]int
	edits     []string // the keys of Reprints in the order given
}

// SkewedBits is the number of bits set in fewer than lo or more than 1-lo
// of the hashes.
func (r Report) SkewedBits(lo float64) int {
	n := 0
	for _, f := range r.BitFreq {
		if f < lo || f > 1-lo {
			n++
		}
	}
	return n
}

// BitRange is the lowest and the highest share of hashes a bit is set in.
func (r Report) BitRange() (lo, hi float64) {
	lo, hi = 1, 0
	for _, f := range r.BitFreq {
		lo, hi = min(lo, f), max(hi, f)
	}
	return lo, hi
}

// ReprintsNear is the share of the reprint pairs of an edit within
// dedupe.MaxDistance.
func (r Report) ReprintsNear(edit string) float64 {
	h, ok := r.Reprints[edit]
	if !ok {
		return 0
	}
	near, all := 0, 0
	for d, n := range h {
		all += n
		if d <= dedupe.MaxDistance {
			near += n
		}
	}
	if all == 0 {
		return 0
	}
	return float64(near) / float64(all)
}

// Reprints are copies of the first articles, made by one kind of edit.
type Reprints struct {
	Edit  string
	Texts []string // Texts[i] is a copy of articles[i]
}

// Measure hashes the articles and the reprints and compares every pair of
// articles.
func Measure(hash func(text string) uint64, articles []string, reprints ...Reprints) Report {
	r := Report{Articles: len(articles), Reprints: map[string]*[65]int{}}
	hashes := make([]uint64, len(articles))
	keys := make([][dedupe.KeyCount]uint32, len(articles))
	for i, a := range articles {
		hashes[i] = hash(a)
		keys[i] = dedupe.Keys(hashes[i])
		for b := range r.BitFreq {
			r.BitFreq[b] += float64(hashes[i] >> b & 1)
		}
	}
	for b := range r.BitFreq {
		r.BitFreq[b] /= float64(max(1, len(articles)))
	}
	keyed, near := 0, 0
	for i := range hashes {
		for j := i + 1; j < len(hashes); j++ {
			d := dedupe.Distance(hashes[i], hashes[j])
			r.Unrelated[d]++
			if d <= dedupe.MaxDistance {
				near++
			}
			for k := range keys[i] {
				if keys[i][k] == keys[j][k] {
					keyed++
					break
				}
			}
		}
	}
	r.Pairs = len(hashes) * (len(hashes) - 1) / 2
	if r.Pairs > 0 {
		r.KeyShare = float64(keyed) / float64(r.Pairs)
		r.NearShare = float64(near) / float64(r.Pairs)
	}
	for _, rs := range reprints {
		h := new([65]int)
		for i, p := range rs.Texts {
			h[dedupe.Distance(hashes[i], hash(p))]++
		}
		r.Reprints[rs.Edit] = h
		r.edits = append(r.edits, rs.Edit)
	}
	return r
}

// Write prints the report: the bits' spread, the key and near shares,
// and the distance distributions with their percentiles.
func (r Report) Write(w io.Writer) {
	lo, hi := r.BitRange()
	fmt.Fprintf(w, "articles %d, pairs %d\n", r.Articles, r.Pairs)
	fmt.Fprintf(w, "bit set in %.1f–%.1f %% of hashes; bits outside 30–70 %%: %d, outside 20–80 %%: %d\n",
		100*lo, 100*hi, r.SkewedBits(0.3), r.SkewedBits(0.2))
	fmt.Fprintf(w, "pairs sharing a key: %.3f %%; within %d bits: %.3f %%\n", 100*r.KeyShare, dedupe.MaxDistance, 100*r.NearShare)
	for _, e := range r.edits {
		fmt.Fprintf(w, "reprints (%s) within %d bits: %.1f %%\n", e, dedupe.MaxDistance, 100*r.ReprintsNear(e))
	}
	type row struct {
		name string
		h    [65]int
	}
	rows := []row{{"unrelated", r.Unrelated}}
	for _, e := range r.edits {
		rows = append(rows, row{e, *r.Reprints[e]})
	}
	fmt.Fprintf(w, "%-18s %5s %5s %5s %5s %5s %5s %5s\n", "distance", "min", "p1", "p5", "p50", "p95", "p99", "max")
	for _, row := range rows {
		fmt.Fprintf(w, "%-18s", row.name)
		for _, q := range []float64{0, 0.01, 0.05, 0.5, 0.95, 0.99, 1} {
			fmt.Fprintf(w, " %5d", percentile(row.h, q))
		}
		fmt.Fprintln(w)
	}
	// Cumulative: the share of pairs within each distance, for choosing
	// a MaxDistance.
	bounds := []int{2, 4, 5, 6, 7, 8, 9, 10, 12, 16, 20}
	fmt.Fprintf(w, "%-18s", "share within")
	for _, b := range bounds {
		fmt.Fprintf(w, " %7d", b)
	}
	fmt.Fprintln(w)
	for _, row := range rows {
		fmt.Fprintf(w, "%-18s", row.name)
		total, within := 0, 0
		for _, n := range row.h {
			total += n
		}
		d := 0
		for _, b := range bounds {
			for ; d <= b; d++ {
				within += row.h[d]
			}
			fmt.Fprintf(w, " %6.2f%%", 100*float64(within)/float64(max(1, total)))
		}
		fmt.Fprintln(w)
	}
}

// percentile is the smallest distance that at least q of the counted
// pairs are within.
func percentile(h [65]int, q float64) int {
	total := 0
	for _, n := range h {
		total += n
	}
	if total == 0 {
		return 0
	}
	want := max(1, int(q*float64(total)))
	seen := 0
	for d, n := range h {
		seen += n
		if seen >= want {
			return d
		}
	}
	return 64
}
