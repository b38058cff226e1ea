package extract

import "testing"

func TestBedsWordings(t *testing.T) {
	runCases(t, []ruleCase{
		{"医院编制病床600张,开放床位720张。", "beds", []string{"600", "720"}},
		{"醫院編製病床600張,開放床位720張。", "beds", []string{"600", "720"}},
		{"目前医院核定床位900张。", "beds", []string{"900"}},
		// Day beds and beds for no stay are no inpatient beds.
		{"医院现有住院病床456张,非住院病床100张。", "beds", []string{"456"}},
		{"醫院現有住院病床456張，非住院病床100張。", "beds", []string{"456"}},
		{"医院设有日间病床90张。", "beds", nil},
		// A plan an earlier clause describes is another thing's once the
		// hospital is named again by a determiner; otherwise it still holds.
		{"新院区设计床位1000张,该院现有床位500张。", "beds", []string{"500"}},
		{"新院區設計床位1000張,該院現有床位500張。", "beds", []string{"500"}},
		{"门诊楼的设计门诊量为30万人次,而近三年间,该院核定的650个床位已不够用。", "beds", []string{"650"}},
		{"新院区按设计规模,医院床位数为1200张。", "beds", nil},
		{"新院区按设计规模,该院床位将达1200张。", "beds", nil},
		// Beds counted with 个, as a count of places.
		{"医院核定的650个床位已满足不了需求。", "beds", []string{"650"}},
		{"醫院核定的650個床位已滿足不了需求。", "beds", []string{"650"}},
		{"医院编制床位300个,设有病区12个。", "beds", []string{"300"}},
		{"目前醫院核定床位900張。", "beds", []string{"900"}},
		{"医院现有病床1100床。", "beds", []string{"1100"}},
		// 床 as the measure, no noun, as Taiwan writes it; a building's
		// capacity and its parts are no beds of the hospital's yet.
		{"院长表示,医院现有420床、650名医护人力。", "beds", []string{"420"}},
		{"院長表示，醫院現有420床、650名醫護人力。", "beds", []string{"420"}},
		{"新大楼总经费12亿元,可容纳300床(一般病床200床及特殊病床100床)。", "beds", nil},
		{"新大樓總經費12億元，可容納300床（一般病床200床及特殊病床100床）。", "beds", nil},
		{"届时全院总床数可达600床。", "beds", nil},
		{"医院设有20床位的日间病房,另有3床边超声仪。", "beds", nil},
		{"搬迁当天,工作人员共搬运病床320张。", "beds", nil},
		{"搬遷當天,工作人員共搬運病床320張。", "beds", nil},
		{"爱心企业向医院捐赠病床50张。", "beds", nil},
		{"醫院現有病床1100床。", "beds", []string{"1100"}},
		{"改扩建后开放床位达到860张。", "beds", []string{"860"}},
		{"医院床位规模达1500张,实际开放床位数为1280张。", "beds", []string{"1280", "1500"}},
		{"醫院床位規模達1500張,實際開放床位數為1280張。", "beds", []string{"1280", "1500"}},
		{"建设规模为设置床位800张。", "beds", nil},
		{"改擴建後開放床位達到860張。", "beds", []string{"860"}},
		// Planned or designed capacity, one phase, an increase.
		{"新院区设计床位1200张。", "beds", nil},
		{"新院區設計床位1200張。", "beds", nil},
		{"项目全部建成后,床位将达到1000张。", "beds", nil},
		{"項目全部建成後,床位將達到1000張。", "beds", nil},
		{"一期规模为400张床位。", "beds", nil},
		{"一期規模為400張床位。", "beds", nil},
		{"规划床位800张,分两期建设。", "beds", nil},
		{"今年新增床位120张。", "beds", nil},
		// A planned increase: the count it starts from is the present one.
		{"明年新楼落成,届时病床数目将由300张增至450张。", "beds", []string{"300"}},
		{"明年新樓落成,屆時病床數目將由300張增至450張。", "beds", []string{"300"}},
		{"医院床位预计从800张扩大到1000张。", "beds", []string{"800"}},
		{"醫院床位預計從800張擴大到1000張。", "beds", []string{"800"}},
		{"全港私院病床将由3000张增至3500张。", "beds", nil},
		{"院方表示,重症病床将从40张增至60张。", "beds", nil},
		// A design is a plan; the architect's credit of a building that
		// stands is none.
		{"新院由青山建筑设计院设计,总投资5亿元,设置床位1000张。", "beds", []string{"1000"}},
		{"新院由青山建築設計院設計,總投資5億元,設置床位1000張。", "beds", []string{"1000"}},
		{"新院按三级医院标准设计,床位1000张。", "beds", nil},
		// A plan measured against the present count gives that count.
		{"新院规划床位1200张,比目前的800张增加一半。", "beds", []string{"800"}},
		{"新院區規劃病床1200床,較現有的800床增加近一半。", "beds", []string{"800"}},
		{"新院一般病床1200床,较现有的800床增加。", "beds", nil},
		{"医院床位1000张,比去年的870张有所增加。", "beds", []string{"1000"}},
		{"院方表示，重症病床將從40張增至60張。", "beds", nil},
		{"全港私院病床將由3000張增至3500張。", "beds", nil},
	})
}

