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

func TestJoinWrapSpaces(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a PDF's line breaks inside words", "医院现有固 定资产800万元,设床 位150张,专业技 术人员占职工总数的八成。", "医院现有固定资产800万元,设床位150张,专业技术人员占职工总数的八成。"},
		{"the same, traditional", "醫院現有固 定資產800萬元,設床 位150張,專業技 術人員佔職工總數的八成。", "醫院現有固定資產800萬元,設床位150張,專業技術人員佔職工總數的八成。"},
		{"quoted honour cut twice", "日前,会议表彰了“十 佳医院”,青山医院获评“十 佳医院”称号。", "日前,会议表彰了“十佳医院”,青山医院获评“十佳医院”称号。"},
		{"one space: a separator, kept", "表彰大会隆重举行 王晓明书记致辞,全院职工参加。", "表彰大会隆重举行 王晓明书记致辞,全院职工参加。"},
		{"names in a list kept", "出席的有院长 王晓明 李红 张伟等,会议圆满结束。", "出席的有院长 王晓明 李红 张伟等,会议圆满结束。"},
		{"hospitals in a list kept", "参会的有青山医院 绿水医院 白云医院等单位,共计十家。", "参会的有青山医院 绿水医院 白云医院等单位,共计十家。"},
		{"a slogan's parallel phrases in quotes kept", "医院以“强党建 优医疗 促健康”为抓手,先后获得“十 佳医院”等称号,位列全省 前茅。", "医院以“强党建 优医疗 促健康”为抓手,先后获得“十佳医院”等称号,位列全省前茅。"},
		{"no full stop: a headline or a menu", "党建有活力 发展添动力 医院谱新篇", "党建有活力 发展添动力 医院谱新篇"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := joinWrapSpaces(tt.in); got != tt.want {
				t.Errorf("joinWrapSpaces(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
