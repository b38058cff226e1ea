package extract

// partyBranches counts the hospital's 党支部 (设置22个基层党支部, 下设7个党
// 支部, 党委下设九个支部). Temporary branches have their own metric; a
// branch's own number (第一党支部) is no count.
func partyBranches() Extractor {
	return countRule{
		metric:    "party_branches",
		units:     `个`,
		modifiers: `基层|临床科室|医技科室|职能科室|科室|临床|职能|行政|医技|护理|在职|离退休|退休|功能型|联合|业务|直属`,
		nouns:     `党支部|支部`,
		connect:   `有|共有|现有|拥有|共|达|总数|总数为|总数达|数量|数量为|数量达|设有|下设|计`,
		// A department's or ward's branches (内科片三个党支部, 外科两个支部)
		// are some of the hospital's, not its count; branches that own
		// something (两个支部的联系, 三个支部的党员) are named, not counted.
		// Branches listed by name right before their number (北院区、
		// 儿科、药剂科三个党支部赴…) are those the clause speaks of; a clause
		// that sets them up (下设、设有、包括…) or a list closed by 等 (机关、
		// 门诊等5个党支部: "such as") still counts the hospital's.
		notBefore: `临时|团|第|每|各|科|科片|片|科室|病区|部|(?:^|[，,；;：:])[^设有括为，,。；;：:]*、[^、，,。；;：:]{0,9}[^、，,。；;：:等]`,
		// Branches that act together (两个党支部共建, 三个支部联合开展) are the
		// parties to an event, not the hospital's count.
		notAfter: `书记|委员|工作|建设|晋位|评选|开展|参加|参与|观摩|参会|出席|列席|的|共建|联建|结对|携手|联合|共同|一起|完成|召开|举行|举办|` + honouredUnit,
		// Branches honoured (3个党支部获评示范党支部, 4个党支部荣获…称号)
		// are some of the hospital's; branches planned (拟成立5个党支部)
		// are not yet.
		notClause: `全市|全省|全国|全区|全县|全州|全系统|辖区|各级|各支部|每个|分别|其中|获得|` + honouredClause + `|` + branchPlan,
		amongOrgs: true,
		// 在职党支部12个、离退休党支部2个, 临床党支部10个、行政后勤党支部3个:
		// a breakdown by kind with no total, each figure a part.
		kinds:      branchKinds,
		otherKinds: branchKinds,
	}.compile()
}

// branchKinds: the kinds of branch a hospital sets up, by whom they
// gather (在职, 离退休, 学生) or by the departments they serve.
const branchKinds = `在职|离退休|退休|离休|临床|医技|行政后勤|行政|后勤|机关|职能|护理|学生`

// honouredClause: words of a clause that honours those it counts
// (表彰了2个党总支, 获评先进党支部, 为24位医务人员颁发纪念奖, 30名党员登台
// 领奖, 18位员工享受殊荣): they are the awardees, some of the hospital's
// organisations, members or staff, not all of them.
const honouredClause = `获评|荣获|被评为|评为|被授予|授予|表彰|表扬|命名|入选|评出|颁奖|颁发|颁授|颁给|获颁|领奖|殊荣|嘉奖`

// honouredUnit: what right after a count of party organisations makes
// them honoured ones (党总支1个先进基层党组织, 党小组4个优秀集体).
const honouredUnit = `先进|优秀|示范|红旗|标兵|模范|五星|星级`

// branchPlan: words of a clause that plans branches rather than counts
// them (拟成立5个党支部, 将新增2个, 计划增设…).
const branchPlan = `拟|计划(?:新建|成立|设立|增设|组建)|将新增|将设立|将成立|将组建|将增设|新增|增设|筹建`