func TestCountTraps(t *testing.T) {
	runCases(t, []ruleCase{
		// A department's branches, and branches named as owners.
		{"眼科片两个党支部与社区签订共建协议。", "party_branches", nil},
		{"眼科片兩個黨支部與社區簽訂共建協議。", "party_branches", nil},
		{"骨科三个支部联合开展义诊。", "party_branches", nil},
		{"骨科三個支部聯合開展義診。", "party_branches", nil},
		{"今后将加强两个支部的沟通。", "party_branches", nil},
		{"今後將加強兩個支部的溝通。", "party_branches", nil},
		{"医院党委下设12个党支部,各支部的书记均由科主任担任。", "party_branches", []string{"12"}},
		{"醫院黨委下設12個黨支部,各支部的書記均由科主任擔任。", "party_branches", []string{"12"}},
		// At a meeting: the members due, not those present.
		{"支部书记宣布本次应到会党员人数为35名,实到33名。", "party_members", []string{"35"}},
		{"會上通報了應到會黨員人數為35名,實到黨員人數33名。", "party_members", []string{"35"}},
		{"实到会党员28人。", "party_members", nil},
		{"出席会议党员42名。", "party_members", nil},
		// The whole membership, however it is addressed.
		{"书记代表医院党委向全院418名党员同志致以节日的问候。", "party_members", []string{"418"}},
		{"書記代表醫院黨委向全院418名黨員同志致以節日的問候。", "party_members", []string{"418"}},
		{"医院组织30名党员同志深入社区。", "party_members", nil},
		// A democratic party's branch in the hospital counts that party's members.
		{"青山医院(九三学社青山医院支社,党员17名)获评先进集体。", "party_members", nil},
		{"青山醫院（九三學社青山醫院支社，黨員17名）獲評先進集體。", "party_members", nil},
		{"民盟青山医院支部现有党员19名。", "party_members", nil},
		{"青山医院党委现有党员190名。", "party_members", []string{"190"}},
		// People honoured are no headcount.
		{"医院表彰了26名优秀共产党员。", "party_members", nil},
		{"醫院表彰了26名優秀共產黨員。", "party_members", nil},
		{"12名职工被授予先进个人称号。", "staff", nil},
		{"12名職工被授予先進個人稱號。", "staff", nil},
		// A part of the staff, people surveyed.
		{"医院为服务满30年的资深员工45位颁发纪念章。", "staff", nil},
		{"醫院為服務滿30年的資深員工45位頒發紀念章。", "staff", nil},
		{"共有女职工560名。", "staff", nil},
		{"本次问卷调查共有职工1200人参与。", "staff", nil},
		// Branches that watch or attend another's meeting are some of them.
		{"外科党支部召开换届大会,内科党支部等5个党支部观摩。", "party_branches", nil},
		{"外科黨支部召開換屆大會，內科黨支部等5個黨支部觀摩。", "party_branches", nil},
		{"全院12个党支部参会。", "party_branches", nil},
		// Members honoured, named by example.
		{"大会表彰了荣获院内“优秀共产党员”的王某、李某等120名党员。", "party_members", nil},
		{"大會表彰了榮獲院內「優秀共產黨員」的王某、李某等120名黨員。", "party_members", nil},
		// Counts of a region, not of the hospital.
		{"全市卫生健康系统共有党支部126个、党员4300余名。", "party_branches", nil},
		{"全市衛生健康系統共有黨支部126個、黨員4300餘名。", "party_members", nil},
		{"全省共有医疗卫生机构床位8.6万张。", "beds", nil},
		{"辖区内医务人员3200余人。", "staff", nil},
		// This year's share, one source of the funding.
		{"项目总投资3.6亿元,其中今年计划投资1.2亿元。", "investment_yuan", []string{"3.6e+08"}},
		{"項目總投資3.6億元,其中今年計劃投資1.2億元。", "investment_yuan", []string{"3.6e+08"}},
		{"其中一期投资8000万元。", "investment_yuan", nil},
		{"扩建工程总经费12亿3,400万元由县府编列。", "investment_yuan", []string{"1.234e+09"}},
		{"擴建工程總經費12億3,400萬元由縣府編列。", "investment_yuan", []string{"1.234e+09"}},
		{"总工程经费由原先约9亿元提升至12亿元。", "investment_yuan", nil},
		{"省财政补助专项建设资金2000万元。", "investment_yuan", nil},
		{"医院资产总值12.5亿元。", "investment_yuan", nil},
	})
}

