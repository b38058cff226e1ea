package clean

import "zhnews/internal/rx"

// honourTitle: a line that ends in 医院 as a hospital's name does but is
// an honour's title, the word before 医院 saying what the hospital was
// found to be (全国百姓放心示范医院, 人文建设品牌医院, 改善医疗服务创新医院):
// a hospital's honour roll lists such titles one a line, and they are the
// body, not the masthead's name (namesOnly).
var honourTitle = rx.MustCompile(`(?:示范|百佳|十佳|百强|放心|品牌|优秀|先进|模范|创新|诚信|满意|标杆|星级|爱婴)医院$`)
