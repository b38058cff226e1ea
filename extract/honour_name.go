package extract

import "zhnews/internal/rx"

// honourStem: the word right before 医院 that makes the phrase an honour's
// title, not a hospital's name: what the hospital was found to be
// (全国百姓放心示范医院, 人文建设品牌医院, 改善医疗服务创新医院, 全国百佳医院).
// A hospital's honour roll lists such titles one a line; read as names
// they give the page a hospital 品牌医院 that is none.
var honourStem = rx.MustCompile(`(?:示范|百佳|十佳|百强|放心|品牌|优秀|先进|模范|创新|诚信|满意|标杆|星级|爱婴)$`)

// honourTitleSuffix: the name that would end at a suffix of 医院 after
// stem is an honour's title (see honourStem).
func honourTitleSuffix(stem, suffix string) bool {
	return suffix == "医院" && honourStem.MatchString(stem)
}
