package extract

import (
	"strings"

	"zhnews"
	"zhnews/extract/numbers"
	"zhnews/internal/rx"
)

// Places written with neither a verb of ranking nor, often, 第: a move
// from one place to another (由去年的第15名升至第9名, 排名从35位跃升至21
// 位) and the places of years set side by side (去年218名,今年208名).
// The sentence speaks of a ranking (排名, 榜, 强), or a bare N名 is a count
// of persons (从200名增至300名医护人员).

// rankWordOfMove: a sentence whose verb-less places are written without
// 第 holds one of these (with 第 the place is one by itself).
var rankWordOfMove = rx.MustCompile(`排名|排行|榜|名次|位次|强|入选|入围|前\s*\d+`)

// rankedAt reports whether the verb-less place of m, written with 第 or
// not (ordinal), stands in a sentence that may hold one.
func rankedAt(m Match, ordinal bool) bool {
	return ordinal || rankWordOfMove.MatchString(m.Sentence.Text)
}

// moveScopeTail: the words of the scope's clause that are the verb's
// (…绩效考核中排名从88位…), no part of the scope.
var moveScopeTail = rx.MustCompile(`(?:中|里)?\s*(?:的)?\s*(?:排名|排行|名次|位次)?$`)

// moveRegion: a region written before a place of a move (升至全国第9名).
const moveRegion = `(?:全国|全球|全世界|全省|全市|全区|全台|国内|省内)?`

// moveVerb: the verb of a move to a place (一举跃升至, 下降到, 至).
const moveVerb = `(?:一举|大幅|再次|进一步|快速)?\s*(?:大?(?:跃进|跃升|攀升|上升|提升|前进|进步|晋升|挺进|提高|下降|下滑|滑落|回落|升|降|跌|退|滑|排)(?:到|至)了?|到|至)\s*(?:今年|本年度|今年度)?\s*(?:的)?`

// moveOn: what follows the earlier place of a move.
var moveOn = rx.MustCompile(`^\s*` + moveVerb + `\s*` + moveRegion + `\s*(?:第\s*)?(?:` + numbers.Pattern + `)\s*(?:名|位)`)

// rankMove: a move between two places; groups 1 to 4 are the earlier
// place's time word, 第, figure and measure word, 5 to 7 the later's.
var rankMove = rx.MustCompile(`^(?:从|由)\s*(去年|上年|前年|上一年度?|(?:19|20)\d{2}\s*年度?)?\s*(?:的)?\s*` + moveRegion + `\s*(第)?\s*(` + numbers.Pattern + `)\s*(名|位)\s*` + moveVerb + `\s*` + moveRegion + `\s*(第)?\s*(` + numbers.Pattern + `)\s*(名|位)`)

// rankMoveStarts: every rankMove match begins with one of these.
var rankMoveStarts = []string{"从", "由"}

// rankYearPlace: a place after a time word at the start of a clause and
// ending it (去年218名,今年208名; 2023年第35位。); group 1 is the time
// word, 2 the figure, 3 the measure word.
var rankYearPlace = rx.MustCompile(`^(去年|今年|前年|上年|本年度|今年度)\s*(?:的|是|为|则是|则为)?\s*(?:第\s*)?(\d+)\s*(名|位)(?:[，,。；;、]|$)`)

// rankYearPlaceStarts: every rankYearPlace match begins with one of these.
var rankYearPlaceStarts = []string{"去年", "今年", "前年", "上年", "本年度"}

// rankMoves reads the places of moves and of years set side by side.
func rankMoves(d *Doc) []zhnews.Fact {
	var out []zhnews.Fact
	for _, m := range d.FindAllFrom(rankMove, rankMoveStarts, rankMoveStarts) {
		if !rankedAt(m, m.Loc[4] >= 0 || m.Loc[10] >= 0) {
			continue
		}
		// The later place is the present one; rankArrive reads it when it
		// is written with 第 and a verb of arriving.
		later := Match{Sentence: m.Sentence, Loc: m.Loc[:2]}
		if m.Loc[10] < 0 || !arriveRead(m) {
			f, ok := rankFact(d, later, m.Group(6), m.Group(7))
			if !ok {
				continue
			}
			f.Scope = moveScope(f.Scope)
			out = append(out, f)
		}
		// The earlier place is of the year its time word names (去年的第15
		// 名 → the year before); without one it is of no year the article
		// states, and is left.
		if m.Loc[2] < 0 {
			continue
		}
		f, ok := rankFact(d, later, m.Group(3), m.Group(4))
		if !ok {
			continue
		}
		f.Year = yearOfTimeWord(m.Group(1), m.YearBefore(m.Loc[0]))
		f.Scope = moveScope(f.Scope)
		out = append(out, f)
	}
	for _, m := range d.FindAllFrom(rankYearPlace, rankYearPlaceStarts, rankYearPlaceStarts) {
		if !clauseStartsAt(m.Sentence.Text, m.Loc[0]) || !rankedAt(m, strings.Contains(m.Group(0), "第")) {
			continue // 甲医院今年第174名: rankAfterHospital's
		}
		place := Match{Sentence: m.Sentence, Loc: []int{m.Loc[0], m.Loc[7]}}
		f, ok := rankFact(d, place, m.Group(2), m.Group(3))
		if !ok {
			continue
		}
		f.Year = yearOfTimeWord(m.Group(1), m.YearBefore(m.Loc[0]))
		out = append(out, f)
	}
	return out
}

// moveScope is scope without the verb's words after it (…考核中排名 →
// …考核), and without a time word before it (今年的复旦版… → 复旦版…).
func moveScope(scope string) string {
	scope = strings.TrimSpace(moveScopeTail.ReplaceAllString(scope, ""))
	return plausibleScope(timePrefix.ReplaceAllString(scope, ""))
}

// arriveRead reports whether rankArrive reads the later place of move m
// itself (升至第9名).
func arriveRead(m Match) bool {
	for _, w := range rankArriveStarts {
		if i := strings.Index(m.Sentence.Text[m.Loc[0]:m.Loc[1]], w); i >= 0 && !strings.HasPrefix(w, "以") {
			if loc := rankArrive.FindStringIndex(m.Sentence.Text[m.Loc[0]+i:]); loc != nil && m.Loc[0]+i+loc[1] == m.Loc[1] {
				return true
			}
		}
	}
	return false
}

// yearOfTimeWord: the year a time word names, counted from the year the
// sentence states before it (0 when none: 今年 alone is the article's
// year, which the sentence does not give).
func yearOfTimeWord(word string, stated int) int {
	if n, ok := numbers.Parse(strings.TrimRight(word, "年度 ")); ok && n.IsInt() && n.Value >= 1900 {
		return int(n.Int())
	}
	if stated == 0 {
		return 0
	}
	switch {
	case strings.HasPrefix(word, "去年"), strings.HasPrefix(word, "上年"), strings.HasPrefix(word, "上一年"):
		return stated - 1
	case strings.HasPrefix(word, "前年"):
		return stated - 2
	}
	return stated
}

// clauseStartsAt reports whether byte at of s begins a clause: after a
// clause break, an enumeration comma or 和, or at the sentence's start.
func clauseStartsAt(s string, at int) bool {
	before := strings.TrimRight(s[:at], " ")
	return before == "" || strings.HasSuffix(before, "、") || strings.HasSuffix(before, "和") || lastClauseBreak(before) == len(before)
}
