package clean

import (
	"strings"
	"testing"
)

// The lists and infobox rows after an article's last paragraph are its
// text; the footer's short lines after them are not. Each page is given
// in both scripts: the cleaner reads the traditional one converted.
func TestClosingListsKept(t *testing.T) {
	tests := []struct {
		name       string
		dump       string
		keep, drop []string
	}{
		{
			name: "roster one name a line under a heading that names the list",
			dump: "青山市五家单位获评省级文明单位\n\n6月2日,全省精神文明建设表彰会在青山召开,青山市卫生健康系统5家单位获评省级文明单位。\n\n图片\n\n省级文明单位名单\n\n(青山市卫生健康系统)\n\n青山市人民医院\n\n青山市疾病预防控制中心\n\n青山市卫生健康委员会(机关)\n\n复查确认保留称号的\n\n省级文明单位名单\n\n青山市中医院\n\n青山市妇幼保健院\n",
			keep: []string{"省级文明单位名单", "青山市人民医院", "青山市疾病预防控制中心", "青山市卫生健康委员会(机关)", "复查确认保留称号的", "青山市妇幼保健院"},
			drop: []string{"图片"},
		},
		{
			name: "roster one name a line, traditional",
			dump: "青山市五家單位獲評省級文明單位\n\n6月2日,全省精神文明建設表彰會在青山召開,青山市衛生健康系統5家單位獲評省級文明單位。\n\n省級文明單位名單\n\n青山市人民醫院\n\n青山市疾病預防控制中心\n\n青山市婦幼保健院\n",
			keep: []string{"省级文明单位名单", "青山市人民医院", "青山市疾病预防控制中心", "青山市妇幼保健院"},
		},
		{
			name: "numbered roster whose last entries are short",
			dump: "青山省多家医院获全国先进集体称号\n\n近日,青山省共有5个集体被授予“全国卫生健康系统先进集体”称号,名单公布如下。\n\n【全国卫生健康系统先进集体】:\n1.青山市第一人民医院(该院党委书记王晓明介绍,医院将再接再厉,争创一流)\n2.青山市中心医院(全院职工1200名,开放床位900张)\n3.青山市人民医院\n4.青山市疾病预防控制中心\n5.青山市中医院心血管内科\n",
			keep: []string{"3.青山市人民医院", "4.青山市疾病预防控制中心", "5.青山市中医院心血管内科"},
		},
		{
			name: "numbered roster whose last entries are short, traditional",
			dump: "青山省多家醫院獲全國先進集體稱號\n\n近日,青山省共有4個集體被授予「全國衛生健康系統先進集體」稱號,名單公佈如下。\n\n【全國衛生健康系統先進集體】:\n1.青山市第一人民醫院(該院黨委書記王曉明介紹,醫院將再接再厲,爭創一流)\n2.青山市中心醫院(全院職工1200名,開放床位900張)\n3.青山市人民醫院\n4.青山市疾病預防控制中心\n",
			keep: []string{"3.青山市人民医院", "4.青山市疾病预防控制中心"},
		},
		{
			name: "unnumbered roster whose first entry's note has commas",
			dump: "青山市表彰一批先进单位\n\n青山市卫生健康委日前发布通报,对一批工作突出的单位予以表扬,受表扬单位名单如下:\n\n青山市人民医院(该院院长王晓明介绍,医院将以此为契机,进一步提升医疗服务水平,争创全国一流)\n\n青山市第二人民医院\n\n青山区卫生院\n",
			keep: []string{"青山市第二人民医院", "青山区卫生院"},
		},
		{
			name: "unnumbered roster whose first entry's note has commas, traditional",
			dump: "青山市表彰一批先進單位\n\n青山市衛生健康委日前發布通報,對一批工作突出的單位予以表揚,受表揚單位名單如下:\n\n青山市人民醫院(該院院長王曉明介紹,醫院將以此為契機,進一步提升醫療服務水平,爭創全國一流)\n\n青山市第二人民醫院\n\n青山區衛生院\n",
			keep: []string{"青山市第二人民医院", "青山区卫生院"},
		},
		{
			name: "short names alone under a count heading",
			dump: "青山市表彰一批先进单位\n\n青山市卫生健康委日前发布通报,对一批工作突出的单位予以表扬。\n\n先进单位(3个)\n\n青山医院\n\n东湖医院\n\n西山卫生院\n",
			keep: []string{"先进单位(3个)", "青山医院", "东湖医院", "西山卫生院"},
		},
		{
			name: "short names alone under a count heading, traditional",
			dump: "青山市表彰一批先進單位\n\n青山市衛生健康委日前發布通報,對一批工作突出的單位予以表揚。\n\n先進單位(3個)\n\n青山醫院\n\n東湖醫院\n\n西山衛生院\n",
			keep: []string{"先进单位(3个)", "青山医院", "东湖医院", "西山卫生院"},
		},
		{
			name: "a colon's list of names alone",
			dump: "青山市表彰一批先进单位\n\n青山市卫生健康委日前发布通报,对一批工作突出的单位予以表扬,受表扬单位名单如下:\n\n青山市人民医院\n\n青山市第二人民医院\n\n青山区卫生院\n",
			keep: []string{"青山市人民医院", "青山市第二人民医院", "青山区卫生院"},
		},
		{
			name: "infobox rows glued without bars after the last paragraph",
			dump: "青山紀念醫院\n\n青山紀念醫院是位於臺灣青山市的一家區域醫院,成立於1980年,由青山醫療財團法人設立及經營。\n\n基本資訊\n醫院類型區域醫院\n病床數1200床\n員工數本院:720人\n院長王大明\n",
			keep: []string{"医院类型区域医院", "病床数1200床", "员工数本院:720人"},
			drop: []string{"基本资讯"},
		},
		{
			name: "infobox rows after colons and spaces",
			dump: "青山紀念醫院\n\n青山紀念醫院是位於臺灣青山市的一家區域醫院,成立於1980年,由青山醫療財團法人設立及經營。\n\n病床數:1,200床\n員工數 約3000人\n",
			keep: []string{"病床数:1,200床", "员工数 约3000人"},
		},
		{
			name: "infobox rows with bars after the last paragraph",
			dump: "青山纪念医院\n\n青山纪念医院是位于青山市的一家区域医院,成立于1980年,由青山医疗集团设立及经营。\n\n基本信息 | |\n医院类型 | 区域医院 |\n床位数 | 1200床 |\n职工数 | 720人 |\n",
			keep: []string{"床位数 | 1200床", "职工数 | 720人"},
		},
		{
			name: "footer links after the last paragraph stay out",
			dump: "青山医院召开职工代表大会\n\n6月29日,青山医院召开第五届职工代表大会,会议审议通过了医院工作报告。\n\n青山市人民医院\n\n青山市中医院\n",
			drop: []string{"青山市人民医院", "青山市中医院"},
		},
	}
	c := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := c.Clean("page.txt", []byte(tt.dump))
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, tt.keep, nil)
			// A dropped name may still stand in a paragraph (。): only a
			// line of its own counts.
			for _, d := range tt.drop {
				for _, l := range strings.Split(a.Text, "\n") {
					if strings.Contains(l, d) && !strings.Contains(l, "。") {
						t.Errorf("text keeps %q:\n%s", d, a.Text)
					}
				}
			}
		})
	}
}

