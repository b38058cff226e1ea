package clean

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding/unicode"
)

const deepProse = "市人民医院今年新建了三个病区，全院床位增加到一千二百张，门诊量比去年同期增长百分之十五。"

// deepPage nests the article n <div>s deep, as generated markup that
// never closes its elements does.
func deepPage(n int) string {
	return "<html><head><title>市医院新建病区</title></head><body>" + strings.Repeat(`<div class="w">`, n) +
		"<p>" + deepProse + "</p><p>" + deepProse + "</p>" + strings.Repeat("</div>", n) + "</body></html>"
}

func TestFlattenMarkup(t *testing.T) {
	flat, dropped := flattenMarkup(deepPage(600), 256)
	if dropped != 600-(256-2)+2 { // below <html><body> and 254 divs: the other divs and both <p>
		t.Errorf("dropped %d tags", dropped)
	}
	if _, err := html.Parse(strings.NewReader(flat)); err != nil {
		t.Fatalf("flattened page still refused: %v", err)
	}
	if !strings.Contains(flat, deepProse) {
		t.Error("flattening lost the text")
	}
	same, n := flattenMarkup("<p>a<br>b</p></span><div>c</div>", 256)
	if n != 0 || same != "<p>a<br>b</p></span><div>c</div>" {
		t.Errorf("a shallow page changed: %q (%d dropped)", same, n)
	}
}

// Pages the parser or the decoder used to refuse are read, with a warning
// where the reader had to repair something.
func TestCleanReadsWhatItUsedToRefuse(t *testing.T) {
	c := New()
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	page := testPage("<title>市医院统一新建病区</title>", "<h1>市医院统一新建病区</h1>", "")
	tests := []struct {
		name, source string
		in           []byte
		warning      string
	}{
		{"nested deeper than 512", "deep.html", []byte(deepPage(700)), "nested deeper than the HTML parser's 512 elements"},
		{"UTF-16 markup without BOM, named .txt", "page.txt", encode(t, utf16le, page), "decoded from UTF-16LE"},
		{"declared UTF-8 with bad bytes", "bad.html",
			[]byte(strings.Replace(`<meta charset="utf-8">`+page, "新建了", "新建\xff了", 1)), "unreadable bytes replaced with U+FFFD: 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := c.Clean(tt.source, tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, "全院床位增加到一千二百张") || strings.Contains(a.Text, "<p>") {
				t.Errorf("text:\n%s", a.Text)
			}
			if !strings.Contains(strings.Join(a.Warnings, "\n"), tt.warning) {
				t.Errorf("warnings %q lack %q", a.Warnings, tt.warning)
			}
		})
	}
}

// A flattened page is always one the parser accepts, and keeps the text.
func FuzzFlattenMarkup(f *testing.F) {
	f.Add(deepPage(600))
	f.Add("<b><i><b><i><table><tr><td><b><i><p>x</table></b></i>")
	f.Add(strings.Repeat("<font><b>", 400) + "文字")
	f.Fuzz(func(t *testing.T, s string) {
		flat, _ := flattenMarkup(s, flattenDepth)
		if _, err := html.Parse(strings.NewReader(flat)); err != nil {
			t.Errorf("flattened page refused: %v", err)
		}
	})
}
