package clean

import (
	"strings"

	"zhnews/internal/rx"
)

// A text dump saved from a page's source keeps some of its markup: an
// empty element a site plants against copying (<strike id="x1"></strike>),
// a stray </p> or <br/>, a comment. The plain-text reader drops them
// before it reads the lines. Only what is shaped like a tag goes: a
// letter right after "<" (or "</"), attributes, ">"; a comparison in the
// text ("<5%", "a < b") is no tag.
var (
	markupTag     = rx.MustCompile(`</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s+[a-zA-Z_:][^<>]*?)?\s*/?>|<!--.*?-->`)
	markupEntity  = strings.NewReplacer("&nbsp;", " ", "&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", "\"", "&#160;", " ")
	entityPresent = rx.MustCompile(`&(?:nbsp|amp|lt|gt|quot|#160);`)
	// A tag the dump cut at the line's end (…开展义诊。</, …</di, <br) or
	// start (/p>, br/>): a closing tag's slash, or a common tag's name.
	// A wiki mirror's section edit links ([编辑], [编辑源代码], [edit]).
	wikiEdit       = rx.MustCompile(`\[(?:编辑|编辑源代码|编辑原始码|edit|edit source)\]`)
	markupCutEnd   = rx.MustCompile(`(?:</[a-zA-Z0-9]{0,10}|<(?i:br|p|div|span|img|strong|font|td|tr|li|ul|table)(?:\s[^<>]*)?/?)\s*$`)
	markupCutStart = rx.MustCompile(`^\s*(?:/[a-zA-Z][a-zA-Z0-9]{0,9}|(?i:br|p|div|span)\s*/?)>`)
)

// stripMarkup removes tags, comments and the common entities from a line
// of a text dump.
func stripMarkup(l string) string {
	if strings.IndexByte(l, '<') >= 0 {
		l = markupTag.ReplaceAllString(l, "")
		// A journal database's mark before an abstract that is the
		// article's opening (<正>), not a summary of it.
		l = strings.ReplaceAll(l, "<正>", "")
		if i := strings.LastIndexByte(l, '<'); i >= 0 && strings.IndexByte(l[i:], '>') < 0 {
			l = markupCutEnd.ReplaceAllString(l, "")
		}
	}
	if strings.Contains(l, "[编") || strings.Contains(l, "[edit") {
		l = wikiEdit.ReplaceAllString(l, "")
	}
	if i := strings.IndexByte(l, '>'); i >= 0 && i < 16 && strings.IndexByte(l[:i], '<') < 0 {
		l = markupCutStart.ReplaceAllString(l, "")
	}
	if strings.IndexByte(l, '&') >= 0 && entityPresent.MatchString(l) {
		l = markupEntity.Replace(l)
	}
	return l
}