func TestVisitsInTenThousands(t *testing.T) {
	runCases(t, []ruleCase{
		{"去年医院门急诊量达126.5万人次。", "outpatient_visits", []string{"1265000"}},
		{"去年醫院門急診量達126.5萬人次。", "outpatient_visits", []string{"1265000"}},
		{"年门诊量85万余人次。", "outpatient_visits", []string{"850000"}},
		// The two kinds written apart: 门、急诊, 门/急诊.
		{"2021年门、急诊总量186.2万人次。", "outpatient_visits", []string{"1862000"}},
		{"2021年門、急診總量186.2萬人次。", "outpatient_visits", []string{"1862000"}},
		{"全年门/急诊量96万人次。", "outpatient_visits", []string{"960000"}},
		{"年出院患者4.2万人次。", "inpatient_discharges", []string{"42000"}},
		{"年出院患者4.2萬人次。", "inpatient_discharges", []string{"42000"}},
		{"出院病人3.6万余人次。", "inpatient_discharges", []string{"36000"}},
		// The unit with the label.
		{"年门急诊人次达150万。", "outpatient_visits", []string{"1500000"}},
		{"年門急診人次達150萬。", "outpatient_visits", []string{"1500000"}},
		{"出院人次4.5万,手术1.2万台次。", "inpatient_discharges", []string{"45000"}},
		{"年诊疗量突破200万人次。", "outpatient_visits", []string{"2000000"}},
		// One clinic or service is a part of the visits; an area is no visit.
		{"远程诊疗服务1.2万人次。", "outpatient_visits", nil},
		{"發熱門診接診患者3.5萬人次。", "outpatient_visits", nil},
		{"门诊人次数同比增长12%,门诊楼面积3.2万平方米。", "outpatient_visits", nil},
		// Figures a project is built for, or hoped for, are no visits yet.
		{"新院建成后年门诊量可达80万人次,住院病人可达3万人次。", "outpatient_visits", nil},
		{"新院建成後年門診量可達80萬人次，住院病人可達3萬人次。", "inpatient_discharges", nil},
		{"预计今年门急诊量将突破100万人次。", "outpatient_visits", nil},
		{"医院力争患者满意度达到98%。", "satisfaction_rate", nil},
		{"2023年门诊量达60万人次,预计明年新院投用。", "outpatient_visits", []string{"600000"}},
	})
}

// TestNumbersThatAreNoFacts: ordinals, editions, streaks and phases,
// anniversaries and ages, survey samples, population served, counts about
// others, document numbers and page counters give no fact of any metric.
func TestNumbersThatAreNoFacts(t *testing.T) {
	for _, text := range []string{
		"医院召开第五次党员代表大会。",
		"醫院召開第五次黨員代表大會。",
		"医院连续三年获评优秀,这是第28届评选。",
		"项目分两期建设,一期工程明年竣工。",
		"医院隆重举行建院65周年纪念大会。",
		"醫院隆重舉行建院70週年慶祝大會。",
		"这家百年老院今年已经128岁。",
		"本次共抽取调查对象52000人,接受调查人数9876人。",
		"本次共抽取調查對象52000人,接受調查人數9876人。",
		"医院服务辖区180余万人口。",
		"全省共有省级文明单位1800个,其中我市156个。",
		"根据[市卫党(2019)12号]文件精神。",
		"浏览次数:3521",
		"瀏覽次數:3521",
	} {
		for _, metric := range []string{"party_branches", "party_members", "staff", "founded_year", "ranking", "award", "beds", "key_specialties", "outpatient_visits", "investment_yuan"} {
			if got := extractFrom(t, text, metric); len(got) > 0 {
				t.Errorf("%s in %q = %v, want none", metric, text, got)
			}
		}
	}
}

func TestCountChangesAndParts(t *testing.T) {
	runCases(t, []ruleCase{
		// Under one 党总支: the figure counts its branches, not 党总支.
		{"青山市妇幼保健院党总支下设4个党支部。", "party_general_branches", nil},
		{"青山市婦幼保健院黨總支下設4個黨支部。", "party_branches", []string{"4"}},
		{"医院党委下设党总支5个。", "party_general_branches", []string{"5"}},
		// 其中 introduces the active members, a part of their own.
		{"医院现有党员432名,其中在职党员350名。", "party_members_active", []string{"350"}},
		{"醫院現有黨員432名,其中在職黨員350名。", "party_members_active", []string{"350"}},
		{"医院现有党员432名,其中预备党员20名。", "party_members", []string{"432"}},
		// The members among the staff are the membership; a team's are not.
		{"青山县人民医院现有职工1200余人,其中党员300多名。", "party_members", []string{"300"}},
		{"青山县人民医院现有在编人员589人,其中党员159人。", "party_members", []string{"159"}},
		{"青山县人民医院现有职工600人,包括党员150名。", "party_members", []string{"150"}},
		// A part the count is said to include (当中包括, 包括) is no total.
		{"医院将设有400张病床,当中包括250张住院病床、90张日间病床。", "beds", nil},
		{"醫院設有400張病床，當中包括250張住院病床、90張日間病床。", "beds", []string{"400"}},
		{"医院现有党员300名,包括预备党员20名。", "party_members", []string{"300"}},
		{"青山縣人民醫院現有在編人員589人,其中黨員159人。", "party_members", []string{"159"}},
		{"青山县人民医院现有在职人员五百余人,其中党员一百余名。", "party_members", []string{"100"}},
		{"青山縣人民醫院現有職工一千二百餘人,其中黨員三百多名。", "party_members", []string{"300"}},
		{"医疗队有队员20名,其中党员12名。", "party_members", nil},
		{"医院召开大会,其中党员50名参加。", "party_members", nil},
		// Beds by kind are parts: the total, when given, is the count.
		{"新院有一般病床200床、特殊病床74床。", "beds", nil},
		{"新院有一般病床200床、特殊病床74床,共274床。", "beds", []string{"274"}},
		{"本院一般病床523床、特殊病床168床,合計691床。", "beds", []string{"691"}},
		{"医院现有病床600张。", "beds", []string{"600"}},
		// A change gives the value reached, however it is put.
		{"医院党委把9个党支部重新划分为14个党支部。", "party_branches", []string{"14"}},
		{"醫院黨委將原來的9個黨支部調整為現在的14個黨支部。", "party_branches", []string{"14"}},
		{"党委由8个支部调整为13个。", "party_branches", []string{"13"}},
		{"黨委由8個支部調整為13個。", "party_branches", []string{"13"}},
		{"医院把6个党支部改为10个。", "party_branches", []string{"10"}},
		{"医院党支部由7个变为11个。", "party_branches", []string{"11"}},
		{"醫院黨支部由7個變為11個。", "party_branches", []string{"11"}},
		{"将原有5个支部合并调整为3个党支部。", "party_branches", []string{"3"}},
		// The value reached is another thing's: only the count stands.
		{"医院将12个党支部划为3个片区。", "party_branches", []string{"12"}},
		// The old count alone.
		{"原有党支部8个,现已全部完成换届。", "party_branches", nil},
		{"原有黨支部8個,現已全部完成換屆。", "party_branches", nil},
		// A part of the branches, one branch's members.
		{"医院其他23个党支部也相继完成换届。", "party_branches", nil},
		{"醫院其他23個黨支部也相繼完成換屆。", "party_branches", nil},
		{"其余6个党支部将于下月换届。", "party_branches", nil},
		{"另外4个支部由各科室负责。", "party_branches", nil},
		{"此前个别支部党员人数超过150人。", "party_members", nil},
		{"此前個別支部黨員人數超過150人。", "party_members", nil},
		{"平均每个支部党员人数约30人。", "party_members", nil},
		{"调整后最多的支部党员人数为45人。", "party_members", nil},
		// A bracketed qualifier between the noun and its count.
		{"医院现有员工(不含外包人员)2600多人。", "staff", []string{"2600"}},
		{"醫院現有員工(不含外包人員)2600多人。", "staff", []string{"2600"}},
		{"全院职工（含合同制）1350人。", "staff", []string{"1350"}},
		{"全院職工（含合同制）1350人。", "staff", []string{"1350"}},
		{"医院共有党员(含预备党员)412名。", "party_members", []string{"412"}},
		{"醫院共有黨員(含預備黨員)412名。", "party_members", []string{"412"}},
	})
}

