package clean

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Encodings the decoder recognises, as written in warnings and errors.
const (
	encUTF8    = "UTF-8"
	encUTF16LE = "UTF-16LE"
	encUTF16BE = "UTF-16BE"
	encGB18030 = "GB18030"
	encBig5    = "Big5"
)

// Errors for input that is no text. They are wrapped with the file name by
// the caller.
var (
	ErrEmpty    = errors.New("empty file")
	ErrBinary   = errors.New("binary data, not text")
	ErrEncoding = errors.New("bytes in no known encoding (tried UTF-8, UTF-16, GB18030, Big5)")
)

// decoded is text in UTF-8 with the encoding it was read from and the
// number of bytes that could not be read and were replaced by U+FFFD.
// utf8 is the text's bytes: for valid UTF-8 input, the input itself, so
// that a page is parsed without a copy of it. They are only read.
type decoded struct {
	utf8     []byte
	encoding string
	replaced int
}

// String is the text as a string (a copy of the bytes).
func (d decoded) String() string { return string(d.utf8) }

// decode turns raw bytes into UTF-8 text. The encoding is read from the
// bytes themselves: a byte-order mark, then UTF-8 validity, then a
// comparison of GB18030 and Big5 by how many invalid sequences and how many
// frequent characters each reading gives. declared (a page's <meta charset>
// or XML prolog, possibly empty) only breaks ties, because pages often
// declare gb2312 and are UTF-8.
func decode(b []byte, declared string) (decoded, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return decoded{}, ErrEmpty
	}
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return decodeUTF8(b[3:])
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decodeWith(b[2:], unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), encUTF16LE)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeWith(b[2:], unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), encUTF16BE)
	}
	if enc := sniffUTF16(b); enc != "" {
		e := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
		if enc == encUTF16BE {
			e = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
		}
		return decodeWith(b[:len(b)&^1], e, enc)
	}
	if bytes.IndexByte(b, 0) >= 0 || controlRatio(b) > 0.05 {
		return decoded{}, ErrBinary
	}
	if utf8.Valid(b) {
		return decoded{utf8: b, encoding: encUTF8}, nil
	}
	// Not UTF-8: a legacy Chinese encoding, or a UTF-8 file with a few
	// broken bytes (a truncated download). Score each reading.
	gb := scoreDoubleByte(b, gbkPair, true)
	big := scoreDoubleByte(b, big5Pair, false)
	u8bad := invalidUTF8Ratio(b)
	best, bestBad := encGB18030, gb.invalidRatio()
	if big.invalidRatio() < bestBad || (big.invalidRatio() == bestBad && big.frequentRatio() > gb.frequentRatio()+0.1) {
		best, bestBad = encBig5, big.invalidRatio()
	}
	if bestBad == gb.invalidRatio() && bestBad == big.invalidRatio() && abs(gb.frequentRatio()-big.frequentRatio()) <= 0.1 {
		// Both readings are equally plausible: the declared charset decides.
		if d := strings.ToLower(declared); strings.Contains(d, "big5") {
			best = encBig5
		} else if d != "" {
			best = encGB18030
		}
	}
	if u8bad < bestBad && u8bad < 0.01 || mostlyUTF8(b, declared) {
		return decodeUTF8(b)
	}
	if bestBad > 0.02 {
		return decoded{}, ErrEncoding
	}
	if best == encBig5 {
		return decodeWith(b, traditionalchinese.Big5, encBig5)
	}
	return decodeWith(b, simplifiedchinese.GB18030, encGB18030)
}

// declaredCharset reads <meta charset>, <meta http-equiv content=...> or
// an XML prolog's encoding from the first 4 KB of a page. It returns ""
// when nothing is declared or the name is unknown.
func declaredCharset(b []byte) string {
	head := strings.ToLower(string(b[:min(len(b), 4096)]))
	for _, key := range []string{"charset=", "encoding="} {
		i := strings.Index(head, key)
		if i < 0 {
			continue
		}
		v := strings.TrimLeft(head[i+len(key):], `"' `)
		end := strings.IndexAny(v, `"' ;>/?`)
		if end > 0 {
			v = v[:end]
		}
		if e, err := htmlindex.Get(v); err == nil {
			name, _ := htmlindex.Name(e)
			return name
		}
	}
	return ""
}

