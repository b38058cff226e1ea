package extract

import (
	"strings"
	"unicode/utf8"

	"zhnews/internal/rx"
)

// A sentence may name a person once and go on with clauses that have no
// subject of their own: 某科王某主任长期深耕该领域,运用新技术诊断,荣获某奖.
// The verb of the last clause is the person's, not the hospital's, though
// the clause alone names no one.

// speechVerb: a person who speaks is no subject of what the speech says
// (院长介绍,医院荣获…).
var speechVerb = rx.MustCompile(`表示|介绍|说|指出|称|强调|透露|谈到|致辞|讲话|回顾|总结|带领|领导下|率领`)

// programTerm: a training programme named after whom it trains.
var programTerm = rx.MustCompile(`(?:住院医师|专科医师|全科医生|全科医师)(?:规范化培训|规培|培训)`)

// maxSubjectlessClauses bounds how far back a person's clause may stand.
const maxSubjectlessClauses = 3

// personLed reports whether the verb at byte at of text has as its
// subject a person named in an earlier clause of the sentence, with no
// hospital, pronoun or other subject in the clauses between.
func personLed(text string, at int) bool {
	before := text[:at]
	for k := 0; k <= maxSubjectlessClauses; k++ {
		start := lastClauseBreak(before)
		if start < 0 {
			start = 0
		}
		// Terms that hold a person's word and name none: a training
		// programme (住院医师规范化培训基地); and 住院 (住院部) is no
		// hospital's 院. Masked with characters of the same width.
		clause := programTerm.ReplaceAllStringFunc(before[start:], func(t string) string { return strings.Repeat("囗", utf8.RuneCountInString(t)) })
		clause = strings.ReplaceAll(clause, "住院", "住囗")
		if i := strings.LastIndex(clause, "院"); i >= 0 {
			// What follows the last 院 may still be a person of it
			// (医院心内科王某主任); before it the hospital is the subject.
			clause = clause[i+len("院"):]
			return personSubject.MatchString(clause) && !speechVerb.MatchString(clause)
		}
		if strings.ContainsAny(clause, "该其我本") {
			return false // a pronoun's subject: 该院, 其, 我们
		}
		if personSubject.MatchString(clause) {
			return !speechVerb.MatchString(clause)
		}
		if r, _ := utf8.DecodeLastRuneInString(before[:start]); start == 0 || r == ':' || r == '：' {
			return false // the sentence's start, or a quotation
		}
		// On to the clause before, without the break.
		before = strings.TrimRight(before[:start], clauseBreaks)
	}
	return false
}
