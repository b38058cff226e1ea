package clean

import (
	"reflect"
	"strings"
	"testing"
)

func TestSplitGluedFooters(t *testing.T) {
	para := "昨天上午,某某市第一人民医院举行新门诊大楼启用仪式,市卫生健康委员会负责人和医院全体班子成员出席了仪式。新大楼共有十二层,设有门诊、医技和行政用房,将于下月全面投入使用。"
	for _, tc := range []struct {
		name string
		in   []string
		want []string
	}{
		{"footer glued after the last sentence", []string{"标题", para + " 地址:某某市健康路1号 电话:0000-1234567 某某报社版权所有 未经授权禁止复制或建立镜像"},
			[]string{"标题", para, "地址:某某市健康路1号 电话:0000-1234567 某某报社版权所有 未经授权禁止复制或建立镜像"}},
		{"a sentence after the last full stop is no footer", []string{para + "记者从医院获悉"}, []string{para + "记者从医院获悉"}},
		{"a paragraph without a footer stays whole", []string{para}, []string{para}},
		{"a share bar and the pager glued after the last sentence", []string{para + " 关键字 Facebook WhatsApp WeChat 微博 Twitter 电邮 列印 上一篇 青山医院举办义诊活动 下一篇 白水医院新楼封顶 最新回应"},
			[]string{para, "关键字 Facebook WhatsApp WeChat 微博 Twitter 电邮 列印 上一篇 青山医院举办义诊活动 下一篇 白水医院新楼封顶 最新回应"}},
		{"short line: not split", []string{"医院启用新楼。版权所有 未经授权禁止复制"}, []string{"医院启用新楼。版权所有 未经授权禁止复制"}},
	} {
		if got := splitGluedFooters(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

// A one-line dump whose footer is glued to the only paragraph keeps the
// paragraph, in either script, and loses the footer.
func TestCleanGluedFooter(t *testing.T) {
	c := New()
	for _, tc := range []struct{ dump, keep, drop string }{
		{"某某医院新大楼启用\n本报讯 昨天上午,某某市第一人民医院举行新门诊大楼启用仪式,市卫生健康委员会负责人和医院全体班子成员出席了仪式。新大楼共有十二层,设有门诊、医技和行政用房,将于下月全面投入使用。 地址:某某市健康路1号 电话:0000-1234567 某某报社版权所有 未经授权禁止复制或建立镜像\n",
			"新大楼共有十二层", "版权所有"},
		{"某某醫院新大樓啟用\n昨天上午,某某市第一人民醫院舉行新門診大樓啟用儀式,市衛生健康委員會負責人和醫院全體班子成員出席了儀式。新大樓共有十二層,設有門診、醫技和行政用房,將於下月全面投入使用。 地址:某某市健康路1號 電話:0000-1234567 某某報社版權所有 未經授權禁止複製或建立鏡像\n",
			"新大楼共有十二层", "版权所有"},
		{"某某醫院新大樓啟用 2017-07-21 10:17 昨天上午,某某市第一人民醫院舉行新門診大樓啟用儀式,市衛生健康委員會負責人和醫院全體班子成員出席了儀式。新大樓共有十二層,設有門診、醫技和行政用房,將於下月全面投入使用。 關鍵字 Facebook WhatsApp WeChat 微博 Twitter 電郵 列印 上一篇 某某醫院舉辦義診 下一篇 某某醫院新樓封頂 最新回應\n",
			"新大楼共有十二层", "上一篇"},
	} {
		a, err := c.Clean("glued.txt", []byte(tc.dump))
		if err != nil {
			t.Fatalf("%q: %v", tc.dump, err)
		}
		if !strings.Contains(a.Text, tc.keep) || strings.Contains(a.Text, tc.drop) {
			t.Errorf("text %q: want %q kept and %q dropped", a.Text, tc.keep, tc.drop)
		}
	}
}