func TestCountOfTheLargestHospital(t *testing.T) {
	runCases(t, []ruleCase{
		// A superlative of the hospital is no one unit's figure.
		{"作为当地规模最大的综合医院现有职工2800余人。", "staff", []string{"2800"}},
		{"作為當地規模最大的綜合醫院現有職工2800餘人。", "staff", []string{"2800"}},
	})
}

// Counts whose subject, earlier in the sentence, is a team with its head
// count or a group of institutions with their number, are the team's or
// the group's; the hospital's own 人才队伍 and 党员队伍 stay the hospital's.
func TestCountsOfTeamsAndGroups(t *testing.T) {
	runCases(t, []ruleCase{
		{"该院首批支援医疗队有队员30名,其中党员18名。", "party_members", nil},
		{"該院首批支援醫療隊有隊員30名,其中黨員18名。", "party_members", nil},
		{"甲医院120人的队伍包括医生40名、护士80名,中共党员57人。", "party_members", nil},
		{"甲醫院120人的隊伍包括醫生40名、護士80名,中共黨員57人。", "party_members", nil},
		{"医疗队到达后成立了1个临时党支部。", "temporary_party_branches", []string{"1"}},
		{"醫療隊到達後成立了1個臨時黨支部。", "temporary_party_branches", []string{"1"}},
		{"某县现有公立医院3家,党支部15个,党员约420名。", "party_members", nil},
		{"某縣現有公立醫院3家,黨支部15個,黨員約420名。", "party_branches", nil},
		{"医共体共有12家成员单位,在职职工3100余人。", "staff", nil},
		{"醫共體共有12家成員單位,在職職工3100餘人。", "staff", nil},
		{"医院党员队伍不断壮大,现有党员460名。", "party_members", []string{"460"}},
		{"醫院黨員隊伍不斷壯大,現有黨員460名。", "party_members", []string{"460"}},
		{"医院拥有2家分院,现有职工1500人。", "staff", []string{"1500"}},
		// A group's figures, the group the clause's subject (体系, 集团,
		// 医共体): the whole group's, not one hospital's; a hospital whose
		// name holds its group's (某某集团某某医院) is that hospital.
		{"彰基体系今年春节仍维持约900床病床规模运作。", "beds", nil},
		{"院长说,长庚体系共有员工一万余人。", "staff", nil},
		{"院長說,長庚體系共有員工一萬餘人。", "staff", nil},
		{"彰基體系今年春節仍維持約900床病床規模運作。", "beds", nil},
		{"该医疗集团目前共有职工5200余人,床位3100张。", "staff", nil},
		{"該醫療集團目前共有職工5200餘人,床位3100張。", "beds", nil},
		{"县域医共体现有党员640名。", "party_members", nil},
		{"縣域醫共體現有黨員640名。", "party_members", nil},
		{"青山健康集团中心医院现有床位800张。", "beds", []string{"800"}},
		{"青山县人民医院牵头组建的医共体现有党员900名。", "party_members", nil},
		{"青山縣人民醫院牽頭組建的醫共體現有黨員900名。", "party_members", nil},
		{"青山县人民医院牵头组建医共体,现有党员900名。", "party_members", []string{"900"}},
		// A campus or a named department as the sentence's subject: its
		// figures are a part of the hospital's, in every clause; all the
		// campuses together (三院区, 两个院区) are the hospital.
		{"青山县人民医院东院区现有职工600人,开放床位500张。", "staff", nil},
		{"青山縣人民醫院東院區現有職工600人,開放床位500張。", "beds", nil},
		{"青山县人民医院心内科现有医护人员45名,床位60张。", "beds", nil},
		{"青山縣人民醫院心內科現有醫護人員45名,床位60張。", "beds", nil},
		{"青山县人民医院胸痛中心现有医生20名,床位40张。", "beds", nil},
		{"青山縣人民醫院胸痛中心現有醫生20名,床位40張。", "beds", nil},
		{"青山县人民医院两个院区共有职工2600人。", "staff", []string{"2600"}},
		{"青山縣人民醫院兩個院區共有職工2600人。", "staff", []string{"2600"}},
		{"青山县人民医院本部及东院区共有职工3000人。", "staff", []string{"3000"}},
		{"青山县妇产科医院现有职工500人,床位300张。", "beds", []string{"300"}},
		{"青山縣婦產科醫院現有職工500人,床位300張。", "beds", []string{"300"}},
		{"青山市公共卫生临床医疗中心现有职工900人。", "staff", []string{"900"}},
		{"青山市中心医院现有职工2100人,床位1500张。", "beds", []string{"1500"}},
		{"其为全省最大医院(以单一院区计),病床数约2千床。", "beds", []string{"2000"}},
		{"其為全省最大醫院(以單一院區計),病床數約2千床。", "beds", []string{"2000"}},
		{"青山健康集團中心醫院現有床位800張。", "beds", []string{"800"}},
		// Branches acting together are the parties to an event.
		{"本次三个党支部共建开展主题党日。", "party_branches", nil},
		{"本次三個黨支部共建開展主題黨日。", "party_branches", nil},
		{"医院下设三个党支部。", "party_branches", []string{"3"}},
		// A group sent out with its head count: the members among it are
		// the group's (其中), as are those a team is said to hold.
		{"医院先后分4批向定点医院派驻了36名医护人员,其中有15名党员。", "party_members", nil},
		{"醫院先後分4批向定點醫院派駐了36名醫護人員,其中有15名黨員。", "party_members", nil},
		{"该院抽调42名骨干赴灾区,其中党员20名。", "party_members", nil},
		{"該院抽調42名骨幹赴災區,其中黨員20名。", "party_members", nil},
		{"这支有着31名党员的抗疫集体,在前线成立了临时党支部。", "party_members", nil},
		{"這支有著31名黨員的抗疫集體,在前線成立了臨時黨支部。", "party_members", nil},
		{"医院现有职工1300人,其中党员410名。", "party_members", []string{"410"}},
		{"醫院現有職工1300人,其中黨員410名。", "party_members", []string{"410"}},
		{"医院派出2名专家赴新疆,全院现有党员530名。", "party_members", []string{"530"}},
	})
}

