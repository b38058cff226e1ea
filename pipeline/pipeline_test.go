package pipeline

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"zhnews/dedupe"
	"zhnews/source"
)

func TestProcess(t *testing.T) {
	st, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile("../testdata/html/hospital_news.html")
	if err != nil {
		t.Fatal(err)
	}
	text := "示范医院召开年度总结大会\n\n2023年5月6日，示范市第一人民医院召开大会。该院现有党员1200名，开放床位2000张。"
	tests := []struct {
		name    string
		item    source.Item
		wantErr string
		check   func(t *testing.T, title, source, simhash string, facts int)
	}{
		{name: "read error is named", item: source.Item{Name: "gone.txt", Err: errors.New("no such file")}, wantErr: "read gone.txt: no such file"},
		{name: "empty input", item: source.Item{Name: "empty.txt", Data: []byte("   ")}, wantErr: "empty.txt"},
		{name: "plain text", item: source.Item{Name: "a.txt", Data: []byte(text)}, check: func(t *testing.T, title, src, simhash string, facts int) {
			if src != "a.txt" || len(simhash) != 16 || facts == 0 {
				t.Errorf("source %q simhash %q facts %d", src, simhash, facts)
			}
		}},
		{name: "html by hint, no extension", item: source.Item{Name: "https://example.test/a", Data: page, Hints: source.Hints{HTML: true, Title: "提示的标题"}}, check: func(t *testing.T, title, src, simhash string, facts int) {
			if src != "https://example.test/a" || title == "" || strings.Contains(title, "<") {
				t.Errorf("source %q title %q", src, title)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, tokens, err := st.ProcessTokens(tt.item)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(tokens) == 0 {
				t.Error("no tokens")
			}
			b, err := st.Process(tt.item)
			if err != nil || !reflect.DeepEqual(a, b) {
				t.Errorf("Process and ProcessTokens differ: %v", err)
			}
			tt.check(t, a.Title, a.Source, a.SimHash, len(a.Facts))
		})
	}
}

// A fetched page's record says when it was fetched; a file's does not.
func TestProcessKeepsFetchTime(t *testing.T) {
	st, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	text := []byte("示范医院召开年度总结大会\n\n2023年5月6日，示范市第一人民医院召开大会。该院现有党员1200名，开放床位2000张。")
	at := time.Date(2024, 3, 5, 8, 9, 10, 0, time.FixedZone("CST", 8*3600))
	a, err := st.Process(source.Item{Name: "https://example.test/a", Data: text, Hints: source.Hints{Fetched: at}})
	if err != nil {
		t.Fatal(err)
	}
	if a.Fetched != "2024-03-05T00:09:10Z" {
		t.Errorf("fetched %q, want 2024-03-05T00:09:10Z", a.Fetched)
	}
	b, err := st.Process(source.Item{Name: "a.txt", Data: text})
	if err != nil {
		t.Fatal(err)
	}
	if b.Fetched != "" {
		t.Errorf("a file's record says fetched %q", b.Fetched)
	}
}

// The SimHash is made of the cleaned text, which is in simplified script:
// an article in traditional script hashes like its simplified original,
// and a reprint of either with another site's header and footer lies
// within dedupe.MaxDistance; an article on another subject of the same
// field does not. The texts are written for this test.
func TestSimHashAcrossScripts(t *testing.T) {
	st, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	const (
		opening    = "本报讯 3月18日上午,青山市人民医院东院区正式启用。新院区总建筑面积12.6万平方米,编制床位800张,设有急诊中心、手术中心和儿童诊疗中心。医院党委书记王建国在启用仪式上表示,新院区将缓解老院区就诊压力,让周边群众就近享受优质医疗服务。据介绍,东院区开诊首日接诊门诊患者1200余人次,完成手术15台。医院还开通了两条公交专线,方便患者往返两个院区。下一步,医院将继续推进智慧医院建设,提升预约诊疗和检查检验结果互认水平。"
		openingTW  = "本報訊 3月18日上午,青山市人民醫院東院區正式啟用。新院區總建築面積12.6萬平方米,編制床位800張,設有急診中心、手術中心和兒童診療中心。醫院黨委書記王建國在啟用儀式上表示,新院區將緩解老院區就診壓力,讓周邊群眾就近享受優質醫療服務。據介紹,東院區開診首日接診門診患者1200餘人次,完成手術15台。醫院還開通了兩條公交專線,方便患者往返兩個院區。下一步,醫院將繼續推進智慧醫院建設,提升預約診療和檢查檢驗結果互認水平。"
		festival   = "近日,青山市中医医院举办第三届膏方节活动。活动现场,20余名中医专家为市民提供体质辨识和膏方咨询服务,并开展养生讲座。医院院长李红梅介绍,膏方是中医传统剂型之一,适合慢性病患者和体质虚弱人群在冬季调养。今年医院共开具膏方3000余料,较去年增长两成。医院提醒市民,服用膏方前应当由中医师辨证开方,切勿盲目跟风进补。活动期间,医院还组织专家走进社区,为老年人免费测量血压血糖。"
		festivalTW = "近日,青山市中醫醫院舉辦第三屆膏方節活動。活動現場,20餘名中醫專家為市民提供體質辨識和膏方諮詢服務,並開展養生講座。醫院院長李紅梅介紹,膏方是中醫傳統劑型之一,適合慢性病患者和體質虛弱人群在冬季調養。今年醫院共開具膏方3000餘料,較去年增長兩成。醫院提醒市民,服用膏方前應當由中醫師辨證開方,切勿盲目跟風進補。活動期間,醫院還組織專家走進社區,為老年人免費測量血壓血糖。"
	)
	hash := func(text string) uint64 {
		t.Helper()
		a, err := st.Process(source.Item{Name: "simhash.txt", Data: []byte(text)})
		if err != nil {
			t.Fatal(err)
		}
		h, err := dedupe.Parse(a.SimHash)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	frame := func(text string) string {
		return "来源:青山日报 编辑:周敏\n" + text + "\n(责任编辑:吴刚)"
	}
	for _, c := range []struct {
		name string
		a, b string
		near bool
	}{
		{"opening, traditional", opening, openingTW, true},
		{"opening, traditional reprint", opening, frame(openingTW), true},
		{"opening, reprint", opening, frame(opening), true},
		{"festival, traditional", festival, festivalTW, true},
		{"festival, traditional reprint", festivalTW, frame(festival), true},
		{"opening, a figure changed", opening, strings.Replace(openingTW, "1200", "1300", 1), true},
		{"festival, a figure changed", festivalTW, strings.Replace(festival, "3000", "3500", 1), true},
		{"opening, a sentence dropped", opening, strings.Replace(openingTW, "醫院還開通了兩條公交專線,方便患者往返兩個院區。", "", 1), true},
		{"another subject", opening, festival, false},
		{"another subject, traditional", openingTW, festivalTW, false},
	} {
		d := dedupe.Distance(hash(c.a), hash(c.b))
		if c.near && d > dedupe.MaxDistance || !c.near && d <= 2*dedupe.MaxDistance {
			t.Errorf("%s: %d bits apart, want near: %v", c.name, d, c.near)
		}
		if testing.Verbose() {
			t.Logf("%s: %d bits", c.name, d)
		}
	}
}
