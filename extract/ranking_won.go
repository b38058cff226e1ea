package extract

import (
	"strings"

	"zhnews"
	"zhnews/extract/numbers"
	"zhnews/internal/rx"
)

// A place is also said as a prize won: 再次获得全省地市级第1名, 取得全国第三名的
// 好成绩, 夺得同级医院第一名, 拿下全球第218名. The verb (获得, 取得, 夺得) is no rank verb of
// its own, since a place in a contest is won the same way (获得全市护理技能
// 大赛第一名, a team's or a nurse's); so the words before 第 must name
// where the hospital stands: a region (全省), a level or kind of hospital
// (地市级, 同级医院, 地市级综合医院), or both, and nothing of a contest.
var (
	rankWon = rx.MustCompile(`^(?:获得|取得|夺得|荣获|斩获|拿下|抢下|摘下|夺下|勇夺|获评)了?\s*(` + wonScope + `)\s*第\s*(` + numbers.Pattern + `)\s*(名|位)`)
	// wonScope: a region or a level of hospitals first, then up to eight
	// more words of the group (地市级, 综合医院), none a clause break, a
	// digit or 第.
	// Taiwan's levels of hospitals (医学中心, 区域医院, 地区医院) are levels
	// too: 获评医学中心组第一名.
	wonScope = `(?:全国|全省|全市|全区|全县|全州|全球|全台|全港|全亚洲|亚洲|世界|省内|市内|国内|区内|县内|同级|同类|同等级|地市级|市级|县级|省级|三级|二级|医学中心|区域医院|地区医院)[^，,。；;、\d第]{0,8}?`
	// contestWords: the place is a contest's (大赛, 竞赛, 比赛, 技能比武,
	// 演讲, 知识竞答) or a game's, not the hospital's standing.
	contestWords = []string{"赛", "比武", "演讲", "竞答", "运动会", "技能", "作品", "征文"}
	// wonByOther: who won the place is a team or a person of the
	// hospital (代表队, 选手, 护士, 团队), not the hospital.
	wonByOther = []string{"队", "选手", "护士", "医生", "医师", "同志", "个人", "团队", "小组", "科室", "职工"}
	// rankWonStarts: every rankWon match begins with one of these.
	rankWonStarts = []string{"获得", "取得", "夺得", "荣获", "斩获", "拿下", "抢下", "摘下", "夺下", "勇夺", "获评"}
)

// rankWonPlaces reads the places said as won (see rankWon).
func rankWonPlaces(d *Doc) []zhnews.Fact {
	var out []zhnews.Fact
	for _, m := range d.FindAllFrom(rankWon, rankWonStarts, rankWonStarts) {
		sent := m.Sentence.Text
		clause := sent[:m.Loc[0]]
		if i := lastClauseBreak(clause); i >= 0 {
			clause = clause[i:]
		}
		if containsAny(sent[:m.Loc[1]], contestWords) || containsAny(clause, wonByOther) {
			continue
		}
		f, ok := rankFact(d, m, m.Group(2), m.Group(3))
		if !ok {
			continue
		}
		f.Scope = strings.TrimSpace(m.Group(1))
		out = append(out, f)
	}
	return out
}
