package extract

// staffNouns are the words a staff count counts.
const staffNouns = `干部职工|职工|员工|雇员|职员|同仁|医务人员|工作人员|在职人员|在岗人员|在编人员|在职在编人员|在编在岗人员`

// staff counts the hospital's employees (医院现有职工1572名, 1000余名职工,
// 员工3000多人, and Hong Kong's 5630名职员). Staff sent elsewhere, recruited this year, honoured
// (12名职工被授予先进个人) or one kind of them (资深员工, 女职工) is a part,
// not the headcount; people surveyed are no staff.
func staff() Extractor {
	return countRule{
		metric:    "staff",
		units:     `名|人|位`,
		modifiers: `干部|在职|在岗|在编|正式|编制内|编内|的`,
		// 人员 alone is anyone; on duty or on the books (在职人员, 在岗人员)
		// it is the staff.
		// 同仁 ("colleagues") is how Taiwan pages and hospitals' own news
		// count their staff (一千六百名同仁, 全院同仁800余人).
		nouns: staffNouns,
		// A figure's own hedge takes 达 and 达到 (达1800人): what stands
		// between noun and figure is the rest (职工人数已达…, 员工达到了…).
		connect: `有|共有|现有|拥有|现拥有|共计|总计|合计|计有|共|达|已|已经|达到了|为|总数|总数为|总数达|总数已|人数|人数为|人数达|人数已|人数已经|人数达到了|总人数|总人数为|总人数达|总人数已|数量|数|计|合计|队伍|队伍达|队伍已达|队伍达到|队伍已|队伍共有|队伍现有`,
		// A department's staff (外科现有职工50名) are some of the
		// hospital's; staff added are an increase.
		// Staff of one kind (合同制职工, 编外人员, 医护同仁) are some of the
		// staff: the kinds of employment, and the trades.
		notBefore: staffKindsOther + `|医护|护理|行政|后勤|新|新进|新入|新增|增加|增补|新招|新聘|扩招|招录|招收|离退休|退休|招聘|引进|培训|资深|优秀|先进|青年|年轻|女|男|党员|实到|出席|` + departmentSubject + `|` + departmentSelfSubject,
		// 1200余人的职工队伍 is the staff; 500人的职工大会 an attendance,
		// 30万人的职工医保 the insured.
		notAfter:   `代表|家属|子女|运动会|之家|大会|食堂|宿舍|医保|医疗保险|保险`,
		notEarlier: staffNotEarlier,
		// 全院1200多名干部职工参加了活动: everyone took part, the count is the
		// staff's whatever the clause tells of them.
		allOf: `全院|全院共|全体|全院全体`,
		// 正式职工860人、合同制职工420人 is a breakdown: neither is the
		// headcount.
		kinds:      `正式|在编|编制内|编内`,
		otherKinds: staffKindsOther,
		// A clause opened by 其中 counts a part of the count before it
		// (职工总数2100人,其中编制内职工1200人); staff who join from elsewhere
		// or are praised are some people.
		notClause: `^\s*其中|加入|获奖|全市|全省|全国|全区|全县|全州|全系统|辖区|各级|招聘|引进|培训|选派|派出|外派|驰援|援|参加|参与|志愿|慰问|表彰|新入职|感染|确诊|隔离|考核|调查|问卷|受访|参赛|比赛|` + honouredClause + `|` + countPlan,
	}.compile()
}

const (
	// departmentSubject ends a department's name as the subject right
	// before a count: 外科现有, 检验科有, 病区共有 (not 本科, a degree).
	departmentSubject = `(?:[^本]科|科室|病区)(?:现有|共有|拥有|有|现|共|目前有)?`
	// departmentSelfSubject is a department speaking of itself on its own page
	// (本部, 该部: Taiwan's 内科部) right before a count; 院本部 is the
	// hospital's main campus, left to what counts a campus.
	departmentSelfSubject = `(?:^|[^院])(?:本部|该部|我部)(?:现有|共有|拥有|有|现|共|目前有)?`
	// staffKindsOther: kinds of employment besides the permanent staff
	// (合同制, 编外, 临时): a count of one is a part of the staff.
	staffKindsOther = `合同制|合同|聘用制|聘用|聘任|编外|编制外|非在编|外聘|返聘|自聘|临聘|临时|劳务派遣|派遣|人事代理|备案制`
	// countPlan: words of a clause that aims at a figure (计划到2025年职工达
	// 到2500人, 力争…突破600名) rather than counts it; 计划生育 is a service.
	countPlan = `计划(?:[^生]|$)|力争|目标`
	// staffNotEarlier: staff a building or campus will have once built
	// are a plan.
	staffNotEarlier = `建成后|建成投用后|投入使用后|投用后|竣工后|落成后|届时`
)
