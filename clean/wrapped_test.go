package clean

import (
	"reflect"
	"strings"
	"testing"
)

func TestJoinWrappedLines(t *testing.T) {
	tests := []struct {
		name string
		in   string // lines joined by "|"
		want string
	}{
		{"report column rejoined, number on the next line",
			"青山县中医院位于城关镇南街,占地面积约四十亩,|建筑面积一万八千平方米,是一所集医疗、康复|为一体的二级甲等中医医院。现有职工 236 人,其|中高级职称 31人。全院开放床位 260张;设有科室|二十个,行政后勤科室十个。2022年医院年门诊量|约 98000人次,住院病人 7200人次。",
			"青山县中医院位于城关镇南街,占地面积约四十亩,建筑面积一万八千平方米,是一所集医疗、康复为一体的二级甲等中医医院。现有职工 236 人,其中高级职称 31人。全院开放床位 260张;设有科室二十个,行政后勤科室十个。2022年医院年门诊量约 98000人次,住院病人 7200人次。"},
		{"traditional column rejoined",
			"綠水市立醫院創立於一九五六年,是本縣規模最大|的區域醫院,現有病床六百床,員工一千二百人,|每年門診服務約八十萬人次,急診服務四萬人次,|並於去年通過醫院評鑑,獲評為優等醫院。",
			"綠水市立醫院創立於一九五六年,是本縣規模最大的區域醫院,現有病床六百床,員工一千二百人,每年門診服務約八十萬人次,急診服務四萬人次,並於去年通過醫院評鑑,獲評為優等醫院。"},
		{"paragraph ends kept inside a column",
			"青山医院党委召开专题会议,传达学习上级精神,|研究部署下一阶段工作。院长主持会议并讲话,|强调要抓好落实,各支部书记参加会议,并就|本支部工作作了发言。",
			"青山医院党委召开专题会议,传达学习上级精神,研究部署下一阶段工作。院长主持会议并讲话,强调要抓好落实,各支部书记参加会议,并就本支部工作作了发言。"},
		{"related headlines of even width kept apart",
			"青山医院举办护理技能大赛活动圆满落幕获好评|绿水县人民医院开展义诊进社区活动受到欢迎|白云妇幼保健院举行新生儿科病房启用仪式|红星中医院召开年度职工代表大会顺利闭幕",
			"青山医院举办护理技能大赛活动圆满落幕获好评|绿水县人民医院开展义诊进社区活动受到欢迎|白云妇幼保健院举行新生儿科病房启用仪式|红星中医院召开年度职工代表大会顺利闭幕"},
		{"ordinary paragraphs of varied length kept",
			"青山医院今天举行院庆,院长致辞。|全院职工参加了庆祝大会,气氛热烈,大家表示将继续努力,为群众健康服务。|会后举行了义诊。",
			"青山医院今天举行院庆,院长致辞。|全院职工参加了庆祝大会,气氛热烈,大家表示将继续努力,为群众健康服务。|会后举行了义诊。"},
		{"paragraphs ending in full stops kept",
			"青山医院党委召开专题会议,传达学习上级精神。|院长主持会议并讲话,强调要抓好落实工作。|各支部书记参加会议,并作了交流发言。|会议要求各支部结合实际,认真抓好落实。",
			"青山医院党委召开专题会议,传达学习上级精神。|院长主持会议并讲话,强调要抓好落实工作。|各支部书记参加会议,并作了交流发言。|会议要求各支部结合实际,认真抓好落实。"},
		{"numbered entry starts its own line",
			"会议总结了过去一年的工作,部署了今年的任务,|提出了三个方面的要求,各科室负责人参加会议,|并就下一步工作作了表态发言,会议要求如下:|1. 抓好医疗质量,确保安全。",
			"会议总结了过去一年的工作,部署了今年的任务,提出了三个方面的要求,各科室负责人参加会议,并就下一步工作作了表态发言,会议要求如下:|1. 抓好医疗质量,确保安全。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := joinWrappedLines(strings.Split(tt.in, "|"))
			if want := strings.Split(tt.want, "|"); !reflect.DeepEqual(got, want) {
				t.Errorf("joinWrappedLines:\n got %q\nwant %q", got, want)
			}
		})
	}
}

func TestJoinNumberSpaces(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"staff count", "现有在编职工 236 人,其中高级职称 31人。", "现有在编职工236人,其中高级职称31人。"},
		{"beds and decimals", "占地 26.5 亩,开放床位 260张。", "占地26.5亩,开放床位260张。"},
		{"traditional", "全院員工 1200 人,病床 600 床。", "全院員工1200人,病床600床。"},
		{"after a clause mark", "医院设科室二十个、 床位 300张, 职工 400人。", "医院设科室二十个、 床位300张, 职工400人。"},
		{"year before a month", "截至 2023 年底,门诊量 9.8 万人次。", "截至2023年底,门诊量9.8万人次。"},
		{"two numbers kept apart", "电话 0571 8888 6666,欢迎咨询。", "电话0571 8888 6666,欢迎咨询。"},
		{"number and Latin kept", "医院新购 3 CT 设备,投入使用。", "医院新购3 CT 设备,投入使用。"},
		{"label before a number kept", "作者 2023年稿件。", "作者 2023年稿件。"},
		{"date before a headline kept", "2021-06-29 青山医院新院区启用,开放床位 500张。", "2021-06-29 青山医院新院区启用,开放床位500张。"},
		{"dateline kept", "本报讯 11月15日,青山医院举行庆典。", "本报讯 11月15日,青山医院举行庆典。"},
		{"traditional dateline kept", "中央社電 3月2日,綠水醫院新院區啟用。", "中央社電 3月2日,綠水醫院新院區啟用。"},
		{"no space", "职工236人。", "职工236人。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := joinNumberSpaces(tt.in); got != tt.want {
				t.Errorf("joinNumberSpaces(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
