package clean

import (
	"strings"
	"testing"

	"zhnews/clean/opencc"
)

func applyStep(s Step, in string) (string, *Report) {
	var rep Report
	return s.Apply(in, &rep), &rep
}

func TestStripPinyin(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"traditional, tone marks", "本溪市精準(zhǔn)檢驗中心", "本溪市精準檢驗中心"},
		{"simplified, tone marks", "精准(zhǔn)检验中心", "精准检验中心"},
		{"several in a row", "醫(yī)學(xué)科", "醫學科"},
		{"full-width parentheses", "醫（yī）院", "醫院"},
		{"two syllables", "檢驗(jiǎn yàn)中心", "檢驗中心"},
		{"toneless kept when alone", "方案(a)和方案(b)", "方案(a)和方案(b)"},
		{"reporters' names kept", "最大限度激發活力。(許芬 劉振)", "最大限度激發活力。(許芬 劉振)"},
		{"Chinese in parentheses kept", "人才評價辦法(試行)", "人才評價辦法(試行)"},
		{"place kept", "云南省州(市)级医院", "云南省州(市)级医院"},
		{"year kept", "绩效考核(2021)", "绩效考核(2021)"},
		{"English abbreviation kept", "录入HIS系统(HIS)", "录入HIS系统(HIS)"},
		{"English word kept", "服务中心(center)", "服务中心(center)"},
		{"after latin kept", "mdt(mǔ)", "mdt(mǔ)"},
		{"toneless with toned company", "醫(yī)院的(de)黨(dǎng)委", "醫院的黨委"},
		{"toneless mirror, simplified", "杭(hang)州(zhou)市(shi)第(di)一(yi)人(ren)民(min)医(yi)院", "杭州市第一人民医院"},
		{"toneless mirror, traditional", "杭(hang)州(zhou)市(shi)第(di)一(yi)人(ren)民(min)醫(yi)院", "杭州市第一人民醫院"},
		{"toneless mirror, full width", "南（nan）京（jing）鼓（gu）楼（lou）医（yi）院（yuan）", "南京鼓楼医院"},
		{"a note printed twice", "醫(yī)院(yuàn)(yuàn)的黨(dǎng)委", "醫院的黨委"},
		{"a toneless note printed twice in a mirror", "浦(pu)东(dong)新(xin)区(qu)(qu)人(ren)民(min)医(yi)院", "浦东新区人民医院"},
		{"a parenthesis after a note kept", "醫(yī)院(yuàn)(2021年)", "醫院(2021年)"},
		{"few toneless notes kept", "表(biao)中的列(lie)与行(hang)", "表(biao)中的列(lie)与行(hang)"},
		{"many one-letter labels kept", "甲(a)乙(e)丙(o)丁(a)戊(e)己(o)庚(a)", "甲(a)乙(e)丙(o)丁(a)戊(e)己(o)庚(a)"},
		{"nothing to do", "医院党委书记", "医院党委书记"},
		{"space inside, traditional", "精準(zhǔn )檢驗", "精準檢驗"},
		{"spaces around, simplified", "精准( zhǔn )检验", "精准检验"},
		{"space before the note", "精准 (zhǔn)检验", "精准检验"},
		{"full width, two syllables, space inside", "檢驗（jiǎn yàn ）中心", "檢驗中心"},
		{"tone numbers in company", "醫(yi1)院黨(dang3)委", "醫院黨委"},
		{"tone number alone kept", "型號(ma1)", "型號(ma1)"},
		{"one-letter label with a number kept", "方案(a1)与方案(b2)", "方案(a1)与方案(b2)"},
		{"language note kept", "磁共振(英语:magnetic resonance)", "磁共振(英语:magnetic resonance)"},
		{"year with unit kept", "绩效考核(2021年)", "绩效考核(2021年)"},
		{"an orphaned note in a mirror, traditional", "醫(yī)院領(lǐng)導(dǎo)王?míng)和李紅", "醫院領導王?和李紅"},
		{"an orphaned note in a mirror, simplified", "医(yī)院领(lǐng)导王\uFFFDmíng)和李红", "医院领导王\uFFFD和李红"},
		{"an orphaned note of two syllables", "醫(yī)院(yuàn)的?jiǎn yàn)中心", "醫院的?中心"},
		{"a question and a bracket outside a mirror kept", "王?míng)和李红", "王?míng)和李红"},
		{"a toneless word after a question mark kept", "醫(yī)院(yuàn)為何?an)", "醫院為何?an)"},
		{"a question mark before English kept", "醫(yī)院(yuàn)怎么办?(see note)", "醫院怎么办?(see note)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := applyStep(stripPinyin{}, tt.in); got != tt.want {
				t.Errorf("stripPinyin(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFoldWidth(t *testing.T) {
	tests := []struct{ in, want string }{
		{"设置２２个基层党支部", "设置22个基层党支部"},
		{"設置２２個基層黨支部", "設置22個基層黨支部"},
		{"满意度９９．７９％", "满意度99.79%"},
		{"ＨＩＳ系统", "HIS系统"},
		{"医院　党委", "医院 党委"},
		{"医院，党委。", "医院,党委。"},
		{"already narrow 123", "already narrow 123"},
		{"记者王晓明∕青山报导", "记者王晓明/青山报导"},
		{"記者王曉明⁄青山報導", "記者王曉明/青山報導"},
		{"記者王曉明／青山報導", "記者王曉明/青山報導"},
		{"◎首页 │◎新闻 │◎院务公开 │", "◎首页 |◎新闻 |◎院务公开 |"},
	}
	for _, tt := range tests {
		if got, _ := applyStep(foldWidth{}, tt.in); got != tt.want {
			t.Errorf("foldWidth(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestToSimplifiedStep(t *testing.T) {
	step := toSimplified{conv: opencc.Default()}
	tests := []struct{ in, want, script string }{
		{"醫院黨委書記蘇丙賀介紹", "医院党委书记苏丙贺介绍", "hant"},
		{"医院党委书记苏丙贺介绍", "医院党委书记苏丙贺介绍", "hans"},
		{"設9個黨總支、54個黨支部", "设9个党总支、54个党支部", "hant"},
		{"他的頭髮乾淨", "他的头发干净", "hant"},
		// 著: the particle and zhuó become 着, zhù stays.
		{"院長撫摸著合訂本,秉持著理念,著手規劃", "院长抚摸着合订本,秉持着理念,着手规划", "hant"},
		{"這位著名醫師著作等身,成效顯著", "这位著名医师著作等身,成效显著", "hant"},
		{"医院以著名专家著称", "医院以著名专家著称", "hans"},
		// Variants OpenCC leaves alone.
		{"陜西省青山醫院衞生院", "陕西省青山医院卫生院", "hant"},
	}
	for _, tt := range tests {
		got, rep := applyStep(step, tt.in)
		if got != tt.want || rep.Script != tt.script {
			t.Errorf("toSimplified(%q) = %q %s, want %q %s", tt.in, got, rep.Script, tt.want, tt.script)
		}
	}
}

func TestRepairMojibake(t *testing.T) {
	step := repairMojibake{conv: opencc.Default()}
	tests := []struct {
		name, in, want string
		repaired       int
	}{
		// 。”醫 = A1A3 A1B1 E174, read one byte late: ? A3A1 B1E1 74.
		{"quote and character", "討論決定?!贬t(yī)院黨委", "討論決定。”醫(yī)院黨委", 1},
		{"full-width exclamation kept as such", "討論決定?！贬t(yī)院", "討論決定。”醫(yī)院", 1},
		// 。基于“ with a lost byte and a private-use pair dropped.
		{"semicolon start", "二是加強基層黨組織建設,築牢堅強戰鬥堡壘?;凇耙辉憾鄥^(qū)管理模式", "二是加強基層黨組織建設,築牢堅強戰鬥堡壘。", 1},
		{"typed question mark kept", "你好嗎?我很好。", "你好嗎?我很好。", 0},
		{"question mark before space kept", "真的嗎? 是的", "真的嗎? 是的", 0},
		{"question mark at end kept", "這是什麼?", "這是什麼?", 0},
		{"simplified text untouched", "医院党委书记苏丙贺介绍。", "医院党委书记苏丙贺介绍。", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rep := applyStep(step, tt.in)
			if !strings.HasPrefix(got, tt.want) {
				t.Errorf("repairMojibake(%q) = %q, want it to start %q", tt.in, got, tt.want)
			}
			if n := rep.counts[countMojibakeRepaired]; n != tt.repaired {
				t.Errorf("repaired %d runs, want %d", n, tt.repaired)
			}
		})
	}
}

func TestChainOrder(t *testing.T) {
	c := New()
	if got := c.Steps(); got != "repair-mojibake → strip-pinyin → fold-width → strip-jammer → to-simplified" {
		t.Errorf("chain = %s", got)
	}
	var rep Report
	got := c.chain.Apply("討論決定?!贬t(yī)院黨委書記蘇丙賀介紹，精準(zhǔn)檢驗", &rep)
	if want := "讨论决定。”医院党委书记苏丙贺介绍,精准检验"; got != want {
		t.Errorf("chain = %q, want %q", got, want)
	}
	if w := strings.Join(rep.Warnings(), "; "); !strings.Contains(w, "GBK mojibake runs repaired: 1") || !strings.Contains(w, "pinyin annotations removed: 2") {
		t.Errorf("warnings = %s", w)
	}
}

func benchStep(b *testing.B, s Step) {
	text := string(readArticle(b, "000_ed6c36d06539c8bf.txt"))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var rep Report
		s.Apply(text, &rep)
	}
}

func BenchmarkRepairMojibake(b *testing.B) { benchStep(b, repairMojibake{conv: opencc.Default()}) }
func BenchmarkStripPinyin(b *testing.B)    { benchStep(b, stripPinyin{}) }
func BenchmarkFoldWidth(b *testing.B)      { benchStep(b, foldWidth{}) }
func BenchmarkStripJammer(b *testing.B)    { benchStep(b, stripJammer{}) }
func BenchmarkToSimplified(b *testing.B)   { benchStep(b, toSimplified{conv: opencc.Default()}) }

func TestGBKRune(t *testing.T) {
	tests := []struct {
		lead, trail byte
		want        rune
		ok          bool
	}{
		{0xD2, 0xBD, '医', true},
		{0xB5, 0xB3, '党', true},
		{0xA1, 0xA3, '。', true},
		{0x81, 0x40, '丂', true},
		{0xA1, 0x7F, 0, false}, // 0x7F is never a trail byte
		{0x80, 0x40, 0, false}, // nor 0x80 a lead
		{0xAA, 0xA1, 0, false}, // private use
		{0xFE, 0xFF, 0, false},
	}
	for _, tt := range tests {
		got, ok := gbkRune(tt.lead, tt.trail)
		if got != tt.want || ok != tt.ok {
			t.Errorf("gbkRune(%X, %X) = %q, %v; want %q, %v", tt.lead, tt.trail, got, ok, tt.want, tt.ok)
		}
	}
}

func TestStripJammer(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"run glued before a sentence", "超过五百人。\n$ e  p  Q8 s) X) G9 |内科病床方面,占用率百分之九十。", "超过五百人。\n内科病床方面,占用率百分之九十。"},
		{"run after a sentence", "病床占用率均为百分之一百。 G& g' v! U0 d7 V2 W3 d\n下一段。", "病床占用率均为百分之一百。\n下一段。"},
		{"forum keywords glued before the run", "占用率均为百分之一百。tvb now,tvbnow,bt: G& g' v! U0 d7 V2 W3 d\n下一段。", "占用率均为百分之一百。\n下一段。"},
		{"English before a run kept when it is no keyword list", "医院 Hospital Authority G& g' v! U0 d7 V2 W3 d\n下一段。", "医院 Hospital Authority\n下一段。"},
		{"run alone on a line, traditional", "雙和醫院試營運\n' ?; t` ]/ _/ P# x |8 q( B: y\n更新日期", "雙和醫院試營運\n\n更新日期"},
		{"run between two words keeps a space", "青山 6 P( B8 F' d3 X5 a& t0 W 医院", "青山 医院"},
		{"list of numbers kept", "评分依次为 1, 2, 3, 4, 5 分。", "评分依次为 1, 2, 3, 4, 5 分。"},
		{"initials kept", "参赛队员 A B C D E F 六人。", "参赛队员 A B C D E F 六人。"},
		{"table cells kept", "| 1 | 2 | 3 | 4 | 5 |", "| 1 | 2 | 3 | 4 | 5 |"},
		{"sizes kept", "字号 A- A+ 大 中 小", "字号 A- A+ 大 中 小"},
		{"nothing to do", "医院党委书记", "医院党委书记"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := applyStep(stripJammer{}, tt.in); got != tt.want {
				t.Errorf("stripJammer(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// End to end, in both scripts: a mirror's orphaned note leaves the text
// with its siblings.
func TestCleanOrphanedPinyinNote(t *testing.T) {
	c := New()
	for _, dump := range []string{
		"青山醫(yī)院新樓奠基\n近日,青山市婦幼保健院新樓舉行奠基儀(yí)式。市領(lǐng)導(dǎo)王?míng)、李紅等參加奠基儀式並為項目培土,項目設床位500張。\n",
		"青山医(yī)院新楼奠基\n近日,青山市妇幼保健院新楼举行奠基仪(yí)式。市领(lǐng)导(dǎo)王?míng)、李红等参加奠基仪式并为项目培土,项目设床位500张。\n",
	} {
		a, err := c.Clean("mirror.txt", []byte(dump))
		if err != nil {
			t.Fatal(err)
		}
		checkText(t, a.Text, []string{"市领导王?、李红等参加奠基仪式"}, []string{"míng)", "(lǐng)"})
	}
}
