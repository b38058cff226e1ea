// Package dedupe fingerprints articles so that reprints of one press
// release can be grouped: the same text gives the same zhnews id (exact
// duplicates), and texts that differ in a few words give SimHashes a few
// bits apart (near-duplicates).
//
// In: an article's gse tokens. Out: a 64-bit SimHash, and the bands an
// index stores to find candidates that share one.
package dedupe

import (
	"fmt"
	"math/bits"
	"strconv"
	"unicode/utf8"

	"zhnews/segment"
)

// MaxDistance is the largest Hamming distance between the SimHashes of two
// near-duplicates (a reprint with another header and footer, a sentence
// dropped, a figure changed is 3 to 5 bits away; two different articles on
// the same subject 15 and more). With MaxDistance+1 bands, two hashes this close always share at
// least one band exactly.
const MaxDistance = 6

// bandBits are the widths of the bands: 64 bits in MaxDistance+1 parts.
var bandBits = []int{9, 9, 9, 9, 9, 9, 10}

// SimHash is Charikar's fingerprint over the words of a text: each word's
// 64-bit FNV hash votes on every bit, weighted by its count; one-character
// words and punctuation do not vote.
func SimHash(tokens []segment.Token) uint64 {
	var votes [64]int
	for _, t := range tokens {
		if utf8.RuneCountInString(t.Text) < 2 {
			continue
		}
		// Without branches: the bits of a hash are random, so a branch
		// per bit would be mispredicted half the time.
		v := fnv64a(t.Text)
		for i := range votes {
			votes[i] += int(v>>i&1)*2 - 1
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

// fnv64a is FNV-1a, 64 bits, as hash/fnv computes it, without its
// allocations (it runs for every word of every article).
func fnv64a(s string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime
	}
	return h
}

// Format writes a SimHash as 16 hex digits, as records carry it.
func Format(h uint64) string { return fmt.Sprintf("%016x", h) }

// Parse reads a SimHash written by Format.
func Parse(s string) (uint64, error) { return strconv.ParseUint(s, 16, 64) }

// Distance is the number of bits two SimHashes differ in.
func Distance(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// Bands are the parts of a SimHash, each tagged with its position
// ("0:1a2"): near-duplicates share at least one.
func Bands(h uint64) []string {
	out := make([]string, len(bandBits))
	shift := 0
	for i, n := range bandBits {
		out[i] = fmt.Sprintf("%d:%x", i, (h>>shift)&(1<<n-1))
		shift += n
	}
	return out
}
