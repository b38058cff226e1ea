package extract

import (
	"strings"
	"unicode/utf8"

	"zhnews/internal/rx"
)

// An article often says once how it will write a hospital short:
// 高雄某某纪念医院(简称某医)…某医院长表示, 某市中心医院(以下简称“中心医院”).
// The short form it declares names that hospital wherever it stands
// after, though no rule of the language would read it as a name.

// shortDeclaration matches a declaration of a short form right after a
// name: (简称X), (以下简称X), (下称X), with or without quotation marks
// around X.
var shortDeclaration = rx.MustCompile(`^\s*[(（]\s*(?:以下|下文)?(?:简称|下称|简称为)\s*[“"「『]?(\p{Han}{2,8}?)[”"」』]?\s*[)）]`)

// declaredShortNames returns a mention for every later place the text
// writes a short form declared right after one of ms: the hospital's
// name with the short form as written.
func declaredShortNames(d *Doc, ms []Mention) []Mention {
	var out []Mention
	for _, m := range ms {
		if m.Ref || m.End >= len(d.runes) || !strings.ContainsAny(string(d.runes[m.End:min(len(d.runes), m.End+4)]), "(（") {
			continue
		}
		rest := string(d.runes[m.End:min(len(d.runes), m.End+20)])
		loc := shortDeclaration.FindStringSubmatchIndex(rest)
		if loc == nil {
			continue
		}
		short := rest[loc[2]:loc[3]]
		if short == m.Name || utf8.RuneCountInString(short) >= utf8.RuneCountInString(m.Name) {
			continue
		}
		// The declaration's own short form is the hospital's too: when
		// the short form is a name of its own (辅大医院), the suffix search
		// read it there as another hospital.
		at := m.End + utf8.RuneCountInString(rest[:loc[2]])
		out = append(out, Mention{Name: m.Name, Written: short, Start: at, End: at + utf8.RuneCountInString(short), Place: m.Place, org: m.org})
		from := m.End + utf8.RuneCountInString(rest[:loc[1]])
		out = laterMentions(d, m, short, from, out)
	}
	return out
}

// laterMentions appends to out a mention of m's hospital, written short,
// at each place short stands in the text from rune from on.
func laterMentions(d *Doc, m Mention, short string, from int, out []Mention) []Mention {
	text := string(d.runes[from:])
	n := utf8.RuneCountInString(short)
	at := from
	for {
		i := strings.Index(text, short)
		if i < 0 {
			return out
		}
		start := at + utf8.RuneCountInString(text[:i])
		out = append(out, Mention{Name: m.Name, Written: short, Start: start, End: start + n, Place: m.Place, org: m.org})
		text = text[i+len(short):]
		at = start + n
	}
}
