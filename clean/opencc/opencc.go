// Package opencc converts traditional Chinese to simplified with OpenCC's
// own dictionaries (TSPhrases, TSCharacters; vendored in internal/data)
// and tells the two scripts apart.
//
// Text in, text out. The conversion follows OpenCC's t2s configuration:
// NFC first (OpenCC's normalisation step maps CJK compatibility ideographs
// to unified ones, which NFC also does), then at each position the longest
// phrase from TSPhrases, else the character from TSCharacters, else the
// character unchanged ("short_circuit" dictionary group).
package opencc

import (
	"bufio"
	"bytes"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"zhnews/internal/data"
)

// Converter holds OpenCC's traditional→simplified tables, read-only once
// built.
type Converter struct {
	phrases   map[string]string
	maxPhrase map[rune]int // first rune of a phrase → longest phrase, in runes
	// starts holds the first two runes of every phrase: most places
	// where a phrase may begin begin none, which one look-up tells.
	starts   map[string]bool
	chars    map[rune]string
	simpOnly map[rune]bool // characters that only simplified text uses
	// kind says, for every rune below len(kind), which of the maps above
	// hold it: a byte test per character instead of map lookups, and most
	// characters are in none.
	kind []uint8
}

// Bits of Converter.kind.
const (
	kindTraditional    = 1 << iota // in chars
	kindPhraseStart                // begins a phrase of two or more runes
	kindSimplifiedOnly             // in simpOnly
)

// kindRunes covers the BMP and the supplementary ideographic plane, where
// all of OpenCC's characters are.
const kindRunes = 0x30000

func (c *Converter) kindOf(r rune) uint8 {
	if r >= 0 && int(r) < len(c.kind) {
		return c.kind[r]
	}
	var k uint8
	if _, ok := c.chars[r]; ok {
		k |= kindTraditional
	}
	if c.maxPhrase[r] > 1 {
		k |= kindPhraseStart
	}
	if c.simpOnly[r] {
		k |= kindSimplifiedOnly
	}
	return k
}

// Default is the converter built from the vendored dictionaries. It is
// built once, on first use.
var Default = sync.OnceValue(func() *Converter {
	return New(data.MustRead("opencc/TSPhrases.txt"), data.MustRead("opencc/TSCharacters.txt"), data.MustRead("opencc/STCharacters.txt"))
})

// New builds a converter from OpenCC dictionary files ("key<TAB>value
// value...", # comments): TSPhrases, TSCharacters and STCharacters.
func New(tsPhrases, tsChars, stChars []byte) *Converter {
	c := &Converter{
		phrases:   map[string]string{},
		maxPhrase: map[rune]int{},
		starts:    map[string]bool{},
		chars:     map[rune]string{},
		simpOnly:  map[rune]bool{},
	}
	readDict(tsPhrases, func(k, v string) {
		c.phrases[k] = v
		first, size := utf8.DecodeRuneInString(k)
		if _, size2 := utf8.DecodeRuneInString(k[size:]); size2 > 0 {
			c.starts[k[:size+size2]] = true
		}
		if n := utf8.RuneCountInString(k); n > c.maxPhrase[first] {
			c.maxPhrase[first] = n
		}
	})
	readDict(tsChars, func(k, v string) {
		r, size := utf8.DecodeRuneInString(k)
		if size == len(k) && v != k {
			c.chars[r] = v
		}
	})
	readDict(stChars, func(k, v string) {
		r, size := utf8.DecodeRuneInString(k)
		// A simplified character whose traditional form differs, and that
		// is not itself a traditional character of another mapping.
		if size == len(k) && v != k {
			if _, trad := c.chars[r]; !trad {
				c.simpOnly[r] = true
			}
		}
	})
	c.kind = make([]uint8, kindRunes)
	for r := range c.chars {
		if r < kindRunes {
			c.kind[r] |= kindTraditional
		}
	}
	for r, n := range c.maxPhrase {
		if r < kindRunes && n > 1 {
			c.kind[r] |= kindPhraseStart
		}
	}
	for r := range c.simpOnly {
		if r < kindRunes {
			c.kind[r] |= kindSimplifiedOnly
		}
	}
	return c
}

func readDict(b []byte, add func(key, value string)) {
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		key, values, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		value, _, _ := strings.Cut(values, " ")
		add(key, value)
	}
}

