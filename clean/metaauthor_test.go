package clean

import (
	"slices"
	"testing"
)

// The author tag of a page is an author only when it holds a person's
// name: portals and papers put their own name there, or 未知.
func TestHTMLMetaAuthor(t *testing.T) {
	tests := []struct {
		name, author string
		want         []string
	}{
		{"a person", "周晓明", []string{"周晓明"}},
		{"a person, traditional", "盧曉明", []string{"卢晓明"}},
		{"a portal", "搜易", nil},
		{"a paper", "青山晚报", nil},
		{"a paper, traditional", "青山時報", nil},
		{"nobody signed", "未知", nil},
		{"nobody signed, traditional", "佚名", nil},
	}
	c := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><title>新院区启用</title><meta name="author" content="` + tt.author +
				`"></head><body><h1>新院区启用</h1><div class="content"><p>青山市人民医院今天启用新院区，设有病床八百张，首批开设十二个临床科室，方便周边居民就医。</p></div></body></html>`
			a, err := c.Clean("a.html", []byte(page))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(a.Authors, tt.want) {
				t.Errorf("authors = %q, want %q", a.Authors, tt.want)
			}
		})
	}
}

// A header's author field that says nobody signed names no author.
func TestHeaderAuthorsUnsigned(t *testing.T) {
	tests := []struct {
		header string
		want   []string
	}{
		{"2024-03-05 来源:青山网 作者:未知", nil},
		{"2024-03-05 來源:青山網 作者:佚名", nil},
		{"2024-03-05 来源:青山网 作者:周晓明", []string{"周晓明"}},
	}
	for _, tt := range tests {
		if got := headerAuthors(tt.header); !slices.Equal(got, tt.want) {
			t.Errorf("headerAuthors(%q) = %q, want %q", tt.header, got, tt.want)
		}
	}
}

// A photographer's credit in a header names no author, and a job title
// is no name.
func TestHeaderAuthorsPhotoAndTitles(t *testing.T) {
	tests := []struct {
		header string
		want   []string
	}{
		{"2024-03-05 摄影: 周晓明", nil},
		{"2024-03-05 攝影: 周曉明", nil},
		{"2024-03-05 记者 周晓明 摄影 李红", []string{"周晓明"}},
		{"2024-03-05 作者: 产品经理", nil},
		{"2024-03-05 作者: 欧阳小明", []string{"欧阳小明"}},
	}
	for _, tt := range tests {
		if got := headerAuthors(tt.header); !slices.Equal(got, tt.want) {
			t.Errorf("headerAuthors(%q) = %q, want %q", tt.header, got, tt.want)
		}
	}
}

// The unit before a lead's role word names the publisher only when it
// reads as one: a paper's reporter, not the hospital's staff reporter.
func TestLeadUnitAsSite(t *testing.T) {
	tests := []struct{ lead, site string }{
		{"（职工通讯员 周晓明）青山市人民医院今天启用新院区，设有病床八百张，方便周边居民就医。", ""},
		{"（職工通訊員 周曉明）青山市人民醫院今天啟用新院區，設有病床八百張，方便周邊居民就醫。", ""},
		{"（青山日报记者 周晓明）青山市人民医院今天启用新院区，设有病床八百张，方便周边居民就医。", "青山日报"},
		{"（青山日報記者 周曉明）青山市人民醫院今天啟用新院區，設有病床八百張，方便周邊居民就醫。", "青山日报"},
	}
	c := New()
	for _, tt := range tests {
		a, err := c.Clean("a.txt", []byte("新院区启用\n"+tt.lead+"\n新院区设有门诊、急诊和住院三个部分，另有停车位三百个。\n"))
		if err != nil {
			t.Fatal(err)
		}
		if a.Site != tt.site {
			t.Errorf("lead %q: site = %q, want %q", tt.lead, a.Site, tt.site)
		}
	}
}

// End to end, in both scripts: an outlet, the reporter and the place.
func TestCleanOutletPlaceByline(t *testing.T) {
	c := New()
	for _, line := range []string{"【某某傳媒、某某新聞網/周曉明/青山報導】", "【某某传媒/周晓明/青山报导】"} {
		a, err := c.Clean("a.txt", []byte("新院区启用\n2026-01-08\n"+line+"\n青山市人民医院今天启用新院区，设有病床八百张，首批开设十二个临床科室，方便周边居民就医。\n"))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Authors, []string{"周晓明"}) {
			t.Errorf("%s: authors = %q", line, a.Authors)
		}
	}
}
