package extract

import (
	"strings"

	"zhnews"
	"zhnews/internal/rx"
)

// partySecretary reads the name of the hospital's 党委书记 or 党总支书记:
// 医院党委书记苏丙贺介绍 → 苏丙贺; 党委书记、理事长段立新表示 → 段立新;
// 以党总支书记闫卫军为组长 → 闫卫军. Deputies (副书记) and branch
// secretaries (党支部书记) are other people; "党委书记在会上…" names no one.
type partySecretary struct{}

var (
	secretaryRe = rx.MustCompile(`(?:党委|党总支部?)书记(?:[、,，]?兼?(?:院长|理事长|董事长|主任|副院长|执行院长))*\s*(\p{Han}{2,4})`)
	// Words that follow a name in a news sentence; a caption's line
	// (△党委书记某某) ends at its line break.
	afterName = rx.MustCompile(`^(?:\n|介绍|表示|说|指出|代表|同志|为|在|带领|主持|出席|陪同|会见|接待|致辞|讲话|发言|汇报|宣读|带队|告诉|认为|强调|谈到|讲|坦言|透露|一行|等|和|与|及|向|对|是|的|作|率|亲自|先生|女士|教授|深入|参加|来到|到|看望|慰问|提出|要求|希望|介|,|，|、|。|;|；|:|：|“|\(|（|$)`)
	// Before the title, words that make its holder a past one (原党委书记,
	// 首任党委书记, 时任党委书记): not the hospital's secretary now.
	formerHolder = rx.MustCompile(`(?:原|前任|前|首任|历任|曾任|时任|老|已故|退休)(?:医院|院)?$`)
	// Characters that do not begin a name here.
	notNameStart = "在和与及对为是的等兼带领定沟院党委书记会部科主同"
)

func (partySecretary) Metric() string { return "party_secretary" }

func (partySecretary) keywords() []string { return secretaryKeywords }

var secretaryKeywords = []string{"书记"}

func (partySecretary) Extract(d *Doc) []zhnews.Fact {
	var out []zhnews.Fact
	for _, m := range d.FindAllWith(secretaryRe, secretaryKeywords) {
		before := m.Sentence.Text[:m.Loc[0]]
		if strings.HasSuffix(before, "副") || strings.HasSuffix(before, "支部") || otherOrganisation.MatchString(before) || formerHolder.MatchString(before) {
			continue
		}
		name := pickName(m.Group(1), m.Sentence.Text[m.Loc[2]:])
		if name == "" {
			continue
		}
		end := m.Loc[2] + len(name)
		ev, s, e := m.Evidence(m.Loc[0], end)
		out = append(out, zhnews.Fact{Hospital: hospitalBefore(before), Metric: "party_secretary", Value: name, Evidence: ev, Start: s, End: e})
	}
	// 医院党委彭某某书记: the name between 党委 and 书记.
	for _, m := range d.FindAllWith(secretaryInnerRe, secretaryKeywords) {
		before := m.Sentence.Text[:m.Loc[0]]
		name := m.Group(1)
		if otherOrganisation.MatchString(before) || strings.ContainsAny(name, notInName) {
			continue
		}
		ev, s, e := m.Evidence(m.Loc[0], m.Loc[1])
		out = append(out, zhnews.Fact{Hospital: hospitalBefore(before), Metric: "party_secretary", Value: name, Evidence: ev, Start: s, End: e})
	}
	// 会议确定丁某某任党总支部书记: the one appointed or elected to it.
	for _, m := range d.FindAllWith(secretaryNamedRe, secretaryKeywords) {
		// The name is the two or three characters before the verb, where
		// the clause or the meeting's verb ends right before them.
		before := m.Sentence.Text[:m.Loc[0]]
		rs := []rune(before)
		for _, n := range []int{3, 2} {
			if len(rs) < n {
				continue
			}
			name, ahead := string(rs[len(rs)-n:]), string(rs[:len(rs)-n])
			if !allHanRunes(name) || strings.ContainsAny(name, notInName) || !nameBoundary.MatchString(ahead) && !appointVerb.MatchString(ahead) {
				continue
			}
			ev, s, e := m.Evidence(len(ahead), m.Loc[1])
			out = append(out, zhnews.Fact{Hospital: hospitalBefore(ahead), Metric: "party_secretary", Value: name, Evidence: ev, Start: s, End: e})
			break
		}
	}
	// 彭某某书记…代表医院党委: a 书记 who speaks for the hospital's 党委 is
	// its secretary. The name must stand alone before 书记 (after a
	// clause break or a space), so that its length is known.
	for _, m := range d.FindAllWith(secretaryForRe, secretaryKeywords) {
		name := m.Group(1)
		before := m.Sentence.Text[:m.Loc[2]]
		if strings.ContainsAny(name, notInName) || !nameBoundary.MatchString(before) {
			continue
		}
		ev, s, e := m.Evidence(m.Loc[2], m.Loc[1])
		out = append(out, zhnews.Fact{Metric: "party_secretary", Value: name, Evidence: ev, Start: s, End: e})
	}
	return out
}

