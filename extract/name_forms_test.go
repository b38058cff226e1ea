package extract

import (
	"strings"
	"testing"
)

// Names as real pages write them: a campus by its place and its system's
// name, a university's numbered hospital, an autonomous prefecture's short
// form, a registered 综合 beside the short name, an institution written
// short, a name with its nickname in brackets; and what is no name: the
// builder before it, a hospital cluster, a description with a measure word.
func TestNameForms(t *testing.T) {
	checkHospitals(t, []hospitalCase{
		// A branch named under its parent is one name; a tie to another
		// hospital written as a name (某地联盟医院) names no hospital.
		{"青山中医药大学附属医院中西医结合分院召开职工大会。", []string{"青山中医药大学附属医院中西医结合分院"}},
		{"青山中醫藥大學附屬醫院中西醫結合分院召開職工大會。", []string{"青山中医药大学附属医院中西医结合分院"}},
		{"青山市人民医院东分院今天开诊,方便群众就医。", []string{"青山市人民医院东分院"}},
		// A branch named after a place that begins with 新; a new branch
		// being opened (新开分院, 新建分院) names none.
		{"青山大學醫院新竹分院院長致詞。", []string{"青山大学医院新竹分院"}},
		{"青山市人民医院新区分院今日开诊。", []string{"青山市人民医院新区分院"}},
		{"青山市人民医院新开分院,院长致辞。", []string{"青山市人民医院"}},
		{"青山市人民醫院新建分院投入使用。", []string{"青山市人民医院"}},
		// The branch's own part, written alone after, names the branch.
		{"青山大学医院新竹分院举行记者会。青山大学医院院长致辞,新竹分院院长王某表示感谢。", []string{"青山大学医院新竹分院", "青山大学医院"}},
		{"青山大學醫院新竹分院舉行記者會。青山大學醫院院長致詞,新竹分院院長王某表示感謝。", []string{"青山大学医院新竹分院", "青山大学医院"}},
		{"青山市人民医院东分院今天开诊。东分院院长致辞。", []string{"青山市人民医院东分院"}},
		{"青山市人民医院今年新开分院,方便群众就医。", []string{"青山市人民医院"}},
		{"该院是绿水大学附属第一医院青山联盟医院,也是白云省肿瘤医院的协作医院。", []string{"绿水大学附属第一医院", "白云省肿瘤医院"}},
		{"該院是綠水大學附屬第一醫院青山聯盟醫院,也是白雲省腫瘤醫院的協作醫院。", []string{"绿水大学附属第一医院", "白云省肿瘤医院"}},
		{"青山市人民医院分别与社区签约,方便群众就医。", []string{"青山市人民医院"}},
		// 专科医院 after a specialty is one hospital's kind; 专科医院 alone,
		// and who runs a hospital written short (省直, 国企), name kinds.
		{"青山骨科专科医院今天举办义诊,院长出席。", []string{"青山骨科专科医院"}},
		{"青山骨科專科醫院今天舉辦義診,院長出席。", []string{"青山骨科专科医院"}},
		{"全市专科医院今天举办义诊,院长出席。", nil},
		{"今天,北大医院举办义诊,院长出席。", []string{"北京大学第一医院"}}, // a name kind nowhere; the short name of one hospital
		{"今天,省直医院和国企医院举办义诊。", nil},
		{"今天,省直醫院和國企醫院舉辦義診。", nil},
		// 〈campus〉长庚 / 〈campus〉马偕, the 医院 left out.
		{"前三名分别是林口长庚、高雄长庚和淡水马偕。", []string{"林口长庚纪念医院", "高雄长庚纪念医院", "淡水马偕纪念医院"}},
		{"前三名分別是林口長庚、高雄長庚和淡水馬偕。", []string{"林口长庚纪念医院", "高雄长庚纪念医院", "淡水马偕纪念医院"}},
		{"长庚大学今日举办研讨会,长庚医疗体系各院派员参加。", nil},
		// 〈campus〉慈济, the 医院 left out; the foundation's words are no campus.
		{"评比前三是台北慈济、大林慈济和台中慈济。", []string{"台北慈济医院", "大林慈济医院", "台中慈济医院"}},
		{"評比前三是台北慈濟、大林慈濟和台中慈濟。", []string{"台北慈济医院", "大林慈济医院", "台中慈济医院"}},
		{"大林慈济志工与台北慈济基金会举办活动。", nil},
		{"大林慈濟志工與台北慈濟基金會舉辦活動。", nil},
		// The campus and its full name are one hospital, written in full.
		{"林口長庚紀念醫院舉辦講座。林口長庚院長致詞。", []string{"林口长庚纪念医院"}},
		// A university's numbered hospital, not the city's.
		{"中山七院召开全体党员大会。", []string{"中山大学附属第七医院"}},
		{"中山七院召開全體黨員大會。", []string{"中山大学附属第七医院"}},
		{"湘雅二院专家来院义诊。", []string{"中南大学湘雅二医院"}},
		// Medical universities' numbered hospitals by their short forms.
		{"榜单中,哈医大一院排名第40位,哈医大二院排名第49位。", []string{"哈尔滨医科大学附属第一医院", "哈尔滨医科大学附属第二医院"}},
		{"榜單中,哈醫大一院排名第40位,哈醫大二院排名第49位。", []string{"哈尔滨医科大学附属第一医院", "哈尔滨医科大学附属第二医院"}},
		{"今年郑大一附院依旧位列前20。", []string{"郑州大学第一附属医院"}},
		{"今年鄭大一附院依舊位列前20。", []string{"郑州大学第一附属医院"}},
		{"浙大二院专家来院义诊。", []string{"浙江大学医学院附属第二医院"}},
		{"中山市人民医院召开职工大会。", []string{"中山市人民医院"}},
		// An autonomous prefecture's short form is the prefecture.
		{"黔东南苗族侗族自治州人民医院召开大会。黔东南州人民医院院长作报告。", []string{"黔东南苗族侗族自治州人民医院"}},
		{"黔東南苗族侗族自治州人民醫院召開大會。黔東南州人民醫院院長作報告。", []string{"黔东南苗族侗族自治州人民医院"}},
		// The registered name given once is the group's, however often the short one is.
		{"青山综合医院荣获金奖。青山医院表示,青山医院将持续努力。", []string{"青山综合医院"}},
		{"青山綜合醫院榮獲金獎。青山醫院表示,青山醫院將持續努力。", []string{"青山综合医院"}},
		// An institution written short: one hospital.
		{"高雄医学大学附设中和纪念医院院长出席。高医大学附设中和纪念医院获颁标章。", []string{"高雄医学大学附设中和纪念医院"}},
		{"高雄醫學大學附設中和紀念醫院院長出席。高醫大學附設中和紀念醫院獲頒標章。", []string{"高雄医学大学附设中和纪念医院"}},
		// A numbered hospital is referred to with its number: 中山医院 is
		// another hospital than 中山大学附属第一医院.
		{"入选的有华山医院、中山医院、中大一院。", []string{"华山医院", "中山医院", "中山大学附属第一医院"}},
		{"入選的有華山醫院、中山醫院、中大一院。", []string{"华山医院", "中山医院", "中山大学附属第一医院"}},
		// The full form once, the short one more often: the full is the name.
		{"青山交通大学医学院附属东湖医院排名第四。青山交大医学院附属东湖医院专科排名第七。青山交大医学院附属东湖医院另有两科入榜。", []string{"青山交通大学医学院附属东湖医院"}},
		{"青山交通大學醫學院附屬東湖醫院排名第四。青山交大醫學院附屬東湖醫院專科排名第七。青山交大醫學院附屬東湖醫院另有兩科入榜。", []string{"青山交通大学医学院附属东湖医院"}},
		{"北京大学第一医院举办活动。北京大学第三医院院长出席。", []string{"北京大学第一医院", "北京大学第三医院"}},
		{"台北市立联合医院举办活动。新北市立联合医院院长出席。", []string{"台北市立联合医院", "新北市立联合医院"}},
		// The name before the brackets is the one in full.
		{"青山医药大学北港附设医院(北港妈祖医院)今年届满40周年。北港妈祖医院表示。北港妈祖医院将扩建。", []string{"青山医药大学北港附设医院"}},
		{"青山醫藥大學北港附設醫院（北港媽祖醫院）今年屆滿40週年。北港媽祖醫院表示。", []string{"青山医药大学北港附设医院"}},
		// Other names in brackets, introduced (又名, 又称) or not, one or a list.
		{"青山市胸科医院(又名青山大学附属胸科医院)创建于1957年。", []string{"青山市胸科医院"}},
		{"青山市胸科醫院（又名青山大學附屬胸科醫院）創建於1957年。", []string{"青山市胸科医院"}},
		{"青山市胸科医院(又名青山大学附属胸科医院和青山红十字会胸科医院)创建于1957年。", []string{"青山市胸科医院"}},
		{"青山市胸科醫院(又稱青山大學附屬胸科醫院、青山紅十字會胸科醫院)創建於1957年。", []string{"青山市胸科医院"}},
		{"青山市胸科医院和绿水县中医院(又名绿水县第二医院)签约。", []string{"青山市胸科医院", "绿水县中医院"}},
		// An award's title that ends like a name is no hospital.
		{"青山市人民医院入围「卓越医院奖」决选。", []string{"青山市人民医院"}},
		{"青山市人民醫院入圍「卓越醫院獎」決選,角逐「卓越醫院獎-金獎」。", []string{"青山市人民医院"}},
		{"青山市人民医院奖励优秀员工。", []string{"青山市人民医院"}},
		{"青山市人民医院以第二名的成绩获年度十佳人气医院奖。", []string{"青山市人民医院"}},
		{"继青山市人民医院荣获“2020医院管理创新奖”后,医院再传喜讯。", []string{"青山市人民医院"}},
		{"繼青山市人民醫院榮獲「2020醫院管理創新獎」後,醫院再傳喜訊。", []string{"青山市人民医院"}},
		{"青山市人民医院奖金发放办法公布。", []string{"青山市人民医院"}},
		// A Taiwan foundation before the name, and the name without it: one hospital.
		{"嘉义长庚院长致词。长庚医疗财团法人嘉义长庚纪念医院获颁特优奖。", []string{"长庚医疗财团法人嘉义长庚纪念医院"}},
		{"嘉義長庚院長致詞。長庚醫療財團法人嘉義長庚紀念醫院獲頒特優獎。", []string{"长庚医疗财团法人嘉义长庚纪念医院"}},
		// After the foundation's label the hospital's own name begins, a
		// place or a plain word first: its branches are hospitals of their own.
		{"仁心醫療財團法人東岸仁心紀念醫院今日舉辦義診。", []string{"仁心医疗财团法人东岸仁心纪念医院"}},
		{"仁心医疗财团法人东岸仁心纪念医院与仁心医疗财团法人仁心纪念医院签约。", []string{"仁心医疗财团法人东岸仁心纪念医院", "仁心医疗财团法人仁心纪念医院"}},
		{"仁心醫療財團法人臺東仁心紀念醫院與仁心醫療財團法人仁心紀念醫院簽約。", []string{"仁心医疗财团法人台东仁心纪念医院", "仁心医疗财团法人仁心纪念医院"}},
		{"青山教會仁心醫療財團法人仁心紀念醫院 | |\n床位數 | 900床 |", []string{"青山教会仁心医疗财团法人仁心纪念医院"}},
		// A place gse cuts into the suffix (台/中医院) still begins a name of its own;
		// the ministry's hospitals (部立医院) are a kind.
		{"台中醫院昨日舉辦義診活動,部立醫院的角色再受肯定。", []string{"台中医院"}},
		{"台中医院今天举行院庆,凸显部立医院存在的必要。", []string{"台中医院"}},
		// Taiwan's short names without a suffix: 北荣, 高医, 彰基, 中国附医, 三总 and its campus.
		{"北荣今日举办记者会,院长出席。", []string{"台北荣民总医院"}},
		{"北榮今日舉辦記者會,院長出席。", []string{"台北荣民总医院"}},
		{"高醫今日舉辦記者會。", []string{"高雄医学大学附设中和纪念医院"}},
		{"高醫大學今日舉辦研討會。", nil},
		{"彰基今日舉辦記者會。中國附醫院長出席。", []string{"彰化基督教医院", "中国医药大学附设医院"}},
		{"三總澎湖分院院長出席。", []string{"三军总医院澎湖分院"}},
		{"台北榮總今日舉辦記者會。", []string{"台北荣民总医院"}},
		{"台北榮總醫院今日舉辦記者會。", []string{"台北荣民总医院"}},
		{"台北荣总医院今日举办记者会。", []string{"台北荣民总医院"}},
		{"三總北投分院則以社區服務獲獎。", []string{"三军总医院北投分院"}},
		{"三总北投分院则以社区服务获奖。", []string{"三军总医院北投分院"}},
		// The builder is not in the name; a cluster and a description are no names.
		{"倡建广华医院的董事局主席是一位律师。", []string{"广华医院"}},
		{"倡建廣華醫院的董事局主席是一位律師。", []string{"广华医院"}},
		{"广华医院属九龙中医院联网,为区内的急症医院。", []string{"广华医院"}},
		{"廣華醫院是九龍半島第一所民辦慈善醫院。", []string{"广华医院"}},
	})
}

