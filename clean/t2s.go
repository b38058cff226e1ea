package clean

import (
	"strings"

	"zhnews/clean/opencc"
)

// toSimplified records the script of the text and converts it to
// simplified script with OpenCC's dictionaries, so that every later stage
// (segmenter, extractors, index) sees one script. Simplified text goes
// through the conversion too: it may quote a few traditional characters.
type toSimplified struct{ conv *opencc.Converter }

func (toSimplified) Name() string { return "to-simplified" }

func (t toSimplified) Apply(text string, rep *Report) string {
	rep.Script = t.conv.Script(text)
	if rep.Script == "hant" {
		rep.Count(countConverted, 1)
	}
	text = t.conv.ToSimplified(text)
	if !variantSet.any(text) {
		return text // the replacer would copy it unchanged
	}
	return variants.Replace(text)
}

// variants: characters that OpenCC's t2s tables leave alone because they
// are variants of a traditional character, not the character itself (陜
// for 陝, 衞 for 衛), as mirrors and older pages write them; each in its
// simplified form, so that 陜西省人民医院 is 陕西省人民医院.
var (
	variantPairs = []string{
		"陜", "陕", "衞", "卫", "歳", "岁", "槪", "概", "緖", "绪", "擧", "举", "晩", "晚", "凖", "准", "亊", "事", "兾", "冀",
	}
	variants = strings.NewReplacer(variantPairs...)
	// variantSet finds the characters variants replaces, in one pass
	// over a text with a bit per character.
	variantSet = newPhraseSet(oldStrings(variantPairs))
)

// oldStrings are the strings replacer pairs replace.
func oldStrings(pairs []string) []string {
	var out []string
	for i := 0; i < len(pairs); i += 2 {
		out = append(out, pairs[i])
	}
	return out
}

// everyOther joins the old strings of replacer pairs.
func everyOther(pairs []string) string {
	return strings.Join(oldStrings(pairs), "")
}
