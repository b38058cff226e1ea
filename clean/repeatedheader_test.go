package clean

import "testing"

// A block of header lines printed twice is a widget: its lines are read
// as a menu. One line printed twice, or a block printed once, is not.
func TestMarkRepeatedHeaderBlocks(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		menu  []int // the lines read as a menu
	}{
		{"a widget printed twice", []string{"招聘信息_人事处", "2025年度第3期护士招聘简章", "王晓明", "招聘信息_人事处", "2025年度第3期护士招聘简章", "王晓明", "", "5月7日,青山县人民医院新院区建设项目正式开工,计划设置床位600张,总投资约两亿元。"}, []int{0, 1, 2, 3, 4, 5}},
		{"a widget printed twice, traditional", []string{"招聘資訊_人事處", "2025年度第3期護士招聘簡章", "招聘資訊_人事處", "2025年度第3期護士招聘簡章", "5月7日,青山縣人民醫院新院區建設項目正式開工,計劃設置床位600張,總投資約兩億元。"}, []int{0, 1, 2, 3}},
		{"the headline printed twice", []string{"青山县人民医院新院区开工", "青山县人民医院新院区开工", "2025-05-08", "5月7日,青山县人民医院新院区建设项目正式开工,计划设置床位600张,总投资约两亿元。"}, nil},
		{"a block printed once", []string{"招聘信息_人事处", "2025年度第3期护士招聘简章", "青山县人民医院新院区开工", "2025-05-08", "5月7日,青山县人民医院新院区建设项目正式开工,计划设置床位600张,总投资约两亿元。"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cls := classifyLines(tc.lines)
			want := map[int]bool{}
			for _, i := range tc.menu {
				want[i] = true
			}
			for i, c := range cls {
				if got := c.kind == kindNavBar; got != want[i] {
					t.Errorf("line %d %q: kind %v, want menu %v", i, c.text, c.kind, want[i])
				}
			}
		})
	}
}

// End to end, in both scripts: the widget printed twice above the lead
// gives no title and leaves the text.
func TestCleanRepeatedHeaderWidget(t *testing.T) {
	c := New()
	for _, dump := range []string{
		"招聘信息_人事处\n2025年度第3期护士招聘简章\n王晓明\n招聘信息_人事处\n2025年度第3期护士招聘简章\n王晓明\n\n【记者李红青山报导】青山县人民医院于7日举行新院区启用典礼,县长、卫生局长等人出席,院长致词表示将提供更好的医疗服务。\n",
		"招聘資訊_人事處\n2025年度第3期護士招聘簡章\n王曉明\n招聘資訊_人事處\n2025年度第3期護士招聘簡章\n王曉明\n\n【記者李紅青山報導】青山縣人民醫院於7日舉行新院區啟用典禮,縣長、衛生局長等人出席,院長致詞表示將提供更好的醫療服務。\n",
	} {
		a, err := c.Clean("widget.txt", []byte(dump))
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != "" {
			t.Errorf("title %q, want none", a.Title)
		}
		checkText(t, a.Text, []string{"青山县人民医院于7日举行新院区启用典礼"}, []string{"招聘", "王晓明"})
	}
}

// A sidebar's list whose items carry their dates ends at the first
// headline without one: the article's own, in both scripts.
func TestCleanTitleUnderDatedSidebar(t *testing.T) {
	c := New()
	for _, tc := range []struct{ dump, title string }{
		{"热点推荐\n2025-06-01 青山医院举办护士节活动\n2025-05-20 青山医院开展义诊\n青山医院召开党委会\n6月29日,青山医院召开党委会,研究部署下半年重点工作,院党委书记王晓明主持会议。\n", "青山医院召开党委会"},
		{"熱點推薦\n2025-06-01 青山醫院舉辦護士節活動\n2025-05-20 青山醫院開展義診\n青山醫院召開黨委會\n6月29日,青山醫院召開黨委會,研究部署下半年重點工作,院黨委書記王曉明主持會議。\n", "青山医院召开党委会"},
		// Undated items give no sign of where the list ends: no title.
		{"热点推荐\n青山医院举办护士节活动\n青山医院开展大型义诊\n青山医院召开党委会\n6月29日,青山医院召开党委会,研究部署下半年重点工作,院党委书记王晓明主持会议。\n", ""},
	} {
		a, err := c.Clean("sidebar.txt", []byte(tc.dump))
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != tc.title {
			t.Errorf("title %q, want %q", a.Title, tc.title)
		}
		checkText(t, a.Text, []string{"研究部署下半年重点工作"}, []string{"护士节", "2025-06-01"})
	}
}
