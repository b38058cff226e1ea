package extract

import "testing"

func TestAwardsWithoutQuotes(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		{"该院先后获得全国五一劳动奖状、全国卫生系统先进集体等荣誉称号。", []string{"全国五一劳动奖状", "全国卫生系统先进集体"}},
		{"該院先後獲得全國五一勞動獎狀、全國衛生系統先進集體等榮譽稱號。", []string{"全国五一劳动奖状", "全国卫生系统先进集体"}},
		{"2019年荣获全国模范职工之家和浙江省文明单位。", []string{"全国模范职工之家", "浙江省文明单位"}},
		{"2019年榮獲全國模範職工之家和浙江省文明單位。", []string{"全国模范职工之家", "浙江省文明单位"}},
		{"医院连续四届蝉联全国文明单位。", []string{"全国文明单位"}},
		{"醫院連續四屆蟬聯全國文明單位。", []string{"全国文明单位"}},
		{"医院荣获第十届医院管理创新奖银奖及5项认证。", []string{"医院管理创新奖银奖"}},
		// Honours that name what kind of hospital it is (某某创新医院, 某某
		// 优秀医院) or of organisation (最佳志愿服务组织).
		{"医院获评2020年度改善患者体验创新医院和全省最佳志愿服务组织。", []string{"改善患者体验创新医院", "全省最佳志愿服务组织"}},
		{"醫院獲評2020年度改善患者體驗創新醫院和全省最佳志願服務組織。", []string{"改善患者体验创新医院", "全省最佳志愿服务组织"}},
		{"医院获得世界卫生组织。", nil},
		{"醫院榮獲第十屆醫院管理創新獎銀獎及5項認證。", []string{"医院管理创新奖银奖"}},
		{"医院获得了全国五一劳动奖状这一最高殊荣。", []string{"全国五一劳动奖状"}},
		// The event first, as its host's, then the prizes won in it.
		{"甲市人民医院获某某协会主办的「第十届某某品质奖」,分别在系统类及主题类获得某某品质奖的「金奖」、「银奖」。", []string{"金奖", "银奖"}},
		{"甲市人民醫院獲某某協會主辦的「第十屆某某品質獎」，分別在系統類及主題類獲得某某品質獎的「金獎」、「銀獎」。", []string{"金奖", "银奖"}},
		{"甲市人民医院荣获市政府主办的「第十届某某品质奖」。", []string{"第十届某某品质奖"}},
		// Prizes joined after a quoted contest, handed out over a list.
		{"青山市人民医院及绿水县中医院分别获得“某某服务奖”金奖及银奖。", []string{"绿水县中医院 某某服务奖银奖", "青山市人民医院 某某服务奖金奖"}},
		{"青山市人民醫院及綠水縣中醫院分別獲得「某某服務獎」金獎及銀獎。", []string{"绿水县中医院 某某服务奖银奖", "青山市人民医院 某某服务奖金奖"}},
		// Hospitals listed before 同获 ("received together"): each holds it.
		{"青山市人民医院、绿水县中医院同获“省级文明单位”称号。", []string{"绿水县中医院 省级文明单位", "青山市人民医院 省级文明单位"}},
		{"青山市人民醫院、綠水縣中醫院同獲「省級文明單位」稱號。", []string{"绿水县中医院 省级文明单位", "青山市人民医院 省级文明单位"}},
		// A person's name as the subject: the honour is the person's.
		{"陈志远获“某某创新领军人物大奖”,医院同仁深感振奋。", nil},
		{"陳志遠獲「某某創新領軍人物大獎」，醫院同仁深感振奮。", nil},
		{"甲市人民医院院长说,刘建华荣获“某某科技创新奖”。", nil},
		{"甲市人民醫院院長說，劉建華榮獲「某某科技創新獎」。", nil},
		{"甲市人民医院再次荣获“某某科技创新奖”。", []string{"某某科技创新奖"}},
		{"甲市人民醫院再次榮獲「某某科技創新獎」。", []string{"某某科技创新奖"}},
		// Honours of a count of units or persons none of whom is named.
		{"全省卫生系统7家单位被授予“全国文明单位”荣誉称号。", nil},
		{"全省衛生系統7家單位被授予「全國文明單位」榮譽稱號。", nil},
		{"决定授予326个单位“全国某某系统先进集体”称号。", nil},
		{"決定授予326個單位「全國某某系統先進集體」稱號。", nil},
		{"甲市人民医院、乙县中医院等4个单位被授予“全国文明单位”称号。", []string{"乙县中医院 全国文明单位", "甲市人民医院 全国文明单位"}},
		// The clause after the honour tells who received it: no honour.
		{"该院荣获全国五一劳动奖状,院长李明代表医院接受奖状。", []string{"全国五一劳动奖状"}},
		{"該院榮獲全國五一勞動獎狀,院長李明代表醫院接受獎狀。", []string{"全国五一劳动奖状"}},
		{"医院获得省级文明单位,副院长上台领取奖牌。", []string{"省级文明单位"}},
		{"院党委被省委授予先进基层党组织称号。", []string{"先进基层党组织"}},
		{"院黨委被省委授予先進基層黨組織稱號。", []string{"先进基层党组织"}},
		// A count of prizes before the prize: the prize is the honour.
		{"医院今年荣获两座创新服务奖。", []string{"创新服务奖"}},
		{"醫院今年榮獲兩座創新服務獎。", []string{"创新服务奖"}},
		{"医院一举拿下4项白金奖与3项金奖。", []string{"白金奖"}},
		{"醫院一舉拿下4項白金獎與3項金獎。", []string{"白金奖"}},
		{"医院更夺下「智慧病房标章」及「品质提升奖」等多项大奖。", []string{"智慧病房标章", "品质提升奖"}},
		{"醫院更奪下「智慧病房標章」及「品質提升獎」等多項大獎。", []string{"智慧病房标章", "品质提升奖"}},
		// A title that goes on after its quotes; the word for what it is does not.
		{"医院本次获颁「智慧服务」全流程标章。", []string{"智慧服务全流程标章"}},
		{"醫院本次獲頒「智慧服務」全流程標章。", []string{"智慧服务全流程标章"}},
		{"医院荣获“全国文明单位”称号。", []string{"全国文明单位"}},
		// The plaque that comes with an honour, a grade, a list of the best.
		{"医院昨日被正式授予“省级文明单位牌匾”。", []string{"省级文明单位"}},
		{"醫院昨日被正式授予「省級文明單位牌匾」。", []string{"省级文明单位"}},
		{"医院获颁“全国卫生系统先进集体荣誉证书”。", []string{"全国卫生系统先进集体"}},
		{"醫院獲頒「全國衛生系統先進集體榮譽證書」。", []string{"全国卫生系统先进集体"}},
		{"2001年该院被评为全省首家“三级甲等”医院。", nil},
		{"2001年該院被評為全省首家「三級甲等」醫院。", nil},
		{"医院再度入选“2025年全球最佳医院”。", nil},
		{"醫院再度入選「2025年全球最佳醫院」。", nil},
		{"医院荣获「卓越机构」最高荣誉奖项。", []string{"卓越机构"}},
		// A building or campus named is no honour; an honour a hospital is
		// named still is.
		{"新大楼落成后被正式命名为“甲市人民医院东院”。", nil},
		{"新大樓落成後被正式命名為「甲市人民醫院東院」。", nil},
		{"新院区正式命名为“甲市中医院北院区”。", nil},
		{"该院被命名为“全省改善医疗服务创新医院”。", []string{"全省改善医疗服务创新医院"}},
		{"該院被命名為「全省改善醫療服務創新醫院」。", []string{"全省改善医疗服务创新医院"}},
		{"医院夺下「甲标章」及「乙奖」等多项大奖。", []string{"甲标章", "乙奖"}},
		// A prize after a quoted title is the title's.
		{"医院连续两年摘得某招聘网「年度最佳雇主」金奖。", []string{"年度最佳雇主金奖"}},
		{"醫院連續兩年摘得某招聘網「年度最佳雇主」金獎。", []string{"年度最佳雇主金奖"}},
		// Honours the hospital gives, or people receive.
		{"医院对荣获“优质服务奖”“安全生产奖”等奖项的科室进行了表彰。", nil},
		{"醫院對榮獲「優質服務獎」「安全生產獎」等獎項的科室進行了表彰。", nil},
		{"数十人次获得“全国先进工作者”“全国优秀护士”等表彰。", nil},
		{"數十人次獲得「全國先進工作者」「全國優秀護士」等表彰。", nil},
		{"12名职工被授予先进个人称号。", nil},
		{"12名職工被授予先進個人稱號。", nil},
		{"医院表彰了26名优秀共产党员和8名优秀党务工作者。", nil},
		{"护理部主任被评为全省优秀护理管理者。", nil},
		// The winning entry's title, a prize that names no honour.
		{"此次获得金奖的作品为「智慧病房管理」。", nil},
		{"此次獲得金獎的作品為「智慧病房管理」。", nil},
		{"医院获得铜奖殊荣。", nil},
		{"获得患者一致好评。", nil},
		{"医院被评为三级甲等医院。", nil},
		// Given to a person named as the object.
		{"市总工会授予汪明亮“最美职工”称号。", nil},
		{"市總工會授予汪明亮「最美職工」稱號。", nil},
		{"省卫健委授予该院“群众满意医院”称号。", []string{"群众满意医院"}},
		{"省衛健委授予該院「群眾滿意醫院」稱號。", []string{"群众满意医院"}},
		// A festival quoted as a day is no honour.
		{"通报了我院获省卫健委“七一”表彰情况。", nil},
		{"通報了我院獲省衛健委「七一」表彰情況。", nil},
		// Approvals and designations to build up are no honours.
		{"医院获批省级区域医疗中心建设单位。", nil},
		{"醫院獲批省級區域醫療中心建設單位。", nil},
		{"医院被确定为全国公立医院改革试点单位。", nil},
	})
	_, facts := extractorFacts(t, award{}, "院党委被省委授予先进基层党组织称号。")
	if len(facts) != 1 || facts[0].Scope != "省委" {
		t.Errorf("giver: %+v, want scope 省委", facts)
	}
}

