package clean

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

func readArticle(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "articles", name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func encode(tb testing.TB, e encoding.Encoding, s string) []byte {
	tb.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func TestDecode(t *testing.T) {
	simp := "医院党委书记苏丙贺介绍，医院现有职工1572名。"
	trad := "醫院黨委書記蘇丙賀介紹，醫院現有職工1572名。"
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	tests := []struct {
		name     string
		in       []byte
		declared string
		want     string
		enc      string
	}{
		{"UTF-8", []byte(simp), "", simp, encUTF8},
		{"UTF-8 with BOM", append([]byte("\ufeff"), simp...), "", simp, encUTF8},
		{"UTF-16LE with BOM", append([]byte{0xFF, 0xFE}, encode(t, utf16le, simp)...), "", simp, encUTF16LE},
		{"UTF-16BE with BOM", append([]byte{0xFE, 0xFF}, encode(t, utf16be, trad)...), "", trad, encUTF16BE},
		{"UTF-16LE without BOM", encode(t, utf16le, "<p>"+simp+"</p>\n"), "", "<p>" + simp + "</p>\n", encUTF16LE},
		// 一 (U+4E00) puts a zero byte where ASCII does in the other order.
		{"UTF-16LE without BOM, with 一", encode(t, utf16le, "<p>医院统一设立一个门诊部。</p>\n"), "", "<p>医院统一设立一个门诊部。</p>\n", encUTF16LE},
		{"UTF-16BE without BOM, traditional", encode(t, utf16be, "<p>"+trad+"</p>"), "", "<p>" + trad + "</p>", encUTF16BE},
		{"UTF-16LE without BOM, Han only", encode(t, utf16le, "一院一策统一规划一体推进医联体建设医院统一管理一线科室"), "", "一院一策统一规划一体推进医联体建设医院统一管理一线科室", encUTF16LE},
		{"UTF-16LE without BOM, truncated by a byte", append(encode(t, utf16le, "<p>"+simp+"</p>"), 'x'), "", "<p>" + simp + "</p>", encUTF16LE},
		{"GB18030 simplified", encode(t, simplifiedchinese.GB18030, simp), "", simp, encGB18030},
		{"GBK traditional", encode(t, simplifiedchinese.GBK, trad), "", trad, encGB18030},
		{"Big5 traditional", encode(t, traditionalchinese.Big5, trad), "", trad, encBig5},
		{"declared gb2312, really UTF-8", []byte(simp), "gbk", simp, encUTF8},
		{"declared big5, really GB18030", encode(t, simplifiedchinese.GB18030, simp), "big5", simp, encGB18030},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decode(tt.in, tt.declared)
			if err != nil {
				t.Fatal(err)
			}
			if got.String() != tt.want || got.encoding != tt.enc {
				t.Errorf("decode = %q (%s), want %q (%s)", got.String(), got.encoding, tt.want, tt.enc)
			}
		})
	}
}

// A UTF-8 page with scattered bad bytes is read, each bad byte replaced
// and counted; a GBK page that wrongly declares UTF-8 is still read as
// GBK.
func TestDecodeDamagedUTF8(t *testing.T) {
	good := "<p>医院党委书记介绍，医院现有职工1572名，下设九个党支部，共有党员322名。</p>"
	// Five stray bytes between characters.
	damaged := []byte(good + "\xff" + good + "\xfe\xff" + good + "\x80\xc3")
	tests := []struct {
		name, declared string
		in             []byte
		enc            string
		replaced       int
	}{
		{"declared UTF-8, five bad bytes", "utf-8", damaged, encUTF8, 5},
		{"undeclared, five bad bytes", "", damaged, encUTF8, 5},
		{"GBK declared UTF-8", "utf-8", encode(t, simplifiedchinese.GBK, good), encGB18030, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decode(tt.in, tt.declared)
			if err != nil {
				t.Fatal(err)
			}
			if got.encoding != tt.enc || got.replaced != tt.replaced {
				t.Errorf("decode = %s with %d replaced, want %s with %d", got.encoding, got.replaced, tt.enc, tt.replaced)
			}
			if n := strings.Count(got.String(), "\uFFFD"); n != tt.replaced {
				t.Errorf("%d U+FFFD in the text, want %d", n, tt.replaced)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"white space", []byte(" \n\t\r\n"), ErrEmpty},
		{"binary with NULs", []byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e}, ErrBinary},
		{"control bytes", []byte{1, 2, 3, 4, 5, 6, 7, 8, 'a', 'b'}, ErrBinary},
		{"no encoding", []byte{0x80, 0xff, 0x80, 0xff, 0x80, 0xff, 0x80, 0xff, 0x80, 0xff, 'a', 0xff, 0x30, 0xff, 0x22}, ErrEncoding},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decode(tt.in, "")
			if !errors.Is(err, tt.want) {
				t.Errorf("decode error = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestDeclaredCharset(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<meta charset="gb2312">`, "gbk"},
		{`<meta http-equiv="Content-Type" content="text/html; charset=GBK">`, "gbk"},
		{`<?xml version="1.0" encoding="big5"?>`, "big5"},
		{`<meta charset=utf-8>`, "utf-8"},
		{`<p>no declaration</p>`, ""},
		{`<meta charset="klingon">`, ""},
	}
	for _, tt := range tests {
		if got := declaredCharset([]byte(tt.in)); got != tt.want {
			t.Errorf("declaredCharset(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("医院"), "")
	f.Add([]byte{0xFF, 0xFE, 0x00}, "")
	f.Add([]byte{0xB0, 0xA1, 0xA4, 0x40}, "big5")
	f.Add([]byte{'<', 0, 'p', 0, '>', 0, 0x00, 0x4E, 0x2D, 0x4E, 0x3D, 0xD8, 0x00, 0xDE, 'x'}, "")
	f.Add([]byte("<p>医院\xff党委\xfe书记</p>"), "utf-8")
	f.Fuzz(func(t *testing.T, b []byte, declared string) {
		d, err := decode(b, declared) // must not panic
		if err != nil {
			return
		}
		if !utf8.ValidString(d.String()) {
			t.Errorf("decode gave invalid UTF-8 from %q", b)
		}
		if d.replaced < 0 {
			t.Errorf("replaced = %d", d.replaced)
		}
	})
}

func BenchmarkDecodeGB18030(b *testing.B) {
	text := encode(b, simplifiedchinese.GB18030, string(readArticle(b, "004_d4549ff23c5fed17.txt")))
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		decode(text, "")
	}
}

// The word-at-a-time count equals a byte-by-byte count.
func FuzzControlRatio(f *testing.F) {
	f.Add([]byte("医院\n\t\x01\x1f\x20abc\x00\x1b\x7f\xff"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) == 0 {
			return
		}
		n := 0
		for _, c := range b {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
				n++
			}
		}
		if got, want := controlRatio(b), float64(n)/float64(len(b)); got != want {
			t.Errorf("controlRatio(%q) = %v, want %v", b, got, want)
		}
	})
}
