package clean

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func TestCleanPlainText(t *testing.T) {
	c := New()
	tests := []struct {
		file        string
		title       string
		published   string
		site        string
		authors     []string
		script      string
		contains    []string
		notContains []string
	}{
		{
			file: "000_ed6c36d06539c8bf.txt", script: "hant",
			contains:    []string{"精准检验中心正式成立", "集体讨论决定。”医院党委书记苏丙贺介绍", "精心设置22个基层党支部、66个党小组"},
			notContains: []string{"(zhǔn)", "黨", "醫院", "?!贬t"},
		},
		{
			file: "002_6ed5eb8eb6b52cf2.txt", script: "hans",
			title: "【荣誉榜】“党建+文化”揭榜!看看你家医院上榜没", published: "2021-02-22", site: "健康县域传媒",
			contains:    []string{"01 湖北大冶市人民医院", "征途漫漫,惟有奋斗"},
			notContains: []string{"43501613271617908", "打赏金额", "责任编辑", "为你推荐", "A+"},
		},
		{
			file: "003_a59e9eceaa451d44.txt", script: "hans",
			title: "德州市立医院:党建引领打造百姓满意的医院", authors: []string{"滕璐", "杨梅"},
			contains:    []string{"目前,医院有党员260名,下设7个党支部"},
			notContains: []string{"版权与免责声明", "请主动与本网联系", "本报记者"},
		},
		{
			file: "004_d4549ff23c5fed17.txt", script: "hans",
			title: "党建有活力 发展添动力", authors: []string{"罗成建"},
			contains:    []string{"普洱市人民医院在全国1521家三级综合医院中位列第357名"},
			notContains: []string{"记者 罗成建"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a, err := c.Clean(tt.file, readArticle(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.Published != tt.published || a.Site != tt.site || a.Script != tt.script {
				t.Errorf("title %q published %q site %q script %q", a.Title, a.Published, a.Site, a.Script)
			}
			if tt.authors == nil {
				tt.authors = []string{}
			}
			if !reflect.DeepEqual(a.Authors, tt.authors) {
				t.Errorf("authors = %v, want %v", a.Authors, tt.authors)
			}
			checkText(t, a.Text, tt.contains, tt.notContains)
		})
	}
}

func TestCleanHTML(t *testing.T) {
	c := New()
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("..", "testdata", "html", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a, err := c.Clean("hospital_news.html", read("hospital_news.html"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "湖北大冶市人民医院党建工作纪实" || a.Published != "2023-06-18" || a.Site != "示例新闻网" {
		t.Errorf("title %q published %q site %q", a.Title, a.Published, a.Site)
	}
	if !reflect.DeepEqual(a.Authors, []string{"王晓明", "李红"}) {
		t.Errorf("authors = %v", a.Authors)
	}
	checkText(t, a.Text, []string{"医院党委下辖5个党总支、10个党支部,共211名党员", "排名第一"},
		[]string{"首页", "搜索", "相关新闻", "某某医院召开", "发表评论", "版权所有", "请点击广告", "分享到", "责任编辑"})

	b, err := c.Clean("split_body.htm", read("split_body.htm"))
	if err != nil {
		t.Fatal(err)
	}
	if b.Title != "福清市医院党建引领促发展" || b.Published != "2021-02-22" || b.Script != "hant" {
		t.Errorf("title %q published %q script %q", b.Title, b.Published, b.Script)
	}
	for _, s := range []string{"福建省福清市医院创立于1900年", "共有中共党员322名", "第一时间成立了五个党员先锋队"} {
		if !strings.Contains(b.Text, s) {
			t.Errorf("text lacks %q:\n%s", s, b.Text)
		}
	}
	if strings.Contains(b.Text, "首页") || strings.Contains(b.Text, "Copyright") {
		t.Errorf("text keeps chrome:\n%s", b.Text)
	}
}

// The same article saved in another encoding gives the identical record.
func TestCleanSameInEveryEncoding(t *testing.T) {
	c := New()
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no articles in testdata/articles")
	}
	utf16 := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		want, err := c.Clean(f, raw)
		if err != nil {
			t.Fatal(err)
		}
		for name, enc := range map[string][]byte{
			"GB18030":  encode(t, simplifiedchinese.GB18030, string(raw)),
			"UTF-16LE": encode(t, utf16, string(raw)),
		} {
			got, err := c.Clean(f, enc)
			if err != nil {
				t.Fatalf("%s as %s: %v", filepath.Base(f), name, err)
			}
			if got.Text != want.Text || got.ID != want.ID || got.Title != want.Title || got.Script != want.Script {
				t.Errorf("%s as %s differs from UTF-8", filepath.Base(f), name)
			}
		}
	}
}

func TestCleanErrorsNameTheFile(t *testing.T) {
	c := New()
	for _, tt := range []struct {
		in   []byte
		want error
	}{
		{nil, ErrEmpty},
		{[]byte("\x00\x01\x02binary\x00"), ErrBinary},
		{[]byte("<html><body><script>x()</script></body></html>"), ErrNoText},
	} {
		_, err := c.Clean("dump/a.txt", tt.in)
		if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), "dump/a.txt") {
			t.Errorf("error %v, want %v naming the file", err, tt.want)
		}
	}
}

func ExampleCleaner_Clean() {
	a, _ := New().Clean("a.txt", []byte("醫院黨建工作\n醫院現有職工1572名，黨委下設九個支部。\n"))
	fmt.Println(a.Title, a.Script)
	fmt.Println(a.Text)
	// Output:
	// 医院党建工作 hant
	// 医院现有职工1572名,党委下设九个支部。
}

func FuzzClean(f *testing.F) {
	f.Add([]byte("醫院黨建工作\n醫院現有職工1572名"), "a.txt")
	f.Add([]byte("<html><title>t</title><body><p>医院有党员260名，下设7个党支部。</p></body></html>"), "a.html")
	f.Add([]byte{0xFF, 0xFE, 0x3D, 0xD8}, "b.txt")
	f.Add([]byte("討論決定?!贬t(yī)院"), "c.txt")
	f.Add([]byte(deepPage(520)), "deep.html")
	f.Add([]byte("<p>\xff医院<span>发布时间：18-03-08</span><span>23:16</span></p><script>var ct = \"1581517074\";</script>"), "d.html")
	f.Add([]byte{'<', 0, 'p', 0, '>', 0, 0x00, 0x4E, 0x2D, 0x4E, 0x3D, 0xD8, 0x00, 0xDE}, "e.txt")
	c := New()
	f.Fuzz(func(t *testing.T, b []byte, name string) {
		a, err := c.Clean(name, b)
		if err == nil && a.Text == "" {
			t.Error("no error and no text")
		}
		if err != nil && !strings.Contains(err.Error(), name) {
			t.Errorf("error %q does not name the file %q", err, name)
		}
		for _, s := range append([]string{a.Text, a.Title, a.Published, a.Site}, a.Warnings...) {
			if !utf8.ValidString(s) {
				t.Errorf("invalid UTF-8 in the record: %q", s)
			}
		}
	})
}

func BenchmarkCleanText(b *testing.B) {
	c := New()
	raw := readArticle(b, "000_ed6c36d06539c8bf.txt")
	b.SetBytes(int64(len(raw)))
	for i := 0; i < b.N; i++ {
		c.Clean("000.txt", raw)
	}
}

func BenchmarkCleanHTML(b *testing.B) {
	c := New()
	raw, err := os.ReadFile(filepath.Join("..", "testdata", "html", "hospital_news.html"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	for i := 0; i < b.N; i++ {
		c.Clean("a.html", raw)
	}
}

// checkText reports the strings of keep that text lacks and those of
// drop that it holds.
func checkText(t *testing.T, text string, keep, drop []string) {
	t.Helper()
	for _, s := range keep {
		if !strings.Contains(text, s) {
			t.Errorf("text lacks %q:\n%s", s, text)
		}
	}
	for _, s := range drop {
		if strings.Contains(text, s) {
			t.Errorf("text keeps %q:\n%s", s, text)
		}
	}
}