func decodeUTF8(b []byte) (decoded, error) {
	if utf8.Valid(b) {
		return decoded{utf8: b, encoding: encUTF8}, nil
	}
	// Broken bytes in otherwise good UTF-8 (a truncated download, a
	// template that pasted GBK into a UTF-8 page): keep the text and mark
	// each byte that could not be read with U+FFFD, so that the warning
	// counts bytes.
	out := make([]byte, 0, len(b)+16)
	bad := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			out = utf8.AppendRune(out, utf8.RuneError)
			bad++
		} else {
			out = append(out, b[:size]...)
		}
		b = b[size:]
	}
	return decoded{utf8: out, encoding: encUTF8, replaced: bad}, nil
}

// mostlyUTF8: bytes that are UTF-8 with scattered bad bytes rather than a
// legacy encoding. A GBK or Big5 text read as UTF-8 yields almost no valid
// multi-byte sequences; a UTF-8 text with damage yields many for each bad
// byte. A page that declares UTF-8 needs fewer to be believed.
func mostlyUTF8(b []byte, declared string) bool {
	multi, bad := 0, 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		switch {
		case r == utf8.RuneError && size == 1:
			bad++
		case size > 1:
			multi++
		}
		b = b[size:]
	}
	need := 8
	if strings.EqualFold(declared, "utf-8") {
		need = 2
	}
	return multi >= need*bad && multi > 0
}

func decodeWith(b []byte, e encoding.Encoding, name string) (decoded, error) {
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return decoded{}, fmt.Errorf("%s: %w", name, err)
	}
	if len(bytes.TrimSpace(out)) == 0 {
		return decoded{}, ErrEmpty
	}
	if bytes.IndexByte(out, 0) >= 0 {
		return decoded{}, ErrBinary
	}
	return decoded{utf8: out, encoding: name, replaced: bytes.Count(out, []byte("\uFFFD")) - bytes.Count(b, []byte("\uFFFD"))}, nil
}

// sniffUTF16 recognises UTF-16 without a byte-order mark. Only UTF-16
// puts NUL bytes in text (any ASCII in it, and characters such as 一
// U+4E00, have a zero byte), so it is tried only on bytes with NULs; the
// byte order is the one whose code units read as text: ASCII, CJK,
// punctuation and paired surrogates, not control codes or unassigned
// ranges. A trailing odd byte (a truncated file) is ignored.
func sniffUTF16(b []byte) string {
	if len(b) < 4 || bytes.IndexByte(b, 0) < 0 {
		return ""
	}
	// ASCII puts its zero byte at odd offsets in UTF-16LE and even ones in
	// UTF-16BE. A short input must show that pattern: a few bytes of
	// binary can read as text in either order.
	var even, odd int
	for i, c := range b {
		if c == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	long := len(b) >= 32
	le, be := utf16TextShare(b, false), utf16TextShare(b, true)
	switch {
	case le >= 0.9 && le > be && (long || odd >= 4*even):
		return encUTF16LE
	case be >= 0.9 && be > le && (long || even >= 4*odd):
		return encUTF16BE
	}
	return ""
}

// utf16TextShare is the share of code units in b, read in one byte
// order, that are plausible text.
func utf16TextShare(b []byte, bigEndian bool) float64 {
	units := len(b) / 2
	good := 0
	for i := 0; i+1 < len(b); i += 2 {
		u := uint16(b[i]) | uint16(b[i+1])<<8
		if bigEndian {
			u = uint16(b[i])<<8 | uint16(b[i+1])
		}
		switch {
		case u >= 0xD800 && u <= 0xDBFF: // high surrogate: a low one must follow
			if i+3 < len(b) {
				v := uint16(b[i+2]) | uint16(b[i+3])<<8
				if bigEndian {
					v = uint16(b[i+2])<<8 | uint16(b[i+3])
				}
				if v >= 0xDC00 && v <= 0xDFFF {
					good += 2
					i += 2
				}
			}
		case isTextUnit(u):
			good++
		}
	}
	return float64(good) / float64(units)
}

// isTextUnit: a UTF-16 code unit of the ranges Chinese pages use.
func isTextUnit(u uint16) bool {
	switch {
	case u == '\t' || u == '\n' || u == '\r' || u == '\f':
		return true
	case u >= 0x20 && u < 0x7F, u >= 0xA0 && u < 0x2000: // ASCII, Latin, Greek, Cyrillic...
		return true
	case u >= 0x2000 && u < 0x2BFF: // punctuation, symbols, arrows, box drawing
		return true
	case u >= 0x3000 && u < 0xA000: // CJK punctuation, kana, bopomofo, CJK ideographs
		return true
	case u >= 0xF900 && u < 0xFB00, u >= 0xFE30 && u < 0xFFFE: // compatibility ideographs, forms, full width
		return true
	}
	return false
}

// controlRatio is the share of C0 control bytes other than tab, newline,
// carriage return and form feed: high in binary files, near zero in text.
func controlRatio(b []byte) float64 {
	n := 0
	i := 0
	// Eight bytes at a time: most words of a text hold no byte below
	// 0x20 at all, which one subtraction tells (x - 0x20 in each byte
	// borrows into the high bit only where a byte is below 0x20).
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		if (x-0x2020202020202020)&^x&0x8080808080808080 == 0 {
			continue
		}
		for _, c := range b[i : i+8] {
			n += int(isControl[c])
		}
	}
	for _, c := range b[i:] {
		n += int(isControl[c])
	}
	return float64(n) / float64(len(b))
}

