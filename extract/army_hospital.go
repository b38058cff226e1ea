package extract

import (
	"strings"
	"unicode/utf8"

	"zhnews/internal/rx"
)

// The army's hospitals are numbered under their service or unit:
// 中国人民解放军联勤保障部队第九〇〇医院, 联勤保障部队第966医院, 解放军第四五五医院,
// 武警某某总队医院. The suffix search reads the name back from 医院 over
// Han characters and ASCII digits only, so a numeral 〇 (not a Han
// character) or the unit's words (保障 is a verb to the dictionary, 部队
// alone names the kind 部队医院) cut the name short (〇〇医院, 966医院). This
// finder reads the whole name from the unit.
var armyHospital = rx.MustCompile(`(?:中国人民解放军|解放军)?(?:联勤保障部队|火箭军|海军|空军|陆军|武警\p{Han}{1,8}?总队)(?:第?[〇零一二三四五六七八九十百0-9]{2,5})?医院`)

// armyUnits: every armyHospital match holds one of these.
var armyUnits = []string{"联勤保障部队", "火箭军", "海军", "空军", "陆军", "总队"}

// armyHospitals returns a mention for every numbered army hospital of d's
// text, the unit that numbers it included.
func (f hospitalFinder) armyHospitals(d *Doc) []Mention {
	if !containsAny(d.Text, armyUnits) {
		return nil
	}
	var out []Mention
	for _, loc := range armyHospital.FindAllStringIndex(d.Text, -1) {
		name := d.Text[loc[0]:loc[1]]
		if !strings.ContainsAny(name, "〇零一二三四五六七八九十百0123456789") && !strings.Contains(name, "总队") {
			continue // 海军医院, 空军医院 without a number: the kind
		}
		start := utf8.RuneCountInString(d.Text[:loc[0]])
		out = append(out, Mention{Name: name, Written: name, Start: start, End: start + utf8.RuneCountInString(name)})
	}
	return out
}