func TestAwardsOfOthers(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		// A person named by the job title.
		{"此外,护理师陈美玲获得年度优秀服务奖。", nil},
		{"此外,護理師陳美玲獲得年度優秀服務獎。", nil},
		{"药师黄志明荣获“用药安全贡献奖”。", nil},
		{"藥師黃志明榮獲「用藥安全貢獻獎」。", nil},
		{"护理长吴佩君获得杰出护理人员奖。", nil},
		{"護理長吳佩君獲得傑出護理人員獎。", nil},
		{"新进同仁获得最佳新人奖。", nil},
		// A branch or a department of the hospital.
		{"该院内科第二党支部荣获“先进基层党组织”称号。", nil},
		{"該院內科第二黨支部榮獲「先進基層黨組織」稱號。", nil},
		{"九三学社医院支社先后荣获“优秀基层组织”称号。", nil},
		{"九三學社醫院支社先後榮獲「優秀基層組織」稱號。", nil},
		{"医院放射科连续三年获得“青年文明号”。", nil},
		// Honours in a democratic party's system, whoever the sentence names.
		{"先后荣获“民盟全国先进集体”“民盟省级优秀支部”等称号。", nil},
		{"先後榮獲「民盟全國先進集體」「民盟省級優秀支部」等稱號。", nil},
		{"荣获“五四红旗团支部”称号。", nil},
		// The hospital's own honours still count.
		{"该院先后荣获“全国文明单位”称号。", []string{"全国文明单位"}},
		{"該院先後榮獲「全國文明單位」稱號。", []string{"全国文明单位"}},
		{"医院党委2021年荣获“全省先进基层党组织”称号。", []string{"全省先进基层党组织"}},
		{"醫院黨委2021年榮獲「全省先進基層黨組織」稱號。", []string{"全省先进基层党组织"}},
	})
}

