package extract

import "testing"

// A hospital of Taiwan's ministry in a place the gazetteer lacks, or named
// for what it treats, keeps the ministry in front, in full; a ministry
// that does something names no hospital.
func TestHospitalsNamedUnderAMinistry(t *testing.T) {
	checkHospitals(t, []hospitalCase{
		{"衛生福利部新營醫院今年通過評鑑。", []string{"卫生福利部新营医院"}},
		{"卫生福利部新营医院今年通过评鉴。", []string{"卫生福利部新营医院"}},
		{"衛福部胸腔病院推動無菸環境。", []string{"卫生福利部胸腔病院"}},
		{"卫福部胸腔病院推动无烟环境。", []string{"卫生福利部胸腔病院"}},
		{"行政院衛生署新營醫院舊址改建。", []string{"行政院卫生署新营医院"}},
		// Before a place the gazetteer holds, as before.
		{"衛福部屏東醫院榮獲三項標章。", []string{"卫生福利部屏东医院"}},
		// The ministry acts, or owns: no name.
		{"另有7家醫院由衛生福利部辦理醫院考核。", nil},
		{"另有7家医院由卫生福利部办理医院考核。", nil},
		{"衛福部所屬醫院均須配合。", nil},
	})
}
