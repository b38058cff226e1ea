package segment

import (
	"testing"

	"zhnews/internal/data"
)

// BenchmarkLoadDictionary measures the start-up cost of the segmenter.
func BenchmarkLoadDictionary(b *testing.B) {
	dict := string(data.MustRead("gse/zh_s_compact.txt"))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := loadDictionary(dict); err != nil {
			b.Fatal(err)
		}
	}
}
