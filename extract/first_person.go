package extract

import (
	"strings"

	"zhnews/internal/rx"
)

// A hospital's own page writes of itself as 我院 or 本院, often without
// its name, and names other hospitals as the parties it deals with: a
// delegation that comes to it (甲医院代表团来我院参观), a partner it signs
// with (我院与甲医院签署协议), one it helps or learns from. Such a hospital
// is not the one 我院 stands for, and must not become the page's topic:
// the page's own figures (我院现有职工…) would be given to the guest.

// toFirstPerson: a relation word right before 我院/本院 (来我院, 与本院).
var toFirstPerson = rx.MustCompile(`(?:来|来到|莅临|到|走进|赴|与|和|同|向|为|给|帮扶|支援|协助|对口)(?:我院|本院)`)

// visitToUs: guests' visit to the page's own hospital written without 我
// (某医院专家来院指导, 某医院领导一行莅院调研), on a page that speaks of itself
// as 我院 elsewhere. The guests must be named as such: patients and the
// public come to a hospital too (患者到院检查).
var visitToUs = rx.MustCompile(`(?:专家|一行|领导|代表团|团队|医疗队|院长|书记|主任|同志|同仁)[^，,。；;]{0,8}?(?:来|莅|莅临|到)院(?:指导|调研|考察|参观|检查|交流|视察|座谈|走访|义诊|坐诊|帮扶|授课|讲学)`)

// otherParties returns the names of the hospitals that a sentence sets
// beside 我院/本院 as another party: named before a relation word and 我院
// (甲医院专家来我院), or after 我院 and a relation word (我院与甲医院, 我院赴
// 甲医院). A hospital named in a sentence of 我院 without such a word
// (甲医院召开大会,我院党委书记出席) may well be 我院 itself, and is not one.
func otherParties(d *Doc, mentions []Mention) map[string]bool {
	if !strings.Contains(d.Text, "我院") && !strings.Contains(d.Text, "本院") {
		return nil
	}
	var out map[string]bool
	add := func(name string) {
		if out == nil {
			out = map[string]bool{}
		}
		out[name] = true
	}
	k := 0
	for _, s := range d.Sentences {
		for k < len(mentions) && mentions[k].Start < s.Start {
			k++
		}
		j := k
		for j < len(mentions) && mentions[j].Start < s.End {
			j++
		}
		if j == k {
			continue
		}
		loc := visitToUs.FindStringIndex(s.Text)
		if !strings.Contains(s.Text, "我院") && !strings.Contains(s.Text, "本院") {
			if loc == nil {
				continue
			}
		} else if l := toFirstPerson.FindStringIndex(s.Text); l != nil {
			loc = l
		}
		if loc != nil {
			at := s.Start + len([]rune(s.Text[:loc[0]]))
			for _, m := range mentions[k:j] {
				if m.End <= at {
					add(m.Name) // 甲医院代表团来我院
				}
			}
		}
		for _, m := range mentions[k:j] {
			before := d.Slice(max(s.Start, m.Start-8), m.Start)
			if i := strings.LastIndex(before, "我院"); i < 0 {
				if i = strings.LastIndex(before, "本院"); i < 0 {
					continue
				}
			}
			if notSubject.MatchString(before) {
				add(m.Name) // 我院与甲医院, 我院赴甲医院
			}
		}
	}
	return out
}