func TestAwardsOfPeopleByTitle(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		// Honours whose titles name a person.
		{"医院荣获“十佳护士”“优秀医师”称号。", nil},
		{"醫院榮獲「十佳護士」「優秀醫師」稱號。", nil},
		// A department, colleagues, students.
		{"医院护理部荣获“全国优质护理服务先进集体”称号。", nil},
		{"醫院護理部榮獲「全國優質護理服務先進集體」稱號。", nil},
		{"多位同仁获得年度服务奖。", nil},
		// A giver named before the verb is no subject.
		{"医院被国家卫生部授予“全国百佳医院”称号。", []string{"全国百佳医院"}},
		{"醫院被國家衛生部授予「全國百佳醫院」稱號。", []string{"全国百佳医院"}},
	})
}

func TestAwardGiverIsNoPerson(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		// A committee that gives the honour names no person.
		{"医院被省文明委员会授予“文明单位”称号。", []string{"文明单位"}},
		{"醫院被省文明委員會授予「文明單位」稱號。", []string{"文明单位"}},
	})
}

// Honours as real pages list and phrase them: a list of plain titles
// between commas, the verb 得到, the prize after a quoted category, a
// topic honour won by hospitals after 由; and what names no honour: those
// who won it (获奖代表), a count of prizes (多项大奖), persons' honours by
// their names, a pronoun or the phrase the honour ends in.
func TestAwardsAsPagesPhraseThem(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		{"医院先后获得甲省平安医院,乙市文明单位,乙市群众满意基层站所,乙市环保模范(绿色)医院。",
			[]string{"甲省平安医院", "乙市文明单位", "乙市群众满意基层站所", "乙市环保模范(绿色)医院"}},
		{"醫院先後獲得甲省平安醫院,乙市文明單位,乙市群眾滿意基層站所,乙市環保模範(綠色)醫院。",
			[]string{"甲省平安医院", "乙市文明单位", "乙市群众满意基层站所", "乙市环保模范(绿色)医院"}},
		{"医院先后获得甲市文明单位,患者好评如潮。", []string{"甲市文明单位"}},
		{"医院一举囊括五项标章,并得到持续改善十年奖。", []string{"持续改善十年奖"}},
		{"醫院一舉囊括五項標章,並得到持續改善十年獎。", []string{"持续改善十年奖"}},
		{"医院以「甲」专案荣获「护理服务类－智慧护理组」某某品质奖金奖及标章。", []string{"某某品质奖金奖"}},
		{"醫院以「甲」專案榮獲「護理服務類－智慧護理組」某某品質獎金獎及標章。", []string{"某某品质奖金奖"}},
		{"医院团队入围「护理服务类－智慧护理组」决赛。", nil},
		{"各组获奖代表依次上台领奖。", nil},
		{"優秀病例獲獎代表上台領獎。", nil},
		{"今年院方屡获多项大奖。", nil},
		{"院方近年屢獲多項大獎肯定。", nil},
		{"医院获得省、市级多项科研成果奖。", nil},
		{"醫院獲得省、市級數項科技進步獎。", nil},
		{"医院获得省级文明单位、市级多项科研成果奖。", []string{"省级文明单位"}},
		{"王大明、李小红、张伟获得“科技人才奖”称号。", nil},
		{"王大明、李小紅、張偉獲得「科技人才獎」稱號。", nil},
		{"其仁心让他在多年前便荣获全国「医疗奉献奖」的殊荣。", nil},
		{"他早年即以仁心榮獲全國「醫療奉獻獎」肯定。", nil},
		{"由曾获「医疗奉献奖」肯定、在该院服务三十年的黄健荣医师,接任院长。", nil},
		{"由曾獲「醫療奉獻獎」肯定、在該院服務三十年的黃健榮醫師,接任院長。", nil},
		// 学科 is a discipline, no department holding the honour.
		{"医院收获两个省级重点学科,并获“甲省卫生系统先进集体”等荣誉称号。", []string{"甲省卫生系统先进集体"}},
		{"醫院收穫一個國家重點學科,並獲「甲省衛生系統先進集體」等榮譽稱號。", []string{"甲省卫生系统先进集体"}},
		{"医院收获全国住院医师规范化培训基地项目,并获“甲省卫生系统先进集体”称号。", []string{"甲省卫生系统先进集体"}},
	})
}

