package extract

// partyMembers counts the hospital's 党员 now (共有中共党员322名, 医院有党员
// 260名, 共211名党员, 党员…从…4名,发展到如今的739名). Members sent,
// trained, recruited or honoured (组织10余名党员专家, 发展党员15名, 26名优秀
// 共产党员, 荣获“优秀共产党员”的…等169名党员) are someone's subset, not the
// hospital's total; at a meeting
// 应到会党员21名 is the membership and 实到党员20名 the attendance; 在职
// 党员 have their own metric. A department's branch (该支部, 外科党支部)
// counts its own members.
func partyMembers() Extractor {
	return countRule{
		metric:    "party_members",
		units:     `名|人|位`,
		modifiers: `中共|共产|正式|中国共产|在册`,
		nouns:     `党员`,
		connect:   `有|共有|现有|拥有|现拥有|共计|总计|计有|共|达|已|已经|达到了|总数|总数为|总数达|总数已|人数|人数为|人数达|人数已|数量|数量为|数量达|数量已|计|合计|中共党员|队伍|队伍达|队伍已达|队伍达到|队伍已|队伍共有|队伍现有`,
		// One branch's members (内科党支部现有党员36名, 第一支部有党员20名)
		// are some of the hospital's; the hospital's own 党支部 (院党支部,
		// 我院党支部: a small hospital's only party organisation) has its
		// membership.
		// A democratic party's branch in the hospital (农工党某医院支部,党员23名)
		// counts the party's members, not the Communist Party's.
		notBefore: `在职|预备|流动|离退休|退休|新|发展|青年|老|优秀|困难|入党积极分子和|实到|实到会|实际到会|出席|出席会议|出席大会|参加会议|参会|缺席|请假|` + branchSubject +
			`|(?:` + democraticParties + `)[^。；;]{0,30}?(?:支部|总支|支社|委员会|委会)[,，、]?(?:现有|共有|有)?`,
		// 向全院263名党员同志致以问候: the whole membership, whatever follows.
		wholeBefore: `全院|全体|全院共|全院共有`,
		amongStaff:  true,
		// 有着31名党员的抗疫集体: the count describes a team.
		notAfter: `专家|医生|医师|护士|骨干|代表|志愿者|干部|先锋|突击|同志|医护|群众|职工|的\p{Han}{0,3}(?:集体|团队|小分队|突击队|服务队|医疗队)`,
		// A department's branch counting its members (该支部现有党员18人,
		// 外科党支部有党员30名) gives a part of the hospital's.
		notClause: `全市|全省|全国|全区|全县|全州|全系统|辖区|各级|发展党员|新发展|培训|慰问|表彰|走访|选派|派出|外派|组织|参加|参与|带领|帮扶|评选|驰援|援|报名|递交|获得|获奖|` + honouredClause + `|该支部|本支部|(?:科|科室|病区|所|室|片)党?支部|` + countPlan,
	}.compile()
}

// branchSubject ends the name of one branch as the subject right before
// a count: 内科党支部现有, 第二党总支有 (a name ending in 院 is the
// hospital's own, 个 the count of branches before it).
const branchSubject = `(?:[^院个党]支部|[^院个]党支部|[^院个]党总支|[^院个党]总支)(?:现有|共有|拥有|有|现|共|目前有)?`
