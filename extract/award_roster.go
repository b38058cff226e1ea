package extract

import (
	"strings"
	"unicode/utf8"

	"zhnews"
	"zhnews/internal/rx"
)

// Honours given to the units a roster under them lists, one a line:
//
//	【全国某某先进集体】:
//	1.甲市人民医院(某某支部,党员23名)
//	2.乙县中医院
//
//	第七届全国文明单位名单
//	甲市人民医院
//	乙县中医院
//
// The heading is wholly an honour's title (see isPlainHonour), in square
// brackets or before 名单 or a colon; each line under it that is wholly a
// hospital's name (a number before it and a note in brackets after it
// allowed) holds that honour. A line of another unit (委员会, 疾控中心) or
// of a hospital's department is passed over; a line of prose, or the next
// heading, ends the roster.
var (
	rosterHeading = rx.MustCompile(`^(?:[【\[]\s*([^】\]]{3,40}?)\s*[】\]]|([^，,。；;：:、]{3,40}?)\s*(?:获奖名单|获奖单位名单|获奖单位|名单|榜单)?)\s*[:：]?\s*$`)
	// What a heading holds when it is no roster's (a ranking's list, a
	// count of the honoured, a person's honour).
	rosterNoHeading = rx.MustCompile(`如下|\d+\s*(?:家|个|名|人)|复查|保留`)
	rosterItem      = rx.MustCompile(`^\s*(?:\d{1,3}\s*[.、．]\s*)?([^\s(（]{2,40}?)\s*(?:[(（][^)）]*[)）])?\s*$`)
	// A line in brackets only: the roster's region or sponsor, (某省卫生健康系统).
	rosterAside = rx.MustCompile(`^\s*[(（][^)）]*[)）]\s*$`)
	// The most lines a roster may pass over (other units, asides) in a row.
	rosterMaxSkipped = 8
)

// listedHeading: a heading line that introduces a list by its words
// (…名单) or its colon.
func listedHeading(h string) bool {
	return strings.HasSuffix(strings.TrimRight(h, ":： "), "名单") || strings.HasSuffix(strings.TrimRight(h, " "), ":") || strings.HasSuffix(strings.TrimRight(h, " "), "：")
}

// mayHeadRoster: h has a roster heading's form, in square brackets or
// introducing a list (listedHeading).
func mayHeadRoster(h string) bool {
	return strings.HasPrefix(h, "【") || strings.HasPrefix(h, "[") || listedHeading(h)
}

// awardRosters reads the honours of the document's rosters.
func awardRosters(d *Doc) []zhnews.Fact {
	var out []zhnews.Fact
	sents := d.Sentences
	for i := 0; i < len(sents); i++ {
		h := strings.TrimSpace(sents[i].Text)
		if !strings.HasSuffix(sents[i].Text, "\n") || !mayHeadRoster(h) {
			continue // no line of its own, or no heading's form: the expression is not tried on every sentence
		}
		m := rosterHeading.FindStringSubmatch(h)
		if m == nil || rosterNoHeading.MatchString(h) {
			continue
		}
		title := strings.Trim(m[1]+m[2], "“”\"「」『』 ")
		bracketed := m[1] != ""
		if !bracketed && !listedHeading(h) {
			continue // a bare line that is an honour's title is a headline or a roll's line
		}
		if !isPlainHonour(title) {
			continue
		}
		year := 0
		if y := rollLead.FindStringSubmatch(title); y != nil && y[2] != "" {
			year = atoi(y[2])
		}
		var found []zhnews.Fact
		skipped := 0
		j := i + 1
		for j < len(sents) && skipped <= rosterMaxSkipped {
			first := j
			line, next := lineFrom(d, j)
			j = next
			line = strings.TrimSpace(line)
			if line == "" || rosterAside.MatchString(line) {
				continue
			}
			if strings.HasPrefix(line, "【") || strings.HasPrefix(line, "[") {
				break // the next roster
			}
			im := rosterItem.FindStringSubmatch(line)
			if im == nil || !rosterLine(line) {
				break // prose
			}
			name := im[1]
			if !institutionEnd.MatchString(name) || !isWrittenName(name) {
				skipped++
				continue
			}
			skipped = 0
			t := sents[first].Text
			at := strings.Index(t, name)
			if at < 0 {
				continue
			}
			mm := Match{Sentence: sents[first], Loc: []int{at, at + len(name)}}
			ev, st, en := mm.Evidence(at, at+len(name))
			found = append(found, zhnews.Fact{Hospital: name, Metric: "award", Value: title, Year: year, Evidence: ev, Start: st, End: en})
		}
		if len(found) > 0 {
			out = append(out, found...)
			i = j - 1
		}
	}
	return out
}

// rosterLine: a roster's line is short; its note in brackets may name a
// few people.
func rosterLine(s string) bool { return utf8.RuneCountInString(s) <= 120 }

// lineFrom joins the sentences from index j up to the end of their line
// (a note's ; cuts a line into sentences) and returns the line with the
// index of the sentence after it.
func lineFrom(d *Doc, j int) (string, int) {
	var b strings.Builder
	for ; j < len(d.Sentences); j++ {
		t := d.Sentences[j].Text
		b.WriteString(t)
		if strings.HasSuffix(t, "\n") {
			return b.String(), j + 1
		}
	}
	return b.String(), j
}