func TestAwardWonByAgents(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		{"其中「特优机构奖」,甲组与乙组分别由甲市人民医院及乙县中医院夺得。", []string{"甲市人民医院 特优机构奖", "乙县中医院 特优机构奖"}},
		{"其中「特優機構獎」,甲組與乙組分別由甲市人民醫院及乙縣中醫院奪得。", []string{"甲市人民医院 特优机构奖", "乙县中医院 特优机构奖"}},
		{"其中「优秀团队奖」,由甲市人民医院心内科及乙县中医院骨科夺得。", nil},
	})
}

// The hospitals a giver presents an honour to (为甲医院颁发“…”), not
// persons or departments.
func TestAwardPresentedTo(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		{"市总工会为甲市人民医院颁发“五一劳动奖状”。", []string{"甲市人民医院 五一劳动奖状"}},
		{"市總工會為甲市人民醫院頒發「五一勞動獎狀」。", []string{"甲市人民医院 五一劳动奖状"}},
		{"大会为甲市人民医院、乙县中医院颁发了“先进集体”奖牌。", []string{"甲市人民医院 先进集体", "乙县中医院 先进集体"}},
		{"市总工会为王小明颁发“五一劳动奖章”。", nil},
		{"院领导为心内科颁发“先进科室”奖牌。", nil},
		{"省人民医院为10家协作医院颁发“培训基地”牌匾。", nil},
	})
}

