package extract

// beds counts the hospital's beds (编制床位1200张, 开放床位800张, 核定床位,
// 编制病床300张, 病床1100床, 1500张床位, 728个床位, 病床数目为1085张). Beds after a renovation that is
// done (改扩建后开放床位…) are the hospital's; the capacity of a building
// or campus still planned or being built (设计床位, 建成后床位达到…, 一期规模,
// 规划床位) is not, nor a ward's special beds (负压, 隔离) or an increase,
// nor beds moved, donated or bought (搬运157张病床, 捐赠病床50张). A
// planned increase (将由600张增至800张) gives the present count it starts from.
// A new campus whose beds the sentence sets (设置床位) without saying it
// stands or runs (新院区占地300亩,设置床位1000张, said at its
// groundbreaking) is being built; its open beds (新院区开放床位) are there; beds closed or opened (关闭40床) are a change; a new building's
// beds (新住院大楼总床位达500张) are a part of the hospital's (the building
// that is the whole of a hospital about to open is not new to it).
func beds() Extractor {
	return countRule{
		metric:    "beds",
		units:     `张|床|个`,
		modifiers: `编制|开放|实际开放|实有|核定|住院`,
		nouns:     `床位|病床`,
		connect:   `有|共有|现有|共|达|达到|数|数为|数达|数目|数目为|数目达|总数|总数为|总数达|规模|规模为|规模达|规模达到|设置|设|编制数为|编制数|编制|开放|实际开放|核定|为|增至|扩展到|扩大到`,
		// A kind of bed (一般病床200床、特殊病床74床, Taiwan's breakdown by
		// kind) is a part of the hospital's beds, not their count.
		// A department's beds (心内科现有床位60张, 该部开放病床120床) are a
		// part of the hospital's.
		// 非住院病床 (day beds, Macau's and Hong Kong's count) are no
		// inpatient beds.
		notBefore:   `设计|规划|方案|预留|家庭|负压|隔离|观察|留观|ICU|新增|增加|一般|特殊|急性|慢性|加护|关闭|减少|裁减|缩减|(?:非住院|非|日间)(?:病床|床位)?(?:数|有|共|为)?|` + bedsOfDepartment,
		notClause:   bedsNotClause,
		notEarlier:  bedsNotEarlier,
		readPlanned: true,
	}.compile()
}

// bedsOfDepartment ends a department's name right before its beds
// (心内科现有床位, 该部开放病床, and as bedsCounted sees them 本部一般病|床
// and 本部一般病床现有|310床): the department's beds are a part of the
// hospital's.
const bedsOfDepartment = `(?:` + departmentSubject + `|` + departmentSelfSubject + `)(?:编制|开放|实际开放|实有|核定|住院|一般)?(?:病床|床位|病)?(?:现有|共有|有|共|为|达|数)?`

// What makes a count of beds another's, or a plan (设计, but not the
// architect's credit 由某设计院设计 of a building that stands; 可容纳: a
// building's capacity; 兴建一间有300张病床的医院), or a ratio (每1万名市民应配置50床),
// in the clause and earlier in the sentence.
const (
	bedsNotClause  = `关闭|关掉|关床|(?:^|[^相有机攸])关\p{Han}{0,6}病房|全市|全省|全国|全区|全县|全州|全港|全澳|全台|全系统|辖区|各级|私院|私家医院|各医院|各院|多家医院|\d+\s*(?:间|家|所)(?:私家|公立|民营|私立)?医院|新增|增加|负压|隔离|留观|设计|规划|方案|一期|二期|三期|分期|拟|预计|将|搬运|转运|运送|搬迁了|捐赠|捐献|采购|购置|可容纳|容纳|每\s*[\d一二三四五六七八九十百千万]+\s*(?:万|千)?\s*(?:名|个|位)?\s*(?:市民|居民|人口|人)`
	bedsNotEarlier = `新院区[^已现启投运营]*(?:设置|设有|设)病?$|新\p{Han}{0,4}?(?:大楼|大厦|病房楼|住院楼|门诊楼|综合楼|医技楼)[^，,。；;院]{0,6}$|建设规模|建成后|建成投用后|投入使用后|投用后|竣工后|落成后|(?:^|[^院])设计(?:[^院]|$)|规划|拟建|计划|预计|届时|一期|二期|三期|新院区建设|(?:兴建|建造|筹建|兴办|新建)一[间所座家]`
)

// bedsCounted counts beds written with 床 as their measure and no noun,
// as Taiwan writes them (医院现有357床, 总床数769床); the same plans and
// others' counts are no facts.
func bedsCounted() Extractor {
	return countRule{
		metric:    "beds",
		units:     ``,
		nouns:     `床`,
		connect:   `有|共有|现有|共|达|达到|数|数为|数达|总数|总数为|总数达|规模|设置|设|为|增至`,
		notBefore: `设计|规划|方案|预留|家庭|负压|隔离|观察|留观|ICU|新增|增加|非住院病|非住院|日间病|日间|特殊病|急性病|慢性病|加护病|一般病|急性一般病|临|(?:一般|特殊|急性|慢性|加护)病床|关闭|关掉|减少|裁减|缩减|撤销|停开|加开|开设|` + bedsOfDepartment, // 临床 is clinical work, no bed
		// 40床的病人, 40床慢性病人: the patients of those beds, not the
		// hospital's beds; 40床要转回: beds moved.
		notAfter:   `位|边|头|上|旁|的?\p{Han}{0,2}(?:病人|病患|患者|住民)|(?:要|将|需|须)?(?:转|移|搬)`,
		notClause:  bedsNotClause,
		notEarlier: bedsNotEarlier,
	}.compile()
}
