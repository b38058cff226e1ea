package extract

// Hong Kong's hospitals carry names the suffix rule cannot read: one with
// no 医院 at its end (东华东院, 麦理浩复康院), transliterated names whose
// characters gse cuts as words of ordinary text (雅丽氏何妙龄那打素医院 cut
// before 那打素, 浸会 a verb to it), and a district the mainland gazetteer
// reads as a mainland one's (东区, a district of 攀枝花 too). They are few
// and fixed, the Hospital Authority's and the private hospitals', so they
// are listed, as Taiwan's short names are, and read where they stand as
// words of their own.
var hongKongNames = map[string]shortHospital{
	"东华东院":          {"东华东院", "香港", "区"},
	"麦理浩复康院":        {"麦理浩复康院", "香港", ""},
	"大口环根德公爵夫人儿童医院": {"大口环根德公爵夫人儿童医院", "香港", ""},
	"东区尤德夫人那打素医院":   {"东区尤德夫人那打素医院", "香港", ""},
	"雅丽氏何妙龄那打素医院":   {"雅丽氏何妙龄那打素医院", "香港", ""},
	"浸信会医院":         {"浸信会医院", "香港", ""},
	"那打素医院":         {"那打素医院", "香港", ""}, // 那 is "that" to the suffix rule
	"浸会医院":          {"浸会医院", "香港", ""},  // as news writes it: one name of 香港浸信会医院
	// Named after Hong Kong's districts and places, which the gazetteer
	// reads as the mainland's or Taiwan's (北区 of 台中, 东区 of 攀枝花,
	// 大埔 of 梅州) or does not hold: written with a city before them
	// (某市东区医院) the longer name is read instead.
	"北区医院":  {"北区医院", "香港", ""},
	"东区医院":  {"东区医院", "香港", ""}, // as news writes 东区尤德夫人那打素医院 short
	"大埔医院":  {"大埔医院", "香港", ""},
	"黄大仙医院": {"黄大仙医院", "香港", ""},
	"长洲医院":  {"长洲医院", "香港", ""},
}

// knownShortNames is every listed name, Taiwan's, Hong Kong's and the
// mainland's.
var knownShortNames = func() map[string]shortHospital {
	m := make(map[string]shortHospital, len(taiwanShortNames)+len(hongKongNames)+len(mainlandShortNames))
	for k, v := range taiwanShortNames {
		m[k] = v
	}
	for k, v := range mainlandShortNames {
		m[k] = v
	}
	for k, v := range hongKongNames {
		m[k] = v
	}
	return m
}()
