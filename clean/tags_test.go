package clean

import "testing"

func TestStripMarkup(t *testing.T) {
	tests := []struct{ in, want string }{
		{`1. <strike id="qs12"></strike>`, "1. "},
		{`<blockquote id="qs12"></blockquote>`, ""},
		{`青山医院举行大会。</p>`, "青山医院举行大会。"},
		{`院长致辞<br/>全院职工参加`, "院长致辞全院职工参加"},
		{`<font color='red'>青山醫院</font>舉行院慶`, "青山醫院舉行院慶"},
		{`<!-- 正文开始 -->青山医院`, "青山医院"},
		{`满意度&nbsp;98%`, "满意度 98%"},
		{`<正>青山市现有公立医院4家。`, "青山市现有公立医院4家。"},
		// A tag the dump cut at the line's end or start.
		{`医院将继续开展义诊。</`, "医院将继续开展义诊。"},
		{`醫院將繼續開展義診。</di`, "醫院將繼續開展義診。"},
		{`现有职工2000余人。<br`, "现有职工2000余人。"},
		{`现有职工2000余人。<p style="text-indent:2em`, "现有职工2000余人。"},
		{`/p>医院将继续开展义诊。`, "医院将继续开展义诊。"},
		{`br/>醫院將繼續開展義診。`, "醫院將繼續開展義診。"},
		{`比例为 a<b`, `比例为 a<b`},
		{`Top>医院`, `Top>医院`},
		// A wiki mirror's section edit links.
		{`[编辑]1990年10月,董事会决议兴建医院。`, "1990年10月,董事会决议兴建医院。"},
		{`历史[编辑源代码]`, "历史"},
		// Comparisons and brackets are text.
		{`死亡率<5%,治愈率>90%`, `死亡率<5%,治愈率>90%`},
		{`a < b 且 c > d`, `a < b 且 c > d`},
		{`《青山日报》<第3版>`, `《青山日报》<第3版>`},
		{`R&D 投入`, `R&D 投入`},
	}
	for _, tt := range tests {
		if got := stripMarkup(tt.in); got != tt.want {
			t.Errorf("stripMarkup(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
