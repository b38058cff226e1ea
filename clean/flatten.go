package clean

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// The HTML parser refuses pages nested deeper than 512 open elements
// (generated markup that never closes a <font> or a <div>). Such a page is
// read after flattening: tags opened below flattenDepth are dropped with
// their end tags, their text kept, and the page is parsed again.
const flattenDepth = 256

// warnFlattened is the warning a flattened page carries.
const warnFlattened = "markup nested deeper than the HTML parser's 512 elements: %d tags below depth %d dropped, text kept"

// parseHTML parses a page; a page too deeply nested is flattened and
// parsed again, and the warning says so.
func parseHTML(text []byte) (*goquery.Document, string, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(text))
	if err == nil {
		return doc, "", nil
	}
	if !strings.Contains(err.Error(), "open stack of elements exceeds") {
		return nil, "", err
	}
	flat, dropped := flattenMarkup(string(text), flattenDepth)
	doc, err2 := goquery.NewDocumentFromReader(strings.NewReader(flat))
	if err2 != nil {
		return nil, "", fmt.Errorf("%w (flattened below depth %d: %v)", err, flattenDepth, err2)
	}
	return doc, fmt.Sprintf(warnFlattened, dropped, flattenDepth), nil
}

// voidElements never have content or an end tag.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
}

// flattenMarkup rewrites markup so that no element opens below depth:
// such start tags, and the end tags that close them, are left out. Depth
// is counted on the tags as written (an unclosed <p> counts too), which
// is no less than the parser's and so keeps the result within its limit.
func flattenMarkup(text string, depth int) (string, int) {
	type open struct {
		name    string
		dropped bool
	}
	var stack []open
	var out bytes.Buffer
	out.Grow(len(text))
	dropped := 0
	z := html.NewTokenizer(strings.NewReader(text))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() != io.EOF {
				out.Write(z.Raw())
			}
			break
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			n := string(name)
			if voidElements[n] {
				break
			}
			drop := len(stack) >= depth
			stack = append(stack, open{n, drop})
			if drop {
				dropped++
				continue
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			n := string(name)
			i := len(stack) - 1
			for i >= 0 && stack[i].name != n {
				i--
			}
			if i < 0 {
				break // a stray end tag: the parser ignores it too
			}
			drop := stack[i].dropped
			stack = stack[:i]
			if drop {
				continue
			}
		}
		out.Write(raw)
	}
	return out.String(), dropped
}
