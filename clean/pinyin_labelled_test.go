package clean

import "testing"

// Notes that name what they give (拼音:, pinyin:, 练:, 繁:) go from inside
// the words, in any bracket; a bracket with a label but other content stays.
func TestLabelledNotes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"该院始(拼音:jiàn)建于1950年。", "该院始建于1950年。"},
		{"該院始(拼音:jiàn)建於1950年。", "該院始建於1950年。"},
		{"1985年更名{pinyin:míng}为青山医学院。", "1985年更名为青山医学院。"},
		{"人称“青【练:qīng】医大”。", "人称“青医大”。"},
		{"人稱“青【練:qīng】醫大”。", "人稱“青醫大”。"},
		{"医院为(繁:爲)百姓服务。", "医院为百姓服务。"},
		// Not a reading: kept.
		{"本章(练:习题五道)见附录。", "本章(练:习题五道)见附录。"},
		{"分数(拼音:abc123)无效。", "分数(拼音:abc123)无效。"},
		{"格式(pinyin:the)说明。", "格式(pinyin:the)说明。"},
	} {
		if got, _ := withoutLabelledNotes(c.in); got != c.want {
			t.Errorf("withoutLabelledNotes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
