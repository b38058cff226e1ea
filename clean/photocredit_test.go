package clean

import "testing"

func TestWithoutPhotoCredit(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"reporter's credit in brackets", "青山医院举行院庆,场面热闹。(记者王晓明摄)", "青山医院举行院庆,场面热闹。"},
		{"agency's credit with a space", "院长王晓明(右二)介绍医院服务安排(某某社 李红摄)", "院长王晓明(右二)介绍医院服务安排"},
		{"full-width brackets", "新院区全景。（青山医院提供）", "新院区全景。"},
		{"file photo", "青山医院外观。(资料照)", "青山医院外观。"},
		{"slash credit after the sentence", "院长表示,医院不会拒收病人。图/本报资料照片", "院长表示,医院不会拒收病人。"},
		{"slash credit, full-width slash", "院长表示,医院不会拒收病人。图／本报资料照片", "院长表示,医院不会拒收病人。"},
		{"a credit alone stays for the classifier", "(记者王晓明摄)", "(记者王晓明摄)"},
		{"a sentence's own bracket stays", "医院开放床位1500张(含日间病床)。", "医院开放床位1500张(含日间病床)。"},
		{"a slash in the sentence stays", "医院开通网上预约,网址见图/表。", "医院开通网上预约,网址见图/表。"},
		{"a slash credit without the sentence's end stays", "医院新大楼 图/王晓明", "医院新大楼 图/王晓明"},
		{"a correspondent's picture", "获奖证书。通讯员供图", "获奖证书。"},
		{"the photographer's name and 摄", "全体人员合影留念。记者 王晓明 摄", "全体人员合影留念。"},
		{"a name glued to 摄", "新院区全景。王晓明摄", "新院区全景。"},
		{"a clause that ends in 摄 stays", "医院举行义诊。现场由专人负责拍摄", "医院举行义诊。现场由专人负责拍摄"},
		{"no name before 摄: it stays", "医院举行义诊。并拍摄", "医院举行义诊。并拍摄"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := withoutPhotoCredit(tt.in); got != tt.want {
				t.Errorf("withoutPhotoCredit(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestWithoutGalleryButtons(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"buttons between the caption and the text", "青山医院新楼落成。 Previous Next 青山医院昨日举行新楼落成典礼。", "青山医院新楼落成。青山医院昨日举行新楼落成典礼。"},
		{"Chinese buttons", "青山醫院新樓落成。 上一张 下一张 青山醫院昨日舉行典禮。", "青山醫院新樓落成。青山醫院昨日舉行典禮。"},
		{"a sentence that names the next step stays", "院方表示,下一张床位将于下月开放。", "院方表示,下一张床位将于下月开放。"},
		{"an English word in a sentence stays", "医院推出Next Generation计划。", "医院推出Next Generation计划。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := withoutGalleryButtons(tt.in); got != tt.want {
				t.Errorf("withoutGalleryButtons(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