// An infobox's rows count as prose does: 雇员数 | 1215人 |, 职工数:980人.
func TestStaffInfoboxRow(t *testing.T) {
	runCases(t, []ruleCase{
		{"雇员数本院:720人\n居家护理所:4人", "staff", []string{"720"}},
		{"僱員數本院:720人\n居家護理所:4人", "staff", []string{"720"}},
		{"床位数 | 320床 |\n雇员数 | 1215人 |", "staff", []string{"1215"}},
		// A row split by site: the main site's count is the hospital's.
		{"床位数 | 320床 |\n雇员数 | 本院:640人 居家护理所:7人 |", "staff", []string{"640"}},
		{"床位數 | 320床 |\n僱員數 | 本院：640人 護理之家：12人 |", "staff", []string{"640"}},
		{"床位數 | 320床 |\n僱員數 | 1215人 |", "staff", []string{"1215"}},
		{"职工数:980人", "staff", []string{"980"}},
		{"该院雇员2000余人。", "staff", []string{"2000"}},
	})
}

// Hong Kong's words: 职员 for the staff, 病床数目 for the count of beds.
func TestHongKongCounts(t *testing.T) {
	runCases(t, []ruleCase{
		{"青山医院截至2013年有5630名职员。", "staff", []string{"5630"}},
		{"青山醫院截至2013年有5,630名職員。", "staff", []string{"5630"}},
		{"青山医院病床数目为1085张。", "beds", []string{"1085"}},
		{"青山醫院病床數目為1,085張。", "beds", []string{"1085"}},
	})
}

// A ratio of beds to people, and the beds of a hospital someone hopes to
// build, are no count of the hospital's beds.
func TestBedsRatiosAndHopes(t *testing.T) {
	runCases(t, []ruleCase{
		{"青山医院院长说,按规定每1万名居民应配置50床病床。", "beds", nil},
		{"青山醫院院長說，按規定每1萬名居民應配置50床病床。", "beds", nil},
		{"青山医院院长希望在这里兴建一间有300多张病床的全科医院。", "beds", nil},
		{"青山醫院院長希望在這裡興建一間有300多張病床的全科醫院。", "beds", nil},
		{"青山医院现有病床500张。", "beds", []string{"500"}},
	})
}

