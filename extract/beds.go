package extract

// beds counts the hospital's beds (编制床位1200张, 开放床位800张, 设置床位200
// 张, 1500张床位).
func beds() Extractor {
	return countRule{
		metric:    "beds",
		units:     `张`,
		modifiers: `编制|开放|实际开放|核定`,
		nouns:     `床位`,
		connect:   `有|共有|现有|共|达|数|总数|设置|设|编制|开放|实际开放|核定|为`,
		notClause: `新增|增加|负压|隔离|留观`,
	}.compile()
}
