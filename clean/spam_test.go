package clean

import "testing"

func TestSpamLines(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"某某娱乐城官网", true},
		{"久久精品国产在线观看|日韩高清|一区二区三区", true},
		{"欧美成人在线播放-亚洲激情视频-国产自拍", true},
		{"bet365体育在线", true},
		// News that names one or two of the words.
		{"医院官网发布精品课程", false},
		{"国产设备替代欧美进口", false},
		{"市卫健委提醒:警惕网络博彩诈骗,不要轻信陌生开户链接。", false},
		{"医院举办成人疫苗接种日活动。", false},
		{"醫院舉辦成人疫苗接種日活動", false},
	}
	for _, tt := range tests {
		if got := isSpamLine(tt.line); got != tt.want {
			t.Errorf("isSpamLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
