package clean

import "zhnews/clean/opencc"

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
	return t.conv.ToSimplified(text)
}