// Counts that a precision audit of unseen pages found read as the
// hospital's: a campus being built, beds closed or of a kind, a range,
// a part added, the founding time's figures, listed branches, a
// department branch's members.
func TestCountsThatAreNoneOfTheHospitals(t *testing.T) {
	runCases(t, []ruleCase{
		{"新院区位于滨江路北,占地200亩,设置床位900张。", "beds", nil},
		{"新院區位於濱江路北,佔地200畝,設置床位900張。", "beds", nil},
		{"新院区已于去年投入使用,开放床位900张。", "beds", []string{"900"}},
		{"医院新院区开放床位900张。", "beds", []string{"900"}},
		{"醫院新院區開放床位900張。", "beds", []string{"900"}},
		{"新院區已於去年投入使用,開放床位900張。", "beds", []string{"900"}},
		{"新住院大楼于今年启用,新住院大楼总床位达600张。", "beds", nil},
		{"新住院大樓於今年啟用,新住院大樓總床位達600張。", "beds", nil},
		{"住院大楼启用后,医院开放床位达1200张。", "beds", []string{"1200"}},
		{"第一医疗大楼已完工,医疗大楼拥有800床。", "beds", []string{"800"}},
		{"第一醫療大樓已完工,醫療大樓擁有800床。", "beds", []string{"800"}},
		{"住院大樓啟用後,醫院開放床位達1200張。", "beds", []string{"1200"}},
		{"网传该院将关闭30床,院方予以否认。", "beds", nil},
		{"網傳該院將關閉30床,院方予以否認。", "beds", nil},
		{"有30床的病人须转院。", "beds", nil},
		{"目前院内还住着20多床慢性病人。", "beds", nil},
		{"目前院內還住著20多床慢性病人。", "beds", nil},
		{"院方准备关掉老年病房30床。", "beds", nil},
		{"另有30床要转至分院。", "beds", nil},
		{"網傳院方準備關老年精神病房」30床。", "beds", nil},
		{"有30床的病人須轉院。", "beds", nil},
		{"分院病床包括急性病床60张、慢性病床500张。", "beds", nil},
		{"分院病床包括急性病床60張、慢性病床500張。", "beds", nil},
		{"护理之家有300至400张床位。", "beds", nil},
		{"護理之家有300至400張床位。", "beds", nil},
		{"医院现有床位620床,外加城东分院80床。", "beds", []string{"620"}},
		{"醫院現有床位620床,外加城東分院80床。", "beds", []string{"620"}},
		{"医院从初创时期的80张病床,发展到如今的规模。", "beds", nil},
		{"醫院從初創時期的80張病床,發展到如今的規模。", "beds", nil},
		{"建院时有职工40人,如今已逾千人。", "staff", nil},
		{"建院時有職工40人,如今已逾千人。", "staff", nil},
		{"25日,内科、外科、药剂科三个党支部联合开展主题党日活动。", "party_branches", nil},
		{"25日,內科、外科、藥劑科三個黨支部聯合開展主題黨日活動。", "party_branches", nil},
		{"医院党委下设机关、临床、医技三个党支部。", "party_branches", []string{"3"}},
		{"机关、门诊、医技等4个党支部换届工作顺利结束。", "party_branches", []string{"4"}},
		{"機關、門診、醫技等4個黨支部換屆工作順利結束。", "party_branches", []string{"4"}},
		{"醫院黨委下設機關、臨床、醫技三個黨支部。", "party_branches", []string{"3"}},
		{"该支部现有党员25人,其中高级职称12人。", "party_members", nil},
		{"該支部現有黨員25人,其中高級職稱12人。", "party_members", nil},
		{"放射科党支部现有党员15名。", "party_members", nil},
		{"放射科黨支部現有黨員15名。", "party_members", nil},
		{"医院党委现有党员420名。", "party_members", []string{"420"}},
	})
}

