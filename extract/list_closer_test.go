package extract

import "testing"

// 等 closes a list, except inside a grade word of a title.
func TestListCloser(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string // what comes before the closing 等; the whole when none
	}{
		{"全国文明单位、省级先进集体等荣誉称号", "全国文明单位、省级先进集体"},
		{"督考优等奖", "督考优等奖"},
		{"科技进步一等奖、二等奖等多项奖励", "科技进步一等奖、二等奖"},
		{"年度特等奖", "年度特等奖"},
		{"三级甲等医院", "三级甲等医院"},
		{"等", ""},
		{"", ""},
	} {
		got := c.in
		if i := listCloser(c.in); i >= 0 {
			got = c.in[:i]
		}
		if got != c.want {
			t.Errorf("listCloser(%q) cuts to %q, want %q", c.in, got, c.want)
		}
	}
}

// A title that holds a grade word (优等奖, 一等奖) is read whole, after one
// hospital's name (the attributor gives it the hospital) or a list of them.
func TestAwardsWithGradeWords(t *testing.T) {
	runFactCases(t, award{}, []factCase{
		{"东山市人民医院荣获年度考核优等奖。", []string{"年度考核优等奖"}},
		{"東山市人民醫院榮獲年度考核優等獎。", []string{"年度考核优等奖"}},
		{"东山市人民医院荣获省科技进步一等奖。", []string{"省科技进步一等奖"}},
		{"東山市人民醫院榮獲省科技進步一等獎。", []string{"省科技进步一等奖"}},
		{"经评核,东山市人民医院、西河县中医医院等2家医院荣获督考优等奖。", []string{"东山市人民医院 督考优等奖", "西河县中医医院 督考优等奖"}},
		{"經評核，東山市立醫院、西河縣中醫醫院等2家醫院榮獲督考優等獎。", []string{"东山市立医院 督考优等奖", "西河县中医医院 督考优等奖"}},
		// The list still ends at its own 等.
		{"东山市人民医院先后荣获市级文明单位、服务特等奖等称号。", []string{"市级文明单位", "服务特等奖"}},
		{"東山市人民醫院先後榮獲市級文明單位、服務特等獎等稱號。", []string{"市级文明单位", "服务特等奖"}},
		// A grade of accreditation is still no honour.
		{"东山市人民医院被评为三级甲等医院。", nil},
		{"東山市人民醫院被評為三級甲等醫院。", nil},
	})
}
