package clean

import (
	"strings"
	"testing"
)

// A picture's labelled caption or credit in brackets, set into a
// paragraph or on a line of its own, and a lost picture's placeholder are
// no part of the story; an unlabelled bracket is.
func TestLabelledCaptionsAndPlaceholders(t *testing.T) {
	checkTexts(t, []textCase{
		{"inline caption", "青山医院获国家品质奖\n\n青山医院今日获颁国家品质奖。【图:评审委员与院长合影】院长表示感谢全院同仁的努力。\n院方将持续改善服务品质,并扩大服务范围。\n",
			[]string{"青山医院今日获颁国家品质奖。院长表示感谢全院同仁的努力。"}, []string{"评审委员与院长合影"}},
		{"inline caption, traditional", "青山醫院獲國家品質獎\n\n青山醫院今日獲頒國家品質獎。【圖：評審委員與院長合影】院長表示感謝全院同仁的努力。\n院方將持續改善服務品質，並擴大服務範圍。\n",
			[]string{"青山医院今日获颁国家品质奖。院长表示感谢全院同仁的努力。"}, []string{"评审委员与院长合影"}},
		{"credit on its own line and a placeholder", "青山医院获国家品质奖\n\n青山医院今日获颁国家品质奖,院长表示感谢全院同仁的努力。\n(图:记者王晓明摄)\n文章插图\n院方将持续改善服务品质,并扩大服务范围。\n",
			[]string{"院方将持续改善服务品质"}, []string{"记者王晓明摄", "文章插图"}},
		{"credit on its own line and a placeholder, traditional", "青山醫院獲國家品質獎\n\n青山醫院今日獲頒國家品質獎，院長表示感謝全院同仁的努力。\n(圖:記者王曉明攝)\n文章插圖\n院方將持續改善服務品質，並擴大服務範圍。\n",
			[]string{"院方将持续改善服务品质"}, []string{"记者王晓明摄", "文章插图"}},
		{"a figure's number before its caption", "青山医院获国家品质奖\n\n青山医院今日获颁国家品质奖,院长表示感谢全院同仁的努力。\n图12  2011年8月16日,青山医院举行评审汇报会\n院方将持续改善服务品质,并扩大服务范围。\n",
			[]string{"2011年8月16日,青山医院举行评审汇报会"}, []string{"图12"}},
		{"a figure's number before its caption, traditional", "青山醫院獲國家品質獎\n\n青山醫院今日獲頒國家品質獎，院長表示感謝全院同仁的努力。\n圖12：2011年8月16日，青山醫院舉行評審匯報會\n院方將持續改善服務品質，並擴大服務範圍。\n",
			[]string{"2011年8月16日,青山医院举行评审汇报会"}, []string{"图12"}},
		{"a figure named in a sentence stays", "青山医院获国家品质奖\n\n青山医院今日获颁国家品质奖,院长表示感谢全院同仁的努力。\n图1显示了医院近五年的门诊量变化。\n院方将持续改善服务品质,并扩大服务范围。\n",
			[]string{"图1显示了医院近五年的门诊量变化"}, nil},
		{"an unlabelled bracket stays", "青山医院获国家品质奖\n\n青山医院今日获颁国家品质奖(见图1),院长表示感谢全院同仁的努力。\n院方将持续改善服务品质,并扩大服务范围。\n",
			[]string{"国家品质奖(见图1)"}, nil},
	})
}

// A category label's trail (【类别】:医学 → 新闻), a view counter
// (1760人观看) and a site's copyright reminder (请注明出处…著作权) are
// page chrome, in both scripts.
func TestCategoryTrailCounterAndReminder(t *testing.T) {
	chrome := []string{"类别", "观看", "注明出处"}
	checkTexts(t, []textCase{
		{"simplified", "【类别】:医学新知 → 新闻情报 |\n1760人观看 |\n青山医院门诊量居全市之冠\n\n青山医院昨日公布门诊统计,每日门诊人次超过八千。\n院方表示将持续改善服务品质,并扩大服务范围。\n※小提醒:转贴或引述文章内容请记得注明出处,以示尊重著作权,谢谢。\n",
			[]string{"每日门诊人次超过八千"}, chrome},
		{"traditional", "【類別】:醫學新知 → 新聞情報 |\n1760人觀看 |\n青山醫院門診量居全市之冠\n\n青山醫院昨日公布門診統計，每日門診人次超過八千。\n院方表示將持續改善服務品質，並擴大服務範圍。\n※小提醒:轉貼或引述文章內容請記得註明出處，以示尊重著作權，謝謝。\n",
			[]string{"每日门诊人次超过八千"}, chrome},
	})
}

// A bracketed link to a related story glued to a paragraph's end is no
// part of it, closed or cut off.
func TestRelatedLinkGluedToParagraph(t *testing.T) {
	checkTexts(t, []textCase{
		{"open", "青山医院门诊量居全市之冠\n\n青山医院昨日公布门诊统计,每日门诊人次超过八千。\n院方表示将持续改善服务品质,并扩大服务范围。 (相关报导: 不是苹果!这种水果排行第一",
			[]string{"并扩大服务范围。"}, []string{"排行第一"}},
		{"closed, traditional", "青山醫院門診量居全市之冠\n\n青山醫院昨日公布門診統計，每日門診人次超過八千。\n院方表示將持續改善服務品質，並擴大服務範圍。（延伸閱讀：這種水果排行第一）\n",
			[]string{"并扩大服务范围。"}, []string{"排行第一"}},
	})
}

// Short cells of the page's layout table above the article (线上咨询 |)
// are its menu; one that names a hospital is the masthead and stays.
func TestMenuCellsAboveTheArticle(t *testing.T) {
	checkTexts(t, []textCase{
		{"simplified", "|\n线上咨询 |\n回 新闻情报 |\n青山医院门诊量居全市之冠 |\n\n青山医院昨日公布门诊统计,每日门诊人次超过八千。\n院方表示将持续改善服务品质,并扩大服务范围。\n",
			[]string{"每日门诊人次超过八千"}, []string{"线上咨询", "新闻情报"}},
		{"traditional", "|\n線上諮詢 |\n回 新聞情報 |\n青山醫院門診量居全市之冠 |\n\n青山醫院昨日公布門診統計，每日門診人次超過八千。\n院方表示將持續改善服務品質，並擴大服務範圍。\n",
			[]string{"每日门诊人次超过八千"}, []string{"线上咨询", "新闻情报"}},
	})
	if !menuCell("线上咨询 |") || menuCell("青山医院 |") || menuCell("青山医院门诊时间排定 | |") {
		t.Error("menuCell: a short cell is a menu's, a hospital's name or a headline is not")
	}
}

// textCase is a dump, the words its cleaned text must keep and those it
// must drop.
type textCase struct {
	name, dump string
	keep, drop []string
}

// checkTexts cleans each dump and checks what its text keeps and drops.
func checkTexts(t *testing.T, cases []textCase) {
	t.Helper()
	c := New()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := c.Clean("page.txt", []byte(tc.dump))
			if err != nil {
				t.Fatal(err)
			}
			for _, k := range tc.keep {
				if !strings.Contains(a.Text, k) {
					t.Errorf("text lost %q:\n%s", k, a.Text)
				}
			}
			for _, d := range tc.drop {
				if strings.Contains(a.Text, d) {
					t.Errorf("text keeps %q:\n%s", d, a.Text)
				}
			}
		})
	}
}
