package extract

import "testing"

func TestPartySecretaryWordings(t *testing.T) {
	runFactCases(t, partySecretary{}, []factCase{
		{"医院党委书记、院长陈国平代表全院职工致辞。", []string{"陈国平"}},
		{"醫院黨委書記、院長陳國平代表全院職工致辭。", []string{"陈国平"}},
		{"院党委书记林晓东作工作报告。", []string{"林晓东"}},
		{"院黨委書記林曉東作工作報告。", []string{"林晓东"}},
		// The name between 党委 and 书记.
		{"医院党委郑雪梅书记出席会议并讲话。", []string{"郑雪梅"}},
		{"醫院黨委鄭雪梅書記出席會議並講話。", []string{"郑雪梅"}},
		{"最后,党委郑雪梅书记发表讲话。", []string{"郑雪梅"}},
		{"最後，黨委鄭雪梅書記發表講話。", []string{"郑雪梅"}},
		// A 书记 who speaks for the hospital's 党委.
		{"大会开始,周海燕书记代表医院党委向全院党员致以问候。", []string{"周海燕"}},
		{"大會開始,周海燕書記代表醫院黨委向全院黨員致以問候。", []string{"周海燕"}},
		// Another hospital's secretary names that hospital.
		{"台州市中心医院党委书记王建明出席签约仪式。", []string{"台州市中心医院 王建明"}},
		{"台州市中心醫院黨委書記王建明出席簽約儀式。", []string{"台州市中心医院 王建明"}},
		// Not the hospital's secretary: a commission's, a university's,
		// deputies.
		{"市卫生健康委党委书记、主任刘志强出席会议。", nil},
		{"市衛生健康委黨委書記、主任劉志強出席會議。", nil},
		{"医科大学党委书记张立新讲话。", nil},
		{"医院党委副书记何丽萍主持会议。", nil},
		{"青山镇党委书记王建国、县卫健局局长李红出席活动。", nil},
		{"青山鎮黨委書記王建國、縣衛健局局長李紅出席活動。", nil},
		{"醫院黨委副書記何麗萍主持會議。", nil},
		{"医院党委专职副书记吴敏讲话。", nil},
		{"会议由党委副书记、纪委书记孙伟主持。", nil},
		{"市卫健委书记代表市委讲话。", nil},
		{"省卫健委党组成员、委直属机关党委书记王建国出席。", nil},
		{"省衛健委黨組成員、委直屬機關黨委書記王建國出席。", nil},
		{"市卫健委党委刘志强书记讲话。", nil},
	})
}
