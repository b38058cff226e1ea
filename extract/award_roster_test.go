package extract

import "testing"

func TestAwardRosters(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		// A bracketed heading, numbered lines with notes; a committee and a
		// department are passed over.
		{"获奖情况如下:\n【全国某某系统先进集体】:\n1.甲市人民医院(某某支部,党员23名)\n2.乙市卫生健康委员会(王某 某处处长;李某 某处副处长)\n3.丙县中医院心内科(赵某)\n4.丁区人民医院\n",
			[]string{"丁区人民医院 全国某某系统先进集体", "甲市人民医院 全国某某系统先进集体"}},
		{"獲獎情況如下:\n【全國某某系統先進集體】:\n1.甲市人民醫院(某某支部,黨員23名)\n2.乙市衛生健康委員會(王某 某處處長;李某 某處副處長)\n3.丙縣中醫院心內科(趙某)\n4.丁區人民醫院\n",
			[]string{"丁区人民医院 全国某某系统先进集体", "甲市人民医院 全国某某系统先进集体"}},
		// A roster under 名单, its region in brackets, plain lines.
		{"第九届全省文明单位名单\n(某省卫生系统)\n某省疾病预防控制中心\n甲市人民医院\n乙县中医院\n",
			[]string{"乙县中医院 第九届全省文明单位", "甲市人民医院 第九届全省文明单位"}},
		{"第九屆全省文明單位名單\n(某省衛生系統)\n某省疾病預防控制中心\n甲市人民醫院\n乙縣中醫院\n",
			[]string{"乙县中医院 第九届全省文明单位", "甲市人民医院 第九届全省文明单位"}},
		// A person's honour, a headline that is an honour's title, a list
		// that goes on as prose, a count: no roster.
		{"【全国某某系统先进工作者】:\n1.甲市人民医院\n", nil},
		{"全省文明单位\n甲市人民医院\n", nil},
		{"全省文明单位:\n甲市人民医院今年再创佳绩,门诊量大增,患者满意度持续提高。\n", nil},
		{"继续保留全省文明单位名单\n甲市人民医院\n", nil},
	})
}