// A list of quoted titles whose items carry who gave them or their level
// before the quotes (、省“…”, 、市政府“…”) and the rest of the title after
// them (…”竞赛先进医院, …”银杯, …”第二名荣誉称号).
func TestAwardListWithQualifiers(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		{"医院曾获得省级“平安医院”、市“优质护理”竞赛优胜医院、县政府“南丁格尔杯”银杯等称号。", []string{"平安医院", "优质护理竞赛优胜医院", "南丁格尔杯银杯"}},
		{"醫院曾獲得省級「平安醫院」、市「優質護理」競賽優勝醫院、縣政府「南丁格爾杯」銀杯等稱號。", []string{"平安医院", "优质护理竞赛优胜医院", "南丁格尔杯银杯"}},
		{"该院先后荣获市卫健委“三好一满意”第二名荣誉称号及“群众满意医院”称号。", []string{"三好一满意第二名", "群众满意医院"}},
		{"該院先後榮獲市衛健委「三好一滿意」第二名榮譽稱號及「群眾滿意醫院」稱號。", []string{"三好一满意第二名", "群众满意医院"}},
		{"医院荣获“文明单位”和省“巾帼文明岗”。", []string{"文明单位", "巾帼文明岗"}},
		// The list ends where a clause of other words begins.
		{"医院荣获“文明单位”、市民普遍认可“平安医院”的成效。", []string{"文明单位"}},
		// After the quotes, words that are no part of a title.
		{"医院荣获“文明单位”称号及“平安医院”称号。", []string{"文明单位", "平安医院"}},
		{"医院荣获“文明单位”牌匾。", []string{"文明单位"}},
	})
}