// One department's or branch's count is part of the hospital's; the
// hospital's own 党支部 (a small hospital's only party organisation) counts
// its membership.
func TestCountsOfDepartmentsAndBranches(t *testing.T) {
	runCases(t, []ruleCase{
		{"青山县人民医院内科党支部现有党员36名。", "party_members", nil},
		{"青山縣人民醫院內科黨支部現有黨員36名。", "party_members", nil},
		{"第二党支部有党员28名,是全院最大的支部。", "party_members", nil},
		{"第二黨支部有黨員28名,是全院最大的支部。", "party_members", nil},
		{"机关党总支共有党员120名。", "party_members", nil},
		{"我院党支部现有党员64名。", "party_members", []string{"64"}},
		{"我院黨支部現有黨員64名。", "party_members", []string{"64"}},
		{"医院党总支现有党员45人。", "party_members", []string{"45"}},
		{"医院党委下设5个党支部,党员200名。", "party_members", []string{"200"}},
		{"检验科现有职工42名,其中高级职称8名。", "staff", nil},
		// A department's beds, the department speaking of itself (本部,
		// 该部: Taiwan's 内科部), and beds given as a share of the
		// hospital's (占全院总数): a part, not the count. The main campus
		// (院本部) is left as written.
		{"心内科现有床位60张。", "beds", nil},
		{"心內科現有床位60張。", "beds", nil},
		{"本部一般病床现有310床,占全院总数18.5%。", "beds", nil},
		{"本部一般病床現有310床,佔全院總數18.5%。", "beds", nil},
		{"该部开放病床120床。", "beds", nil},
		{"該部開放病床120床。", "beds", nil},
		{"肿瘤中心共有病床260张,占全院床位的两成。", "beds", nil},
		{"腫瘤中心共有病床260張,佔全院床位的兩成。", "beds", nil},
		{"医院现有党员320名,占全院职工总数的25%。", "party_members", []string{"320"}},
		{"醫院現有黨員320名,佔全院職工總數的25%。", "party_members", []string{"320"}},
		{"医院现有床位900张,占全市床位总数的三成。", "beds", []string{"900"}},
		{"医院现有床位900张。", "beds", []string{"900"}},
		// What a bracket says the count holds (含…, 其中…) is a part of it.
		{"医院党委下设23个党支部(含2个离退休党支部)。", "party_branches", []string{"23"}},
		{"醫院黨委下設23個黨支部(含2個離退休黨支部)。", "party_branches", []string{"23"}},
		{"医院现有职工1800人(其中合同制职工300人)。", "staff", []string{"1800"}},
		{"醫院現有職工1800人(其中合同制職工300人)。", "staff", []string{"1800"}},
		{"医院开放床位1200张（包括康复病床80张）。", "beds", []string{"1200"}},
		{"这一片区有党员85名,占全院党员总数的两成。", "party_members", nil},
		{"這一片區有黨員85名,佔全院黨員總數的兩成。", "party_members", nil},
		{"檢驗科現有職工42名,其中高級職稱8名。", "staff", nil},
		{"医院共有临床科室30个,职工1500人。", "staff", []string{"1500"}},
		// Branches named by the departments they are built in.
		{"医院党委建立了12个临床科室党支部。", "party_branches", []string{"12"}},
		{"醫院黨委建立了12個臨床科室黨支部。", "party_branches", []string{"12"}},
	})
}

// Staff a building will have once built, and staff added, are no
// headcount; the headcount reached is (已达, 达到了), and so is a staff
// put as a body (一支1200余人的职工队伍).
func TestStaffReachedAndPlanned(t *testing.T) {
	runCases(t, []ruleCase{
		{"新院区建成后将新增职工500名。", "staff", nil},
		{"新院區建成後將新增職工500名。", "staff", nil},
		{"新院建成后,医院职工将达到3000人。", "staff", nil},
		{"新院建成後,醫院職工將達到3000人。", "staff", nil},
		{"医院今年新招员工120名。", "staff", nil},
		{"医院职工人数已达1800余人。", "staff", []string{"1800"}},
		{"醫院職工人數已達1800餘人。", "staff", []string{"1800"}},
		{"医院员工人数达到了2000多人。", "staff", []string{"2000"}},
		{"醫院員工人數達到了2000多人。", "staff", []string{"2000"}},
		{"医院职工总数已达到一千五百人。", "staff", []string{"1500"}},
		{"医院拥有一支1200余人的职工队伍。", "staff", []string{"1200"}},
		{"醫院擁有一支1200餘人的職工隊伍。", "staff", []string{"1200"}},
		{"医院召开了500人的职工大会。", "staff", nil},
		{"医院承担着覆盖30万人的职工医保服务。", "staff", nil},
		// Clauses a page glued without a comma: the count stands.
		{"全院现有职工1200人医院党委下设8个党支部。", "staff", []string{"1200"}},
		// 人员 on duty or on the books is the staff; 人员 alone is anyone.
		{"医院现有在职人员1500余人。", "staff", []string{"1500"}},
		{"醫院現有在職人員1500餘人。", "staff", []string{"1500"}},
		{"医院现有在岗人员1200人。", "staff", []string{"1200"}},
		{"医院选派在职人员20名赴基层。", "staff", nil},
		{"医院共有人员1200人次参加培训。", "staff", nil},
		// A hedged round figure (千余人) is a count; 百名 and 千名 alone are
		// a figure of speech.
		{"医院现有职工千余人。", "staff", []string{"1000"}},
		{"醫院現有職工千餘人。", "staff", []string{"1000"}},
		{"医院现有党员百余名。", "party_members", []string{"100"}},
		{"医院现有职工万余名。", "staff", []string{"10000"}},
		{"醫院現有員工逾萬人。", "staff", []string{"10000"}},
		{"医院开展“千名职工进社区”活动。", "staff", nil},
		{"医院组织万名职工健步走活动。", "staff", nil},
		{"全院党员人数已达460名。", "party_members", []string{"460"}},
		{"全院黨員人數已達460名。", "party_members", []string{"460"}},
		// A figure planned or aimed at in its own clause is no count; a
		// plan in another clause leaves the count standing.
		{"医院计划到2025年职工达到2500人。", "staff", nil},
		{"醫院計劃到2025年職工達到2500人。", "staff", nil},
		{"力争三年内党员总数突破600名。", "party_members", nil},
		{"力爭三年內黨員總數突破600名。", "party_members", nil},
		{"医院预计明年员工将超过3000人。", "staff", nil},
		{"医院计划明年扩建门诊楼,现有职工1500人。", "staff", []string{"1500"}},
		{"醫院計劃明年擴建門診樓,現有職工1500人。", "staff", []string{"1500"}},
		{"计划生育科现有职工12人,医院现有职工900人。", "staff", []string{"900"}},
	})
}

