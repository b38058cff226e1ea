package extract

import "testing"

func TestPartySecretaryWordings(t *testing.T) {
	runFactCases(t, partySecretary{}, []factCase{
		{"医院党委书记、院长陈国平代表全院职工致辞。", []string{"陈国平"}},
		{"醫院黨委書記、院長陳國平代表全院職工致辭。", []string{"陈国平"}},
		{"院党委书记林晓东作工作报告。", []string{"林晓东"}},
		// A two-character name before 等 or 和: the particle is no part of it.
		{"院党委书记、院长张伟等到会祝贺。", []string{"张伟"}},
		{"院黨委書記、院長張偉等到會祝賀。", []string{"张伟"}},
		{"院党委书记王磊和院长李强出席。", []string{"王磊"}},
		{"院党委书记王德和出席会议。", []string{"王德和"}},
		{"院黨委書記林曉東作工作報告。", []string{"林晓东"}},
		// A photo's caption line: the name ends at the line break.
		{"△党委书记林晓东\n640.jpg\n△院长郑雪梅", []string{"林晓东"}},
		{"△黨委書記林曉東\n640.jpg\n△院長鄭雪梅", []string{"林晓东"}},
		// No name: the title, then the meeting's verb.
		{"青山医院召开职代会,我院党委书记出席。", nil},
		{"青山醫院召開職代會,我院黨委書記出席。", nil},
		{"我院党委书记与青山医院党委书记座谈。", nil},
		{"我院黨委書記與青山醫院黨委書記座談。", nil},
		{"院党委书记陪同调研。", nil},
		// The name between 党委 and 书记.
		{"医院党委郑雪梅书记出席会议并讲话。", []string{"郑雪梅"}},
		{"醫院黨委鄭雪梅書記出席會議並講話。", []string{"郑雪梅"}},
		{"最后,党委郑雪梅书记发表讲话。", []string{"郑雪梅"}},
		{"最後，黨委鄭雪梅書記發表講話。", []string{"郑雪梅"}},
		// A 书记 who speaks for the hospital's 党委.
		{"大会开始,周海燕书记代表医院党委向全院党员致以问候。", []string{"周海燕"}},
		{"大會開始,周海燕書記代表醫院黨委向全院黨員致以問候。", []string{"周海燕"}},
		// The one a meeting appoints or elects (任, 当选为), 党总支部 written in full.
		{"会议确定林晓东任党总支部书记、郑雪梅任组织委员。", []string{"林晓东"}},
		{"會議確定林曉東任黨總支部書記、鄭雪梅任組織委員。", []string{"林晓东"}},
		{"林晓东同志当选为医院党委书记。", []string{"林晓东"}},
		{"林曉東同志當選為醫院黨委書記。", []string{"林晓东"}},
		{"党总支部书记林晓东作工作报告。", []string{"林晓东"}},
		{"会议确定林晓东任党委副书记。", nil},
		{"会议确定林晓东任党支部书记。", nil},
		// Another hospital's secretary names that hospital.
		{"台州市中心医院党委书记王建明出席签约仪式。", []string{"台州市中心医院 王建明"}},
		{"台州市中心醫院黨委書記王建明出席簽約儀式。", []string{"台州市中心医院 王建明"}},
		// Not the hospital's secretary: a commission's, a university's,
		// deputies.
		{"市卫生健康委党委书记、主任刘志强出席会议。", nil},
		{"市衛生健康委黨委書記、主任劉志強出席會議。", nil},
		{"医科大学党委书记张立新讲话。", nil},
		{"医院党委副书记何丽萍主持会议。", nil},
		// A department's 党总支 (职能部门, 护理部) is a part of the party.
		{"职能部门党总支书记李青、护理部党总支书记王敏到场。", nil},
		{"職能部門黨總支書記李青、護理部黨總支書記王敏到場。", nil},
		{"院本部党委书记陈立出席。", []string{"陈立"}},
		// A past holder (原, 首任, 时任) is not the secretary now.
		{"医院原党委书记张华同志参加活动。", nil},
		{"醫院原黨委書記張華同志參加活動。", nil},
		{"首任党委书记赵刚在建院初期带领职工创业。", nil},
		{"時任黨委書記趙剛帶領職工創業。", nil},
		// The verbs of an official visit follow the name.
		{"市委常委、宣传部长周伟,医院党委书记吴勇陪同。", []string{"吴勇"}},
		{"市委常委、宣傳部長周偉,醫院黨委書記吳勇陪同。", []string{"吴勇"}},
		{"医院党委书记李明华会见了代表团一行。", []string{"李明华"}},
		// A word where the name would stand, and a department's 党总支.
		{"院党委书记亲自带队走访困难职工。", nil},
		{"院黨委書記親自帶隊走訪困難職工。", nil},
		{"骨科党总支书记陈海波带领党员开展义诊。", nil},
		{"骨科黨總支書記陳海波帶領黨員開展義診。", nil},
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