// A count of prizes of one family, then the list of them (4项某某方案奖,
// 包括甲-金奖、乙-银奖…): each prize is an honour, the family is none.
func TestAwardFamilyMembers(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		{"医院获得年度绩优奖及3项永续方案奖,包括绿色采购-金奖、社区照护-银奖、节能病房-银奖,成果丰硕。", []string{"年度绩优奖", "绿色采购-金奖", "社区照护-银奖", "节能病房-银奖"}},
		{"醫院獲得年度績優獎及3項永續方案獎,包括綠色採購-金獎、社區照護-銀獎、節能病房-銀獎,成果豐碩。", []string{"年度绩优奖", "绿色采购-金奖", "社区照护-银奖", "节能病房-银奖"}},
		// No list after the count: the family as before.
		{"医院今年荣获两座创新服务奖。", []string{"创新服务奖"}},
		// A list of something else after it.
		{"医院获得3项永续方案奖,包括绿色采购、社区照护和节能病房。", []string{"永续方案奖"}},
	})
}

// Honours as question-and-answer pages and histories phrase them: the
// word for the honour after 的 (“…”的荣誉, …的称号), a plain title after
// quoted ones, the hospital as the object's pronoun (授予它…, 表彰其为…).
func TestAwardsPhrasedWithPronounsAndParticles(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		{"医院被市委授予“优秀基层党组织”的荣誉。", []string{"优秀基层党组织"}},
		{"醫院被市委授予「優秀基層黨組織」的榮譽。", []string{"优秀基层党组织"}},
		{"该院多次荣获“文明单位”和市级平安医院的称号。", []string{"文明单位", "市级平安医院"}},
		{"該院多次榮獲「文明單位」和市級平安醫院的稱號。", []string{"文明单位", "市级平安医院"}},
		{"1995年,省政府授予它全省卫生先进集体的称号。", []string{"全省卫生先进集体"}},
		{"1995年,省政府授予它全省衛生先進集體的稱號。", []string{"全省卫生先进集体"}},
		{"同年,市卫健委表彰其为全市卫生系统先进单位。", []string{"全市卫生系统先进单位"}},
		{"同年,市衛健委表彰其為全市衛生系統先進單位。", []string{"全市卫生系统先进单位"}},
		{"医院被表彰为全省文明单位。", []string{"全省文明单位"}},
		{"医院被评选为“全省十佳医院”。", []string{"全省十佳医院"}},
		{"醫院經衛生局評選為「優良醫療機構」。", []string{"优良医疗机构"}},
		// A meeting that honours others is no honour of the hospital.
		{"医院召开表彰大会,表彰了一批先进集体。", nil},
	})
}

// Words after a quoted title and before the words for an honour that
// are no part of the title: who received it.
func TestAwardTitleNotContinuedByPerson(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		{"大会授予“时代先锋”李明以崇高荣誉。", []string{"时代先锋"}},
		{"医院荣获“技能竞赛”第一名荣誉称号。", []string{"技能竞赛第一名"}},
		{"醫院榮獲「技能競賽」第一名榮譽稱號。", []string{"技能竞赛第一名"}},
	})
}

// A page that lists honours one a line (a hospital's 所获荣誉 page, its
// table cells): each line that is wholly an honour is one, with its year;
// lines of givers are none; fewer than three such lines make no roll, and
// captions (某某代表上台领奖) are none.
func TestAwardHonourRoll(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		{"绿水省文明卫生单位\n绿水省爱卫委\n2016年度改善医疗服务示范医院\n国家卫计委医政医管局\n2017—2018年度“全省医院文化建设先进单位”\n全国文明单位\n",
			[]string{"绿水省文明卫生单位", "2016年度改善医疗服务示范医院", "2017—2018年度全省医院文化建设先进单位", "全国文明单位"}},
		{"綠水省文明衛生單位\n綠水省愛衛委\n2016年度改善醫療服務示範醫院\n全國文明單位\n",
			[]string{"绿水省文明卫生单位", "2016年度改善医疗服务示范医院", "全国文明单位"}},
		{"绿水省文明卫生单位\n全国文明单位\n", nil},
		{"先进科室代表上台领奖\n优秀党员代表上台领奖\n文明家庭代表上台领奖\n", nil},
		{"医院荣获全国文明单位。\n全省卫生先进集体\n绿水省文明卫生单位\n", []string{"全国文明单位"}},
		// One title given in two years is two honours.
		{"2016年度改善医疗服务示范医院\n2017年改善医疗服务示范医院\n全国文明单位\n", []string{"2016年度改善医疗服务示范医院", "2017年改善医疗服务示范医院", "全国文明单位"}},
	})
	_, facts := extractorFacts(t, award{}, "绿水省文明卫生单位\n2016年度改善医疗服务示范医院\n全国文明单位\n")
	if len(facts) != 3 || facts[1].Year != 2016 {
		t.Errorf("roll's years: %+v, want 2016 for the second", facts)
	}
}