// A former name after a long description of its founding (前身为…创办的
// 甲医院) is the same hospital, and the founding is the present name's.
func TestFormerNameAfterItsFounding(t *testing.T) {
	for _, text := range []string{
		"青山市第一医院前身为1928年1月6日由法国某修会修女安娜(Sr. Anna)捐资创办的仁爱医院,现有职工1200余人。",
		"青山市第一醫院前身為1928年1月6日由法國某修會修女安娜(Sr. Anna)捐資創辦的仁愛醫院,現有職工1200餘人。",
		"青山市第一医院的前身可以追溯到创建于1908年10月的博爱医院,现有职工1200余人。",
	} {
		a := runArticle(t, text)
		if got := hospitalNames(a); len(got) != 1 || got[0] != "青山市第一医院" {
			t.Errorf("hospitals of %q = %v, want [青山市第一医院]", text, got)
		}
		for _, f := range a.Facts {
			if f.Hospital != "青山市第一医院" {
				t.Errorf("%s %v of %q is %q's, want 青山市第一医院's", f.Metric, f.Value, text, f.Hospital)
			}
		}
	}
}

// An earlier name the text calls the present one's 前身 after a long
// description (甲卫生院,便是今日…的乙医院的前身) is the same hospital.
func TestPredecessorCalledSo(t *testing.T) {
	for _, text := range []string{
		"1946年,青山县卫生院在城东一座祠堂里创办。当时仅有病床8张的青山县卫生院,便是今日设床400张、在岗职工520人的青山县人民医院的前身。",
		"1946年,青山縣衛生院在城東一座祠堂裡創辦。當時僅有病床8張的青山縣衛生院,便是今日設床400張、在崗職工520人的青山縣人民醫院的前身。",
	} {
		a := runArticle(t, text)
		if got := hospitalNames(a); len(got) != 1 || !strings.HasSuffix(got[0], "青山县人民医院") {
			t.Errorf("hospitals of %q = %v, want [青山县人民医院]", text, got)
		}
		found := false
		for _, f := range a.Facts {
			if !strings.HasSuffix(f.Hospital, "青山县人民医院") {
				t.Errorf("%s %v of %q is %q's", f.Metric, f.Value, text, f.Hospital)
			}
			found = found || f.Metric == "founded_year" && f.Value == int64(1946)
		}
		if !found {
			t.Errorf("no founded_year 1946 in %q: %v", text, a.Facts)
		}
	}
}

// A hospital grown from another whose founding the sentence describes
// (由始建于1938年的乙医院发展而来) is one hospital with two names.
func TestGrownFromADescribedPredecessor(t *testing.T) {
	for _, text := range []string{
		"青山市人民医院由始建于1938年的青山县立医院发展而来。",
		"青山市人民醫院是由1952年建立的青山縣衛生院發展而來的。",
	} {
		a := runArticle(t, text)
		if got := hospitalNames(a); len(got) != 1 || !strings.HasSuffix(got[0], "青山市人民医院") {
			t.Errorf("hospitals of %q = %v, want [青山市人民医院]", text, got)
		}
		for _, f := range a.Facts {
			if !strings.HasSuffix(f.Hospital, "青山市人民医院") {
				t.Errorf("%s %v of %q is %q's", f.Metric, f.Value, text, f.Hospital)
			}
		}
	}
}
