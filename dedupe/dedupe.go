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
	"slices"
	"strconv"
	"unicode/utf8"

	"zhnews/segment"
)

// MaxDistance is the largest Hamming distance between the SimHashes of two
// near-duplicates. Measured over generated articles of about 1,000
// characters (internal/simhashstat/measure): another site's header and
// footer or a changed figure move the hash at most 5 bits in 99 % of the
// reprints, a dropped sentence is within 7 bits in 91 % of them; of the
// 12.5 million pairs of different articles (which share some sentences),
// under 0.01 % are within 12 bits, 0.5 % within 16. Two hashes this close
// always share one of their Keys.
const MaxDistance = 7

// SimHash is Charikar's fingerprint over the distinct words of a text:
// each word's 64-bit hash votes once on every bit; one-character words and
// punctuation do not vote.
//
// Version 1 voted with FNV-1a itself, once per occurrence. Two things made
// its bits nearly constant across articles on one subject (in 5,000
// generated articles, 44 of the 64 bits were set in under 20 % or over
// 80 % of the hashes, so 26 % of all pairs shared a key and 0.8 % were
// within MaxDistance): FNV-1a's last step is a multiplication, which
// spreads a byte only to the higher bits, so the low bits of the hashes of
// 2- to 4-character words (6 to 12 bytes, most sharing their first bytes)
// are far from random; and the words every hospital article repeats (医院,
// 工作, 发展) outvoted the rest on every bit, in the same direction in
// every article. The finaliser mix64 makes every bit depend on every byte,
// and as each distinct word votes once, a word an article repeats ten
// times weighs no more than one it says once. Each change alone left the
// bias half fixed: over 3,000 generated articles, 26 % of the pairs shared
// a key (of 8 blocks) with version 1, 11 % with the finaliser alone; 4.3 %
// shared one of the present Keys with distinct words alone, 1.5 % with
// both.
func SimHash(tokens []segment.Token) uint64 {
	// The hashes sorted, so that equal words are neighbours: cheaper than
	// a set, and no allocation for an article of up to len(buf) words.
	var buf [1024]uint64
	hashes := buf[:0]
	for _, t := range tokens {
		if utf8.RuneCountInString(t.Text) < 2 {
			continue
		}
		hashes = append(hashes, mix64(fnv64a(t.Text)))
	}
	slices.Sort(hashes)
	var votes [64]int
	for i, v := range hashes {
		if i > 0 && v == hashes[i-1] {
			continue
		}
		// Without branches: the bits of a hash are random, so a branch
		// per bit would be mispredicted half the time.
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

// Version is the version of SimHash: hashes of different versions are not
// comparable, so an index records the version of the hashes it holds
// (index.SimHashVersion) and rehashes an older one before it groups new
// articles with its own.
const Version = 2

// mix64 is the finaliser of MurmurHash3 (fmix64): an invertible mixing in
// which every output bit depends on every input bit.
func mix64(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
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
var bandBits = []int{8, 8, 8, 8, 8, 8, 8, 8}

// Bands are the parts of a SimHash, each tagged with its position
// ("0:1a"): near-duplicates share at least one. They are narrower than
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

// Keys are the block pairs of a SimHash. The hash is read as
// MaxDistance+2 = 9 blocks (eight of 7 bits, the last of 8); two hashes at
// most MaxDistance bits apart differ in at most 7 blocks, so they agree on
// at least 2, and share the key of that pair. A key is 14 or 15 bits of
// the hash, tagged with its pair (pair<<16 | bits): a random hash shares
// one of the 36 keys with about 36/16384 = 0.2 % of others. The hashes of
// articles that share many of their words agree on more bits than random
// ones: in 5,000 generated articles (drawn from the sentences of a few, so
// any two share some), 1.5 % of the pairs share a key (26 % with version 1
// of SimHash, and 8 blocks of 8 bits).
func Keys(h uint64) [KeyCount]uint32 {
	var block [blocks]uint32
	for i := range block {
		block[i] = uint32(h>>(blockBits*i)) & (1<<blockBits - 1)
	}
	block[blocks-1] = uint32(h >> (blockBits * (blocks - 1))) // the rest
	var out [KeyCount]uint32
	k := 0
	for i := 0; i < blocks; i++ {
		for j := i + 1; j < blocks; j++ {
			out[k] = uint32(k)<<16 | block[i]<<8 | block[j]
			k++
		}
	}
	return out
}

// blocks is the number of blocks Keys reads; MaxDistance+2 of them leave
// two blocks equal in near-duplicates. Each is blockBits wide, the last
// takes the rest (8 bits).
const (
	blocks    = MaxDistance + 2
	blockBits = 64 / blocks
)

// KeyCount is the number of Keys of a hash: the pairs of blocks.
const KeyCount = blocks * (blocks - 1) / 2
