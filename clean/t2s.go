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
	if rep.Script == "hant" && strings.Contains(text, "著") {
		text = zheParticle(text)
	}
	if !variantSet.any(text) {
		return text // the replacer would copy it unchanged
	}
	return variants.Replace(text)
}

// Traditional script writes 著 for the particle (看著, 抚摸著) and for
// zhuó (著手, 穿著) as well as for zhù (著名, 显著); mainland script keeps
// 著 for zhù alone and writes 着 for the rest. OpenCC's character table
// cannot tell them apart and keeps 著. zhù stands in a closed set of
// words: 著 before 名作称述录书者, or after 显编原论巨专土卓合遗拙新译所昭名,
// stays; every other 著 of a traditional text becomes 着.
const (
	zhuNext = "名作称述录书者"
	zhuPrev = "显编原论巨专土卓合遗拙新译所昭名"
)

func zheParticle(text string) string {
	rs := []rune(text)
	changed := false
	for i, r := range rs {
		if r != '著' {
			continue
		}
		if i+1 < len(rs) && strings.ContainsRune(zhuNext, rs[i+1]) || i > 0 && strings.ContainsRune(zhuPrev, rs[i-1]) {
			continue
		}
		rs[i] = '着'
		changed = true
	}
	if !changed {
		return text
	}
	return string(rs)
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