// An honour received together by the hospitals its subject lists, other
// organisations perhaps among them.
func TestAwardReceivedTogether(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		{"其中,甲省疾病防治研究所、乙市人民医院、丙市中心医院等3个单位获评全国文明单位。",
			[]string{"丙市中心医院 全国文明单位", "乙市人民医院 全国文明单位"}},
		{"其中,甲省疾病防治研究所、乙市人民醫院、丙市中心醫院等3個單位獲評全國文明單位。",
			[]string{"丙市中心医院 全国文明单位", "乙市人民医院 全国文明单位"}},
		{"乙市人民医院和丙县中医院两家医院荣获“省级平安医院”称号。",
			[]string{"丙县中医院 省级平安医院", "乙市人民医院 省级平安医院"}},
		{"乙市人民醫院和丙縣中醫院兩家醫院榮獲「省級平安醫院」稱號。",
			[]string{"丙县中医院 省级平安医院", "乙市人民医院 省级平安医院"}},
		// One hospital with its department: the hospital's alone.
		{"乙市人民医院荣获“省级平安医院”称号。", []string{"省级平安医院"}},
		// Departments listed: no hospital's honour.
		{"心内科、神经外科等科室获评省级先进集体。", nil},
	})
}

// The holder written after the honour: 由甲医院获得, 得主是甲医院.
func TestAwardHolderAfterTitle(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		{"医疗机构组「医疗服务公益奖」由乙市人民医院获奖。", []string{"乙市人民医院 医疗服务公益奖"}},
		{"醫療機構組「醫療服務公益獎」由乙市人民醫院獲獎。", []string{"乙市人民医院 医疗服务公益奖"}},
		{"“改善服务示范奖”由乙市人民医院、丙县中医院获得。", []string{"丙县中医院 改善服务示范奖", "乙市人民医院 改善服务示范奖"}},
		{"本届最佳服务奖的得主是乙市人民医院。", []string{"乙市人民医院 最佳服务奖"}},
		{"本屆最佳服務獎的得主是乙市人民醫院。", []string{"乙市人民医院 最佳服务奖"}},
		// A department, a person or a team as the holder.
		{"“优秀作品奖”由宣传处获得。", nil},
		{"团体奉献奖得奖单位为乙市人民医院社区医学部。", nil},
		{"最佳服务奖的得主是王小明医师。", nil},
	})
}

// Persons counted after the title hold it.
func TestAwardHeldByPersonsCounted(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		{"第五届公益奖荣获「医疗贡献奖」共计10人。", nil},
		{"第五屆公益獎榮獲「醫療貢獻獎」共計10人。", nil},
		{"医院荣获「医疗贡献奖」,共有3项成果入选。", []string{"医疗贡献奖"}},
	})
}

func TestAwardTitleWithoutCategory(t *testing.T) {
	for in, want := range map[string]string{
		"医疗机构组医疗公益奖": "医疗公益奖",
		"最佳志愿服务组织奖":  "最佳志愿服务组织奖",
		"传染病类型防治奖":   "传染病类型防治奖",
		"医院组奖":       "医院组奖",
	} {
		if got := withoutCategory(in); got != want {
			t.Errorf("withoutCategory(%q) = %q, want %q", in, got, want)
		}
	}
}

