package clean

import "testing"

func TestJoinNameSpaces(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"name cut by markup", "青山 医院今天举行院庆,院长致辞。", "青山医院今天举行院庆,院长致辞。"},
		{"university cut", "患者被送往青山医科 大学附属医院救治。", "患者被送往青山医科大学附属医院救治。"},
		{"centre cut", "该院与青山 中心签约,共建专科。", "该院与青山中心签约,共建专科。"},
		{"clause separator kept", "表彰大会隆重举行 王晓明书记致辞,全院职工参加。", "表彰大会隆重举行 王晓明书记致辞,全院职工参加。"},
		{"two names in a list kept", "参会的有青山医院 绿水医院等单位,共计十家。", "参会的有青山医院 绿水医院等单位,共计十家。"},
		{"label before a department kept", "来源 医院办公室", "来源 医院办公室"},
		{"Latin before kept", "PCR 中心今天启用,检测能力提升。", "PCR 中心今天启用,检测能力提升。"},
		{"no space", "青山医院今天举行院庆。", "青山医院今天举行院庆。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := joinNameSpaces(tt.in); got != tt.want {
				t.Errorf("joinNameSpaces(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