func TestItemNumber(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"7.青山市人民医院", 7, true},
		{"12、青山市中医院", 12, true},
		{"一、先进集体", 0, false},
		{"2021年青山医院", 0, false},
	}
	for _, tt := range tests {
		if got, ok := itemNumber(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("itemNumber(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// A kicker that names the site's section is not the title's, in either
// script; the headline's own kicker stays.
func TestSectionKickerLeavesTitle(t *testing.T) {
	tests := []struct{ dump, want string }{
		{"【要闻】青山医院新院区共建协议签约仪式举行\n\n6月29日,青山医院新院区共建协议签约仪式在青山举行,双方将共建研究型医院。\n", "青山医院新院区共建协议签约仪式举行"},
		{"【要聞】青山醫院新院區共建協議簽約儀式舉行\n\n6月29日,青山醫院新院區共建協議簽約儀式在青山舉行,雙方將共建研究型醫院。\n", "青山医院新院区共建协议签约仪式举行"},
		{"【醫院動態】青山醫院召開職工代表大會\n\n6月29日,青山醫院召開第五屆職工代表大會,會議審議通過了醫院工作報告。\n", "青山医院召开职工代表大会"},
		{"快訊丨青山醫院獲評省級文明單位\n\n6月29日,青山醫院獲評省級文明單位,全院職工深受鼓舞。\n", "青山医院获评省级文明单位"},
		{"【荣誉榜】青山医院三名医师获表彰\n\n6月29日,青山市卫生健康委发布通报,青山医院三名医师获表彰。\n", "【荣誉榜】青山医院三名医师获表彰"},
		{"【喜報】青山醫院獲評省級文明單位\n\n6月29日,青山醫院獲評省級文明單位,全院職工深受鼓舞。\n", "【喜报】青山医院获评省级文明单位"},
	}
	c := New()
	for _, tt := range tests {
		a, err := c.Clean("page.txt", []byte(tt.dump))
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != tt.want {
			t.Errorf("title = %q, want %q", a.Title, tt.want)
		}
		for _, l := range strings.Split(a.Text, "\n") {
			if strings.Contains(l, tt.want) && !strings.Contains(l, "。") {
				t.Errorf("text keeps the headline's line %q", l)
			}
		}
	}
}
