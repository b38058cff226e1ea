package clean

import "testing"

// The dump's last line, cut off by the store inside a paragraph, is read
// as a paragraph; a short line or one without a clause's comma is not.
func TestMarkCutLastParagraph(t *testing.T) {
	lead := "5月7日,青山县人民医院新院区建设项目正式开工,计划设置床位600张,总投资约两亿元,县领导出席仪式。"
	for _, tc := range []struct {
		name, last string
		prose      bool
	}{
		{"a clause cut off", "青山县人民医院院长王晓明指出,新院区将于年底前投入", true},
		{"a clause cut off, traditional", "青山縣人民醫院院長王曉明指出,新院區將於年底前投入", true},
		{"a full-width comma", "青山县人民医院院长王晓明指出，新院区将于年底前投入", true},
		{"too short", "院长指出,新院区将", false},
		{"no comma", "青山县人民医院院长王晓明指出新院区将于年底前投入", false},
		{"a comma before a number", "青山县人民医院新院区开工仪式,2025年5月7日", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cls := classifyLines([]string{"青山县人民医院新院区开工", lead, "", tc.last, ""})
			if got := cls[3].kind == kindProse; got != tc.prose {
				t.Errorf("%q: kind %v, want prose %v", tc.last, cls[3].kind, tc.prose)
			}
		})
	}
}

// End to end, in both scripts: the cut paragraph stays in the text.
func TestCleanCutLastParagraph(t *testing.T) {
	c := New()
	for _, tc := range []struct{ dump, keep string }{
		{"青山县人民医院新院区开工\n5月7日,青山县人民医院新院区建设项目正式开工,计划设置床位600张,总投资约两亿元,县领导出席仪式。\n    青山县人民医院院长王晓明指出,新院区将于年底前投入\n", "院长王晓明指出,新院区将于年底前投入"},
		{"青山縣人民醫院新院區開工\n5月7日,青山縣人民醫院新院區建設項目正式開工,計劃設置床位600張,總投資約兩億元,縣領導出席儀式。\n    青山縣人民醫院院長王曉明指出,新院區將於年底前投入\n", "院长王晓明指出,新院区将于年底前投入"},
	} {
		a, err := c.Clean("cut.txt", []byte(tc.dump))
		if err != nil {
			t.Fatal(err)
		}
		checkText(t, a.Text, []string{tc.keep}, nil)
	}
}
