package clean

import "testing"

func TestSiteName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"某某日报 2019-11-08 09:25   https://www.example.com/", "某某日报"},
		{"某某网-某某晚报 2016-06-27 14:51:00", "某某网"},
		{"《某某报》", "某某报"},
		{"某某新闻网 作者:王晓明", "某某新闻网"},
		{"本网", ""},
		{"本站", ""},
		{"本站原创", ""},
		{"本网整理", ""},
		{"某某财经网作者:王晓明", "某某财经网"},
		{"某某財經網責任編輯:王曉明", "某某財經網"},
		{"某某日报发布时间:2024-03-05", "某某日报"},
		{"北京时间网", "北京时间网"},
		{"院办公室  王 黄", ""},
		{"宣传科", ""},
		{"党委办公室", ""},
		{"9977kk皇冠线路", ""},
		{"2021-06-29", ""},
		{"青山县人民医院(白水医院青山院区)", "青山县人民医院"},
		{"青山縣人民醫院（白水醫院青山院區）", "青山縣人民醫院"},
		{"某某网(北京", "某某网"},
		{"(某某日报)", "某某日报"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := siteName(tt.in); got != tt.want {
			t.Errorf("siteName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAuthorAsSite(t *testing.T) {
	tests := []struct{ in, want string }{
		{"某城生活网", "某城生活网"},
		{"某都见习记者", ""},
		{"王晓明", ""},
		{"宣传科", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := authorAsSite(tt.in); got != tt.want {
			t.Errorf("authorAsSite(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
