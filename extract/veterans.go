package extract

import "strings"

// Taiwan's veterans general hospitals go by their city and 荣总 far more
// often than by their full names: 台中荣总 is 台中荣民总医院, 高雄荣总
// 高雄荣民总医院. 荣总 ends in no hospital suffix, so the suffix search
// does not see it; a place of the gazetteer right before it names the
// hospital in full.

// veteransShort is the short form's own part, after the place.
const veteransShort = "荣总"

// veteransHospitals returns a mention for every 〈place〉荣总 of d's text.
func (f hospitalFinder) veteransHospitals(d *Doc) []Mention {
	var out []Mention
	rs := d.runes
	text := d.Text
	at := 0 // runes before text[off:]
	off := 0
	for {
		i := strings.Index(text[off:], veteransShort)
		if i < 0 {
			break
		}
		at += len([]rune(text[off : off+i]))
		off += i
		end := at + 2
		for n := 3; n >= 2; n-- {
			if at-n < 0 {
				continue
			}
			place := string(rs[at-n : at])
			ps := f.g.Lookup(place)
			if len(ps) == 0 || ps[0].Province != "台湾省" {
				continue
			}
			p := ps[0]
			city := strings.TrimRight(p.Name, "市县")
			m := Mention{Name: city + "荣民总医院", Written: place + veteransShort, Start: at - n, End: end, Place: &p}
			if end+2 <= len(rs) && string(rs[end:end+2]) == "医院" {
				// 台北荣总医院: the short form with the suffix after it.
				end += 2
				m.Written, m.End = string(rs[m.Start:end]), end
			}
			if bEnd, ok := branchAfter(rs, end); ok {
				// 台北荣总苏澳分院: the branch, named under its parent written short.
				if bp := f.branchPlace(string(rs[end:bEnd])); bp != nil {
					m.Place = bp
				}
				m.Name += string(rs[end:bEnd])
				m.Written = string(rs[m.Start:bEnd])
				m.End, end = bEnd, bEnd
			} else if firstEnd, bEnd, ok := branchListAfter(rs, end); ok {
				// 台北荣总玉里及凤林分院: two branches under one parent.
				first, second := f.branchPair(rs, m, end, firstEnd, bEnd)
				out = append(out, first)
				m, end = second, bEnd
			}
			out = append(out, m)
			break
		}
		off += len(string(rs[at:end])) // the branch's words too: at and off stay one place
		at = end
	}
	return out
}
