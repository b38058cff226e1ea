package extract

// The mainland's best-known hospitals go by a short name too, where the
// text never gives the full one: 华西 is 四川大学华西医院 (华西专家, 在华西
// 就诊). Only names that stand for one hospital are listed, and each with
// the characters after it that make it another word: 华西村, 华西都市报, 华西
// 证券, 华西坝 (the campus's ground), 华西医科大学 (the former university),
// 华西口腔 (another hospital, 四川大学华西口腔医院). The numbered ones
// (华西二院) are read by numberedInstitutions.
var mainlandShortNames = map[string]shortHospital{
	"华西": {"四川大学华西医院", "成都市", "村都证集坝医大协临口第二四药附公"},
	// Peking University's hospitals by their own short names: 北大医院 is
	// its first hospital, 北大人民医院 its people's hospital.
	"北大医院":   {"北京大学第一医院", "北京市", ""},
	"北大人民医院": {"北京大学人民医院", "北京市", ""},
	// Xuzhou Medical University's hospital by its own short name.
	"徐医附院": {"徐州医科大学附属医院", "徐州市", ""},
}
