package clean

import "testing"

func TestFirstDate(t *testing.T) {
	tests := []struct {
		name, in string
		roc      bool
		want     string
	}{
		{"dashes", "发布时间:2021-06-29 10:30", false, "2021-06-29"},
		{"slashes, no zero", "2016/7/3 09:30", false, "2016-07-03"},
		{"dots", "2021.06.29", false, "2021-06-29"},
		{"dotted day, month, year", "16.09.2014 14:20", false, "2014-09-16"},
		{"dotted, the day second", "09.16.2014", false, "2014-09-16"},
		{"dotted, ambiguous: day first", "03.04.2015", false, "2015-04-03"},
		{"a version number is no date", "v2.3.2014", false, ""},
		{"Han units", "2021年6月29日 星期二", false, "2021-06-29"},
		{"Han units with spaces", "2021 年 6 月 29 日", false, "2021-06-29"},
		{"year and day on two header lines", "2021 02/22", false, "2021-02-22"},
		{"date glued to a time", "2019-09-3007:42", false, "2019-09-30"},
		{"Chinese numerals", "青山市卫生健康委员会 二〇二一年六月二十九日", false, "2021-06-29"},
		{"Chinese numerals, round zero, day ten", "二○二三年十一月十日印发", false, "2023-11-10"},
		{"Chinese numerals, month only", "二〇二二年三月", false, "2022-03"},
		{"ROC year named", "民国110年6月29日", false, "2021-06-29"},
		{"ROC year in numerals", "民国一百一十二年十一月二十五日", false, "2023-11-25"},
		{"ROC year alone", "民国99年", false, ""},
		{"ROC year digit by digit", "中华民国一一四年三月十二日", false, "2025-03-12"},
		{"ROC year digit by digit, a zero in it", "民国一〇九年五月一日", false, "2020-05-01"},
		{"bare ROC year on a Taiwan page", "运动会现场 111年6月3日", true, "2022-06-03"},
		{"bare ROC year with slashes", "112/11/25", true, "2023-11-25"},
		{"bare ROC year elsewhere is a count", "共111年6月3日", false, ""},
		{"Gregorian first on a Taiwan page", "2023/11/25 14:03(11/25 15:26 更新)", true, "2023-11-25"},
		{"month and day only: no year", "5月28日,大会在院内举行", false, ""},
		{"an issue number is no date", "2017年第3期", false, ""},
		{"no such day", "2021-02-30", false, ""},
		{"no such month", "2021-13-01", false, ""},
		{"year and month", "2018年5月,医院党总支升格为党委", false, "2018-05"},
		{"full date beats an earlier month", "2018年5月 发布 2018-06-01", false, "2018-06-01"},
		{"phone number", "电话:0476-8899120", false, ""},
		{"month, day and year between slashes", "06/30/2023", false, "2023-06-30"},
		{"day first between slashes when above 12", "30/06/2023 09:12", false, "2023-06-30"},
		{"slashes, ambiguous: month first", "03/04/2015", false, "2015-03-04"},
		{"slashed year first is no month-day-year", "2023/06/30", false, "2023-06-30"},
		{"English month first", "Jun 30, 2023 09:12", false, "2023-06-30"},
		{"English month spelled out", "Posted on June 3rd, 2023", false, "2023-06-03"},
		{"English day first", "30 Sept 2023", false, "2023-09-30"},
		{"English day glued to its month", "12Mar 2025", false, "2025-03-12"},
		{"English day glued, on a traditional page", "活動 03Dec 2024 醫院", true, "2024-12-03"},
		{"digits glued to a year are no day", "2021Sep 2022", false, ""},
		{"Chinese date block, the day glued to the month", "099月 2021", true, "2021-09-09"},
		{"Chinese date block, a two-digit month", "活动 0312月 2024", false, "2024-12-03"},
		{"a count before a month is no date block", "共有1009月 2021", false, ""},
		{"slashes day first on a traditional page", "日期:12/3/2025", true, "2025-03-12"},
		{"slashes day first on a traditional page, zero-padded", "發布日期 05/11/2024 10:30", true, "2024-11-05"},
		{"slashes above 12 first on a traditional page", "30/06/2023", true, "2023-06-30"},
		{"slashes month first on a simplified page", "日期:12/3/2025", false, "2025-12-03"},
		{"dashes day first on a traditional page", "發佈日期: 12-03-2025 10:30", true, "2025-03-12"},
		{"dashes, the day above 12", "25-03-2025", false, "2025-03-25"},
		{"year-first dashes stay as they are", "2025-03-12", true, "2025-03-12"},
		{"a phone number is no date", "电话:0476-12-2025", false, ""},
		{"English word that is no month", "Mayor 30, 2023", false, ""},
		{"ISO timestamp", "2023-06-30T09:12:00+08:00", false, "2023-06-30"},
		{"ROC year under the republic's full name", "中华民国112年6月30日", false, "2023-06-30"},
		{"bare ROC year with dashes", "发布日期:112-06-30", true, "2023-06-30"},
		{"bare ROC year with dots", "112.06.30", true, "2023-06-30"},
		{"bare ROC year, mixed separators: none", "112-06/30", true, ""},
		{"bare ROC dashes off a Taiwan page: a count", "112-06-30", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := firstDate(tt.in, tt.roc); got != tt.want {
				t.Errorf("firstDate(%q, %v) = %q, want %q", tt.in, tt.roc, got, tt.want)
			}
		})
	}
}

func TestHanNumber(t *testing.T) {
	for in, want := range map[string]int{"六": 6, "十": 10, "十二": 12, "二十": 20, "二十九": 29, "三十一": 31, "十十": 0, "": 0} {
		if got := hanNumber(in); got != want {
			t.Errorf("hanNumber(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2021-02-22T10:31:00+08:00", "2021-02-22"},
		{"2021/2/22", "2021-02-22"},
		{"2021-02", "2021-02"},
		{"2021", "2021"},
		{"2021年2月22日", "2021-02-22"},
		{"not a date", ""},
	}
	for _, tt := range tests {
		if got := normalizeDate(tt.in); got != tt.want {
			t.Errorf("normalizeDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