var (
	// After the hospital, or opening a clause of an article about it.
	secretaryInnerRe = rx.MustCompile(`(?:医院|院|^|[，,。；;：:\s])(?:党委|党总支)(\p{Han}{2,3})书记`)
	// 丁某某任党总支部书记, 王某同志当选为医院党委书记.
	secretaryNamedRe = rx.MustCompile(`(?:同志)?(?:任|担任|为|当选为|当选)(?:医院|院)?(?:党委|党总支部|党总支)书记`)
	// The verbs of the meeting that appoints or elects, before the name.
	appointVerb    = rx.MustCompile(`(?:确定|选举|决定|同意|任命|推选|宣布)$`)
	secretaryForRe = rx.MustCompile(`(\p{Han}{2,3})书记[^，,。；;]{0,8}?代表(?:医院|院|全院)?(?:党委|党总支)`)
	// Characters no name here holds: titles, deputies, function words.
	notInName = "副专职常务委员书记院长党的和与及在对为是首先代表医"
	// What stands right before a name that stands alone.
	nameBoundary = rx.MustCompile(`(?:^|[，,。；;：:、\s　“"(（]|由|和|与|及)$`)
	// The 党委 of a health commission, a bureau, a university, a company:
	// not the hospital's.
	// The 党委 of a township, district or county too (某某镇党委书记), and of
	// a commission's organs (委直属机关党委书记).
	// A department's 党总支 (外科党总支书记, 职能部门党总支, 护理部党总支)
	// is a part of the hospital's party, its secretary not the hospital's.
	otherOrganisation = rx.MustCompile(`(?:委|局|厅|办|署|大学|学院|学校|公司|集团|政府|协会|学会|工委|机关|镇|乡|街道|社区|村|区|县|市|省|科|科室|病区|片区|科片|部门|[^本总]部|处)$`)
	// Words that stand where a name would and are none (党委书记亲自带队),
	// and the verbs of a meeting that follow the title when no name is
	// given (我院党委书记出席, 两院党委书记座谈).
	notAName = map[string]bool{"亲自": true, "本人": true, "首先": true, "随后": true, "一行": true, "同志": true, "带队": true, "带领": true, "率队": true, "率领": true, "专程": true, "特别": true, "再次": true, "多次": true, "高度": true,
		"出席": true, "座谈": true, "会谈": true, "讲话": true, "致辞": true, "主持": true, "陪同": true, "参加": true, "表示": true, "介绍": true, "指出": true, "强调": true, "发言": true, "调研": true, "考察": true, "看望": true, "慰问": true, "会见": true, "接待": true, "宣读": true, "汇报": true, "提出": true, "要求": true, "希望": true, "参观": true, "视察": true, "检查": true, "作报告": true, "到会": true}
)

// pickName chooses a two- or three-character name from the start of rest
// by what follows it.
func pickName(cand, rest string) string {
	r := []rune(cand)
	if len(r) < 2 || strings.ContainsRune(notNameStart, r[0]) {
		return ""
	}
	for _, n := range []int{3, 2} {
		if len(r) < n {
			continue
		}
		name := string(r[:n])
		if strings.ContainsAny(name, "院党委书记会部科") || notAName[name] {
			continue
		}
		if n == 3 && strings.ContainsRune("等与及的", r[2]) {
			continue // 张某等到会: the name is the two before the particle (和 ends names: 王德和)
		}
		if afterName.MatchString(rest[len(name):]) {
			return name
		}
	}
	return ""
}