// ToSimplified converts s to simplified script.
func (c *Converter) ToSimplified(s string) string {
	if !inNFC(s) {
		s = norm.NFC.String(s)
	}
	// Text without a character to convert (most simplified text) is
	// returned as it is.
	first := -1
	for i, r := range s {
		if c.kindOf(r)&(kindTraditional|kindPhraseStart) != 0 {
			first = i
			break
		}
	}
	if first < 0 {
		return s
	}
	var out strings.Builder
	out.Grow(len(s))
	out.WriteString(s[:first])
	for i := first; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		k := c.kindOf(r)
		if k&kindPhraseStart != 0 {
			if key, value, ok := c.longestPhrase(s[i:], c.maxPhrase[r]); ok {
				out.WriteString(value)
				i += len(key)
				continue
			}
		}
		if k&kindTraditional != 0 {
			out.WriteString(c.chars[r])
		} else {
			out.WriteString(s[i : i+size])
		}
		i += size
	}
	return out.String()
}

// inNFC: s is made only of characters that NFC leaves as they are and
// that combine with no character before them (canonical combining class
// 0, a boundary before them): Latin-1, the CJK Unified Ideographs, CJK
// punctuation and kana without their combining marks, the punctuation,
// numbers and symbols of Chinese text and the full-width forms. Such a text is its own NFC, and
// norm.NFC.String, which looks every character up in its tables, need not
// read it: most of a Chinese page is such. TestInNFCRanges checks every
// character of the ranges.
func inNFC(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !nfcInert(r) {
			return false
		}
		i += size
	}
	return true
}

func nfcInert(r rune) bool {
	switch {
	case r < 0x100: // ASCII and Latin-1
		return true
	case r >= 0x4E00 && r <= 0x9FFF: // CJK Unified Ideographs
		return true
	case r >= 0x3000 && r <= 0x3029, r >= 0x3030 && r <= 0x3098, r >= 0x309B && r <= 0x30FF:
		return true // CJK punctuation and kana, not the tone and sound marks
	case r >= 0x2002 && r <= 0x206F: // general punctuation but two spaces NFC maps
		return true
	case r >= 0x2150 && r <= 0x21FF, r >= 0x2460 && r <= 0x27BF: // numbers, arrows, circled numbers, shapes
		return true
	case r >= 0x3200 && r <= 0x33FF, r >= 0xFE30 && r <= 0xFE4F: // enclosed CJK, CJK compatibility forms
		return true
	case r >= 0xFF00 && r <= 0xFFEF: // full-width and half-width forms
		return true
	}
	return false
}

// longestPhrase finds the longest TSPhrases key, of at most max runes, that
// s starts with.
func (c *Converter) longestPhrase(s string, max int) (key, value string, ok bool) {
	// Byte ends of the first max runes (on the stack for any phrase of
	// up to 16).
	var buf [16]int
	ends := buf[:0]
	for i, n := 0, 0; i < len(s) && n < max; n++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		ends = append(ends, i)
	}
	if len(ends) < 2 || !c.starts[s[:ends[1]]] {
		return "", "", false // no phrase begins with these two runes
	}
	for n := len(ends); n >= 2; n-- {
		if v, found := c.phrases[s[:ends[n-1]]]; found {
			return s[:ends[n-1]], v, true
		}
	}
	return "", "", false
}

// IsTraditional reports whether r is a traditional character that the
// simplified script writes differently (醫, 黨, 學).
func (c *Converter) IsTraditional(r rune) bool { return c.kindOf(r)&kindTraditional != 0 }

// IsSimplified reports whether r is a simplified character that the
// traditional script writes differently (医, 党, 学).
func (c *Converter) IsSimplified(r rune) bool { return c.kindOf(r)&kindSimplifiedOnly != 0 }

// Script tells which script s is written in: "hant" when it has more
// traditional-only than simplified-only characters, else "hans". Text
// with neither (no Han characters, or only shared ones) is "hans".
func (c *Converter) Script(s string) string {
	var trad, simp int
	for _, r := range s {
		// CJK Unified Ideographs are Han; test the table only outside them.
		if r < 0x2E80 || (r < 0x4E00 || r > 0x9FFF) && !unicode.Is(unicode.Han, r) {
			continue
		}
		switch k := c.kindOf(r); {
		case k&kindTraditional != 0:
			trad++
		case k&kindSimplifiedOnly != 0:
			simp++
		}
	}
	if trad > simp {
		return "hant"
	}
	return "hans"
}
