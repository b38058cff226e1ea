package corpusgen

import (
	"math/rand"
	"regexp"
	"strconv"
	"strings"

	"zhnews/segment"
)

// figure is a number as a figure of an article is written.
var figure = regexp.MustCompile(`[0-9]+(\.[0-9]+)?`)

// Edit is what a reprint changes of the article it copies.
type Edit int

// The edits of Reprint; All is all of them at once.
const (
	Frame  Edit = 1 << iota // another site's header and footer around it
	Drop                    // one sentence of the body dropped
	Figure                  // one figure changed (a correction, a rounding)
	All    = Frame | Drop | Figure
)

// String names the edits: "frame", "drop", "figure", or them joined by
// "+".
func (e Edit) String() string {
	var names []string
	for i, n := range []string{"frame", "drop", "figure"} {
		if e&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	return strings.Join(names, "+")
}

// Reprint makes what another site's copy of text looks like, with the
// edits asked for.
func Reprint(text string, edits Edit, r *rand.Rand) string {
	sentences := segment.Sentences(text)
	if len(sentences) == 0 {
		return text
	}
	// The first piece is the title line: the edits are of the body.
	var body []int
	for i, s := range sentences[1:] {
		if strings.TrimSpace(s.Text) != "" {
			body = append(body, i+1)
		}
	}
	drop := -1
	if edits&Drop != 0 && len(body) > 2 {
		drop = body[r.Intn(len(body))]
	}
	var b strings.Builder
	for i, s := range sentences {
		if i != drop {
			b.WriteString(s.Text)
		}
	}
	out := b.String()
	title := len(sentences[0].Text)
	if locs := figure.FindAllStringIndex(out[title:], -1); edits&Figure != 0 && len(locs) > 0 {
		l := locs[r.Intn(len(locs))]
		start, end := title+l[0], title+l[1]
		n, _ := strconv.ParseFloat(out[start:end], 64)
		out = out[:start] + strconv.FormatFloat(n+1+float64(r.Intn(9)), 'f', -1, 64) + out[end:]
	}
	if edits&Frame != 0 {
		out = headers[r.Intn(len(headers))] + out + footers[r.Intn(len(footers))]
	}
	return out
}

// Headers and footers that sites put around a copied article.
var (
	headers = []string{
		"来源:本地日报 编辑:王明\n",
		"本报讯(记者 赵琳 通讯员 孙杰)",
		"转自:健康时报客户端\n发布时间:2026年03月08日\n",
	}
	footers = []string{
		"\n(责任编辑:李华)",
		"\n来源:市卫生健康委员会 审核:陈刚",
		"\n【版权声明】本文转载自网络,如有侵权请联系删除。",
	}
)