// Branches honoured or taking part are some of the hospital's; staff in
// a contest are its players; a count of the first days is history.
func TestCountsHonouredAndOfTheFirstDays(t *testing.T) {
	runCases(t, []ruleCase{
		{"今年医院有3个党支部获评先进党支部。", "party_branches", nil},
		{"今年醫院有3個黨支部獲評先進黨支部。", "party_branches", nil},
		{"医院4个党支部荣获“先进基层党组织”称号。", "party_branches", nil},
		{"醫院4個黨支部榮獲「先進基層黨組織」稱號。", "party_branches", nil},
		{"两个党支部被授予市级示范党支部。", "party_branches", nil},
		{"本次共有5个党支部完成换届选举。", "party_branches", nil},
		{"本次共有5個黨支部完成換屆選舉。", "party_branches", nil},
		{"医院党委下设22个党支部,曾荣获全国先进基层党组织。", "party_branches", []string{"22"}},
		// Organisations honoured, counted before or after their noun:
		// the awardees, not the hospital's count.
		{"大会为内科党总支1个先进基层党组织和12名优秀党员颁奖。", "party_general_branches", nil},
		{"大會為內科黨總支1個先進基層黨組織和12名優秀黨員頒獎。", "party_general_branches", nil},
		{"医院表彰了2个党总支和5个党支部。", "party_general_branches", nil},
		{"醫院表彰了2個黨總支和5個黨支部。", "party_general_branches", nil},
		{"医院对党支部3个先进集体予以通报表扬。", "party_branches", nil},
		{"醫院對黨支部3個先進集體予以通報表揚。", "party_branches", nil},
		{"本次评出党小组4个优秀集体。", "party_groups", nil},
		{"本次評出黨小組4個優秀集體。", "party_groups", nil},
		{"医院党委下设4个党总支、21个党支部,多次获评先进。", "party_general_branches", []string{"4"}},
		{"醫院黨委下設4個黨總支、21個黨支部。", "party_general_branches", []string{"4"}},
		{"职工运动会共有800名职工参赛。", "staff", nil},
		{"職工運動會共有800名職工參賽。", "staff", nil},
		{"建院之初只有职工20人,病床10张,如今已有职工1600人。", "staff", []string{"1600"}},
		{"建院之初只有職工20人,病床10張,如今已有職工1600人。", "beds", nil},
		{"当时仅有医务人员12人。", "staff", nil},
		// A sentence that tells the founding as an event (1979年1月,在某地
		// 建立某医院,…) gives that year's figures; a founding year said of
		// the hospital (1952年建院的某医院,…) does not date what follows.
		{"1979年1月,在城南建立青山县人民医院,床位30张,职工46人。", "staff", nil},
		{"1979年1月,在城南建立青山縣人民醫院,床位30張,職工46人。", "beds", nil},
		{"1958年,由县政府创办青山卫生院,当时有职工8人。", "staff", nil},
		{"1979年1月,在城南建立青山县人民医院,如今已有职工1600人。", "staff", []string{"1600"}},
		{"1952年建院的青山县人民医院,职工1600人,床位1000张。", "staff", []string{"1600"}},
		{"1952年建院的青山縣人民醫院,職工1600人,床位1000張。", "beds", []string{"1000"}},
		{"建立时间 | 1998年3月3日 | 雇员数 | 1215人 |", "staff", []string{"1215"}},
	})
}

// Branches planned are not yet the hospital's.
func TestBranchesPlanned(t *testing.T) {
	runCases(t, []ruleCase{
		{"医院党委拟成立5个党支部。", "party_branches", nil},
		{"醫院黨委擬成立5個黨支部。", "party_branches", nil},
		{"医院将新增2个党支部。", "party_branches", nil},
		{"医院党委将设立8个党总支。", "party_general_branches", nil},
		{"醫院黨委將設立8個黨總支。", "party_general_branches", nil},
		{"今年新增党支部2个,党支部总数达到15个。", "party_branches", []string{"15"}},
	})
}

// A hedge after the classifier (1000人以上, 500张左右) marks the count as
// approximate, as one before the figure does, or on the verb before the
// noun (约有职工1300人).
func TestHedgeAfterTheClassifier(t *testing.T) {
	for _, c := range []struct {
		text   string
		approx bool
	}{
		{"医院现有职工1000人以上。", true},
		{"醫院現有職工1000人以上。", true},
		{"医院开放床位500张左右。", true},
		{"医院现有职工1000人,以上数据截至去年底。", false},
		{"医院现有职工1000人。", false},
		// A hedge on the verb before the noun (约有职工…).
		{"医院约有职工1300人。", true},
		{"醫院約有職工1300人。", true},
		{"医院大约有党员310名。", true},
		{"醫院大約有黨員310名。", true},
		{"医院共有党员310名。", false},
	} {
		a := runArticle(t, c.text)
		if len(a.Facts) != 1 || a.Facts[0].Approx != c.approx {
			t.Errorf("facts of %q = %+v, want one with approx %v", c.text, a.Facts, c.approx)
		}
	}
}