// The holder of an honour whose category names 医院 after a dash is the
// clause's subject, not the hospital the article is about; the holders
// of a list's honours are its hospitals, named in full.
func TestAwardAttribution(t *testing.T) {
	checkAttribution(t, []attributionCase{
		{"其中,甲市人民医院荣获19项认证,乙县中医院则以「社区照护,守护乡亲」获医疗院所类─医院社区服务组铜奖殊荣。", "award", "乙县中医院"},
		{"其中,甲市人民醫院榮獲19項認證,乙縣中醫院則以「社區照護,守護鄉親」獲醫療院所類─醫院社區服務組銅獎殊榮。", "award", "乙县中医院"},
		{"医疗机构组「医疗服务公益奖」由天主教乙市仁爱医院获奖。", "award", "天主教乙市仁爱医院"},
	})
}

// After 分别, the honours go to the hospitals in their order.
func TestAwardsRespective(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		{"甲市人民医院、乙县人民医院分别荣获“全国文明单位”和“省级文明单位”称号。",
			[]string{"甲市人民医院 全国文明单位", "乙县人民医院 省级文明单位"}},
		{"甲市人民醫院、乙縣人民醫院分別榮獲「全國文明單位」和「省級文明單位」稱號。",
			[]string{"甲市人民医院 全国文明单位", "乙县人民医院 省级文明单位"}},
		// One honour for both: each holds it.
		{"甲市人民医院、乙县人民医院分别荣获“全国文明单位”称号。",
			[]string{"甲市人民医院 全国文明单位", "乙县人民医院 全国文明单位"}},
		{"甲市人民医院和乙县人民医院同时入选“省级文明单位”。",
			[]string{"甲市人民医院 省级文明单位", "乙县人民医院 省级文明单位"}},
	})
}

// An entry's prize, the entry made by a department or a person: theirs.
func TestAwardOfEntryMadeByOthers(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		{"在第五届科普作品评比中,由放射科制作的科普短片《小王看病记》获最佳创意奖。", nil},
		{"在第五屆科普作品評比中,由放射科製作的科普短片《小王看病記》獲最佳創意獎。", nil},
		{"由乙市人民医院选送的短片《小王看病记》获最佳创意奖。", []string{"最佳创意奖"}},
	})
}

// 评定为 is a verb of honour; an accreditation level is no honour.
func TestAwardRatedAndGraded(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		{"甲市人民医院被省爱卫会评定为“省级卫生先进单位”。", []string{"省级卫生先进单位"}},
		{"甲市人民醫院被省愛衛會評定為「省級衛生先進單位」。", []string{"省级卫生先进单位"}},
		{"甲市人民醫院獲衛福部評鑑為「醫學中心」。", nil},
		{"甲市人民医院被评定为“三级甲等医院”。", nil},
	})
}

// Honours written before their holders: the holders listed after 的医院有,
// or given the title after it (“某某”称号授予甲医院).
func TestAwardHoldersAfterTitle(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		{"获得“全国文明单位”称号的医院有甲市人民医院、乙县中医院。", []string{"乙县中医院 全国文明单位", "甲市人民医院 全国文明单位"}},
		{"獲得「全國文明單位」稱號的醫院有甲市人民醫院、乙縣中醫院。", []string{"乙县中医院 全国文明单位", "甲市人民医院 全国文明单位"}},
		{"荣获“省级文明单位”的单位包括甲市人民医院和乙县中医院等。", []string{"乙县中医院 省级文明单位", "甲市人民医院 省级文明单位"}},
		{"“全国文明单位”称号授予甲市人民医院。", []string{"甲市人民医院 全国文明单位"}},
		{"「全國文明單位」稱號授予甲市人民醫院。", []string{"甲市人民医院 全国文明单位"}},
		{"本届「某某品质奖」颁给了甲市人民医院、乙县中医院。", []string{"乙县中医院 某某品质奖", "甲市人民医院 某某品质奖"}},
		// Holders that are persons or departments: none of a hospital.
		{"“优秀医师”称号授予王小明。", nil},
		{"获得“先进集体”称号的单位有心内科、骨科。", nil},
	})
}