// isControl is 1 for the C0 control bytes controlRatio counts: a table,
// since every byte of every input passes through it.
var isControl = func() (t [256]uint8) {
	for c := 0; c < 0x20; c++ {
		if c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
			t[c] = 1
		}
	}
	return t
}()

func invalidUTF8Ratio(b []byte) float64 {
	bad, n := 0, 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			bad++
		}
		n++
		b = b[size:]
	}
	return float64(bad) / float64(max(n, 1))
}

// dbScore counts what a double-byte reading of the bytes gives.
type dbScore struct {
	chars, invalid, frequent int
}

func (s dbScore) invalidRatio() float64 { return float64(s.invalid) / float64(max(s.chars, 1)) }
func (s dbScore) frequentRatio() float64 {
	return float64(s.frequent) / float64(max(s.chars-s.invalid, 1))
}

// pairClass says whether lead/trail form a character in an encoding and
// whether it is one of the encoding's frequent characters.
type pairClass func(lead, trail byte) (valid, frequent bool)

// gbkPair: GBK's double-byte range; GB2312's punctuation rows and level-1
// hanzi (the 3755 most frequent characters) count as frequent.
func gbkPair(lead, trail byte) (bool, bool) {
	if lead < 0x81 || lead > 0xFE || trail < 0x40 || trail > 0xFE || trail == 0x7F {
		return false, false
	}
	freq := trail >= 0xA1 && (lead >= 0xB0 && lead <= 0xD7 || lead == 0xA1 || lead == 0xA3)
	return true, freq
}

// big5Pair: Big5's double-byte range; its punctuation block and the
// 5401 frequent hanzi (A440–C67E) count as frequent.
func big5Pair(lead, trail byte) (bool, bool) {
	if lead < 0xA1 || lead > 0xF9 || !(trail >= 0x40 && trail <= 0x7E || trail >= 0xA1 && trail <= 0xFE) {
		return false, false
	}
	freq := lead >= 0xA4 && lead <= 0xC6 || lead == 0xA1
	return true, freq
}

// scoreDoubleByte walks the bytes as a double-byte encoding (ASCII single,
// everything else in pairs) and counts characters, invalid sequences and
// frequent characters. With fourByte, GB18030's four-byte sequences count
// as valid characters.
func scoreDoubleByte(b []byte, class pairClass, fourByte bool) dbScore {
	var s dbScore
	for i := 0; i < len(b); {
		c := b[i]
		s.chars++
		if c < 0x80 {
			i++
			continue
		}
		if i+1 >= len(b) {
			s.invalid++
			break
		}
		if fourByte && isGB18030Four(b[i:]) {
			i += 4
			continue
		}
		valid, freq := class(c, b[i+1])
		if !valid {
			s.invalid++
			i++
			continue
		}
		if freq {
			s.frequent++
		}
		i += 2
	}
	return s
}

func isGB18030Four(b []byte) bool {
	return len(b) >= 4 && b[0] >= 0x81 && b[0] <= 0xFE && b[1] >= 0x30 && b[1] <= 0x39 &&
		b[2] >= 0x81 && b[2] <= 0xFE && b[3] >= 0x30 && b[3] <= 0x39
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}
