package extract

import (
	"fmt"
	"testing"

	"zhnews/segment"
)

func TestZZ2(t *testing.T) {
	seg, _ := segment.Default()
	g := loadGazetteer()
	for _, s := range []string{"卫生福利部屏东医院庆祝院庆。卫福部屏东医院院长致辞,屏东医院员工参加。"} {
		for _, tk := range seg.Segment(s) {
			fmt.Printf("%s/%s ", tk.Text, seg.Pos(tk.Text))
		}
		fmt.Printf("\n%+v\n", FindHospitals(s, g))
	}
}
