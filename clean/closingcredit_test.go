package clean

import (
	"reflect"
	"strings"
	"testing"
)

func TestWithoutClosingCredit(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"会议取得圆满成功。(王晓明)", "会议取得圆满成功。"},
		{"会议取得圆满成功。(王晓明 李红)", "会议取得圆满成功。"},
		{"会议取得圆满成功。(文/王晓明 图/李红)", "会议取得圆满成功。"},
		{"会议取得圆满成功。 (党办)", "会议取得圆满成功。"},
		{"会议取得圆满成功。(宣传科)", "会议取得圆满成功。"},
		{"会议取得圆满成功。(图片:李红) | | |", "会议取得圆满成功。"},
		{"大家共同种下了“同心树”。(王晓明 摄)", "大家共同种下了“同心树”。"},
		// not a credit, or not after a sentence's end: kept.
		{"大家共同种下了“同心树”(见下图)。", "大家共同种下了“同心树”(见下图)。"},
		{"会议由院长主持。(见附件)", "会议由院长主持。(见附件)"},
		{"新设立的科室为(心内科)", "新设立的科室为(心内科)"},
		{"会议取得圆满成功", "会议取得圆满成功"},
	} {
		if got := withoutClosingCredit(tc.in); got != tc.want {
			t.Errorf("withoutClosingCredit(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// End to end, in both scripts: the credit names the author and leaves
// the text.
func TestCleanClosingCredit(t *testing.T) {
	c := New()
	for _, tc := range []struct{ dump, author, drop string }{
		{"医院召开座谈会\n3月2日,某某医院在多功能厅召开座谈会,区卫生健康局负责人出席会议并讲话,与会人员围绕医院发展建言献策。(文/王晓明 图/李红)\n", "王晓明", "王晓明"},
		{"醫院召開座談會\n3月2日,某某醫院在多功能廳召開座談會,區衛生健康局負責人出席會議並講話,與會人員圍繞醫院發展建言獻策。(王曉明)\n", "王晓明", "王晓明"},
		{"医院召开座谈会\n3月2日,某某医院在多功能厅召开座谈会,区卫生健康局负责人出席会议并讲话,与会人员围绕医院发展建言献策。 (党办)\n", "", "党办"},
	} {
		a, err := c.Clean("credit.txt", []byte(tc.dump))
		if err != nil {
			t.Fatalf("%q: %v", tc.dump, err)
		}
		if strings.Contains(a.Text, tc.drop) {
			t.Errorf("text %q keeps %q", a.Text, tc.drop)
		}
		if tc.author == "" && len(a.Authors) != 0 || tc.author != "" && (len(a.Authors) != 1 || a.Authors[0] != tc.author) {
			t.Errorf("%q: authors %q, want [%s]", tc.dump, a.Authors, tc.author)
		}
	}
}

// A photographer's credit on a line of its own, bracketed or not, with
// a layout table's empty cells after it, is no caption of the article.
func TestIsPhotoCreditBracketed(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"图片:王晓明", true},
		{"(图片:王晓明) | | |", true},
		{"（摄影:李红）", true},
		{"(图片:王晓明", false},
		{"(图为医院新大楼)", false},
		{"图为医院新大楼外景", false},
	} {
		if got := isPhotoCredit(tc.line); got != tc.want {
			t.Errorf("isPhotoCredit(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestDepartmentCredit(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []string
	}{
		{"宣传科 王晓明", []string{"王晓明"}},
		{"宣传科 王 明", []string{"王明"}},
		{"党委办公室 王晓明 李红", []string{"王晓明", "李红"}},
		{"院办 李红", []string{"李红"}},
		{"青山电视台新闻频道 王晓明 李红", []string{"王晓明", "李红"}},
		{"青山日报 2021-06-29", nil},
		{"宣传科", nil},
		{"王晓明 李红", nil},
		{"宣传科 供稿", nil},
		{"医院召开 总结大会", nil},
	} {
		if got := departmentCredit(tc.line); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("departmentCredit(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

// The department's credit line closes the article in either script.
func TestCleanDepartmentCredit(t *testing.T) {
	c := New()
	for _, dump := range []string{
		"院报出刊百期\n我们医院的院报已经出刊一百期,作为院报的读者,我们翻开厚厚的合订本,回顾医院发展的点点滴滴,心中充满感慨。\n宣传科 王 明\n",
		"院報出刊百期\n我們醫院的院報已經出刊一百期,作為院報的讀者,我們翻開厚厚的合訂本,回顧醫院發展的點點滴滴,心中充滿感慨。\n宣傳科 王 明\n",
	} {
		a, err := c.Clean("dept.txt", []byte(dump))
		if err != nil {
			t.Fatalf("%q: %v", dump, err)
		}
		if !reflect.DeepEqual(a.Authors, []string{"王明"}) || strings.Contains(a.Text, "宣传科") {
			t.Errorf("%q: authors %q text %q", dump, a.Authors, a.Text)
		}
	}
}

// The picture's source alone on its line, in both scripts, is no text;
// a caption that describes the picture stays.
func TestCleanProvidedPhotoCredit(t *testing.T) {
	c := New()
	for _, tc := range []struct{ dump, drop, keep string }{
		{"医院院庆\n\n医院50周年院庆系列活动今天由院史回顾展打头阵,横跨50年的照片串起医院的变革过程。\n\n图/某某医院提供\n\n院长说,希望大家来参观回顾展,和医院一起迎向下一个50年。\n", "某某医院提供", "迎向下一个50年"},
		{"醫院院慶\n\n醫院50週年院慶系列活動今天由院史回顧展打頭陣,橫跨50年的照片串起醫院的變革過程。\n\n圖/某某醫院提供\n\n院長說,希望大家來參觀回顧展,和醫院一起迎向下一個50年。\n", "某某医院提供", "迎向下一个50年"},
		{"医院院庆\n\n医院50周年院庆系列活动今天由院史回顾展打头阵,横跨50年的照片串起医院的变革过程。\n\n图为院长在开幕式上致辞(某某医院提供)\n\n院长说,希望大家来参观回顾展,和医院一起迎向下一个50年。\n", "", "图为院长在开幕式上致辞"},
	} {
		a, err := c.Clean("photo.txt", []byte(tc.dump))
		if err != nil {
			t.Fatalf("%q: %v", tc.dump, err)
		}
		if tc.drop != "" && strings.Contains(a.Text, tc.drop) || !strings.Contains(a.Text, tc.keep) {
			t.Errorf("text %q: want %q dropped, %q kept", a.Text, tc.drop, tc.keep)
		}
	}
}

// An outlet's credit line under the header names the writers and the
// site, in both scripts.
func TestCleanOutletCredit(t *testing.T) {
	c := New()
	for _, dump := range []string{
		"医院庆祝建院75周年\n发表时间 2023-10-12 15:43\n\n青山电视台新闻频道 王晓明 李红\n\n2023年10月11日,青山市中心医院迎来了一场盛大的纪念活动,众多嘉宾共同见证了建院75周年庆典。\n",
		"醫院慶祝建院75週年\n發表時間 2023-10-12 15:43\n\n青山電視台新聞頻道 王曉明 李紅\n\n2023年10月11日,青山市中心醫院迎來了一場盛大的紀念活動,眾多嘉賓共同見證了建院75週年慶典。\n",
	} {
		a, err := c.Clean("outlet.txt", []byte(dump))
		if err != nil {
			t.Fatalf("%q: %v", dump, err)
		}
		if !reflect.DeepEqual(a.Authors, []string{"王晓明", "李红"}) || a.Site != "青山电视台新闻频道" || strings.Contains(a.Text, "新闻频道") {
			t.Errorf("%q: authors %q site %q text %q", dump, a.Authors, a.Site, a.Text)
		}
	}
}

// An editor's credit in brackets after the last sentence, with or
// without its colon and spaces, and the desk's hotline after the name,
// leaves the text; a sentence's own bracket stays.
func TestWithoutClosingEditorBracket(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"义诊群众500余人次。(编审 李红)", "义诊群众500余人次。"},
		{"义诊群众500余人次。(编审李红)", "义诊群众500余人次。"},
		{"义诊群众500余人次。(编审 李红 本网新闻热线:0000-1234567)", "义诊群众500余人次。"},
		{"义诊群众500余人次。(编审李红本网新闻热线:0000-1234567)", "义诊群众500余人次。"},
		{"义诊群众500余人次。(责任编辑 王晓明)", "义诊群众500余人次。"},
		{"义诊群众500余人次。 （审核 王晓明 李红）", "义诊群众500余人次。"},
		{"院办编审了新版手册(编审组)", "院办编审了新版手册(编审组)"},
		{"新手册由专家编审。(见附件)", "新手册由专家编审。(见附件)"},
		{"义诊群众500余人次(编审李红负责的项目除外)。", "义诊群众500余人次(编审李红负责的项目除外)。"},
	} {
		if got := withoutClosingEditor(tc.in); got != tc.want {
			t.Errorf("withoutClosingEditor(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// End to end, in both scripts.
func TestCleanClosingEditorBracket(t *testing.T) {
	c := New()
	for _, dump := range []string{
		"青山县中医院举办义诊\n5月7日,青山县中医院在城南广场举办大型义诊活动,十余名专家为群众看病把脉,当天接待群众500余人次。(编审 李红 本网新闻热线:0000-1234567)\n",
		"青山縣中醫院舉辦義診\n5月7日,青山縣中醫院在城南廣場舉辦大型義診活動,十餘名專家為群眾看病把脈,當天接待群眾500餘人次。(編審 李紅 本網新聞熱線:0000-1234567)\n",
	} {
		a, err := c.Clean("editor.txt", []byte(dump))
		if err != nil {
			t.Fatal(err)
		}
		checkText(t, a.Text, []string{"当天接待群众500余人次。"}, []string{"编审", "热线", "李红"})
		if len(a.Authors) != 0 {
			t.Errorf("authors %q, want none", a.Authors)
		}
	}
}
